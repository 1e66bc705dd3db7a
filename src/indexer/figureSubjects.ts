/**
 * What a statistic measures, in words a writer would put in a sentence:
 * `中国云计算市场规模` for `3555.3亿元`, `分支机构` for `120家`, `量子计算机`
 * for `二百秒`. Taken from the figure's own clause, else from the words it
 * counts (`120家分支机构`), else from the previous clause — the sentence's topic.
 *
 * Every walk is bounded (`MAX_CLAUSE`), so a sentence of megabytes without
 * punctuation costs the same per figure as a short one.
 */
import type { ParsedFigure } from '../core/numbers';
import { namesAnOwner, namesIn, ownerNamedBefore, withNamedOwner } from './figureOwners';

/** The longest stretch of text looked at on either side of a figure. */
const MAX_CLAUSE = 60;
/** Subjects longer than this keep their end, the words closest to the number. */
const MAX_SUBJECT = 28;
const CLAUSE_BREAK = /[，。；：！？,;:!?•]/;
const OPENING = /[（(《“「]/;
const CLOSING = /[）)》”」]/;

/** Verbs, adverbs and years between a subject and its number that say nothing about what is measured. */
const TRAILING_FILLER =
  /(?:\d{4}\s?年(?:底|末|初)?|预计将达到|预计将达|预计达到|预计|将达到|将达|已达到|已达|达到|高达|达|约为|大约|(?<![预节契合制条])[约約]|接近|刚刚|仍然|则|还有|超过|超|突破|逾|近|增长至|增至|增长到|增长|增加到|增加至|增加|下降|逼近|提升至|提升|提高|降低|降至|缩短至|缩短为|缩短到|为|是|占到|可占|拥有|了|瞭|将|已经|已|到|至|共计|共|累计|合计|总计|分别为|分别|仅用|仅需|只用|只需|需要计算|需要|平均(?=需要|花费|花費|用时|用時|耗时|耗時)|花费|花費|历时|歷時|仅|至少|人民币|人民幣|将会|將會|和|及|与|與|几十|幾十|数十|數十|几百|幾百|数百|數百|最少|不少于|不少於|不低于|不低於|多达|的|在|从|上升|实现|同比|环比|按年|名义|名義|实际|實際|猛增|激增|大增|以上|左右|首次|首度|其实|其實|(?<![首])都|可望|有望|(?<=占比|佔比|比重)最高|(?<=在)平均|短于|短於|低于|低於|少于|少於|(?<![平])均|(?<![所没沒国國私公共持拥擁具])有|具有|具备|具備|可以|(?<![认認许許])可|(?<![智功性产產效节節核储儲潜潛技动動体體])能|只有|只|用不到|不到|相当于|骤降至|骤降|大幅|持续扩大|成长|将在|再次|始终|始終|一直|保持|超過|將|達到|達|已經|會|更是|更|还|也|就|，|,|、|\s)+$/u;
/** Connectors and framing that open a clause but are not its topic. */
const LEADING_FILLER =
  /^(?:[“”"（(\s]|假如|如果|假设|假設|倘若|同时|其中|此外|另外|而且|而|并且|并|且|但是|但|据统计|据了解|据悉|(?:有关|相关|相關)?(?:数据|數據)(?:显示|顯示)|目前|当前|截至|截止至|截止到|截止|用以|用於|按照|根据|相比|相较|与此同时|另据|预计到|预计|到|旗下|仅|进一步|进而|就让|就使|(?:19|20)\d{2}\s?年(?:底|末|初)?|其?(?:主要)?(?:包括|包含)|已(?:经|經)?(?:累计|累計)|那么|那麼|(?:当|當)(?![前年地天日月期时時代今])|(?:我们|我們|我)?(?:本来|本來|原本)?(?:预测|預測|预计|預計|估计|估計)到?|(?:今年|去年|明年)?(?:年底|年末|年初)|\d{1,2}月\d{1,2}日(?:当天|當天)?|今年|去年|明年|前三季度|上半年|下半年|年内|期内|期內|还有|已有|已经|还|也|了|届时|一般|通常|往往|超过|超過|用(?=目前|最)|以上[、，]?|时间|時間|围绕|圍繞|有望实现|有望實現|有望|就(?![业業诊診医醫])|\d+\s?年代)+/u;
/** Words that name no quantity on their own: `30%的要求` is about what the clause before says. */
const GENERIC = /^(?:要求|目标|水平|比例|比重|规模|速度|幅度|程度|增长|增長|增速|时间|时候|情况|问题|作用|能力|国内|同时|目前|其中|此外|之间|以上|左右)$/u;
/** A growth or change: `同比增长13.1%` measures the change of the clause before. */
const CHANGE = /(?:名义|名義|实际|實際)?(?:同比|环比|按年|年均|较上年|比上年)?(?:增长|增長|猛增|激增|大增|下降|增速|增幅|提升|提高|减少|下滑|降低|增加)$/u;
/** A clause subject that starts with a plan or a verb: its actor is in the clause before. */
const HEADLESS = /^(?:未来|计划|预计|将|再|拟|力争|新建|培养|遴选|投入|推动|支持|帮助)/u;
/** A clause that is an action of a plan (`推进共建共享`) or one done (`累计已建成5G基站`), not a noun phrase that could act. */
const ACTION = /^(?:累计|累計|已经|已經|已|推进|推進|推动|推動|加快|加强|加強|促进|促進|强化|強化|深化|完善|实施|實施|开展|開展|打造|落实|落實|有序|积极|積極|大力|着力|著力|全面|持续|持續|进一步|進一步)/u;
/** What a topic's clause says of it: a steady growth or a record, not part of what is measured. */
const TOPIC_PREDICATE = /(?:稳定|穩定|稳步|穩步|快速|持续|持續|保持)(?:增长|增長)?$|(?:创|創)(?:新纪录|新紀錄|新高|历史新高|歷史新高)$/u;
/** A period of a year: `1—10月`, `第三季度`, `上半年`. */
const PERIOD = '(?:[\\d一二三四五六七八九十]+(?:\\s?[—–\\-~～至到]\\s?[\\d一二三四五六七八九十]+)?\\s?(?:月份|月|季度)|第[一二三四]季度|[上下]半年)';
/** `1—10月、1—11月全省规上工业增加值`: periods listed before what they are periods of. */
const PERIOD_LIST = new RegExp(`^((?:${PERIOD}、)+${PERIOD})([^、]{2,})$`, 'u');
/** `第三季度的支出额`: a period's part of a measure, whose owner is the whole the clause before states. */
const PERIOD_PART = new RegExp(`^(${PERIOD})的?([^的]{1,8})$`, 'u');
/** A clause that only says when (`而到了90年代末21世纪初`): it has no topic of its own. */
const TIME_PHRASE = /^(?:而|但|并)?(?:到了?|在|自|从)?(?:[\d〇一二三四五六七八九十两]+\s?(?:年代|世纪|年|月份|月|季度)(?:末|初|底|中|以前|以后|之前|之后|以来|以來)?)+$/u;
/** `这一数字更是缩短至9年`: the number measures what the previous sentence's did. */
const REFERS_BACK = /^(?:(?:这一|这个|该|此)(?:数字|数据|数值|比例|比重|指标)|(?:上述|前述)(?:[两二三四五六七八九几各]?[项項者个個類类种種])?|以上[两二三四五六七八九几各][项項者个個類类种種])/u;
/** `金融…、政府…以及通信，三者总和占…`: a count of the items listed in the clause before. */
const REFERS_TO_LIST = /^(?:这|這)?(?:[两二三四五六七八九几]|二)(?:者|项|項|个|個|类|類)/u;
/** `将配置机车的时间缩短一个小时`: a 把-construction; its object, changed, is what the number measures, not its actor. */
const DISPOSAL = /(?:将|將|把)((?:(?!将|將|把).){2,}?(?:缩短|縮短|降低|减少|減少|提升|提高|增加|压缩|壓縮|天数|天數|时间|時間|周期|週期))$/u;
/** `帮助中和农信把`: the one helped or made to act (帮助/使/让 X) before a 把-construction, whose the object is. */
const HELPED = /(?:帮助|幫助|使得|使|让|讓)([\u4e00-\u9fffA-Za-z]{2,8})(?:将|將|把)$/u;
/** The words before a 把-construction that are a name acting (`京东 C2M 反向供应`), not a verb phrase nor a clause. */
const DISPOSER = /^(?!.*(?:是|在|为|為|对|對|通过|通過|可以|能够|能夠|可|能|已|会|會))[\u4e00-\u9fffA-Za-z\d\s]{2,14}$/u;

/**
 * What a 把-construction measures: its object, changed (`将配置机车的时间缩短`); the one helped to change it owns the
 * object (`帮助中和农信把农村小额贷款风控效果提升` → 中和农信农村小额贷款风控效果提升), and a name acting on it is said to
 * make it change (`京东 C2M 反向供应将产品需求调研时间减少` → 京东 C2M 反向供应使产品需求调研时间减少): a change with no
 * actor reads as if the object changed by itself.
 */
function disposedBy(words: string, disposal: RegExpExecArray): string {
  const before = words.slice(0, disposal.index + 1);
  const helped = HELPED.exec(before)?.[1];
  if (helped) return helped.length + disposal[1].length <= MAX_SUBJECT ? `${helped}${disposal[1]}` : disposal[1];
  const actor = before.slice(0, -1).trim();
  return DISPOSER.test(actor) && !ACTION.test(actor) && actor.length + disposal[1].length + 1 <= MAX_SUBJECT ? `${actor}使${disposal[1]}` : disposal[1];
}

/** Words after a figure that make it a condition of what follows (`误识率下`, `满负荷条件下`), up to the measure. */
const CONDITION = /^\s?[\u4e00-\u9fffA-Za-z]{1,8}?(?:条件下|條件下|情况下|情況下|下)(?=[\u4e00-\u9fffA-Za-z]{2})/u;
/** `5家企业过百亿`, `1家企业冲刺千亿`: what a firm or an industry reaches is its revenue. */
const FIRM_REACHES = /(企业|企業|产业|產業)(?:冲刺|衝刺|过|過|突破|迈过|邁過)$/u;
/** `芯片设计和流片技术朝着 7 纳米`, `麒麟 990 芯片采用 7nm 工艺`: the words of a process node's clause that only say it moves. */
const NODE_MOVES = /(?:仍|则|則|已经|已經|已)?(?:继续|繼續)?(?:朝着|朝著|向着|向著|发展到|發展到|发展至|发展|發展|前进到了|前进到|前進到|前进|前進|迈进|邁進|采用|採用|突破|到了|到)+$/u;
/** Measure words that are no counter of their own (`一万多本书`): the noun is what follows. */
const MEASURE_WORD = /^[本册冊首幅棵头頭匹粒句栋棟间間副段]/u;
/** `增速比上年的19.7%`: the base of a comparison, whose year the year pass already shifts. */
const PREVIOUS_BASE = /(?:比|较)(?:上年|去年|上一年)(?:同期)?的?$/u;
/** `较2019年三季度增长28%`, `2019-2024年的年复合增长率`: a comparison base or a span opening the clause is not its topic. */
const OPENING_BASE = /^(?:(?:较|比|相比|相较于?)\s?(?:(?:19|20)\d{2}\s?年|上年|去年|上一年|[\d一二三四五六七八九十]+月)[^，,增降提减同环]*|(?:19|20)\d{2}\s?年?\s?[-–—~至到]\s?(?:19|20)\d{2}\s?年(?:的|间|期间|期間)?)/u;
/** `…环比提高1.8个百分点，高于全国0.1个百分点`: a comparison with another's level, of the topic the clause before states. */
const COMPARED = /^(?:高于|高於|低于|低於|快于|快於|慢于|慢於|领先|領先)[\u4e00-\u9fff]{1,6}$/u;
/** `占全省规上工业的73%`: a share of something, whose topic (what takes the share) is the clause before. */
const SHARE = /^占/u;
/** `中国移动重庆公司已打造`: a maker and a verb of making, the made thing put before them. */
const FRONTED_MAKER = /^([\u4e00-\u9fffA-Za-z]{2,12}?)(?:已经|已經|已|共|累计|累計)?(打造|建成|建设|建設|部署|推出|开发|開發|落地|上线|上線|开通|開通|培育|引进|引進)$/u;
/** `对3.3万个品牌`: words ending on a preposition only lead to the counted noun. */
const PREPOSITION_END = /[对为向给把与和]$/u;
/**
 * The measure lexicon. A measure names what is counted but not whose it is
 * (`日均查询量`, `总投资`, `整体规模`, `检测准确率`): a head (`量`, `额`,
 * `规模`, `次数`, `投资` …) after words that only qualify it (`日均`, `单日最高`,
 * `累计`, `检测` …). A subject that is nothing but a measure takes its owner
 * from the clause or sentence before (`效率提升30%` after `宿迁市政务系统运营成本降低70%`).
 */
const MEASURE_HEADS =
  '市场规模|市場規模|市场份额|市場份額|利息保障倍数|利息保障倍數|处理量|處理量|存储量|存儲量|分拣量|分揀量|配送量|规模|規模|净亏损|淨虧損|亏损|虧損|总量|總量|增加值|产值|產值|营业收入|營業收入|收入|营收|營收|营业额|營業額|融资额|融資額|利润|利潤|份额|份額|成本|支出|费用|費用|投资|投資|效率|速度|销售额|銷售額|交易额|交易額|金额|金額|出货量|出貨量|查询量|查詢量|访问量|訪問量|调用量|調用量|包裹量|用户数|用戶數|用户量|用戶量|人数|人數|数量|數量|次数|次數|人次|资产价值|資產價值|准确率|準確率|成功率|渗透率|滲透率|覆盖率|覆蓋率|占有率|佔有率|精度|业务|業務';
/** Words that qualify a measure without owning it. `市场` is one only in a subject that is nothing else (`市场规模`). */
const MEASURE_QUALIFIERS = '直接|間接|间接|分拣|分揀|前一年同期|上年同期|去年同期|同期|归母|歸母|日均|月均|年均|平均|人均|查询|查詢|访问|訪問|调用|調用|交易|销售|銷售|单日|單日|单月|單月|单季|單季|全年|年度|当年|當年|最高|最低|峰值|累计|累計|总|總|整体|整體|合计|合計|检测|檢測|识别|識別|预测|預測|运营|運營|经济|經濟|单个|單個|每日|每天|年|经营|經營|员工|員工|用户|用戶|净|淨|捐赠|捐贈|管理|企业|企業';
/** A share at the end of words before a number (`规模占比`, `占比`). */
const SHARE_BEFORE = new RegExp(`(?:${MEASURE_HEADS})?(?:占比|佔比|比重)$`, 'u');
/** Nothing but a share (`占比`, `规模占比`). */
const SHARE_ONLY = new RegExp(`^${SHARE_BEFORE.source}`, 'u');
/** A measure named anywhere in words. */
const MEASURE_IN = new RegExp(`(?:${MEASURE_HEADS}|占比|佔比|比重|增速|增幅)`, 'u');
/** A subject that is only a measure, and may go on to what share it takes (`經濟總量約占全國`). */
const MEASURE_ONLY = new RegExp(`^(?:${MEASURE_QUALIFIERS})*(?:${MEASURE_HEADS})(?:增长率|增長率|增速|增幅|[约約]?[占佔].*)?$`, 'u');
/** The measure at the end of an owner's subject (`宿迁市政务系统|运营成本`, `国内物联网市场|规模`), to drop. */
const MEASURE = new RegExp(`(?:${MEASURE_QUALIFIERS})*(?:${MEASURE_HEADS.replace(/^市场规模\|市場規模\|/u, '')})$`, 'u');
/** Clauses that only detail the one before (`包括企业登记备案、年度报告…等`): no owner in them. */
const ELABORATION = /^(?:包括|包含|涵盖|涵蓋|比如|例如|譬如|如|即|总部|總部|早在|便|就)/u;
/** Where an owner's noun phrase ends: the verb of its clause (`工商登记公示系统|共归集公示了`, `巡检机器人|可在平均`, `百度|则加大`). */
const OWNER_END = /(?:是|有如|犹如|猶如|如同|(?<![规規原准準细細法否实實守总總])[则則]|(?<![作成认認称稱])[為为]|(?<!公)共(?![享同识識建])|成立|位于|位於|(?<![方面导導倾傾意])向|录得|錄得|仍|处于|處於|保持|持续|持續|继续|繼續|蓬勃|快速|迅速|稳步|穩步|可以|可(?![用靠信视視])|能够|能夠|(?<![智功性产產效节節核储儲潜潛技动動体體])能|將|将|已经|已經|已|(?<![存现現所实實内內])在|(?<![面相针針绝絕])[對对]|通過|通过|拥有|擁有|實現|实现|完成|达到|達到|超过|超過|分别|分別|的作用)/u;
/** Words that open an owner's clause but are not the owner (`已累计签约…`). */
const OWNER_LEADING = /^(?:已经|已經|已|累计|累計|共计|共計|共)+/u;
/** A bound on the figure with nothing else (`最高3亿元`): a bound of what the clause before grants. */
const BOUND_ONLY = /^(?:最高|最多|最低|最少|上限|下限|不超过|不超過)$/u;
/** `原來的三十倍`: a comparison with the past, of the measure the clause before names. */
const FORMER = /^(?:是|为|為)?(?:原来|原來|以前|过去|過去|之前)$/u;
/** The measure a clause raises (`使渲染速度更快`). */
const RAISED = /(?:使|让|讓|令)([^，,。使让讓令]{2,10}?)(?:更|大幅|显著|顯著|得到)/u;
/** Words between two figures that only say the first turns into the second (`原來的三十倍可能變成九百倍`). */
const TURNS_INTO = /^(?:可能|或将|或將|将|將|有望)?(?:变成|變成|变为|變為|提升到|提升至|提高到|增加到|增至|达到|達到|发展到|發展到|发展至|發展至|发展|發展)$/u;
/** A rate of the topic's measure (`增速` after `销售额…增长23.8%`, `月均增幅`): it keeps the measure. */
const RATE_OF = /^(?:平均|(?:[一二三四五六七八九十]年间)?(?:月均|年均|平均|季度)?(?:年复合增长率|复合年增长率|复合年成长率|年均复合增长率|年均增长率|复合增长率|CAGR|增速|增幅|占比|比重))$/u;
/** How many figures back a subject may borrow its topic: `增长5%，增长5%…` must not recurse through a whole line. */
const MAX_BORROW = 2;
const MONEY = new Set(['CNY', 'USD', 'EUR']);
/** `百亿级企业`, `千亿级产业`, `万亿级产业集群`, `千亿级园区`: what a level of money is the size of, and the measure if written. */
const SIZED = /^\s?(企业|企業|公司|产业集群|產業集群|产业链|產業鏈|产业|產業|集群|园区|園區|市场|市場)(规模|規模|营收|營收|产值|產值)?/u;
const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'ms', 'µs', 'ns']);

/** Where a counted noun stops: a verb, a particle, a place word (`就诊数据里面`) or the next number. */
const NOUN_END = /(?:以及|里面|裡面|之中|首次|首度|——|来自|來自|等(?![效级級同])|均(?:已|在|为|為|有|是|可)|[的，。；：、,;:和与及或将已为是被对从到至由还并也都因“”「」（()）]|(?<![潜潛存现現实實所内內自正])在|实现|进行|用于|可以|可能|应该|应当|没有|表示|宣布|期望|希望|很难|很難|难以|難以|持续|持續|做好|做到|落实|落實|超过|达到|带来|帶來|接入|提供(?![商者方])|缩短|縮短|降低|减少|提升|提高|所组成|所組成|所构成|所構成|共(?=\s?[\d一二三四五六七八九十几幾数數上近超逾])|(?:集中)?(?:开工|開工|签约|簽約|举行|舉行|投产|投產))[\s\S]*$|(?<![A-Za-z\d])\d(?![Gg]|\d*强)[\s\S]*$/u;

/** The words without the filler at either end, uncut. */
function strip(text: string): string {
  return text
    // `阿里云宣布未来三年投入`, `两家宣布已经建成`: who announced it is the actor; the announcing is no part of the measure.
    .replace(/^((?:[^，,]{2,12}?)?)(?:也|还|還|再次)?(?:宣布|宣佈|表示|透露|具备|具備)(?=[\u4e00-\u9fffA-Za-z]{2}|$)/u, '$1').replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '').replace(LEADING_FILLER, '').trim();
}

/** The words as a subject: without filler, and cut to `MAX_SUBJECT`. */
function tidy(text: string): string {
  let subject = strip(text);
  // `已归集包括不动产、公积金、人社等高价值含量在内的相关结构化数据`: the examples 包括…在内 only detail the noun after them.
  if (subject.length > MAX_SUBJECT) subject = subject.replace(/(?:包括|包含)[^，,（）()]{2,40}?在内的?/u, '');
  // A long list ending `…达福鑫等骨干企业` is about what follows its 等.
  // `我国在工业互联网、…、人工智能等新基建重点领域投资规模`: a short owner before 在 is whose the total is, and stays.
  if (subject.length > MAX_SUBJECT && subject.includes('等')) subject = `${/^([\u4e00-\u9fff]{2,4})在[^在]*等/u.exec(subject)?.[1] ?? ''}${subject.slice(subject.lastIndexOf('等') + 1)}`;
  // `云和认知软件部门（包括云业务和红帽在内的…平台）的营收`: the bracket only details what comes before it.
  if (subject.length > MAX_SUBJECT) subject = subject.replace(/（[^（）]*）|\([^()]*\)/gu, '');
  if (subject.length > MAX_SUBJECT) {
    // Keep the end, cut where a word ends (after 的, 、, 和 …), not in the middle of one.
    const tail = subject.slice(subject.length - MAX_SUBJECT);
    const boundary = tail.search(/[的、，,和与及]/u);
    subject = boundary >= 0 && boundary < tail.length - 2 ? tail.slice(boundary + 1) : tail;
  }
  // A bracket left open or closed by the cut is noise at the edge.
  subject = subject.replace(/^[的）)》“”」、，,\s]+/u, '').replace(/[（(《“”「、，,\s]+$/u, '');
  // `“50+150”户企业`: a quotation whose opening mark was dropped as filler gets it back.
  const close = subject.search(/[”」]/u);
  return close > 0 && !/[“「]/u.test(subject.slice(0, close)) ? `${subject[close] === '”' ? '“' : '「'}${subject}` : subject;
}

