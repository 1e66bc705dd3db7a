/**
 * Figure extraction: every statistic in the reports' paragraphs, with what it
 * measures, the year it refers to, and links between equal statistics.
 * Headings, captions and the TOC never reach here, so `图 3.7 人工智能` is
 * not a figure and a TOC title's `28%` is not counted twice.
 */
import type { Figure } from '../core/model';
import { findFigures, isProseCount } from '../core/numbers';
import { scriptVariants, simplifiedCharacters } from './chinese';
import { actorNamesOf, namesAnOwner, PROVINCES_OF_SHENG } from './figureOwners';
import { agreedPlan, expectedInClause, horizonBefore, outlookSubject, possibleOutcome, withHorizon, withPurpose } from './figureOutlook';
import { clauseUpTo, countsThings, introducedFirm, MAX_CLAUSE_READ, subjectOf, type FigureSentence } from './figureSubjects';
import type { ReportText, Sentence } from './reportText';


/**
 * A year stated in the text: `2020年`, or `今年` / `去年` / `明年` relative to the report's date.
 * A year that is only a comparison base (`较2019年三季度增长28%`, `是2017年的43倍`) is skipped — not the
 * 为 that ends a word (`华为 2019 年发布的麒麟 990 芯片`, `成为`, `作为`).
 */
const YEAR = /(?<base>较|比|相比|相较于?|是|(?<![华華成认認作因以行称稱视視更较較最极極尤])为)?\s?(?:(?<year>(?<![\d.])(?:19|20)\d{2})\s?年(?!代)|(?<relative>今年|去年|明年))/gu;
/** `Nordcloud成立于2011年，…员工数量超过450人`: the year of an event in a firm's history dates only its own clause. */
const EVENT_BEFORE = /(?:成立|創立|创立|创办|創辦|创建|創建|始建|建立|组建|組建)(?:于|於)\s?$/u;
const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1 };
/** A day of the year written without its year (`5月26日`), not the tail of a full date (`2020年2月10日`) nor a comparison base. */
const DAY_DATE = /(?<!(?:年|\d|较|較|比|相比)\s?)(1[0-2]|[1-9])\s?月\s?(?:[12]\d|3[01]|[1-9])\s?[日号號]/gu;
const CLAUSE_BREAK = /[，。；,;]/u;
/** A part of a year written without its year (`三季度`, `第三季度`, `前三季度`, `上半年`), not after one (`去年三季度`, `2020年三季度`). */
const YEAR_PART = /(?<!年\s?)(?:(?:第|前)?([一二三四])季度|([上下])半年)/gu;
/** The last month of each part of a year (`三季度` ends in September, `上半年` in June). */
const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, 上: 6, 下: 12 };
const PREVIOUS_YEAR = /(?:上年|上一年|前一年)的?\s?$/u;
/** `2020年三季度…，前一年同期亏损5.55亿元`: a clause opening on the year before is of that year. */
const PREVIOUS_YEAR_CLAUSE = /^\s?(?:上年|上一年|前一年|去年)同期/u;
/** `比2019年的3084.9亿元`: the figure right after a comparison base is the base's own value, of the base's year. */
const BASE_VALUE = /(?:比|较)\s?((?:19|20)\d{2})\s?年的\s?$/u;
/** `寒武纪在2017年至2019年收入分别为784.33万元、1.17亿元和4.44亿元`: one value per year of the span, in order. */
const SPAN_RESPECTIVELY = /((?:19|20)\d{2})\s?年?\s?(?:至|到|-|–|—|~)\s?((?:19|20)\d{2})\s?年[^，。；,;]*?分别(?:为|是|达到|达)?\s?$/u;
/**
 * `《…三年行动计划（2020-2022）》，用3年时间推动…超过2000亿元`: a plan named with its span of years and no 年 —
 * what it aims at is to be reached by its end, so the end year dates it (a figure holds one year, not a span).
 */
const PLAN_SPAN = /(?:计划|計劃|规划|規劃|方案|纲要|綱要)\s?[（(]\s?(?<first>(?:19|20)\d{2})\s?年?\s?(?:至|到|-|–|—|~)\s?(?<last>(?:19|20)\d{2})\s?年?\s?[）)]/gu;
/**
 * `在2020中国（太原）人工智能大会上，…签约项目28个`, `NeurIPS 2019 大会`: a year opening the name of a meeting, written
 * with no 年, is the year the meeting was held, and dates what was done there as `2020年` would.
 */
const MEETING_YEAR = /(?<![\d.])((?:19|20)\d{2})(?=\s?[^\s\d年月日%％，。；,;、]{0,24}?(?:大会|大會|峰会|峰會|博览会|博覽會|论坛|論壇|年会|年會|大赛|大賽))/gu;
/**
 * Words by which a sentence with no year of its own says it goes on about the period the sentence before set up:
 * `期内` / `同期` (not `上年同期`, a comparison), `其中` (a part of what was just counted), `该项目` (the thing just
 * dated, in its clause), `累计` opening a sentence (a cumulative list begun `截至…`), `新建` opening one (what was
 * just said to be built or put into production then), and a period inside a year with no year
 * (`1—9月`, `前三季度`, `上半年`): `2020年…1—9月…。相比1—9月全球半导体…增长5.9%`.
 */
const REFERS_BACK = new RegExp(
  [
    String.raw`(?<!上年|上一年|前一年|去年|比|较|較|与|與)(?:期内|期內|同期)`,
    String.raw`(?:^|[，,；;：:])\s?其中`,
    // `该项目首次购买…150万笔，在项目存续期每日约有5万笔`: the thing just dated dates its own clause only.
    String.raw`(?:^|[，,；;：:])\s?(?:该|該)[^，,；;：:]*$`,
    // `…大多在2020年陆续投产…。新建8英寸…生产线设备本土化率…达到了50%以上`: the lines just dated.
    String.raw`^\s?(?:累计|累計|新建)`,
    String.raw`(?:^|[，,；;：:、]|相比|相较|较|較)\s?(?:前?\d{1,2}\s?[—\-–~至到]\s?\d{1,2}\s?月|前?[一二三四]季度|第[一二三四]季度|前三季度|上半年|下半年)`,
    // `2019 年京东双十一…期间，…销量同比增长 300%。而 PC 品类中，…同比增长 491%`: a part of what was just counted, as 其中.
    String.raw`^\s?而\s?[^，,；;。]{1,12}?中\s?[，,]`,
  ].join('|'),
  'u',
);
/**
 * `三季度IBM总收入为175.6亿美元…。相较之下，…营收达到55.53亿美元，增长7%，其中，…营收比去年同期增长高达20%`: a sentence
 * that sets its figures against the same period of the year before, anywhere in it, is about the period just set up.
 */
const AGAINST_SAME_PERIOD = /(?:比|较|較|相比|同比)\s?(?:去年|上年|上一年)同期/u;
/**
 * A sentence opening on a named period of its year (`2019 年京东双十一全球购物节期间，`, `在 2020 年京东 11.11 期间，`): the
 * period, without the year. Its own figures and those of the sentences carried on are of that period, not the year's.
 */
const DURING_OPENING = /^\s?(?:在\s?)?(?:19|20)\d{2}\s?年\s?([^，,。；;]{2,16}?(?:期间|期間))\s?[，,]/u;
/**
 * `截止到今年11月月底，我国建成的5G基站总量超过62万个…。5G的终端连接数已经超过2亿。`: after a sentence that dates a stock, one
 * that says another stock is already reached (`已经超过` right before the figure) is of the same date.
 */
const AS_OF = /截至|截止/u;
const ALREADY_REACHED = /(?:已经|已經|已)\s?(?:超过|超過|达到|達到|达|達|突破|有|建成|累计|累計)\s?$/u;
/**
 * `今年10月，该示范区被…命名…，目前已累计签约新兴产业项目213个，…，预计年产值5775亿元`: the output expected each year once
 * the projects run is of no one year — not of a year another clause dates — unless its own clause names one.
 */
const PROJECTED_YEARLY = /(?:预计|預計)\s?(?:每年|年)(?:产值|產值|收入|营收|營收|销售额|銷售額|产量|產量|产能|產能|利润|利潤|税收|稅收)[^，,；;。\d]{0,6}$/u;
function isProjectedYearly(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 16), start);
  return PROJECTED_YEARLY.test(before) && !/(?:19|20)\d{2}\s?年|今年|明年/u.test(before.slice(before.search(/[^，,；;]*$/u)));
}
/** `到2022年，…力争1家企业冲刺千亿。建设国家级创新平台2个以上`: a paragraph of targets opens on its deadline … */
const TARGET_DEADLINE = /^\s?(?:到|至)\s?(?:19|20)\d{2}\s?年/u;
/** A speaker setting out what is to be done (`工信部部长肖亚庆…表示，2021年将有序推进…`, `肖亚庆表示，要以5G建设为牵引`). */
const SPEAKER_PLAN = /表示\s?[，,][^。！？]*?(?:要|将|將)/u;
/** A forecast for a deadline (`根据普华永道预测，到2030年`, `预计到2025年`). */
const FORECAST_DEADLINE = /(?:预测|預測|预计|預計)[^。；;]{0,8}?(?:到|至)\s?(?:19|20)\d{2}\s?年/u;
/** … and a sentence that opens on a verb of a plan, with no subject and no year, is one more target of it. */
const TARGET_VERB = /^\s?(?:建设|建設|建成|培育|打造|形成|突破|推动|推動|力争|力爭|争取|爭取|新增|完成|实现|實現)/u;
/** `“十三五”初`, `十四五末`: the opening or closing year of a five-year plan (十三五 is 2016–2020). */
const FIVE_YEAR_EDGE = /[“「]?十([一二三四五])五[”」]?(?:时期|時期|期)?(初|末)/gu;
const FIVE_YEAR_PLAN_START: Record<string, number> = { 一: 2006, 二: 2011, 三: 2016, 四: 2021, 五: 2026 };
/** Units of a length of time (a figure in them may be a plan's whole span). */
const DURATION_UNITS = new Set(['year', 'month', 'week', 'day']);
/** A sentence longer than this is quoted by the clauses around each figure, not whole. */
const MAX_QUOTE = 300;

/** The calendar year nearest before the figure in its sentence, else the first after it; `reportYear` resolves 今年. */
export function yearOf(sentence: string, start: number, reportYear?: number): number | undefined {
  return yearsOf(sentence, reportYear).nearest(start);
}

/** The years stated in a sentence, found once, for every figure of it. */
function yearsOf(sentence: string, reportYear: number | undefined, lastMonth?: number): { nearest: (start: number, isDuration?: boolean) => number | undefined } {
  const years: { at: number; year: number; clauseOnly: boolean; planEnd?: true }[] = [];
  // `截至2020年10月…预计今年年内`: a writer who dates “now” in the sentence means that year by 今年.
  const now = /(?:截至|截止到?)\s?((?:19|20)\d{2})\s?年/u.exec(sentence);
  for (const plan of sentence.matchAll(PLAN_SPAN)) years.push({ at: plan.index, year: Number(plan.groups!.last), clauseOnly: false, planEnd: true });
  for (const meeting of sentence.matchAll(MEETING_YEAR)) years.push({ at: meeting.index, year: Number(meeting[1]), clauseOnly: false });
  for (const match of sentence.matchAll(YEAR)) {
    const { base, year, relative } = match.groups ?? {};
    if (base !== undefined) continue;
    if (year !== undefined) years.push({ at: match.index, year: Number(year), clauseOnly: EVENT_BEFORE.test(sentence.slice(Math.max(0, match.index - 6), match.index)) });
    else if (relative === '今年' && now && now.index < match.index) years.push({ at: match.index, year: Number(now[1]), clauseOnly: false });
    // `在明年5G频谱拍卖时…，目前已有15家`: a coming year dates the plan of its own clause, not what is already so.
    else if (relative !== undefined && reportYear !== undefined) years.push({ at: match.index, year: reportYear + RELATIVE_YEARS[relative], clauseOnly: relative === '明年' });
  }
  // `11月20日，中国移动…已经建成5G基站38.5万个`, `截至12月22日，…市值达到1.6万亿美元`: a day of the year with no year in
  // a sentence that states none is of the year the report was written in, as 今年 is (a month after the report's own, of
  // the year before).
  // `三季度IBM总收入为175.6亿美元` in a report of December 2020: a part of a year with no year is of the report's year too,
  // when it had ended by the report's month (`三季度` in a report of March, of the year before).
  if (years.length === 0 && reportYear !== undefined) {
    const ofReport = (lastMonthOfDate: number) => (lastMonth !== undefined && lastMonthOfDate > lastMonth ? reportYear - 1 : reportYear);
    for (const day of sentence.matchAll(DAY_DATE)) years.push({ at: day.index, year: ofReport(Number(day[1])), clauseOnly: false });
    for (const part of sentence.matchAll(YEAR_PART)) years.push({ at: part.index, year: ofReport(QUARTER_END[part[1] ?? part[2]]), clauseOnly: false });
  }
  // `从“十三五”初的11万亿元`, `十四五末工业占比30%`: the first or last year of a five-year plan, for its own clause.
  for (const plan of sentence.matchAll(FIVE_YEAR_EDGE)) {
    const first = FIVE_YEAR_PLAN_START[plan[1]];
    years.push({ at: plan.index, year: plan[2] === '初' ? first : first + 4, clauseOnly: true });
  }
  years.sort((a, b) => a.at - b.at);
  return {
    nearest(start: number, isDuration = false): number | undefined {
      const base = BASE_VALUE.exec(sentence.slice(Math.max(0, start - 10), start));
      if (base) return Number(base[1]);
      let before: number | undefined;
      for (const { at, year, clauseOnly, planEnd } of years) {
        // `用3年时间`: the length of a plan is its whole span, not its end.
        if (planEnd && isDuration) continue;
        if (at < start && !(clauseOnly && CLAUSE_BREAK.test(sentence.slice(at, start)))) before = year;
        // A year after the figure counts only within its clause (`1116傢,2019年企業產值` is another statement).
        else if (at > start) return before ?? (CLAUSE_BREAK.test(sentence.slice(start, at)) ? undefined : year);
      }
      if (before === undefined) return undefined;
      // `增速比上年的19.7%`: the year before the one the sentence is about.
      return PREVIOUS_YEAR.test(sentence.slice(Math.max(0, start - 4), start)) || PREVIOUS_YEAR_CLAUSE.test(clauseUpTo(sentence, start, /[，,；;]/u)) ? before - 1 : before;
    },
  };
}

/**
 * The span quoted for a figure: its sentence, or for a sentence too long to
 * quote (a PDF line of tables, a run-on list) the clauses around the figure,
 * so one pathological line cannot make every figure carry megabytes.
 */
function quoteSpan(sentence: Sentence, start: number, end: number): [number, number] {
  if (sentence.text.length <= MAX_QUOTE) return [sentence.start, sentence.end];
  const half = (MAX_QUOTE - (end - start)) >> 1;
  let from = Math.max(0, start - half);
  let to = Math.min(sentence.text.length, end + half);
  // Prefer to start after a clause break and stop at one, when there is one in the window.
  const breakBefore = sentence.text.slice(from, start).search(/[，,；;：:][^，,；;：:]*$/u);
  if (breakBefore >= 0) from += breakBefore + 1;
  const breakAfter = sentence.text.slice(end, to).search(/[，,；;]/u);
  if (breakAfter >= 0) to = end + breakAfter + 1;
  return [sentence.start + from, sentence.start + to];
}

/**
 * The year a report's 今年 means: the year of its date, except for a report
 * released in January, written in the year before (京东's white paper of
 * 2021-01 says `今年“京东11.11”` of November 2020).
 */
export function writtenYear(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const year = Number(date.slice(0, 4));
  return /^\d{4}-01/u.test(date) ? year - 1 : year;
}

/**
 * `中国移动已经建成5G基站38.5万个，已经超过全年建设35万个5G基站的目标` in a report of 2020-12: 全年 in the figure's own
 * clause, with no year stated or carried, is the year the report was written in (as 今年 is).
 */
export function wholeYear(sentence: string, start: number, reportYear: number | undefined): number | undefined {
  if (reportYear === undefined) return undefined;
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(sentence[from - 1])) from--;
  return /全年/u.test(sentence.slice(from, start)) ? reportYear : undefined;
}

/**
 * `5家企业过百亿`, `力争1家企业冲刺千亿`, `有13532个重点品牌的销售增速超300%`: a number right after a verb of passing, right
 * after a count of things (and a measure of theirs), is the bar that picks them out — the count is the statistic, not the
 * bar. Not an item of a list (`3.3万个品牌、超500万种商品`) nor what the things are given (`为12万家企业提供超过6,500亿元`).
 */
const PASSED_BAR =
  /[\d一二三四五六七八九十百千万几]\s?(?:家|傢|个|個|户|戶|座|项|項|名|所|款|种|種)\s?(?:(?![为為向给給、和与與及]|提供|获得|獲得|实现|實現)[^，,；;。：:\d的]){1,12}?(?:的[^，,；;。：:\d的、]{1,8})?(?:过|過|超过|超過|超|冲刺|衝刺|突破|迈过|邁過)\s?$/u;

/**
 * `市值超过100亿美元的上市公司`: a measure's bar right before the kind of firm it picks out, with no name after it — a cut-off
 * of a class, not a firm's measure (`累计融资超过70亿元的自动驾驶公司 Zoox` names the one firm, whose measure it is).
 */
const CLASS_BAR_BEFORE = /(?:市值|营收|營收|收入|销售额|銷售額|估值|规模|規模|产值|產值)\s?(?:超过|超過|超|逾|达到|達到|达|達|不低于|不低於)\s?$/u;
const CLASS_BAR_AFTER = /^\s?(?:以上)?的?[\u4e00-\u9fff]{0,6}?(?:公司|企业|企業|厂商|廠商)(?=\s?[，,。；;！？]|$)/u;
/** `他举例认为，假如…能有100米水深，那么…只有20-30米`: numbers of a speaker's made-up analogy measure nothing. */
const ANALOGY = /(?:举例|舉例|打比方|打个比方|打個比方|比喻)[^。！？]*?(?:假如|假设|假設|如果|倘若)/u;
/**
 * `原來的三十倍可能變成九百倍`: what a number might turn into, said of another number, is a supposition told to illustrate
 * (a speed-up), both sides of it made up — not `预计…将达到`, a forecast of one measure.
 */
const MIGHT_TURN = String.raw`(?:可能|也许|也許|或许|或許)\s?(?:变成|變成|变为|變為)`;
const MIGHT_TURN_AFTER = new RegExp(String.raw`^\s?${MIGHT_TURN}\s?[\d一二三四五六七八九十两兩百千万萬几幾]`, 'u');
const MIGHT_TURN_BEFORE = new RegExp(String.raw`(?:[\d一二三四五六七八九十两兩百千万萬]|倍|%)\s?${MIGHT_TURN}\s?$`, 'u');
/**
 * `广东、江苏、浙江、河南…等省市的5G基站建设数量超2万个`: a bar passed by what each of a list of three or more places or firms
 * (closed by 等省市的, 等城市的, 等企业的) has is the cut that groups them, not their total. Not a list of the things counted
 * (`油温、油压、湿度…等超过几千个运行参数`, `不动产、公积金、人社等…数据超15亿条`): their number is the statistic.
 */
const LIST_BAR = /[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8}){2,}等(?:省市|省份|省区|城市|地区|国家|國家|企业|企業|公司)的[^，,；;。：:、]{0,16}?(?:均|都)?(?:超过|超過|超|逾|过|過|突破)\s?$/u;
/**
 * `量子计算的相关问题如果实现突破，计算能力将百万倍增加`, `如果没有人为去干预，半年之后、…，这一个血管从堵到30%发展到70%`:
 * what would follow if a supposition came true, in the clauses after it to the sentence's end.
 */
const SUPPOSED_OUTCOME = /(?:如果|假如|倘若|假使|一旦)[^。；;！？]{1,30}?[，,][^。；;！？]{0,40}$/u;
/** How far before a figure a supposition is looked for: its own words and the clauses after it (`SUPPOSED_OUTCOME`). */
const MAX_SUPPOSITION_READ = 80;
/** `“50+150”户（培育的50户…）`: a bracket that glosses a quoted label whose numbers it spells out; the label ends before it. */
const GLOSSED_LABEL = /“([^”]{1,20})”[\u4e00-\u9fff]?\s?[（(][^）)]*$/u;
/** `逾期90天、120天以上账款`: a number of days right after 逾期 (or in its list) is a bracket that sorts debts, not a time measured. */
const OVERDUE_BRACKET = /(?:逾期|超期|延期)\s?(?:[\d.]+\s?天\s?[、和及]\s?)*$/u;
/** `15分钟步行圈`, `15分钟生活圈`: a time right before a circle names a planning idea, not a time measured. */
const TIME_CIRCLE = /^\s?[\u4e00-\u9fff]{0,2}圈/u;
/** `百万分之一误识率下真人通过率在98%以上`: a rate's level followed by 下 is the setting another rate is measured at. */
const THRESHOLD_AFTER = /^\s?[\u4e00-\u9fff]{0,4}率\s?(?:下|时|時|条件下|條件下)/u;
/** `没有百亿元的投入很难‘熬’到盈利`: what one could not do without is a need supposed, not an amount spent. */
const WITHOUT_BEFORE = /(?:没有|沒有)\s?$/u;
const WITHOUT_AFTER = /^[^，,。；;！？]{0,10}?(?:很难|很難|难以|難以|无法|無法|不能|不可能)/u;
/** `“全国24小时、全球72小时有货必达”的重要保障`: a short quoted promise or slogan, its numbers part of its words. */
const QUOTE_OPEN_BEFORE = /[“「][^”」“「]{0,20}$/u;
const PROMISE_AFTER = /^[^”」“「]{0,20}?(?:(?:必达|必達)[”」]|[”」]的[\u4e00-\u9fff]{0,4}?(?:保障|承诺|承諾|口号|口號|愿景|願景|理念))/u;
/** `并宣布5年培养500万AI人才`: a number of years right after an announcement or a plan word and before its deed is the plan's length. */
const PLAN_LENGTH_BEFORE = /(?:宣布|计划|計劃|(?<!模)拟|擬|力争|力爭)\s?$/u;
const PLAN_LENGTH_AFTER = /^\s?(?:内|內|时间|時間)?(?:培养|培養|投入|投资|投資|建设|建設|新建|建成|打造|培育|实现|實現|发布|發布)/u;

/**
 * `4 片 DDR 内存裸片可以通过 3D 封装技术紧密的封装在一起形成 4 倍容量的内存颗粒`: a sentence opening on a count of parts that
 * a technique can join is a worked example of how the technique works; every number of it is made up to illustrate.
 */
const WORKED_EXAMPLE = /^\s?[\d一二三四五六七八九十两兩]+\s?(?:片|个|個|块|塊|颗|顆)\s?[^，,。；;]{1,16}?(?:可以|可|能够|能夠)\s?通过\s?[^，,。；;]{1,16}?(?:技术|技術)/u;
/** `在常态型部分，需完成3项大的技术突破`: the items a speaker says a part of a framework needs is the length of the framework, not a count. */
const ITEMS_NEEDED = /(?:需要|需|要)\s?(?:完成|实现|實現)\s?$/u;
/** `按不超过项目总投资40%给予资助，最高3亿元`: the cap a grant may reach, after the clause that gives it. */
const GRANT_CAP_BEFORE = /(?:资助|資助|补贴|補貼|补助|補助|奖励|獎勵|扶持)\s?[，,]\s?(?:单个项目|單個項目|每个项目|每個項目)?\s?最高(?:不超过|不超過|可达|可達)?\s?$/u;

/** `按不超过项目总投资40%给予资助`: a share (or sum) of a cost a grant may reach at most, before the grant — a policy's cap. */
const AT_MOST_BEFORE = /(?:不超过|不超過|不高于|不高於|最高|最多)[^，,。；;\d]{0,12}$/u;
const GRANT_AFTER = /^\s?(?:的比例)?\s?(?:给予|給予|予以)\s?(?:资助|資助|补贴|補貼|补助|補助|奖励|獎勵|扶持)/u;
/**
 * `全国90%区县实现24小时达`, `48小时线上名医会诊`: a time right before the service it names — a delivery promised within it
 * (…达), a consultation or a watch offered (…会诊, …值守) — is the service's name, no time measured.
 */
const SERVICE_NAMED_AFTER = /^\s?(?:(?:达|達)(?=[，,。；;、）)]|$)|[\u4e00-\u9fff]{0,6}(?:会诊|會診|问诊|問診|咨询|諮詢|值守|热线|熱線)(?=[，,。；;、]))/u;
/** `研发下一代24比特超导量子芯片`: a qubit count written into the name of a chip still being developed, no count of one built. */
const DEVELOPED_BEFORE = /(?:研发|研發|研制|研製|开发|開發)[^，,。；;的]{0,4}$/u;
const CHIP_NAMED_AFTER = /^\s?[\u4e00-\u9fff]{0,6}?(?:芯片|处理器|處理器)/u;
/**
 * `15个千亿级产业实现营收5140.5亿元`: a count opening a clause with a group named by its tier, whose total the clause then
 * gives, names the group the total is of (its size is the plan's, stated where the group is made).
 */
const TIER_GROUP_AFTER = /^\s?[十百千万萬]+[亿億]?[级級][\u4e00-\u9fff]{0,4}?(?:产业|產業|企业|企業)\s?(?:实现|實現|完成)?(?:营收|營收|营业收入|營業收入|产值|產值|收入|利润|利潤|增加值)/u;
/** `“我們晚3、4年很正常”`: how far behind a quoted remark says one is, as normal, is a speaker's impression, not a lag measured. */
const LAG_REMARK_BEFORE = /[“「][^”」“「]{0,16}?(?:晚|落后|落後)[^”」“「，,。]{0,6}$/u;
const LAG_REMARK_AFTER = /^[^”」“「]{0,6}?很正常/u;

