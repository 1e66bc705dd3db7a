/**
 * Terms the reports only use, found by the company they keep: the items of an enumeration that a known item of the
 * same family vouches for, each rule tried on the report's own sentence and checked in the committed snapshot.
 */
import assert from 'node:assert/strict';
import { enumeratedNames, enumerations, fieldNounNames, fieldNouns, usedTermCandidates } from '../../src/indexer/usedTerms';
import { Library } from '../../src/core/snapshot';
import { committedSnapshot } from './helpers';

describe('used terms: enumerations of one family', () => {
  it('takes an item sharing its opening of the field with a known item (智能手表 beside 智能手机, 电子档案 beside 电子病历)', () => {
    const known = new Set(['智能手机', '智能家居', '电子病历', '智能客服', '智能安防']);
    const sentences = [
      '并且，“家医守护星”还可与智能手表等健康设备绑定，及时推送用药提醒。',
      '智能手机、平板电脑、智能手表、数码相机、车载导航仪、智能家居、工控仪器、医疗仪器、汽车电子等。',
      '在健康信息平台建设方面，综合人口健康信息、电子档案和电子病历等数据，可实现大尺度全生命周期医疗数据分析。',
      '在应用层面上，如智能客服、智能营销、旅游咨询、医疗问诊等场景，可以提供接近于行业专家水准的拟人化服务。',
      // What anything smart does is no kind of thing: 智能管理 beside 智能安防 stays a phrase.
      '通过5G技术，实现园区智能作业、智能管理、智能安防，全面提升园区运营效率。',
    ];
    assert.deepEqual(enumeratedNames(sentences, known, new Set()), ['智能手表', '电子档案', '智能营销']);
  });

  it('takes no discipline for being listed with a known one (材料科学 beside 脑科学: sciences of any field), nor a school', () => {
    const sentences = ['随着脑科学、材料科学、计算机科学的迅猛发展和协同进化，脑机接口技术已初现曙光。', '清华大学、北京大学和浙江大学等。', '它是将数学、密码学、互联网通信等理论和技术结合。'];
    assert.deepEqual(enumeratedNames(sentences, new Set(['脑科学', '北京大学']), new Set()), []);
  });

  it('takes an item ending in the head of a known item (毫米波雷达 beside 激光雷达), not parts of one machine (…系统)', () => {
    const known = new Set(['激光雷达', '监控系统']);
    const sentences = ['激光雷达、毫米波雷达、摄像头等传感器感知环境数据，获取自然和生产领域信息形成深度信息。', '机器人包括声光提示系统、监控系统、人机交互系统、底盘运动系统等。'];
    assert.deepEqual(enumeratedNames(sentences, known, new Set()), ['毫米波雷达']);
  });

  it('reads 用户 as a noun, not the verb 用 opening a phrase (用户中台 among 业务中台、数据中台)', () => {
    const known = new Set(['业务中台', '数据中台', '技术中台']);
    const sentence = '打造业务中台、用户中台、数据中台和技术中台的通用化能力。';
    assert.deepEqual(enumeratedNames([sentence], known, new Set()), ['用户中台']);
    assert.deepEqual(enumeratedNames(['打造业务中台、用数据中台、数据中台和技术中台的通用化能力。'], known, new Set()), []);
  });

  it('puts the family members in the snapshot', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    // (电子档案, a record named once in a list, round 25 takes for a phrase: see isPhraseOfHead in terms.ts.)
    for (const name of ['智能营销', '毫米波雷达', '属性识别', '用户中台']) assert.ok(names.has(name), name);
    // 智能手表, a consumer device, is suppressed by the curation (nineteenth round).
    for (const phrase of ['智能管理', '计算机科学的迅猛发展', '清华大学', '人机交互系统', '材料科学', '智能手表']) assert.ok(!names.has(phrase), phrase);
  });
});