/** Start of the clause that holds `at`, not crossing `MAX_CLAUSE` nor a break outside brackets. */
function clauseStart(sentence: string, at: number): number {
  let depth = 0;
  let from = at;
  while (from > 0 && at - from < MAX_CLAUSE) {
    const char = sentence[from - 1];
    if (CLOSING.test(char)) depth++;
    else if (OPENING.test(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_BREAK.test(char)) break;
    from--;
  }
  return from;
}

function clauseEnd(sentence: string, at: number): number {
  let to = at;
  while (to < sentence.length && to - at < MAX_CLAUSE && !CLAUSE_BREAK.test(sentence[to])) to++;
  return to;
}

type FigureSpan = Pick<ParsedFigure, 'start' | 'end' | 'unit' | 'level'>;

/** A sentence with its figures, in text order. */
export interface FigureSentence {
  text: string;
  figures: FigureSpan[];
  /** The sentence before it in the same paragraph (itself without one: the owner pass reads at most two sentences back). */
  before?: FigureSentence;
}

/** The start of the first figure at or after `from` up to figure `index` (figures are few per clause; scan back from it). */
function firstFigureFrom(figures: FigureSpan[], index: number, from: number): number {
  let first = figures[index].start;
  for (let i = index - 1; i >= 0 && figures[i].start >= from; i--) first = figures[i].start;
  return first;
}

/** The words of the clause that ends at `end` (by default figure `index`'s start), up to the first figure of that clause. */
function wordsBefore(current: FigureSentence, index: number, end = current.figures[index].start): { raw: string; from: number } {
  const sentence = current.text;
  const from = clauseStart(sentence, end);
  const raw = sentence.slice(from, Math.min(end, firstFigureFrom(current.figures, index, from)));
  // `从2019年的…增长到`: a start value is no subject; `从项目启动到新药上市`, a span of a process with no number, is.
  return { raw: raw.replace(/从(?![^，,\d]+(?:到|至)[^，,\d]+$)[^，,]*$/u, ''), from };
}

/** The nouns at the start of `text`, a list written with 、 kept whole (`装备、石化、能源、食品`). */
function nounList(text: string): string {
  return text.replace(/^\s?[“「]?/u, '').replace(/[一二两三四五六七八九十]+(?:个|個|家|市|省|类|類|项|項|种|種)[\s\S]*$/u, '').replace(/、/gu, '\u0001').replace(NOUN_END, '').replace(/\u0001/gu, '、').replace(/、+$/u, '').trim();
}

/** `120家分支机构`, `8个国家大数据综合试验区`: the noun a counter counts, when it follows directly. */
function countedNoun(sentence: string, end: number, limit = sentence.length): string {
  // `50家以上“专精特新”中小企业`, `500万AI人才`: past 以上 and an opening quote, Latin letters included;
  // `南通75个部门数十亿量级数据`: not past the next figure.
  const after = sentence.slice(end, Math.min(limit, clauseEnd(sentence, end))).replace(/^\s*(?:以上|以下|左右|多(?=时间|時間))?[“「]?/u, '');
  // `10家“小巨人”企业`: a quoted name opens the noun.
  const name = /^[“「]([^”」，,]{1,12})[”」](?=[\u4e00-\u9fff])/u.exec(sentence.slice(end, end + 16).replace(/^\s*(?:以上|以下|左右)?/u, ''))?.[0] ?? '';
  if (name) {
    const rest = countedNoun(sentence, sentence.indexOf(name, end) + name.length, limit);
    return rest ? `${name}${rest}`.slice(0, MAX_SUBJECT) : '';
  }
  if (!/^(?:[A-Za-z\u4e00-\u9fff]|\dG)/u.test(after)) return '';
  // `几亿元人民币`: the currency named after the amount is no noun it counts.
  if (/^(?:人民币|人民幣|美元|美金|欧元|歐元)(?![\u4e00-\u9fff])/u.test(after)) return '';
  // `对9个尚未出台的规划`, `3项大的技术突破`, `数百件高度精细的商品模型`: a short relative clause before 的 belongs to the noun.
  const relative = /^(?:已|尚未|未|可被|可|正在|新|大|重要|不同|高度|精细|精細|优质|優質|先进|先進)[^，,。；;的\d“”「」（）()、和与及]{0,4}的(?=[\u4e00-\u9fff]{2})/u.exec(after)?.[0];
  if (relative) {
    const head = after.slice(relative.length).replace(NOUN_END, '').trim();
    if (head.length >= 2 && !GENERIC.test(head)) return `${relative}${head}`.slice(0, MAX_SUBJECT);
  }
  // `1个市级指挥中心、10个县市区及指挥中心和96个…`: an item of a list made of two nouns joined by 及 is counted whole when
  // the second is a kind the list already counted (not `总图及党建、…专题图`, where 党建 opens the next item).
  const pairedItem = /^[\u4e00-\u9fff]{2,8}?(?<!以)及([\u4e00-\u9fff]{2,6}?)(?=和|、)/u.exec(after);
  if (pairedItem && sentence.slice(Math.max(0, end - MAX_CLAUSE_READ), end).includes(pairedItem[1])) return pairedItem[0];
  // `1 亿种新品及 C2M 产品`: two kinds joined by 及 that end the clause are counted together, the second named in Latin
  // letters or not (the noun alone would end at 及).
  const pairEnding = /^[\u4e00-\u9fff]{2,6}?(?<!以)(?:及|和|与|與)\s?(?:[A-Za-z\d]+\s?)?[\u4e00-\u9fff]{2,4}\s?$/u.exec(after)?.[0];
  if (pairEnding) return pairEnding.replace(/\s/gu, '');
  // `5 个 Deep (5D) 属性`: a gloss in brackets is no end of the noun.
  const noun = after.replace(/\s?[（(][^（）()，,]{1,12}[）)]\s?/gu, ' ').replace(NOUN_END, '').trim();
  return noun.length >= 2 && !GENERIC.test(noun) ? noun.slice(0, MAX_SUBJECT) : '';
}

/** The kinds of unit whose figure is followed by the thing it counts (`家`, `个`, `人`, `nm` …). */
export function countsThings(unit: string): boolean {
  return !['CNY', 'USD', 'EUR', 'percent', 'percentage-point', 'times', 'fraction'].includes(unit) && !/^(?:year|month|week|day|hour|minute|second|ms|µs|ns)$/.test(unit);
}

/**
 * The topic of the clauses before `clauseFrom`, walking back at most three:
 * the subject of the last figure of a clause (`到了80年代只有60-80%`), else
 * its words, skipping clauses that only say when (`而到了90年代末21世纪初`).
 */
function topicBefore(current: FigureSentence, index: number, clauseFrom: number, depth: number): string {
  const { text, figures } = current;
  let to = clauseFrom;
  for (let step = 0; step < 3 && to > 1; step++) {
    const from = clauseStart(text, to - 1);
    const raw = text.slice(from, to - 1);
    let last = index - 1;
    while (last >= 0 && figures[last].start >= to) last--;
    const hasFigure = last >= 0 && figures[last].start >= from;
    // The words before the clause's first figure (`寒武纪单季收入0.7亿元`), else what its last figure measures;
    // figures inside a bracket only detail the words (`“50+150”户（培育的50户百亿级企业…）企业实现营收4804亿元`).
    const firstOutside = hasFigure ? figures.find((figure) => figure.start >= from && figure.start < to && !insideBracket(text, from, figure.start)) : undefined;
    const words = topicWords(raw.slice(0, firstOutside ? firstOutside.start - from : hasFigure ? firstFigureFrom(figures, last, from) - from : raw.length));
    // `其中第三季度的支出额达650亿美元，按年增长28%`: a period's part names its whole only in its figure's subject.
    const part = PERIOD_PART.test(words) && MEASURE_IN.test(words);
    if (words.length >= 2 && !GENERIC.test(words) && !MEASURE_ONLY.test(words) && !TIME_PHRASE.test(raw) && !(part && hasFigure)) return words;
    if (hasFigure) return subjectAt(current, last, undefined, depth + 1).replace(CHANGE, '');
    to = from;
  }
  return '';
}

/**
 * What a clause says its topic is, without what it says about it: `2013 至 2019 年我国社会消费品零售总额稳定增长`
 * → 我国社会消费品零售总额, `在工业互联网投资方面` → 工业互联网投资, `中国云基础设施（…）支出创新纪录` → 中国云基础设施支出.
 */
function topicWords(raw: string): string {
  const words = tidy(raw.replace(/（[^（）]*）|\([^()]*\)/gu, '').replace(/从[^，,]*$/u, '').replace(LEADING_FILLER, '').replace(OPENING_BASE, ''));
  return words.replace(TOPIC_PREDICATE, '').replace(/^在(.{2,}?)(?:方面|领域|領域)$/u, '$1');
}

/** Whether `at` is inside a bracket opened after `from`. */
function insideBracket(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (OPENING.test(text[i]) && text[i] !== '“' && text[i] !== '「') depth++;
    else if (CLOSING.test(text[i]) && text[i] !== '”' && text[i] !== '」') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The owner in a clause's words: up to its verb, without a measure or change at the end; `undefined` when the words are only a measure. */
function ownerIn(words: string): string | undefined {
  let owner = strip(strip(words).replace(OPENING_BASE, '').replace(OWNER_LEADING, ''));
  // `中国或将成为全球最大的VR和AR市场`: a name that becomes a market or an industry is that one; the measures after it
  // are of it (中国VR和AR市场), not of the name alone.
  const becomes = /^([\u4e00-\u9fffA-Za-z]{2,8}?)(?:或将|或將|将|將|有望|已经|已經|已)?(?:成为|成為)[^，,的]*的([\u4e00-\u9fffA-Za-z]{2,10}(?:市场|市場|产业|產業|行业|行業))$/u.exec(owner);
  if (becomes) return `${becomes[1]}${becomes[2]}`;
  const verb = owner.slice(2).search(OWNER_END);
  if (verb >= 0) owner = owner.slice(0, verb + 2);
  // `钉钉平台上最高并发流量达到数千万`: a platform or market a clause is set on (…上) owns what is measured on it,
  // the measure after it being another.
  const on = /^([\u4e00-\u9fffA-Za-z]{2,10}?(?:平台|网站|網站|系统|系統|网络|網絡|市场|市場))上(?=[\u4e00-\u9fffA-Za-z]{2})/u.exec(owner);
  if (on) owner = on[1];
  // `以信息技术和数据作为关键要素的数字经济蓬勃发展`: after a relative clause the owner is the head, after the last 的;
  // `旷视科技的上市动作起步更早`: a short name before 的 owns the rest.
  const of = owner.indexOf('的');
  // `亚马逊的AWS依旧位列首位`: a Latin name after 的 is the owner itself, the word before only whose it is.
  const named = of >= 2 ? /^[A-Za-z][\w-]+/u.exec(owner.slice(of + 1))?.[0] : undefined;
  if (named) owner = named;
  else if (of >= 2 && of < owner.length - 2) owner = of > 5 || /^以|作为|作為|成为|成為|是|有/u.test(owner.slice(0, of)) ? owner.slice(owner.lastIndexOf('的') + 1) : owner.slice(0, of);
  // `该园区分拣效率比传统作业方式提升5倍`: the base of a comparison is no part of the owner.
  owner = strip(owner.replace(CHANGE, '').replace(/(?<=[\u4e00-\u9fffA-Za-z]{2})(?:比|较|較|相比)(?![亚亞例重率])[^的]*$/u, ''));
  const measure = MEASURE.exec(owner);
  if (measure) {
    if (measure.index === 0) return undefined;
    // `A股民营企业营业收入`: a noun that qualifies the measure (企业, 用户) is the owner's head when words come before it.
    const head = /^(?:企业|企業|用户|用戶|员工|員工)/u.exec(measure[0])?.[0] ?? '';
    owner = owner.slice(0, measure.index + (measure.index >= 2 ? head.length : 0)).replace(/的$/u, '');
  }
  // A date or a long stretch is the account of an event, not a noun phrase that owns a measure.
  if (owner.length > 16 || /\d\s?[月日号號]/u.test(owner)) return '';
  return owner.length >= 2 && !GENERIC.test(owner) && !TIME_PHRASE.test(owner) ? owner : '';
}

/**
 * Whose the measure of a clause is (`日均查询量分别为855万次` after
 * `个人和企业征信系统累计查询量分别为28亿次`): the noun phrase that opens a
 * clause before, up to its verb. A clause that names only another measure
 * (`累计访问量1342.08亿次，日均访问量超1亿次`) gives that measure's owner, further
 * back, never the measure itself; clauses that only say when or detail a list
 * are passed over. With no clause before, the last clause of `previous`, the sentence before.
 */
function ownerBefore(current: FigureSentence, clauseFrom: number, previous?: FigureSentence): string {
  let { text, figures } = current;
  let to = clauseFrom;
  let crossed = false;
  for (let step = 0; step < 5; step++) {
    if (to <= 1) {
      if (crossed || !previous) return '';
      ({ text, figures } = previous);
      to = text.replace(/[。！？!?；;\s]+$/u, '').length + 1;
      crossed = true;
    }
    const from = clauseStart(text, to - 1);
    const end = to - 1;
    to = from;
    const raw = text.slice(from, end);
    if (ELABORATION.test(strip(raw)) || ELABORATION.test(raw.replace(/^[\s“”"（(]+/u, '')) || TIME_PHRASE.test(strip(raw))) continue;
    const firstFigure = figures.find((figure) => figure.start >= from && figure.start < end);
    // In the sentence before, only a clause that states a figure has an owner of a measure.
    if (crossed && !firstFigure) return '';
    const words = text.slice(from, firstFigure?.start ?? end);
    // `累计主导发行了超过140支应收款项资产证券化产品，总规模…`: words of an action own nothing; the noun it counts does.
    // `推动65个…重点工业项目投产达产`: a clause that is an action of a plan owns nothing either.
    if (firstFigure && (OWNER_LEADING.test(strip(words)) || ACTION.test(strip(words)))) {
      const counted = countedNoun(text, firstFigure.end);
      if (counted) return counted;
    }
    // `…归母净亏损1.08亿元，前一年同期亏损5.55亿元` past `同比增长477%`: a change names no owner.
    if (strip(words) === '' && CHANGE.test(words.trim())) continue;
    const owner = ownerIn(words);
    if (owner === undefined) continue;
    return owner;
  }
  return '';
}

/**
 * `4月底开工率、员工返岗率和产能利用率分别达到98%、97%和90%`: with 分别, the
 * k-th value of a run is of the k-th item of a list written with 、 (so
 * `个人和企业征信系统…分别为` is not cut at its 和).
 */
function respectiveItem(current: FigureSentence, index: number, own: { raw: string; from: number }, bareOwnerMeasure?: (at: number) => string): string {
  const { text, figures } = current;
  const respective = /^(.*、.*?)分别(.*)$/u.exec(own.raw);
  if (!respective) return '';
  const [, ranked, rest] = respective;
  // `排名在二、三、四位的微软云、谷歌云、阿里云三个云服务提供商的市场份额`: the ranks are no items, nor the count after them.
  const list = ranked.replace(/^[^、]*?排名[^的]*的/u, '').replace(/(?<=[、和及与與][^、]+?)[两二三四五六七八九十\d]+(?:个|個|家)[^的、]*(?=的)/u, '');
  // `股票、基金、债券及保险产品分别仅占城镇居民资产的`: what follows 分别 is said of each item.
  const said = tidy(rest).replace(/^[占佔]/u, '占');
  let first = index;
  while (first > 0 && figures[first - 1].start >= own.from) first--;
  let last = first;
  while (last + 1 < figures.length && /^\s?[、和及与與]\s?$/u.test(text.slice(figures[last].end, figures[last + 1].start))) last++;
  const parts = strip(list).split('、');
  const tail = parts.pop() ?? '';
  const split = tail.split(/和|及|与|與/u);
  const items = [...parts, ...(split.length === 2 ? split : [tail])].map((part) => tidy(part));
  // `1—10月、1—11月全省规上工业增加值分别同比增长0.6%、2.4%`: a list of periods gives each value its period, with the words after the list.
  const periods = PERIOD_LIST.exec(strip(list));
  const spans = periods?.[1].split('、') ?? [];
  if (periods && spans.length === last - first + 1 && index <= last) {
    const words = `${spans[index - first]}${tidy(periods[2])}${said || (CHANGE.exec(rest.trim())?.[0] ?? '')}`;
    if (words.length <= MAX_SUBJECT) return words;
  }
  // Any other list of periods is no list of subjects.
  if (items.length !== last - first + 1 || index > last || items.some((part) => part.length < 2 || /^[\d\s—–\-~～至到年月日底初末季度前上下半]+$/u.test(part))) return '';
  // `智能制造、智慧交通、智慧公共事业的终端用户占比`, `…人工智能等投资规模`: a head written once after the last item is every item's.
  const shared = /(?:的|等)([^的等]+)$/u.exec(items[items.length - 1]);
  const head = shared && MEASURE_IN.test(shared[1]) ? shared[1] : '';
  if (head) items[items.length - 1] = items[items.length - 1].slice(0, -shared![0].length);
  const item = `${items[index - first]}${head ? (shared![0].startsWith('的') ? `的${head}` : head) : ''}${said}`;
  if (!head && said === '' && bareOwnerMeasure) {
    // `中国在全球…半导体市场规模中占比最高，2019年达到35%，美国、欧洲…分别为19%、9.7%…`: a bare item
    // takes the measure of the figure before the run, in this sentence and of the same unit, said of its owner.
    const before = first > 0 && figures[first - 1].unit === figures[index].unit ? bareOwnerMeasure(first - 1) : '';
    const measure = /^[\u4e00-\u9fffA-Za-z]{2,6}?(在[^，,。]{2,24})$/u.exec(before)?.[1];
    if (measure && items[index - first].length + measure.length <= MAX_SUBJECT) return `${items[index - first]}${measure}`;
  }
  return item.length <= MAX_SUBJECT ? item : items[index - first];
}

/**
 * `…，对亚马逊整体业绩在净收入和经营利润的贡献，分别达到12.5%和62.2%`: a clause of only 分别 and
 * two values takes the pair `A和B` of the clause before, one item each, with the words around it.
 */
function respectivePair(current: FigureSentence, index: number, own: { raw: string; from: number }): string {
  const { text, figures } = current;
  if (!/^\s?(?:则|則)?(?:分别|分別)/u.test(own.raw) || strip(own.raw.replace(/(?:分别|分別)/u, '')) !== '' || own.from <= 1) return '';
  let first = index;
  while (first > 0 && figures[first - 1].start >= own.from) first--;
  if (figures.length <= first + 1 || !/^\s?[和及与與]\s?$/u.test(text.slice(figures[first].end, figures[first + 1].start)) || index > first + 1) return '';
  const from = clauseStart(text, own.from - 1);
  const clause = text.slice(from, own.from - 1);
  if (figures.some((figure) => figure.start >= from && figure.start < own.from)) return '';
  const pairs = [...clause.matchAll(/([\u4e00-\u9fffA-Za-z]{2,6})(?:和|及|与|與)([\u4e00-\u9fffA-Za-z]{2,6}?)(?=的|$)/gu)];
  if (pairs.length !== 1) return '';
  const [pair, wide, right] = pairs[0];
  // `业绩在净收入和经营利润`: the first item starts after the last preposition before it.
  const left = wide.replace(/^.*[在对對的于於为為是]/u, '');
  const at = pairs[0].index + wide.length - left.length;
  const words = tidy(`${clause.slice(0, at)}${index === first ? left : right}${clause.slice(pairs[0].index + pair.length)}`);
  // `对亚马逊…的贡献`: what is contributed is the actor's of the clauses before (AWS).
  const actor = /^[对對]/u.test(words) ? ownerBefore(current, from) : '';
  const said = actor && actor.length + words.length <= MAX_SUBJECT ? `${actor}${words}` : words;
  return said.length >= 2 && said.length <= MAX_SUBJECT ? said : '';
}

/**
 * `吃下整个维基百科加一万多本书的 BERT`: a number with a measure word but no
 * counter of its own counts the noun after the measure word; a noun of one
 * character (`书`) says what it is by whose it is and the verb (`BERT吃下的书`).
 */
function measureWordNoun(current: FigureSentence, index: number, from: number): string {
  const { text, figures } = current;
  const { start, end } = figures[index];
  const after = text.slice(end, clauseEnd(text, end)).replace(/^\s+/u, '');
  if (!MEASURE_WORD.test(after)) return '';
  const rest = after.slice(1);
  const noun = rest.replace(NOUN_END, '');
  if (noun.length >= 2) return tidy(noun);
  if (noun.length !== 1) return '';
  const since = text.slice(Math.max(from, index > 0 ? figures[index - 1].end : 0), start);
  const phrase = since.split(/[和与與及、，,]/u).pop()?.trim() ?? '';
  const holder = /^的\s?([A-Za-z][\w.-]*|[\u4e00-\u9fff]{2,6}?)(?=\s?(?:为|為|是|等|[，,。；]|$))/u.exec(rest.slice(1))?.[1];
  const verb = /^[\u4e00-\u9fff]{2}/u.exec(phrase)?.[0];
  if (holder && verb) return `${holder}${verb}的${noun}`;
  const words = tidy(phrase.replace(/[加和及]$/u, ''));
  return words.length >= 2 ? `${words}${noun}` : '';
}

/** `金融（…）、政府（…）以及通信，三者总和占…`: the items a count refers to, from the clause before. */
function listedItems(clause: string, count: string): string {
  const listed = clause
    .replace(/（[^（）]*）|\([^()]*\)/gu, '')
    .replace(/^.*?(?:依次是|依次为|依次為|分别是|分别为|分別是|分別為|包括|是|为|為|：|:)/u, '')
    .replace(/以及|及|和|与|與/gu, '、');
  const items = listed.split('、').map((item) => item.trim()).filter(Boolean);
  const expected = parseCount(count);
  if (items.length < 2 || (expected !== undefined && items.length !== expected) || items.some((item) => item.length > 8)) return '';
  return items.join('、');
}

function parseCount(count: string): number | undefined {
  const digit = /[两二三四五六七八九]/u.exec(count)?.[0];
  return digit ? '两二三四五六七八九'.indexOf(digit) + (digit === '两' ? 2 : 1) : undefined;
}

/** `5G将以全新的网络架构，提供…`: a clause opening on 提供 has its provider in the clause before: that one, or nothing. */
function providerBefore(current: FigureSentence, start: number): string {
  const from = clauseStart(current.text, start);
  return from > 1 && /^\s?(?:可以|可|能够|能夠|能|将|將)?提供/u.test(current.text.slice(from, start)) ? ownerBefore(current, from) : '';
}

/** A clause opening on 并 (`…，并带来430亿美元的收入`) has its actor in the clause before: that actor, or nothing. */
function actorOfAnd(current: FigureSentence, own: { raw: string; from: number }): string {
  return /^\s?(?:并且|並且|并|並|且|还|還|也)/u.test(own.raw) && own.from > 1 ? ownerBefore(current, own.from) : '';
}

/** The run of values listed with 、 or 和 (`分别为32%、19%、7%、6%`) that holds figure `index`, from the first in its clause at or after `from`. */
function respectiveRun(current: FigureSentence, index: number, from: number): { first: number; last: number } {
  const { text, figures } = current;
  let first = index;
  while (first > 0 && figures[first - 1].start >= from) first--;
  let last = first;
  while (last + 1 < figures.length && /^\s?[、和及与與]\s?$/u.test(text.slice(figures[last].end, figures[last + 1].start))) last++;
  return { first, last };
}

/** `上述四家公司`: a reference to items named before, and the measure said of each after it. */
const REFERRED_ITEMS = /^(?:上述|前述|以上)[两二三四五六七八九十\d]*(?:家|个|個|项|項|类|類|种|種|者)?(?:公司|企业|企業|厂商|廠商|供应商|供應商|国家|國家|地区|地區|城市|平台|品牌)?(.{2,8})$/u;

/**
 * `亚马逊云服务（AWS）、微软Azure、谷歌云、阿里云是全球前四大云基础设施供应商。` then `上述四家公司市占率分别为32%、19%、7%、6%`:
 * the k-th value is the k-th item of a list of as many items in the sentence before (only its last clauses are read,
 * so a long sentence before costs no more than a short one).
 */
function respectiveNamedBefore(subject: string, current: FigureSentence, index: number, from: number, previous: FigureSentence): string {
  const measure = REFERRED_ITEMS.exec(subject)?.[1];
  const { first, last } = respectiveRun(current, index, from);
  if (!measure || index > last || last === first) return '';
  // A sentence before that states values of this unit is what 上述 refers to (`referredSubject`), not a list of names.
  const tail = previous.text.length - 3 * MAX_CLAUSE;
  for (let at = previous.figures.length - 1; at >= 0 && previous.figures[at].end > tail; at--) if (previous.figures[at].unit === current.figures[index].unit) return '';
  const clauses = previous.text.slice(Math.max(0, tail)).replace(/（[^（）]*）|\([^()]*\)/gu, '').split(CLAUSE_BREAK).reverse();
  for (const clause of clauses) {
    const items = clause.split(/、|和|及|与|與/u).map((item, at, all) => (at === all.length - 1 ? item.replace(NOUN_END, '') : item).replace(LEADING_FILLER, '').trim());
    if (items.length === last - first + 1 && items.every((item) => item.length >= 2 && item.length <= 10)) return `${items[index - first]}${measure}`;
  }
  return '';
}

/** `网络设备和终端设备收入` given 分别 to two values: each value its item, with the head written once. */
function respectiveOfReferred(referred: string, current: FigureSentence, index: number, from: number): string {
  const { first, last } = respectiveRun(current, index, from);
  const head = MEASURE.exec(referred);
  const items = (head ? referred.slice(0, head.index) : referred).split(/、|和|及|与|與/u);
  if (!head || items.length !== last - first + 1 || index > last || items.some((item) => item.length < 2)) return referred;
  return `${items[index - first]}${head[0]}`;
}

/** `仅用14年就让电商…达到了50%`, `全国24小时、全球72小时有货必达`: what a duration was the time of, after it and its list. */
function durationPredicate(current: FigureSentence, index: number): string {
  const { text, figures } = current;
  let last = index;
  while (last + 1 < figures.length && figures[last + 1].unit === figures[index].unit && /^、[^，。；,;”」]*$/u.test(text.slice(figures[last].end, figures[last + 1].start))) last++;
  // `仅用2.5年时间，企业估值达到20亿美元`, `4年多时间，UPTAKE已经连接了…`: the time of what the next clause says.
  const timeOnly = /^多?时间\s?[，,]/u.exec(text.slice(figures[last].end));
  const from = timeOnly ? figures[last].end + timeOnly[0].length : figures[last].end;
  const after = text
    .slice(from, clauseEnd(text, from))
    .split(/[”」、]/u)[0]
    .replace(/^时间/u, '')
    // `可在20秒内对新冠疑似案例CT影像做出判读`: within the time, a deed done to something (判读新冠疑似案例CT影像).
    .replace(/^(?:之?内|以内|內)(?:对|對)([^，,。；;]{2,16}?)(?:做出|作出|进行|進行)([\u4e00-\u9fff]{2,4})$/u, '$2$1')
    // `可在平均30秒内完成单个机柜的巡检`: within the time, what is done.
    .replace(/^(?:之?内|以内)(?:我们|我們|就)*(?=完成|处理|處理|实现|實現|送达|送達|部署)/u, '')
    .replace(/^(?:就让|就使|就能|就|便|即可|即|来)/u, '');
  // Not a period (`3年内`, `的`), a change to another value (`缩短到27秒`) nor a comment (`很正常`).
  if (!/^[\u4e00-\u9fffA-Za-z]/u.test(after) || /^(?:的|后|內|内|以|左右|多|缩短|降|减|增|提|到|至|为|很|是|也)/u.test(after)) return '';
  return after.replace(LEADING_FILLER, '');
}

/**
 * `在大洋彼岸的中国，这一数字更是缩短至9年`: the subject of the previous
 * sentence's figure of the same unit, with the place this sentence turns to
 * (`中国`) in the place of that sentence's actor (`美国`).
 */
function referredSubject(current: FigureSentence, clauseFrom: number, unit: string, previous: FigureSentence, depth: number): string {
  let index = previous.figures.length - 1;
  while (index >= 0 && previous.figures[index].unit !== unit) index--;
  if (index < 0) return '';
  const referred = subjectAt(previous, index, undefined, depth + 1);
  const place = clauseFrom > 1 ? tidy(current.text.slice(clauseStart(current.text, clauseFrom - 1), clauseFrom - 1)).replace(/^在/u, '').replace(/^.*的/u, '') : '';
  const actor = tidy(wordsBefore(previous, index).raw);
  return place.length >= 2 && actor.length >= 2 && referred.startsWith(actor) ? `${place}${referred.slice(actor.length)}` : referred;
}

/**
 * What a figure measures. `figures` are all the figures of the sentence, in
 * order, and `index` is this one's place among them: in an enumeration
 * (`分别为32%、19%…`) the subject is the words before the first figure.
 * `previous` is the sentence before in the same paragraph, for a sentence
 * that refers back to it (`这一数字`).
 */
/** `京东科技累计为12万家企业提供超过`: a named provider (no verb in it) before 为…提供. */
const PROVIDER_BEFORE = /^\s?(?!可以|可|能够|能夠|能|将|將|会|會|为|為|向|给|給)([A-Za-z\u4e00-\u9fff]{2,8}?)(?:累计|累計|已经|已經|已|共|将|將|每年)?[为為向给給][^，,。；;为為]{1,16}?提供(?:了)?(?:超过|超過|逾|近|约|約|达|達)?\s?$/u;
/** `其用户`: a possessive 其 before a noun, with nothing else in the subject. */
const ITS_NOUN = /^其([\u4e00-\u9fffA-Za-z]{1,8})$/u;
/** Words after 其 that are no noun: an adverb or a verb (`其主要包括`, `其中`, `其他`, `其实`). */
const NOT_A_NOUN = /^(?:中|他|它|余|餘|实|實|次|主要|已|将|將|在|是|包括|包含)/u;
/** `譬如，广睿达近年来走出重庆…`: the name that opens a sentence, up to a time word, a verb or a clause break. */
const OPENING_NAME = /^(?:譬如|例如|比如|此外|另外|同时|同時|其中)?[，,]?\s?([A-Za-z\u4e00-\u9fff]{2,12}?)(?=近年来|近年來|近年|目前|如今|已经|已經|已|在|是|将|將|打造|推出|通过|通過|的|[，,（(])/u;

/**
 * `目前，其用户超过5200户` after `譬如，广睿达近年来走出重庆…`: 其 with no antecedent in its own
 * sentence is the name that opens the sentence before (广睿达用户).
 */
function resolveIts(subject: string, sentence: string, end: number, previous: FigureSentence | undefined): string {
  const its = ITS_NOUN.exec(subject);
  if (!its || NOT_A_NOUN.test(its[1]) || !previous) return subject;
  // An antecedent before 其 in the sentence itself is the writer's; leave it.
  const at = sentence.lastIndexOf('其', end);
  if (at < 0 || /[A-Za-z\u4e00-\u9fff]{2}[^，,。；;]*$/u.test(sentence.slice(0, at).replace(/^(?:目前|如今|现在|現在|同时|同時|此外|另外)[，,]?\s?/u, ''))) return subject;
  const name = OPENING_NAME.exec(previous.text)?.[1];
  return name && name.length + its[1].length <= MAX_SUBJECT ? `${name}${its[1]}` : subject;
}

/** `该园区分拣效率`, `该数据库聚集的全球城市`: 该 and a common noun refer to a name said before. */
const THIS_NOUN = /^[该該](园区|園區|系统|系統|项目|項目|平台|企业|企業|公司|数据库|數據庫|工厂|工廠|基地|中心|机构|機構)/u;
/**
 * A subject opening on such a common noun of a named undertaking with no 该 (after 在, where), which an earlier clause of
 * its sentence may have named with 该 — not 企业 or 公司, which open subjects of firms in general (`企业估值`).
 */
const BARE_KIND = /^在?(项目|項目|园区|園區|平台|系统|系統|基地)/u;
/** Nouns a writer refers back to with 该 and another noun of the same kind (`智能履约决策大脑` … `该系统`). */
const KIN_NOUNS: Record<string, string> = {
  系统: '平台|大脑|引擎|中台',
  系統: '平台|大腦|引擎|中台',
  平台: '系统|大脑|中台',
  项目: '计划|工程',
  項目: '計劃|工程',
};
/** `以最新建设的郑州亚洲一号为例`: the example named in the words before. */
const EXAMPLE = /以(?:[^，,。；;的]{0,12}的)?([A-Za-z\u4e00-\u9fff\d]{2,12}?)(?:为例|為例)/u;

/**
 * `以最新建设的郑州亚洲一号为例，该园区分拣效率…` → 郑州亚洲一号分拣效率: 该 with a common noun is the example
 * named before it in its sentence, else the last name ending on the same noun in the sentence before
 * (`…智能感知大数据库CBDB+` for `该数据库`). With neither, the subject stays as written.
 */
function resolveThis(subject: string, sentence: string, start: number, previous: FigureSentence | undefined): string {
  // `该项目首次购买入链资产约为150万笔，在项目存续期每日约有5万笔资产数据`: the bare noun again is the one 该 named.
  const bare = BARE_KIND.exec(subject);
  if (bare) {
    const referred = resolveThis(`该${subject.slice(bare[0].length - bare[1].length)}`, sentence, start, previous);
    return sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start).includes(`该${bare[1]}`) && !referred.startsWith('该') ? referred : subject;
  }
  const noun = THIS_NOUN.exec(subject);
  if (!noun) return subject;
  const at = sentence.lastIndexOf(noun[0], start);
  const example = at > 0 ? EXAMPLE.exec(sentence.slice(Math.max(0, at - 40), at))?.[1] : undefined;
  if (example) return `${example}${subject.slice(noun[0].length)}`.slice(0, MAX_SUBJECT);
  if (!previous) return subject;
  const tail = previous.text.slice(-120);
  const named = (head: string) => new RegExp(`([A-Za-z\\u4e00-\\u9fff]{2,12}(?:${head})[A-Za-z\\d+]*)(?![\\u4e00-\\u9fff])`, 'gu');
  let last: string | undefined;
  for (const match of tail.matchAll(named(noun[1]))) last = match[1];
  // `…全渠道供应链借助智能履约决策大脑…。该系统具备日均处理…`, `“…资产支持专项计划”成立…。该项目…`: with no name on the
  // same noun, the last name on a noun of the same kind (a system's 大脑 or 平台, a project's 计划 or 工程).
  const kin = KIN_NOUNS[noun[1]];
  if (!last && kin) for (const match of tail.matchAll(named(kin))) last = match[1];
  // Only the words after the last break inside the name: a verb, a 的, a quotation mark or a clause break.
  const name = last?.split(/[的了是为為在将將和与與及“”「」（）()]|借助|通过|通過|利用|依托|基于|基於|打造|搭建|推出|成立/u).pop();
  if (!name || name.length < noun[1].length + 2) return subject;
  const rest = subject.slice(noun[0].length);
  // `“京东金融 – 华泰资管 19 号应收账款债权资产支持专项计划”成立…。该项目…`: a name in quotation marks is the whole quoted
  // name, or, too long, its numbered head and its kind (京东金融–华泰资管19号专项计划), as such plans are called short.
  const quoted = new RegExp(`[“「]([^”」]{2,40}${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')})[”」]`, 'u').exec(tail)?.[1].replace(/\s+/gu, '');
  const numbered = quoted ? /^(.{2,16}?\d+号)[^号]*?((?:专项)?计划|基金|信托)$/u.exec(quoted) : null;
  const whole = quoted && quoted.length + rest.length <= MAX_SUBJECT ? quoted : numbered && numbered[1].length + numbered[2].length + rest.length <= MAX_SUBJECT ? `${numbered[1]}${numbered[2]}` : undefined;
  if (whole) return `${whole}${rest}`;
  return `${makerOf(name, previous)}${name}${rest}`.slice(0, MAX_SUBJECT);
}

/** `京东结合人工智能等技术打造智能履约决策大脑`: who made a named thing (group 1), the text up to its name. */
const MADE_BY = /(?:^|[，,；;。])\s?([\u4e00-\u9fffA-Za-z]{2,8}?)(?:结合|結合|利用|依托|依託|基于|基於|借助)?[^，,。；;]{0,16}?(?:打造|推出|研发|研發|搭建|建设|建設)(?:了|出)?$/u;

/**
 * `京东结合人工智能等技术打造智能履约决策大脑，…。全渠道供应链借助智能履约决策大脑…。该系统具备日均处理…`: the maker of the
 * name 该 resolves to, when the sentence before or the one before it says who made it (京东), is its owner; else ''.
 */
function makerOf(name: string, previous: FigureSentence): string {
  for (const text of [previous.text, previous.before?.text ?? '']) {
    const at = text.indexOf(name);
    const maker = at > 0 ? MADE_BY.exec(text.slice(Math.max(0, at - 40), at))?.[1] : undefined;
    if (maker !== undefined && !name.includes(maker)) return maker;
  }
  return '';
}

/**
 * The verbs of a plan or a policy that open a subject but only frame the outcome
 * (`推送需求企业获得…融资`, `形成了千亿电商产业聚集规模`, `打造包含1个市级指挥中心`), and the aspect or
 * need before a verb (`已完成211个政务应用系统上云`, `需完成3项大的技术突破`).
 */
const FRAMING_VERB = /^(?:推送|推进|推進|推动|推動|助力|(?:力争|力爭)(?:形成了?)?|形成了?|打造(?:包含|包括)?|已(?![有经經])(?![^的]{1,4}的)|需要?)(?=[\u4e00-\u9fffA-Za-z“「]{2}|$)/u;
/** `本源量子已开始研发下一代24比特超导量子芯片`: starting research is no part of the product's measure, between its maker and it. */
const FRAMING_INSIDE = /^([\u4e00-\u9fffA-Za-z]{2,8}?)(?:已经|已經|已|正在)?(?:开始|開始|着手|著手)(?:研发|研發|研制|研製|开发|開發)(?=[\u4e00-\u9fffA-Za-z]{2})/u;

/** A subject without the framing at its edges, unless what is left is only a measure or a share (`推进占比`). */
function unframed(subject: string): string {
  // `无线连接在工业互联网仅占6%`: a share left as a verb at the end is the share (占比).
  const trimmed = subject
    .replace(FRAMING_VERB, '')
    // `牢牢抓实百亿级企业`, `重点推动大庆石化千万吨炼油`: how hard a plan pushes is no part of what it counts.
    .replace(/^(?:重点|重點|牢牢|着力|著力|大力)(?:推动|推動|抓实|抓實|抓牢|抓好)(?=[\u4e00-\u9fffA-Za-z“]{2})/u, '')
    // `京东还将计划发布1亿种新品`: a plan's modal between the actor and the act says when, not what.
    .replace(/(?<=[\u4e00-\u9fffA-Za-z]{2})(?:还|還)?(?:将|將)(?:计划|計劃)(?=[\u4e00-\u9fff]{2})/u, '')
    // `另一个互联网大佬阿里巴巴未来三年再投`: a description before the name says only who else it is.
    .replace(/^另一(?:个|個|家|位)?[\u4e00-\u9fff]{1,6}?(?:大佬|巨头|巨頭|龙头|龍頭)(?=[\u4e00-\u9fffA-Za-z]{2})/u, '')
    .replace(FRAMING_INSIDE, '$1')
    // `腾讯未来五年将投入`, `CAPEX预计节省`, `百度未来5年预计培养AI人才`, `视频将占5G流量`, `京东物流还将继续投入…`:
    // a modal inside only says it is planned.
    .replace(/(?<=[\u4e00-\u9fffA-Za-z\d）)]{2})(?:预计|預計|(?:还|還)?(?:将会|將會|将|將)(?:继续|繼續)|(?:将会|將會|将|將)(?=[\u4e00-\u9fff]{2}$|[占佔]))/u, '')
    // `芯片成本可占到此类商品利润`, `中国5G基站的总量会占全球`: a modal before a share only says it may be so.
    .replace(/(?<=[\u4e00-\u9fffA-Za-z\d]{2})(?:可以|可|会|會|能)?([占佔])到?(?=[\u4e00-\u9fffA-Za-z\d]{2})/u, '$1')
    // `省委对“十四五”时期工业占全省经济比重`: the body that set the aim is no part of the share.
    .replace(/^(?:省委|市委|党中央|黨中央|中央|国家|國家|国务院|國務院|省政府|市政府|政府)(?:对|對)(?=[“「\u4e00-\u9fff]{4})/u, '')
    // `京东零售目前管理着…自营 SKU`, `AWS目前有遍及全球…地理区域`: now is the figure's time, not part of its subject;
    // an ongoing verb before the counted noun makes a relative clause (京东零售管理的自营 SKU).
    .replace(/(?<=[\u4e00-\u9fffA-Za-z]{2})(?:目前|当前|當前|如今)(?:已经|已經|已|有|拥有|擁有)?(?=[\u4e00-\u9fffA-Za-z]{2})/u, '')
    .replace(/(?<=[\u4e00-\u9fffA-Za-z]{2}(?:管理|运营|運營|服务|服務|连接|連接|拥有|擁有|承载|承載))着(?=[\u4e00-\u9fffA-Za-z\s]{2})/u, '的')
    // `中国移动已经建成5G基站`, `京东区块链防伪追溯平台已合作品牌商`: what an actor has done to the counted things is a relative
    // clause before them (中国移动建成的5G基站), as 管理着 is.
    .replace(/^([\u4e00-\u9fffA-Za-z“”]{2,16}?)(?:已经|已經|已)((?:相继|相繼|累计|累計|紧急|緊急)?(?:建成|合作|连接|連接|开通|開通|部署|归集|歸集|接入|签约|簽約|上线|上線))(?=[\u4e00-\u9fffA-Za-z\d“]{2}[^的]*$)/u, '$1$2的')
    // `5G将提供约350万个就业机会`: what an actor will provide or create is counted as a relative clause too (5G提供的就业机会).
    .replace(/^([\u4e00-\u9fffA-Za-z\d“”]{2,16}?)(?:将会|將會|将|將)(提供|创造|創造|带来|帶來)(?=[\u4e00-\u9fffA-Za-z\d“]{2}[^的]*$)/u, '$1$2的')
    // `参与者包括45名医学专家`: those counted are among the words before 包括.
    .replace(/^([\u4e00-\u9fffA-Za-z]{2,8}?)(?:包括|包含)(?=[\u4e00-\u9fffA-Za-z]{2})/u, '$1中的')
    // `智能城市的建设大体分为 4 种模式`: the kinds something falls into are its kinds (智能城市的建设模式), not a division.
    .replace(/(?<=[\u4e00-\u9fffA-Za-z]{2})(?:(?:大体|大體|大致|主要|可以|可)(?:分为|分為|分成|分)|分为|分為|分成)(?=[\u4e00-\u9fffA-Za-z]{2,6}$)/u, '')
    // `按照一个2U机架平均10台服务器来配置`: 来 and a verb after the counted noun say what it is for, not what is counted.
    .replace(/(?<=[\u4e00-\u9fffA-Za-z]{2})(?:来|來)(?:配置|进行|進行|完成|实现|實現|处理|處理)$/u, '')
    // `在项目存续期每日约有5万笔资产数据`: 在 before a period only says when; the period stays.
    .replace(/^(?:在|於|于)(?=[\u4e00-\u9fff]{2,8}?(?:期间|期間|期内|期內|期)[\u4e00-\u9fff]{2})/u, '')
    // `千亿级产业规模不断壮大`: how the measure grows is no part of it.
    .replace(/(?<=[\u4e00-\u9fff]{2})(?:不断|不斷|持续|持續)(?:壮大|壯大|扩大|擴大|增长|增長|提升)$/u, '')
    // `寒武纪在2017年至2019年收入`: the span is the year's business (each value has its year), not the subject's.
    .replace(/(?<=[\u4e00-\u9fffA-Za-z]{2})在?(?:19|20)\d{2}\s?年?\s?(?:至|到|-|–|—)\s?(?:19|20)\d{2}\s?年(?:间|間|期间|期間)?(?=[\u4e00-\u9fff]{2})/u, '').replace(/(?<=[\u4e00-\u9fffA-Za-z]{2})(?:仅|僅|只|约|約)[占佔]$/u, '占比');
  return trimmed.length >= 2 && !MEASURE_ONLY.test(trimmed) && !SHARE_ONLY.test(trimmed) ? trimmed : subject;
}

/** `计划到2022年`, `未来三年计划`, `拟`: a plan and its time opening a subject say when and that it is aimed at, not what is counted. */
const PLAN_OPENING = /^(?:未来[一二三四五六七八九十两\d]+年|未來[一二三四五六七八九十兩\d]+年)?(?:计划|計劃|拟|擬|力争|力爭|争取|爭取|预计|預計)(?:到|至)?(?:(?:19|20)\d{2}\s?年(?:底|末)?)?(?=[\u4e00-\u9fff]{2})/u;

/**
 * `广州已建成约2.5万个5G基站，计划到2022年累计建成8万个5G基站`: a subject that opens on a plan drops it; when the
 * clause before counts the same things, the plan is its actor's (广州累计建成5G基站).
 */
function unplanned(subject: string, current: FigureSentence, index: number, previous: FigureSentence | undefined): string {
  const plan = PLAN_OPENING.exec(subject);
  if (!plan) return subject;
  const rest = subject.slice(plan[0].length);
  const { text, figures } = current;
  const from = clauseStart(text, figures[index].start);
  let before = index - 1;
  while (before >= 0 && figures[before].start >= from) before--;
  const counted = before >= 0 && from > 1 && figures[before].start >= clauseStart(text, from - 1) && figures[before].unit === figures[index].unit ? countedNoun(text, figures[before].end) : '';
  const actor = counted.length >= 2 && rest.endsWith(counted) ? ownerBefore(current, from, previous) : '';
  return actor && !rest.startsWith(actor) && actor.length + rest.length <= MAX_SUBJECT ? `${actor}${rest}` : rest;
}

/** A place that owns what a sentence measures (`我国医疗卫生机构数量…`). */
const PLACE = /^(?:我国|我國|中国|中國|全国|全國|全球|国内|國內|全省|全市|我省|我市|本市|本省)/u;
/** A city or region named as the owner (`上海的`) at the opening of a clause. */
const NAMED_PLACE = /^((?:我国|我國|中国|中國|全国|全國|全球|国内|國內|全省|全市|我省|我市|本市|本省|北京|上海|天津|重庆|重慶|深圳|广州|廣州|杭州|南京|苏州|蘇州|武汉|武漢|成都|西安|合肥|长三角|長三角|珠三角|粤港澳大湾区|粵港澳大灣區|京津冀)(?:市|地区|地區)?)的?/u;
/** A subject that ends on a measure (`每万人口卫生技术人员数量`). */
const MEASURE_END = new RegExp(`(?:${MEASURE_HEADS})$`, 'u');

/**
 * `我国医疗卫生机构数量为 100.7 万，每万人口卫生技术人员数量为 73 人`: a measure that names no place, in a
 * clause after one that opens on a place and states a figure, is that place's, as the clause before's measure is.
 */
function withPlace(subject: string, sentence: string, figures: FigureSpan[], index: number): string {
  if (!MEASURE_END.test(subject) || PLACE.test(subject) || subject.length > MAX_SUBJECT - 2) return subject;
  const from = clauseStart(sentence, figures[index].start);
  if (from <= 1) return subject;
  let before = clauseStart(sentence, from - 1);
  let place = PLACE.exec(sentence.slice(before, from - 1).replace(LEADING_FILLER, ''))?.[0];
  // The clause's first figure (figures are few per clause), and whether the clause before states one.
  let first = index;
  while (first > 0 && figures[first - 1].start >= from) first--;
  const stated = first > 0 && figures[first - 1].start >= before;
  // `上海的人工智能核心企業已超過1000傢,泛人工智能企業超過3000傢,人工智能相關產業規模超700億元`: in a run of clauses
  // that each state a figure, a city or region opening the clause two back (上海的) owns the measure too.
  if (!place && stated && before > 1) {
    const further = clauseStart(sentence, before - 1);
    const named = NAMED_PLACE.exec(sentence.slice(further, before - 1).replace(LEADING_FILLER, ''))?.[1];
    if (named && figures.some((figure) => figure.start >= further && figure.start < before - 1)) place = named;
    if (named) before = further;
  }
  // Only words of its own clause: a subject already given an owner from the clause before (`文书访问总量`) keeps it.
  const own = sentence.slice(from, figures[first].start).includes(subject.slice(0, 2));
  return place && stated && own ? `${place}${subject}` : subject;
}

/** A name that opens a clause before its year (`中国移动2020年资本开支预算`). */
const NAME_BEFORE_YEAR = /^([\u4e00-\u9fffA-Za-z]{2,8}?)\s?(?:19|20)\d{2}\s?年/u;
/** A sentence opening on 其中, and the words of its first clause. */
const PART_OPENING = /^\s?其中\s?[，,]?\s?/u;

/** The place or name that owns what the last clauses of `sentence` that state a figure measure (重庆, 中国移动), or ''. */
function statedOwner(sentence: FigureSentence): string {
  let to = sentence.text.replace(/[。！？!?；;\s]+$/u, '').length + 1;
  for (let step = 0; step < 3 && to > 1; step++) {
    const from = clauseStart(sentence.text, to - 1);
    const first = sentence.figures.find((figure) => figure.start >= from && figure.start < to - 1);
    const words = first ? strip(sentence.text.slice(from, first.start)) : '';
    // A name before its year first: a place may open a longer name (中国 in 中国移动).
    const owner = NAME_BEFORE_YEAR.exec(words)?.[1] ?? NAMED_PLACE.exec(words)?.[1];
    if (owner) return owner;
    to = from;
  }
  return '';
}

/**
 * `中国移动2020年资本开支预算为1798亿元。其中，5G相关投资计划约1000亿元`: a sentence opening on 其中 states a part of the
 * whole the sentence before stated; what its first clause measures, naming no place, is the owner's of that whole (a
 * place or a name before its year there), not anyone's.
 */
function ownerOfWhole(subject: string, current: FigureSentence, previous: FigureSentence | undefined): string {
  return previous && ownsNothing(subject, current, PART_OPENING) ? withOwner(statedOwner(previous), subject) : subject;
}

/**
 * Whether `subject` is taken from the words of the first clause after `opening` (`数字产业化绝对额` and its change)
 * and names no place: a subject that may take an owner from before its sentence.
 */
function ownsNothing(subject: string, current: FigureSentence, opening: RegExp): boolean {
  const opened = opening.exec(current.text);
  if (!opened || current.figures.length === 0 || NAMED_PLACE.test(subject)) return false;
  const raw = current.text.slice(opened[0].length, current.figures[0].start);
  const words = tidy(raw);
  return words.length >= 2 && subject.startsWith(words.slice(0, 2)) && !/[，,]/u.test(raw);
}

/** `owner` before `subject`, unless there is none, the subject already names it or it would be too long. */
function withOwner(owner: string, subject: string): string {
  return owner && !subject.includes(owner) && owner.length + subject.length <= MAX_SUBJECT ? `${owner}${subject}` : subject;
}

/** `能耗优化-恒逸石化是中国一家大型化纤生产企业`: a sentence that introduces a firm (after a heading glued on with -). */
const INTRODUCTION = /^\s?(?:[\u4e00-\u9fff]{2,6}[-–—])?([\u4e00-\u9fffA-Za-z]{2,8}?)(?:是|为|為)[^，,。；;]{0,16}?(?:企业|企業|公司|集团|集團)[。；;]?$/u;

/** The firm a sentence introduces (`恒逸石化是中国一家大型化纤生产企业` → 恒逸石化), or ''. */
export function introducedFirm(sentence: string): string {
  return INTRODUCTION.exec(sentence)?.[1] ?? '';
}

/** A sentence opening on the outcome of what the paragraph tells (`最终，`). */
const OUTCOME_OPENING = /^\s?(?:最终|最終|最后|最後)\s?[，,]\s?/u;

/**
 * `能耗优化-恒逸石化是中国一家大型化纤生产企业。…公司以提升燃煤发电效率做为首个突破口，…。最终，燃煤效率提升2.6%`:
 * the outcome of a case a paragraph tells is the outcome for the firm it introduced, though sentences before name it
 * only as 公司 or not at all.
 */
function ownerOfOutcome(subject: string, current: FigureSentence, firm: string | undefined): string {
  return firm && ownsNothing(subject, current, OUTCOME_OPENING) ? withOwner(firm, subject) : subject;
}

/** A sentence opening on 其 and a noun of a group (`其团队`): the group the sentence before names with that noun. */
const ITS_GROUP = /^\s?其(团队|團隊|公司|集团|集團|实验室|實驗室)/u;

/**
 * `…Stephanie Wehner 团队发现…。其团队在今年年初就实现了将粒子发送超过 1.5 公里的距离`: a first clause opening on 其团队
 * is the team the sentence before names (a Latin name, or a short one after 的 or a break); what it measures is that
 * team's. With no such name, or a subject that already says whose it is, the subject stays.
 */
function ownerOfIts(subject: string, current: FigureSentence, index: number, previous: FigureSentence | undefined): string {
  const its = ITS_GROUP.exec(current.text);
  if (!its || !previous || clauseStart(current.text, current.figures[index].start) > 0 || subject.startsWith('其') || subject.includes(its[1])) return subject;
  const named = new RegExp(`((?:[A-Za-z][\\w.-]*\\s)*[A-Za-z][\\w.-]*\\s?|(?<=^|[的，,、\\s])[\\u4e00-\\u9fff]{2,6})${its[1]}`, 'gu');
  const name = [...previous.text.matchAll(named)].pop()?.[1];
  return name && name.length + its[1].length + subject.length <= MAX_SUBJECT ? `${name}${its[1]}${subject}` : subject;
}

/**
 * What figure `index` of a sentence measures. `previous` is the sentence before in the same paragraph; `firm` the last
 * firm the paragraph introduced before this sentence (`introducedFirm`), whose case its outcome is; `actors` the names
 * the report treats as actors' beyond the lexicon of names (`actorNamesOf`).
 */
export function subjectOf(sentence: string, figures: FigureSpan[], index: number, previous?: FigureSentence, firm?: string, actors: readonly string[] = []): string {
  return refinedSubject({ current: { text: sentence, figures }, index, previous, firm, actors, listFrame: true });
}

function refinedSubject(context: SubjectContext): string {
  const { current, index, previous } = context;
  return SUBJECT_REFINEMENTS.reduce((subject, refine) => refine(subject, context), subjectOfFigure(current.text, current.figures, index, previous, true));
}

/** What a refinement of a subject reads besides the subject so far (see `subjectOf`). */
interface SubjectContext {
  current: FigureSentence;
  index: number;
  previous: FigureSentence | undefined;
  firm: string | undefined;
  actors: readonly string[];
  /** Whether an item of a list may take the frame of the item before (off for that item, so the look is one deep). */
  listFrame: boolean;
}

/**
 * The refinements of a subject found from its clause, in the order they apply: each rewrites one shape (a time taken,
 * a quality's label, a 分别 pair, a count of institutions, a quoted 我们, an owner from the text before) and returns
 * any other subject as it is.
 */
const SUBJECT_REFINEMENTS: readonly ((subject: string, context: SubjectContext) => string)[] = [
  (subject, { current, index }) => timeTaken(subject, current, index),
  (subject, { current, index }) => partsComposing(subject, current, index),
  (subject, { current, index }) => measureOfLabel(subject, current, index),
  (subject, { current, index }) => eachOfPair(subject, current, index),
  (subject, { current, index }) => institutionCounted(subject, current.figures[index].unit),
  (subject, { current, index }) => speakerForWe(subject, current, index),
  (subject, { current, previous }) => ownerOfWhole(subject, current, previous),
  (subject, { current, index, previous }) => ownerOfIts(subject, current, index, previous),
  (subject, { current, firm }) => ownerOfOutcome(subject, current, firm),
  (subject, { current, index }) => inCategory(subject, current, index),
  (subject, { current, previous }) => actorGoesOn(subject, current, previous),
  (subject, { current, index, previous }) => hereOfBefore(subject, current, index, previous),
  (subject, { previous }) => wholeOfBefore(subject, previous),
  (subject, { current, index }) => rateCompared(subject, current, index),
  (subject, { current, index }) => beforeChange(subject, current, index),
  (subject, { current, index }) => afterChange(subject, current, index),
  (subject, { current, index }) => plannedBuild(subject, current, index),
  (subject, { current, index }) => wholeMarket(subject, current, index),
  (subject, { current, index }) => deedEchoed(subject, current, index),
  (subject) => plainDeed(subject),
  (subject, { current, index }) => theRest(subject, current, index),
  (subject, { current, index }) => listedOwners(subject, current, index),
  (subject, { current, index }) => actorOfSentence(subject, current, index),
  (subject, { current, index }) => edgeWords(subject, current, index),
  (subject, { current, index }) => degreeReached(subject, current, index),
  (subject, { previous }) => theseOfBefore(subject, previous),
  (subject, { current, index }) => timeToReach(subject, current, index),
  (subject) => measureAchieved(subject),
  (subject, { current, index }) => actorOfFormed(subject, current, index),
  (subject, { current, previous }) => namedJustBefore(subject, current, previous),
  (subject, context) => sharedFrame(subject, context),
  (subject, { current, index, previous }) => topicOwner(subject, current, index, previous),
  (subject, { current, index }) => capacityOf(subject, current, index),
  (subject, { current, index }) => shareOfAmount(subject, current.figures[index].unit),
  (subject, { current, index }) => timesServed(subject, current, index),
  (subject, { current, index }) => ceremonyHeld(subject, current, index),
  (subject, { current, index }) => coveredByTotal(subject, current, index),
  (subject, { current, index }) => measureOfOpening(subject, current, index),
  (subject, { current, index }) => doneAmong(subject, current, index),
  // Last: whatever shape a subject took, one that names no owner takes the one its sentence or the sentence before names.
  (subject, { current, index, previous, actors }) => withNamedOwner(subject, current, index, previous, actors),
  // After the owner: what the counted things do is said before the whole owned noun (表示有意竞拍…的德国制造公司).
  (subject, { current, index }) => countedDoing(subject, current, index),
  // Also after the owner: a bare noun closing a list is what the verb before the list did (签约了…等21个项目).
  (subject, { current, index }) => listedDeed(subject, current, index),
  (subject, { current, index }) => dataGathered(subject, current, index),
  // After the owner: places counted where the clause's topic did something (广睿达的系统实现了规模化应用的城市).
  (subject, { current, index, actors }) => placesOfDeed(subject, current, index, actors),
  // After the owner: the firms or projects a plan supports, with what it supports them in (支持续贷倒贷的企业).
  (subject, { current, index }) => supportedCounted(subject, current, index),
  // Last: a bare noun as the sentence before qualifies it (建5G基站), once its shape is final.
  (subject, { current, index, previous }) => qualifiedBefore(subject, current, index, previous),
  // After all: a short subject of a figure someone estimates says whose estimate it is (建5G基站（邬贺铨估计）).
  (subject, { current, index }) => speakerEstimate(subject, current, index),
  // After its shape is final: the next item of a list of counts is framed as the item before (打造的百亿级企业和…千亿级产业).
  (subject, context) => listedLikeBefore(subject, context),
  // After its shape is final: a deed and the things it made, counted, is said as those things (推荐的融资需求企业).
  (subject, { current, index }) => thingsOfDeed(subject, current, index),
  // After its shape is final: a thing the sentence before gave an owner keeps it (央行企业征信系统单日最高查询次数).
  (subject, context) => ownerOfSameThing(subject, context),
  // Very last: a statement of part of a year says which part (1—11月全省规上工业增加值同比增长), whatever its subject.
  (subject, { current, index, previous }) => partOfYear(subject, current, index, previous),
];

/** A time before, a multiple is measured against (`用户量至少是以前的10倍`): no thing to put in brackets as a baseline. */
const EARLIER_TIME = /^(?:以前|以往|过去|過去|往年|平时|平時|此前|之前|原来|原來)$/u;

/** How many figures of the sentence before are read for the owner they gave a thing. */
const MAX_FIGURES_BEFORE = 8;
/** The shortest thing two subjects must open on alike to be the same thing (`企业征信系统`). */
const MIN_SAME_THING = 4;
/** An owner carried over: a name, not a period, a number, a pair (`网络设备和`), a phrase with 的, nor a quantifier (`全国每个`). */
const CARRIED_OWNER = /^(?:(?![的和与與及、每各全个個])[\u4e00-\u9fffA-Za-z]){2,8}$/u;

/**
 * `…央行征信系统收录…。其中，个人和企业征信系统累计查询量分别为…；个人和企业征信系统单日最高查询次数分别为1445万次、
 * 117万次。`: a subject that opens on the thing (`企业征信系统…`) a figure of the sentence before named with an owner
 * (`央行企业征信系统累计查询量`) is of that owner's thing too, and says so. The sentence before's subjects are built without
 * this pass, so it looks one sentence back, at most `MAX_FIGURES_BEFORE` figures.
 */
function ownerOfSameThing(subject: string, context: SubjectContext): string {
  const { previous } = context;
  if (!context.listFrame || !previous || previous.figures.length === 0) return subject;
  const count = Math.min(previous.figures.length, MAX_FIGURES_BEFORE);
  for (let at = 0; at < count; at++) {
    // Only a figure whose words around it name the thing is worth building a subject for.
    const { start, end } = previous.figures[at];
    if (!previous.text.slice(Math.max(0, start - MAX_CLAUSE), end + MAX_CLAUSE).includes(subject.slice(0, 2))) continue;
    const before = refinedSubject({ ...context, current: previous, index: at, previous: previous.before, listFrame: false });
    for (let from = 2; from <= 8 && from + MIN_SAME_THING <= before.length; from++) {
      const owner = before.slice(0, from);
      if (!CARRIED_OWNER.test(owner) || subject.includes(owner) || before.slice(from, from + MIN_SAME_THING) !== subject.slice(0, MIN_SAME_THING)) continue;
      return `${owner}${subject}`;
    }
  }
  return subject;
}

/** What joins two counted items of a list: `百亿级企业和15个…`, `…企业58户、核心配套企业260户`. */
const LIST_JOINER = /^(?:和|及|与|與|、)$/u;
/** A hedge right before a count (`近2000万件`). */
const HEDGE_END = /(?:近|约|約|超过|超過|逾)$/u;
/** A comma between two counts each after its noun (`可存储中小件商品近2000万件，大件商品30万件`): the verb before the first governs both. */
const CLAUSE_JOINER = /^[，,]$/u;
/** A counted noun standing alone between two counts of a list. */
const LISTED_NOUN = /^[\u4e00-\u9fffA-Za-z“”]{2,12}$/u;

/**
 * `围绕百千万工程打造50个百亿级企业和15个千亿级产业`, `涉及龙头骨干企业58户、核心配套企业260户`: the second count of a
 * list, whose subject is its noun alone, is of the same kind as the first — framed by the same deed and owner — so it
 * takes the first's subject with its own noun (百千万工程打造的千亿级产业, 涉及的核心配套企业). Only for two counts in a
 * row with the same unit, nothing but a noun and a joiner between them, and a first subject that is more than its noun.
 */
function listedLikeBefore(subject: string, context: SubjectContext): string {
  const { current, index } = context;
  const { text, figures } = current;
  if (!context.listFrame || index === 0) return subject;
  const [first, second] = [figures[index - 1], figures[index]];
  if (first.unit !== second.unit || !countsThings(second.unit)) return subject;
  const between = text.slice(first.end, second.start).replace(/\s/gu, '');
  // The noun after each number (`50个百亿级企业和`), or before it (`龙头骨干企业58户、核心配套企业`).
  const after = LIST_JOINER.test(between.slice(-1)) && text.slice(second.end).replace(/^\s/u, '').startsWith(subject) ? between.slice(0, -1) : undefined;
  // Before it, the subject may have taken an owner the first count's subject opens on too (郑州亚一大件商品).
  const listedNoun = between.slice(1);
  const owner = subject.endsWith(listedNoun) ? subject.slice(0, -listedNoun.length) : undefined;
  const before = (LIST_JOINER.test(between[0] ?? '') || CLAUSE_JOINER.test(between[0] ?? '')) && owner !== undefined ? listedNoun : undefined;
  const noun = before ?? subject;
  if ((after === undefined && before === undefined) || !LISTED_NOUN.test(noun)) return subject;
  const framed = refinedSubject({ ...context, index: index - 1, listFrame: false });
  if (!framed.startsWith(owner ?? '')) return subject;
  let firstNoun = after;
  if (firstNoun === undefined) {
    // The first count's noun stands right before it: the longest end of its subject the text there ends with.
    // Past a hedge on the count (`中小件商品近2000万件`).
    const written = text.slice(Math.max(0, first.start - framed.length - 4), first.start).replace(/\s/gu, '').replace(HEDGE_END, '');
    // A subject with its owner written in the text (郑州亚一可存储中小件商品) ends on a first noun at most one character longer than the listed one (中小件商品, 大件商品).
    const longest = owner !== undefined && owner !== '' ? Math.min(framed.length - 1, listedNoun.length + 1) : framed.length - 1;
    for (let length = longest; length >= 2 && firstNoun === undefined; length--) if (written.endsWith(framed.slice(-length))) firstNoun = framed.slice(-length);
  }
  if (firstNoun === undefined || !LISTED_NOUN.test(firstNoun) || !framed.endsWith(firstNoun) || framed.length <= firstNoun.length) return subject;
  // The owner the subject took stays whole in the frame (全国在校大学生 is no frame 全 of 工作五年以内的毕业生).
  if (owner !== undefined && owner !== '' && (!framed.slice(0, -firstNoun.length).startsWith(owner) || framed.length - firstNoun.length === owner.length)) return subject;
  return `${framed.slice(0, -firstNoun.length)}${noun}`;
}

/** Deeds that make, bring in or reach the things (or the money) counted right by them: `推荐融资需求企业2891户`. */
const DEED_ON_COUNTED = /^([\u4e00-\u9fffA-Za-z\d“”]{0,12}?)(推荐|推薦|兑现|兌現|涉及|支持|建成|新建|打造|构建|構建|建立|签约|簽約|引进|引進|培育|部署|投入|投放|上线|上線|发放|發放|覆盖|覆蓋|接入|建设|建設|研发|研發|发布|發布|新增|开设|開設)([\u4e00-\u9fffA-Za-z\d“”「」]{2,14})$/u;
/** What a deed's object is not when it is one of these: a measure of the deed itself (`一个机架建设成本`), or a clause. */
const NOT_DEED_OBJECT = /的|占|佔|为|為|是|^(?:成本|规模|規模|投资|投資|费用|費用|时间|時間|用时|用時)$|^(?:降低|提高|提升|减少|減少|增加|公示)/u;
/**
 * A plan before the deed in its clause (`京东还将计划发布`, `计划到2022年累计建成`) or a will right before it (`年底将累计建成`),
 * which the subject keeps: what is planned is not yet done.
 */
const PLANNED_DEED = /(?:计划|計劃|拟|擬|力争|力爭|争取|爭取)|(?:将|將)(?:继续|繼續|再)?(?=(?:累计|累計)?$)/u;

/**
 * `截至目前共推荐融资需求企业2891户`, `兑现奖励资金9.23亿元`, `騰訊…建成至少2.5萬個7千瓦等效機櫃`: a subject that is a deed
 * and its object (`推荐融资需求企业`) reads as a verb phrase; what the number counts is the object the deed made or
 * reached, so it is said as a noun phrase (`推荐的融资需求企业`, `騰訊建成的等效機櫃`), the actor kept before the deed.
 * Only when the deed stands in the figure's own clause before the number, so it is the deed that counted them; a plan
 * or a will right before it stays (`京东还将计划发布1亿种新品` → 京东计划发布的新品).
 */
function thingsOfDeed(subject: string, current: FigureSentence, index: number): string {
  const deed = DEED_ON_COUNTED.exec(subject);
  // `智能城市的建设模式`: a deed's word right after 的 is a noun.
  if (!deed || NOT_DEED_OBJECT.test(deed[3]) || deed[1].endsWith('的')) return subject;
  const { text, figures } = current;
  const clause = text.slice(clauseStart(text, figures[index].start), figures[index].start);
  const at = clause.indexOf(deed[2]);
  // `可支持 10 余种智能化协议`: what it can support is counted; what a plan supports firms in is another shape (`supportedCounted`).
  if (at < 0 || (deed[2] === '支持' && !/(?:可|可以|能|能够|能夠)\s?$/u.test(clause.slice(0, at)))) return subject;
  const plan = PLANNED_DEED.test(deed[1]) ? '' : PLANNED_DEED.exec(clause.slice(0, at))?.[0] ?? '';
  // `广州…计划到2022年累计建成`: the plan goes before the actor's adverb of the deed (广州计划累计建成).
  const [, actor, adverb] = /^(.*?)((?:累计|累計)?)$/u.exec(deed[1])!;
  return `${actor}${plan}${adverb}${deed[2]}的${deed[3]}`;
}

/** A part of a year a statement is about: from January to a month (`1—11月`, `1月—11月`), `前九个月`, `前三季度`, `第三季度`, `上半年`. */
const YEAR_PART = String.raw`(?:1\s?月?\s?[—–\-~～]\s?1?\d\s?月|前[一二三四五六七八九十\d]{1,2}\s?个?月|(?:前|第)?[一二三四]季度|[上下]半年)`;
/**
 * A clause opening on a part of a year (`1—11月，`, `而在2020年上半年，`, `今年前11个月国内市场…`, `2020年前九个月中，`,
 * `今年一季度的极端情况下，`), or one naming the report of that part the figures come from (`…披露的2020年第三季度市场报告`),
 * or a clause that is only an event's day or period (`在今年“京东11.11”当天，`, `疫情期间，`, `在4G（TD-LTE）商用的第一年，`).
 * Not one in a list of periods (`1—10月、1—11月`), nor a comparison base (`较2019年上半年`), which opens no clause.
 */
const CLAUSE_OF_YEAR_PART = new RegExp(
  String.raw`^\s?(?:而|但|并|並)?(?:在|于|於)?\s?(?:今年|去年|(?:19|20)\d{2}\s?年)?\s?(${YEAR_PART})(?![、\d])|(?:(?:19|20)\d{2}\s?年|今年)\s?(${YEAR_PART})的?[\u4e00-\u9fff]{0,2}(?:数据|數據|报告|報告|财报|財報)(?:显示|顯示)?\s?$|^\s?[“「]?(?:而|但)?(?:在|于|於)?\s?(?:今年|去年|(?:19|20)\d{2}\s?年)?\s?((?:[“「][^”」]{2,10}[”」]|[\u4e00-\u9fffA-Za-z\d.\s]{2,10}?|[\u4e00-\u9fffA-Za-z\d]{2,6}[（(][A-Za-z\d\-]{2,10}[）)][\u4e00-\u9fff]{1,4}?)(?:当天|當天|期间|期間|的?第[一二三四五六七八九十]年))\s?$`,
  'u',
);
/**
 * A clause that sets up another time (`3月份以来`, `截至今年6月`, `11月三大基础电信运营商…`): a part of a year before it no longer
 * holds. Not a record over a number of years (`创下20年以来的新低`), which sets up no time.
 */
const OTHER_TIME = /^\s?(?:而|但)?(?:在|于|從|从|自|到|截至|截止到?)?\s?(?:今年|去年|明年|(?:19|20)\d{2}\s?年|\d{1,2}\s?月)|(?<!(?:^|\D)\d{1,2}\s?年)(?:以来|以來)/u;
/** A subject that already names a part of a year, or a span or day of its own. */
const NAMES_PERIOD = /季度|半年|\d\s?个?月|[一二三四五六七八九十]个?月|单季|單季|全年|同期|当天|當天|当日|當日/u;
/** A sentence going on about the period of the sentence before: `其中，…`, `期内，…`, a contrast with it (`相较之下，…`). */
const GOES_ON = /^\s?(?:其中|期内|期內|同期|相较之下|相較之下|相比之下|相比而言)/u;
/** How far back a part of a year is looked for, across the clauses of a sentence. */
const MAX_PERIOD_REACH = 160;

/**
 * The part of a year the clauses of `text` before `end` are about: the nearest clause opening on one, unless a clause
 * setting up another time comes between (`今年前三季度，…同比增长5.9%，3月份以来，月均增幅达9%` gives the 9% none).
 * `undefined` when another time stops the search; '' when nothing was found within reach.
 */
function yearPartBefore(text: string, end: number): string | undefined {
  const from = Math.max(0, end - MAX_PERIOD_REACH);
  let clauseEnd = end;
  while (clauseEnd > from) {
    let clauseFrom = clauseEnd;
    while (clauseFrom > from && !/[，,；;。：:]/u.test(text[clauseFrom - 1])) clauseFrom--;
    // A clause cut by the reach is no clause opening: stop.
    if (clauseFrom === from && from > 0) return '';
    const clause = text.slice(clauseFrom, clauseEnd);
    const part = CLAUSE_OF_YEAR_PART.exec(clause);
    if (part) return (part[1] ?? part[2] ?? part[3]).replace(/\s/gu, '');
    if (OTHER_TIME.test(clause)) return undefined;
    clauseEnd = clauseFrom - 1;
  }
  return '';
}

/**
 * `1—11月，全省规上工业增加值同比增长2.4%，环比提高1.8个百分点`, `2020年前九个月中，AWS录得…经营利润为99.67亿美元`: a
 * figure of part of a year is not the year's, and its subject says which part, as a writer would (`1—11月全省规上工业增加值
 * 环比提高`). The part may be set up by the sentence before when this one goes on about it (`其中，`, `期内，`, or after a
 * `；`). A figure in brackets (a label's count), a count of the things named after it and a subject naming a period of
 * its own are left.
 */
function partOfYear(subject: string, current: FigureSentence, index: number, previous: FigureSentence | undefined): string {
  const { text, figures } = current;
  const { start, end, unit } = figures[index];
  if (NAMES_PERIOD.test(subject) || insideBracket(text, clauseStart(text, start), start)) return subject;
  // `15个千亿级产业实现营收…`: a count of the things named after it is of what they are, not of a period.
  if (countsThings(unit) && /^\s?[\u4e00-\u9fffA-Za-z\d“「]/u.test(text.slice(end, end + 2))) return subject;
  let part = yearPartBefore(text, start);
  // A year of its own stops the look back; `比去年同期增长` only names the base of a growth, no period of the figure's.
  if (part === '' && previous && !/(?:19|20)\d{2}\s?年|今年|去年(?!同期)/u.test(text.slice(Math.max(0, start - MAX_PERIOD_REACH), start)) && (GOES_ON.test(text) || /[；;]\s?$/u.test(previous.text))) {
    part = yearPartBefore(previous.text, previous.text.length);
  }
  // `2020年2月10日当天,1小时内我们就部署了1万台服务器`: a day frames the time a deed took; it is no part of what is measured.
  if (part && WITHIN_TIME.test(unit) && /(?:当天|當天|期间|期間)$/u.test(part)) return subject;
  return part ? `${part}${subject}` : subject;
}

/**
 * A person named by their title right before speaking (`中国工程院院士邬贺铨表示，`, `部长肖亚庆在…会议上表示，`), as the clause
 * right before a figure's: the name (2–3 characters after the title).
 */
const TITLED_SPEAKER = /(?:院士|董事长|董事長|总裁|總裁|总经理|總經理|首席[\u4e00-\u9fff]{0,3}?师|首席[\u4e00-\u9fff]{0,3}?師|教授|主任|部长|部長|局长|局長|组长|組長|发言人|發言人|理事长|理事長|秘书长|秘書長|创始人|創始人|研究员|研究員|主席|行长|行長|CEO)\s?([\u4e00-\u9fff]{2,3})(?:在[^，,。；;]{1,24}?)?(?:表示|认为|認為|指出|称|稱|透露|预计|預計|估计|估計)\s?[，,：:]\s?$/u;
/** Words that make a clause an estimate, not a statement of what is (`建100万基站应该没有问题`, `预计节省40%左右`). */
const ESTIMATE = /应该|應該|应当|應當|有望|可能|或将|或將|预计|預計|估计|估計|大概/u;
/** Subjects at most this long have room for whose estimate they are and read well with it. */
const SHORT_SUBJECT = 12;

/**
 * `日前，中国工程院院士邬贺铨表示，2021年建100万基站应该没有问题`: a figure in an estimate a named person makes is theirs,
 * not a count of what was done; a short subject says so (建5G基站（邬贺铨估计）). A statement of what is
 * (`董事长杨杰…表示，中国移动已经建成5G基站38.5万个`) and an unnamed speaker (`他举例认为`) are left.
 */
function speakerEstimate(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  const from = clauseStart(text, figures[index].start);
  const speaker = TITLED_SPEAKER.exec(text.slice(Math.max(0, from - MAX_CLAUSE), from))?.[1];
  if (!speaker || subject.length > SHORT_SUBJECT || !ESTIMATE.test(text.slice(from, clauseEnd(text, figures[index].end)))) return subject;
  return `${subject}（${speaker}估计）`;
}

/** Counters of things that can do something or have something happen to them (firms, cities, brands, projects, people). */
const DOER_COUNTERS = new Set(['个', '個', '家', '傢', '户', '戶', '座', '项', '項', '名', '所', '台', '辆', '輛', 'person', 'percent', 'fraction']);
/**
 * `15家制造公司表示有意竞拍5G许可证`, `63%的企业加快数字转型步伐`, `30余台智能快递车已经在常熟市区投入使用`, `1/3人工智能人才集聚上海`: the counted noun
 * (`制造公司`, `企业`) and the predicate of its clause after it — a verb of doing, wanting or undergoing, after framing that says only when or how far (陆续, 已经).
 */
const NOUN_DOING = /^([\u4e00-\u9fffA-Za-z]{2,10}?)\s?(?:均|都|也|还|還)?(?:将|將|会|會)?(?:已经|已經|已|陆续|陸續|正在)?((?:在[^，,。；;的在]{1,8}?)?(?:(?:表示|拥有|擁有|利用|实现|實現|获得|獲得|获批|獲批|完成|使用|采用|採用|加快|加速|集聚|聚集|开展|開展|明确|明確|提出|选择|選擇|被|无法|無法|不能|未能|(?:共同|一起)?推出|与[^，,。；;与與]{1,10}?(?:展开|展開|开展|開展|达成|達成|建立))[^，,。；;：:！？!?（(]{1,14}|(?:投入使用|投入运营|投入運營|(?:是|由)[^，,。；;是由]{1,10}?(?:推动|推動|驱动|驅動|完成))[^，,。；;：:！？!?（(]{0,14}))$/u;
/** `13532个重点品牌的销售增速超300%`: the counted noun and a measure of its that passes a bar, which picks out the ones counted. */
const NOUN_PASSING = new RegExp(`^([\\u4e00-\\u9fffA-Za-z]{2,10}?)的((?:${MEASURE_QUALIFIERS})*(?:${MEASURE_HEADS}|增速|增幅)(?:超过|超過|超|逾|高于|高於)[^，,。；;：:！？!?（(]{1,10})$`, 'u');
/** Units of a time a deed is done within (`24小时达`), which make no amount of the deed. */
const WITHIN_TIME = /^(?:hour|day|minute|second)$/u;
/** The second noun of a pair counted together (`公司和组织`). */
const PAIRED = /^(?:和|与|與|及)[\u4e00-\u9fff]{1,4}$/u;
/** Words before a figure inside a deed that make it a bar the counted things pass (`销售增速超300%`), not an amount of theirs. */
const BAR = /(?:超过|超過|超|逾|高于|高於|不低于|不低於)\s?$/u;

/**
 * `15家制造公司表示有意竞拍…`, `63%的企业加快数字转型步伐`: a count (or a share) of things that its clause says do
 * something counts the ones that do it — 表示有意竞拍…的德国制造公司, 加快数字转型步伐的中国企业占比 — not the noun alone,
 * nor a deed that reads as if it grew by the figure.
 */
function countedDoing(subject: string, current: FigureSentence, index: number): string {
  const { start, end, unit } = current.figures[index];
  if (!DOER_COUNTERS.has(unit)) return subject;
  const clause = current.text.slice(end, clauseEnd(current.text, end));
  // A share counts the noun after it, with or without 的 (`63%的企业`, `全国90%区县实现24小时达`); a counter is part of the
  // figure (`15家`).
  const share = unit === 'percent' || unit === 'fraction';
  const after = share ? /^\s?的?\s?(.*)$/su.exec(clause)?.[1] : clause;
  const doing = after === undefined ? null : NOUN_DOING.exec(after) ?? NOUN_PASSING.exec(after);
  if (!after || !doing) return subject;
  const [, noun, doneBy] = doing;
  // `35%的交通出行将是共享和无人驾驶完成`: what a share will be done by is said as by whom (由共享和无人驾驶完成的交通出行).
  const deed = doneBy.replace(/^是/u, '由');
  // `15个千亿级产业实现营收5140.5亿元`: a deed with an amount of its own is that figure's measure; a bar is not one, nor
  // a time the deed is done within (`90%区县实现24小时达`).
  const deedFrom = end + clause.length - deed.length;
  const amounts = current.figures.filter((figure) => figure.start >= deedFrom && figure.start < end + clause.length && !WITHIN_TIME.test(figure.unit));
  if (amounts.some((figure) => !BAR.test(current.text.slice(deedFrom, figure.start)))) return subject;
  // The subject is the noun with its owner (`德国制造公司`), or already goes on to the deed (`中国企业加快数字转型步伐`).
  const raw = after.slice(noun.length);
  // `19家公司和组织共同推出了…`: the deed is the pair's, though the subject kept only the first noun.
  const pair = noun.startsWith(subject) && PAIRED.test(noun.slice(subject.length));
  const owned = pair ? noun : subject.endsWith(noun) ? subject : subject.endsWith(`${noun}${raw}`) ? subject.slice(0, -raw.length) : undefined;
  if (owned === undefined) return subject;
  // `全球 75% 的企业领导者将利用…`: the place right before a share is its whole's (利用…的全球企业领导者占比).
  const whole = share ? WHOLE_BEFORE_SHARE.exec(current.text.slice(Math.max(0, start - 6), start))?.[1] : undefined;
  const placed = whole === undefined || owned.includes(whole) ? owned : `${whole}${owned}`;
  // `全國共有35所高校獲批…`: 共有 says the count is a total, which the count itself is (獲批…的全國高校).
  const counted = `${deed}的${placed.replace(new RegExp(`(?:共有|共)(?=${noun}$)`, 'u'), '')}${share ? '占比' : ''}`;
  return counted.length <= MAX_SUBJECT ? counted : subject;
}

/** A place right before a share (`全球 75% 的`), whose things the share is of. */
const WHOLE_BEFORE_SHARE = /(全球|全世界|全国|全國|我国|我國|中国|中國)\s?$/u;

/** Nouns of places a count is of (`9个省份`, `38座城市`). */
const PLACE_NOUN = /^\s?(省份|省市|城市|地市|区县|區縣|县市|縣市|国家|國家|地区|地區)/u;
/** The topic of a clause before it says where it did something (`其…系统陆续在…`), with the adverbs before 在 set apart. */
const TOPIC_BEFORE_PLACES = /^\s?([\u4e00-\u9fffA-Za-z]{2,24}?)(?:已经|已經|已|陆续|陸續|先后|先後|相继|相繼)?在[^在，,。；;]*$/u;
/** A deed done in places, right after them to the clause's end (`实现了规模化应用`). */
const DEED_IN_PLACES = /^\s?((?:已经|已經|已)?(?:实现|實現|投入使用|落地|上线|上線|部署|应用|應用|推广|推廣|开通|開通)[^，,。；;]{0,12})$/u;
/** The kind a topic's name ends on (`…分析识别系统`): what `其` + the name is, said short. */
const TOPIC_KIND = /(系统|系統|平台|产品|產品|设备|設備|技术|技術|方案|服务|服務)$/u;

/**
 * `其生态环境智能感知与AI分析识别系统陆续在重庆、…等9个省份38座城市实现了规模化应用`: places counted in a clause whose
 * topic did something in them are the places where it did so — 广睿达的系统实现了规模化应用的省份 (and 城市), with `其` the
 * owner the sentence names before and a long name said by its kind — not the bare noun nor the owner's own cities.
 * Only a topic that names its owner (or `其` and one the sentence names) is taken.
 */
function placesOfDeed(subject: string, current: FigureSentence, index: number, actors: readonly string[]): string {
  const { text, figures } = current;
  const { start, end } = figures[index];
  const from = clauseStart(text, start);
  const topic = TOPIC_BEFORE_PLACES.exec(text.slice(from, start))?.[1];
  const place = PLACE_NOUN.exec(text.slice(end, clauseEnd(text, end)));
  if (!topic || !place) return subject;
  // `9个省份38座城市`: the deed comes after the places of the next count too (and a next count of anything else is no deed).
  const next = figures[index + 1]?.start === end + place[0].length ? figures[index + 1] : undefined;
  const nextPlace = next && PLACE_NOUN.exec(text.slice(next.end, next.end + MAX_CLAUSE));
  if (next && !nextPlace) return subject;
  const placesEnd = next && nextPlace ? next.end + nextPlace[0].length : end + place[0].length;
  const deed = DEED_IN_PLACES.exec(text.slice(placesEnd, clauseEnd(text, placesEnd)))?.[1];
  if (!deed) return subject;
  const owner = topic.startsWith('其') ? ownerNamedBefore(text, from, actors) : undefined;
  const kind = TOPIC_KIND.exec(topic)?.[1];
  const doer = owner && kind ? `${owner}的${kind}` : !topic.startsWith('其') && namesAnOwner(topic, actors) && topic.length <= 10 ? topic : undefined;
  const done = doer && `${doer}${deed}的${place[1]}`;
  return done && done.length <= MAX_SUBJECT ? done : subject;
}

/** A verb of support right before a count, with a plan's word before it (`拟支持`). */
const SUPPORT_BEFORE = /((?:拟|擬|计划|計劃)?(?:支持|扶持|资助|資助))\s?$/u;
/** What a plan supports, and a second kind supported with it (`企业和项目`). */
const SUPPORTED = /^\s?((?:企业|企業|项目|項目|公司|机构|機構|单位|單位|园区|園區)(?:(?:和|与|與|及)(?:企业|企業|项目|項目|公司|机构|機構|单位|單位))?)/u;

/**
 * `支持453户企业续贷倒贷75.7亿元`, `拟支持850户企业和项目`, `支持2家企业进军民营制造业500强`: a count of the firms or projects
 * a verb of support takes counts the ones supported — 支持续贷倒贷的企业, 拟支持的企业和项目 — not a verb fragment
 * (支持企业续贷倒贷) or 支持企业. What they are supported in runs to the clause's end or its next figure; one of a
 * list of aims (`…续贷、…`) is left.
 */
function supportedCounted(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  const { start, end } = figures[index];
  const verb = SUPPORT_BEFORE.exec(text.slice(Math.max(0, start - 6), start))?.[1];
  const noun = verb && subject.startsWith(verb.replace(/^(?:拟|擬|计划|計劃)/u, '')) ? SUPPORTED.exec(text.slice(end, end + MAX_CLAUSE)) : null;
  if (!verb || !noun) return subject;
  const from = end + noun[0].length;
  const to = Math.min(clauseEnd(text, from), figures[index + 1]?.start ?? Infinity);
  // `拟支持850户企业和项目、兑现奖励资金9.23亿元`: a 、 right after the noun closes what is supported.
  const [aim, ...listed] = text.slice(from, to).trim().split('、');
  if (aim && listed.length > 0) return subject;
  const supported = aim.length >= 2 ? `${verb}${aim}的${noun[1]}` : `${verb}的${noun[1]}`;
  return supported.length <= MAX_SUBJECT ? supported : subject;
}

/** Verbs of doing whose objects a list closed by `等N个X` gives (`签约了A，B、C等21个项目`, `引进了A、B等5家企业`, `构建…等16张专题图`). */
const LIST_VERB = '签约|簽約|汇聚|匯聚|接入|引进|引進|培育|建成|构建|構建|搭建|服务|服務|覆盖|覆蓋|吸引|集聚|聚集|孵化|招引';
/**
 * A clause opening, after framing (据悉, 目前) and an owner, on a place or event (`在…大会上`) and such a verb, whose object
 * is a list of names (no 的 or 了 inside, items cut by 、 or ，) ending in 等 right before the count; an item opening on
 * another such verb opens a clause of its own (`汇聚了…数据，构建…等16张专题图`: 构建 takes the list).
 */
const DEED_BEFORE_LIST = new RegExp(
  `(?:^|[，,])(?:据悉|據悉|目前|同时|同時|此外)?[，,]?([\\u4e00-\\u9fffA-Za-z]{2,8}?)?(在[^，,。；;]{2,20}?[上中])?(?:已经|已經|已|累计|累計|共|先后|先後|陆续|陸續)?(${LIST_VERB})了?(?:(?!${LIST_VERB})[^，,。；;：:、的了]{2,30}[，,、])+[^，,。；;：:、的了]{2,30}等\\s?(?:超过|超過|近|约|約)?\\s?$`,
  'u',
);

/** A name alone, up to six characters: no 的, no list, no number. */
const BARE_NAME = /^(?:[\u4e00-\u9fffA-Za-z]{2,6})?$/u;
/** The end of a list right before a count (`…等21个项目`, `…等超过10家`). */
const LIST_CLOSED = /等\s?(?:超过|超過|近|约|約)?\s?$/u;
/** How far back a list closed by 等 is read for the verb that takes it (its items, a place and an owner before). */
const LIST_WINDOW = 400;

/**
 * `在2020中国（太原）人工智能大会上签约了山西先进计算中心…，中电科二所智能制造产业项目等21个项目`: a count closing the
 * list a verb of doing takes counts what that verb did, where and by whom (2020中国（太原）人工智能大会上签约的项目), not
 * the bare noun. Only a bare noun is read so: one that already names its owner or deed reads well.
 */
function listedDeed(subject: string, current: FigureSentence, index: number): string {
  const { start, end, unit } = current.figures[index];
  // Only a count right after 等 closes a list; the list is read back from the nearest break within a window, never from
  // the sentence's start (a line of thousands of statistics read its whole opening again for each: 18,000 took minutes).
  const listed = countsThings(unit) && LIST_CLOSED.test(current.text.slice(Math.max(0, start - 6), start));
  const from = Math.max(0, start - LIST_WINDOW);
  const window = from > 0 ? current.text.slice(from, start).replace(/^[^，,。；;]*/u, '') : current.text.slice(0, start);
  const deed = listed ? DEED_BEFORE_LIST.exec(window) : null;
  if (!deed) return subject;
  const [, owner = '', place = '', verb] = deed;
  if (owner && NOT_A_TOPIC.test(owner)) return subject;
  // The owner pass may already have put the clause's owner before the noun (太原市项目), or a name the sentence gave
  // before the clause (`汇聚了南通…数据，构建…等16张专题图` → 南通专题图): a bare name, kept as the owner.
  const noun = countedNoun(current.text, end);
  const namedBefore = noun && subject.endsWith(noun) ? subject.slice(0, subject.length - noun.length) : undefined;
  if (namedBefore === undefined || (namedBefore !== owner && !(owner === '' && BARE_NAME.test(namedBefore)))) return subject;
  const actor = owner || namedBefore;
  // Without an owner the place reads as one (大会上签约的项目); with one, 在 keeps it a place (太原市在…上签约的项目).
  const named = `${actor}${actor ? place : place.replace(/^在/u, '')}${verb}的${noun}`;
  return named.length <= MAX_SUBJECT ? named : subject;
}

/** A clause opening on gathering (`全量汇聚`, `汇聚了`), and the words right before a count in it: a place that owns the things (not a direction, nor 超过). */
const GATHERING = /^(?:全量|纵向|縱向|横向|橫向)?(汇聚|匯聚|汇集|匯集)了?/u;
const GATHERED_FROM = /(?:^|[、])(?:全量|纵向|縱向|横向|橫向)?(?:(?:汇聚|匯聚|汇集|匯集)了?)?([\u4e00-\u9fff]{0,4}?)\s?(?:超过|超過|逾|近|约|約|多达|多達|共)?\s?$/u;

/**
 * `汇聚了南通75个部门数十亿量级数据`, `全量汇聚市级数十个委办局、纵向十余个区县等多个数据源`: a count of things in a clause that
 * gathers data counts the ones whose data was gathered (数据被汇聚的南通部门), not the bare noun nor the verb before it;
 * an amount of the data itself is the data gathered from them (汇聚的南通75个部门数据).
 */
function dataGathered(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  const { start, end, unit } = figures[index];
  const from = clauseStart(text, start);
  const gathering = countsThings(unit) ? GATHERING.exec(text.slice(from, start)) : null;
  const data = /数据|數據/u.exec(text.slice(end, clauseEnd(text, end)))?.[0];
  if (!gathering || !data) return subject;
  // `75个部门数十亿量级数据`: the noun stops at the next figure.
  const noun = countedNoun(text, end, figures[index + 1]?.start);
  // A count of the data itself is of the data gathered from whom the clause says (汇聚的南通75个部门数据), not bare 南通数据.
  if (noun.includes(data)) {
    const whose = text.slice(from + gathering[0].length, start);
    const gathered = `${gathering[1]}的${whose}${noun}`;
    return /^[^，,。；;：:]{0,12}$/u.test(whose) && gathered.length <= MAX_SUBJECT ? gathered : subject;
  }
  const place = GATHERED_FROM.exec(text.slice(from, start))?.[1] ?? '';
  const named = `${data}被${gathering[1]}的${place}${noun}`;
  return noun && named.length <= MAX_SUBJECT ? named : subject;
}

/** What the counted things are at in a ceremony held somewhere (`項目集中開工儀式在松江經濟開發區舉行`). */
const CEREMONY = /^([\u4e00-\u9fff]{2,6}?)(?:仪式|儀式|典礼|典禮)在([^，,。；;]{2,12}?)(?:举行|舉行|举办|舉辦|隆重举行|隆重舉行)/u;

/**
 * `騰訊長三角人工智能超算中心及產業基地、順絡電子等9個項目集中開工儀式在松江經濟開發區舉行`: a count of things before the
 * ceremony of their deed held at a place counts the things that did it there (在松江經濟開發區集中開工的項目).
 */
/**
 * `2021年，计划新建60万5G基站…。…2021年建100万基站应该没有问题`: a counted noun the sentence before names with a Latin
 * qualifier (5G, AI, IoT) is the same kind of thing when this sentence says it bare: 建5G基站, not any 基站.
 */
/** How far from a figure `qualifiedBefore` reads, in its sentence and from the start of the one before. */
const NEAR = 300;

function qualifiedBefore(subject: string, current: FigureSentence, index: number, previous: FigureSentence | undefined): string {
  // Only a bare noun or a deed and its noun (建基站): a subject with 的 says what it counts in words of its own.
  if (!previous || /[的與与和]/u.test(subject)) return subject;
  const { start, end } = current.figures[index];
  const after = current.text.slice(end, end + MAX_SUBJECT).trimStart();
  // The noun the subject ends on, as written right after the figure (`100万|基站`).
  let noun = '';
  for (let length = Math.min(subject.length, 8); length >= 2 && !noun; length--) if (after.startsWith(subject.slice(-length))) noun = subject.slice(-length);
  if (!noun || !/^[\u4e00-\u9fff]/u.test(noun)) return subject;
  const escaped = noun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const qualified = new RegExp(`(?<![A-Za-z\\d])([A-Za-z][A-Za-z\\d]{0,5}|\\d[A-Za-z][A-Za-z\\d]{0,4})${escaped}`, 'u');
  // The qualifier must be the one the sentence before gives (one, not a list of kinds), and no other this sentence gives.
  // Both read only near the figure: a line of 18,000 statistics must not cost a pass over it per figure.
  const qualifiers = new Set([...previous.text.slice(0, NEAR).matchAll(new RegExp(qualified.source, 'gu'))].map((match) => match[1]));
  if (qualifiers.size !== 1 || qualified.test(current.text.slice(Math.max(0, start - NEAR), end + NEAR)) || subject.length + 4 > MAX_SUBJECT) return subject;
  const [qualifier] = qualifiers;
  return `${subject.slice(0, subject.length - noun.length)}${qualifier}${noun}`;
}

function ceremonyHeld(subject: string, current: FigureSentence, index: number): string {
  const after = current.text.slice(current.figures[index].end).trimStart();
  const ceremony = subject.length >= 2 && after.startsWith(subject) ? CEREMONY.exec(after.slice(subject.length)) : null;
  if (!ceremony) return subject;
  const named = `在${ceremony[2]}${ceremony[1]}的${subject}`;
  return named.length <= MAX_SUBJECT ? named : subject;
}

/** What a count of times is a count of: a thing and the deed done on it, ending the clause (`的人事合同在线签署`). */
const TIMES_DEED = /^\s?的([\u4e00-\u9fffA-Za-z“”]{2,10}?)((?:在线|在線|线上|線上|网上|網上)?(?:签署|簽署|办理|辦理|申请|申請|查询|查詢|访问|訪問|预约|預約))(?=$|[，,。；;])/u;
/** Whom a service supports, right before the count (`支持京东集团超过`). */
const SERVED_NAME = /(?:支持|服务|服務|帮助|幫助)([\u4e00-\u9fffA-Za-z]{2,8}?)\s?(?:超过|超過|逾|近|约|約)?\s?$/u;

/**
 * `已稳定支持京东集团超过 50 万人次的人事合同在线签署`: a count of times (人次, 次) before 的, a thing and a deed on it
 * ending its clause counts that deed, done for whom the service supports (京东集团在线签署人事合同), not the thing.
 */
function timesServed(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  const { start, end, unit } = figures[index];
  if (unit !== 'person-time' && unit !== '次') return subject;
  const deed = TIMES_DEED.exec(text.slice(end));
  if (!deed || !subject.endsWith(deed[1].replace(/[“”]/gu, ''))) return subject;
  const served = SERVED_NAME.exec(text.slice(clauseStart(text, start), start))?.[1] ?? '';
  const named = `${NOT_A_TOPIC.test(served) ? '' : served}${deed[2]}${deed[1]}`;
  return named.length <= MAX_SUBJECT ? named : subject;
}

/** A measure of an amount, which a percent is never the level of (`投资规模`, `销售额`). */
const AMOUNT_MEASURE = /(?:规模|規模|总额|總額|金额|金額|收入|营收|營收|销售额|銷售額)$/u;

/**
 * `…投资规模约达1万亿元，其中大数据中心、5G基础设施、…等投资规模分别约为52%、27%、11%、10%`: a percent whose subject
 * ends on an amount is that amount's share of a whole (我国大数据中心投资规模占比), not its level; a subject saying a share
 * (占) or a change already is left.
 */
function shareOfAmount(subject: string, unit: string): string {
  return unit === 'percent' && AMOUNT_MEASURE.test(subject) && !/[占佔]|比重|份额|份額|增|减|減|降/u.test(subject) && subject.length + 2 <= MAX_SUBJECT ? `${subject}占比` : subject;
}

/** A clause stating a capacity: 具备/具有 … the figures … 的能力 (`该系统具备日均处理 5000 万单、日峰值处理 2 亿单的能力`). */
const CAPACITY_OPENING = /(?:具备|具備|具有)[^，,。；;]*$/u;
const CAPACITY_CLOSING = /^[^，,。；;]*?的?(?:能力)(?=$|[，,。；;])/u;

/**
 * `该系统具备日均处理 5000 万单、日峰值处理 2 亿单的能力`: a figure inside a stated capacity measures that capacity
 * (智能履约决策大脑日均处理能力), not what was done; a subject ending on the verb of the capacity takes 能力.
 */
function capacityOf(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  const { start, end } = figures[index];
  const from = clauseStart(text, start);
  if (!CAPACITY_OPENING.test(text.slice(from, start)) || !CAPACITY_CLOSING.test(text.slice(end))) return subject;
  return /(?:处理|處理|生产|生產|存储|存儲|支持|承载|承載|服务|服務|分拣|分揀|计算|計算|运输|運輸|接入)$/u.test(subject) && subject.length + 2 <= MAX_SUBJECT ? `${subject}能力` : subject;
}

/** A name by its kind: a firm, platform, project, system, site or body (`京东区块链防伪追溯平台`, `中国裁判文书网`). */
const NAME_SUFFIX = '(?:公司|集团|集團|平台|项目|項目|(?<![公联聯电電入上])[网網]|系统|系統|银行|銀行|医院|醫院|大学|大學|研究院|实验室|實驗室|零售|物流|科技)';
/** A place or country that owns what a sentence lists (`全球`, `美国`, `宿迁市`). */
const OWNER_PLACE = '(?:全球|美国|美國|日本|德国|德國|英国|英國|法国|法國|韩国|韓國|印度|欧盟|歐盟|我国|我國|中国|中國|[\u4e00-\u9fff]{2,3}(?:市|省))';
/** What follows a sentence's topic name: its deed (`利用`, `已合作`, `仅用`), not more of a noun. */
const TOPIC_VERB = '(?=已经|已經|已|目前|实现|實現|收录|收錄|拥有|擁有|建成|通过|通過|利用|借助|依托|开展|開展|推出|累计|累計|仅用|僅用|仅|僅|共|还|還|也|正在|将|將|于|於|在|$)';
const TOPIC_NAME = new RegExp(`^(?:[^，,。；;]{1,12}?的|[由经經][^，,。；;]{2,40}?(?:打造|建设|建設|开发|開發|研发|研發|推出)的)?((?:[A-Za-z][A-Za-z\\d\\-]*(?:\\s?[\u4e00-\u9fff]{0,8}?${NAME_SUFFIX})?|[\u4e00-\u9fff“”"]{1,12}?${NAME_SUFFIX}|${OWNER_PLACE})${TOPIC_VERB}|(?:全球|我国|我國)(?=[\u4e00-\u9fff]{2}))`, 'u');
/** A clause that only frames the sentence: when, by whose account, from when (`截至2020年年末`, `根据…的预测`, `4年多时间`). */
const FRAME_CLAUSE = /^(?:目前|当前|當前|如今|现在|現在|同时|同時|此外|另外)$|^(?:截至|截止|据|據|根据|根據|另据|另據|基于|基於)|(?:开始|開始|以来|以來|期间|期間|时间|時間|预测|預測|显示|顯示|表示|认为|認為|透露|获悉|獲悉|方面)$/u;
/** A subject that already names someone: a place, a Latin name or a name by its kind. */
/** Latin words of the field, not names (`AI人才`, `CT影像`, `APP`). */
const LATIN_WORD = '(?:AI|IT|ICT|VR|AR|XR|CT|RNA|DNA|GDP|APP|App|IoT|CPU|GPU|PC|OS|GB|TB|PB|KW|kW|MW|nm)';
const NAMES_SOMEONE = new RegExp(`^(?:${OWNER_PLACE}|全国|全國|国内|國內|全省|全市)|(?<![A-Za-z])(?!${LATIN_WORD}(?![A-Za-z]))[A-Za-z]{2}|${NAME_SUFFIX}(?![商])|^(?:其|该|該|这|這|此|上述)`, 'u');

/** A subject that opens on whose it is: a place, the whole country, or a word referring back (for `topicOwner`). */
const OWNED_SUBJECT = new RegExp(`^(?:${OWNER_PLACE}|全国|全國|国内|國內|全省|全市|其|该|該|这|這|此|上述)`, 'u');

/** Characters between a sentence's topic clause and a figure's clause, at most, for the topic to own the figure. */
const MAX_TOPIC_DISTANCE = 240;
/**
 * The most characters a figure's rules read of one clause, or of the sentence before the figure: longer than any clause
 * or sentence of the reports, so it changes nothing there, but a line of thousands of figures with no comma between them
 * (`打造50个百亿级企业和…`, repeated) is no longer read whole for each of its figures (4,000 of them took 8 s).
 */
export const MAX_CLAUSE_READ = 600;
/** What ends a clause for `clauseUpTo`. */
const CLAUSE_ENDS = /[，,。；;：:]/u;

/** The words of a figure's own clause before it (`start`), read back at most `MAX_CLAUSE_READ` characters. */
export function clauseUpTo(sentence: string, start: number, ends: RegExp = CLAUSE_ENDS): string {
  return sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start).split(ends).at(-1) ?? '';
}

/** The first clause of `text[0, limit)` that is no frame, read clause by clause from the start (not split whole). */
function openingClause(text: string, limit: number): string | undefined {
  for (let from = 0; from < limit; ) {
    let end = from;
    while (end < limit && text[end] !== '，' && text[end] !== ',') end++;
    const clause = text.slice(from, end).trim();
    if (clause.length > 0 && !FRAME_CLAUSE.test(clause)) return clause;
    from = end + 1;
  }
  return undefined;
}

/** The name a sentence's topic clause opens on, with the end of that clause; framing clauses before it are passed over. */
function topicName(text: string, limit: number, ownsFirst?: (name: string, from: number, end: number) => boolean): { name: string; end: number } | undefined {
  let from = 0;
  while (from < limit) {
    let end = from;
    const clauseLimit = Math.min(text.length, from + MAX_CLAUSE_READ);
    while (end < clauseLimit && !/[，,。；;：:]/u.test(text[end])) end++;
    const clause = text.slice(from, end).trim().replace(/^(?:(?:19|20)\d{2}\s?年(?:\s?\d{1,2}\s?月)?(?:年末|年底|底|末)?)/u, '').replace(/^(?:\d{1,2}\s?月\s?\d{1,2}\s?[日号號]|\d{1,2}\s?日)/u, '').replace(/^(?:目前|当前|當前|如今|有报道称|有報道稱|据报道|據報道|据悉|據悉)/u, '').trim();
    if (clause.length > 0 && !(FRAME_CLAUSE.test(text.slice(from, end).trim()) || TIME_PHRASE.test(clause))) {
      // `最为突出的一家独角兽企业为Uptake，该企业…`: a Latin name the clause introduces, taken up by 该企业/该公司 after it.
      const introduced = /(?:为|為|是)([A-Za-z][A-Za-z\d\-]+)$/u.exec(clause)?.[1];
      if (introduced && /^\s?(?:该|該)(?:企业|企業|公司)/u.test(text.slice(end + 1))) return { name: introduced, end };
      // `“京东家医”为用户及家庭提供…`: a quoted name before its deed.
      const quoted = /^([“「][^”」，,]{2,10}[”」])(?=为|為|已|通过|通過|在|将|將|目前|累计|累計|共)/u.exec(clause)?.[1];
      const name = quoted ?? TOPIC_NAME.exec(clause)?.[1]?.trim() ?? bareTopic(clause, text.slice(end + 1, end + 12), (name) => ownsFirst?.(name, from, end) ?? false);
      return name && name.length >= 2 ? { name, end } : undefined;
    }
    from = end + 1;
  }
  return undefined;
}

/** Words that open a clause but name no one (a pronoun, a kind, a measure, a preposition). */
const NOT_A_TOPIC = /^(?:全国|全國|国内|國內|全省|全市|全行业|全行業|我们|我們|他们|他們|它们|它們|两家|兩家|双方|雙方|用户|用戶|企业|企業|行业|行業|全行业|全行業|市场|市場|产业|產業|消费者|消費者|客户|客戶|人们|人們|大家|随着|隨著|在|对|對|为|為|从|從|由|通过|通過|经过|經過|如|据|據|若|如果|虽然|雖然|但|而|并|並|且|其|该|該|这|這|此|每|各|个|個)/u;
/** What follows a clause's grammatical subject: a modal or its deed (`郑州亚一可存储`, `科大讯飞技术覆盖`), or, after a short name, 的 and its measure (`中联重科的“上云”设备`). */
const BARE_DEED = /^(?:([\u4e00-\u9fffA-Za-z]{2,6}?)的(?=[“「\u4e00-\u9fffA-Za-z])|([\u4e00-\u9fffA-Za-z]{2,12}?)(?:可以|可|能够|能夠|已经|已經|已|通过|通過|正在|技术覆盖|技術覆蓋))/u;
/** What a clause after a topic that is only a name opens on: its deed, not more of the noun. */
const TOPIC_GOES_ON = /^\s?(?:已经|已經|已|目前|正在|将|將|也|还|還|则|則|现已|現已|作为|作為)/u;

/**
 * A topic with no name-like ending: a clause that is only a name, before a clause opening on its deed (`京东智能家居京鱼座
 * 生态品牌，已成为…`), or the grammatical subject of a clause before a modal or deed whose first figure's own subject opens on
 * it (`郑州亚一可存储中小件商品近2000万件`, `科大讯飞技术覆盖的独立终端设备超过20亿`).
 */
function bareTopic(clause: string, next: string, ownsFirst: (name: string) => boolean): string | undefined {
  if (NOT_A_TOPIC.test(clause)) return undefined;
  if (/^[\u4e00-\u9fffA-Za-z]{4,16}$/u.test(clause) && TOPIC_GOES_ON.test(next) && !MEASURE_IN.test(clause)) return clause;
  const deed = BARE_DEED.exec(clause);
  const name = deed?.[1] ?? deed?.[2];
  return name && !MEASURE_IN.test(name) && ownsFirst(name) ? name : undefined;
}

/** A topic set against another by 则 (`而 2020 年发布的麒麟 9000 则前进到了 5nm 工艺`, `百度则加大…`). */
const CONTRASTED = /^\s?(?:而|但|但是)?\s?(?:[^，,。；;]{0,16}?的)?([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z\d\s]{1,10}?)\s?(?:则|則)(?![开開])/u;

/**
 * The topic 则 sets against another in the figure's clause or the clause before (`…，而 2020 年发布的麒麟 9000 则前进到了 5nm
 * 工艺，晶体管数量提高了 1.9 倍` → 麒麟 9000晶体管数量提高); a measure before 则 (`增速则…`) is no topic.
 */
function contrastedTopic(text: string, from: number, start: number): { name: string; end: number } | undefined {
  for (const clauseFrom of [from, from > 1 ? clauseStart(text, from - 1) : -1]) {
    if (clauseFrom < 0) continue;
    const name = CONTRASTED.exec(text.slice(clauseFrom, clauseFrom === from ? start : from))?.[1]?.trim();
    if (name && name.length >= 2 && !MEASURE_IN.test(name) && !GENERIC.test(name) && !NOT_A_TOPIC.test(name)) return { name, end: clauseFrom };
  }
  return undefined;
}

/**
 * `京东零售利用智能供应链的技术对3.3万个品牌、超500万种自营商品进行智能预测`, `截至2020年年末，京东区块链防伪追溯平台已合作…，
 * 落链数据超10亿级`: a subject that names no one is the topic's the sentence opens on — a firm, platform, project, place or
 * country before its deed (京东零售自营商品, 京东区块链防伪追溯平台落链数据); a sentence opening on 其 (`目前，其已发展成为…，累计设备
 * 连接数超过1.7亿`) takes the topic of the sentence before (OneNET物联网开放平台累计设备连接数). Passed over: an example or a
 * comparison in the figure's clause (如, 比, 相对), and a clause in between that opens on another name.
 */
function topicOwner(subject: string, current: FigureSentence, index: number, previous: FigureSentence | undefined): string {
  const { text, figures } = current;
  if (OWNED_SUBJECT.test(subject)) return subject;
  const start = figures[index].start;
  const from = clauseStart(text, start);
  if (/(?:如|例如|比如|譬如|比|相对|相對|相比|较|較)/u.test(text.slice(from, start))) return subject;
  // A bare name is a topic only when the first figure of its clause is the name's by its own subject.
  const ownsFirst = (name: string, clauseFrom: number, clauseEnd: number): boolean => {
    const first = figures.findIndex((figure) => figure.start >= clauseFrom && figure.start < clauseEnd);
    // Not when the first figure measures the name itself (`先进制程工艺已经发展到 10nm 以下`: a thing, not its owner).
    const own = first >= 0 && first < index ? subjectOfFigure(text, figures, first, previous, false) : '';
    if (own.startsWith(name) && own.length > name.length + 1) return true;
    // `中国移动已经建成5G基站38.5万个，已经超过全年建设35万个5G基站的目标`: or when the first figure's finished subject
    // names the actor of its own clause (中国移动建成的5G基站), and this figure's clause goes on with no actor of its own.
    const finished = first >= 0 && first < index ? subjectOf(text, figures, first, previous) : '';
    return finished.startsWith(name) && finished.length > name.length + 1 && /^\s?(?:已经|已經|已|并|並|也|还|還)/u.test(text.slice(from, start));
  };
  let topic = topicName(text, from + 1, ownsFirst) ?? contrastedTopic(text, from, start);
  if (!topic) {
    const opening = openingClause(text, from + 1);
    const its = opening !== undefined && /^其(?!中|他|它|余|餘|次|实|實)/u.test(opening);
    const before = its && previous ? topicName(previous.text, previous.text.length) : undefined;
    if (!before) return subject;
    topic = { name: before.name, end: 0 };
  }
  const { name } = topic;
  if (subject.includes(name)) return subject;
  // A topic further back than a few clauses owns nothing here (and a line of thousands of figures costs the same per figure).
  if (from - topic.end > MAX_TOPIC_DISTANCE) return subject;
  // Another name opening a clause between the topic and the figure is the figure's owner, or may be: left as it is
  // (a frame such as `基于…平台` names only what the deed rests on).
  const between = text.slice(topic.end, from).split(/[，,；;]/u).map((clause) => clause.trim());
  if (between.some((clause) => TOPIC_NAME.test(clause) && !FRAME_CLAUSE.test(clause))) return subject;
  // `…品牌，为 230 多家品类、…、4000 多种产品提供服务`: what the topic serves, not what it has (京鱼座…品牌服务的产品).
  const served = /[为為][^，,。；;为為]*$/u.test(text.slice(from, start)) && /^[^，,。；;]*提供[^，,。；;]{0,6}(?:服务|服務)/u.test(text.slice(start));
  // `京东物流` and `物流中心`: a 的 between a name and a subject opening on the name's last word.
  const owned = served ? `${name}服务的${subject}` : name.endsWith(subject.slice(0, 2)) ? `${name}的${subject}` : `${name}${subject}`;
  return owned.length <= MAX_SUBJECT + 4 ? owned : subject;
}

/**
 * `电联共享之后CAPEX（资本性支出）预计节省40%左右，OPEX（运营性支出）每年节省35%左右`: a clause that changes another
 * measure the same way (节省) after a clause opening on a condition (…之后) is under the same condition (电联共享之后OPEX
 * （运营性支出）每年节省). Found on the fresh sample 777001, so tuned on it.
 */
function sharedFrame(subject: string, { current, index, previous }: SubjectContext): string {
  const { text, figures } = current;
  if (index === 0) return subject;
  const from = clauseStart(text, figures[index].start);
  const before = figures[index - 1];
  if (before.start >= from || before.start < clauseStart(text, from - 1)) return subject;
  const frame = /^\s?([\u4e00-\u9fffA-Za-z]{2,8}(?:之后|之後|以后|以後))/u.exec(text.slice(clauseStart(text, from - 1)))?.[1];
  const change = CHANGE.exec(subject)?.[0] ?? /(?:节省|節省|节约|節約)$/u.exec(subject)?.[0];
  if (!frame || !change || subject.includes(frame)) return subject;
  // The figure before as its own clause reads it, unrefined: one step back, never a chain over a long line.
  const other = subjectOfFigure(text, figures, index - 1, previous, false);
  return other.startsWith(frame) && other.endsWith(change) && frame.length + subject.length <= MAX_SUBJECT ? `${frame}${subject}` : subject;
}

/**
 * `…盼达用车采用AliOS共享出行解决方案：车损识别、车部件识别服务。服务准确率、查全率均在95%以上`: a sentence that opens on
 * the word the sentence before ends on (服务) speaks of what that sentence's last clause names (车损识别、车部件识别服务准确率、
 * 查全率). Found on the fresh sample 777001, so tuned on it.
 */
function namedJustBefore(subject: string, current: FigureSentence, previous: FigureSentence | undefined): string {
  if (!previous || current.figures.length === 0 || !current.text.trimStart().startsWith(subject.slice(0, 2))) return subject;
  const last = /([^，,。；;：:]{3,14})[。；;]?\s?$/u.exec(previous.text.slice(-40).trim())?.[1].trim() ?? '';
  const word = /[\u4e00-\u9fff]{2}$/u.exec(last)?.[0];
  if (!word || !/^(?:服务|服務|系统|系統|平台|技术|技術|产品|產品|方案)$/u.test(word) || !subject.startsWith(word) || /\d/u.test(last)) return subject;
  const named = `${last}${subject.slice(word.length)}`;
  return named.length <= MAX_SUBJECT ? named : subject;
}

/** A clause opening on a deed that forms or reaches a level (`形成了千亿电商产业聚集规模`), with no actor of its own. */
const FORMED_OPENING = /^\s?(?:并|並|还|還|也)?(?:形成了?|实现了?|實現了?|达到了?|達到了?)/u;
/** The actor a sentence opens on: a name before 已/已经/正在 and its deed (`宿迁电子商务产业园区已包含`). */
const SENTENCE_ACTOR = /^([\u4e00-\u9fffA-Za-z]{2,12}?)(?:已经|已經|已|正在)(?:包含|拥有|擁有|建成|形成|集聚|聚集|汇聚|匯聚|入驻|入駐|引进|引進)/u;

/**
 * `目前，宿迁电子商务产业园区已包含…的3+2产业集群，培育壮大…特色产业，形成了千亿电商产业聚集规模`: a measure formed in a
 * later clause with no actor is the one's the sentence opens on (宿迁电子商务产业园区电商产业聚集规模); found on the fresh
 * sample 777002.
 */
function actorOfFormed(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  const from = clauseStart(text, figures[index].start);
  if (from <= 1 || !FORMED_OPENING.test(text.slice(from, figures[index].start)) || !MEASURE_END.test(subject) || NAMED_PLACE.test(subject)) return subject;
  const opening = text.slice(0, Math.min(from, 200)).split(/[，,]/u).map((clause) => strip(clause)).find((clause) => clause.length > 0 && !TIME_PHRASE.test(clause) && !/^(?:目前|当前|當前|如今|现在|現在|截至|截止)/u.test(clause));
  const actor = opening ? SENTENCE_ACTOR.exec(opening)?.[1] : undefined;
  return actor ? withOwner(actor, subject) : subject;
}

/**
 * `京东物流实现中国大陆区县覆盖率100%`: 实现 between an owner and its measure only says the level was reached
 * (京东物流中国大陆区县覆盖率).
 */
function measureAchieved(subject: string): string {
  const glued = /^([\u4e00-\u9fffA-Za-z\d]{2,10}?)(?:实现了?|實現了?)([\u4e00-\u9fffA-Za-z\d]{2,16})$/u.exec(subject);
  return glued && MEASURE_END.test(glued[2]) && !CHANGE.test(glued[2]) ? `${glued[1]}${glued[2]}` : subject;
}

/**
 * `美国仅用14年就让…渗透率达到了50%。在大洋彼岸的中国，这一数字更是缩短至9年`: a duration whose subject is a level
 * reached (…达到了50%) is the time it took to reach it (中国电商在互联网用户的渗透率达到50%用时), as the figure it refers to is.
 */
function timeToReach(subject: string, current: FigureSentence, index: number): string {
  if (!DURATIONS.has(current.figures[index].unit) || !/(?:达到|達到)(?:了|瞭)?\s?[\d.]+\s?%$/u.test(subject)) return subject;
  const reached = `${subject.replace(/(达到|達到)(?:了|瞭)/u, '$1')}${/[時達瞭]/u.test(current.text) ? '用時' : '用时'}`;
  return reached.length <= MAX_SUBJECT ? reached : subject;
}

/**
 * `这一个血管从堵到30%发展到70%`: a share reached from a state (从堵到) is the degree of that state of the noun
 * (血管堵的程度); the demonstrative only points at the noun the text spoke of before.
 */
function degreeReached(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  if (figures[index].unit !== 'percent') return subject;
  // `从堵到30%发展到70%`: the second value reached is the degree of the same state.
  const state = /(?:从|從)([\u4e00-\u9fff]{1,2})(?:到|至)\s?(?:[\d.]+\s?%\s?(?:发展|發展|增加|增长|增長|上升)(?:到|至)\s?)?$/u.exec(text.slice(Math.max(0, figures[index].start - 20), figures[index].start))?.[1];
  const noun = /^(?:这一个|這一個|这个|這個|这一|這一|该|該)?([\u4e00-\u9fff]{2,8})$/u.exec(subject)?.[1];
  return state && noun ? `${noun}${state}的程度` : subject;
}

/**
 * `而5G网络的普及将为VR/AR打开天花板。…这些应用程序将创造逾1400亿美元的累计收入`: 这些 before a noun points at the
 * things the sentence before names as a pair or list written with / (VR/AR应用程序创造的累计收入).
 */
function theseOfBefore(subject: string, previous: FigureSentence | undefined): string {
  const these = /^(?:这些|這些)(?=[\u4e00-\u9fffA-Za-z]{2})/u.exec(subject);
  if (!these || !previous) return subject;
  const named = [...previous.text.slice(-200).matchAll(/(?<![A-Za-z\d])([A-Za-z][A-Za-z\d]{0,7}(?:\/[A-Za-z][A-Za-z\d]{0,7})+)(?![A-Za-z\d])/gu)].pop()?.[1];
  const said = named ? `${named}${subject.slice(these[0].length)}` : subject;
  return said.length <= MAX_SUBJECT ? said : subject;
}

/** A modal before the deed (`可支持`): it says the deed can be done, no part of what is counted. */
const MODAL_DEED = /^(?:可以|可|能够|能夠)(?=(?:支持|实现|實現|满足|滿足|处理|處理|提供|覆盖|覆蓋|连接|連接|存储|存儲|容纳|容納|接入|兼容)[\u4e00-\u9fffA-Za-z“]{2})/u;

/**
 * Words at a subject's edge that frame it and say nothing of what is measured: a modal before a deed (`可支持智能化协议`
 * → 支持智能化协议), 在 opening an event's scope (`在“618”和“11.11”活动中平均响应时间` → “618”和“11.11”活动中平均响应时间),
 * 共 before a deed (`共推荐融资需求企业`), and 时隔 cut into a deed (`英特尔时隔重返独显市场` → 英特尔重返独显市场前相隔的时间).
 */
function edgeWords(subject: string, current: FigureSentence, index: number): string {
  let plain = subject.replace(MODAL_DEED, '');
  const scope = /^(?:在|於|于)([“「][^，,。；;]{2,16}?(?:中|期间|期間|内|內))(?=[\u4e00-\u9fffA-Za-z]{2})/u.exec(plain);
  if (scope) plain = plain.slice(1);
  plain = plain.replace(/^(?:共|共计|共計)(?=推荐|推薦|推送|签约|簽約|帮助|幫助|支持|培育|引进|引進)/u, '');
  const gap = DURATIONS.has(current.figures[index].unit) ? /^([\u4e00-\u9fffA-Za-z\d]{2,10}?)(时隔|時隔|相隔)([\u4e00-\u9fffA-Za-z\d]{2,12})$/u.exec(plain) : null;
  // The gap is the time since the deed was last done; a subject ending on 时隔 never says what it measures.
  if (gap) plain = `${gap[1]}${gap[3]}前相隔的时间`;
  return plain.length >= 2 ? plain : subject;
}

/**
 * `5G将带动就业`, `腾讯将投`, `数字孪生将服务于物件`: 将 after a short actor only says “will”, no part of what is measured
 * (5G带动就业); money an actor puts in is its investment (腾讯投资), and what an actor serves is said with 的 (数字孪生服务的物件).
 */
function plainDeed(subject: string): string {
  const will = /^([\u4e00-\u9fffA-Za-z\d]{2,8}?)(?:将|將)(?=[\u4e00-\u9fff]{1,2})/u.exec(subject);
  if (!will || /(?:将|將)$/u.test(will[1])) return subject;
  const rest = subject.slice(will[0].length);
  if (/^(?:投|投資|投资)$/u.test(rest)) return `${will[1]}${/[資]/u.test(rest) ? '投資' : '投资'}`;
  const served = /^(服务|服務)(?:于|於)([\u4e00-\u9fffA-Za-z]{2,})$/u.exec(rest);
  if (served) return `${will[1]}${served[1]}的${served[2]}`;
  return rest.length >= 2 ? `${will[1]}${rest}` : subject;
}

/** `除核酸检测试剂盒外其余9种`, `其他3个行业`: the rest of what a figure before counts, after what is set apart. */
const THE_REST = /^(?:除[^，,。；;外]{1,14}外)?(?:其余|其餘|其他|其它)/u;

/**
 * `推动生产国家重点监测的10种重要防护用品，除核酸检测试剂盒外其余9种形成省内批量生产能力`: the rest counts the noun the
 * figure before with the same counter counts, and what the rest does says which they are; what is set apart (除…外) says
 * which of the whole's they are (形成省内批量生产能力的重要防护用品（10种中除核酸检测试剂盒外）). `其他3个行业平稳增长` after
 * `4个主导行业`: the rest of those (其他主导行业).
 */
function theRest(subject: string, current: FigureSentence, index: number): string {
  const rest = THE_REST.exec(subject);
  if (!rest) return subject;
  const { text, figures } = current;
  const counter = figures[index].unit;
  let whole = '';
  let wholeCount = '';
  for (let at = index - 1; at >= Math.max(0, index - 8) && !whole; at--) {
    if (figures[at].unit !== counter) continue;
    whole = countedNoun(text, figures[at].end, figures[at + 1]?.start);
    wholeCount = text.slice(figures[at].start, figures[at].end).replace(/\s/gu, '');
  }
  const setApart = /^除[^，,。；;外]{1,14}外/u.exec(rest[0])?.[0];
  const word = rest[0].slice(setApart?.length ?? 0);
  const said = subject.slice(rest[0].length);
  if (whole.length < 2) return setApart === undefined ? subject : `${word}${said}`;
  const own = countedNoun(text, figures[index].end);
  // The count's own noun (行业) is in the whole's (主导行业): the rest of those; else what the rest does says which.
  if (own.length >= 2 && whole.includes(own.slice(0, 2))) return `${word}${whole}`;
  if (said.length < 2 || said.length + whole.length + word.length + 1 > MAX_SUBJECT) return `${word}${said}`;
  // What is set apart names the rest outright: those of the whole counted before but it (…重要防护用品（10种中除核酸检测试剂盒外）).
  return setApart === undefined ? `${said}的${word}${whole}` : `${said}的${whole}（${wholeCount}中${setApart}）`;
}

/**
 * `广东、江苏、浙江、…、重庆等省市的5G基站建设数量超2万个`: a measure of the places or firms a list names (…等省市) is of
 * those listed, not of all 省市: the first items are kept before 等 (广东、江苏、浙江等省市的5G基站建设数量).
 */
function listedOwners(subject: string, current: FigureSentence, index: number): string {
  const kind = /^([\u4e00-\u9fff]{1,4})的/u.exec(subject)?.[1];
  if (!kind) return subject;
  const { text, figures } = current;
  const clause = text.slice(clauseStart(text, figures[index].start), figures[index].start);
  const listed = new RegExp(`([^，,。；;：:]+)等${kind}的`, 'u').exec(clause)?.[1];
  const items = listed ? listed.split('、').map((item) => item.trim()) : [];
  if (items.length < 2 || items.some((item) => !/^[\u4e00-\u9fffA-Za-z]{2,8}$/u.test(item))) return subject;
  for (let count = Math.min(3, items.length); count >= 1; count--) {
    const named = `${items.slice(0, count).join('、')}等${subject}`;
    if (named.length <= MAX_SUBJECT) return named;
  }
  return subject;
}

/**
 * `京东 C2M 反向供应将产品需求调研时间减少了 75%，新品上市周期缩短了 67%`; `帮助中和农信把农村小额贷款风控效果提升了一倍，…，
 * 将传统的3天放贷时间缩短为10分钟`: a later clause that changes a measure and names no actor of its own goes on with the
 * actor of the 把/将 clause before it (京东 C2M 反向供应使新品上市周期缩短, 中和农信放贷时间).
 */
function actorOfSentence(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  const from = clauseStart(text, figures[index].start);
  if (from <= 1 || NAMED_PLACE.test(subject) || !(CHANGE.test(subject) || /(?:时间|時間|周期|週期|天数|天數)(?:缩短|縮短)?$/u.test(subject))) return subject;
  const own = tidy(text.slice(from, figures[index].start)).replace(/^(?:同时|同時)?(?:将|將|把)/u, '');
  if (own.length < 2 || !own.includes(subject.slice(0, 2))) return subject;
  // The clauses just before, bounded: a line of megabytes costs the same per figure.
  const before = text.slice(Math.max(0, from - 200), from);
  const helped = /(?:帮助|幫助|使得|使|让|讓)([\u4e00-\u9fffA-Za-z]{2,8})(?:将|將|把)/u.exec(before)?.[1];
  if (helped) return withOwner(helped, subject);
  const disposing = before.split(/[，,；;]/u).map((clause) => /^\s?([^，,。；;]{2,14}?)\s?(?:将|將|把)[^，,。；;]{2,}/u.exec(clause)?.[1]?.trim() ?? '').find((actor) => actor && DISPOSER.test(actor) && !ACTION.test(actor));
  return disposing && !subject.includes(disposing) && disposing.length + subject.length + 1 <= MAX_SUBJECT ? `${disposing}使${subject}` : subject;
}

/** `而 PC 品类中，`: a first clause that sets the category the sentence's figures are of (a 品类, 类目 or 类别). */
const CATEGORY_OPENING = /^\s?(?:而|在|其中)?\s?([A-Za-z\d\u4e00-\u9fff][A-Za-z\d\u4e00-\u9fff\s]{0,8}?)\s?(品类|品類|类目|類目|类别|類別)(?:中|里|裡|内|內)\s?[，,]/u;

/**
 * `而 PC 品类中，反向定制产品成交额同比增长 491%`: a figure after a first clause that names a category is that category's
 * (PC品类反向定制产品成交额同比增长); without it the growth reads as all custom-made products'.
 */
function inCategory(subject: string, current: FigureSentence, index: number): string {
  const category = CATEGORY_OPENING.exec(current.text);
  if (!category || current.figures[index].start < category[0].length) return subject;
  return withOwner(`${category[1].replace(/\s+/gu, '')}${category[2]}`, subject);
}

/** A sentence that opens on the deed of an actor it does not name (`累计主导发行了…`). */
const ACTORLESS_OPENING = /^\s?(?:累计|累計|共计|共計|还|還|并|並|同时|同時)(?!.{0,2}(?:数据|數據|显示|顯示))/u;
/** `截至2020年6月末，京东科技累计为12万家企业提供…`: the actor a clause opens on, before 为/向/给 or its deed. */
const ACTOR_OPENING = /^([\u4e00-\u9fffA-Za-z]{2,8}?)(?:累计|累計|已经|已經|已|共|还|還)?(?:为|為|向|给|給)[^，,。；;]{1,16}?(?:提供|服务|服務)/u;

/**
 * `京东科技累计为12万家企业提供…服务；累计主导发行了超过140支应收款项资产证券化产品，总规模超过1,600亿元`: a sentence
 * that goes on after a semicolon with a deed and no actor is the deed of the actor the sentence before opens on; its
 * figures are that actor's (京东科技应收款项资产证券化产品总规模).
 */
function actorGoesOn(subject: string, current: FigureSentence, previous: FigureSentence | undefined): string {
  if (!previous || !/[；;]\s?$/u.test(previous.text)) return subject;
  // `Uptake通过采集…，对设备商卡特彼勒，提供故障预报服务…；对于工程机械用户提供流程优化服务，…为每辆机车节省…`: a sentence
  // opening on whom a service is for goes on listing the services of the topic the sentence before opens on.
  if (SERVED_OPENING.test(current.text) && !NAMES_SOMEONE.test(subject)) {
    const topic = topicName(previous.text, Math.min(previous.text.length, 200));
    return topic ? withOwner(topic.name, subject) : subject;
  }
  if (!ACTORLESS_OPENING.test(current.text)) return subject;
  const clauses = previous.text.slice(0, 200).split(/[，,]/u).map((clause) => strip(clause)).filter((clause) => !TIME_PHRASE.test(clause) && !/^(?:截至|截止|到)/u.test(clause));
  const actor = clauses.length > 0 ? ACTOR_OPENING.exec(clauses[0])?.[1] : undefined;
  return actor ? withOwner(actor, subject) : subject;
}

/** A sentence opening on whom its service is for, with no actor (`对于工程机械用户提供流程优化服务`). */
const SERVED_OPENING = /^\s?(?:对于|對於|对|對|为|為|向)[^，,。；;]{1,16}?提供/u;

/**
 * `整個島上集聚瞭將近90多傢企業…。到2020年年底,…在此辦公的科研人員將超過7000人`: 此 after 在 is the place the sentence
 * before opens with (在整個島上辦公的科研人員), as it is in that sentence.
 */
function hereOfBefore(subject: string, current: FigureSentence, index: number, previous: FigureSentence | undefined): string {
  if (!previous || !/^(?:在|於|于)此/u.test(subject)) return subject;
  const place = /^\s?([\u4e00-\u9fff]{2,6}?(?:上|内|內|里|裡))/u.exec(previous.text)?.[1];
  const here = place ? `${subject[0]}${place}${subject.slice(2)}` : subject;
  return here.length <= MAX_SUBJECT && current.figures[index] ? here : subject;
}

/** A plan to build or open what a count counts (`计划在…新建6个AWS区域、18个可用区`): the count is planned, not had. */
const PLANNED_BUILD = /(?:计划|計劃|拟|擬)[^，,。；;：:]{0,30}?(新建|建设|建設|建成|开设|開設|部署|增设|增設)((?:[^，,。；;：:、]*、)*)[^，,。；;：:、\d]{0,4}$/u;

/**
 * `AWS目前有…77个可用区，并已公布计划在澳大利亚、…和瑞士新建6个AWS区域、18个可用区`: a count a plan would build keeps the plan
 * (计划新建可用区, AWS's by the topic rule after), or it reads as what is built already.
 */
function plannedBuild(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  const start = figures[index].start;
  const plan = PLANNED_BUILD.exec(text.slice(clauseStart(text, start), start));
  if (!plan || !countsThings(figures[index].unit) || /计划|計劃|拟|擬|新建|建设|建設|建成|开设|開設|部署|增设|增設/u.test(subject)) return subject;
  const planned = `计划${plan[1]}${subject}`;
  return planned.length <= MAX_SUBJECT ? planned : subject;
}

/** What a change from one value to another says after the first value (`从55分钟缩短到27秒`). */
const CHANGED_TO = /^\s?(缩短|縮短|降低|减少|減少|下降|压缩|壓縮|提升|提高|增加|增长|增長|扩大|擴大|上升)(?:到|至|为|為)/u;

/**
 * `智能算法使新冠病毒RNA分析时间从55分钟缩短到27秒`: the value after 从 is the measure before the change, not the one the
 * change reached (新冠病毒RNA分析时间（缩短前）); a value after 从 dated by its own year (`从2019年的11.7GB`) is told apart by it.
 */
function beforeChange(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  const figure = figures[index];
  const next = figures[index + 1];
  const changed = CHANGED_TO.exec(text.slice(figure.end, figure.end + 8));
  if (!changed || !next || !/[从從]\s?$/u.test(text.slice(Math.max(0, figure.start - 2), figure.start))) return subject;
  // The value reached follows the change at once, in the same kind of unit.
  if (next.start - figure.end > changed[0].length + 3 || DURATIONS.has(figure.unit) !== DURATIONS.has(next.unit)) return subject;
  return markedChange(subject, `${changed[1]}前`, text, figure);
}

/** The agent a clause opens on that made a change (`智能算法|使|新冠病毒RNA分析时间从…`). */
const CHANGE_AGENT = /^\s?([\u4e00-\u9fffA-Za-z]{2,8}?)(?:使得|使|让|讓)/u;

/**
 * `subject` marked as the measure before or after a change (`（缩短后）`), with the agent that made it when the clause opens on
 * one (`智能算法使…从55分钟缩短到27秒`: 新冠病毒RNA分析时间（智能算法缩短后）) — without it the time reads as the analysis's in
 * general. `from` is the figure the change starts from.
 */
function markedChange(subject: string, change: string, text: string, from: FigureSpan): string {
  // The agent's words are the text's own and short (≤ 8): they never make a subject too long that fits without them.
  if (subject.length + change.length + 2 > MAX_SUBJECT + 4) return subject;
  const agent = CHANGE_AGENT.exec(text.slice(clauseStart(text, from.start), from.start))?.[1] ?? '';
  return `${subject}（${agent}${change}）`;
}

/**
 * `…分析时间从55分钟缩短到27秒`: the value a change reached is the measure after it; without saying so the subject reads
 * as the measure all along, and cannot be told from the value before (新冠病毒RNA分析时间（缩短后）, as `beforeChange`).
 */
function afterChange(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  const from = figures[index - 1];
  if (!from || !/[从從]\s?$/u.test(text.slice(Math.max(0, from.start - 2), from.start))) return subject;
  const changed = CHANGED_TO.exec(text.slice(from.end, figures[index].start));
  // Only the value right after the change's verb, in the same kind of unit as the one it started from.
  if (!changed || from.end + changed[0].length + 1 < figures[index].start || DURATIONS.has(from.unit) !== DURATIONS.has(figures[index].unit)) return subject;
  return markedChange(subject, `${changed[1]}后`, text, from);
}

/**
 * `在9月10日，中国电信和中国联通共建共享一周年的时间点上，…，到11月，共建共享的基站增长到33万`: a subject opening on a deed
 * (共建共享) the sentence names before after its actors takes those actors (中国电信和中国联通共建共享的基站).
 */
function deedEchoed(subject: string, current: FigureSentence, index: number): string {
  if (NAMES_SOMEONE.test(subject)) return subject;
  const deed = /^([\u4e00-\u9fff]{4,6}?)的/u.exec(subject)?.[1];
  if (!deed) return subject;
  const { text, figures } = current;
  const from = clauseStart(text, figures[index].start);
  const at = text.slice(0, from).indexOf(deed);
  if (at < 2) return subject;
  const actors = strip(text.slice(clauseStart(text, at), at)).replace(/^(?:在|于|於)?(?:\d{1,2}月\d{1,2}日|(?:19|20)\d{2}年)?/u, '');
  if (!/^[\u4e00-\u9fffA-Za-z]{2,8}(?:和|与|與|及)[\u4e00-\u9fffA-Za-z]{2,8}$/u.test(actors) && !TOPIC_NAME.test(actors)) return subject;
  const owned = `${actors}${subject}`;
  return owned.length <= MAX_SUBJECT ? owned : subject;
}

/** A share of a place's whole (`三者总和占中国总体`). */
const SHARE_OF_WHOLE = /^(.+[占佔])((?:中国|中國|我国|我國|全国|全國|全球))(?:总体|總體|整体|整體)$/u;

/**
 * `2020年中国大数据技术与服务市场中收益前三的行业依次是金融…、政府…以及通信，三者总和占中国总体的50%以上`: the whole is the
 * place's market the sentence names before (…占中国大数据技术与服务市场), not all of the place.
 */
function wholeMarket(subject: string, current: FigureSentence, index: number): string {
  const share = SHARE_OF_WHOLE.exec(subject);
  if (!share) return subject;
  const market = new RegExp(`${share[2]}([\u4e00-\u9fffA-Za-z]{2,14}?(?:市场|市場))`, 'u').exec(current.text.slice(0, current.figures[index].start))?.[1];
  const whole = market ? `${share[1]}${share[2]}${market}` : subject;
  return whole.length <= MAX_SUBJECT + 4 ? whole : subject;
}

/** A measure compared with another place or the whole (`全省规上工业增加值高于全国`). */
const LEVEL_COMPARED = /^(.{2,}?)((?:高于|高於|低于|低於|快于|快於|慢于|慢於)[\u4e00-\u9fff]{1,6})$/u;

/**
 * `全省规上工业增加值同比增长2.4%，环比提高1.8个百分点，高于全国0.1个百分点`: percentage points above another place are
 * the gap of the growth rate a clause before states in percent, not of the level (全省规上工业增加值同比增速高于全国).
 */
function rateCompared(subject: string, current: FigureSentence, index: number): string {
  const compared = LEVEL_COMPARED.exec(subject);
  if (!compared || current.figures[index].unit !== 'percentage-point' || /增长|增長|增速|增幅|率|占|佔|比重/u.test(compared[1])) return subject;
  const { text, figures } = current;
  for (let before = index - 1; before >= 0; before--) {
    if (figures[before].unit !== 'percent') continue;
    const clause = text.slice(clauseStart(text, figures[before].start), figures[before].start);
    const growth = /(同比|环比|環比)?(?:增长|增長|增速|增幅)/u.exec(clause);
    if (!growth || !clause.includes(compared[1].slice(-2))) return subject;
    const rated = `${compared[1]}${growth[1] ?? ''}增速${compared[2]}`;
    return rated.length <= MAX_SUBJECT ? rated : subject;
  }
  return subject;
}

/** `整個島上`, `整个园区内`: the whole of a place a sentence names only by its kind. */
const WHOLE_OF = /(?:整个|整個)([\u4e00-\u9fff]{1,2}?)(?:上|内|內|里|裡)?(?=[\u4e00-\u9fff])/u;

/**
 * `上海浦東張江人工智能島,如今已成為…。整個島上集聚瞭將近90多傢企業`: the whole place a sentence names by its kind is the one
 * the sentence before opens on, a name ending in that kind (上海浦東張江人工智能島集聚企業); with no such name it stays. A
 * sentence before that names it by its kind too (`整個島上…。到2020年年底,…在此辦公的科研人員`) passes the name on from the one before it.
 */
function wholeOfBefore(subject: string, previous: FigureSentence | undefined): string {
  const whole = WHOLE_OF.exec(subject);
  if (!whole || !previous) return subject;
  const namer = previous.before && WHOLE_OF.exec(previous.text)?.[1] === whole[1] ? previous.before : previous;
  const name = /^\s?([\u4e00-\u9fffA-Za-z]{2,16}?)\s?[，,]/u.exec(namer.text)?.[1];
  if (!name || !name.endsWith(whole[1]) || name.length <= whole[1].length + 1) return subject;
  const named = subject.replace(whole[0], name);
  return named.length <= MAX_SUBJECT ? named : subject;
}

/** `雲南的一個客戶`, `重慶客戶`: a speaker named by a place, whose quoted 我们 is that place. */
const PLACED_SPEAKER = /([\u4e00-\u9fff]{2})(?:的)?(?:一個|一个|一位)?(?:客戶|客户)(?=[^“「]*(?:告訴|告诉|說|说|表示)[^“「]*[“「][^”」]*$)/u;

/**
 * `他曾跟雲南的一個客戶交流,這位客戶告訴他:“我們這邊基本上晚你們上海3、4年很正常。”`: 我们 in a quotation stands for
 * the place of the speaker named before it, and 你们 for the listener's, said by its name (雲南晚上海的時間); a pronoun
 * alone names nothing a reader can find.
 */
function speakerForWe(subject: string, current: FigureSentence, index: number): string {
  const we = /^(?:我们|我們)(?:这边|這邊|这里|這裡)?(?:基本上|大概|大约|大約)?/u.exec(subject);
  if (!we) return subject;
  const before = current.text.slice(0, current.figures[index].start);
  const quote = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'));
  const place = quote > 0 && !/[”」]/u.test(before.slice(quote)) ? PLACED_SPEAKER.exec(before)?.[1] : undefined;
  if (!place || /^(?:這位|这位|一個|一个|一位)$/u.test(place)) return subject;
  const said = `${place}${subject.slice(we[0].length).replace(/你们|你們/gu, '')}`;
  return DURATIONS.has(current.figures[index].unit) ? `${said}的${/[這個們會時]/u.test(before) ? '時間' : '时间'}` : said;
}

/** Counters of institutions: what they count is a firm, a hospital or a school, not what it does. */
const INSTITUTION_COUNTERS = new Set(['家', '傢', '户', '戶', '所']);
/** `医院门诊预约`, `工业企业获得贷款支持`: an institution (with the words that qualify it) and what it does or offers after it. */
const INSTITUTION_DOING = /^((?:(?![有在为為是])[\u4e00-\u9fffA-Za-z\d“”+]){0,8}?(?:企业|企業|公司|医院|醫院|高校|学校|學校|门店|門店|银行|銀行|机构|機構|工厂|工廠))((?![及和与與、])[^的]{2,12})$/u;

/**
 * `超过2700家医院门诊预约`, `743户工业企业获得贷款支持`: a count of institutions whose words go on past the institution
 * counts the institutions; what they do or offer is said before them (门诊预约的医院, 获得贷款支持的工业企业).
 */
function institutionCounted(subject: string, unit: string): string {
  const doing = INSTITUTION_COUNTERS.has(unit) ? INSTITUTION_DOING.exec(subject) : null;
  // `支持453户企业续贷倒贷`: words opening on the act of a plan are about its aim, not institutions that do something.
  return doing && !MEASURE_IN.test(doing[2]) && !HEADLESS.test(doing[1]) && !ACTION.test(doing[1]) ? `${doing[2]}的${doing[1]}` : subject;
}

/** The two items of a pair `X和Y…` (和, 与, 及), each with the words after the pair they share. */
function pairItems(subject: string): [string, string] | undefined {
  const joined = /^([\u4e00-\u9fffA-Za-z\d]{2,}?)(?:和|与|與|及)([\u4e00-\u9fffA-Za-z\d]{3,})$/u.exec(subject);
  if (!joined) return undefined;
  const [, left, right] = joined;
  // `央行征信系统个人和企业征信系统…`: a word before the first item repeated after the second (征信系统) opens what they share;
  // the words before it are a frame (whose systems they are), no part of either item.
  for (let length = 4; length >= 2; length--) {
    for (let at = left.length - length - 2; at >= 0; at--) {
      const common = left.slice(at, at + length);
      const shared = right.indexOf(common, 1);
      const first = left.slice(at + length);
      if (/^[\u4e00-\u9fff]+$/u.test(common) && shared >= 2 && shared <= 4 && first.length >= 2 && first.length <= 4) return [`${first}${right.slice(shared)}`, right];
    }
  }
  // `个人和企业征信系统累计查询量`: a first item of two to four characters is as long as the second (企业), and the rest is shared.
  if (/^[\u4e00-\u9fff]{2,4}$/u.test(left) && /^[\u4e00-\u9fff]+/u.test(right) && right.length >= left.length + 2) return [`${left}${right.slice(left.length)}`, right];
  return undefined;
}

/**
 * `个人和企业征信系统单日最高查询次数分别为1445万次、117万次`: with 分别, two values of a subject that opens on a pair
 * are one item's each (个人征信系统单日最高查询次数, 企业征信系统单日最高查询次数), the words after the pair shared.
 */
function eachOfPair(subject: string, current: FigureSentence, index: number): string {
  const { text, figures } = current;
  const from = clauseStart(text, figures[index].start);
  if (!/分别|分別/u.test(text.slice(from, figures[index].start)) || /[、，,]/u.test(subject)) return subject;
  const { first, last } = respectiveRun(current, index, from);
  const items = last === first + 1 && index <= last ? pairItems(subject) : undefined;
  return items ? items[index - first] : subject;
}

/** Qualities a label names as an adjective (`高可靠`), measured by the noun in 性 (可靠性). */
const QUALITY_ADJECTIVE = /^(?:可靠|可用|稳定|穩定|安全|实时|實時|灵活|靈活)$/u;

/**
 * `低时延：…•高可靠：99.999%•同步精度：百纳秒级`: a label praising a quality (高可靠, 低时延) is no measure; the value after its
 * colon measures the quality itself (可靠性, 时延).
 */
function measureOfLabel(subject: string, current: FigureSentence, index: number): string {
  const label = /(?:^|[•·，。；,;\s])([高低大小])([\u4e00-\u9fff]{2,3})\s?[：:]\s?$/u.exec(current.text.slice(Math.max(0, current.figures[index].start - 8), current.figures[index].start));
  if (!label || subject !== `${label[1]}${label[2]}`) return subject;
  return QUALITY_ADJECTIVE.test(label[2]) ? `${label[2]}性` : label[2];
}

/**
 * `1小时内我们就部署了1万台服务器`: a duration whose subject ends on what was done in it is the time that took
 * (部署1万台服务器用时), not the deed; the deed is said without its aspect words (了, 已经), as a measure is named.
 */
function timeTaken(subject: string, current: FigureSentence, index: number): string {
  if (!DURATIONS.has(current.figures[index].unit) || /(?:时间|時間|用时|用時|耗时|耗時|时长|時長)$/u.test(subject)) return subject;
  // `英特尔时隔22年重返独显市场`: a gap between two events is no time anything took; `10大功能的15分钟步行圈`: after 的,
  // the duration describes the noun (a circle one walks in 15 minutes), no deed.
  const before = current.text.slice(Math.max(0, current.figures[index].start - 3), current.figures[index].start);
  if (/(?:时隔|時隔|相隔|间隔|間隔|的)\s?$/u.test(before)) return subject;
  const deed = durationPredicate(current, index);
  if (deed.length < 2 || !subject.endsWith(deed)) return subject;
  const plain = deed.replace(/^(?:已经|已經|已)/u, '').replace(/(?<=[\u4e00-\u9fff])(?:了|瞭)(?=[\u4e00-\u9fffA-Za-z\d])/gu, '');
  const traditional = /[\u4e00-\u9fff]/u.test(subject) && /[時處計]/u.test(current.text);
  // `提前两个月完成…任务`: a time right after 提前 is how much earlier than due the deed was done, not the time it took.
  if (/(?:提前|提早)\s?$/u.test(before)) return `${subject.slice(0, subject.length - deed.length).replace(/^(?:提前|提早)/u, '')}${plain}${traditional ? '提前的時間' : '提前的时间'}`;
  // `实现最快15分钟送货上门`: 实现 only says the deed was done.
  const taken = `${subject.slice(0, subject.length - deed.length).replace(/^(?:实现|實現)/u, '')}${plain}${traditional ? '用時' : '用时'}`;
  return taken.length <= MAX_SUBJECT ? taken : subject;
}

/** `由76个可被探测的光子所组成的“量子计算机”`: after a count right after 由, the parts counted (1) and what they make up (2). */
const PARTS_COMPOSING = /^\s?([^，,。；;由]{2,16}?)所?(组成|組成|构成|構成)的[“「]?([\u4e00-\u9fffA-Za-z]{2,10})[”」]?/u;

/**
 * `由76个可被探测的光子所组成的“量子计算机”`: a count of parts something is made of says what they make up (组成量子计算机的
 * 可被探测的光子), as a writer would — the bare parts (可被探测的光子) are no one machine's.
 */
function partsComposing(subject: string, current: FigureSentence, index: number): string {
  const { start, end } = current.figures[index];
  if (!/由\s?$/u.test(current.text.slice(Math.max(0, start - 2), start))) return subject;
  const parts = PARTS_COMPOSING.exec(current.text.slice(end, end + 40));
  return parts && subject.endsWith(parts[1]) ? `${parts[2]}${parts[3]}的${parts[1]}` : subject;
}

/** A sentence opening, past 目前, on the thing it tells of and a deed of it (`目前无人矿卡完成了…的测试`): the thing (1). */
const THING_OPENING = /^\s?(?:目前|当前|當前|如今)?\s?([\u4e00-\u9fff]{2,6}?)(?:已经|已經|已)?(?:完成了?|实现了?|實現了?)/u;

/**
 * `目前无人矿卡完成了…全流程的测试，时速可以达到20公里`: a bare measure opening a later clause of a sentence about one thing is
 * that thing's (无人矿卡时速), as the sentence goes on about it.
 */
function measureOfOpening(subject: string, current: FigureSentence, index: number): string {
  const { start } = current.figures[index];
  const from = clauseStart(current.text, start);
  const thing = THING_OPENING.exec(current.text)?.[1];
  if (thing === undefined || from === 0 || !/^[\u4e00-\u9fff]{2,3}$/u.test(subject) || !current.text.startsWith(subject, from)) return subject;
  return `${thing}${subject}`;
}

/** `减轻了采购人员在`: who acts among the things counted, right before 在 (1). */
const ACTOR_AMONG_BEFORE = /(?:^|[了的，,])([\u4e00-\u9fff]{2,6})在\s?$/u;
/** `SKU商品间补货的`: the things (1) among which a deed (2) is done, after the count. */
const AMONG_AFTER = /^\s?([\u4e00-\u9fffA-Za-z]{2,8}?)(?:之间|之間|间|間)([\u4e00-\u9fff]{2,4}?)(?=的|[，,。；;]|$)/u;

/**
 * `极大地减轻了采购人员在数千种SKU商品间补货的繁重工作`: things counted as those a deed is done among are the ones the actor
 * does it for (采购人员补货的SKU商品), not a stock of their own.
 */
function doneAmong(subject: string, current: FigureSentence, index: number): string {
  const { start, end } = current.figures[index];
  const actor = ACTOR_AMONG_BEFORE.exec(current.text.slice(Math.max(0, start - 10), start))?.[1];
  const among = AMONG_AFTER.exec(current.text.slice(end, end + 20));
  return actor === undefined || among === null || !subject.endsWith(among[1]) ? subject : `${actor}${among[2]}的${among[1]}`;
}

/** A list after 包括 the figure is an item of, up to it. */
const INCLUDED_BEFORE = /(?:包括|包含)[^，,。；;：:]{0,24}$/u;
/** `…、20个主题共800多类公共数据`: after a list's item, the total of what the items take in, and its noun (1). */
const COVERED_TOTAL_AFTER = /^[^，,。；;：:]{0,24}?共\s?[\d.]+\s?多?\s?(?:类|類|项|項|条|條|种|種)\s?([\u4e00-\u9fff]{2,8})/u;

/**
 * `包括48个市级部门、20个主题共800多类公共数据`: the items of a list closed by the total of what they take in are what that
 * total covers (公共数据涵盖的主题), not things of their own.
 */
function coveredByTotal(subject: string, current: FigureSentence, index: number): string {
  const { start, end } = current.figures[index];
  if (!INCLUDED_BEFORE.test(current.text.slice(Math.max(0, start - 30), start))) return subject;
  const covered = COVERED_TOTAL_AFTER.exec(current.text.slice(end, end + 40))?.[1];
  return covered === undefined || subject.includes(covered) ? subject : `${covered}${/[類項條種]/u.test(current.text) ? '涵蓋' : '涵盖'}的${subject}`;
}

/** A deed of building or joining and the words of its object before the number (`构建|市域治理`), no verb among them. */
const GATHERING_DEED = /^(?:构建|構建|承载|承載|打通|编目|編目|接入|连接|連接|搭建)([\u4e00-\u9fffA-Za-z“”]{2,12})$/u;

const MEASURE_HEAD_START = new RegExp(`^(?:${MEASURE_HEADS})`, 'u');

/**
 * The owner a bare measure takes from the topic before: the topic without its own measure (`累计访问量` → 工商登记公示系统),
 * but all of it when the bare measure is a rate of that same measure written short (`电商直播用户规模达3.09亿，…，规模增速
 * 达16.7%`: 规模 is the users' 规模, so 电商直播用户规模增速, not 电商直播规模增速).
 */
function measureOwner(topic: string, measure: string): string {
  const head = MEASURE_HEAD_START.exec(measure)?.[0];
  const rest = head ? measure.slice(head.length) : '';
  if (head && rest.length >= 2 && RATE_OF.test(rest) && topic.endsWith(head) && topic.length > head.length) return topic.slice(0, -head.length);
  return topic.replace(MEASURE, '') || topic;
}

/** `subjectOf`; `listed` lets a list item borrow the owner of the item before it, one level deep (a long list stays linear). */
function subjectOfFigure(sentence: string, figures: FigureSpan[], index: number, previous: FigureSentence | undefined, listed: boolean): string {
  const { end, unit } = figures[index];
  const found = resolveThis(resolveIts(subjectAt({ text: sentence, figures }, index, previous, 0), sentence, figures[index].start, previous), sentence, figures[index].start, previous);
  // A duration keeps its verbs: they say what took the time (`形成日产3万只N95口罩的产能`).
  // `力争形成100亿元增量拉动`: with only framing before the number, what it forms is what follows it.
  const formedAlone = FRAMING_VERB.test(found) && found.replace(FRAMING_VERB, '') === '' ? tidy(sentence.slice(end, clauseEnd(sentence, end)).replace(NOUN_END, '')) : '';
  // `推动65个投资亿元以上重点工业项目投产达产，力争形成100亿元增量拉动`: a short effect formed is of what the clause before acts on.
  const formedBy = formedAlone.length >= 2 && formedAlone.length <= 4 ? ownerBefore({ text: sentence, figures }, clauseStart(sentence, figures[index].start)) : '';
  const formed = formedBy.length >= 2 && formedBy.length + formedAlone.length <= MAX_SUBJECT ? `${formedBy}${formedAlone}` : formedAlone;
  // `智能算法使新冠病毒RNA分析时间从55分钟缩短到27秒`: what makes a measure change is no part of the measure.
  const caused = /^[\u4e00-\u9fffA-Za-z]{2,10}?(?:使得|使|让|讓|令)([\u4e00-\u9fffA-Za-z]{2,}(?:时间|時間|周期|週期))$/u.exec(found)?.[1] ?? (MEASURE_END.test(found) ? /^[\u4e00-\u9fffA-Za-z]{2,10}?(?:使得|使|让|讓|令)([\u4e00-\u9fffA-Za-z]{2,})$/u.exec(found)?.[1] : undefined);
  // `整個島上集聚瞭將近90多傢企業…。到2020年年底,企業數會超過100傢`: a bare count of a noun the sentence before counts
  // is the count of those, where and as that sentence says (整個島上集聚企業數).
  const countOf = /^([\u4e00-\u9fff]{2,4})(數|数)$/u.exec(found);
  if (countOf && previous) {
    for (let at = previous.figures.length - 1; at >= Math.max(0, previous.figures.length - 8); at--) {
      if (previous.figures[at].unit !== unit) continue;
      const counted = subjectAt(previous, at, undefined, MAX_BORROW - 1);
      if (counted.endsWith(countOf[1]) && counted.length > countOf[1].length && counted.length < MAX_SUBJECT) return `${counted}${countOf[2]}`;
    }
  }
  const placed = withPlace(caused ?? (DURATIONS.has(unit) ? found : formed.length >= 2 ? formed : unframed(unplanned(found, { text: sentence, figures }, index, previous))), sentence, figures, index);
  const subject = achieved(lent(byWay(overdue(shareOfSame(shareWithoutOwner(granted(deal(unhedged(placed), sentence, end), sentence, end), sentence, figures, index, previous), sentence, figures, index, previous), sentence, figures, index), sentence, end), sentence, end, unit));
  // `中国电信和中国联通共建共享一周年的时间点上，两家宣布已经建成了30万5G基站`: 两家 are the pair the sentence named before.
  const pair = /^(?:两家|兩家|双方|雙方)(?=[\u4e00-\u9fffA-Za-z\d]{2})/u.exec(subject);
  if (pair) {
    const named = [...sentence.slice(Math.max(0, figures[index].start - 200), figures[index].start).matchAll(/([\u4e00-\u9fffA-Za-z]{2,6}?)(?:和|与|與)([\u4e00-\u9fffA-Za-z]{2,6}?)(?=共建|共同|合作|联合|聯合|签署|簽署|达成|達成|宣布)/gu)].pop();
    const rest = subject.slice(pair[0].length);
    if (named && named[1].length + named[2].length + rest.length + 1 <= MAX_SUBJECT) return `${named[1]}和${named[2]}${rest}`;
  }
  // `由…光子所组成的“量子计算机”，…相当于目前最强超算6亿年的计算能力，速度比后者快一百万亿倍`: 后者 is the second of the
  // two things the sentence compares, the one after 相当于/比; the measure is the first one's (the quoted name), against it.
  const latter = /^((?:运算|運算|计算|計算|处理|處理)?(?:速度|性能|效率|算力))比(?:后者|後者)(?:快|高|强|強|大)$/u.exec(subject);
  if (latter) {
    const before = sentence.slice(Math.max(0, clauseStart(sentence, figures[index].start) - 200), clauseStart(sentence, figures[index].start));
    const other = [...before.matchAll(/(?:相当于|相當於|比)([\u4e00-\u9fffA-Za-z]{2,10}?)(?=\d|[一二三四五六七八九十百千万亿]+[年倍秒个個]|的|，|,)/gu)].pop()?.[1];
    const first = /[“「]([^”」]{2,12})[”」]/u.exec(before)?.[1] ?? '';
    if (other && first.length + latter[1].length + other.length + 4 <= MAX_SUBJECT) return `${first}${latter[1]}（相对${other}）`;
  }
  // `该系统具备日均处理 5000 万单、日峰值处理 2 亿单的能力`: a measure listed after 、 with only a qualifier of its own
  // (日峰值处理) has the owner of the item before it (智能履约决策大脑日均处理).
  const item = listed && index > 0 ? /^\s?、\s?([^，,。；;、]+)$/u.exec(sentence.slice(figures[index - 1].end, figures[index].start))?.[1] : undefined;
  if (item && tidy(item) === subject && new RegExp(`^(?:${MEASURE_QUALIFIERS}|日|月)+[\\u4e00-\\u9fff]{1,4}$`, 'u').test(subject)) {
    const before = subjectOfFigure(sentence, figures, index - 1, previous, false);
    const owner = new RegExp(`^([\\u4e00-\\u9fffA-Za-z\\d“”]{2,}?)(?:${MEASURE_QUALIFIERS}|日|月)+[\\u4e00-\\u9fff]{1,4}$`, 'u').exec(before)?.[1];
    if (owner && before.slice(-2) === subject.slice(-2) && owner.length + subject.length <= MAX_SUBJECT) return `${owner}${subject}`;
  }
  // `用目前最先进的超级计算机需要计算一万年，而量子计算机只用了二百秒`: a duration spent whose words name only who spent
  // it is that one's time (最先进的超级计算机计算用时, 量子计算机用时).
  const spent = DURATIONS.has(unit) ? /(?:需要|只用了|只用|仅用了|仅用|僅用了|僅用|用了|花了)\s?(计算|計算|处理|處理)?\s?$/u.exec(sentence.slice(Math.max(0, figures[index].start - 8), figures[index].start)) : null;
  // `一个人要看完所有视频大约需要100多年`: 要 before the deed only says it must be done.
  const deedSpent = subject.replace(/(?<=[\u4e00-\u9fff])(?<![需重主只想还還])要(?=[\u4e00-\u9fff]{2})/u, '');
  if (spent && /^[\u4e00-\u9fffA-Za-z“”"\s]{2,20}$/u.test(deedSpent) && !/(?:时间|時間|耗时|耗時|用时|用時|周期|週期|时长|時長|天数|天數|完成|实现|實現|要|从|從|到)|(?:计算|計算|处理|處理)$/u.test(deedSpent)) {
    return `${deedSpent}${spent[1] ?? ''}用${/[時處計]/u.test(sentence) ? '時' : '时'}`;
  }
  // `2020年三季度全球云市场增长33%，达到365亿美元`: a sum of a market is its size, not the market.
  if (MONEY.has(unit) && /(?:市场|市場)$/u.test(subject) && subject.length + 2 <= MAX_SUBJECT) return `${subject}${subject.endsWith('市場') ? '規模' : '规模'}`;
  return unit === 'qubit' ? qubitCount(subject, sentence, figures[index].start) : subject;
}

/**
 * `Advantage系统具有超过5000个量子比特`, `Google 的一台 54 量子比特的量子计算原型机`: a qubit count is the count of a
 * machine; say so when the words name only the machine (before the count or after it and 的), with its maker when
 * the sentence names one in Latin letters before the count and the words do not (`Xanadu，…推出…12个量子比特的光量子计算机`).
 */
function qubitCount(subject: string, sentence: string, start: number): string {
  const counted = /比特/u.test(subject) ? subject : `${subject}的量子比特数`;
  const maker = [...sentence.slice(0, start).matchAll(/[A-Za-z][A-Za-z\d]+/gu)].pop()?.[0];
  const made = maker !== undefined && !counted.includes(maker) ? `${maker}${counted}` : counted;
  return made.length <= MAX_SUBJECT ? made : counted.length <= MAX_SUBJECT ? counted : subject;
}

/** `中国集成电路设计业销售额预计为3819.4亿元，…，预计在全球集成电路产品销售收入中的占比接近13%`: a share said only by
 * its whole is the share of the sentence's first sum or count. */
function shareWithoutOwner(subject: string, sentence: string, figures: FigureSpan[], index: number, previous: FigureSentence | undefined): string {
  const whole = /^在([^，,。在]{2,20}?)中的?(?:占比|佔比|比重|份额|份額)$/u.exec(subject)?.[1];
  const first = whole ? figures.findIndex((figure, at) => at < index && figure.unit !== 'percent' && figure.unit !== 'percentage-point') : -1;
  const owner = first >= 0 ? subjectAt({ text: sentence, figures }, first, previous, MAX_BORROW - 1) : '';
  return whole && owner.length >= 2 && !/[占佔]/u.test(owner) ? `${owner}占${whole}` : subject;
}

/** `中国5G基站的总量会占全球的60%~70%，但事实上，到9月份中国的5G基站总量已经超过60%`: a share of the same measure as a
 * share before it in the sentence has the same whole; the month it was reached at its edge says when, not what. */
function shareOfSame(subject: string, sentence: string, figures: FigureSpan[], index: number, previous: FigureSentence | undefined): string {
  if (figures[index].unit !== 'percent' || /[占佔比率]/u.test(subject)) return subject;
  for (let at = index - 1; at >= 0; at--) {
    if (figures[at].unit !== 'percent') continue;
    const before = /^(.{2,}?)[占佔]([^占佔]{2,8})$/u.exec(subjectAt({ text: sentence, figures }, at, previous, MAX_BORROW - 1));
    const head = before ? before[1].replace(/的/gu, '').replace(/(?:会|會|将|將|可|能|大约|大約|约|約)+$/u, '').slice(-2) : '';
    if (before && head && subject.replace(/的/gu, '').endsWith(head)) return `${subject.replace(/^(?:到|至)?\d{1,2}\s?月份?(?:底|末)?/u, '')}占${before[2]}`;
    return subject;
  }
  return subject;
}

/** `逾期90天、120天以上账款`: a bracket of arrears is the time the debts are overdue, not the overdue alone. */
function overdue(subject: string, sentence: string, figures: FigureSpan[], index: number): string {
  if (!/^(?:逾期|延迟|延遲|拖欠)$/u.test(subject) || !DURATIONS.has(figures[index].unit)) return subject;
  const noun = /^\s?(?:以上|以下)?(?:、\s?[\d一二三四五六七八九十百]+\s?天(?:以上|以下)?)*\s?(账款|賬款|贷款|貸款|欠款)/u.exec(sentence.slice(figures[index].end))?.[1];
  return noun ? `${noun}${subject}天数` : subject;
}

/** `有33万个5G基站以共建共享的方式建成`: what is counted is the things built that way, not the things and the way apart. */
function byWay(subject: string, sentence: string, end: number): string {
  const way = /^([\u4e00-\u9fffA-Za-z\d]{2,12}?)以([\u4e00-\u9fff]{2,6})$/u.exec(subject);
  const verb = way ? new RegExp(`^\\s?[\\u4e00-\\u9fffA-Za-z\\d]{0,12}?以${way[2]}的?方式([\\u4e00-\\u9fff]{1,3}?)(?:[，,。；;]|$)`, 'u').exec(sentence.slice(end))?.[1] : undefined;
  return way && verb ? `以${way[2]}方式${verb}的${way[1]}` : subject;
}

/** `可以给到企业100万-200万元信用类贷款`: a sum right before the kind of money is that money, given as the words before say. */
function lent(subject: string, sentence: string, end: number, unit: string): string {
  if (unit !== 'CNY' && unit !== 'USD') return subject;
  const money = /^\s?([\u4e00-\u9fff]{0,4}?(?:贷款|貸款|补贴|補貼|补助|補助|奖励|獎勵))/u.exec(sentence.slice(end))?.[1];
  const given = subject.replace(/^(?:可以|可|能够|能夠|能)/u, '');
  return money && !subject.includes(money) && /^(?:给到|給到|给予|給予|发放|發放|提供)/u.test(given) && given.length + money.length < MAX_SUBJECT ? `${given}的${money}` : subject;
}

/** The last measure named with its owner in `text` (`…全省规上工业增加值分别同比增长…` → 全省规上工业增加值), or ''. */
function lastMeasure(text: string): string {
  let last = '';
  for (const run of text.matchAll(/[\u4e00-\u9fff]{2,}/gu)) {
    const measure = new RegExp(`([\\u4e00-\\u9fff]{2,12}?)(?:${MEASURE_HEADS})(?!化)`, 'u').exec(run[0].replace(/^.*(?:是|為|为|的|月|年)(?=[\u4e00-\u9fff]{4})/u, ''));
    if (measure) last = measure[0];
  }
  return last;
}

/** `全行业实现营业利润986.5亿元`, `AWS录得净收入为326.28亿美元`: what an owner achieved is its measure; the verb says nothing of it. */
const ACHIEVED = new RegExp(`^([^，,。；;]{2,}?)(?:实现了?|實現了?|完成了?|录得|錄得)((?:营业|營業)?(?:${MEASURE_QUALIFIERS})*(?:${MEASURE_HEADS})(?!化))`, 'u');
function achieved(subject: string): string {
  // `每单下派时间可节约30秒`: a modal before the change at the end only says it can be so.
  return subject.replace(ACHIEVED, '$1$2').replace(/(?<=[\u4e00-\u9fffA-Za-z）)]{2})(?:可以|可|能够|能夠|能)(?=(?:节约|節約|节省|節省|提升|提高|降低|减少|減少|缩短|縮短|增加)$)/u, '');
}

/** `經濟總量約占全國1/4`: a hedge before 占 says how exact the value is, not what it measures. */
function unhedged(subject: string): string {
  return subject.replace(/(?<![预預节節契合制条條])(?:大约|大約|[约約])(?=[占佔])/u, '');
}

/**
 * `对红帽的340亿美元收购`: a sum before a deal is the deal's price; the subject says which deal and that the sum is its
 * amount (对红帽的收购金额), so a multiple of the sum (`几乎是红帽第二年预期收入的51倍`) reads as the price's, not the deal's.
 */
function deal(subject: string, sentence: string, end: number): string {
  const target = /^(?:对|對)([\u4e00-\u9fffA-Za-z]{1,10})$/u.exec(subject)?.[1];
  const kind = target ? /^\s?(收购|收購|并购|併購|投资|投資|入股)/u.exec(sentence.slice(end))?.[1] : undefined;
  return target && kind ? `对${target}的${kind}${/[購資]/u.test(kind) ? '金額' : '金额'}` : subject;
}

/** `按不超过项目总投资40%给予资助`: the share is of what is granted, against the base after 按; a bound says it is the upper limit. */
function granted(subject: string, sentence: string, end: number): string {
  const base = /^(?:按|按照)(不超过|不超過|最高|最多)?([\u4e00-\u9fffA-Za-z]{2,12})$/u.exec(subject);
  const grant = base ? /^\s?(?:的比例)?(?:给予|給予|予以|进行|進行)(资助|資助|补助|補助|补贴|補貼|奖励|獎勵|支持)/u.exec(sentence.slice(end))?.[1] : undefined;
  return base && grant ? `${grant}占${base[2]}的比例${base[1] ? '上限' : ''}` : subject;
}

/** Deeds that change an amount by a share (`减少了30%的人工`): the share is the change, not a part of what was done. */
const CHANGED_BY = /^(?:增加|增長|增长|减少|減少|降低|提升|提高|下降|上升|缩短|縮短|扩大|擴大|增多)$/u;

/** Counters of how often something is done, and the word for the count they make of it (深度交流轮数). */
const OCCURRENCE_COUNTERS: Partial<Record<string, string>> = { 轮: '轮数', 輪: '輪數', 次: '次数' };

/** A one-character deed of building or setting up (`建100万基站`, `装2万台`), which opens a subject as a longer deed does. */
const BUILT = /^(?:建|造|装|裝|设|設|开|開)$/u;

function subjectAt(current: FigureSentence, index: number, previous: FigureSentence | undefined, depth: number): string {
  const { text: sentence, figures } = current;
  const { start, end, unit, level } = figures[index];
  // `人工智能将为全球GDP带来14%的额外提升，相当于15.7万亿美元的增长`, `…记录的视频数据量，相当于1000亿张图片`: a value
  // that only restates the clause before (相当于 opening its clause) measures what that clause's figure or measure does.
  const ownClause = clauseStart(sentence, start);
  if (depth < MAX_BORROW && ownClause > 1 && /^\s?(?:约|約|大约|大約)?(?:相当于|相當於|等于|等於)\s?$/u.test(sentence.slice(ownClause, start))) {
    const clauseBefore = clauseStart(sentence, ownClause - 1);
    if (index > 0 && figures[index - 1].start >= clauseBefore) {
      const restated = subjectAt(current, index - 1, previous, depth + 1);
      if (restated) return restated;
    }
    const stated = tidy(sentence.slice(clauseBefore, ownClause - 1));
    const noFigure = index === 0 || figures[index - 1].end <= clauseBefore;
    if (noFigure && /(?:量|额|額|规模|規模|值)$/u.test(stated) && stated.length <= MAX_SUBJECT) return stated;
  }
  // `推进占比50%以上重点培育的50户百亿级企业稳产增产`: a share written before the number, with 以上 and no 的 after it,
  // is the share of the firms or the industry the words after it name (重点培育的百亿级企业占比).
  if ((unit === 'percent' || unit === 'fraction') && /(?:占比|佔比)\s?$/u.test(sentence.slice(clauseStart(sentence, start), start))) {
    const those = /^\s?(?:以上|以下)(?!的)([\u4e00-\u9fff]{0,8}的)?\s?(?:\d+\s?[户戶家个個])?([\u4e00-\u9fff]{2,8}?(?:企业|企業|行业|行業|产业|產業|公司|城市|地区|地區))/u.exec(sentence.slice(end));
    if (those) return `${those[1] ?? ''}${those[2]}占比`;
  }
  // `63%的企业加快数字转型`, `54 量子比特的量子计算原型机`: the words after `的` say what it counts.
  // `占比70%以上的哈大齐`: 以上/以下/左右 before 的 only bound the value.
  const of = /^\s?(?:以上|以下|左右)?的/u.exec(sentence.slice(end, end + 4));
  if (of) {
    const after = sentence.slice(end + of[0].length, clauseEnd(sentence, end + of[0].length)).replace(/^\s?[“「]?/u, '').replace(NOUN_END, '').trim();
    // `对站点周围1-3公里的大气污染源进行不间断监控`: a distance around a place is the radius of what is done there, not
    // the things within it.
    const around = unit === 'km' || unit === 'm' ? /((?:(?![对對在地])[\u4e00-\u9fffA-Za-z]){2,8})(周围|周圍|周边|周邊|附近|方圆|方圓)\s?$/u.exec(sentence.slice(clauseStart(sentence, start), start)) : null;
    const doneAround = around ? /(?:监控|監控|监测|監測|检测|檢測|覆盖|覆蓋|巡检|巡檢|服务|服務|辐射|輻射)/u.exec(sentence.slice(end, clauseEnd(sentence, end)))?.[0] : undefined;
    if (around && doneAround) return `${around[1]}${around[2]}${doneAround}${/[圍邊圓監測檢覆蓋務輻]/u.test(`${around[2]}${doneAround}`) ? '半徑' : '半径'}`;
    // `其200秒的“算力”，相当于目前最强超算6亿年的计算能力`: years of another machine's computing are the time it would need.
    const machine = DURATIONS.has(unit) && /^(?:计算能力|計算能力|算力|运算能力|運算能力)$/u.test(after) ? /(?:相当于|相當於|等于|等於)([\u4e00-\u9fffA-Za-z\d]{2,12})\s?$/u.exec(sentence.slice(clauseStart(sentence, start), start))?.[1] : undefined;
    if (machine) return `${machine}${/[計運]/u.test(after) ? '計算用時' : '计算用时'}`;
    if (DURATIONS.has(unit) && /^[\u4e00-\u9fff]{2,4}$/u.test(after)) {
      const ownClause = sentence.slice(clauseStart(sentence, start), start).trim();
      // `全无人驾驶是百度Apollo历时7年的研发成果`: the time the maker took for the topic (百度Apollo全无人驾驶研发历时).
      const took = /^([\u4e00-\u9fffA-Za-z\d]{2,10}?)(?:是|為|为)([\u4e00-\u9fffA-Za-z\d]{2,12}?)(历时|歷時|耗时|耗時)$/u.exec(ownClause);
      const work = after.replace(/(?:成果|工作|过程|過程)$/u, '');
      if (took && work.length >= 2) return `${took[2]}${took[1]}${work}${took[3]}`;
      // `人工智能強調的“人才”效應,經過20年的醞釀`: a time gone through is the time of the clause before's topic doing it.
      const before = /^(?:经过|經過|历经|歷經)$/u.test(ownClause) ? tidy(sentence.slice(clauseStart(sentence, clauseStart(sentence, start) - 1), clauseStart(sentence, start) - 1)) : '';
      if (before.length >= 2 && before.length + after.length + 2 <= MAX_SUBJECT) return `${before}${after}${/[們這為時經過與會將產業]/u.test(sentence) ? '時間' : '时间'}`;
    }
    // `以优于传统技术100倍的时空大数据引擎分析技术`: a multiple after 优于 is of the noun after 的 against what 优于 names: a
    // measure's against it (速度（相对…）), a thing's how many times it is better (时空大数据引擎分析技术优于传统技术的倍数).
    const betterThan = unit === 'times' ? /(优于|優於|强于|強於|快于|快於|高于|高於)([\u4e00-\u9fffA-Za-z\d]{1,8})\s?$/u.exec(sentence.slice(clauseStart(sentence, start), start)) : null;
    if (betterThan && after.length >= 2 && after.length + betterThan[2].length + 4 <= MAX_SUBJECT) {
      return MEASURE_IN.test(after) ? `${tidy(after)}（相对${betterThan[2]}）` : `${tidy(after)}${betterThan[1]}${betterThan[2]}的${/[優於強]/u.test(betterThan[1]) ? '倍數' : '倍数'}`;
    }
    // `我国物流费用占GDP的比重仍然远高于欧美国家10%的水平`: the level is the compared one's, of the same measure.
    const compared = /^水平/u.test(after) ? /^(?:我国|我國|中国|中國|全国|全國|国内|國內)?(.{2,16}?)(?:仍然|仍|还|還|远|遠|明显|明顯)*(?:高于|高於|低于|低於)(.{2,8})$/u.exec(strip(wordsBefore(current, index).raw)) : null;
    if (compared) return `${compared[2]}${compared[1]}`;
    // `围绕十四五末工业占比30%的目标深入研究`: the value is the aim of the words before it.
    const aim = /^(?:目标|目標|要求|预期|預期|任务|任務)/u.exec(after);
    const aimWords = aim ? wordsBefore(current, index) : undefined;
    let aimed = aimWords ? tidy(aimWords.raw) : '';
    if (aimWords) {
      // `有望实现全年增长2%的预期`: the aim is of a growth (全年增长预期), not of the year, and 有望实现 only frames it;
      // a year alone is the year of the topic the clause before states (全省规上工业增加值).
      const grows = /(?:增长|增長|增速|下降|提升|提高)\s?$/u.exec(aimWords.raw)?.[0].trim() ?? '';
      const bare = aimed.replace(/^.*[、]/u, '').replace(/^(?:有望|可望|力争|力爭)?(?:实现|實現|完成|达到|達到)/u, '');
      if (grows && /^(?:全年|年度|当年|當年|今年|明年)$/u.test(bare)) {
        aimed = `${lastMeasure(sentence.slice(Math.max(0, start - 200), start))}${bare}${grows}`;
      }
    }
    if (aim && aimed.length >= 2 && aimed.length + aim[0].length <= MAX_SUBJECT) return `${aimed}${aim[0]}`;
    // `盯住占比70%以上的哈大齐`, `抓牢占比80%以上的装备、石化、能源、食品4个主导行业`, `占中国人口50%以上的千禧一代`:
    // a share written before the number is the share of what follows 的, the whole list of it.
    const ownBefore = strip(wordsBefore(current, index).raw);
    // `累计融资超过70亿元的自动驾驶公司 Zoox`, `市值超过100亿美元的上市公司`: a measure before the number is of the noun after 的.
    // `完成我们所有产业中占80%的传统产业改造`: a share taken among a whole (X中占) is the share of the noun after 的 in X,
    // without what is done to the noun (改造, 升级).
    const among = /([\u4e00-\u9fff]{2,10})中[占佔]$/u.exec(ownBefore);
    const whole = among ? among[1].replace(/^.*(?:我们|我們|他们|他們|你们|你們)/u, '') : '';
    const part = among ? nounList(sentence.slice(end + of[0].length, clauseEnd(sentence, end + of[0].length))).replace(/(?:改造|升级|升級|转型|轉型|改革|建设|建設)$/u, '') : '';
    if (whole.length >= 2 && part.length >= 2 && part.length + whole.length < MAX_SUBJECT) return `${tidy(part)}占${whole}`;
    const share = SHARE_BEFORE.exec(ownBefore)?.[0] ?? /^[占佔][\u4e00-\u9fff]{2,8}$/u.exec(ownBefore)?.[0] ?? /(?:累计|累計)?(?:融资|融資|估值|市值)$/u.exec(ownBefore)?.[0];
    const listed = share ? nounList(sentence.slice(end + of[0].length, clauseEnd(sentence, end + of[0].length))).replace(/中$/u, '') : '';
    if (share && listed.length >= 2 && !MEASURE_ONLY.test(listed) && listed.length + share.length <= MAX_SUBJECT) return `${tidy(listed)}${share}`;
    // `中国物联网连接量将以27.8%的年复合增长率持续增长`: a rate after 的 is the rate of the clause's topic.
    const rateOwner = RATE_OF.test(after) ? tidy(strip(wordsBefore(current, index).raw.replace(/^\s?预计/u, '').replace(OPENING_BASE, ''))).replace(/(?:将以|將以|以)$/u, '') : '';
    if (rateOwner.length >= 2 && !MEASURE_ONLY.test(rateOwner) && rateOwner.length + after.length <= MAX_SUBJECT) return `${rateOwner}${after}`;
    if (after.length >= 2 && !GENERIC.test(after)) {
      // `全球 65% 的 GDP`: a short noun after 的 keeps the place or owner just before the number.
      const place = tidy(wordsBefore(current, index).raw);
      if (!MEASURE_ONLY.test(after) && /^(?:[A-Za-z]+|[\u4e00-\u9fff]{2})$/u.test(after) && place.length >= 2 && place.length <= 4 && !/^(?:经过|經過|通过|通過|有望|实现|實現|没有|沒有)/u.test(place)) return `${place}${after}`;
      // `四家公司,就控制了整个中国互联网超过70%的流量`: past a deed done (控制了), the words before a share are whose the noun is.
      const owned = (unit === 'percent' || unit === 'fraction') && /^[\u4e00-\u9fff]{2}$/u.test(after) && !MEASURE_ONLY.test(after) ? /^[\u4e00-\u9fff]{2}了([\u4e00-\u9fff]{2,8})$/u.exec(place)?.[1] : undefined;
      if (owned) return `${owned}${after}`;
      // `配送机器人在配送范围内解决了超过50%的订单量`: a share of a noun an actor did something to (解决了) is the share of
      // it the actor did, with the actor: 配送机器人在配送范围内解决的订单量占比, not the noun alone.
      // (`tidy` drops the 了 that says the deed was done: it is looked for in the words as written.)
      const done = (unit === 'percent' || unit === 'fraction') && !MEASURE_ONLY.test(after) ? /^([\u4e00-\u9fffA-Za-z]{2,14}?)([\u4e00-\u9fff]{2})$/u.exec(place) : null;
      // A change (减少了30%的人工, 提升了) is by that much, no share of what was done.
      if (done && !CHANGED_BY.test(done[2]) && wordsBefore(current, index).raw.includes(`${done[2]}了`) && done[0].length + after.length + 3 <= MAX_SUBJECT) return `${done[1]}${done[2]}的${tidy(after)}占比`;
      // `“自动驾驶是比芯片还烧钱的行业，没有百亿元的投入很难‘熬’到盈利`: a bare two-character noun in a clause with no actor is the topic's before.
      if (!MEASURE_ONLY.test(after) && /^[\u4e00-\u9fff]{2}$/u.test(after) && /^(?:没有|沒有)$/u.test(place)) {
        const topic = ownerBefore(current, wordsBefore(current, index).from);
        if (topic) return `${topic}${after}`;
      }
      // `京东科技累计为12万家企业提供超过6,500亿元的产业链金融服务`: what is provided is the provider's.
      const provider = PROVIDER_BEFORE.exec(sentence.slice(clauseStart(sentence, start), start))?.[1];
      if (!MEASURE_ONLY.test(after) && provider && provider.length + after.length + 3 <= MAX_SUBJECT) return `${provider}提供的${tidy(after)}`;
      // `由76个…光子所组成的“量子计算机”，其200秒的“算力”`: 其 alone before the number is the noun that ends the clause before.
      const ownWords = wordsBefore(current, index);
      if (/^\s?其\s?$/u.test(ownWords.raw) && after.length <= 4 && ownWords.from > 1) {
        const head = sentence.slice(clauseStart(sentence, ownWords.from - 1), ownWords.from - 1).replace(/[“”「」"\s]/gu, '').replace(/^.*的/u, '');
        // A time of its computing power (`其200秒的“算力”`) is the time it computed, as `6亿年的计算能力` is (计算用时).
        const computed = DURATIONS.has(unit) && /^(?:算力|计算能力|計算能力|运算能力|運算能力)$/u.test(after) ? (/[計運]/u.test(after) ? '計算用時' : '计算用时') : '';
        if (/^[\u4e00-\u9fffA-Za-z]{2,10}$/u.test(head)) return computed ? `${head}${computed}` : `${head}的${after}`;
      }
      // `其团队…实现了将粒子发送超过 1.5 公里的距离`: a short noun after 的 is of what 将 moves and how (粒子发送的距离).
      // A 将 that only says “will” (`出行服务将为汽车行业贡献`) moves nothing: it is followed by a preposition.
      const moved = after.length <= 3 && !MEASURE_ONLY.test(after) ? /(?:将|將|把)(?![为為向给給对對在于於])([\u4e00-\u9fff]{2,10})$/u.exec(tidy(ownWords.raw))?.[1] : undefined;
      if (moved && !/^(?:其|这|這|该|該)/u.test(moved)) return `${moved}的${after}`;
      // `为全球GDP带来14%的额外提升`: a short word cut before a growth (额外 | 提升) is a growth, a measure of the actor's.
      const grown = after.length <= 2 ? new RegExp(`^\\s?[“「]?${after.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}的?(提升|增长|增長|增加)`, 'u').exec(sentence.slice(end + of[0].length))?.[1] : undefined;
      const measured = grown ? `${after}${grown}` : after;
      // `商汤科技正在进行新一轮10亿美元至15亿美元的融资`: a round of funding is the named firm's round.
      const round = /^(?:融资|融資|投资|投資)$/u.test(after) ? /^([\u4e00-\u9fffA-Za-z]{2,12}?)(?:正在|已经|已經|已|将|將)?(?:进行|進行|完成|启动|啟動|开启|開啟)了?(新一轮|新一輪|首轮|首輪|[A-E]\+?轮|[A-E]\+?輪|[一二三四五六七八九十]+轮)\s?$/u.exec(ownWords.raw.replace(/^.*(?:称|稱|说|說|表示|显示|顯示|指出|，|,)/u, '').trim()) : null;
      if (round) return `${round[1]}${round[2]}${after}`;
      // `可以为园区本地的异常事件提供毫秒级的响应速度`: a bare measure provided for something is that thing's.
      const performance = /^[\u4e00-\u9fff]{0,2}(?:速度|速率|时延|時延|效率|精度|能力)$/u.test(after);
      const servedBy = performance ? /(?:为|為|给|給)([^，,。；;为為给給]{2,14}?)(?:提供|带来|帶來)了?\s?$/u.exec(ownWords.raw)?.[1] : undefined;
      const served = servedBy ? tidy(servedBy).replace(/的/gu, '') : '';
      if (served.length >= 2 && served.length + after.length <= MAX_SUBJECT) return `${served}${after}`;
      // `5G将以全新的网络架构，提供…毫秒级的传输时延和千亿级的连接能力`: a clause opening on 提供 provides what the actor
      // of the clause before has.
      const providing = performance ? providerBefore(current, start) : '';
      if (providing.length >= 2 && providing.length + after.length <= MAX_SUBJECT) return `${providing}${after}`;
      // `一家工厂一年可节省上千万元的燃煤成本`: a cost saved is the saver's saving, not the cost.
      // (A bare measure, `为每辆机车节省10余万美金的支出`, is the actor's, below.)
      const saving = MEASURE_END.test(after) && !MEASURE_ONLY.test(after) ? /^(?:.*(?:意味着|意味著|表明|说明|說明))?(.{2,12}?)(?:可以|可|能够|能夠|能|将|將)?(节省|節省|节约|節約)\s?$/u.exec(ownWords.raw.trim()) : null;
      const saver = saving ? tidy(saving[1]) : '';
      if (saver.length >= 2 && saver.length + after.length + 3 <= MAX_SUBJECT) return `${saver}${saving![2]}的${after}`;
      // `对下沉市场总计约5亿的潜在客户`: a total over a whole named right before it counts that whole's things.
      const whole = /([\u4e00-\u9fff]{2,8}?)(?:总计|總計|共计|共計|合计|合計|总共|總共)约?\s?$/u.exec(ownWords.raw.replace(/^.*(?:对|對|在|从|從)/u, ''))?.[1];
      if (!grown && !MEASURE_ONLY.test(after) && whole && whole.length + after.length <= MAX_SUBJECT) return `${whole}${tidy(after)}`;
      // `比如汽车产业链,…,为产业链提供1%~10%的新增值`: what is provided for something is what it gains, and the thing is
      // the one the sentence opened on in full (汽车产业链), when it did.
      const gainer = !grown && !MEASURE_ONLY.test(after) ? /^\s?(?:为|為)([\u4e00-\u9fff]{2,8}?)(?:提供|带来|帶來)了?\s?$/u.exec(ownWords.raw)?.[1] : undefined;
      const inFull = gainer && new RegExp(`(?:^|[，,。；;：:])\\s?(?:比如|例如|譬如)?\\s?((?![为為])[\\u4e00-\\u9fff]{1,4}${gainer})`, 'u').exec(sentence.slice(Math.max(0, start - NEAR), start))?.[1];
      const gained = gainer && `为${inFull ?? gainer}提供的${tidy(after)}`;
      if (gained && gained.length <= MAX_SUBJECT) return gained;
      if (!grown && !MEASURE_ONLY.test(after)) return tidy(after);
      // `出行服务将为汽车行业贡献30%的利润`, `为每辆机车节省10余万美金的支出`: a measure after 的 is of the clause's actor.
      // `5G将推动…，并带来430亿美元的收入`: a clause opening on 并 has its actor in the clause before.
      const own = `${actorOfAnd(current, ownWords)}${tidy(ownWords.raw.replace(/^[为為]/u, '')).replace(/^(.{2,}?)[将將](?=[\u4e00-\u9fff])/u, '$1')}`;
      if (own.length >= 2 && own.length + measured.length < MAX_SUBJECT) return `${own}的${measured}`;
      if (grown) return measured;
      return tidy(after);
    }
  }
  // `8个或12个量子比特的光量子计算机`: a value given as one of a choice or a range measures what the next one does.
  const nextFigure = figures[index + 1];
  // `百亿级、千亿级园区`: a level listed before another is a level of the noun after both, not of the list item before it.
  if (nextFigure && depth < MAX_BORROW && nextFigure.unit === unit && (level && nextFigure.level ? /^\s?(?:或|或者|至|到|、)\s?$/u : /^\s?(?:或|或者|至|到)\s?$/u).test(sentence.slice(end, nextFigure.start))) {
    const shared = subjectAt(current, index + 1, previous, depth + 1);
    if (shared) return shared;
  }
  const own = wordsBefore(current, index);
  // `“未来园区”是“全国24小时…”`: a number inside a quotation is about the quotation's words.
  const quoteOpen = own.raw.lastIndexOf('“');
  const quoted = quoteOpen > own.raw.lastIndexOf('”') ? own.raw.slice(quoteOpen + 1) : '';
  // `“50+150”户（培育的50户百亿级企业`: a number inside a bracket is about the bracket's words.
  const bracketOpen = Math.max(own.raw.lastIndexOf('（'), own.raw.lastIndexOf('('));
  const bracketed = bracketOpen > Math.max(own.raw.lastIndexOf('）'), own.raw.lastIndexOf(')')) ? own.raw.slice(bracketOpen + 1) : '';
  const ownRaw = (tidy(quoted).length >= 2 ? quoted : tidy(bracketed).length >= 2 ? bracketed : own.raw).replace(PREVIOUS_BASE, '').replace(LEADING_FILLER, '').replace(OPENING_BASE, '');
  // `耗时耗力且成功率不到 1/10`: after 且, a measure alone is what the number measures, whose the clause before says.
  const afterAnd = /^.{2,}?(?:并且|並且|而且|且)(.{2,})$/u.exec(tidy(ownRaw))?.[1];
  // `日均可处理100万单`: a capacity per day is a measure (日均处理量), whose owner the clause before names.
  const perDay = /^(日均|日峰值|每日|每天|单日|單日)(?:可以|可|能)?(处理|處理|存储|存儲|分拣|分揀|配送)$/u.exec(tidy(ownRaw));
  const ownSubject = afterAnd && MEASURE_ONLY.test(afterAnd) ? afterAnd : perDay ? `${perDay[1]}${perDay[2]}量` : tidy(ownRaw);
  const firstInClause = firstFigureFrom(figures, index, own.from) === start;
  // Only from the top level: the figure before a run is read once, never a chain of runs.
  const item = respectiveItem(current, index, own, depth === 0 ? (at) => subjectAt(current, at, previous, 1) : undefined) || respectivePair(current, index, own);
  if (item) return item;
  // `上述四家公司市占率分别为32%、19%…`: each value is of an item the sentence before names.
  const named = previous && /分别|分別/u.test(own.raw) ? respectiveNamedBefore(ownSubject, current, index, own.from, previous) : '';
  if (named) return named;
  // `几乎是红帽第二年预期收入的51倍`, `可能隻有服務端運算能力的三十分之一`: a ratio with no words of its own before 是 is the
  // ratio of the sum said before it in the sentence (对红帽的收购), else of the clause before (手機端的運算能力), against what follows 是.
  const ratioOnly = unit === 'times' || unit === 'fraction' ? /^(?:几乎|幾乎|可能|大约|大約|约|約|至少)*(?:是|为|為|只有|隻有|仅有|僅有|仅为|僅為|相当于|相當於)([^，,、的]{2,12})的\s?$/u.exec(own.raw.replace(LEADING_FILLER, '').trim()) : null;
  if (ratioOnly && depth < MAX_BORROW) {
    const sum = index > 0 && (figures[index - 1].unit === 'CNY' || figures[index - 1].unit === 'USD') ? deal(subjectAt(current, index - 1, previous, depth + 1), sentence, figures[index - 1].end) : '';
    const clauseFrom = clauseStart(sentence, start);
    const before = clauseFrom > 1 ? tidy(sentence.slice(clauseStart(sentence, clauseFrom - 1), clauseFrom - 1)) : '';
    const topic = sum || (/^[\u4e00-\u9fffA-Za-z]{2,14}$/u.test(before) ? before : '');
    if (topic && topic.length + ratioOnly[1].length + 4 <= MAX_SUBJECT + 8) return `${topic}（相对${ratioOnly[1]}）`;
  }
  // `提供至少十倍于4G的峰值速率`, `4 倍容量的内存颗粒`: a multiple of what follows, against what 于 names.
  if (unit === 'times') {
    const multiple = /^\s?(?:[于於]([^，,。的]{1,8})的([^，,。的]{2,10})|(容量|速度|速率|性能|算力|效率)的([^，,。的]{2,10}))/u.exec(sentence.slice(end, clauseEnd(sentence, end)));
    // `5G将以全新的网络架构，提供至少十倍于4G的峰值速率`: provided by the actor of the clause before (5G峰值速率).
    const multipleOf = multiple?.[1] ? `${providerBefore(current, start)}${tidy(multiple[2].replace(NOUN_END, ''))}` : '';
    if (multiple) return multiple[1] ? `${multipleOf.length <= MAX_SUBJECT ? multipleOf : tidy(multiple[2].replace(NOUN_END, ''))}（相对${multiple[1]}）` : `${tidy(multiple[4].replace(NOUN_END, ''))}${multiple[3]}`;
    // `用户量至少是以前的10倍`, `效率达到传统仓库的10倍`: a multiple of another's level is the measure against it, with the owner
    // of the clause before for a bare measure (全流程无人仓效率（相对传统仓库）).
    const against = /^(.{2,12}?)(?:至少|几乎|幾乎|大约|大約|约|約|已经|已經|已)?(?:是|为|為|达到|達到|相当于|相當於)(.{2,10}?)的\s?$/u.exec(own.raw.replace(LEADING_FILLER, '').trim());
    // An adverb alone (`几乎是红帽第二年预期收入的51倍`) names no measure: the clause's topic is another's.
    if (against && !/[，,、]/u.test(against[0]) && !/^(?:至少|几乎|幾乎|大约|大約|已经|已經|也|还|還|都|更)$/u.test(against[1])) {
      const owner = MEASURE_ONLY.test(against[1]) ? ownerBefore(current, own.from) : '';
      // Against a time before (`以前`), no other thing: said as a writer would, the measure's multiple of that time's.
      const measured = EARLIER_TIME.test(against[2]) ? `${owner}${against[1]}相对${against[2]}的${/[為達當於]/u.test(against[0]) ? '倍數' : '倍数'}` : `${owner}${against[1]}（相对${against[2]}）`;
      if (measured.length <= MAX_SUBJECT) return measured;
    }
  }
  // `随着芯片设计和流片技术朝着 7 纳米、5 纳米发展`: a process node is of the technology or chip that moves to it.
  if (unit === 'nm') {
    if (index > 0 && figures[index - 1].unit === unit && /^\s?、\s?$/u.test(sentence.slice(figures[index - 1].end, start)) && depth < MAX_BORROW) return subjectAt(current, index - 1, previous, depth + 1);
    const node = strip(strip(own.raw.slice(Math.max(0, (index > 0 && figures[index - 1].start >= own.from ? figures[index - 1].end : own.from) - own.from))).replace(/^(?:随着|隨著|尽管|儘管|如|例如)/u, '').replace(/^(?:发布|發佈|發布)的/u, '').replace(NODE_MOVES, ''));
    // A node is of a process: `麒麟 990 芯片采用 7nm 工艺` → …芯片工艺; a technology moving to it, its process node (工艺节点).
    const craft = /(?:工艺|工藝|制程|製程)$/u.test(node) ? '' : /^\s?(?:工艺|工藝|制程|製程)/u.test(sentence.slice(end)) ? '工艺' : '的工艺节点';
    if (node.length >= 2 && !/^[、，,]/u.test(node) && node.length <= MAX_SUBJECT) return `${node}${craft}`;
  }
  // `几百米深的地下作业`: a length with its dimension measures that of what follows.
  const dimension = /^\s?(深|高|长|長|宽|寬)的([^，,。；;的\d]{2,8})/u.exec(sentence.slice(end));
  if (dimension) return `${tidy(dimension[2].replace(NOUN_END, ''))}${dimension[1]}度`;
  // `一万多本书`: a measure word is no noun.
  const measured = unit === 'count' ? measureWordNoun(current, index, own.from) : '';
  if (measured) return measured;
  // `12亿小时机器学习时间`: a duration followed by the time it measures.
  // `2.5萬個7千瓦等效機櫃`: a figure right before another counts the noun after both.
  const next = figures[index + 1];
  const countFrom = next && !next.level && /^\s?$/u.test(sentence.slice(end, next.start)) ? next.end : end;
  // A figure right before the noun (`50个百亿级企业`) is part of it, and one that ends the clause is what it reaches (`企业冲刺千亿`);
  // one that counts a noun of its own further on is another statement (`75个部门数十亿量级数据`).
  // Only figures inside the counted noun's clause can stop it: figures are in text order, so the search ends at the
  // clause's end (a line of 18,000 statistics made a search of every figure per figure quadratic).
  const clauseStop = clauseEnd(sentence, countFrom);
  let stop: FigureSpan | undefined;
  for (let i = index + 1; i < figures.length && figures[i].start < clauseStop && !stop; i++) {
    const figure = figures[i];
    if (figure.start > countFrom && !/^\s?$/u.test(sentence.slice(countFrom, figure.start)) && /^\s?[\u4e00-\u9fffA-Za-z]/u.test(sentence.slice(figure.end, figure.end + 2))) stop = figure;
  }
  // `业务的6个能力`, `1711项问题`: after a counter, a word that names no quantity after 的 (能力, 问题) is what is counted.
  // `等4种产品生产实现“零的突破”`, `在…等15个行业领域布局`: a verb of making or placing after the counted noun is what is
  // done with them, not part of the noun.
  const counted = countedNoun(sentence, countFrom, stop?.start).replace(/(?<=[\u4e00-\u9fffA-Za-z]{2})(?:生产|生產|布局|佈局)$/u, '') || (countsThings(unit) && !level ? /^\s?(能力|问题|問題|任务|任務)(?=$|[，,。；;、和与與及])/u.exec(sentence.slice(countFrom))?.[1] ?? '' : '');
  // `新建8英寸集成电路特色工艺生产线设备本土化率…`: inches before a production line are the size of its wafers, not a
  // length of what the words go on to measure.
  const line = unit === 'inch' ? /^[\u4e00-\u9fffA-Za-z]{0,12}?(?:生产线|生產線|产线|產線|晶圆厂|晶圓廠)/u.exec(counted)?.[0] : undefined;
  if (line && ownSubject.length + line.length + 4 <= MAX_SUBJECT) return `${ownSubject}${line}晶圆尺寸`;
  // `建成至少2.5萬個7千瓦等效機櫃`: a power right before the noun it rates is each one's power (騰訊等效機櫃功率).
  if (unit === 'kW' && counted && ownSubject.length + counted.length + 2 <= MAX_SUBJECT) return `${ownSubject}${counted}功率`;
  // `50个百亿级企业`, `15个千亿级产业`: a level of money before firms or an industry is the level of their revenue or size,
  // not a count of them (`百亿级企业` → 企业营收, as `5家企业过百亿`).
  const sized = level && MONEY.has(unit) ? SIZED.exec(sentence.slice(end)) : null;
  if (sized) return `${sized[1]}${sized[2] ?? (/^(?:企业|公司)$/u.test(sized[1]) ? '营收' : /^(?:企業|公司)$/u.test(sized[1]) ? '營收' : /[產園區場]/u.test(sized[1]) ? '規模' : '规模')}`;
  // `千亿级产业`: a level is followed by what it is the level of.
  const noun = countsThings(unit) || level || /时间$/u.test(counted) ? counted : '';
  // `已孵化出了一批估值超10亿美元独角兽企业`: a value before a noun, after 估值/市值, is that noun's (独角兽企业估值).
  const valuedBy = !noun && counted ? /(?:估值|市值|融资|融資)$/u.exec(strip(ownRaw))?.[0] : undefined;
  if (valuedBy && counted.length + valuedBy.length <= MAX_SUBJECT) return `${counted}${valuedBy}`;
  // `全國1/3人工智能人才集聚上海`, `全市99.4%自建系统已上云`: a share right before a noun is a share of it, in the place before.
  if (!noun && (unit === 'percent' || unit === 'fraction') && counted && !/^\s?的/u.test(sentence.slice(end)) && firstInClause && ownSubject.length >= 2 && ownSubject.length <= 4 && !MEASURE_IN.test(ownSubject)) return `${ownSubject}${counted}`;
  // `人脸识别在身份核验场景中百万分之一误识率下…`: a rate right after the number is what it is, in the words before.
  const rate = (unit === 'percent' || unit === 'fraction') && firstInClause ? /^[\u4e00-\u9fff]{1,4}率/u.exec(counted)?.[0] : undefined;
  if (rate && ownSubject.length >= 2 && ownSubject.length + rate.length <= MAX_SUBJECT) return `${ownSubject}${rate}`;
  // `5G将带动800万人就业` → 5G将带动就业; in a list (`9个委办局、3个化工园区`) the noun alone.
  // `将传统的3天放贷时间缩短为10分钟`: 将 only brings the object forward.
  // `汇聚了南通75个部门`: an action done (`汇聚了`) only leads to whose the counted things are.
  // `该数据库聚集了全球13865个城市`: later in the words, the action says whose they are (该数据库聚集的全球城市).
  // `我们20亿条就诊数据`: a pronoun names no owner a reader can find.
  let nounOwner = ownSubject.replace(/^(?:将|將|把|我们|我們|他们|他們|你们|你們)$/u, '').replace(/^(?:将|將|把)/u, '').replace(/^[\u4e00-\u9fff]{2}了(?=[\u4e00-\u9fff]{2})/u, '').replace(/^((?:(?!地)[\u4e00-\u9fffA-Za-z]){4,})了(?=[\u4e00-\u9fff]{2})/u, '$1的');
  // `构建市域治理1张总图`, `承载新区管委会委办局几十个系统`: a deed whose object the number splits counts the object, its
  // words before the number included (市域治理总图); the deed glued to it reads as a clause cut before its noun.
  const deed = GATHERING_DEED.exec(nounOwner);
  // `编目雄安信息资源、数万资源项`: an object listed before a 、 is another item; the deed says what is counted, and whose, when
  // that item opens on a name (雄安编目资源项).
  const listedOwner = deed && namesIn(deed[1]).find((name) => name.start === 0)?.name;
  if (deed && noun) nounOwner = /、\s?$/u.test(ownRaw) ? `${listedOwner ?? ''}${nounOwner.slice(0, nounOwner.length - deed[1].length)}` : deed[1];
  // `10大功能的15分钟步行圈`: words before 的 qualify what follows the number and keep their 的.
  const joiner = /的\s?$/u.test(ownRaw) ? '的' : '';
  // `提供产品的5大模块和业务的6个能力`: a pair of counted things joined by 和 (the first itself a count, 5大模块): the
  // owner before 的 is the second item's own (业务).
  if (joiner && /[和与與及]/u.test(nounOwner)) {
    const own2 = nounOwner.slice(Math.max(nounOwner.lastIndexOf('和'), nounOwner.lastIndexOf('与'), nounOwner.lastIndexOf('與'), nounOwner.lastIndexOf('及')) + 1);
    if (own2.length >= 2 && /\d/u.test(nounOwner)) nounOwner = own2;
  }
  // `京东科技累计为12万家企业提供…服务`: those the actor serves, not the actor's own 企业.
  if (/[为為向给給]\s?$/u.test(ownRaw) && /^(?:提供|服务|服務)/u.test(sentence.slice(end).replace(/^\s+/u, '').slice(noun.length))) nounOwner = `${nounOwner}服务的`;
  // `签约了…中电科二所智能制造产业项目等21个项目`: the items before 等 are examples of what is counted, not its owner.
  if (noun && /等\s?$/u.test(ownRaw)) return noun;
  // `形成日产3万只N95口罩的产能`, `达到日产3000套防护服产能`: a count after 日产/月产/年产 is an output per day, month or year
  // of the noun (N95口罩日产能), not a count of things.
  const perPeriod = noun ? /(日|月|年)(产|產)\s?$/u.exec(sentence.slice(Math.max(0, start - 3), start)) : null;
  if (perPeriod) {
    const capacity = /(?:产能|產能)$/u.test(noun) || /^\s?的?\s?(?:产能|產能)/u.test(sentence.slice(countFrom).replace(/^\s+/u, '').slice(noun.length));
    const made = noun.replace(/(?:产能|產能)$/u, '');
    if (made.length >= 2) return `${made}${perPeriod[1]}${perPeriod[2]}${capacity ? '能' : '量'}`;
  }
  // `这个拥有7家国家级研发机构的基地`, `拥有 1750 亿参数的 GPT-3`: what is had is counted as the haver's, the noun after 的.
  const had = noun ? /(拥有|擁有)\s?$/u.exec(own.raw)?.[1] : undefined;
  const haver = had ? new RegExp(`^\\s?${noun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s?的\\s?([\\u4e00-\\u9fffA-Za-z][\\u4e00-\\u9fffA-Za-z\\d-]{1,7}?)\\s?(?=[，,。；;和与與及]|$)`, 'u').exec(sentence.slice(countFrom))?.[1] : undefined;
  if (haver) return `${haver}${had}的${noun}`;
  // `减轻了采购人员在数千种SKU商品间补货的繁重工作`: after 在, the counted noun is a place, up to 间/中/内 (SKU商品).
  const among = /在\s?$/u.test(ownRaw) ? /^(.{2,}?)(?:之间|之間|间|間|中|内|內|里|裡)/u.exec(noun)?.[1] : undefined;
  if (among) return among;
  // `超过全年建设35万个5G基站的目标`: a count inside a target is the target, not what was done.
  const target = noun ? /^[^，,。；;]*?的(目标|目標|计划|計劃|任务|任務)/u.exec(sentence.slice(countFrom, countFrom + noun.length + 8))?.[1] ?? '' : '';
  // `可支持10轮以上深度交流`: rounds or times of an activity count how often it is done, not things (深度交流轮数).
  const often = noun ? OCCURRENCE_COUNTERS[unit] : undefined;
  if (often) return `${nounOwner.length >= 2 && firstInClause ? `${nounOwner}的` : ''}${noun}${often}`;
  // `2021年建100万基站`: one character of building before the count is a deed all the same (建基站, not 基站 alone).
  if (noun) return `${firstInClause && (nounOwner.length >= 2 || BUILT.test(nounOwner)) && !PREPOSITION_END.test(strip(ownRaw)) && strip(ownRaw).length + noun.length <= MAX_SUBJECT ? `${nounOwner}${joiner}${noun}` : noun}${target && `的${target}`}`;
  // `类似于前述“智慧公寓”的智慧小区，中国移动重庆公司已打造了50个`: a count ending its clause after a verb of making
  // counts the noun the clause before puts first (中国移动重庆公司打造的智慧小区).
  const made = countsThings(unit) && !counted && firstInClause && own.from > 1 && /^\s?[。；;，,]?$/u.test(sentence.slice(end, end + 1)) ? FRONTED_MAKER.exec(ownSubject) : null;
  const fronted = made ? tidy(sentence.slice(clauseStart(sentence, own.from - 1), own.from - 1)).replace(/^.*的/u, '') : '';
  if (made && /^[\u4e00-\u9fffA-Za-z]{2,8}$/u.test(fronted)) return `${made[1]}${made[2]}的${fronted}`;
  // `整個島上集聚瞭將近90多傢企業,近4000多人在此辦公`: a count of people opening its clause with no noun after it counts
  // the people doing what follows (在此辦公的人), not the topic of the clause before.
  if (unit === 'person' && !counted && firstInClause && ownSubject.length < 2) {
    const doing = /^\s?((?:在|於|于)[\u4e00-\u9fff]{1,4}?)?((?:辦公|办公|工作|就业|就業|生活|学习|學習|居住|就读|就讀|参与|參與|参加|參加))(?=$|[，,。；;])/u.exec(sentence.slice(end, clauseEnd(sentence, end) + 1));
    // 此 is the place the sentence opens with (`整個島上…`), when it opens with one.
    const here = /^(?:在|於|于)此$/u.test(doing?.[1] ?? '') ? /^([\u4e00-\u9fff]{2,6}?(?:上|内|內|里|裡))/u.exec(sentence)?.[1] : undefined;
    if (doing) return `${here ? `在${here}` : doing[1] ?? ''}${doing[2]}的人`;
  }
  // `全國共有35所高校獲批人工智能專業建設資格,其中長三角就有9所`: a count of a part (其中X有N所) counts the things the
  // figure before of the same unit counts, in that part (長三角高校獲批…).
  if (countsThings(unit) && !counted && firstInClause && index > 0 && /^\s?其中/u.test(own.raw) && /^[\u4e00-\u9fffA-Za-z]{2,8}$/u.test(ownSubject) && /^\s?(?:[，,。；;]|$)/u.test(sentence.slice(end, end + 2))) {
    let whole: FigureSpan | undefined;
    for (let at = index - 1; at >= 0 && !whole; at--) if (figures[at].unit === unit) whole = figures[at];
    const things = whole ? countedNoun(sentence, whole.end, start) : '';
    if (things.length >= 2 && ownSubject.length + things.length <= MAX_SUBJECT) return `${ownSubject}${things}`;
  }
  // `力争1家企业冲刺千亿`: the words since the previous figure of the clause, when they say something.
  const predicate = DURATIONS.has(unit) ? durationPredicate(current, index) : '';
  const withPredicate = (words: string) => (predicate.length >= 2 && words.length + predicate.length < MAX_SUBJECT ? `${words}${joiner}${predicate}` : words);
  // `全国90%区县实现24小时达`: a time followed by 达 is the time of delivery to what the clause names before it.
  if (DURATIONS.has(unit) && /^\s?送?[达達](?=$|[，,。；;、])/u.test(sentence.slice(end, end + 3))) {
    const reached = tidy(sentence.slice(own.from, start)).replace(/(?:实现|實現|可以|可|能|均)+$/u, '');
    if (reached.length >= 2 && reached.length + 4 <= MAX_SUBJECT) return `${reached}送达时间`;
  }
  const since = firstInClause ? '' : sentence.slice(figures[index - 1].end, start);
  // `朝着 7 纳米、5 纳米发展`: a value listed after another of the same unit measures the same.
  if (/^\s?、\s?$/u.test(since) && figures[index - 1].unit === unit && depth < MAX_BORROW) {
    const first = subjectAt(current, index - 1, previous, depth + 1);
    if (first) return first;
  }
  // `2700家医院门诊预约、48小时线上名医会诊`: words before a list's 、 belong to the item before.
  // `原來的三十倍可能變成九百倍`: the same measure as the figure before.
  if (since && depth < MAX_BORROW && TURNS_INTO.test(tidy(since))) return subjectAt(current, index - 1, previous, depth + 1);
  const revenue = (words: string) => (unit === 'CNY' ? words.replace(FIRM_REACHES, '$1营收') : words);
  // `“50+150”户（培育的50户百亿级企业、150户十亿级企业）企业实现营收4804亿元`: past a bracket's figures, the clause's own words.
  if (since && /[）)]/u.test(since) && !/[（(]/u.test(since)) {
    const words = revenue(tidy(sentence.slice(own.from, start).replace(/（[^（）]*）|\([^()]*\)/gu, '')));
    if (words.length >= 2 && !GENERIC.test(words)) return words;
  }
  // `百万分之一误识率下真人通过率在 98% 以上`: the figure before opens a condition (…下) of this measure; it is part of the
  // subject, not a statement of its own.
  if (since && CONDITION.test(since)) {
    const words = `${sentence.slice(figures[index - 1].start, figures[index - 1].end)}${tidy(since)}`;
    if (words.length <= MAX_SUBJECT) return words;
  }
  if (since && !/、\s?$/u.test(since)) {
    // `拟支持850户企业和项目、兑现奖励资金9.23亿元`: past a 、, the words before it end the item of the figure before.
    const listed = /、/u.test(since) ? since.slice(since.lastIndexOf('、') + 1) : since;
    const words = revenue(tidy(tidy(listed).length >= 2 ? listed : since));
    // `15个千亿级产业实现营收5140.5亿元`: a level right before the words is part of the noun they open with (千亿级产业).
    const levelText = figures[index - 1].level ? sentence.slice(figures[index - 1].start, figures[index - 1].end) : '';
    const levelled = /^[\u4e00-\u9fff]+$/u.test(levelText) && /^[\u4e00-\u9fff]/u.test(since) && words.startsWith(tidy(since).slice(0, 2)) ? `${levelText}${words}` : words;
    if (words.length >= 2 && !GENERIC.test(words)) return withPredicate(levelled.length <= MAX_SUBJECT ? levelled : words);
  }
  // `营收比去年同期增长高达20%`: 高达 only says the value is high, the change is before it.
  const changeOf = (words: string) => CHANGE.exec(words.replace(/(?:再次|超过|超過|超|高达|高達|达到|達到|达|達|了|均|\s|，|,|、)+$/u, ''))?.[0];
  const change = (since && changeOf(since)) || changeOf(ownRaw) || '';
  // `云和数据平台业务的营收比去年同期增长`: a comparison with the same period a year before is said 同比.
  const withChange = (subject: string) => (change && !subject.endsWith(change) ? `${change.startsWith('同比') ? subject : subject.replace(/(?:比|较|較)(?:去年|上年|上一年)同期$/u, '同比')}${change}` : subject);
  if (previous && REFERS_BACK.test(ownSubject)) {
    const referred = referredSubject(current, own.from, unit, previous, depth);
    // `上述两项支出分别为1.4万亿和0.7万亿元`: the items of the sentence before, one per value.
    if (referred) return /分别|分別/u.test(own.raw) ? respectiveOfReferred(referred, current, index, own.from) : referred;
  }
  // `3分钟线上申请，1秒钟审批`: a duration opening its clause is the time of what follows it.
  // `百度则加大…建设,并宣布5年培养500万AI人才`: with the actor of the clause before, when the clause opens on 并.
  if (ownSubject.length < 2 && predicate.length >= 2) return `${actorOfAnd(current, own)}${predicate}`.slice(0, MAX_SUBJECT);
  const clauseBefore = own.from > 1 ? sentence.slice(clauseStart(sentence, own.from - 1), own.from - 1) : '';
  // `这一阶段从开始商用到进入深度覆盖期，一般需要3~4年`: a duration with no words of its own is the time of the span the clause before names.
  // `这一阶段` only points at the span the words after it name.
  const span = tidy(clauseBefore).replace(/^(?:这一|這一|这个|這個|该|該)[\u4e00-\u9fff]{1,3}?(?=从|從)/u, '');
  if (ownSubject.length < 2 && DURATIONS.has(unit) && /从.+(?:到|至)/u.test(clauseBefore) && span.length >= 4) return span;
  // `原來的三十倍`: the measure the clause before raises (`使渲染速度更快`).
  if (FORMER.test(ownSubject)) {
    const raising = RAISED.exec(clauseBefore);
    // `超算中心的作用是使渲染速度更快`: what does the raising (超算中心) is whose the measure is.
    const raiser = raising ? tidy(clauseBefore.slice(0, raising.index)).replace(/(?:的?(?:作用|目的|意义|意義|功能))?(?:是|在于|在於|就是)?$/u, '') : '';
    const raised = raising ? tidy(raising[1]) : '';
    if (raised && /^[\u4e00-\u9fffA-Za-z]{2,10}$/u.test(raiser) && raiser.length + raised.length <= MAX_SUBJECT) return `${raiser}${raised}`;
    if (raised) return raised;
  }
  // `给予资助，最高3亿元`: a bound of what the clause before grants, after its last figure.
  if (BOUND_ONLY.test(ownSubject) && clauseBefore) {
    const granted = tidy(clauseBefore.replace(/^.*\d[%％]?/u, '').replace(/^[^\u4e00-\u9fff]*(?:给予|給予|予以|提供|获得|獲得)?/u, ''));
    // A cap or floor reads 最高资助 (资助最高 says the grant is the highest of something); a limit's noun follows (资助上限).
    if (granted.length >= 2 && granted.length <= 8) return /^最/u.test(ownSubject) ? `${ownSubject}${granted}` : `${granted}${ownSubject}`;
  }
  // `中国城镇居民金融资产构成中 39.1% 为现金及银行活期 / 定期存款`: the share is of what follows 为.
  const partOf = /中$/u.test(ownSubject) ? /^\s?(?:为|為|是)\s?([^，,。；;]+)/u.exec(sentence.slice(end))?.[1].replace(/\s+/gu, '') : undefined;
  if (partOf && partOf.length >= 2 && ownSubject.length + partOf.length <= MAX_SUBJECT) return `${ownSubject}${partOf}`;
  // `无线连接在工业互联网仅占6%，其中4%是Wi-Fi`: a part of the whole the clause before names.
  const part = ownSubject === '' && /^\s?其中\s?$/u.test(own.raw) ? /^\s?(?:为|為|是)\s?([^，,。；;]{2,12})(?=$|[，,。；;])/u.exec(sentence.slice(end))?.[1].trim() : undefined;
  if (part) {
    // The clause before a share of a whole (`无线连接在工业互联网仅占6%`): the part is a share of that same whole, not of
    // the share's subject (4 % of all the connections, of which the wireless 6 % hold it).
    const sharedWhole = /^\s?[\u4e00-\u9fffA-Za-z]{2,12}?在([\u4e00-\u9fffA-Za-z]{2,12}?)(?:中|里|裡)?(?:仅|僅|只|约|約)?(?:占|佔)[^，,。；;]*$/u.exec(clauseBefore)?.[1];
    if (sharedWhole && figures[index].unit === 'percent' && sharedWhole.length + part.length + 4 <= MAX_SUBJECT) return `${sharedWhole}中${part}的占比`;
    const whole = ownerBefore(current, own.from);
    return whole && whole.length + part.length < MAX_SUBJECT ? `${whole}中的${part}` : part;
  }
  // `三者总和占中国总体的50%以上`: the count names the items listed in the clause before.
  const count = REFERS_TO_LIST.exec(ownSubject);
  const items = count && clauseBefore ? listedItems(clauseBefore, count[0]) : '';
  if (items && items.length + ownSubject.length <= MAX_SUBJECT) return `${items}${ownSubject}`;
  // `全球建成了72万5G基站，其中中国占50%`: a share ending its clause is of what the clause before counts.
  if (/[^占佔][占佔]$/u.test(ownSubject) && /^\s?(?:[。；;，,]|$)/u.test(sentence.slice(end, end + 2)) && index > 0 && figures[index - 1].start >= clauseStart(sentence, own.from - 1) && depth < MAX_BORROW) {
    const whole = subjectAt(current, index - 1, previous, depth + 1);
    if (whole && ownSubject.length + whole.length <= MAX_SUBJECT) return `${ownSubject}${whole}`;
  }
  const bare = MEASURE_ONLY.test(ownSubject) ? 'measure' : RATE_OF.test(ownSubject) || SHARE.test(ownSubject) || COMPARED.test(ownSubject) ? 'rate' : undefined;
  // `累计访问量1342.08亿次，日均访问量超1亿次`: a measure takes the owner of the clause before, never its measure.
  // `…的支出总额达2520亿美元，其中第三季度的支出额达650亿美元`: a period's part of the whole the clause before states.
  const periodPart = /^\s?其中/u.test(own.raw) ? PERIOD_PART.exec(ownSubject) : null;
  if (periodPart && MEASURE_IN.test(periodPart[2]) && depth < MAX_BORROW) {
    const whole = topicBefore(current, index, own.from, depth);
    if (MEASURE_IN.test(whole) && whole.length + periodPart[1].length <= MAX_SUBJECT) return `${periodPart[1]}${whole}`;
  }
  if (bare === 'measure') {
    const owner = ownerBefore(current, own.from, depth === 0 ? previous : undefined);
    // `上海現有人工智能重點企業` + `企業產值`: the owner's last word is the measure's first.
    const joined = owner && owner.slice(-2) === ownSubject.slice(0, 2) ? `${owner}${ownSubject.slice(2)}` : `${owner}${ownSubject}`;
    if (owner && joined.length <= MAX_SUBJECT) return withChange(joined);
  }
  if (ownSubject.length >= 2 && !GENERIC.test(ownSubject) && !bare) {
    // `腾讯宣布，未来五年将投入5000亿元`: a clause that opens on a plan or a verb has its actor in the clause before.
    // `力争规上工业企业数量净增200户`: an aim whose words name their own measure needs no actor.
    // `多模态人脸活体检测对二维和三维头模的攻击正确拦截率达 100%，对真人识别正确率达 99.8%`: a clause opening on 对 is the actor's of the clause before.
    const toward = /^[对對](?!于|於|比|外|接|应|應)/u.test(ownSubject) && own.from > 1 ? ownerBefore(current, own.from) : '';
    if (toward && toward.length + ownSubject.length <= MAX_SUBJECT) return withChange(`${toward}${ownSubject}`);
    const aim = /^(?:力争|计划|拟|预计)/u.exec(ownSubject);
    if (aim && MEASURE_IN.test(ownSubject.slice(aim[0].length))) return withChange(ownSubject.slice(aim[0].length));
    const disposal = DISPOSAL.exec(withChange(ownSubject));
    if (disposal) return disposedBy(withChange(ownSubject), disposal);
    // `预计可提高生产效率30%`: a change verb before its object says the object changed.
    const raised = /^(?:可以|能够|能夠|可|能|将|將)?(提高|提升|降低|减少|減少|缩短|縮短|节省|節省)(.{2,8})$/u.exec(ownSubject);
    if (raised) return `${raised[2]}${raised[1]}`;
    if (HEADLESS.test(ownSubject) && own.from > 1) {
      const actor = tidy(wordsBefore(current, index, own.from - 1).raw);
      // `推进共建共享，新建5G基站60万个以上`: a clause that is itself an action is no actor.
      if (actor.length >= 2 && !ACTION.test(actor) && actor.length + ownSubject.length <= MAX_SUBJECT) return `${actor}${ownSubject}`;
    }
    // `中国高新技术制造业增加值同比增长5.9%`: say it is a change, not a share.
    return predicate.length >= 2 ? withPredicate(ownSubject) : withChange(revenue(ownSubject));
  }
  // The clause names no topic, or only a measure without its owner (`效率提升`, `增速`): the topic is in a clause before.
  const topic = depth < MAX_BORROW ? topicBefore(current, index, own.from, depth) : '';
  // `一个机架建设成本为50万~80万元，平均在70万元左右`: an average of the topic, said before it, not left at the end.
  if (topic && ownSubject === '平均') return `平均${topic}`;
  if (topic && bare) return withChange(`${bare === 'measure' ? measureOwner(topic, ownSubject) : topic}${ownSubject}`);
  if (topic) return withChange(topic);
  if (bare) return withChange(ownSubject);
  // `用20天时间达到日产3000套防护服产能`: what the time was spent on, numbers included.
  const after = sentence.slice(end, clauseEnd(sentence, end)).replace(/^[的，,\s]+/u, '').replace(/^时间/u, '').slice(0, MAX_SUBJECT);
  return tidy(after) || ownSubject;
}