/** `3分钟线上申请，1秒钟审批，0人工干预的简称`: numbers a name spells out, glossed as what it is short for, after them in the sentence. */
const SPELLED_NAME_AFTER = /^[^。！？!?；;]{0,30}?的(?:简称|簡稱|缩写|縮寫)/u;
/** `其他3个行业`: the rest of a list, right after 其他 or 其余. */
const REST_BEFORE = /(?:其他|其它|其余|其餘)\s?$/u;
/** `装备、石化、能源、食品4个主导行业`: a list written out item by item, then its count and counter (1, 2). */
const WRITTEN_LIST = /(?:[\u4e00-\u9fff]{1,6}、){2,}[\u4e00-\u9fff]{1,6}\s?(\d+)\s?([个個家项項种種条條])/gu;

/** `一个人要看完所有视频大约需要100多年`: the time one person would need for what no one does is an analogy of a size, no time measured. */
const ONE_PERSON_WOULD_NEED = /一[个個]人(?:要|若|如果|如要)[^，,。；;！？]{1,16}?(?:需要|需|得花|要花)(?:大约|大約|大概|约|約)?\s?$/u;
/**
 * `推动生产国家重点监测的10种重要防护用品`: the kinds on a list a body keeps (monitors, lists, designates) are its length, a
 * name of the list, not a quantity measured (what was done for them, or in how long, is).
 */
const NAMED_LIST_BEFORE = /(?:重点监测|重點監測|列入|纳入|納入|指定|规定|規定)的\s?$/u;
/**
 * `先进制程工艺已经发展到 10nm 以下`: a technology's frontier passed beyond a size is a cut-off it crossed, no size of
 * anything measured (the node a named chip uses, `麒麟 990 芯片采用 7nm 工艺`, stays).
 */
const FRONTIER_PASSED_BEFORE = /(?:发展|發展|推进|推進|演进|演進|进入|進入|迈入|邁入|进步|進步)(?:到|至)\s?$/u;
const FRONTIER_PASSED_AFTER = /^\s?(?:以下|以内|以內|以上)/u;
/**
 * `集成电路工艺在突破 5nm 之后`, `仍继续向着 1nm 迈进`: a size a technology broke through, told as the time after it, or one
 * it heads for is a milestone or a direction, no size of anything measured (a chip's node, `采用 7nm 工艺`, stays).
 */
const MILESTONE_BEFORE = /(?:突破|跨过|跨過|越过|越過|向着|向著|朝着|朝著)\s?$/u;
const MILESTONE_AFTER = /^\s?(?:之后|之後|以后|以後|后|後|迈进|邁進|前进|前進|发展|發展)/u;
/**
 * `朝着 7 纳米、5 纳米发展`: sizes listed one after another toward the same direction are each that direction; the list's
 * other sizes (one or two, `、` or `和` between) are skipped on either side before `MILESTONE_BEFORE`/`MILESTONE_AFTER` read.
 */
const LISTED_SIZE = String.raw`\d+(?:\.\d+)?\s?(?:nm|纳米|納米|英寸|千瓦|kW)`;
const SIZES_LISTED_BEFORE = new RegExp(String.raw`(?:${LISTED_SIZE}\s?[、和与與]\s?){1,2}$`, 'u');
const SIZES_LISTED_AFTER = new RegExp(String.raw`^(?:\s?[、和与與]\s?${LISTED_SIZE}){1,2}`, 'u');
/**
 * `人工智能强调的“人才”效应，经过20年的酝酿，已充分显现`: years something went through ripening, before the event the sentence
 * tells, are a narrative span, no time measured (`经过3年的建设`, a time a work took, stays).
 */
const WENT_THROUGH_BEFORE = /(?:经过|經過|历经|歷經)\s?$/u;
const RIPENING_AFTER = /^\s?的?\s?(?:酝酿|醞釀|积累|積累|沉淀|沉澱|积淀|積澱|耕耘|孕育)\s?[，,]/u;
/**
 * `按照一个2U机架平均10台服务器来配置，每台…`: a number an estimate is set up with (按照…来配置/计算) is the estimate's
 * assumption, no count of anything (a bracket saying how a share is reckoned, `（按设备投资额计算）达到了50%`, is before
 * its figure, not around it).
 */
const ASSUMED_BEFORE = /(?:按照|按)[^，,。；;（）()]{0,16}$/u;
const ASSUMED_AFTER = /^[^，,。；;（）()]{0,12}?(?:来|來)?(?:配置|计算|計算|测算|測算|估算)\s?[，,]/u;
/**
 * `重点推动大庆石化千万吨炼油、龙油550等投产项目`: an order of magnitude in a list of projects the sentence names (…等…项目)
 * is part of a project's name, no quantity (a count of projects, `推动65个…项目`, has digits and no list).
 */
const PROJECT_NAMED_AFTER = /^[\u4e00-\u9fff]{1,4}、[^，,。；;]{1,16}?等[\u4e00-\u9fff]{0,4}(?:项目|項目|工程)/u;
/**
 * `低时延：端到端时延ms级，抖动us级•高可靠：99.999%•同步精度：百纳秒级`: a share written as a label's value in a line of
 * bullet specifications is a target the specification sets (a reliability asked for), no share of anything measured. The
 * line is known by a bullet within the window either side.
 */
const SPEC_LABEL_BEFORE = /(?:^|[•·])\s?[\u4e00-\u9fff]{2,6}\s?[：:]\s?$/u;
/**
 * `一个城市的全部摄像头记录的视频数据量，相当于1000亿张图片，一个人要看完所有视频大约需要100多年`: a count of other things an
 * amount is likened to, told with the time one person would need for it, is an analogy of a size, no count of those things
 * (`相当于15.7万亿美元的增长`, an amount in money, stays).
 */
const LIKENED_BEFORE = /(?:相当于|相當於)\s?$/u;
const ONE_PERSON_AFTER = /^[^，,。；;！？]{0,8}[，,]\s?一[个個]人(?:要|若|如果|如要)/u;

/** Whether figure is a size a technology broke through or heads for (`MILESTONE_BEFORE`), alone or in a list of sizes. */
function isMilestone(sentence: string, figure: { start: number; end: number }): boolean {
  const before = sentence.slice(Math.max(0, figure.start - 32), figure.start);
  const after = sentence.slice(figure.end, figure.end + 32);
  const listedBefore = SIZES_LISTED_BEFORE.exec(before)?.[0].length ?? 0;
  const listedAfter = SIZES_LISTED_AFTER.exec(after)?.[0].length ?? 0;
  return MILESTONE_BEFORE.test(before.slice(Math.max(0, before.length - listedBefore - 4), before.length - listedBefore)) && MILESTONE_AFTER.test(after.slice(listedAfter, listedAfter + 4));
}

/** Whether figure is a label's value in a line of bullet specifications (`SPEC_LABEL_BEFORE`), a bullet before or after it. */
function isSpecificationTarget(sentence: string, figure: { start: number; end: number }): boolean {
  const from = Math.max(0, figure.start - 12);
  const label = SPEC_LABEL_BEFORE.exec(sentence.slice(from, figure.start));
  // `^` is the sentence's start only when the window starts there.
  if (!label || (from > 0 && !/^\s?[•·]/u.test(label[0]))) return false;
  return /[•·]/u.test(label[0]) || /^[^。；;]{0,24}?[•·]/u.test(sentence.slice(figure.end, figure.end + 24));
}

/** Whether figure's count is of the rest of a list its sentence wrote out before it, item by item: arithmetic of the words. */
function isRestOfWrittenList(sentence: string, figure: { start: number; value: number; unit: string }): boolean {
  if (!REST_BEFORE.test(sentence.slice(Math.max(0, figure.start - 4), figure.start))) return false;
  for (const [, count, counter] of sentence.slice(Math.max(0, figure.start - MAX_CLAUSE_READ), figure.start).matchAll(WRITTEN_LIST)) {
    if (simplifiedCharacters(counter) === simplifiedCharacters(figure.unit) && Number(count) > figure.value) return true;
  }
  return false;
}

/**
 * Numbers that only name a class or a cut, not a quantity measured: a bar counted things pass (`PASSED_BAR`), a top-N
 * after a superlative (`全球市值最高的5家公司`), a measure's cut-off of a kind of firm (`CLASS_BAR_BEFORE`), the numbers of a
 * made-up analogy (`ANALOGY`) or supposition (`MIGHT_TURN`; what would follow if one came true, `SUPPOSED_OUTCOME`), a bar grouping a list (`LIST_BAR`), and of a quoted label's gloss (`GLOSSED_LABEL`), a bracket of overdue debts (`OVERDUE_BRACKET`), a circle's name (`TIME_CIRCLE`), and a plan's whole length when the sentence
 * names the plan with its span (`…三年行动计划（2020-2022）》，用3年时间推动…`) or states it before the plan's deed (`PLAN_LENGTH_BEFORE`);
 * the setting a rate is measured at (`THRESHOLD_AFTER`), a need supposed (`WITHOUT_BEFORE`), a quoted promise
 * (`PROMISE_AFTER`), the numbers a name spells out (`SPELLED_NAME_AFTER`), the rest of a list written out before
 * (`isRestOfWrittenList`), a worked example of a technique (`WORKED_EXAMPLE`), the items a framework needs (`ITEMS_NEEDED`) and
 * a quoted remark's lag (`LAG_REMARK_BEFORE`); one person's time for what no one does (`ONE_PERSON_WOULD_NEED`), the length of a
 * list a body keeps (`NAMED_LIST_BEFORE`), a frontier a technology passed (`FRONTIER_PASSED_BEFORE`) or a milestone or direction
 * of one (`isMilestone`), a narrative span of ripening (`RIPENING_AFTER`), an estimate's assumption (`ASSUMED_BEFORE`), a
 * project's name in a list of projects (`PROJECT_NAMED_AFTER`), a specification's target share (`isSpecificationTarget`), a count an amount is likened to
 * (`LIKENED_BEFORE`); a grant's cap (`GRANT_CAP_BEFORE`), a qubit count in the name of a chip being
 * developed (`DEVELOPED_BEFORE`) and a tier group's size opening the clause of its total (`TIER_GROUP_AFTER`). Physical quantities are statistics, as issue #12 lists them: a process node (`麒麟 990 芯片采用
 * 7nm 工艺`), a wafer size (`新建8英寸…生产线`), a rating (`7千瓦等效機櫃`) and an order of magnitude of time (`毫秒级的传输时延`).
 */
export function isNoStatistic(sentence: string, figure: { start: number; end: number; value: number; unit: string }): boolean {
  if (PASSED_BAR.test(sentence.slice(Math.max(0, figure.start - 40), figure.start))) return true;
  if (CLASS_BAR_BEFORE.test(sentence.slice(Math.max(0, figure.start - 8), figure.start)) && CLASS_BAR_AFTER.test(sentence.slice(figure.end, figure.end + 16))) return true;
  // Every read is bounded around the figure, so a line of thousands of figures costs the same per figure.
  if ((figure.unit === 'minute' || figure.unit === 'hour') && TIME_CIRCLE.test(sentence.slice(figure.end, figure.end + 4))) return true;
  if (figure.unit === 'day' && OVERDUE_BRACKET.test(sentence.slice(Math.max(0, figure.start - 24), figure.start))) return true;
  if (ANALOGY.test(sentence.slice(Math.max(0, figure.start - MAX_CLAUSE_READ), figure.start))) return true;
  if (DURATION_UNITS.has(figure.unit) && ONE_PERSON_WOULD_NEED.test(sentence.slice(Math.max(0, figure.start - 32), figure.start))) return true;
  if (CLASSING_UNITS.has(figure.unit) && FRONTIER_PASSED_BEFORE.test(sentence.slice(Math.max(0, figure.start - 6), figure.start)) && FRONTIER_PASSED_AFTER.test(sentence.slice(figure.end, figure.end + 4))) return true;
  if (CLASSING_UNITS.has(figure.unit) && isMilestone(sentence, figure)) return true;
  if (DURATION_UNITS.has(figure.unit) && WENT_THROUGH_BEFORE.test(sentence.slice(Math.max(0, figure.start - 4), figure.start)) && RIPENING_AFTER.test(sentence.slice(figure.end, figure.end + 8))) return true;
  if (ASSUMED_BEFORE.test(sentence.slice(Math.max(0, figure.start - 20), figure.start)) && ASSUMED_AFTER.test(sentence.slice(figure.end, figure.end + 20))) return true;
  if (/^[十百千万萬]/u.test(sentence.slice(figure.start, figure.end)) && PROJECT_NAMED_AFTER.test(sentence.slice(figure.end, figure.end + 32))) return true;
  if (figure.unit === 'percent' && isSpecificationTarget(sentence, figure)) return true;
  if (countsThings(figure.unit) && LIKENED_BEFORE.test(sentence.slice(Math.max(0, figure.start - 4), figure.start)) && ONE_PERSON_AFTER.test(sentence.slice(figure.end, figure.end + 24))) return true;
  if (/^(?:种|種|类|類|项|項)$/u.test(figure.unit) && NAMED_LIST_BEFORE.test(sentence.slice(Math.max(0, figure.start - 8), figure.start))) return true;
  if (MIGHT_TURN_AFTER.test(sentence.slice(figure.end, figure.end + 12)) || MIGHT_TURN_BEFORE.test(sentence.slice(Math.max(0, figure.start - 12), figure.start))) return true;
  if (SUPPOSED_OUTCOME.test(sentence.slice(Math.max(0, figure.start - MAX_SUPPOSITION_READ), figure.start))) return true;
  if (LIST_BAR.test(sentence.slice(Math.max(0, figure.start - MAX_CLAUSE_READ), figure.start))) return true;
  const label = GLOSSED_LABEL.exec(sentence.slice(Math.max(0, figure.start - 60), figure.start))?.[1];
  if (label !== undefined && (label.match(/\d+(?:\.\d+)?/gu) ?? []).map(Number).includes(figure.value)) return true;
  const before = sentence.slice(Math.max(0, figure.start - 8), figure.start);
  if (figure.unit === 'year' && PLAN_LENGTH_BEFORE.test(before) && PLAN_LENGTH_AFTER.test(sentence.slice(figure.end, figure.end + 8))) return true;
  if (/^(?:家|个|個|名|位|款|种|種)$/u.test(figure.unit) && /最[\u4e00-\u9fff]{1,3}的\s?$/u.test(before)) return true;
  const after = sentence.slice(figure.end, figure.end + 24);
  if (THRESHOLD_AFTER.test(after) || (WITHOUT_BEFORE.test(before) && WITHOUT_AFTER.test(after))) return true;
  if (QUOTE_OPEN_BEFORE.test(sentence.slice(Math.max(0, figure.start - 24), figure.start)) && PROMISE_AFTER.test(after)) return true;
  if (SPELLED_NAME_AFTER.test(sentence.slice(figure.end, figure.end + 40)) || isRestOfWrittenList(sentence, figure)) return true;
  if (AT_MOST_BEFORE.test(sentence.slice(Math.max(0, figure.start - 16), figure.start)) && GRANT_AFTER.test(after)) return true;
  if (/^(?:minute|hour|day|week)$/u.test(figure.unit) && SERVICE_NAMED_AFTER.test(sentence.slice(figure.end, figure.end + 12))) return true;
  if ((figure.unit === 'CNY' || figure.unit === 'USD') && GRANT_CAP_BEFORE.test(sentence.slice(Math.max(0, figure.start - 16), figure.start))) return true;
  if (figure.unit === 'qubit' && DEVELOPED_BEFORE.test(sentence.slice(Math.max(0, figure.start - 8), figure.start)) && CHIP_NAMED_AFTER.test(after)) return true;
  if (/^(?:\s|[，,；;。：:])*$/u.test(sentence.slice(Math.max(0, figure.start - 1), figure.start)) && TIER_GROUP_AFTER.test(after)) return true;
  if (WORKED_EXAMPLE.test(sentence.slice(0, 60)) || (/^(?:项|項)$/u.test(figure.unit) && ITEMS_NEEDED.test(before))) return true;
  if (figure.unit === 'year' && LAG_REMARK_BEFORE.test(sentence.slice(Math.max(0, figure.start - 24), figure.start)) && LAG_REMARK_AFTER.test(sentence.slice(figure.end, figure.end + 12))) return true;
  // `端到端时延ms级`, `毫秒级的响应速度`: an order of magnitude of time named by its unit alone, with no number, is a class of
  // speed a specification asks for, no value (`数据超过PB级`, an amount of data passed, stays: a stock measured).
  if (figure.unit === 'year' && /用\s?$/u.test(before)) {
    for (const plan of sentence.matchAll(PLAN_SPAN)) {
      if (Number(plan.groups!.last) - Number(plan.groups!.first) + 1 === figure.value) return true;
    }
  }
  return false;
}

/** The year of figure `index` in a run of values given 分别 for each year of a span, if it is one. */
export function spanYear(sentence: string, figures: { start: number; end: number }[], index: number): number | undefined {
  const joined = (a: number) => /^\s?[、和及与與]\s?$/u.test(sentence.slice(figures[a].end, figures[a + 1].start));
  let first = index;
  while (first > 0 && joined(first - 1)) first--;
  let last = index;
  while (last + 1 < figures.length && joined(last)) last++;
  // The pattern holds none of ，。；,; so it lies in the clause before the figure: read only that (a line of thousands
  // of figures read its whole opening for each).
  let clause = figures[first].start;
  const floor = Math.max(0, clause - MAX_CLAUSE_READ);
  while (clause > floor && !'，。；,;'.includes(sentence[clause - 1])) clause--;
  const span = SPAN_RESPECTIVELY.exec(sentence.slice(clause, figures[first].start));
  if (!span) return undefined;
  const [from, to] = [Number(span[1]), Number(span[2])];
  return to - from === last - first ? from + index - first : undefined;
}

/**
 * A span of years with 年 (`2019-2024年`, `2020—2025年期间`, `在2021年至2028年间`), not one inside a title (`《2019-2020年中国云
 * 计算市场研究年度报告》`).
 */
const SPAN_OF_YEARS = /((?:19|20)\d{2})\s?年?\s?(?:至|到|-|–|—|~)\s?((?:19|20)\d{2})\s?年(?![^《》]*》)/gu;

/** `2020年到2023年，…市场规模都在1000亿元以上`: a value each year of a span reaches (都, 均), not the span's total. */
const EACH_OF_SPAN = /(?:都|均|皆)\s?(?:在|为|為|是|达到|達到|达|達|超过|超過|保持)?\s?$/u;

/**
 * `预计2020—2025年期间工业互联网领域累计投资将达到6500亿元`, `2019-2024年CAGR为45.11%`: the span of years a figure's sentence
 * states before it, with no other year in between, is what the figure covers — a total or a rate over the span, of no
 * one year (`2020—2025年`). Not the spans `spanYear` reads as one value per year (`2017年至2019年收入分别为…`).
 */
export function spanBefore(sentence: string, start: number): { text: string; last: number } | undefined {
  const before = sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start);
  const span = [...before.matchAll(SPAN_OF_YEARS)].pop();
  if (!span) return undefined;
  const after = before.slice(span.index + span[0].length);
  if (/(?:19|20)\d{2}\s?年|今年|去年|明年|分别|分別/u.test(after)) return undefined;
  return { text: `${span[1]}—${span[2]}年`, last: Number(span[2]) };
}

/** A subject that is a share of something (`…终端用户占比`, `…市占率`). */
const SHARE_END = /(?:占比|佔比|市占率|市佔率|市场份额|市場份額|份额|份額|比重)$/u;
/** A clause that goes on about the parts of what the clause before counted: `其中…`, `而上述四家公司…`. */
const PART_CLAUSE = /^\s?(?:其中|而|上述)/u;

/**
 * `蜂窝物联网终端用户数已达到11.06亿，其中应用于智能制造、…的终端用户占比分别达21.1%…`: a share stated in a clause that goes
 * on about the parts of the amount the clause right before counts is a share of that amount — the subject says the
 * whole (`中国蜂窝物联网终端用户中智慧公共事业的终端用户占比`), without the words both open on twice.
 */
function shareOfWhole(subject: string, sentence: string, start: number, whole: { subject: string; end: number } | undefined): string {
  if (!whole || !SHARE_END.test(subject)) return subject;
  const floor = Math.max(whole.end, start - MAX_CLAUSE_READ);
  let clauseStart = start;
  while (clauseStart > floor && !/[，,；;。：:]/u.test(sentence[clauseStart - 1])) clauseStart--;
  // The whole is counted in the clause right before: one clause break between it and the share's clause.
  if (clauseStart <= whole.end || /[，,；;。：:]/u.test(sentence.slice(whole.end, clauseStart - 1)) || !PART_CLAUSE.test(sentence.slice(clauseStart, start))) return subject;
  const wholeNoun = whole.subject.replace(/(?:数量|數量|总数|總數|数|數)$/u, '');
  if (wholeNoun.length < 2 || subject.includes(wholeNoun)) return subject;
  let shared = 0;
  while (shared < subject.length && subject[shared] === wholeNoun[shared]) shared++;
  return `${wholeNoun}中${subject.slice(shared)}`;
}

/** `四家公司,就控制了整个中国互联网超过`: who holds a share (1), the verb (2) and the whole it is of (3), right before it. */
const HOLDS_SHARE = /(?:^|[，,；;：:])\s?([^，,；;：:]{2,24}?)[,，]?\s?(?:就|已经|已經|已|共)?(控制|占据|佔據|占有|佔有|掌握|垄断|壟斷)了?(?:整个|整個)?([\u4e00-\u9fff]{0,10}?)(?:超过|超過|近|约|約)?\s?$/u;

/**
 * `阿里、腾讯、百度、字节跳动四家公司,就控制了整个中国互联网超过70%的流量`: a share someone holds of a whole is that holder's
 * part of it (阿里、腾讯、百度、字节跳动四家公司控制的中国互联网流量占比), not the whole.
 */
function heldShare(sentence: string, start: number, end: number): string | undefined {
  const holds = HOLDS_SHARE.exec(sentence.slice(Math.max(0, start - 60), start));
  const noun = /^\s?的([\u4e00-\u9fff]{1,6})(?=[，,。；;]|$)/u.exec(sentence.slice(end, end + 10))?.[1];
  return holds && noun !== undefined ? `${holds[1].trim()}${holds[2]}的${holds[3]}${noun}占比` : undefined;
}

/** A share of someone's assets (`股票占中国城镇居民资产`): the words up to the owner (1), the owner (2). */
const SHORT_ASSETS = /^(.+?[占佔])(.{2,12}?)资产$/u;
/** `中国城镇居民金融资产构成中现金及银行活期/定期存款`: a part named as in the whole's make-up. */
const MAKEUP_PART = /^(.{2,}?)(?:构成|構成|结构|結構)中(.{2,})$/u;
/** `还有96%市场潜力没有挖掘`, `全市99.4%自建系统已上云`: what a share's noun is not yet, or already is, right after it to its clause's end. */
const NOT_YET = /^\s?([\u4e00-\u9fff]{2,6}?)(没有|沒有|尚未|还未|還未|未|已经|已經|已)([\u4e00-\u9fff]{2,4})(?=[，,。；;]|$)/u;

/**
 * `中国城镇居民金融资产构成中39.1%为现金及银行活期/定期存款`, `目前公有云还有96%市场潜力没有挖掘`: a share says what takes it
 * and of what whole — the part before 占 and the whole after (现金及银行活期/定期存款占中国城镇居民金融资产), and the share of a
 * noun that is not yet or already something says so (公有云没有挖掘的市场潜力, 全市已上云的自建系统), and the whole is the
 * one the sentence said in full, as the judges read a share that names only its whole.
 */
function shareSaid(subject: string, sentence: string, start: number, end: number): string {
  const held = heldShare(sentence, start, end);
  if (held !== undefined) return held;
  // `中国城镇居民金融资产构成中…，股票…分别仅占城镇居民资产的6.4%`: a whole said short after the sentence said it in full is
  // the full one (中国城镇居民金融资产).
  const whole = SHORT_ASSETS.exec(subject);
  if (whole && sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start).includes(`${whole[2]}金融资产`)) return `${whole[1]}${whole[2]}金融资产`;
  const makeup = MAKEUP_PART.exec(subject);
  if (makeup) return `${makeup[2]}占${makeup[1]}`;
  const notYet = NOT_YET.exec(sentence.slice(end, end + 16));
  if (notYet && subject.endsWith(notYet[1])) return `${subject.slice(0, -notYet[1].length)}${notYet[2]}${notYet[3]}的${notYet[1]}`;
  return subject;
}

/** A subject about a whole city, not saying which (`全市已上云的自建系统`). */
const WHOLE_CITY = /^全市/u;
/** A city named (`宿迁市政府`, `助力宿迁市`): its name, before 市. */
const NAMED_CITY = /((?:(?![全各本该該每])[\u4e00-\u9fff]){2})市(?!场|場|值|民|区|區|级|級)/gu;

/**
 * `助力宿迁市政府将…云化。目前已完成211个政务应用系统上云，全市99.4%自建系统已上云`: 全市 is the city the sentence or the one
 * before last names, and the subject says which (宿迁全市已上云的自建系统).
 */
function placeOfWhole(subject: string, sentence: string, start: number, previous: FigureSentence | undefined): string {
  if (!WHOLE_CITY.test(subject)) return subject;
  const lastIn = (text: string) => [...text.matchAll(NAMED_CITY)].pop()?.[1];
  const city = lastIn(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start)) ?? lastIn(previous?.text.slice(-MAX_CLAUSE_READ) ?? '');
  return city === undefined ? subject : `${city}${subject}`;
}