describe('used terms: a name of the field from its first use', () => {
  it('takes a name opening with a word of the field and ending in a head, used once as a word (远程手术, 无人驾驶汽车)', () => {
    const names = usedTermCandidates(['数字化医疗通过先进的技术手段帮助医生进行临床决策、对患者进行康复训练、虚拟护理、远程手术等。', '2030年全球网联汽车将达到6亿辆，无人驾驶汽车将达到8000万辆。'], new Set());
    for (const name of ['远程手术', '无人驾驶汽车']) assert.ok(names.includes(name), name);
  });

  it('does not take such a name glued to more of a word, a clause after -化, an organisational head (智能物流生态) or an activity (数字学习)', () => {
    const names = usedTermCandidates(['可以远程手术机器人辅助。', '数智化更多地融合于行业、业务场景之中。', '智能物流生态的建立受到多种因素的共同作用。', '网络办公、网络会展、数字学习、数字医疗，以及智能家庭居住等，都将较快发展。'], new Set());
    for (const name of ['远程手术', '数智化更多地融合', '智能物流生态', '数字学习']) assert.ok(!names.includes(name), name);
    assert.ok(names.includes('数字医疗'));
  });

  it('ends an enumeration at a 等 between two 、 (`在线教育等流量行业、无人配送等新兴行业`)', () => {
    assert.deepEqual(enumerations('5G还满足了居民线上娱乐、远程办公、在线教育等流量行业、无人配送等新兴行业的需求。'), []);
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['远程手术', '无人驾驶汽车', '无人配送', '智能配送车', '分布式一致性算法']) assert.ok(names.has(name), name);
    for (const phrase of ['居民线上娱乐', '数字学习', '网络办公']) assert.ok(!names.has(phrase), phrase);
  });
});

describe('used terms: a generation of a name', () => {
  it('takes 新一代 + a name of four or more characters written in two sentences (新一代人工智能), not in one', () => {
    const sentences = [
      '人工智能是引领这一轮科技革命的战略性技术，人工智能已成为各国竞争焦点。',
      '包括《促进新一代人工智能产业发展三年行动计划》。',
      '深入贯彻关于推动我国新一代人工智能健康发展的重要指示。',
      '当前的人工智能仍需要大量数据，可解释人工智能和因果推断人工智能正在兴起。',
      '工业互联网平台、工业互联网标识和工业互联网安全，以及新一代工业互联网。',
      '发展工业互联网的关键，在于工业互联网。',
    ];
    const names = usedTermCandidates(sentences, new Set());
    assert.ok(names.includes('新一代人工智能'));
    // 工业互联网 is a name of the sentences; its 新一代 is written once.
    assert.ok(names.includes('工业互联网') && !names.includes('新一代工业互联网'));
    assert.ok(committedSnapshot().terms.some((term) => term.term === '新一代信息基础设施'));
  });
});

describe('used terms: heads of the thirteenth round', () => {
  it('takes 多模态 (多 is part of the word) and 机械臂, 电子签名, 智慧港口 by their heads', () => {
    const names = usedTermCandidates(
      [
        '多模态融合致力于将表征视觉对象不同类型的数据映射到同一公共空间。',
        '多模态拟人化人机交互：面向复杂自然交互场景，多模态人机交互服务是人工智能的重要技术需求。',
        '在多模态预训练中，文本与图像对齐。',
        '自动化流水线、AGV机器人、机械臂的投用，让仓储拣选分拨效率大幅提升。',
        '让瘫痪病人可以通过机械臂喝水吃饭。',
        '巡检机器人包含监控系统、机械臂运动系统。',
        '平台使用的电子签名技术符合国家标准。',
        '提供在线签约及电子签名等服务。',
        '符合《电子签名格式规范》。',
      ],
      new Set(),
    );
    for (const name of ['多模态', '机械臂', '电子签名']) assert.ok(names.includes(name), name);
    const ports = ['不仅如此，在智慧港口、智慧矿山等场景里，', '今年成渝两地还共同推进了智慧航道、智慧港口建设和跨省执法联动互认。', '中兴通讯则在南京滨江智慧工厂已经实现用“5G制造5G”、天津港智慧港口则用5G实现了岸桥远程控制等。'];
    assert.ok(usedTermCandidates(ports, new Set()).includes('智慧港口'));
    // 多 before anything else still opens a phrase (`多场景`, `多学习`).
    assert.ok(!usedTermCandidates(['多场景智能', '的多场景智能。', '、多场景智能。'], new Set()).some((name) => name.startsWith('多')));
  });
});

