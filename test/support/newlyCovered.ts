/**
 * Terms the snapshot covers since issue 11, as a writer types them: Chinese, English, acronyms, traditional script.
 * The integration suite hovers each in a real VS Code; a unit test checks first, in a second, that each is still in
 * the committed snapshot and that the typed form reaches it, so a later extraction round that drops one fails there.
 */
export const NEWLY_COVERED: [typed: string, term: string][] = [
  ['工业互联网', '工业互联网'],
  ['联邦学习', '联邦学习'],
  ['联盟链', '联盟链'],
  ['脑机接口', '脑机接口'],
  ['设备孪生', '设备孪生'],
  ['深度学习', '深度学习'],
  ['混合云', '混合云'],
  ['数据中台', '数据中台'],
  ['SLAM', 'SLAM'],
  ['simultaneous localization and mapping', 'SLAM'],
  ['AGV', 'AGV'],
  ['TSN', '时间敏感网络'],
  ['時間敏感網絡', '时间敏感网络'],
  ['聯盟鏈', '联盟链'],
  ['微服務組件', '微服务组件'],
  // Explanations and definitions recognised later (`X是…的基础技术，用于…`, `而X便是…`, `X的目的是…`, `X又叫Y，则是指…`).
  ['5G-V2X', '5G-V2X'],
  ['智能金融', '智能金融'],
  ['智慧金融', '智能金融'],
  ['存算一體', '存算一体'],
  ['接力容錯', '串行容错'],
  ['Deep Intelligence', '深度智能'],
  ['oneAPI', 'oneAPI'],
  // Used without definition, found by the widened frequency test.
  ['量子计算', '量子计算'],
  ['激光雷達', '激光雷达'],
  // 科创板 left in round 12 (a trade of another field, only used); 公有云 stands in for it.
  ['公有云', '公有云'],
  // Used twice or three times with a word boundary, Latin+Han names, glosses (issue 11, second session).
  ['電子病歷', '电子病历'],
  ['AI芯片', 'AI芯片'],
  ['5G基站', '5G基站'],
  ['計算機視覺', '计算机视觉'],
  ['不可能三角', '不可能三角'],
  ['mMTC', '海量机器类通信'],
  ['SaaS', '软件即服务'],
  // Bullet labels that open their explanation, `X从本质上讲是…`, `其中，X旨在…`, `例如，X…` (issue 11, third session).
  ['主動感知', '主动感知'],
  ['自然语言理解', '自然语言理解'],
  ['边缘视觉计算', '边缘视觉计算'],
  ['通用型视觉学习', '通用视觉学习'],
  ['數智化', '数智化'],
  ['醫療機器人', '医疗机器人'],
  // Used without definition: quoted coinages, acronyms used twice, 可…性, new heads (issue 11, fourth round).
  ['卡脖子', '卡脖子'],
  ['雙循環', '双循环'],
  ['數字化轉型', '数字化转型'],
  ['OCR', 'OCR'],
  ['可解釋性', '可解释性'],
  ['資料孤島', '数据孤岛'],
  // Explained in more shapes (issue 11, eighth round): a qualified subject, a subjectless sentence on what it is for,
  // a Latin name before its kind, a brand named as such.
  ['網絡切片', '网络切片'],
  ['類腦計算', '类脑计算'],
  ['精準醫療', '精准医疗'],
  ['共識演算法', '共识算法'],
  ['eMBB', '增强型移动宽带'],
  ['Automated Guided Vehicle', 'AGV'],
  ['智臻鏈', '智臻链'],
  ['手術機器人', '手术机器人'],
  // Defined or explained once (issue 11, fourteenth and fifteenth rounds): `实现X，即…`, a shared head of a list, a
  // technique's name opening what it does, a stage, kinds listed before their category.
  ['擬人化', '拟人化'],
  ['半监督学习', '半监督学习'],
  ['腦機交互技術', '脑机交互技术'],
  ['人机融合', '人机融合'],
  ['遺傳演算法', '遗传算法'],
  // Used, from a field opening or a list's known items (issue 11, fifteenth round, used terms).
  ['新一代人工智慧', '新一代人工智能'],
  ['機械臂', '机械臂'],
  ['远程手术', '远程手术'],
  // The field's own nouns used alone (issue 11, round 29), as a writer in Taiwan or the mainland types them.
  ['晶片', '芯片'],
  ['演算法', '算法'],
  ['信創', '信创'],
  ['风险控制', '风控'],
  ['超级计算机', '超算'],
  ['量子位元', '量子比特'],
  // The field's words the reports write once, through the indexer's dictionary of the field (issue 11, round 34), in
  // the glossary's English names and the Taiwan or traditional forms a writer types.
  ['前置仓', '前置仓'],
  ['Forward Warehouse', '前置仓'],
  ['獲客成本', '获客成本'],
  ['Capacity Utilization Rate', '产能利用率'],
  ['命名實體識別', '命名实体识别'],
  ['精準營銷', '精准营销'],
  ['車牌識別', '车牌识别'],
];