/** A tier of firms or industries right after a count (`50个百亿级企业`, `15个千亿级产业`). */
const TIER_AFTER = /^\s?[十百千万萬]+[亿億]?[级級]/u;
/** A verb of making in the clause before a count, not one said of it (`重点培育的50户`): `围绕百千万工程打造50个…和15个…`. */
const MAKING = /(打造|培育)[^，,。；;的]*$/u;

/**
 * `开展产业链固链行动，围绕百千万工程打造50个百亿级企业和15个千亿级产业`: firms or industries of a tier to be made are a
 * programme's aim, not a result — the subject says it is planned (百千万工程计划打造的千亿级产业). Not firms of a tier that
 * do something (`50户百亿级企业稳产增产`) nor those that reached a measure (`15个千亿级产业实现营收`): nothing makes them.
 */
function tierAimed(subject: string, sentence: string, start: number, end: number): string {
  const making = MAKING.exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start));
  if (!making || !TIER_AFTER.test(sentence.slice(end, end + 6)) || /计划|計劃|目标|目標/u.test(subject)) return subject;
  return subject.includes(making[1]) ? subject.replace(making[1], `计划${making[1]}`) : `计划${making[1]}的${subject}`;
}

/** The words of a figure's clause before it, and of the clause before that one (from a comma or `；`), if there is one. */
function lastTwoClauses(sentence: string, start: number): { own: string; previous: string } | undefined {
  const before = sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start);
  const clauseFrom = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','));
  if (clauseFrom < 0) return undefined;
  const previousFrom = Math.max(before.lastIndexOf('，', clauseFrom - 1), before.lastIndexOf(',', clauseFrom - 1), before.lastIndexOf('；', clauseFrom - 1)) + 1;
  return { own: before.slice(clauseFrom + 1), previous: before.slice(previousFrom, clauseFrom) };
}

/** A date a clause opens on (`4月底`, `6月末`, `年底`), with the rate-only subject after it. */
const RATE_ONLY = /^(\d{1,2}\s?月(?:底|末|份)?|年底|年末)?([\u4e00-\u9fff]{1,6}率)$/u;
/** A clause opening on a verb that acts on firms (`推动规上企业能开则开`): the firms, its object. */
const FIRMS_ACTED_ON = /^\s?(?:推动|推動|促进|促進|帮助|幫助|支持|引导|引導|组织|組織|指导|指導)([\u4e00-\u9fff]{0,6}?(?:企业|企業|工厂|工廠|商户|商戶))/u;
const DATE_OPENING = /^\s?(\d{1,2}\s?月(?:底|末|份)?|年底|年末)/u;

/**
 * `推动规上企业能开则开应开尽开，4月底开工率、员工返岗率和产能利用率分别达到98%、97%和90%`: a rate with no owner, in a clause
 * right after one that pushes firms to act, is those firms' rate, at the date its clause opens on, for every item of its list
 * (4月底规上企业产能利用率).
 */
function ratesOfFirms(subject: string, sentence: string, start: number): string {
  const rate = RATE_ONLY.exec(subject);
  if (!rate) return subject;
  const clauses = lastTwoClauses(sentence, start);
  const firms = clauses && FIRMS_ACTED_ON.exec(clauses.previous)?.[1];
  if (!clauses || firms === undefined) return subject;
  const date = rate[1] ?? DATE_OPENING.exec(clauses.own)?.[1] ?? '';
  return `${date}${firms}${rate[2]}`;
}

/** A subject that opens on giving (`给到企业的信用类贷款`): who gives is not said. */
const GIVING = /^(?:给到|給到|给予|給予|发放|發放)/u;
/** The actor a clause opens on, past an example's framing, up to its deed (`比如以深圳的大行基本做了`). */
const ACTOR_OF_DEED = /^\s?(?:比如|例如|譬如)?\s?(?:以)?([\u4e00-\u9fff]{2,8}?)(?:基本|已经|已經|已|都|均)?(?:做了|做到|完成|开展|開展|实现|實現)/u;

/**
 * `比如以深圳的大行基本做了“银税直连”工作，可以给到企业100万-200万元信用类贷款`: money given, with no giver in its own
 * clause, is given by the actor the clause before opens on (深圳的大行给到企业的信用类贷款).
 */
function giverBefore(subject: string, sentence: string, start: number): string {
  if (!GIVING.test(subject)) return subject;
  const clauses = lastTwoClauses(sentence, start);
  const actor = clauses && ACTOR_OF_DEED.exec(clauses.previous)?.[1];
  return actor === undefined ? subject : `${actor}${subject}`;
}

/** Framing a sentence may open on before its topic. */
const SENTENCE_FRAMING = /^\s?(?:目前|当前|當前|如今|现在|現在|同时|同時|此外|另外)?\s?[，,]?\s?/u;
/** What follows a topic's name in its sentence: a modal, an adverb or a verb of its deed (`巡检机器人可在`). */
const AFTER_TOPIC = /^\s?(?:可|能|已|将|將|在|通过|通過|实现|實現|累计|累計|共|的)/u;
/** The shortest topic carried on (`京东科技数据中心巡检机器人`, not a two-character word that opens both by chance). */
const MIN_TOPIC = 4;

/** Names that say how far a deed reaches, not who did it (`京东物流实现…，全国90%区县实现24小时达`). */
const SCOPES = /全国|全國|全球|全世界|全中国|全中國/gu;

/** Whether a subject names an owner other than a scope (`实现24小时达的全国区县占比` names none). */
function namesOwnerBeyondScope(subject: string, actors: readonly string[]): boolean {
  return namesAnOwner(subject.replace(SCOPES, ''), actors);
}

/**
 * `目前京东科技数据中心巡检机器人可在平均30秒内完成…，且检测准确率达到98%以上，SLAM自主导航精度误差在20毫米`: the name a
 * sentence opens on, which an earlier figure of the sentence took as its owner, owns a later figure whose subject names no
 * owner (京东科技数据中心巡检机器人SLAM自主导航精度误差) — the sentence goes on about the same thing.
 */
function topicOfSentence(subject: string, sentence: string, earliest: Figure | undefined, actors: readonly string[]): string {
  const first = earliest?.subject;
  if (first === undefined || namesOwnerBeyondScope(subject, actors)) return subject;
  const opening = sentence.slice(0, MAX_CLAUSE_READ).replace(SENTENCE_FRAMING, '');
  let shared = 0;
  while (shared < first.length && first[shared] === opening[shared]) shared++;
  const topic = first.slice(0, shared);
  if (shared < MIN_TOPIC || !AFTER_TOPIC.test(opening.slice(shared)) || subject.includes(topic)) return subject;
  // `蚂蚁区块链保障的公益慈善平台` before `公益慈善平台捐赠人次`: words the topic ends on and the subject opens on are said once.
  let overlap = Math.min(topic.length, subject.length);
  while (overlap >= 2 && !topic.endsWith(subject.slice(0, overlap))) overlap--;
  return `${topic}${subject.slice(overlap >= 2 ? overlap : 0)}`;
}

/**
 * The groups a writer then calls by a whole (`全行业`, `全省`): the firms above a size (`我国规模以上互联网和相关服务企业`) and
 * a province named by its name (`《湖南省…三年行动计划》`).
 */
/** The provinces of `PROVINCES_OF_SHENG` in either script (the reposted report is in traditional characters). */
const PROVINCES = PROVINCES_OF_SHENG.flatMap((name) => [name, ...scriptVariants(name)]).join('|');
const REFERENTS: readonly { whole: RegExp; named: RegExp }[] = [
  { whole: /全行业|全行業/u, named: /(?:我国|我國|全国|全國)?(?:规模以上|規模以上|规上|規上)[\u4e00-\u9fff]{2,16}?(?:企业|企業)/gu },
  { whole: /全省/u, named: new RegExp(`(?:${PROVINCES})省`, 'gu') },
];

/**
 * `今年1—10月，我国规模以上互联网和相关服务企业完成业务收入10110亿元…；全行业实现营业利润986.5亿元`, `《湖南省新型显示器件
 * 产业链发展提升三年行动计划（2020-2022）》，用3年时间推动全省…`: a whole the subject names stands for the group the sentence
 * (before the figure) or the sentence before last named; the subject says which (我国规模以上互联网和相关服务企业营业利润, 湖南省…).
 */
function referentOfWhole(subject: string, sentence: string, start: number, previous: FigureSentence | undefined): string {
  for (const { whole, named } of REFERENTS) {
    const said = whole.exec(subject);
    if (!said) continue;
    const lastNamed = (text: string) => [...text.matchAll(named)].pop()?.[0];
    const referent = lastNamed(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start)) ?? lastNamed(previous?.text.slice(-MAX_CLAUSE_READ) ?? '');
    if (referent !== undefined) return `${subject.slice(0, said.index)}${referent}${subject.slice(said.index + said[0].length)}`;
  }
  return subject;
}

/** A sentence opening on what it is about, as a role (`高精地图作为保证自主系统安全可靠的关键核心，…`, `上海,作為一座…`). */
const TOPIC_AS = /^\s?([\u4e00-\u9fffA-Za-z]{2,8}?)[,，]?\s?(?:作为|作為)/u;

/**
 * `高精地图作为…关键核心，…。与传统电子地图每 1 至 2 月更新的频率相比，…，最快的更新频率高达 1 秒，同时高精地图不仅需要…`: a
 * figure with no owner, in a sentence that names again what the sentence before was about, is of that (高精地图最快的更新频率).
 * So is one two sentences after the topic's, when the sentence between names it again (`上海,作為…大都市,備受關註。20年前,
 * …首站都選擇瞭上海。…人工智能強調的“人才”效應,經過20年的醞釀` → 上海人工智能強調的“人才”效應醞釀時間): the paragraph still tells of it.
 */
function topicOfSentenceBefore(subject: string, sentence: string, previous: FigureSentence | undefined, actors: readonly string[]): string {
  if (previous === undefined || namesOwnerBeyondScope(subject, actors)) return subject;
  const topicNamedIn = (opening: FigureSentence | undefined, naming: string) => {
    const topic = opening && TOPIC_AS.exec(opening.text)?.[1];
    return topic !== undefined && naming.includes(topic) ? topic : undefined;
  };
  const topic = topicNamedIn(previous, sentence) ?? topicNamedIn(previous.before, previous.text);
  return topic === undefined || subject.includes(topic) ? subject : `${topic}${subject}`;
}

/** A sentence opening by carrying on from the one before (`而在2020年上半年，`, `其中，`, `同时，`). */
const CARRIES_ON = /^\s?(?:而|其中|同时|同時|与此同时|與此同時)/u;
/** A scope (`SCOPES`) or a country a sentence may name of its own (`全球企业`, `我国`). */
const OWN_SCOPE = new RegExp(`${SCOPES.source}|我国|我國|中国|中國|国内|國內|海外|境外`, 'u');

/** How far into a sentence that carries on a figure may stand and still be in the scope carried on (`scopeCarriedOn`). */
const CARRIED_REACH = 120;

/**
 * `Synergy Research统计，2020年第三季度，全球企业用于云基础设施…的支出达到650亿美元…。而在2020年上半年，云服务、云基础设施、
 * 运营商和托管商（vendor）收入达到1870亿美元`: a sentence that carries on from the one before and names no scope or owner of
 * its own counts in the scope the one before set (上半年全球云服务…收入). Reads the opening of the sentence before (within a
 * clause's reach) and this sentence up to a figure near its opening; one scope only, else it is unclear which.
 */
function scopeCarriedOn(subject: string, sentence: string, start: number, previous: FigureSentence | undefined, actors: readonly string[]): string {
  // Only a figure near the opening that carries on: one further on may be of whatever the sentence has turned to since.
  if (previous === undefined || start > CARRIED_REACH || !CARRIES_ON.test(sentence) || OWN_SCOPE.test(subject) || namesAnOwner(subject, actors)) return subject;
  const own = sentence.slice(0, start);
  if (OWN_SCOPE.test(own) || namesAnOwner(own, actors)) return subject;
  const scopes = new Set(previous.text.slice(0, MAX_CLAUSE_READ).match(SCOPES) ?? []);
  if (scopes.size !== 1) return subject;
  // The part of a year it opens on stays first (上半年全球…).
  const period = PERIOD_OPENING.exec(subject)?.[0] ?? '';
  return `${period}${[...scopes][0]}${subject.slice(period.length)}`;
}

/** A deed said to go on (`将继续投入`): its verb. */
const GOES_ON_DOING = /(?:继续|繼續)([\u4e00-\u9fff]{2})/u;

/**
 * `首批30余台智能快递车已经在常熟市区投入使用，预计今年年内京东物流还将继续投入近百个智能快递车`: a deed said to go on is
 * done where the sentence before the figure did it (在常熟市区), and the subject says where (京东物流将继续在常熟市区投入的智能快递车).
 */
function placeGoneOn(subject: string, sentence: string, start: number): string {
  const goesOn = GOES_ON_DOING.exec(subject);
  if (!goesOn) return subject;
  const place = new RegExp(`在([\\u4e00-\\u9fff]{2,6}?)${goesOn[1]}`, 'u').exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start))?.[1];
  return place === undefined ? subject : `${subject.slice(0, goesOn.index + 2)}在${place}${subject.slice(goesOn.index + 2)}`;
}

/** A share that names no whole (`哈大齐占比`, `哈、大、齐规模占比`): what takes it, and the measure if written. */
const SHARE_NO_WHOLE = /^([^占佔]{2,}?)(规模|規模)?(?:占比|佔比)$/u;

/**
 * `盯住占比70%以上的哈大齐`, `规模占比超过70%的哈、大、齐三市`: in a paragraph about a province's industry (it names 全省 and
 * 工业), a share that names no whole is of the province's industry (哈大齐占全省工业比重), as a writer would say it.
 */
function provinceIndustryShare(subject: string, provinceIndustry: boolean): string {
  const share = SHARE_NO_WHOLE.exec(subject);
  return share && provinceIndustry ? `${share[1]}${share[2] ?? ''}占全省工业比重` : subject;
}

/** `宣布5年培养`: an announcement of a deed to be done over a number of years, right before the count (the span, the verb). */
const ANNOUNCED_SPAN = /(?:宣布|提出)\s?([\d一二三四五六七八九十两兩]+\s?年)(?:内|內)?\s?([\u4e00-\u9fff]{2})\s?$/u;

/** `宣布5年培养500万AI人才`: a count reached over some years is of no one year (nor of the year it was announced in). */
function isAnnouncedSpan(sentence: string, start: number): boolean {
  return ANNOUNCED_SPAN.test(sentence.slice(Math.max(0, start - 16), start));
}

/**
 * `百度…并宣布5年培养500万AI人才`: a count an actor announces it will reach over some years is its plan, not a result; the
 * subject says so with the span (百度计划5年培养的AI人才), the things counted kept at its end.
 */
function announcedPlan(subject: string, sentence: string, start: number, end: number): string {
  const announced = ANNOUNCED_SPAN.exec(sentence.slice(Math.max(0, start - 16), start));
  const counted = /^\s?([A-Za-z\u4e00-\u9fff]{2,8}?)(?=[，,。；;、]|$)/u.exec(sentence.slice(end, end + 12))?.[1];
  if (!announced || counted === undefined || !subject.endsWith(counted) || /计划|計劃/u.test(subject)) return subject;
  return `${subject.slice(0, -counted.length)}计划${announced[1].replace(/\s/gu, '')}${announced[2]}的${counted}`;
}

/** A subject that is things made or set up, with no one who did it (`建成的国家大数据综合试验区`, `在全国开设的…分公司`). */
const DEED_MADE = /^(?:在[^的，,]{1,6}?)?(?:建成|建立|开设|開設|新建|打造|培育|推出|部署|签约|簽約|引进|引進)的/u;
/** A clause opening on a name that acts (`工信部还推动…`, `京东搭建了…`), not on a place or a preposition (`在全国开设了`): the name. */
const NAME_ACTING = /^\s?(?!在|从|從|对|對|为|為|围绕|圍繞|通过|通過)([\u4e00-\u9fffA-Za-z]{2,6}?)(?:(?:还|還|也|已经|已經|已|则|則)(?:推动|推動|推进|推進|搭建|建设|建設|开展|開展|开设|開設)|(?:推动|推動|推进|推進|搭建|建设|建設|开展|開展|开设|開設)了)/u;

/**
 * `围绕推动数字产业化发展，工信部还推动国家层面大数据综合试验区建设，建成8个国家大数据综合试验区`; `京东搭建了全面覆盖线上
 * 线下的保险销售渠道。在京东生态及京东金融APP之外，…建立了120家分支机构`: things made with no maker in the subject are the
 * name's that acts in a clause before, in the sentence or, when none does there, in the sentence before (工信部建成的…).
 */
function makerOfDeed(subject: string, sentence: string, start: number, previous: FigureSentence | undefined): string {
  if (!DEED_MADE.test(subject)) return subject;
  const actorIn = (text: string) => text.split(/[，,；;]/u).map((clause) => NAME_ACTING.exec(clause)?.[1]).find((name) => name !== undefined);
  const actor = actorIn(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start)) ?? actorIn(previous?.text.slice(0, MAX_CLAUSE_READ) ?? '');
  return actor === undefined ? subject : `${actor}${subject}`;
}

/** A market share with no market of its own (`第三季度AWS市场份额`). */
const MARKET_SHARE = /(?:市场份额|市場份額|市占率|市佔率|份额|份額)$/u;
/** The market a sentence sets its statements in: `在云市场中，IBM的地位…`. */
const IN_MARKET = /在([^，,。；;、在]{1,12}?(?:市场|市場))(?:中|上|里|裡)/u;
/** A part of a year opening a subject, which stays first (`第三季度`, `前三季度`, `1—10月`). */
const PERIOD_OPENING = /^(?:(?:前|第)?[一二三四]季度|前三季度|[上下]半年|\d{1,2}\s?[—\-–~至到]\s?\d{1,2}\s?月)/u;

/**
 * `不过目前，在云市场中，IBM的地位仍然不算突出。第三季度的数据显示，亚马逊的AWS依旧位列首位，市场份额增加到32%`: a market
 * share whose subject names no market is a share of the market its sentence, or the sentence before, sets its statements
 * in (`第三季度云市场中AWS市场份额`) — or the one before that, when the sentence before ends on `；` and goes on into this
 * one (`…市场份额增加到32%，…；排名在二、三、四位的…市场份额则分别为19%、7%和6%`). Read within the first `MAX_CLAUSE_READ`
 * characters of each.
 */
function marketOfShare(subject: string, sentence: string, start: number, previous: FigureSentence | undefined): string {
  if (!MARKET_SHARE.test(subject) || /市场|市場/u.test(subject.replace(MARKET_SHARE, ''))) return subject;
  const marketIn = (text: string | undefined) => (text === undefined ? undefined : IN_MARKET.exec(text.slice(0, MAX_CLAUSE_READ))?.[1]);
  const goesOn = previous !== undefined && /[；;]\s?$/u.test(previous.text);
  const market = marketIn(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start)) ?? marketIn(previous?.text) ?? (goesOn ? marketIn(previous.before?.text) : undefined);
  if (market === undefined) return subject;
  const period = PERIOD_OPENING.exec(subject)?.[0] ?? '';
  return `${period}${market}中${subject.slice(period.length)}`;
}

/** A word that makes an amount the total of the things named before it, right before the number (`收入合计约4500亿元`). */
const TOTAL_BEFORE = /(合计|合計|总计|總計|共计|共計)(?:约|約|为|為|达|達)?\s?$/u;

/**
 * `2020年网络设备和终端设备收入合计约4500亿元`: a total word right after the words the subject ends on says the amount is
 * the sum of the things named, and the subject keeps it (`网络设备和终端设备收入合计`).
 */
function withTotal(subject: string, sentence: string, start: number): string {
  const total = TOTAL_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start));
  if (!total || /合计|合計|总计|總計|共计|共計|总和|總和/u.test(subject)) return subject;
  const wordsBefore = sentence.slice(Math.max(0, start - 8 - subject.length), start - total[0].length).replace(/\s/gu, '');
  return wordsBefore.endsWith(subject.slice(-2)) ? `${subject}${total[1]}` : subject;
}

/** `累计` in a clause, with what it says was done (`累计主导发行了超过`, `已累计签约`, `累计为`): the deed's verb, if any, in group 1. */
const RUNNING_TOTAL = /(?:累计|累計)(?:已经|已經|已)?\s?((?![为為向给給对對超约約近逾共达達])[\u4e00-\u9fff](?:(?!了)[\u4e00-\u9fff]){1,11})?/u;
/** A clause opening on a total of what the clause before counted (`，总规模超过1,600亿元`, `，总投资3024亿元`). */
const TOTAL_OPENING = /^\s?(?:总|總)(?:规模|規模|投资|投資|金额|金額|额|額)/u;
/** Clause breaks, as `RUNNING_TOTAL`'s reach. */
const TOTAL_BREAK = /[，,；;。：:]/u;

/**
 * `截至2020年6月末，京东科技累计为12万家企业提供超过6,500亿元的…服务`, `目前已累计签约新兴产业项目213个，总投资3024亿元`,
 * `累计12亿小时机器学习时间`: a figure its clause says is a running total (or the total of what the clause before counted so)
 * keeps 累计 in its subject, before the deed's verb the subject repeats (`…累计签约的新兴产业项目`), before the things the
 * deed counted (`京东科技累计主导发行应收款项资产证券化产品总规模`), after the actor the clause opens on (`京东科技累计服务的企业`),
 * or before the noun the number counts (`UPTAKE累计机器学习时间`) — a total to date is not what was done in a year.
 */
function withRunningTotal(subject: string, sentence: string, start: number, end: number): string {
  if (/累计|累計|总计|總計|共计|共計|合计|合計/u.test(subject)) return subject;
  const before = sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start);
  let clauseFrom = before.length;
  while (clauseFrom > 0 && !TOTAL_BREAK.test(before[clauseFrom - 1])) clauseFrom--;
  const own = before.slice(clauseFrom);
  let clause = own;
  let counted = sentence.slice(end, end + 12);
  if (!RUNNING_TOTAL.test(own)) {
    if (!TOTAL_OPENING.test(own) || clauseFrom === 0) return subject;
    // The clause before, to its number: what it counted follows that number.
    let previousFrom = clauseFrom - 1;
    while (previousFrom > 0 && !TOTAL_BREAK.test(before[previousFrom - 1])) previousFrom--;
    const previous = before.slice(previousFrom, clauseFrom - 1);
    const number = /[\d.,]+\s?[万萬亿億]?\s?[个個支家项項条條户戶]?/u.exec(previous);
    if (number === null) return subject;
    clause = previous.slice(0, number.index);
    counted = previous.slice(number.index + number[0].length);
  }
  const total = RUNNING_TOTAL.exec(clause);
  if (total === null) return subject;
  const mark = total[0].slice(0, 2);
  const verb = total[1];
  const insert = (at: number, words: string) => `${subject.slice(0, at)}${words}${subject.slice(at)}`;
  // The verb the subject repeats: the deed's first words, longest first (`签约` of `签约新兴产业项目`).
  for (let length = Math.min(4, verb?.length ?? 0); verb !== undefined && length >= 2; length--) {
    if (subject.includes(verb.slice(0, length))) return insert(subject.indexOf(verb.slice(0, length)), mark);
  }
  const noun = /^\s?([\u4e00-\u9fff]{2,4})/u.exec(counted)?.[1];
  if (verb !== undefined && noun !== undefined && subject.includes(noun)) return insert(subject.indexOf(noun), `${mark}${verb}`);
  const actor = clause.slice(0, total.index).replace(/^\s?(?:目前|当前|當前|现已|現已)?/u, '').replace(/(?:已经|已經|已)$/u, '');
  if (actor.length >= 2 && subject.startsWith(actor)) return insert(actor.length, mark);
  if (total.index + total[0].length === clause.length && noun !== undefined && subject.includes(noun)) return insert(subject.lastIndexOf(noun), mark);
  return subject;
}

/** `前一年同期` or `单季` in a subject: a period the sentence states, which a writer names (the same one a year before, or it). */
const PERIOD_REFERRED = /(?:前一年|上一年|上年|去年)同期|(?:单季|單季|当季|當季)度?/u;
/** The part of a year the sentence's own year is stated with (`2020年三季度`, `2020年上半年`, `2020年1—9月`). */
const STATED_PART = /(?:19|20)\d{2}\s?年\s?((?:前|第)?[一二三四]季度|前三季度|[上下]半年|1\s?[—–\-~]\s?1?\d\s?月|前[一二三四五六七八九十\d]{1,2}\s?个?月)/u;

/**
 * `根据…2020年三季度财报显示，寒武纪…，前一年同期亏损5.55亿元`: a figure of the same period a year before says which (寒武纪2019年
 * 三季度亏损), as the judges read it; its year (the year before the sentence's) is the figure's own. `单季` (the one quarter)
 * says which the same way (寒武纪单季收入 → 寒武纪2020年三季度收入).
 */
function samePeriodNamed(subject: string, sentence: string, start: number, year: number | undefined): string {
  const same = PERIOD_REFERRED.exec(subject);
  const part = STATED_PART.exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start))?.[1];
  if (!same || year === undefined || part === undefined) return subject;
  return `${subject.slice(0, same.index)}${year}年${part.replace(/\s/gu, '')}${subject.slice(same.index + same[0].length)}`;
}

/** The clause after a figure's, opening on a word and dating it: `，融资将在2020年完成`. */
const NEXT_CLAUSE_DATED = /^[^，,。；;]*[，,]\s?([\u4e00-\u9fff]{2,4}?)(?:将|將|会|會|已|预计|預計)?(?:在|于|於)\s?((?:19|20)\d{2})\s?年/u;

/**
 * `正在进行新一轮10亿美元至15亿美元的融资，融资将在2020年完成`: a figure whose own clause names no year is of the year the next
 * clause gives the same thing, when that clause opens on the word the subject ends on (融资) — the year of the thing it measures.
 */