describe('used terms: nouns of the field standing alone (round 29)', () => {
  it('takes a field noun the reports write on their own three times (风控), with the full form it abbreviates', () => {
    const sentences = [
      '风控和安全是金融服务的前提和基础，传统的风控技术正在通过规则和模型实现。',
      '在金融行业中，大数据分析技术赋能于金融反欺诈、风控、信贷等业务。',
      '风控作为金融机构的核心能力，其根本即对个人信用、资产价值的评估。',
    ];
    assert.deepEqual(fieldNouns(sentences, new Set(['大数据风控']), new Set()), [{ name: '风控', fullForms: ['风险控制'] }]);
  });

  it('takes a field noun written alone once when it heads three known names (四大中台 beside 业务中台, 数据中台, 技术中台)', () => {
    const sentences = ['借助京东北极星所沉淀的技术、业务、数据、用户四大中台的能力通用化，可快速适配 B2C、B2B、B2B2C 不同业务模式。', '打造业务中台、用户中台、数据中台和技术中台的通用化能力。'];
    assert.deepEqual(fieldNouns(sentences, new Set(['业务中台', '数据中台', '技术中台', '用户中台']), new Set()).map((noun) => noun.name), ['中台']);
    // Heading two known names is not enough for the one use alone.
    assert.deepEqual(fieldNouns(sentences.slice(0, 1), new Set(['业务中台', '数据中台']), new Set()), []);
  });

  it('does not count a use inside a longer known name (AI芯片) or glued inside a longer word (企业开源获客, 能力中台化)', () => {
    const sentences = ['AI芯片的需求持续增长，AI芯片厂商纷纷入局，AI芯片成为热点。', '提升企业开源获客能力，企业开源获客，企业开源获客。', '供应链决策智能化、供应链能力中台化、供应链协同生态化。'];
    assert.deepEqual(fieldNouns(sentences, new Set(['AI芯片', '业务中台', '数据中台', '技术中台']), new Set()), []);
  });

  it('takes no general head, however often it stands alone (平台, 数据, 技术: no noun of the field), nor a suppressed noun', () => {
    const sentences = ['平台的数据和技术，数据、技术、平台，数据的平台。', '算法的设计、算法的训练与算法的部署。'];
    assert.deepEqual(fieldNouns(sentences, new Set(), new Set(['算法'])), []);
  });

  it('puts the field nouns of the reports in the snapshot, a longer name still matching where it is written', () => {
    const library = new Library(committedSnapshot());
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['芯片', '算法', '风控', '中台', '超算', '信创', '量子比特', '无人机', '开源']) assert.ok(names.has(name), name);
    for (const general of ['技术', '计算', '网络', '平台', '系统', '数据', '中心', '安全', '设备', '生态', '服务']) assert.ok(!names.has(general), general);
    assert.equal(library.matcher.matchAt('国产AI芯片的突破', 4)?.value.term, 'AI芯片');
    assert.equal(library.matcher.matchAt('国产芯片的突破', 2)?.value.term, '芯片');
    // 超算 answers to the supercomputer the reports call so (`…AI超级计算机。“超算”有望成为…`).
    assert.equal(library.matcher.matchAt('最先进的超级计算机', 6)?.value.term, '超算');
  });
});