function yearOfNextClause(sentence: string, end: number, subject: string): number | undefined {
  const dated = NEXT_CLAUSE_DATED.exec(sentence.slice(end, end + 60));
  return dated && subject.endsWith(dated[1]) ? Number(dated[2]) : undefined;
}

/** The period the sentences of a paragraph so far have set up, for a later sentence that refers back to it. */
interface ParagraphPeriod {
  blockIndex: number;
  /** The last year stated (or carried) by the sentences so far. */
  year: number | undefined;
  /** The sentence before ended on `；`: the next one is a clause of the same sentence, in the same period. */
  continues: boolean;
  /** The paragraph opened on a deadline (`到2022年，`): its sentences are targets for that year. */
  targets: boolean;
  /** The year was set by a forecast for a year to come (`根据普华永道预测，到2030年，…`). */
  forecast: boolean;
  /** A speaker set out a plan for the year (`…表示，2021年将有序推进5G网络建设`), in the sentences so far. */
  plan: boolean;
  /** The year was set as the date of a stock (`截止到今年11月月底，…建成的5G基站总量超过62万个`). */
  asOf: boolean;
  /** That date, when finer than its year (`截至2020年11月末`), for the stocks of the sentences that carry the year on. */
  asOfDate: string | undefined;
  /** The named period the year was set with (`2019 年京东双十一全球购物节期间，`), if the sentence opened on one. */
  during: string | undefined;
}

/** The last year a sentence states is the start of a run to now (`自2018年起`, `从2015年以来`), no year of its own. */
const SINCE_LAST_YEAR = /(?:自从|自從|自|从|從)\s?(?:19|20)\d{2}\s?年[^，,。；;\d]{0,4}?(?:起|以来|以來|开始|開始)(?![^。]*?(?:19|20)\d{2}\s?年)/u;

/**
 * The year a sentence that states none for a figure takes from the sentences before it in its paragraph:
 * only when it says it goes on about their period (`REFERS_BACK` before the figure, a clause after `；`, one more
 * target of a deadline); a sentence that does not keeps no year. Paragraphs and headings are never crossed.
 */
function carriedYear(period: ParagraphPeriod | undefined, sentence: string, start: number): number | undefined {
  if (period?.year === undefined) return undefined;
  if (period.continues || REFERS_BACK.test(sentence.slice(0, start)) || AGAINST_SAME_PERIOD.test(sentence)) return period.year;
  if (period.asOf && ALREADY_REACHED.test(sentence.slice(Math.max(0, start - 8), start))) return period.year;
  // `根据普华永道预测，到2030年，…。中国的出行服务市场规模预计将达到6560亿美金`: a figure said expected goes on with the forecast's year.
  if (period.forecast && /预计|預計/u.test(sentence.slice(0, start))) return period.year;
  // `肖亚庆表示，要以5G建设为牵引…。同时聚焦10个重点行业`: a sentence adding 同时 to a speaker's plan is more of the plan.
  if (period.plan && /^\s?(?:同时|同時)/u.test(sentence)) return period.year;
  return period.targets && TARGET_VERB.test(sentence) ? period.year : undefined;
}

/**
 * `“钉钉平台上最高并发流量达到数千万,用户量至少是以前的10倍。2020年2月10日当天,1小时内…”`: a sentence that opens a
 * quotation it does not close is the start of one speaker's remark, about one time; when the rest of the remark (the
 * sentences of its paragraph inside the quotation) names one calendar year, and only one, that is the year of the
 * remark's opening figures that state none. A remark naming two years (`…一般需要3~4年。2020年11月20日，…2021年实现…`)
 * says no one year.
 */
function quotationYear(sentences: readonly Sentence[], index: number): number | undefined {
  const opening = sentences[index];
  if ((opening.text.match(/[“「『]/gu)?.length ?? 0) <= (opening.text.match(/[”」』]/gu)?.length ?? 0)) return undefined;
  const years = new Set<number>();
  for (let next = index + 1; next < sentences.length; next++) {
    const sentence = sentences[next];
    if (sentence.blockIndex !== opening.blockIndex || !sentence.quoted) break;
    const close = sentence.text.search(/[”」』]/u);
    const inside = close < 0 ? sentence.text : sentence.text.slice(0, close);
    for (const match of inside.matchAll(YEAR)) if (match.groups?.year !== undefined && match.groups.base === undefined) years.add(Number(match.groups.year));
    if (close >= 0) break;
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** A heading that names one calendar year (`2020年重点工作情况`), and which. */
const HEADING_YEAR = /(?<![\d.])((?:19|20)\d{2})\s?年/gu;

/**
 * The year a section's heading gives the figures under it that state none: the one year it names, when that year has
 * passed or is the report's own (`2020年重点工作情况` in a report of December 2020 reports what happened then). A
 * coming year's heading (`2021年工作思路`) is a plan, whose sentences mix its targets with the present state they
 * start from (`占比70%以上的哈大齐`), so it dates nothing.
 */
function headingYear(title: string | undefined, reportYear: number | undefined, target = false): number | undefined {
  const years = new Set([...(title ?? '').matchAll(HEADING_YEAR)].map((match) => Number(match[1])));
  if (years.size !== 1 || reportYear === undefined) return undefined;
  const [year] = years;
  return year <= reportYear || target ? year : undefined;
}

/**
 * Under a coming year's heading (`2021年工作思路`), what a verb of the plan aims at right before it is that year's
 * target: `推动65个…项目投产达产`, `力争形成100亿元增量拉动`, `数量净增200户`, `支持2家企业`, `遴选50家以上…、10家以上…`.
 * Not the present state a target starts from (`推进占比50%以上…的50户百亿级企业`: no verb right before the count),
 * not a clause that states a period of its own (`明后两年再新建3.7万个`, `十四五末…30%`), and not what a sentence says
 * is already so (`截至目前…获得贷款支持951.7亿元`). `planTargetVerb` gives that verb, if there is one.
 */
const PLAN_TARGET_BEFORE = /(?:推动|推動|推进|推進|力争|力爭|争取|爭取|支持|遴选|遴選|推荐|推薦|新增|净增|淨增|形成|实现|實現|完成|建成|新建|培育|打造|建设|建設)\s?$/u;
function planTargetVerb(sentence: string, figures: { start: number; end: number }[], index: number): string | undefined {
  let first = index;
  // An item of an enumeration goes with the verb before its first item (`遴选50家以上…、10家以上…`).
  while (first > 0 && /^[^，,；;。：:]*、\s?$/u.test(sentence.slice(figures[first - 1].end, figures[first].start))) first--;
  const start = figures[first].start;
  const floor = Math.max(0, start - MAX_CLAUSE_READ);
  let clauseStart = start;
  while (clauseStart > floor && !/[，,；;。：:]/u.test(sentence[clauseStart - 1])) clauseStart--;
  const clause = sentence.slice(clauseStart, start);
  // `截至目前共推荐…，743户工业企业获得贷款支持951.7亿元`: what is already so is no target, whatever verb stands before it.
  const verb = PLAN_TARGET_BEFORE.exec(clause);
  return verb && !/年|占比|比重|末|初/u.test(clause) && !/截至|截止|目前|已|累计|累計/u.test(sentence.slice(floor, start)) ? verb[0].trim() : undefined;
}

/**
 * A clause of the date a sentence counts up to, at its opening or after the clauses that say by whose account
 * (`截至2020年年末，`, `据中国互联网信息中心统计，截至今年6月，`, `…透露，截至2020年11月末，`, `截至12月22日，`): its year (1)
 * or 今年 (2), and the rest of the date (3). 目前 may run on into the clause's deed with no comma (`截至目前共推荐…`).
 */
const AS_OF_CLAUSE = /(?:^|[，,])\s?(?:截至|截止(?:到|至)?)\s?(?:((?:19|20)\d{2})\s?年|(今年))?(目前(?=[^，,。；;\s])|[^，,。；;]{0,10}(?=[，,]))[，,]?/gu;
/** The part of a date finer than its year: a month, its end or a day (`6月`, `年末`, `11月月底`, `12月22日`). */
const FINER_THAN_YEAR = /月|年末|年底/u;
/** A subject that already says its date or that it is not yet reached. */
const SAYS_DATE_OR_OUTLOOK = /截至|截止|将|將|预计|預計|计划|計劃|力争|力爭/u;

/** The date finer than its year a sentence counts its stocks up to (`截至2020年11月末`, 今年 the report's year), if it states one. */
function asOfDateOf(sentence: string, reportYear: number | undefined): string | undefined {
  let asOf: RegExpExecArray | undefined;
  for (const match of sentence.matchAll(AS_OF_CLAUSE)) asOf = match;
  if (asOf === undefined) return undefined;
  const [, written, thisYear, rest] = asOf;
  const dateYear = written !== undefined ? Number(written) : thisYear !== undefined ? reportYear : undefined;
  return dateYear !== undefined && FINER_THAN_YEAR.test(rest) ? `截至${dateYear}年${rest.replace(/\s/gu, '')}` : undefined;
}

/**
 * `截至2020年11月末，央行征信系统收录…。其中，…累计查询量分别为28亿次…；个人和企业征信系统单日最高查询次数分别为1445万次`:
 * a stock in a sentence that carries on the year of a sentence before dated finer (`carriedYear`) is counted up to that
 * date too, and its subject says it, as one in the dated sentence does (`asOfDated`). Not a share or rate: a level in a month is
 * no stock.
 */
function carriedAsOf(subject: string, period: ParagraphPeriod | undefined, reading: SentenceReading, sentence: string, start: number, unit: string, year: number | undefined): string {
  const date = period?.asOfDate;
  if (date === undefined || year !== period?.year || unit === 'percent' || unit === 'percentage-point' || SAYS_DATE_OR_OUTLOOK.test(subject)) return subject;
  // A sentence that says 目前 (`目前已开设…并入驻近百位权威专家`) counts to its own now, not to the date before.
  if (reading.asOfEnd <= start || reading.saysNow || carriedYear(period, sentence, start) === undefined) return subject;
  return `${date}${subject}`;
}

/**
 * `截至 2020 年年末，京东区块链防伪追溯平台…查询次数超 750 万次`: a count or an amount after the date its sentence counts up
 * to is a running total at that date, which the year column alone (2020) reads as the year's own count; the subject says
 * the date (截至2020年年末…). A date finer than the year (`截至今年6月，…较3月份增长均超5%`) dates a share or a rate too,
 * which the year column cannot: a level in June is not the year's. Not what is still to come, and only a date of the
 * figure's own year (今年 is the report's); a date with no year (`截至12月22日`) takes the figure's.
 */
function asOfDated(subject: string, asOfClauses: readonly RegExpExecArray[], start: number, unit: string, year: number | undefined, reportYear: number | undefined): string {
  const asOf = asOfClauses.findLast((clause) => clause.index + clause[0].length <= start);
  if (asOf === undefined || SAYS_DATE_OR_OUTLOOK.test(subject)) return subject;
  const [, written, thisYear, rest] = asOf;
  // `，截至目前，5G手机出货量1.44亿部`: a stock to now, which the words say and no year does; it keeps them as written.
  if (written === undefined && thisYear === undefined && /^\s?目前\s?$/u.test(rest)) return `截至目前${subject}`;
  if (year === undefined) return subject;
  const dateYear = written !== undefined ? Number(written) : thisYear !== undefined ? reportYear : year;
  const finer = FINER_THAN_YEAR.test(rest);
  // A year alone dates a level no better than the column; a clause inside the sentence with no finer date may be a frame of its own.
  if (dateYear !== year || (!finer && (unit === 'percent' || unit === 'percentage-point' || asOf.index !== 0)) || (written === undefined && !finer)) return subject;
  return `截至${year}年${rest.replace(/\s/gu, '')}${subject}`;
}

/** A sentence opening on a day with no year of its own (`11月20日，`, `在9月10日，`): the month (1) and the day (2). */
const DAY_OPENING = /^\s?(?:在|于|於)?\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s?[，,]/u;
/** A stock built up by then, in the figure's clause (`已经建成5G基站38.5万个`). */
const BUILT_BEFORE = /(?:已经|已經|已)\s?(?:建成|开通|開通|部署|累计|累計)[^，,。；;]{0,12}$/u;

/**
 * `11月20日，中国移动董事长杨杰…表示，中国移动已经建成5G基站38.5万个`: things built by the day a sentence opens on are a
 * stock at that day, which the year column alone (2020) reads as the year's own count; the subject says the day
 * (截至2020年11月20日…), as it does after 截至.
 */
function builtByDay(subject: string, sentence: string, start: number, unit: string, year: number | undefined): string {
  if (year === undefined || !countsThings(unit) || SAYS_DATE_OR_OUTLOOK.test(subject)) return subject;
  const day = DAY_OPENING.exec(sentence);
  if (!day || !BUILT_BEFORE.test(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start))) return subject;
  return `截至${year}年${day[1]}月${day[2]}日${subject}`;
}

/** A clause that is only a month reached (`，到11月，`), right before the figure's clause: the month (1) and its end, if said (2). */
const TO_MONTH_CLAUSE = /(?:^|[，,；;])\s?到\s?(\d{1,2})\s?月\s?(底|末|月底|月末)?\s?[，,]\s?[^，,。；;]*$/u;
/** A stock grown to or reached, in the figure's clause (`共建共享的基站增长到33万`). */
const GROWN_TO = /(?:增长到|增長到|增加到|增至|达到|達到|已经建成|已經建成|已建成|累计建成|累計建成)\s?$/u;

/**
 * `在9月10日，…已经建成了30万5G基站，…，到11月，共建共享的基站增长到33万`: a stock grown to a level by the month a clause of its
 * own says just before is a stock at that month, which the year column alone (2020) reads as the year's; the subject says the
 * month (截至2020年11月…), as it does after 截至.
 */
function grownByMonth(subject: string, sentence: string, start: number, unit: string, year: number | undefined): string {
  if (year === undefined || !countsThings(unit) || SAYS_DATE_OR_OUTLOOK.test(subject)) return subject;
  const before = sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start);
  const month = TO_MONTH_CLAUSE.exec(before);
  if (!month || !GROWN_TO.test(before)) return subject;
  return `截至${year}年${month[1]}月${month[2] ?? ''}${subject}`;
}

/** A sentence opening on what a span will be the phase of (`2024—2026年将是5G社会化应用爆发期`): that thing (1). */
const PHASE_OPENING = /^\s?(?:(?:19|20)\d{2}\s?(?:[—–-]\s?(?:19|20)\d{2}\s?)?年)?\s?(?:将是|將是|将成为|將成為|是)\s?([\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?:的)?(?:爆发期|爆發期|高峰期|关键期|關鍵期|黄金期|黃金期|窗口期|元年)/u;
/** A clause that says only that something drives an amount, naming no driver (`预计间接带动投资将超`). */
const DRIVEN_BY_NONE = /(?:^|[，,；;])\s?(?:预计|預計)?\s?(?:将|將)?\s?(?:间接|間接|直接)?\s?(?:带动|帶動)[^，,。；;]{0,10}$/u;
/** A subject's time and forecast words (1), whose owner (2) and what was driven (3). */
const DRIVEN_SUBJECT = /^((?:预计|預計)?(?:(?:19|20)\d{2}(?:[—–-](?:19|20)\d{2})?年)?)(.*?)((?:间接|間接|直接)?(?:带动|帶動).*)$/u;

/**
 * `2024—2026年将是5G社会化应用爆发期，…，预计间接带动投资将超5万亿元`: an amount a clause says is driven, naming no
 * driver, is driven by what the sentence says the span is the phase of (预计2024—2026年5G社会化应用间接带动投资), not by
 * an owner the sentence before gave (全国).
 */
function driverOfPhase(subject: string, sentence: string, start: number): string {
  const phase = PHASE_OPENING.exec(sentence);
  const driven = DRIVEN_SUBJECT.exec(subject);
  if (!phase || !driven || !DRIVEN_BY_NONE.test(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start))) return subject;
  return `${driven[1]}${phase[1]}${driven[3]}`;
}

/** A clause opening on 该 and a noun, up to the figure (`，该智能合约被黑客攻击窃取了价值`): where 该 stands (1) and the noun (2). */
const THIS_NOUN_CLAUSE = /((?:^|[，,；;])\s?)该([\u4e00-\u9fff]{2,6}?)(?:被|已|在|将|將|于|共)[^，,。；;]*$/u;

/**
 * `如以太坊 TheDAO 事件，该智能合约被黑客攻击窃取了价值数千万美金的加密货币`: a clause opening on 该 and a noun is about the
 * one the clauses before name (TheDAO): the figure is of that one's noun (TheDAO智能合约被黑客攻击窃取的加密货币价值).
 */
function nounNamedBefore(subject: string, sentence: string, start: number): string {
  const before = sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start);
  const clause = THIS_NOUN_CLAUSE.exec(before);
  if (!clause || subject.includes(clause[2])) return subject;
  const name = LAST_LATIN_NAME.exec(before.slice(0, clause.index + clause[1].length))?.[1];
  return name === undefined || subject.includes(name) ? subject : `${name}${clause[2]}${subject}`;
}

/** A clause that is only the time a run started from (`3月份以来`, `今年以来`): the year (1, 2) and the month (3). */
const SINCE_CLAUSE = /^\s?(?:((?:19|20)\d{2})\s?年|(今年|去年))?\s?(\d{1,2}\s?月份?)?\s?(?:以来|以來)\s?$/u;

/**
 * `…同比增长5.9%，3月份以来，月均增幅达9%`, `今年以来，两地已相继开通10多条…公交`: a figure whose clause comes right after a
 * clause that is only the time a run started from is of that run, which the year column cannot say; the subject says it
 * (3月份以来中国高新技术制造业增加值月均增幅), 今年 as the report's year.
 */
function sinceDated(subject: string, sentence: string, start: number, reportYear: number | undefined): string {
  const clauses = sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start).split(/[，,；;：:]/u);
  const since = clauses.length > 1 ? SINCE_CLAUSE.exec(clauses[clauses.length - 2]) : null;
  if (!since) return subject;
  const [, written, relative, month] = since;
  if (written === undefined && relative === undefined && month === undefined) return subject;
  const year = written ?? (relative !== undefined && reportYear !== undefined ? String(reportYear + RELATIVE_YEARS[relative]) : undefined);
  const time = `${year !== undefined ? `${year}年` : relative ?? ''}${month?.replace(/\s/gu, '') ?? ''}以来`;
  return subject.includes(time) ? subject : `${time}${subject}`;
}

/** `较3月份增长4430万户`: a change right after the time it is counted from, in the figure's own clause (the time, the verb). */
const CHANGE_SINCE = /(?:^|[，,；;])\s?[^，,；;]*?(?:较|較|比)\s?((?:(?:19|20)\d{2}\s?年)?\s?\d{1,2}\s?月份?(?:末|底)?|(?:年初|年底|年末))\s?(增长|增長|增加|减少|減少|下降|提高|提升|降低)了?\s?(?:均)?(?:超过|超過|超|达到|達到|达|達|近|约|約)?\s?$/u;

/**
 * `截至今年6月，…电商直播用户规模达3.09亿，较3月份增长4430万户`: a change says from when it is counted — the subject that
 * ends on the change's verb (…用户规模增长) takes the time its clause counts from (…用户规模较3月份增长), which neither the
 * year nor the date it is counted to says.
 */
function changeSince(subject: string, sentence: string, start: number): string {
  const since = CHANGE_SINCE.exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start));
  if (!since || !subject.endsWith(since[2]) || /较|較|比/u.test(subject)) return subject;
  return `${subject.slice(0, -since[2].length)}较${since[1].replace(/\s/gu, '')}${since[2]}`;
}

/** A decade, as a writer dates a past level by it: `20世纪70年代以前`, `80年代`, `90年代末21世纪初`. */
const DECADE = String.raw`(?:(?:19|20|二十)\s?世纪|上世纪)?\s?[1-9]0\s?年代(?:以前|之前|以后|以後|之后|之後|末|初|中期)?(?:\s?21\s?世纪初)?`;
const DECADE_IN_CLAUSE = new RegExp(DECADE, 'u');
/** A clause that is only a decade (`而到了90年代末21世纪初，`). */
const DECADE_CLAUSE = new RegExp(String.raw`^\s?(?:而|但)?(?:到了|到|在)?\s?(${DECADE})\s?$`, 'u');

/**
 * `20世纪70年代以前，…准确率能达90%以上，到了80年代只有60-80%，而到了90年代末21世纪初，进一步降低到40-60%`: a level of a
 * decade has no year the column can hold, so the subject says the decade — named in the figure's own clause, or in the
 * clause right before when that clause is only the decade.
 */
function decadeDated(subject: string, sentence: string, start: number): string {
  if (/年代/u.test(subject)) return subject;
  const clauses = sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start).split(/[，,；;：:]/u);
  const decade = DECADE_IN_CLAUSE.exec(clauses[clauses.length - 1])?.[0] ?? (clauses.length > 1 ? DECADE_CLAUSE.exec(clauses[clauses.length - 2])?.[1] : undefined);
  return decade === undefined ? subject : `${decade.replace(/\s/gu, '')}${subject}`;
}

/** A clause opening on the time a count was reached in: `1小时内`, `3天内`, `两个月内`. */
const WITHIN_OPENING = /^\s?([\d一二三四五六七八九十两兩几幾]+\s?(?:个|個)?\s?(?:小时|小時|分钟|分鐘|秒|天|日|周|週|月)(?:内|內))/u;
/** A clause that is only a day (`2020年2月10日当天`). */
const DAY_CLAUSE = /^\s?((?:(?:19|20)\d{2}\s?年)?\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号號](?:当天|當天)?)\s?$/u;

/** A sentence opening on the length of time its figures were reached in: `4年多时间，`, `短短3年，`, `两年来，` (not a year: `2020年，`). */
const SPAN_OPENING = /^\s?((?:短短|仅|僅|近)?\s?(?:\d{1,2}|[一二三四五六七八九十两兩几幾]+)\s?多?\s?(?:年|[个個]\s?月|天|[个個]?\s?(?:周|週|星期))多?(时间|時間|来|來|里|裡|内|內)?)\s?[，,]/u;

/**
 * `2020年2月10日当天,1小时内我们就部署了1万台服务器,疫情期间…部署了10万台服务器`: a count whose clause opens on the time it
 * was reached in is a count of that time, not of the whole event; the subject says it, with the day a clause before it
 * is only (2020年2月10日当天1小时内阿里云部署的服务器); a figure opening the clause after that day's is of the day. So is every count of a sentence opening on that time
 * (`4年多时间，UPTAKE已经连接了40万台设备，…建立了2000个预测模型` → 4年多时间内UPTAKE建立的预测模型); not a share.
 */
function withinTime(subject: string, sentence: string, start: number, unit: string): string {
  const clauses = sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start).split(/[，,；;：:]/u);
  const within = WITHIN_OPENING.exec(clauses[clauses.length - 1])?.[1];
  const day = clauses.length > 1 ? DAY_CLAUSE.exec(clauses[clauses.length - 2])?.[1].replace(/\s/gu, '') ?? '' : '';
  if (within !== undefined && !subject.includes(within)) return `${day}${within.replace(/\s/gu, '')}${subject}`;
  // A figure opening the clause after the day (`1小时内我们就部署了…` → 阿里云部署1万台服务器用时) is of that day too; not one
  // further in (`5月26日，腾讯宣布未来五年将投入5000亿`: the day of the announcement, not of the spending).
  if (day !== '' && clauses[clauses.length - 1].trim() === '' && !subject.includes(day)) return `${day}${subject}`;
  const span = SPAN_OPENING.exec(sentence);
  if (span === null || start < span[0].length || unit === 'percent' || unit === 'percentage-point') return subject;
  // `4年多时间` is said as the time the things were reached within (4年多时间内); `两年来` and `…内` say it already.
  const written = span[1].replace(/\s/gu, '');
  return subject.includes(written) ? subject : `${written}${/^(?:时间|時間)$/u.test(span[2] ?? '') || span[2] === undefined ? '内' : ''}${subject}`;
}

/** `一般需要3~4年`, `平均需要花费 10–15 年的时间`: the words that make a length of time the time a course takes (the adverb, 1). */
const TIME_NEEDED_BEFORE = /(一般|平均|通常|大约|大約)?\s?(?:需要|需)\s?(?:花费|花費|耗时|耗時)?\s?$/u;
/** A sentence opening on a work and what its course is like (`传统药物研发过程有如大海捞针，`): the work (1). */
const COURSE_TOPIC = /^\s?([\u4e00-\u9fff]{2,10}?)(?:过程|過程)(?:有如|犹如|猶如|如同|好比)[^，,。]*[，,]/u;
/** A subject that is only the course from one stage to another (`从开始商用到进入深度覆盖期`). */
const STAGES_ONLY = /^从[^，,。；;]{1,24}?(?:到|至)[^，,。；;]{1,24}$/u;

/**
 * `这一阶段从开始商用到进入深度覆盖期，一般需要3~4年`: a length of time whose subject is only the course it spans says it is
 * the time that course needs (…一般需要的时间), as a writer would before the number.
 */
function timeNeeded(subject: string, sentence: string, start: number, unit: string): string {
  if (!DURATION_UNITS.has(unit) || !STAGES_ONLY.test(subject)) return subject;
  const needed = TIME_NEEDED_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
  if (!needed) return subject;
  // `传统药物研发过程有如大海捞针，…，从项目启动到新药上市平均需要…`: the course is of the work the sentence opens on.
  const work = COURSE_TOPIC.exec(sentence)?.[1];
  return `${work ?? ''}${subject}${needed[1] ?? ''}需要的时间`;
}

/** A subject opening on what involves or takes in the things counted, with nothing saying what does (`涉及的核心配套企业`). */
const INVOLVED_OPENING = /^(?:涉及|包括|包含|覆盖|覆蓋|涵盖|涵蓋)的/u;
/** A clause that is a deed, its object and the count of it, after the object (`梳理重点产业链23条`): verb (1), noun (2), count (3). */
const COUNTED_DEED_CLAUSE = /^\s?([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{2,10}?)\s?(\d+\s?[条條个個家户戶项項])\s?$/u;

/**
 * `梳理重点产业链23条，涉及龙头骨干企业58户、核心配套企业260户`: what the things are involved in is what the clause
 * before counted, so a subject that says only `涉及的…` takes it (梳理的23条重点产业链涉及的核心配套企业).
 */
function involvedIn(subject: string, sentence: string, start: number): string {
  if (!INVOLVED_OPENING.test(subject)) return subject;
  const clauses = sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start).split(/[，,；;：:]/u);
  const deed = clauses.length > 1 ? COUNTED_DEED_CLAUSE.exec(clauses[clauses.length - 2]) : null;
  return deed ? `${deed[1]}的${deed[3].replace(/\s/gu, '')}${deed[2]}${subject}` : subject;
}

/** A clause opening on 其中 (`其中，共建共享基站33万`), up to the figure: the part of what the clause before counted. */
const PART_OPENING = /(?:^|[，,；;])\s?其中\s?[，,]?[^，,；;。]*$/u;

/**
 * `2020年新增58万个5G基站，其中，共建共享基站33万`: a count opening on 其中 right after a count of the same things is a part
 * of it, and says of which whole (新增的5G基站中共建共享5G基站) — the same things: both subjects end on the same noun.
 */
function partOfCount(subject: string, sentence: string, start: number, whole: { subject: string; end: number } | undefined, unit: string): string {
  if (whole === undefined || !countsThings(unit) || subject.includes(whole.subject)) return subject;
  const between = sentence.slice(whole.end, start);
  if (!PART_OPENING.test(between) || !/^[^，,；;。]*[，,]\s?其中/u.test(between) || subject.slice(-2) !== whole.subject.slice(-2)) return subject;
  // `獲批…資格的全國高校，其中長三角就有9所`: a deed both say is said once, with the whole (…的全國高校中長三角高校).
  const deed = /^[^的]{2,}的/u.exec(whole.subject)?.[0];
  return `${whole.subject}中${deed !== undefined && subject.startsWith(deed) ? subject.slice(deed.length) : subject}`;
}

/** A later clause that says whose economy the sentence is about (`成为驱动我国国民经济高质量发展的重要引擎`): the country (1). */
const ECONOMY_NAMED_AFTER = /(我国|我國|中国|中國)(?:的)?(?:国民经济|國民經濟|经济|經濟|GDP)/u;
/** A subject of an economy's measure (`数字经济规模占GDP比重`) that names no place. */
const ECONOMY_MEASURE = /经济|經濟|GDP/u;
const NAMES_PLACE = /我国|我國|中国|中國|全国|全國|国内|國內|全球|世界|美国|美國|欧洲|歐洲|省|市/u;

/**
 * `近年来，…数字经济蓬勃发展，规模占GDP比重始终保持在1/3以上并持续增加，成为驱动我国国民经济高质量发展的重要引擎`: a
 * measure of an economy that names no place is of the country a later clause of its sentence says the economy is (我国).
 */
function economyNamedAfter(subject: string, sentence: string, end: number): string {
  if (!ECONOMY_MEASURE.test(subject) || NAMES_PLACE.test(subject)) return subject;
  const country = ECONOMY_NAMED_AFTER.exec(sentence.slice(end, end + MAX_CLAUSE_READ))?.[1];
  return country === undefined ? subject : `${country}${subject}`;
}

/** `第三季度市场云基础设施支出`: the market named bare, at the subject's start or after a period, and what of it is measured (1). */
const BARE_MARKET = /(?:^|(?<=[度年月内內期]))(?:市场|市場)([\u4e00-\u9fffA-Za-z]{2,5})/u;

/**
 * `…是全球前四大云基础设施供应商。期内，市场云基础设施支出达到365亿美元，而上述四家公司市占率分别为32%…`: the market a
 * sentence names bare is the one the sentence before places (全球…云基础设施): the subject says where (全球云基础设施支出).
 */
function marketPlacedBefore(subject: string, before: FigureSentence | undefined): string {
  const market = BARE_MARKET.exec(subject);
  if (!market || !before) return subject;
  const place = new RegExp(`(全球|世界|中国|中國|我国|我國|国内|國內)[^，,。；;]{0,12}?${market[1].slice(0, 3)}`, 'u').exec(before.text)?.[1];
  return place === undefined ? subject : `${subject.slice(0, market.index)}${place}${subject.slice(market.index + 2)}`;
}

/** An industry chain whose firms a sentence counts, named from its clause's opening (`湖南新型显示器件产业链规模企业`). */
const CHAIN = /(?:^|[，,；;：:])\s?([\u4e00-\u9fff]{4,16}?(?:产业链|產業鏈))(?=\s?(?:规模|規模)?(?:企业|企業))/u;

/**
 * `到2022年，湖南新型显示器件产业链规模企业争取超百家，力争1家企业冲刺千亿`: firms of a sentence about an owner's industry
 * chain are the chain's, not all the owner's: a subject owned by the chain's opening words (湖南) alone says the chain.
 */
function chainOfOwner(subject: string, chain: string | undefined): string {
  if (chain === undefined || /产业链|產業鏈/u.test(subject)) return subject;
  // The longest opening of the chain's words the subject names: its owner.
  for (let length = 4; length >= 2; length--) {
    const owner = chain.slice(0, length);
    const at = subject.indexOf(owner);
    if (at >= 0 && !subject.startsWith(chain.slice(length, length + 2), at + length)) return `${subject.slice(0, at + length)}${chain.slice(length)}${subject.slice(at + length)}`;
  }
  return subject;
}

/** A clause's opening that scopes what it measures: a thing in a setting (`人脸识别在身份核验场景中`), right before the subject. */
const SCOPE_BEFORE = /(?:^|[，,；;。：:])\s?((?!其)[\u4e00-\u9fffA-Za-z]{2,10}?在[\u4e00-\u9fffA-Za-z]{2,12}?(?:中|里|裡|上))\s?$/u;

/**
 * `人脸识别在身份核验场景中百万分之一误识率下真人通过率在 98% 以上`: a subject that starts after its clause's opening words,
 * which say what is measured in which setting, takes them back (人脸识别在身份核验场景中…真人通过率).
 */
function scopeBefore(subject: string, sentence: string, start: number): string {
  // Looked for in the reach of a clause: a subject opening on words of the sentence's start (截至…) would make a line of
  // thousands of figures read back to its start for each.
  const reach = Math.max(0, start - MAX_CLAUSE_READ);
  const found = sentence.slice(reach, start).lastIndexOf(subject.slice(0, 4));
  const from = found < 0 ? -1 : reach + found;
  const scope = from > 0 ? SCOPE_BEFORE.exec(sentence.slice(Math.max(0, from - 40), from))?.[1] : undefined;
  return scope === undefined ? subject : `${scope.replace(/\s/gu, '')}${subject}`;
}

/** A clause opening on linking up systems (`打通`, `联通`, `整合`): the verb (1) and the words before its first number (2). */
const LINKED_OPENING = /(?:^|[，,；;])\s?(打通|联通|聯通|整合|接入|对接|對接)([\u4e00-\u9fff]{0,10}?)\s?(?=\d)[^，,；;]*$/u;

/**
 * `打通危化品监管相关9个委办局、3个化工园区的18个业务系统数据`: a counter counts the systems, whose data is what is linked;
 * the subject says the systems and the deed (打通的危化品监管相关业务系统), not “data”.
 */
function systemsLinked(subject: string, sentence: string, start: number, end: number, unit: string): string {
  const systems = /^(.{2,8}?(?:系统|系統|平台))(?:数据|數據)$/u.exec(subject)?.[1];
  if (systems === undefined || !countsThings(unit) || !sentence.slice(end).trimStart().startsWith(systems)) return subject;
  const linked = LINKED_OPENING.exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start));
  return linked ? `${linked[1]}的${linked[2]}${systems}` : subject;
}

/** A clause that sets aside a fund and its amount (`新增省级贷款周转金10亿元`): the fund, with the deed (1). */
const FUND_CLAUSE = /(?:^|[，,；;。])\s?((?:新增|设立|設立|安排|利用)?[\u4e00-\u9fff]{2,12}?(?:基金|资金|資金|周转金|周轉金|贷款|貸款))\s?[\d.]+\s?[万萬亿億]*\s?元\s?[，,]\s?$/u;

/**
 * `新增省级贷款周转金10亿元，支持453户企业续贷倒贷75.7亿元`: what a fund set aside in the clause before supports is the
 * fund's to support; a subject opening on 支持 says which fund (新增省级贷款周转金支持续贷倒贷的企业).
 */
function fundSupporting(subject: string, sentence: string, start: number): string {
  if (!/^(?:支持|支撑|支撐|帮助|幫助)/u.test(subject)) return subject;
  const clauseFrom = Math.max(sentence.lastIndexOf('，', start), sentence.lastIndexOf(',', start)) + 1;
  const fund = FUND_CLAUSE.exec(sentence.slice(Math.max(0, clauseFrom - 40), clauseFrom))?.[1];
  return fund === undefined ? subject : `${fund}${subject}`;
}

/**
 * `工信部…建成8个国家大数据综合试验区，11个…示范基地，13个软件名城`: counts that each open their clause with the number,
 * right after a count whose subject says the deed and its doer before the noun (工信部建成的国家大数据综合试验区), go on with
 * the same deed: a subject that is only the noun counted takes the frame (工信部建成的软件名城).
 */
function enumeratedAfterDeed(subject: string, sentence: string, figure: { start: number; end: number; unit: string }, last: { subject: string; end: number; unit: string } | undefined): string {
  if (last === undefined || last.unit !== figure.unit || !countsThings(figure.unit) || !sentence.slice(figure.end).trimStart().startsWith(subject)) return subject;
  const between = sentence.slice(last.end, figure.start).trim();
  const noun = /^([^，,；;。、]{2,24})[，,]$/u.exec(between)?.[1];
  if (noun === undefined || !last.subject.endsWith(noun)) return subject;
  const frame = last.subject.slice(0, -noun.length);
  return /^[\u4e00-\u9fffA-Za-z]{2,10}的$/u.test(frame) && !subject.startsWith(frame) ? `${frame}${subject}` : subject;
}

/** A city by its name (`南通市委`, `宿迁市政府`): two characters before 市, not of a word with 市 (城市, 全市, 上市, 市委 …). */
const CITY_NAMED = /([\u4e00-\u9fff]{2})(?=市)/gu;
const NOT_A_CITY = /[城全本该該各上超门門都股夜菜开開市委府级級区區县縣]/u;
/** Where a subject says a city's own without naming it: its city-level bodies (`市级委办局`) or its government's data (`政务数据`). */
const CITY_UNNAMED = /市级|市級|^(?:政务|政務)/u;

/** The cities a sentence names. */
function citiesIn(text: string): string[] {
  return [...text.matchAll(CITY_NAMED)].map((match) => match[1]).filter((name) => !NOT_A_CITY.test(name));
}

/**
 * `面向南通市委市政府领导…。…全量汇聚市级数十个委办局`, `助力宿迁市政府…。…目前政务数据已归集…超15亿条`: the city of a
 * subject that says only 市级 or opens on 政务 is the one city its paragraph named before (数据被汇聚的南通市级委办局).
 */
function cityOfParagraph(subject: string, cities: ReadonlySet<string>): string {
  const at = subject.search(CITY_UNNAMED);
  if (at < 0 || cities.size !== 1 || (at > 0 && !subject.slice(0, at).endsWith('的'))) return subject;
  const [city] = cities;
  return subject.includes(city) ? subject : `${subject.slice(0, at)}${city}${subject.slice(at)}`;
}

/** A speaker the sentence before names with the field they speak for (`院士葛均波以医疗领域为例`): the speaker (1), the field (2). */
const SPEAKER_OF_FIELD = /([\u4e00-\u9fff]{2,3})以([\u4e00-\u9fff]{2,6}?(?:领域|領域|行业|行業))(?:为例|為例)/u;

/**
 * `…院士葛均波以医疗领域为例，讲述了…。“我们20亿条就诊数据里面，…`: a quoted 我们 opening a remark is the side the
 * speaker speaks for, named just before: the subject says the field and whose words they are (医疗领域的就诊数据（葛均波所说）).
 */
function weOfSpeaker(subject: string, sentence: string, start: number, before: FigureSentence | undefined): string {
  if (before === undefined || !/^\s?[“「]\s?(?:我们|我們)\s?$/u.test(sentence.slice(0, start))) return subject;
  const speaker = SPEAKER_OF_FIELD.exec(before.text);
  return speaker === null || subject.includes(speaker[2]) ? subject : `${speaker[2]}的${subject}（${speaker[1]}${/[們領]/u.test(sentence + speaker[2]) ? '所說' : '所说'}）`;
}

/** A sentence opening on a product by its Latin name (`专有云平台 JD Cloud Stack 产品,`): the name (1). */
const PRODUCT_OPENING = /^\s?[\u4e00-\u9fff]{0,6}\s?([A-Za-z][A-Za-z\d]*(?:\s[A-Za-z\d]+){0,4})\s?(?:产品|產品|平台|系统|系統)?\s?[，,]/u;
/** A clause that counts what a thing holds, right before the number (`包含 60 多个`). */
const HOLDS_BEFORE = /(?:^|[，,])\s?(包含|包括|涵盖|涵蓋)\s?$/u;

/**
 * `专有云平台 JD Cloud Stack 产品,汇聚了京东在…的核心成果之一,包含 60 多个云计算平台资源产品`: what a clause with no
 * subject of its own says a thing holds is held by the product its sentence opens on (JD Cloud Stack包含的云计算平台资源产品),
 * not by an owner named in another clause.
 */
function heldByProduct(subject: string, sentence: string, start: number, end: number): string {
  const product = PRODUCT_OPENING.exec(sentence)?.[1];
  const holds = HOLDS_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start))?.[1];
  if (product === undefined || holds === undefined || subject.includes(product)) return subject;
  const noun = /^\s?([\u4e00-\u9fffA-Za-z]{2,12}?)(?=[，,。；;、]|$)/u.exec(sentence.slice(end))?.[1];
  return noun !== undefined && subject.endsWith(noun) ? `${product}${holds}的${noun}` : subject;
}

/** A sentence opening on what its figures are judged from (`从3G、4G发展经验看，`): the basis (1). */
const BASIS_OPENING = /^\s?[“「]?\s?(?:从|從)([^，,。；;]{2,16}?(?:经验|經驗|规律|規律))(?:看|来看|來看)\s?[，,]/u;

/**
 * `从3G、4G发展经验看，这一阶段从开始商用到进入深度覆盖期，一般需要3~4年`: a figure judged from past experience is an
 * estimate by it, not a measure; the subject says on what (…一般需要的时间（据3G、4G发展经验）).
 */
function basisSaid(subject: string, sentence: string): string {
  const basis = BASIS_OPENING.exec(sentence)?.[1].replace(/\s/gu, '');
  return basis === undefined || subject.includes(basis) ? subject : `${subject}（据${basis}）`;
}

/** A noun a Latin or digit-led name qualifies (`5G基站`, `AI芯片`), and the qualifier. */
const LATIN_QUALIFIED = /(?<![A-Za-z\d])([A-Za-z][A-Za-z\d]{0,5}|\d[A-Za-z][A-Za-z\d]{0,4})([\u4e00-\u9fff]{2})/gu;

/**
 * `在5G基础设施建设方面，…5G基站建设高峰期将2021—2023年，预计2019—2026年间全国基站累计投资将达2.6万亿元`: a noun the
 * sentence qualifies before the figure (5G基站) is the same kind of thing when the figure's subject says it bare — one
 * qualifier only, so a sentence weighing 4G基站 and 5G基站 leaves the bare noun as it is. The noun must be a thing the
 * subject measures: the head of a measure (`基站累计投资`), or ending the subject of a count of things (`共建共享基站`);
 * not a word ending a measure of a deed (`研发历时`, `每年节省` after `Apollo历时7年`, `TCO节省成果显著`), nor a qualifier
 * itself (`室外5G基站` after `5G室外基站`).
 */
function qualifiedInSentence(subject: string, sentence: string, start: number, unit: string): string {
  const qualifiers = new Map<string, Set<string>>();
  for (const [, qualifier, noun] of sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start).matchAll(LATIN_QUALIFIED)) {
    qualifiers.set(noun, (qualifiers.get(noun) ?? new Set()).add(qualifier));
  }
  for (const [noun, kinds] of qualifiers) {
    const at = subject.indexOf(noun);
    if (kinds.size !== 1 || at < 0 || (at > 0 && /[A-Za-z\d]/u.test(subject[at - 1])) || subject.includes(noun, at + 1)) continue;
    const rest = subject.slice(at + noun.length);
    if (rest === '' ? !countsThings(unit) : !/^[\u4e00-\u9fff]/u.test(rest)) continue;
    const [qualifier] = kinds;
    return `${subject.slice(0, at)}${qualifier}${subject.slice(at)}`;
  }
  return subject;
}

/** Measures that class the thing named right after them (`8英寸…生产线`, `7千瓦等效機櫃`, `7nm 工艺`): a size, a rating, a node. */
const CLASSING_UNITS = new Set(['inch', 'kW', 'nm']);

/**
 * `新建8英寸集成电路特色工艺生产线设备本土化率…达到了50%以上`: a number that classes the thing a figure measures — no
 * statistic of its own (`isNoStatistic`), or a size, rating or node (a figure of its own: the lines' wafer size) — and the
 * words of its clause before it still say which things (the new 8-inch lines), so a subject starting right after it takes
 * them back (新建8英寸集成电路…).
 */
function classBefore(subject: string, sentence: string, figures: readonly { start: number; end: number; value: number; unit: string }[], index: number): string {
  const classing = figures[index - 1];
  if (classing === undefined || !sentence.slice(classing.end).trimStart().startsWith(subject.slice(0, 2)) || /[，,。；;：:]/u.test(sentence.slice(classing.end, figures[index].start))) return subject;
  let from = classing.start;
  while (from > 0 && !/[，,。；;：:]/u.test(sentence[from - 1])) from--;
  const words = sentence.slice(from, classing.end).trim();
  return words.length <= 8 && !subject.startsWith(words) && (CLASSING_UNITS.has(classing.unit) || isNoStatistic(sentence, classing)) ? `${words}${subject}` : subject;
}

/** `被黑客攻击窃取了价值数千万美金的`: a deed done to things, then the worth of them right before the figure. */
const WORTH_OF_DEED = /(被[^，,。；;：:]{1,12}?)了?\s?价值\s?(?:超过|超過|超|约|約|近|高达|高達)?\s?$/u;

/**
 * `该智能合约被黑客攻击窃取了价值数千万美金的加密货币`: an amount after 价值 is the worth of the things the clause did
 * something to, so a subject that is only their noun (加密货币) says the deed and the worth (被黑客攻击窃取的加密货币价值).
 */
function worthOfDeed(subject: string, sentence: string, start: number, end: number): string {
  const deed = WORTH_OF_DEED.exec(sentence.slice(Math.max(0, start - 24), start))?.[1];
  const worthOf = /^\s?的\s?/u.exec(sentence.slice(end, end + 4));
  if (deed === undefined || !worthOf || !sentence.startsWith(subject, end + worthOf[0].length)) return subject;
  return `${deed}的${subject}价值`;
}

/** `subject` opening on a named period it does not say yet; the owner both open on is written once (京东双十一…期间PC品类). */
function withPeriod(subject: string, during: string): string {
  if (subject.includes(during)) return subject;
  let shared = 0;
  while (shared < during.length && during[shared] === subject[shared]) shared++;
  return `${during}${subject.slice(shared >= 2 ? shared : 0)}`;
}

/** A sentence about what was at a meeting's venue: `在会场外的人工智能主题展览上`, `大会上`. */
const AT_VENUE = /会场|會場|(?:展览|展覽|展会|展會|大会|大會)(?:上|期间|期間|现场|現場)/u;

/**
 * `——2020中国（太原）人工智能大会探讨…` … `在会场外的人工智能主题展览上，国内40余家…领军企业`: what a sentence says was at the
 * venue is of the meeting its article is about, whose year the article gives with the meeting's name elsewhere. For each
 * section path, the years of the meetings its sentences name; a figure takes the one year of the innermost section of its
 * own that names any, in its sentences or its title (two years, or none, say nothing).
 */
function sectionMeetingYears(report: ReportText): { of: (path: string) => number | undefined } {
  const years = new Map<string, Set<number>>();
  const meetingsIn = (text: string) => [...text.matchAll(MEETING_YEAR)].map((match) => Number(match[1]));
  for (const sentence of report.sentences) {
    const named = meetingsIn(sentence.text);
    const titles = report.sectionPath(sentence.blockIndex).path.split(' › ');
    for (let depth = 1; depth <= titles.length; depth++) {
      // A section's own title names its meeting too (`——2020中国（太原）人工智能大会探讨…` as a heading).
      const inSection = [...named, ...meetingsIn(titles[depth - 1])];
      if (inSection.length === 0) continue;
      const path = titles.slice(0, depth).join(' › ');
      years.set(path, new Set([...(years.get(path) ?? []), ...inSection]));
    }
  }
  return {
    of(path: string): number | undefined {
      const titles = path.split(' › ');
      for (let depth = titles.length; depth >= 1; depth--) {
        const named = years.get(titles.slice(0, depth).join(' › '));
        if (named !== undefined) return named.size === 1 ? [...named][0] : undefined;
      }
      return undefined;
    },
  };
}

/** A sentence opening on the exhibition or venue it tells of: `在会场外的人工智能主题展览上，` (the place, 1). */
const VENUE_OPENING = /^\s?在([\u4e00-\u9fff（）()]{2,20}?(?:展览|展覽|展会|展會|会场|會場))(?:上|中|内|內)\s?[，,]/u;

/** `在会场外的人工智能主题展览上，国内40余家…领军企业`: the things a sentence counts at a venue are those there, not all. */
function atVenue(subject: string, venue: string | undefined): string {
  return venue === undefined || subject.includes(venue) ? subject : `${venue}上的${subject}`;
}

/** The province a subject names only by its kind: `全省`, `省级`, `我省`, `本省`. */
const PROVINCE_BY_KIND = /全省|省级|省級|我省|本省/u;
const PROVINCE_NAMED = new RegExp(PROVINCES, 'gu');
/** Words of the nation's, not a province's: `国家重点监测的`, `全国`, `我国`. */
const NATIONAL = /国家|國家|全国|全國|我国|我國|中国|中國/u;

/**
 * `抓好六大举措 黑龙江建设工业强省“数字龙江” › 2020年重点工作情况` … `1—11月，全省规上工业增加值同比增长2.4%`: the province a
 * subject names by its kind is the one its section's titles name (黑龙江全省规上工业增加值…), when they name one only; and
 * a subject that names no owner is of that province too, as the article tells of its work.
 */
function provinceOfSection(subject: string, path: string, actors: readonly string[]): string {
  const kind = PROVINCE_BY_KIND.exec(subject);
  const provinces = new Set(path.match(PROVINCE_NAMED) ?? []);
  if (provinces.size !== 1) return subject;
  const [province] = provinces;
  if (subject.includes(province)) return subject;
  // A subject that names no owner at all is the province's too (黑龙江百千万工程计划打造的千亿级产业), not one of the nation's.
  if (!kind) return namesAnOwner(subject, actors) || NATIONAL.test(subject) ? subject : ownedAfterDate(province, subject);
  // 我省 and 本省 are the province itself; 全省 and 省级 keep their word after its name (黑龙江全省, 黑龙江省级).
  return /^(?:我省|本省)$/u.test(kind[0]) ? subject.replace(kind[0], province) : `${subject.slice(0, kind.index)}${province}${subject.slice(kind.index)}`;
}

/** A label of a line of bullet specifications (`低时延：…•高可靠：99.999%•同步精度：百纳秒级`): the label (1). */
const BULLET_LABEL = /(?:^|[•·])\s?([\u4e00-\u9fff]{2,4})\s?[：:]/gu;
/** The last Latin name of a text (`…uRLLC主要是面向低延时、`): the name (1). */
const LAST_LATIN_NAME = /(?<![A-Za-z\d])([A-Za-z][A-Za-z\d]*[A-Z][A-Za-z\d]*)[^A-Za-z\d。！？]*$/u;

/**
 * `…uRLLC主要是面向低延时、高可靠的应用场景。` then the line `低时延：端到端时延ms级，抖动us级•高可靠：99.999%•同步精度：百纳秒级`:
 * a line of bullet specifications whose label the paragraph before says of a Latin name is that name's specification, and
 * its figures take the name as the text writes it (uRLLC抖动), when their subject names no owner.
 */
function ownerOfBulletSpecs(subject: string, labels: readonly string[], paragraphBefore: readonly string[], actors: readonly string[]): string {
  if (labels.length === 0 || namesAnOwner(subject, actors)) return subject;
  for (const text of paragraphBefore) {
    for (const label of labels) {
      const at = text.indexOf(label);
      const name = at < 0 ? undefined : LAST_LATIN_NAME.exec(text.slice(Math.max(0, at - 24), at))?.[1];
      if (name !== undefined) return subject.startsWith(name) ? subject : `${name}${subject}`;
    }
  }
  return subject;
}

/** A paragraph opening on a project and what it achieved (`南通市域治理现代化项目成果显著，`): the project (1). */
const PROJECT_OPENING = /^\s?([\u4e00-\u9fff]{2,16}?(?:项目|項目))(?:成果|取得|已经|已經|已)/u;
/** A sentence opening on a deed of gathering or linking with no doer (`打通危化品监管相关…`): the verb (1). */
const DOERLESS_DEED = /^\s?(打通|联通|聯通|汇聚|匯聚|整合|接入)/u;
/** After an item counted: `、3个化工园区的18个业务系统数据` — what the items' things the deed reached are (1). */
const HELD_AFTER = /^[^，,。；;：:]*?的\s?\d+\s?[个個]\s?([\u4e00-\u9fff]{2,10})/u;