describe('used terms: nouns of the field, round 32', () => {
  const lowCode = [
    '在技术实现上，物联网设备品类不断丰富，数据量快速增加，结合计算资源受限的背景，适合物联网设备的类小程序 / 轻应用技术，低代码技术或拖拽式开发将得到快速发展。',
    '智能政务办公平台建立在京东云上，可对接统一身份认证平台，结合京东丰富的原子能力以及低代码平台，实现政务组织内外打通以及外部社会机构融通，为政务办公提供统一的技术平台。',
  ];
  const bandwidth = [
    '同时，云计算的模式虽然提供了强大的计算能力，但对网络带宽提出更高的要求，每个园区几十上百个摄像头的视频全部上传到云端，没有园区具备足够的带宽能力。',
    '摄像头都具备计算能力，所有的事件在本地识别和判断，将结果上传到云端，极大地节省了带宽。',
  ];

  it('takes a field noun of three characters written on its own twice (低代码), not one of two characters (带宽 twice)', () => {
    assert.deepEqual(fieldNouns(lowCode, new Set(), new Set()).map((noun) => noun.name), ['低代码']);
    assert.deepEqual(fieldNouns(lowCode.slice(0, 1), new Set(), new Set()), []);
    assert.deepEqual(fieldNouns(bandwidth, new Set(), new Set()), []);
  });

  it('takes 带宽 written on its own three times', () => {
    const third = '存算一体的目的是将计算直接植入内存中，不但消除内存与运算之间的带宽问题，同时也减少了数据的搬运，因此极大的提高了计算的效率。';
    assert.deepEqual(fieldNouns([...bandwidth, third], new Set(), new Set()).map((noun) => noun.name), ['带宽']);
  });

  it('takes 电子钱包 and 电子发票 by their heads, not a brand\'s purse (AlipayHK钱包) nor 数字人民币钱包生态', () => {
    const sentences = [
      '如今，电子钱包、游戏、交易所、市场、投票系统等各式各样的区块链应用的出现，都得益于智能合约。',
      '借助区块链技术，京东实现了数字证书、电子发票、电子证件、物流单证等数字存证的安全透明、高效流转、便捷验证以及更高效的第三方存证。',
      '基于蚂蚁区块链的跨境汇款服务首创性地打通了香港AlipayHK钱包与菲律宾Gcash钱包，使在香港务工的菲律宾人可以近实时线上给家人汇款，这在金融界是一大创举。',
      '比如：京东和中国银行达成合作，以区块链、AI技术为基础，共同推进数字人民币钱包生态建设。',
    ];
    const names = usedTermCandidates(sentences, new Set());
    for (const name of ['电子钱包', '电子发票']) assert.ok(names.includes(name), name);
    assert.ok(!names.some((name) => name.endsWith('钱包') && name !== '电子钱包'), names.join());
  });

  it('takes an enumerated kind of a made thing of the field (光通信芯片, 物流无人机, 云操作系统), not a phrase opening (主流芯片)', () => {
    const sentences = [
      '比如，针对5G在垂直行业应用中的无线技术、网络与业务、关键零部件、测试与仪器仪表等“卡脖子”环节开展核心技术攻关，围绕5G通信中高频器件、阵列天线、光通信芯片、超高清图像传感的研发制造，布局一批重大装备及关键零部件研制项目，按不超过项目总投资40%给予资助，最高3亿元。',
      '人工智能在物流行业的应用方向大致分为两种，一是以AI技术赋能的智能设备代替部分人工，如智能卡车AMR、智能配送车、物流无人机、客服机器人等；',
      '5月26日,腾讯宣布,未来五年将投入5000亿元,用于布局新基建;另一个互联网大佬阿里巴巴也宣布,未来三年再投2000亿元,用于云操作系统、服务器、芯片、网络等重大核心技术研发攻坚和面向未来的数据中心建设;',
      '敏捷专有云支持信创体系的所有主流芯片、服务器、操作系统、中间件和应用,为政府和企业提供软硬件全栈自主可控的信创云平台。',
    ];
    const nouns = new Set(['芯片', '无人机', '操作系统']);
    assert.deepEqual(fieldNounNames(sentences, nouns, nouns, new Set()), ['光通信芯片', '物流无人机', '云操作系统']);
    // A technique's noun is not a made thing: the word before it says what it is applied to.
    assert.deepEqual(fieldNounNames(['包括推荐算法、排序算法等。'], new Set(['算法']), new Set(['算法']), new Set()), []);
  });

  it('takes 去中心化 and 智能音箱 by their heads (not 多中心化: 多 opens a phrase), and 智能温度计 beside 智能音箱, not 安全摄像头', () => {
    const sentences = [
      '使用智能合约，用户可以开发各种去中心化的应用。',
      '区块链技术自诞生以来，凭借其去中心化、难以篡改等特性，受到世人关注。',
      '去中心化加强了各节点之间的关联性，形成各个区块链节点之间的 Deep Connectivity。',
      '联盟链通过面向联盟成员的共识机制，实现多中心化，支持跨部门的业务协同。',
      '区块链采取分布式共识算法，实现链上多中心化，数据不可篡改，可追溯，每个参与方都有相同的数据结果。',
      '通过智能音箱或手机 App 作为各类家电的控制中心，可帮助消费者建立起家庭内的物联网生态，降低家电的操作繁琐度，提高用户生活的便利性。',
      '所谓的“泛娱乐”，即视频、游戏、音乐、广告等都将被重构，以AR和VR等为代表的新技术、以智能音箱为代表的新硬件将迎来跨越式发展。',
      '同时，在端侧的智能设备也遍布日常生活，如智能音箱、智能温度计、安全摄像头等。',
    ];
    const names = usedTermCandidates(sentences, new Set());
    for (const name of ['去中心化', '智能音箱']) assert.ok(names.includes(name), name);
    assert.ok(!names.some((name) => name.endsWith('多中心化')), names.join());
    assert.deepEqual(enumeratedNames(sentences.slice(-1), new Set(['智能音箱']), new Set()), ['智能温度计']);
  });

  it('takes the policy 复工复产 by its head 复产', () => {
    const sentences = [
      '然而,危机之中,产业互联网的发展却按下快进键,不仅对复工复产发挥了重要作用,也为经济复苏带来了曙光。',
      '（二）最大突破是快速推动规上工业企业安全复工复产。',
      '中办国办复工复产调研组给予我省“组织领导有力、行动举措有力、政策落实有力、党建引领有力”的充分肯定。',
      '疫情期间为经开区打造数字防疫智能平台“战疫金盾”，实现疫情防控、精准帮扶、复工复产，为服务企业发展、社会精准治理提供支撑；',
    ];
    assert.deepEqual(usedTermCandidates(sentences, new Set()).filter((name) => name.endsWith('复产')), ['复工复产']);
  });

  it('takes 数据位宽 by its head 位宽, not with the verb 调整 before it', () => {
    const sentences = [
      '数据中心中使用的神经网络加速器通常采用标准数据位宽，同时支持浮点运算用于神经网络的训练。',
      '在边缘侧神经网络加速器基本都不需要浮点运算，并且可依据应用场景进行进一步定制，调整数据位宽与内存大小，从而提高计算效率，满足其功耗、面积及成本需求。',
      '因此面向应用的优化平台可以调整数据位宽，并构造多操作数运算达到提高性能且降低数据搬运次数的作用。',
      'FPGA 可根据不同计算而被配置为不同的数据位宽、不同的内存分配、不同的乘加运算、不同的逻辑计算、以及它们之间不同的互联关系。',
    ];
    assert.deepEqual(usedTermCandidates(sentences, new Set()).filter((name) => name.endsWith('位宽')), ['数据位宽']);
  });

  it('puts the nouns and names of round 32 in the snapshot', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['密钥', '基站', '带宽', '低代码', '操作系统', '电子钱包', '电子发票', '光通信芯片', '物流无人机', '云操作系统', '去中心化', '智能音箱', '复工复产', '数据位宽']) assert.ok(names.has(name), name);
    // 智能温度计 is found (above) but suppressed since the census of 7 December: an everyday product listed in passing.
    assert.ok(!names.has('智能温度计'));
    // 核心芯片 (`提供从核心芯片、基础硬件、操作系统…`) opens on 核心, a word of discourse: no name (see isTermShaped).
    for (const phrase of ['主流芯片', '核心芯片', '包括云操作系统', '多中心化', '安全摄像头', '调整数据位宽']) assert.ok(!names.has(phrase), phrase);
  });
});