/**
 * `南通市域治理现代化项目成果显著，…；汇聚了…；…；打通危化品监管相关9个委办局、3个化工园区的18个业务系统数据`: a sentence of a
 * paragraph the project opens, joined to it by ；, that opens on a deed with no doer is the project's deed (南通市域治理现代化项目
 * 打通的危化品监管相关业务系统); the things counted before 的 are those whose things the deed reached (…项目打通业务系统数据的
 * 危化品监管相关化工园区), not another owner's.
 */
function doerOfParagraph(subject: string, sentence: string, end: number, project: string | undefined): string {
  const verb = DOERLESS_DEED.exec(sentence)?.[1];
  if (project === undefined || verb === undefined || subject.includes(project)) return subject;
  if (subject.startsWith(`${verb}的`)) return `${project}${subject}`;
  const held = HELD_AFTER.exec(sentence.slice(end, end + 40))?.[1];
  return held === undefined ? subject : `${project}${verb}${held}的${subject}`;
}

/**
 * What the refinements read from a sentence as a whole, read once per sentence: a sentence may hold thousands of figures
 * (a line of 18,000 statistics is one sentence), and reading it again for each made indexing such a line quadratic.
 */
interface SentenceReading {
  /** The industry chain whose firms the sentence counts (`chainOfOwner`). */
  chain: string | undefined;
  /** The venue the sentence opens on (`atVenue`). */
  venue: string | undefined;
  /** The labels of a line of bullet specifications, none when the sentence is no such line (`ownerOfBulletSpecs`). */
  bulletLabels: readonly string[];
  /** The clauses of the dates the sentence counts up to (`asOfDated`). */
  asOfClauses: readonly RegExpExecArray[];
  /** Where the sentence's first 截至 or 截止 ends, Infinity if it has none (`carriedAsOf`). */
  asOfEnd: number;
  /** Whether the sentence says 目前: it counts to its own now (`carriedAsOf`). */
  saysNow: boolean;
  /** Where the first words of a ministry of the state giving numbers end, Infinity if none (`countryOfMinistry`). */
  ministrySaysEnd: number;
  /** The name the sentence goes on about when its paragraph is a sentence the layout broke off (`nameOfBrokenSentence`). */
  brokenOff: string | undefined;
  /** What the sentence before opens on, when this one opens on its predicate with no topic of its own (`topicGoneOn`). */
  topicBefore: string | undefined;
  /** The named period the paragraph before opens on, when this sentence opens a paragraph and a quotation (`periodOfRemark`). */
  remarkPeriod: { year: number; said: string } | undefined;
  /** The industry chain the sentence before opens on after a deadline (`到2022年，湖南新型显示器件产业链…`; `chainOfTarget`). */
  chainBefore: string | undefined;
  /** Whether it or the sentence before tells of a ground-breaking (`開工儀式`; `isInvestmentAtGroundbreaking`). */
  groundBroken: boolean;
  /** The cause the sentence opens on (`同时由于摄像头是在本地计算，`), as said before a measure (`causedMeasure`). */
  cause: string | undefined;
  /** The case of an experiment the sentence opens on, with whose the sentence before says (`caseOfExperiment`). */
  experimentCase: string | undefined;
  /** The bare kind of thing the sentence opens on as its topic, naming none (`平台使用的…`; `thingOfHeading`). */
  bareTopic: string | undefined;
}

/** A sentence opening on a deadline and then an industry chain (`到2022年，湖南新型显示器件产业链规模企业…`): the chain (1). */
const DEADLINE_CHAIN_OPENING = /^\s?(?:到|至)\s?(?:19|20)\d{2}\s?年[底末]?\s?[，,]\s?([\u4e00-\u9fff]{4,16}?(?:产业链|產業鏈))/u;

/** A named period opening a paragraph, with its year (`2020年疫情期间,`): the year (1) and the period as written (2). */
const YEAR_PERIOD_OPENING = /^\s?(?:在\s?)?((?:19|20)\d{2})\s?年\s?([^，,。；;]{2,16}?(?:期间|期間))\s?[，,]/u;

/** A sentence opening on what its topic has, with no topic of its own (`具有更开放，更积极通讯的系统结构，…`). */
const PREDICATE_OPENING = /^\s?(?:具有|具備|具备|拥有|擁有)/u;
/**
 * The topic a sentence opens on, before how it acts (`未来制造业更加强调分散，…`): not a time, a source or a place, which
 * frame a sentence (`目前`, `据…`, `在…`), nor a reference back (`其`, `这`).
 */
const TOPIC_OPENING = /^\s?((?!目前|当前|當前|如今|现在|現在|未来[一二三四五六七八九十两\d]|随着|隨著|据|據|根据|根據|在|其|这|這|该|該|此|而|但|同时|同時|此外|另外)[\u4e00-\u9fffA-Za-z]{2,8}?)(?:更加|更|将|將|已经|已經|正在|需要|强调|強調|具有|具备|具備)/u;

/** Reads `sentence` once for its refinements; `paragraphBefore` only when it opens its paragraph, `before` the sentence before in its paragraph. */
function readSentence(sentence: string, paragraphBefore: readonly string[] | undefined, before: string | undefined): SentenceReading {
  const asOf = AS_OF.exec(sentence);
  const ministry = MINISTRY_SAYS.exec(sentence);
  return {
    chain: CHAIN.exec(sentence)?.[1],
    venue: VENUE_OPENING.exec(sentence)?.[1],
    bulletLabels: /[•·]/u.test(sentence) ? [...sentence.matchAll(BULLET_LABEL)].map((label) => label[1]) : [],
    asOfClauses: [...sentence.matchAll(AS_OF_CLAUSE)],
    asOfEnd: asOf === null ? Infinity : asOf.index + asOf[0].length,
    saysNow: /目前/u.test(sentence),
    ministrySaysEnd: ministry === null ? Infinity : ministry.index + ministry[0].length,
    brokenOff: paragraphBefore === undefined ? undefined : nameOfBrokenSentence(sentence, paragraphBefore),
    topicBefore: before !== undefined && PREDICATE_OPENING.test(sentence) ? TOPIC_OPENING.exec(before)?.[1] : undefined,
    remarkPeriod: remarkPeriodBefore(sentence, paragraphBefore),
    chainBefore: before === undefined ? undefined : DEADLINE_CHAIN_OPENING.exec(before)?.[1],
    groundBroken: GROUND_BROKEN.test(sentence) || (before !== undefined && GROUND_BROKEN.test(before)),
    cause: CAUSE_OPENING.exec(sentence)?.[1].replace(/\s/gu, '').replace(/是(?=在)/u, ''),
    experimentCase: experimentCaseOf(sentence, before),
    bareTopic: BARE_TOPIC_OPENING.exec(sentence)?.[1],
  };
}

/** A sentence opening on one case of an experiment (`在实验中的一个计算案例，`): the experiment (1) and the case (2). */
const EXPERIMENT_CASE_OPENING = /^\s?在\s?(实验|實驗|试验|試驗|测试|測試)中的?\s?((?:一|某)[个個]\s?(?:计算|計算)?(?:案例|任务|任務))\s?[，,]/u;
/** Whose experiment the sentence before opens on (`Google 的一台 54 量子比特的量子计算原型机`): the name (1). */
const MACHINE_OWNER_OPENING = /^\s?([A-Za-z][A-Za-z\d-]{1,15}|[\u4e00-\u9fff]{2,6}?)\s?的\s?一(?:台|个|個|款|套)/u;

/** The case of an experiment a sentence opens on, with the owner of the machine the sentence before opens on (Google实验中的一个计算案例). */
function experimentCaseOf(sentence: string, before: string | undefined): string | undefined {
  const opening = EXPERIMENT_CASE_OPENING.exec(sentence);
  if (!opening) return undefined;
  const owner = before === undefined ? undefined : MACHINE_OWNER_OPENING.exec(before)?.[1];
  return `${owner ?? ''}${opening[1]}中的${opening[2].replace(/\s/gu, '')}`;
}

/** A sentence opening on a bare kind of thing as its topic (`平台使用的电子签名技术…`): the kind (1). */
const BARE_TOPIC_OPENING = /^\s?(平台|系统|系統)(?:使用|采用|採用|的|已|可|能|通过|通過|集成|支持)/u;

/** The named period of the paragraph before a remark this sentence opens (`“钉钉平台上…`): read once, at the paragraph's start. */
function remarkPeriodBefore(sentence: string, paragraphBefore: readonly string[] | undefined): { year: number; said: string } | undefined {
  const period = paragraphBefore === undefined || !/^\s?[“「]/u.test(sentence) ? null : YEAR_PERIOD_OPENING.exec(paragraphBefore[0] ?? '');
  return period ? { year: Number(period[1]), said: `${period[1]}年${period[2].replace(/\s/gu, '')}` } : undefined;
}

/**
 * `2020年疫情期间,阿里云和钉钉将其…。` ¶ `“钉钉平台上…用户量至少是以前的10倍。2020年2月10日当天,…”`: the figures of a remark
 * opening the paragraph after one that opened on a named period, dated to that period's year, are of that period, and the
 * subject says it (2020年疫情期间钉钉平台用户量…).
 */
function periodOfRemark(subject: string, reading: SentenceReading, year: number | undefined): string {
  const period = reading.remarkPeriod;
  return period === undefined || period.year !== year || subject.includes(period.said) ? subject : withPeriod(subject, period.said);
}

/**
 * `到2022年，湖南新型显示器件产业链规模企业争取超百家…。建设…省级创新平台10个以上`: the targets of a sentence after one that
 * set the chain's deadline are the chain's, and a subject naming only its province (计划建设的湖南省级创新平台) names the chain
 * (计划建设的湖南新型显示器件产业链省级创新平台).
 */
function chainOfTarget(subject: string, reading: SentenceReading): string {
  const chain = reading.chainBefore;
  if (chain === undefined || subject.includes(chain)) return subject;
  const province = subject.indexOf(chain.slice(0, 2));
  return province < 0 ? subject : `${subject.slice(0, province)}${chain}${subject.slice(province + 2)}`;
}

/** A model and its number (`麒麟 990`, `骁龙 865`): the line's name (1) and the number (2). */
const MODEL_NUMBER = /([\u4e00-\u9fffA-Za-z]{2})\s?(\d{2,5}[A-Za-z]?)/gu;
/** A rise right before its multiple (`晶体管数量提高了1.9 倍`), the verb said in the subject (1). */
const RISE_BEFORE = /(提高|提升|增长|增長|增加)了?\s?$/u;

/**
 * `如华为 2019 年发布的麒麟 990 芯片采用 7nm 工艺，而 2020 年发布的麒麟 9000 则…，晶体管数量提高了 1.9 倍`: a rise of a model
 * contrasted (而) with an earlier model of its line is measured against that model, and the subject says it
 * (华为麒麟 9000晶体管数量较麒麟 990提高). Reads a bounded window back.
 */
function againstEarlierModel(subject: string, sentence: string, start: number): string {
  const window = sentence.slice(Math.max(0, start - 120), start);
  const rise = RISE_BEFORE.exec(window)?.[1];
  const contrast = window.search(/[，,]\s?而/u);
  if (rise === undefined || contrast < 0 || !subject.endsWith(rise)) return subject;
  const earlier = [...window.slice(0, contrast).matchAll(MODEL_NUMBER)];
  for (const [, line, number] of window.slice(contrast).matchAll(MODEL_NUMBER)) {
    const model = earlier.find((before) => before[1] === line && before[2] !== number);
    if (model !== undefined && subject.includes(line) && subject.includes(number)) return `${subject.slice(0, -rise.length)}较${model[0]}${rise}`;
  }
  return subject;
}

/** A sentence opening on 它 (`它搭载了…`): what it does with what it carries (1), if it says. */
const IT_OPENING = /^\s?(?:它们|它們|它)(搭载|搭載|配备|配備|采用|採用)?了?/u;
/** The last name the sentence before puts in quotation marks (`…接入自主研发的量子计算机“悟源”。`). */
const LAST_QUOTED_NAME = /[“「]([^”」“「，,。；;]{2,12})[”」][^“「]*$/u;

/**
 * `…接入自主研发的量子计算机“悟源”。它搭载了有6个量子比特的超导量子处理器…`: a sentence opening on 它 goes on about the
 * thing the sentence before named last in quotation marks, which owns its figures (悟源搭载的超导量子处理器的量子比特数).
 */
function itOfBefore(subject: string, sentence: string, before: FigureSentence | undefined): string {
  const it = IT_OPENING.exec(sentence);
  const name = it === null || before === undefined ? undefined : LAST_QUOTED_NAME.exec(before.text)?.[1];
  if (!it || name === undefined || subject.includes(name)) return subject;
  return it[1] === undefined ? `${name}${subject}` : `${name}${it[1]}的${subject}`;
}

/** The actor a clause opens on before 与 (and the partners it lists after 包括…在内的), up to a count. */
const PARTNER_OPENING = /^\s?([\u4e00-\u9fffA-Za-z、和]{2,16}?)(?:与|與|同)(?:包括[^，,。；;]{1,60}?在内的|包括[^，,。；;]{1,60}?在內的)?\s?$/u;
/**
 * `韩国工业、技术和创业部与包括…在内的19家公司和组织共同推出了“5G智能工厂联盟”`: a count of partners who did a deed
 * together (共同) with the actor the sentence opens on names that actor (与韩国工业、技术和创业部共同推出“5G智能工厂联盟”的公司和组织).
 */
function partnerOf(subject: string, sentence: string, start: number): string {
  const partner = PARTNER_OPENING.exec(sentence.slice(0, start));
  if (!partner || !/^共同/u.test(subject)) return subject;
  return `与${partner[1]}${subject.replace(/^(共同[\u4e00-\u9fff]{1,4}?)了/u, '$1')}`;
}

/** The units of a length of time, down to seconds. */
const LENGTH_OF_TIME_UNITS = new Set([...DURATION_UNITS, 'hour', 'minute', 'second']);

/**
 * `将配置机车的时间缩短一个小时`: a length of time a deed cut is the time cut, not the time (配置机车缩短的时间); a subject
 * ending on the verb (配置机车的时间缩短) never says what the number is.
 */
function timeCut(subject: string, unit: string): string {
  const cut = LENGTH_OF_TIME_UNITS.has(unit) ? /^(.{2,}?)的?(?:时间|時間)(缩短|縮短|减少|減少|节省|節省)$/u.exec(subject) : null;
  return cut ? `${cut[1]}${cut[2]}的${/[時縮減節]/u.test(subject) ? '時間' : '时间'}` : subject;
}

/**
 * Where a figure's clause stands, for a later one restating it: the words of the clause before the number and the few
 * after it (`为每辆机车节省#的支出`), in its section.
 */
function restatementKey(sentence: string, start: number, end: number, section: string): string | undefined {
  const clause = clauseUpTo(sentence, start);
  return clause.length < 4 ? undefined : `${section}|${clause}#${sentence.slice(end, end + 3)}`;
}

/** A sentence opening on what it says a name is (`JD Chain是具有完全自主知识产权的企业级区块链底层引擎`): the name. */
const NAME_IS_OPENING = /^\s?([A-Za-z][A-Za-z\d ]{1,15}?|[\u4e00-\u9fff]{2,8}?)\s?是/u;

/**
 * `JD Chain是…企业级区块链底层引擎，在高吞吐量、…、大规模共识算法、` ¶ `多链并行、…，单链的每秒交易处理能力超 2 万 TPS`: a
 * paragraph the layout broke off mid-sentence (the one before ends on 、 or ，) goes on with the sentence before, and the
 * name it opens on owns the figures that name no owner (JD Chain单链的每秒交易处理能力), unless the sentence names it itself.
 */
function nameOfBrokenSentence(sentence: string, paragraphBefore: readonly string[]): string | undefined {
  const last = paragraphBefore.at(-1);
  if (last === undefined || !/[、，,]\s?$/u.test(last)) return undefined;
  const name = NAME_IS_OPENING.exec(last)?.[1].trim();
  return name === undefined || sentence.includes(name) ? undefined : name;
}

/**
 * `5.3.1 雄安新区块数据平台` ¶ `…块数据平台提供了上百数据服务接口`: a subject opening on the short name of the thing its
 * section's heading names in full takes the full name (雄安新区块数据平台…), which says whose it is.
 */
function fullNameOfHeading(subject: string, title: string | undefined): string {
  const named = title === undefined ? undefined : /([\u4e00-\u9fffA-Za-z]{5,16})\s*$/u.exec(title)?.[1];
  if (named === undefined || subject.startsWith(named)) return subject;
  for (let cut = 1; cut <= named.length - 4; cut++) {
    if (subject.startsWith(named.slice(cut))) return `${named}${subject.slice(named.length - cut)}`;
  }
  return subject;
}

/** A ministry of the state saying or giving the numbers (`工信部新闻发言人闻库在国新办发布会上表示`, `工信部数据显示`). */
const MINISTRY_SAYS = /(?:工信部|工业和信息化部|工業和信息化部|国家统计局|國家統計局|科技部|商务部|商務部|国家发改委|國家發改委)[^，,。；;]{0,24}?(?:表示|介绍|介紹|透露|数据显示|數據顯示|发布|發布)/u;
/** The user of a platform a clause names (`天猫国际的奶粉溯源也使用了蚂蚁区块链平台`), for what the next clause counts. */
const PLATFORM_USER = /(?:^|[，,；;])\s?([\u4e00-\u9fffA-Za-z]{2,6}的?[\u4e00-\u9fff]{2,6}?)(?:也|还|還|已|已经|已經)?(?:使用|采用|採用|接入)了[^，,。；;]{2,16}?(?:平台|系统|系統)\s?[，,][^，,。；;]*$/u;

/**
 * `工信部新闻发言人闻库…表示，…5G的终端连接数已经超过2亿`: a number a ministry of the state gives, of no one it names, is
 * the country's (我国5G的终端连接数).
 */
function countryOfMinistry(subject: string, reading: SentenceReading, start: number, actors: readonly string[]): string {
  if (reading.ministrySaysEnd > start || NAMES_PLACE.test(subject) || namesAnOwner(subject, actors)) return subject;
  return ownedAfterDate('我国', subject);
}

/** The date a subject's stock is counted to, opening it (`截至目前`, `截至2020年11月末`). */
const AS_OF_OPENING = /^截至(?:目前|\d{4}年\d{0,2}月?(?:末|底|月底)?)/u;

/** `owner` put before `subject`, after the date its stock is counted to (截至目前我国…) and before a plan's word (我国计划新建的5G基站). */
function ownedAfterDate(owner: string, subject: string): string {
  const date = AS_OF_OPENING.exec(subject)?.[0] ?? '';
  return `${date}${owner}${subject.slice(date.length)}`;
}

/**
 * `天猫国际的奶粉溯源也使用了蚂蚁区块链平台，目前上链追溯的产品已经超过900万件`: what the clause after a platform's user is
 * named counts is that user's (天猫国际奶粉溯源上链追溯的产品).
 */
function platformUser(subject: string, sentence: string, start: number, actors: readonly string[]): string {
  const user = PLATFORM_USER.exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start))?.[1].replace('的', '');
  return user === undefined || namesAnOwner(subject, actors) || subject.includes(user) ? subject : `${user}${subject}`;
}

/** A sentence opening on the task or test its figures were measured in (`在波色高斯取样这项任务中，`): the task (1, 2). */
const TASK_OPENING = /^\s?在([\u4e00-\u9fffA-Za-z]{2,12}?)(?:这项|這項|这个|這個|该|該)?(任务|任務|测试|測試)中\s?[，,]/u;

/**
 * `在波色高斯取样这项任务中，…其200秒的“算力”，相当于目前最强超算6亿年的计算能力，速度比后者快一百万亿倍`: a speed or time
 * measured in one task is of that task only, and its subject says so (波色高斯取样任务中量子计算机速度); a count of the parts
 * of the machine (76个…光子) is no measure of the task.
 */
function taskMeasured(subject: string, sentence: string, unit: string): string {
  const task = TASK_OPENING.exec(sentence);
  if (!task || countsThings(unit)) return subject;
  const scope = `${task[1]}${task[2]}中`;
  return subject.includes(task[1]) ? subject : `${scope}${subject}`;
}

/** The longest subject that says the deed done on what is counted: longer, it reads as a sentence. */
const MAX_DEED_SUBJECT = 32;
/** After a count of things a deed is done on: the things (1), up to the next item or 进行, and the deed (2). */
const OBJECTS_OF_DEED = /^\s?([\u4e00-\u9fffA-Za-z]{2,10}?)(?:[、，,][^，,。；;]{0,30}?)?(?:进行|進行)([^，,。；;]{2,16})/u;

/** How the actor helps the things to the deed, closing the words before them (`以智能供应链能力帮助`): no part of what is counted. */
const MEANS_OF_HELP = /(?:(?:以|利用|通过|通過|借助)[^，,。；;的]{1,12}?)?(?:帮助|幫助|对|對)$/u;

/**
 * `京东零售利用智能供应链的技术对3.3万个品牌、超500万种自营商品进行智能预测、自动调拨和智能履约`: a count after 对 is of
 * the things the deed after 进行 is done on, and the subject says that deed (京东零售智能预测、自动调拨和智能履约的品牌), not
 * the bare things (京东零售品牌 reads as the owner's own brands). The report's other copy helps them to it (`以智能供应链能力
 * 帮助 3.3 万个品牌、超过 500 万种商品进行智能预测…`, spaced): the same things and deed.
 */
function objectsOfDeed(subject: string, sentence: string, start: number, end: number, unit: string): string {
  const clause = clauseUpTo(sentence, start);
  if (!countsThings(unit) || !/(?:对|對|帮助|幫助)(?:[^、]{0,12}、)*[^、]{0,4}$/u.test(clause)) return subject;
  const done = OBJECTS_OF_DEED.exec(sentence.slice(end, end + MAX_CLAUSE_READ));
  if (!done || !subject.endsWith(done[1]) || subject.includes(done[2])) return subject;
  const said = `${subject.slice(0, -done[1].length).replace(MEANS_OF_HELP, '')}${done[2]}的${done[1]}`;
  return said.length <= MAX_DEED_SUBJECT ? said : subject;
}

/**
 * Words of a qualifier standing right before a count, ending in 的 (`推动生产国家重点监测的10种`, `推进占比50%以上重点培育的
 * 50户`): after a break, a count's 以上/以下 or the clause's last deed on the things (1), the qualifier (2), words only.
 */
const QUALIFIER_BEFORE = /^[\s\S]*(?<!推动|推動|推进|推進)(?:^|[，,。；;：:、]|以上|以下|((?:推动|推動|推进|推進)?(?:生产|生產|支持|形成|打造|包括|包含|涉及)|推动|推動|推进|推進))\s?((?:(?![的和与與及或等在内內]|以上|以下)[\u4e00-\u9fff]){2,8})的\s?$/u;
/** A qualifier that is a count's measure word and noun (`3个化工园区的`) or a place (`全球24个地理区域的`): an owner, not a kind. */
const NOT_A_QUALIFIER = /^[个個家项項类類种種条條户戶座台名所]|(?:区域|區域|地区|地區|国家|國家|城市|省份)$/u;
/** A deed said after the counted things (`稳产增产的百亿级企业`), which the subject holds before them, with 的. */
const DEED_OF_THINGS = /^(?:[^的]*的)?/u;

/**
 * `用不到2个月时间推动生产国家重点监测的10种重要防护用品`, `推进占比50%以上重点培育的50户百亿级企业稳产增产`: a qualifier
 * right before a count says which of the things are counted — the nationally monitored kinds, the key firms cultivated —
 * and the subject says it before the things, after the deed done on them if the clause names one (推动生产的国家重点监测
 * 重要防护用品, 重点培育的百亿级企业), in place of a deed the clause says after them (稳产增产的). Only a subject that ends
 * on the things the text counts, and no qualifier it already holds.
 */
function qualifiedCount(subject: string, sentence: string, start: number, end: number, unit: string): string {
  if (!countsThings(unit)) return subject;
  const qualified = QUALIFIER_BEFORE.exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start));
  if (!qualified || NOT_A_QUALIFIER.test(qualified[2]) || subject.includes(qualified[2])) return subject;
  const after = sentence.slice(end, end + MAX_THINGS).replace(/\s/gu, '');
  let things: string | undefined;
  for (let length = Math.min(after.length, MAX_THINGS); length >= 2 && things === undefined; length--) if (subject.endsWith(after.slice(0, length))) things = after.slice(0, length);
  if (things === undefined) return subject;
  const before = subject.slice(0, -things.length);
  // Only the deed written after the things gives way; words written before the count (an owner, a deed on them) stay.
  const deedAfter = DEED_OF_THINGS.exec(before)![0];
  if (deedAfter.length > 0 && !sentence.slice(end, end + MAX_CLAUSE_READ).includes(deedAfter.slice(0, -1))) return subject;
  const deedBefore = qualified[1] === undefined || before.includes(qualified[1]) ? '' : `${qualified[1]}的`;
  return `${before.slice(deedAfter.length)}${deedBefore}${qualified[2]}${deedBefore === '' ? '的' : ''}${things}`;
}

/**
 * `建成至少2.5萬個7千瓦等效機櫃`: a count of things whose noun opens on a rating (a number and its unit, the next figure right
 * after the count) counts things of that rating, and the subject says it before them (騰訊建成的7千瓦等效機櫃); the
 * rating's own figure keeps its subject.
 */
function ratedThings(subject: string, sentence: string, figures: readonly { start: number; end: number; text: string }[], index: number, unit: string): string {
  const rating = figures[index + 1];
  if (!countsThings(unit) || rating === undefined || sentence.slice(figures[index].end, rating.start).trim() !== '' || subject.includes(rating.text)) return subject;
  const things = countedWordsEnding(subject, sentence, rating.end);
  return things === undefined ? subject : `${subject.slice(0, -things.length)}${rating.text.replace(/\s/gu, '')}${things}`;
}

/** A verb that brings things to a deed, right before their count (`推动65个`). */
const BRINGING_BEFORE = /(推动|推動|推进|推進|促进|促進|引导|引導|带动|帶動)\s?$/u;
/** What the things are brought to, ending their clause after them (`投产达产，`): words only, no figure. */
const DEED_ENDING = /^([\u4e00-\u9fff]{2,8})(?=[，,。；;]|$)/u;

/**
 * `推动65个投资亿元以上重点工业项目投产达产`: things a verb brings to a deed are counted as those brought to it, and the
 * subject says the deed with the verb (计划推动投产达产的投资亿元以上重点工业项目), not the verb alone.
 */
function broughtToDeed(subject: string, sentence: string, start: number, end: number): string {
  const verb = BRINGING_BEFORE.exec(sentence.slice(Math.max(0, start - 6), start))?.[1];
  if (verb === undefined) return subject;
  const said = subject.indexOf(`${verb}的`);
  if (said < 0) return subject;
  const things = subject.slice(said + verb.length + 1);
  const after = sentence.slice(end, end + MAX_CLAUSE_READ).replace(/^\s/u, '');
  if (!after.startsWith(things)) return subject;
  const deed = DEED_ENDING.exec(after.slice(things.length))?.[1];
  return deed === undefined ? subject : `${subject.slice(0, said + verb.length)}${deed}的${things}`;
}

/** A list of the parts of a whole opening before a count, in the count's clause (`打造包含1个…、10个…和`). */
const PARTS_LISTED = /(?:包含|包括)[^，,。；;]*$/u;
/** The whole the listed parts make, after them and 的 (`…的市、县、乡三级联动指挥体系`): a system, a network, a structure (1). */
const WHOLE_OF_PARTS = /^[^，,。；;]*?的([^，,。；;的]{2,20}?(?:体系|體系|系统|系統|网络|網絡|架构|架構))(?=[，,。；;]|$)/u;

/**
 * `打造包含1个市级指挥中心、10个县市区及指挥中心和96个乡镇街道工作站的市、县、乡三级联动指挥体系`: parts a system is said to
 * include are counted as that system's, and the subject says whose (南通市、县、乡三级联动指挥体系的乡镇街道工作站).
 */
function partsOfSystem(subject: string, sentence: string, start: number, end: number): string {
  if (!PARTS_LISTED.test(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start))) return subject;
  const after = sentence.slice(end, end + MAX_CLAUSE_READ);
  const whole = WHOLE_OF_PARTS.exec(after)?.[1];
  if (whole === undefined || subject.includes(whole)) return subject;
  const written = after.replace(/\s/gu, '');
  for (let length = Math.min(written.length, MAX_THINGS); length >= 2; length--) {
    const things = written.slice(0, length);
    if (subject.endsWith(things)) return `${subject.slice(0, -things.length)}${whole}的${things}`;
  }
  return subject;
}

/** The clause right before a figure's, saying what was used (`使用标准的48处理器工作站，`): the instrument (1). */
const USED_BEFORE = /(?:使用|利用|采用|採用|借助)([^，,。；;]{2,16})[，,][^，,。；;]*$/u;

/**
 * `达索系统公司的科学家们使用标准的48处理器工作站，每次心跳…需要大约4个小时来进行计算`: a time taken with what the clause
 * before says was used is that instrument's time, and the subject says it after the deed, as it says an amount's purpose
 * (…进行计算用时（使用标准的48处理器工作站）): on another machine the time is another.
 */
function timeWithInstrument(subject: string, sentence: string, start: number, unit: string): string {
  if (!LENGTH_OF_TIME_UNITS.has(unit)) return subject;
  const instrument = USED_BEFORE.exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start))?.[1];
  return instrument === undefined || subject.includes(instrument) ? subject : `${subject}（使用${instrument}）`;
}

/** A will to go on doing something in the places or fields counted, opening their clause (`将继续在…等15个`): 继续 (1). */
const WILL_IN = /(?:将|將)(继续|繼續)?在[^，,。；;]*$/u;

/**
 * `将继续在工业、教育、医疗、媒体、交通等15个行业领域布局`: fields something will go on to be done in are a plan's, and the
 * subject says the plan and the deed (中兴通讯计划继续布局的行业领域), not the fields alone.
 */
function plannedIn(subject: string, sentence: string, start: number, end: number): string {
  const will = WILL_IN.exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start));
  if (!will || SAYS_PLAN_OR_FORECAST.test(subject)) return subject;
  const after = sentence.slice(end, end + MAX_CLAUSE_READ).replace(/^\s/u, '');
  for (let length = Math.min(after.length, MAX_THINGS); length >= 2; length--) {
    const things = after.slice(0, length);
    const deed = subject.endsWith(things) ? DEED_ENDING.exec(after.slice(length))?.[1] : undefined;
    if (deed !== undefined) return `${subject.slice(0, -things.length)}计划${will[1] ?? ''}${deed}的${things}`;
  }
  return subject;
}

/** A subject that says already that its figure is planned or expected. */
const SAYS_PLAN_OR_FORECAST = /计划|計劃|预计|預計|拟|擬|力争|力爭|争取|爭取|目标|目標/u;

/** An actor's deed a subject opens on (`騰訊建成的`): the actor (1) and the rest (2). */
const ACTOR_DEED = /^([\u4e00-\u9fffA-Za-z]{2,8}?)((?:建成|建設|建设|打造|部署|建立)的.*)$/u;

/**
 * `騰訊在長三角建立超算中心,建成至少2.5萬個7千瓦等效機櫃`: what an actor built, in a sentence that says where it builds
 * (在長三角), is built there, and the subject says where (騰訊在長三角建成的7千瓦等效機櫃) — a place of the deed, which
 * names no owner, so the owner pass leaves it.
 */
function placeOfActorDeed(subject: string, sentence: string, start: number): string {
  const deed = ACTOR_DEED.exec(subject);
  if (!deed) return subject;
  // The actor is letters only (ACTOR_DEED), safe inside a pattern.
  const place = new RegExp(`${deed[1]}在([\\u4e00-\\u9fff]{2,8}?)(?:建立|建設|建设|打造|部署)`, 'u').exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start))?.[1];
  return place === undefined ? subject : `${deed[1]}在${place}${deed[2]}`;
}

/** A heading of a ground-breaking (`…超算中心及產業基地開工奠基`): what is built there is yet to be; the word in its own script (1). */
const GROUND_BROKEN = /(开工|開工|动工|動工|奠基)/u;
/** What an actor built, where (`騰訊在長三角建成的`): the actor (1) and the rest (2). */
const ACTOR_BUILT = /^([\u4e00-\u9fffA-Za-z]{2,8}?)((?:在[\u4e00-\u9fff]{2,8}?)?建成的.*)$/u;

/**
 * `騰訊長三角人工智能超算中心及產業基地開工奠基` › `騰訊在長三角建立超算中心,建成至少2.5萬個7千瓦等效機櫃`: under a heading of
 * a ground-breaking, what an actor 建成 is what it will have built, a plan, and the subject says so in the heading's script
 * (騰訊計劃在長三角建成的7千瓦等效機櫃).
 */
function plannedAtGroundbreaking(subject: string, sectionTitle: string | undefined): string {
  const groundBroken = sectionTitle === undefined ? undefined : GROUND_BROKEN.exec(sectionTitle)?.[1];
  const built = groundBroken === undefined || SAYS_PLAN_OR_FORECAST.test(subject) ? null : ACTOR_BUILT.exec(subject);
  if (!built) return subject;
  return `${built[1]}${/[開動]/u.test(groundBroken!) ? '計劃' : '计划'}${built[2]}`;
}

/** A sentence opening on a cause (`同时由于摄像头是在本地计算，`): the cause (1). */
const CAUSE_OPENING = /^\s?(?:同时|同時|而且|并且|並且)?\s?(?:由于|由於|因为|因為)([\u4e00-\u9fffA-Za-z\s]{4,16}?)[，,]/u;
/** A clause with no topic of its own right before a figure (`，可以为园区本地的异常事件提供`): what can be done. */
const TOPICLESS_CLAUSE_BEFORE = /[，,]\s?(?:可以|可|能够|能夠|能|得以)[^，,。；;]*$/u;

/**
 * `同时由于摄像头是在本地计算，不用经过公网，可以为园区本地的异常事件提供毫秒级的响应速度`: a measure a topicless clause
 * says can be given, after a cause the sentence opens on, is the cause's, and the subject says it
 * (摄像头在本地计算时的园区本地异常事件响应速度), not any one's. Reads a bounded window back and the sentence's reading.
 */
function causedMeasure(subject: string, reading: SentenceReading, sentence: string, start: number): string {
  const cause = reading.cause;
  if (cause === undefined || subject.includes(cause) || !TOPICLESS_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return subject;
  return `${cause}时的${subject}`;
}

/** A project's total investment right before its amount (`投资逾`, `总投资约`), not a year's (`年度投资`, `当年投资`). */
const TOTAL_INVESTMENT_BEFORE = /(?<![年度])(?:总投资|總投資|投资|投資)(?:额|額)?(?:逾|超过|超過|约|約|达|達|近|高达|高達)?\s?$/u;

/**
 * `2020年6月,騰訊長三角人工智能超算中心…開工儀式…舉行` › `其中,騰訊長三角人工智能超算中心投資逾450億`: a project's total
 * investment told at its ground-breaking (in its sentence or the one before) is spent over the years it is built, and has
 * no one year (the ground-breaking's is no year of the money). Reads a bounded window before the amount.
 */
function isInvestmentAtGroundbreaking(sentence: string, figure: { start: number; unit: string }, reading: SentenceReading): boolean {
  return reading.groundBroken && (figure.unit === 'CNY' || figure.unit === 'USD') && TOTAL_INVESTMENT_BEFORE.test(sentence.slice(Math.max(0, figure.start - 8), figure.start));
}

/** Users served right after what the clause before applies (`应用人工智能相关技术，服务超过`): the deed (1) and the means (2). */
const SERVED_THROUGH = /(应用|應用|运用|運用|利用|借助)([^，,。；;]{2,16})[，,]\s?(?:服务|服務)(?:超过|超過|逾|近|约|約)?\s?$/u;

/**
 * `京东集团已在多个业务场景中应用人工智能相关技术，服务超过10亿用户`: the users a firm serves through what it applies are
 * that means's, and the subject says it (京东集团应用人工智能相关技术服务的用户), not every user the firm has.
 */
function servedThrough(subject: string, sentence: string, start: number): string {
  const through = SERVED_THROUGH.exec(sentence.slice(Math.max(0, start - 32), start));
  const served = subject.lastIndexOf('服务') >= 0 ? subject.lastIndexOf('服务') : subject.lastIndexOf('服務');
  if (!through || served < 0 || subject.includes(through[2])) return subject;
  return `${subject.slice(0, served)}${through[1]}${through[2]}${subject.slice(served, served + 2)}的${subject.slice(served + 2)}`;
}

/**
 * A fund a clause adds, then what it supports, counted (`新增省级贷款周转金10亿元，支持453户企业续贷倒贷`): the fund (1).
 * The amount after is the lending the fund supported.
 */
const FUND_SUPPORTING = /(?:^|[，,；;])(?:新增|设立|設立|利用)?([\u4e00-\u9fff]{2,10}?(?:周转金|週轉金|基金|资金|資金))[^，,。；;]{0,12}[，,]\s?(?:支持|扶持)\s?\d[\d.]*\s?(?:户|戶|家|个|個)[\u4e00-\u9fff]{1,10}$/u;

/**
 * `新增省级贷款周转金10亿元，支持453户企业续贷倒贷75.7亿元`: an amount of what a fund supported firms in is the supported
 * lending, and the subject says the fund (省级贷款周转金支持的黑龙江企业续贷倒贷), not the firms' whole.
 */
function supportedByFund(subject: string, sentence: string, start: number, unit: string): string {
  if (unit !== 'CNY') return subject;
  const fund = FUND_SUPPORTING.exec(sentence.slice(Math.max(0, start - 48), start))?.[1];
  return fund === undefined || subject.includes(fund) ? subject : `${fund}支持的${subject}`;
}

/** A period after an event, before a figure in its sentence (`项目在实施后一个月`): the word it follows (1), the period (2). */
const PERIOD_AFTER_EVENT = /([\u4e00-\u9fff]{2})(?:在|於|于)?((?:实施|實施|上线|上線|推出|启动|啟動|运行|運行|开通|開通|投用|开业|開業)后[一二两兩三四五六七八九十半\d]+(?:个|個)?(?:月|天|周|週|年))/u;
/** What a count is of after a scope it covers (`履约范围就覆盖了`): the scope (1) and the verb (2), right before the figure. */
const SCOPE_COVERED = /([\u4e00-\u9fff]{2}(?:范围|範圍))(?:就|已|已经|已經)?(覆盖|覆蓋)(?:了|到)?\s?$/u;

/** A clause counting partners (`合作渠道超过 300 家零售商、2.4 万家门店`): its counts are of partners, the last item's too. */
const PARTNERS_COUNTED = /(?:^|[，,；;])\s?合作(?:渠道|伙伴|夥伴)[^，,。；;]*$/u;

/**
 * `“物竞天择”项目在实施后一个月履约范围就覆盖了 60 多个城市，合作渠道…2.4 万家门店`: figures counted at a time after an event
 * are of that time, and the subject says it after the thing it follows (…项目实施后一个月…); a count a scope covers says the
 * scope (履约范围覆盖的城市), and a count in a clause of partners says they are partners (合作门店). Reads a bounded window
 * back, within the sentence.
 */
function periodAfterEvent(subject: string, sentence: string, start: number, end: number): string {
  const window = sentence.slice(Math.max(0, start - 80), start);
  const covered = SCOPE_COVERED.exec(window);
  let said = subject;
  const partners = PARTNERS_COUNTED.test(window) && !said.includes('合作');
  if ((covered && !said.includes(covered[1])) || partners) {
    const written = sentence.slice(end, end + MAX_THINGS).replace(/\s/gu, '');
    for (let length = written.length; length >= 2; length--) {
      const things = written.slice(0, length);
      if (!said.endsWith(things) || said.length === things.length) continue;
      said = `${said.slice(0, -things.length)}${covered ? `${covered[1]}${covered[2]}的` : '合作'}${things}`;
      break;
    }
  }
  const period = PERIOD_AFTER_EVENT.exec(window);
  if (!period || said.includes(period[2])) return said;
  const after = said.indexOf(period[1]);
  return after < 0 ? said : `${said.slice(0, after + 2)}${period[2]}${said.slice(after + 2)}`;
}

/**
 * A growth against a time in the clause right before a rate's clause (`较3月份增长4430万户，规模增速达`): the time (1). The
 * rate's own clause says no base of its own (no comma after the growth's).
 */
const TIME_BASE_BEFORE_RATE = /(?:较|較|相比|比)\s?((?:\d{1,2}\s?月份?|(?:19|20)\d{2}\s?年(?:底|末|同期)?|上年同期|上年|去年同期|去年|上月|上季度|年初))\s?(?:增长|增長|增加|提高|提升|下降|减少|減少)[^，,。；;]*[，,][^，,。；;]*$/u;
/** A rate that is of a growth, at the end of its subject (`规模增速`): the word (1). */
const GROWTH_RATE_END = /(增速|增长率|增長率|增幅|降幅)$/u;

/**
 * `电商直播用户规模达3.09亿，较3月份增长4430万户，规模增速达16.7%`: a rate of growth after a growth against a time is
 * measured against that time too, and the subject says the base the list of rates shares (…用户规模较3月份增速), not a
 * rate that reads as a year's.
 */
function rateAgainstBase(subject: string, sentence: string, start: number, unit: string): string {
  const rate = unit === 'percent' ? GROWTH_RATE_END.exec(subject) : null;
  if (!rate || /较|較|同比|环比|環比|相比|相对|相對/u.test(subject)) return subject;
  const base = TIME_BASE_BEFORE_RATE.exec(sentence.slice(Math.max(0, start - 48), start))?.[1];
  return base === undefined ? subject : `${subject.slice(0, rate.index)}${/[較長]/u.test(sentence.slice(Math.max(0, start - 48), start)) ? '較' : '较'}${base.replace(/\s/gu, '')}${rate[1]}`;
}

/** A prospectus filed before an amount in its sentence (`向港交所递交招股说明书，融资额高达`). */
const PROSPECTUS_BEFORE = /(?:招股说明书|招股說明書|招股书|招股書)[^。；;]*$/u;
/** An amount raised at the end of a subject (`旷视科技融资额`): the word (1). */
const AMOUNT_RAISED_END = /(融资额|融資額|募资额|募資額|募集资金|募集資金|融资|融資|募资|募資)$/u;

/**
 * `旷视科技…向港交所递交招股说明书，融资额高达10亿美元`: what a prospectus says a listing will raise is its plan, not money
 * raised, and the subject says it (旷视科技IPO拟融资额).
 */
function plannedInProspectus(subject: string, sentence: string, start: number): string {
  const raised = AMOUNT_RAISED_END.exec(subject);
  const window = sentence.slice(Math.max(0, start - 48), start);
  if (!raised || SAYS_PLAN_OR_FORECAST.test(subject) || !PROSPECTUS_BEFORE.test(window)) return subject;
  return `${subject.slice(0, raised.index)}IPO${/[說書]/u.test(window) ? '擬' : '拟'}${raised[1]}`;
}

/**
 * A sentence's topic after a label (`数据汇聚中心：块数据库服务实现了…，承载`): the topic (1), then the clause of what it
 * carries (2), right before a count.
 */
const TOPIC_CARRIES = /(?:^|[：:])\s?([\u4e00-\u9fffA-Za-z]{2,10}?)(?:实现|實現|已经|已經|已|可以|可|能够|能夠|能|将|將|通过|通過)[^：:。；;]*?[，,]\s?(承载|承載)(?:了|着|著)?[^，,。；;]*$/u;

/**
 * `块数据库服务实现了数据共生，承载新区管委会委办局几十个系统`: the things a clause with no topic of its own says are
 * carried are carried by the sentence's topic, and the subject says it (块数据库服务承载的新区管委会委办局系统).
 */
function carriedByTopic(subject: string, sentence: string, start: number): string {
  const carries = TOPIC_CARRIES.exec(sentence.slice(Math.max(0, start - 80), start));
  return !carries || subject.includes(carries[1]) ? subject : `${carries[1]}${carries[2]}的${subject}`;
}

/**
 * The clause right before a figure's saying what a system needs (`，自主系统需要大规模的动态数据，最快的`): the one that
 * needs (1). The figure's clause opens on no topic of its own.
 */
const NEEDED_BY_CLAUSE_BEFORE = /[，,]\s?([\u4e00-\u9fffA-Za-z]{2,8}?)(?:需要|要求)[^，,。；;]*[，,]\s?(?:最快|最慢|最高|最低|最短|最长|最長)的?[^，,。；;]*$/u;

/**
 * `自主系统需要大规模的动态数据，最快的更新频率高达 1 秒`: a best level said right after what a system needs is its
 * requirement, not a level reached, and the subject says whose (自主系统需要的高精地图最快的更新频率).
 */
function neededBy(subject: string, sentence: string, start: number): string {
  const needer = NEEDED_BY_CLAUSE_BEFORE.exec(sentence.slice(Math.max(0, start - 60), start))?.[1];
  return needer === undefined || subject.includes(needer) ? subject : `${needer}需要的${subject}`;
}

/**
 * `在实验中的一个计算案例，用目前最先进的超级计算机需要计算一万年，而量子计算机只用了二百秒`: a time measured in one case of
 * an experiment is of that case only, and the subject says it (Google实验中的一个计算案例最先进的超级计算机计算用时), after
 * the owner when the subject opens on it; a count of things is no measure of the case.
 */
function caseOfExperiment(subject: string, reading: SentenceReading, unit: string): string {
  const scope = reading.experimentCase;
  if (scope === undefined || countsThings(unit) || subject.includes(scope)) return subject;
  const owner = /^[A-Za-z][A-Za-z\d-]*/u.exec(scope)?.[0];
  return owner !== undefined && subject.startsWith(owner) ? `${scope}${subject.slice(owner.length)}` : `${scope}${subject}`;
}

/** The data sizes (`PB级`): what they measure of data is its volume. */
const DATA_SIZE_UNITS = new Set(['GB', 'TB', 'PB', 'EB']);

/** `中联重科…数据超过PB（petabyte）级`: a data size measures the data's volume, and the subject says so (中联重科数据量), not the data. */
function dataVolume(subject: string, unit: string): string {
  return DATA_SIZE_UNITS.has(unit) && /(?:数据|數據)$/u.test(subject) ? `${subject}量` : subject;
}

/**
 * A service provided and what it solves up to, right before a count (`提供一个扩展的混合求解器服务，用以求解多达`): the
 * service (1) and the verb (2).
 */
const CAPACITY_BEFORE = /(?:提供|推出|发布|發布)了?(?:一[个個套款项項])?([^，,。；;]{2,16}?(?:服务|服務|平台|系统|系統|工具|软件|軟件))\s?[，,]\s?(?:用以|用于|用於|可以|可|能够|能夠)?(求解|处理|處理|支持)(?:多达|多達|最多|高达|高達)\s?$/u;
/** The things counted and the problem they make, after a service's capacity (`变量的问题`): the things (1), the problem (2). */
const CAPACITY_AFTER = /^\s?([\u4e00-\u9fff]{1,4})的(问题|問題|任务|任務)/u;

/**
 * `D-Wave还提供一个扩展的混合求解器服务，用以求解多达100万个变量的问题`: the most things of a problem a service can solve is
 * its capacity, and the subject says whose and of what (D-Wave扩展的混合求解器服务可求解问题的最多变量数), not a count of
 * the owner's things (D-Wave求解变量).
 */
function capacityOfService(subject: string, sentence: string, start: number, end: number): string {
  const service = CAPACITY_BEFORE.exec(sentence.slice(Math.max(0, start - 48), start));
  const problem = service && CAPACITY_AFTER.exec(sentence.slice(end, end + 12));
  if (!service || !problem || subject.includes(service[1])) return subject;
  const verbAt = subject.indexOf(service[2]);
  const owner = verbAt < 0 ? '' : subject.slice(0, verbAt);
  return `${owner}${service[1]}可${service[2]}${problem[2]}的最多${problem[1]}数`;
}

/**
 * A gathering verb and the things whose readings it gathers, then a list of the readings ending 等, right before a count
 * (`采集工程机械设备油温、油压、…、角度等超过`): the verb (1) and the things (2).
 */
const GATHERED_OF_BEFORE = /(采集|採集|收集|监测|監測|汇聚|匯聚)([\u4e00-\u9fff]{2,8}(?:设备|設備|机械|機械|车辆|車輛|终端|終端|机组|機組))[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+等(?:超过|超過|逾|近|约|約)?\s?$/u;

/**
 * `Uptake通过采集工程机械设备油温、油压、…等超过几千个运行参数`: readings gathered of things are those things' readings, and
 * the subject says who gathers them and of what (Uptake采集的工程机械设备运行参数), not the gatherer's own.
 */
function gatheredOf(subject: string, sentence: string, start: number, end: number): string {
  const gathered = GATHERED_OF_BEFORE.exec(sentence.slice(Math.max(0, start - 60), start));
  if (!gathered || subject.includes(gathered[2])) return subject;
  const things = countedWordsEnding(subject, sentence, end);
  return things === undefined ? subject : `${subject.slice(0, -things.length)}${gathered[1]}的${gathered[2]}${things}`;
}

/** The words right after `end` that `subject` ends on (the things counted), the longest of at least two, if any. */
function countedWordsEnding(subject: string, sentence: string, end: number): string | undefined {
  const after = sentence.slice(end, end + MAX_THINGS).replace(/\s/gu, '');
  for (let length = after.length; length >= 2; length--) {
    if (subject.endsWith(after.slice(0, length))) return after.slice(0, length);
  }
  return undefined;
}

/**
 * A count of branches of one business in the clause right before (`开设了26家省级保险代理分公司，建立了`): the business (1).
 */
const BUSINESS_BRANCHES_BEFORE = /\d+\s?家(?:省级|省級|市级|市級|地市级|地市級|区域|區域)?([\u4e00-\u9fff]{2,6}?)(?:分公司|子公司)\s?[，,、][^，,。；;\d]{0,8}$/u;

/**
 * `在全国开设了26家省级保险代理分公司，建立了120家分支机构`: branches counted right after branches of one business are of
 * that business too, and the subject says it (京东建立的保险代理分支机构), not all the actor's branches.
 */
function branchesOfBusiness(subject: string, sentence: string, start: number): string {
  const branches = /(?:分支机构|分支機構|网点|網點)$/u.exec(subject);
  const business = branches && BUSINESS_BRANCHES_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start))?.[1];
  return !branches || !business || subject.includes(business) ? subject : `${subject.slice(0, branches.index)}${business}${branches[0]}`;
}

/**
 * `5.4 智臻链云签电子合同平台` › `平台使用的电子签名技术…，单笔合同签约预计降低企业运营和快递成本 20 元以上`: a sentence that
 * opens on the bare kind of thing its section's heading names in full is about that thing, and what it says is that thing's
 * (预计智臻链云签电子合同平台单笔合同签约降低…), after the forecast word opening the subject.
 */
function thingOfHeading(subject: string, reading: SentenceReading, title: string | undefined): string {
  const kind = reading.bareTopic;
  const named = kind === undefined || title === undefined ? undefined : /([\u4e00-\u9fffA-Za-z]{3,16})\s*$/u.exec(title)?.[1];
  if (named === undefined || !named.endsWith(kind!) || named === kind || subject.includes(named)) return subject;
  const forecast = /^(?:预计|預計)/u.exec(subject)?.[0] ?? '';
  return `${forecast}${named}${subject.slice(forecast.length)}`;
}

/** What a speaker's 我们 has of a whole economy, in the clause right before a share (`完成我们所有产业中占`). */
const OUR_ECONOMY_BEFORE = /(?:我们|我們)(?:所有|全部|整个|整個)?(?:的)?(?:产业|產業|行业|行業|经济|經濟)[^，,。；;]{0,6}$/u;

/**
 * `卢山指出，…完成我们所有产业中占80%的传统产业改造`: a speaker's 我们 of all industries or the economy is the country's, and
 * the subject says it (我国传统产业占所有产业), when it names no place.
 */
function countryOfOurEconomy(subject: string, sentence: string, start: number): string {
  const ours = OUR_ECONOMY_BEFORE.exec(sentence.slice(Math.max(0, start - 16), start));
  if (!ours || NAMES_PLACE.test(subject)) return subject;
  return ownedAfterDate(/[們產業經]/u.test(ours[0]) ? '我國' : '我国', subject);
}

/** Opening a market, right before its size's level (`开启下一个十万亿级`): the verb (1) and whether it is the next (2). */
const OPENS_MARKET_BEFORE = /(开启|開啟|开创|開創|打开|打開)(下一个|下一個)?\s?$/u;
/** A heading's driven thing that opens a market (`消费互联网拉动产业互联网开创十万亿市场`): the thing (1). */
const MARKET_OPENER_TITLE = /(?:^\s?|拉动|拉動|带动|帶動|推动|推動|驱动|驅動)([\u4e00-\u9fffA-Za-z]{2,8}?)(?:开创|開創|开启|開啟|打开|打開)[^，,]{0,8}(?:市场|市場)/u;

/**
 * `使用数字化工具带动后端生产进行转型，开启下一个十万亿级市场`: the size of a market still to be opened is a prospect, not a
 * size measured, and a bare subject (市场规模) says so and who will open it, as the heading names it (预计产业互联网将开启的
 * 下一个市场规模).
 */
function marketToOpen(subject: string, sentence: string, start: number, end: number, title: string | undefined): string {
  const opens = OPENS_MARKET_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start));
  if (!opens || !/^(?:市场|市場)(?:规模|規模)$/u.test(subject) || !/^\s?(?:市场|市場)/u.test(sentence.slice(end, end + 4))) return subject;
  const opener = title === undefined ? undefined : MARKET_OPENER_TITLE.exec(title)?.[1];
  return `${/[開啟個場規]/u.test(opens[0] + subject) ? '預計' : '预计'}${opener ?? ''}${/[開啟]/u.test(opens[1]) ? '將' : '将'}${opens[1]}的${opens[2] ?? ''}${subject}`;
}

/** A first batch offered, before a count in its sentence (`已免费向公众提供首批涉及…`): the verb (1). */
const FIRST_BATCH_BEFORE = /(提供|开放|開放|发布|發布|公布)(?:了)?首批[^。；;]*$/u;
/** What a subject says a whole covers (`重庆市公共数据涵盖的`): the words before (1) and the verb (2). */
const COVERED_BY = /^(.*?)(涵盖|涵蓋|包括|包含)的/u;

/**
 * `…开放系统…已免费向公众提供首批涉及…，包括48个市级部门、20个主题共800多类公共数据`: what a first batch covers is the
 * batch's, and the subject says so (重庆市首批提供的公共数据涵盖的市级部门), not all of the whole's. The whole is the words
 * before 涵盖 in the subject that the sentence names after the figure.
 */
function firstBatchCovered(subject: string, sentence: string, start: number, end: number): string {
  const batch = FIRST_BATCH_BEFORE.exec(sentence.slice(Math.max(0, start - 60), start));
  const covered = batch && !subject.includes('首批') ? COVERED_BY.exec(subject) : null;
  if (!batch || !covered) return subject;
  const after = sentence.slice(end, end + 40);
  for (let length = Math.min(6, covered[1].length); length >= 2; length--) {
    const whole = covered[1].slice(-length);
    if (after.includes(whole)) return `${covered[1].slice(0, -length)}首批${batch[1]}的${whole}${subject.slice(covered[1].length)}`;
  }
  return subject;
}

/** Who asks for a target, before 对 in its clause (`按照省委对…`): the asker (1). */
const ASKED_BY = /(?:按照|根据|根據)([\u4e00-\u9fff]{2,4}?)(?:对|對)[^，,。；;]*$/u;

/**
 * `按照省委对“十四五”时期工业占全省经济比重的24%大幅提升至30%的要求`: a level a body requires is its target, and the
 * subject says whose requirement (省委要求的“十四五”时期工业占黑龙江全省经济比重), not the requirement as a noun after it.
 */
function requiredBy(subject: string, sentence: string, start: number, end: number): string {
  if (!subject.endsWith('要求') || !/^\s?的要求/u.test(sentence.slice(end, end + 4))) return subject;
  const asker = ASKED_BY.exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start))?.[1];
  return asker === undefined ? subject : `${asker}要求的${subject.slice(0, -2)}`;
}

/** The longest run of counted things a qualifier is put before. */
const MAX_THINGS = 12;

/** Where a stored figure stands, for the refinements of its subject from its sentence and its paragraph. */
interface FigureAt {
  sentence: string;
  reading: SentenceReading;
  start: number;
  end: number;
  unit: string;
  /** The sentence before in the same paragraph. */
  before: FigureSentence | undefined;
  /** The cities the paragraph named before the sentence. */
  cities: ReadonlySet<string>;
  /** The sentences of the paragraph before. */
  paragraphBefore: readonly string[];
  /** The project the paragraph opens on, when every sentence since is joined to it by ；. */
  project: string | undefined;
  actors: readonly string[];
}

/**
 * The refinements that say whose a subject is or what it is of, from its sentence, the one before and its paragraph
 * (the judges of Z25 and Z26), in the order they apply; each rewrites one shape and returns any other subject as it is.
 */
const OWNERS_AND_SCOPES: readonly ((subject: string, at: FigureAt) => string)[] = [
  (subject, { sentence, end }) => economyNamedAfter(subject, sentence, end),
  (subject, { before }) => marketPlacedBefore(subject, before),
  (subject, { reading }) => chainOfOwner(subject, reading.chain),
  (subject, { sentence, start }) => scopeBefore(subject, sentence, start),
  (subject, { sentence, start, end, unit }) => systemsLinked(subject, sentence, start, end, unit),
  (subject, { sentence, start }) => fundSupporting(subject, sentence, start),
  (subject, { cities }) => cityOfParagraph(subject, cities),
  (subject, { reading }) => atVenue(subject, reading.venue),
  (subject, { sentence, start, before }) => weOfSpeaker(subject, sentence, start, before),
  (subject, { sentence, start, end }) => heldByProduct(subject, sentence, start, end),
  (subject, { sentence }) => basisSaid(subject, sentence),
  (subject, { reading, paragraphBefore, actors }) => ownerOfBulletSpecs(subject, reading.bulletLabels, paragraphBefore, actors),
  (subject, { sentence, end, project }) => doerOfParagraph(subject, sentence, end, project),
  (subject, { sentence, before }) => itOfBefore(subject, sentence, before),
  (subject, { reading, actors }) => (reading.brokenOff === undefined || namesAnOwner(subject, actors) ? subject : `${reading.brokenOff}${subject}`),
  (subject, { sentence, start }) => partnerOf(subject, sentence, start),
  (subject, { sentence, start, actors }) => platformUser(subject, sentence, start, actors),
  (subject, { reading, actors }) => topicGoneOn(subject, reading.topicBefore, actors),
  (subject, { sentence, start, before, actors }) => scopeCarriedOn(subject, sentence, start, before, actors),
];

/** The forecast word a subject opens on (`预计生产效率提高`), which stays before an owner put in. */
const FORECAST_OPENING = /^(?:预计|預計)?/u;

/**
 * `未来制造业更加强调分散，…本质上是人、机、物的融合。具有更开放，更积极通讯的系统结构，…，预计可提高生产效率30%。`: a
 * sentence opening on what its topic has (具有…) goes on about what the sentence before opens on, and a figure of it that
 * names no owner is of that topic (预计未来制造业生产效率提高).
 */
function topicGoneOn(subject: string, topic: string | undefined, actors: readonly string[]): string {
  if (topic === undefined || subject.includes(topic) || namesAnOwner(subject, actors)) return subject;
  const forecast = FORECAST_OPENING.exec(subject)![0];
  return `${forecast}${topic}${subject.slice(forecast.length)}`;
}

/** Extracts the figures of one report, in text order; ids are stable for a given text. */
export function extractFigures(report: ReportText): Figure[] {
  const figures: Figure[] = [];
  const reportYear = writtenYear(report.report.date);
  // The report's month, when its date gives one in the year it was written in (a report of 2021-01 was written in 2020).
  const dateMonth = /^(\d{4})-(\d{2})/u.exec(report.report.date ?? '');
  const lastMonth = dateMonth && Number(dateMonth[1]) === reportYear ? Number(dateMonth[2]) : undefined;
  // The sentence before in the same paragraph, for a sentence that refers back to it (`这一数字`).
  let previous: (FigureSentence & { blockIndex: number }) | undefined;
  let period: ParagraphPeriod | undefined;
  // The last firm the paragraph introduced (`恒逸石化是中国一家大型化纤生产企业`), for the outcome of its case.
  let firm: { name: string; blockIndex: number } | undefined;
  // Whether the paragraph so far names the province and its industry (`provinceIndustryShare`).
  let provinceIndustry: { blockIndex: number; province: boolean; industry: boolean } | undefined;
  // The cities the paragraph named before this sentence (`宿迁市政府`), for a subject that says only 市级 or 政务 (`cityOfParagraph`).
  let citiesNamed: { blockIndex: number; names: Set<string> } | undefined;
  // The names the report treats as actors' (`广睿达`, defined as its company's short name), for the owners of figures.
  const actors = actorNamesOf(report.sentences.map((sentence) => sentence.text).join('\n'));
  // The years of the meetings each section names, for what a sentence says happened at the venue (`AT_VENUE`).
  const meetingYears = sectionMeetingYears(report);
  // The sentences of the paragraph before this sentence's and of its own so far, for a line of bullet specifications.
  let paragraphs: { blockIndex: number; own: string[]; before: readonly string[] } | undefined;
  // The project the paragraph opens on, while its sentences are joined by ；(`doerOfParagraph`).
  let chain: { blockIndex: number; project: string | undefined } | undefined;
  // `…对设备商卡特彼勒…；对于工程机械用户提供流程优化服务，将配置机车的时间缩短一个小时…` told again in a table of the
  // same section with no owner: a figure whose clause restates an earlier one's words measures the same thing, and takes
  // the earlier subject when that only adds to it (its owner: Uptake配置机车缩短的时间).
  const subjectsSaid = new Map<string, string>();
  report.sentences.forEach((sentence, sentenceIndex) => {
    // A heading or a caption between ends what the paragraph before tells of.
    if (sentence.block.kind !== 'paragraph') {
      paragraphs = undefined;
      return;
    }
    if (paragraphs?.blockIndex !== sentence.blockIndex) paragraphs = { blockIndex: sentence.blockIndex, own: [], before: paragraphs?.own ?? [] };
    const paragraphBefore = paragraphs.before;
    paragraphs.own.push(sentence.text);
    const opensParagraph = paragraphs.own.length === 1;
    const project = chain?.blockIndex === sentence.blockIndex ? chain.project : undefined;
    const joined = /[；;]\s?$/u.test(sentence.text);
    chain = { blockIndex: sentence.blockIndex, project: joined ? (chain?.blockIndex === sentence.blockIndex ? project : PROJECT_OPENING.exec(sentence.text)?.[1]) : undefined };
    const parsedFigures = findFigures(sentence.text);
    const before = previous?.blockIndex === sentence.blockIndex ? previous : undefined;
    const firmBefore = firm?.blockIndex === sentence.blockIndex ? firm.name : undefined;
    const introduced = introducedFirm(sentence.text);
    if (introduced) firm = { name: introduced, blockIndex: sentence.blockIndex };
    previous = { text: sentence.text, figures: parsedFigures, blockIndex: sentence.blockIndex, before: before && { text: before.text, figures: before.figures } };
    const paragraphSoFar = provinceIndustry?.blockIndex === sentence.blockIndex ? provinceIndustry : { blockIndex: sentence.blockIndex, province: false, industry: false };
    provinceIndustry = { blockIndex: sentence.blockIndex, province: paragraphSoFar.province || /全省/u.test(sentence.text), industry: paragraphSoFar.industry || /工业|工業/u.test(sentence.text) };
    const aboutProvinceIndustry = provinceIndustry.province && provinceIndustry.industry;
    const citiesBefore = citiesNamed?.blockIndex === sentence.blockIndex ? citiesNamed.names : new Set<string>();
    citiesNamed = { blockIndex: sentence.blockIndex, names: new Set([...citiesBefore, ...citiesIn(sentence.text)]) };
    const years = yearsOf(sentence.text, reportYear, lastMonth);
    const periodBefore = period?.blockIndex === sentence.blockIndex ? period : undefined;
    // What this sentence leaves for the next: the last year it states, else the one it carried on.
    const statedYear = years.nearest(sentence.text.length);
    period = {
      blockIndex: sentence.blockIndex,
      // `自2018年起，IBM先后收购了红帽、…`: a year a run of deeds started in dates none of them, nor what the next sentence says of one.
      year: SINCE_LAST_YEAR.test(sentence.text) ? undefined : statedYear ?? carriedYear(periodBefore, sentence.text, sentence.text.length) ?? periodBefore?.year,
      asOf: statedYear === undefined ? (periodBefore?.asOf ?? false) : AS_OF.test(sentence.text),
      asOfDate: statedYear === undefined ? periodBefore?.asOfDate : asOfDateOf(sentence.text, reportYear),
      during: statedYear === undefined ? periodBefore?.during : DURING_OPENING.exec(sentence.text)?.[1].replace(/\s/gu, ''),
      continues: /[；;]\s?$/u.test(sentence.text),
      targets: periodBefore === undefined ? TARGET_DEADLINE.test(sentence.text) : periodBefore.targets,
      plan: (statedYear === undefined && (periodBefore?.plan ?? false)) || SPEAKER_PLAN.test(sentence.text),
      forecast: statedYear === undefined ? (periodBefore?.forecast ?? false) : FORECAST_DEADLINE.test(sentence.text) && reportYear !== undefined && statedYear > reportYear,
    };
    if (parsedFigures.length === 0) return;
    // The year of a remark this sentence opens, looked for once per sentence: it counts the sentence's quotation marks.
    let remark: { year: number | undefined } | undefined;
    // The last amount the sentence counted, for a share of it stated after (`shareOfWhole`).
    let whole: { subject: string; end: number } | undefined;
    // The figure stored before, for a count that goes on with its deed (`enumeratedAfterDeed`).
    let stored: { subject: string; end: number; unit: string } | undefined;
    // Where this sentence's figures start among the report's, for a later figure's owner (`topicOfSentence`).
    const sentenceFirst = figures.length;
    const reading = readSentence(sentence.text, opensParagraph ? paragraphBefore : undefined, before?.text);
    // Whether the sentence tells of what was at a meeting's venue, whose year its section gives (`sectionMeetingYears`).
    const atMeeting = AT_VENUE.test(sentence.text);
    parsedFigures.forEach((parsed, index) => {
      // Counting in prose reads for the words around it but is no statistic to store (`isProseCount`).
      if (isProseCount(sentence.text, parsed)) return;
      if (isNoStatistic(sentence.text, parsed)) return;
      const [quoteStart, quoteEnd] = quoteSpan(sentence, parsed.start, parsed.end);
      const figure: Figure = {
        id: `${report.report.id}:f${figures.length + 1}`,
        text: parsed.text,
        value: parsed.value,
        // A counter in simplified characters, as the other units are normalised (個 → 个; 傢, the 004 text's over-conversion, → 家).
        unit: simplifiedCharacters(parsed.unit),
        subject: withRunningTotal(withTotal(subjectOf(sentence.text, parsedFigures, index, before, firmBefore, actors), sentence.text, parsed.start), sentence.text, parsed.start, parsed.end),
        sameAs: [],
        ...report.quote(quoteStart, quoteEnd, sentence.blockIndex),
      };
      if (parsed.valueMax !== undefined) figure.valueMax = parsed.valueMax;
      if (parsed.level) figure.level = true;
      if (parsed.unit === 'percent') figure.subject = provinceIndustryShare(shareSaid(marketOfShare(shareOfWhole(figure.subject, sentence.text, parsed.start, whole), sentence.text, parsed.start, before), sentence.text, parsed.start, parsed.end), aboutProvinceIndustry);
      else {
        figure.subject = partOfCount(figure.subject, sentence.text, parsed.start, whole, parsed.unit);
        whole = { subject: figure.subject, end: parsed.end };
      }
      const eachYear = spanYear(sentence.text, parsedFigures, index);
      // A total or a rate over a span of years is of no one year: the subject says the span, and the year is left none.
      const span = eachYear === undefined ? spanBefore(sentence.text, parsed.start) : undefined;
      if (span !== undefined && !/(?:19|20)\d{2}/u.test(figure.subject)) figure.subject = `${span.text}${EACH_OF_SPAN.test(sentence.text.slice(Math.max(0, parsed.start - 8), parsed.start)) ? '每年' : ''}${figure.subject}`;
      // A plan over the coming years (`未来五年将投入5000亿元`) and an output expected each year are of no one year either.
      const year =
        span !== undefined || horizonBefore(sentence.text, parsed.start) !== undefined || isProjectedYearly(sentence.text, parsed.start) || isAnnouncedSpan(sentence.text, parsed.start) ||
        isInvestmentAtGroundbreaking(sentence.text, parsed, reading) ? undefined :
        eachYear ??
        years.nearest(parsed.start, DURATION_UNITS.has(parsed.unit)) ??
        yearOfNextClause(sentence.text, parsed.end, figure.subject) ??
        carriedYear(periodBefore, sentence.text, parsed.start) ??
        wholeYear(sentence.text, parsed.start, reportYear) ??
        (remark ??= { year: quotationYear(report.sentences, sentenceIndex) }).year ??
        headingYear(report.sectionTitle(sentence.blockIndex), reportYear, planTargetVerb(sentence.text, parsedFigures, index) !== undefined) ??
        (atMeeting ? meetingYears.of(report.sectionPath(sentence.blockIndex).path) : undefined);
      if (year !== undefined) figure.year = year;
      // `2019 年京东双十一全球购物节期间，…增长 300%。而 PC 品类中，…增长 491%`: a figure carried into the period says which.
      const during = periodBefore?.during;
      if (during !== undefined && years.nearest(parsed.start) === undefined && carriedYear(periodBefore, sentence.text, parsed.start) !== undefined) figure.subject = withPeriod(figure.subject, during);
      const ownDuring = DURING_OPENING.exec(sentence.text);
      // Its own figures keep their owner whole (京东11.11期间京东零售商品: 零售 alone would be no one's).
      const ownPeriod = ownDuring?.[1].replace(/\s/gu, '');
      if (ownPeriod !== undefined && year !== undefined && ownDuring![0].includes(String(year)) && !figure.subject.includes(ownPeriod)) figure.subject = `${ownPeriod}${figure.subject}`;
      figure.subject = asOfDated(changeSince(makerOfDeed(figure.subject, sentence.text, parsed.start, before), sentence.text, parsed.start), reading.asOfClauses, parsed.start, parsed.unit, year, reportYear);
      figure.subject = grownByMonth(builtByDay(sinceDated(figure.subject, sentence.text, parsed.start, reportYear), sentence.text, parsed.start, parsed.unit, year), sentence.text, parsed.start, parsed.unit, year);
      if (years.nearest(parsed.start) === undefined) figure.subject = carriedAsOf(figure.subject, periodBefore, reading, sentence.text, parsed.start, parsed.unit, year);
      if (year === undefined) figure.subject = decadeDated(figure.subject, sentence.text, parsed.start);
      figure.subject = involvedIn(worthOfDeed(classBefore(figure.subject, sentence.text, parsedFigures, index), sentence.text, parsed.start, parsed.end), sentence.text, parsed.start);
      figure.subject = qualifiedInSentence(withinTime(timeNeeded(figure.subject, sentence.text, parsed.start, parsed.unit), sentence.text, parsed.start, parsed.unit), sentence.text, parsed.start, parsed.unit);
      figure.subject = announcedPlan(placeGoneOn(figure.subject, sentence.text, parsed.start), sentence.text, parsed.start, parsed.end);
      figure.subject = referentOfWhole(topicOfSentence(figure.subject, sentence.text, figures.at(sentenceFirst), actors), sentence.text, parsed.start, before);
      const at: FigureAt = { sentence: sentence.text, reading, start: parsed.start, end: parsed.end, unit: parsed.unit, before, cities: citiesBefore, paragraphBefore, project, actors };
      figure.subject = OWNERS_AND_SCOPES.reduce((subject, refine) => refine(subject, at), topicOfSentenceBefore(figure.subject, sentence.text, before, actors));
      figure.subject = giverBefore(ratesOfFirms(figure.subject, sentence.text, parsed.start), sentence.text, parsed.start);
      figure.subject = tierAimed(placeOfWhole(samePeriodNamed(figure.subject, sentence.text, parsed.start, year), sentence.text, parsed.start, before), sentence.text, parsed.start, parsed.end);
      // A figure of a year (or a span ending) after the report's is still to come: its subject says it is expected or planned.
      figure.subject = enumeratedAfterDeed(figure.subject, sentence.text, parsed, stored);
      const lastYear = year ?? span?.last;
      const coming = lastYear !== undefined && reportYear !== undefined && lastYear > reportYear ? { planVerb: planTargetVerb(sentence.text, parsedFigures, index) } : undefined;
      figure.subject = possibleOutcome(agreedPlan(figure.subject, sentence.text, parsed.start, parsed.end), sentence.text, parsed.start);
      figure.subject = withPurpose(withHorizon(outlookSubject(figure.subject, sentence.text, parsed.start, coming, reportYear), sentence.text, parsed.start), sentence.text, parsed.end);
      figure.subject = countryOfMinistry(expectedInClause(figure.subject, sentence.text, parsed.start), reading, parsed.start, actors);
      figure.subject = nounNamedBefore(driverOfPhase(taskMeasured(figure.subject, sentence.text, parsed.unit), sentence.text, parsed.start), sentence.text, parsed.start);
      figure.subject = objectsOfDeed(fullNameOfHeading(figure.subject, report.sectionTitle(sentence.blockIndex)), sentence.text, parsed.start, parsed.end, parsed.unit);
      figure.subject = ratedThings(qualifiedCount(figure.subject, sentence.text, parsed.start, parsed.end, parsed.unit), sentence.text, parsedFigures, index, parsed.unit);
      figure.subject = partsOfSystem(broughtToDeed(figure.subject, sentence.text, parsed.start, parsed.end), sentence.text, parsed.start, parsed.end);
      figure.subject = requiredBy(placeOfActorDeed(plannedIn(figure.subject, sentence.text, parsed.start, parsed.end), sentence.text, parsed.start), sentence.text, parsed.start, parsed.end);
      figure.subject = plannedAtGroundbreaking(figure.subject, report.sectionTitle(sentence.blockIndex));
      figure.subject = againstEarlierModel(periodOfRemark(figure.subject, reading, year), sentence.text, parsed.start);
      figure.subject = periodAfterEvent(supportedByFund(servedThrough(figure.subject, sentence.text, parsed.start), sentence.text, parsed.start, parsed.unit), sentence.text, parsed.start, parsed.end);
      figure.subject = timeWithInstrument(figure.subject, sentence.text, parsed.start, parsed.unit);
      figure.subject = chainOfTarget(timeCut(provinceOfSection(figure.subject, report.sectionPath(sentence.blockIndex).path, actors), parsed.unit), reading);
      figure.subject = causedMeasure(figure.subject, reading, sentence.text, parsed.start);
      figure.subject = neededBy(carriedByTopic(plannedInProspectus(rateAgainstBase(figure.subject, sentence.text, parsed.start, parsed.unit), sentence.text, parsed.start), sentence.text, parsed.start), sentence.text, parsed.start);
      figure.subject = dataVolume(caseOfExperiment(figure.subject, reading, parsed.unit), parsed.unit);
      figure.subject = gatheredOf(capacityOfService(figure.subject, sentence.text, parsed.start, parsed.end), sentence.text, parsed.start, parsed.end);
      figure.subject = thingOfHeading(branchesOfBusiness(figure.subject, sentence.text, parsed.start), reading, report.sectionTitle(sentence.blockIndex));
      figure.subject = countryOfOurEconomy(figure.subject, sentence.text, parsed.start);
      figure.subject = marketToOpen(figure.subject, sentence.text, parsed.start, parsed.end, report.sectionTitle(sentence.blockIndex));
      figure.subject = firstBatchCovered(figure.subject, sentence.text, parsed.start, parsed.end);
      const restatement = restatementKey(sentence.text, parsed.start, parsed.end, report.sectionPath(sentence.blockIndex).path);
      if (restatement !== undefined) {
        const said = subjectsSaid.get(restatement);
        if (said === undefined) subjectsSaid.set(restatement, figure.subject);
        else if (said.endsWith(figure.subject)) figure.subject = said;
      }
      figures.push(figure);
      stored = { subject: figure.subject, end: parsed.end, unit: parsed.unit };
    });
  });
  return figures;
}
