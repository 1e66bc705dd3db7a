/**
 * Statistics in Chinese text: a number with its scale and unit
 * (35.8 万亿元, 6,500亿元, 60%~80%, 4.1个百分点, 十倍, 三十分之一, 百分之三十,
 * 二百秒, 4个小时, 7 nm, 54 量子比特, 4000多人, 2.6亿单/天, 日均855万次 (次/天), 千亿级 …),
 * normalised to a value and a unit.
 *
 * Only quantities count. Bare years, dates, list numbers, model names (GPT-3,
 * 5G, L4, 麒麟 990), codes (“12365”) and footnote digits have no unit here and
 * are not returned; headings and captions are never passed in by the indexer.
 * A duration is a statistic when it is a result (`只用了二百秒`, `仅用2.5年`),
 * not when it is the period a statement refers to (`未来2~3年`, `前10个月`,
 * `近20年来`, `5年以内`).
 */

/** A statistic found in text: offsets (end exclusive), value and unit. */
export interface ParsedFigure {
  start: number;
  end: number;
  text: string;
  value: number;
  valueMax?: number;
  /** See `UNITS`: CNY, percent, hour, nm, person, 单/天 … or a counter as written (台, 家 …). */
  unit: string;
  /** An order of magnitude (`千亿级`, `毫秒级`, `数十亿`): `value` is the level, not a measured amount. */
  level?: true;
}

/**
 * The scale words and their factors. A Map, not an object: the words come from regex groups, fresh strings, and an
 * object's property look-up with a fresh string first finds it in the engine's table of interned strings.
 */
const SCALES = new Map([
  ['万亿', 1e12],
  ['亿', 1e8],
  ['億', 1e8],
  ['万', 1e4],
  ['萬', 1e4],
]);
/** The factor of a scale word; 1 for none. */
const scaleFactor = (word: string | undefined): number => (word === undefined ? 1 : (SCALES.get(word) ?? 1));

/** What kind of quantity a unit measures: it decides which guards apply. */
type UnitKind = 'money' | 'ratio' | 'long-duration' | 'short-duration' | 'measure' | 'counter';

/**
 * Unit words as written → normalised unit and kind. Units that mean the same
 * quantity share a normalised name (4个小时 = 4小时, 二百秒 = 200秒, 20毫米 = 20 mm),
 * so a figure typed in a draft finds the report's wording. Counters keep their
 * character (台, 家 …): they are not interchangeable.
 */
const UNITS: Record<string, [string, UnitKind]> = {
  人民币: ['CNY', 'money'],
  元: ['CNY', 'money'],
  美元: ['USD', 'money'],
  美金: ['USD', 'money'],
  欧元: ['EUR', 'money'],
  歐元: ['EUR', 'money'],
  '%': ['percent', 'ratio'],
  '％': ['percent', 'ratio'],
  个百分点: ['percentage-point', 'ratio'],
  個百分點: ['percentage-point', 'ratio'],
  倍: ['times', 'ratio'],
  // `超六成`, `近三成`, `7成以上`: tenths, stored as the percent they are (`numberFigure`).
  成: ['tenth', 'ratio'],
  年: ['year', 'long-duration'],
  个月: ['month', 'long-duration'],
  個月: ['month', 'long-duration'],
  周: ['week', 'long-duration'],
  天: ['day', 'long-duration'],
  个小时: ['hour', 'short-duration'],
  個小時: ['hour', 'short-duration'],
  小时: ['hour', 'short-duration'],
  小時: ['hour', 'short-duration'],
  分钟: ['minute', 'short-duration'],
  分鐘: ['minute', 'short-duration'],
  秒钟: ['second', 'short-duration'],
  秒: ['second', 'short-duration'],
  毫秒: ['ms', 'short-duration'],
  ms: ['ms', 'short-duration'],
  微秒: ['µs', 'short-duration'],
  us: ['µs', 'short-duration'],
  μs: ['µs', 'short-duration'],
  纳秒: ['ns', 'short-duration'],
  纳米: ['nm', 'measure'],
  nm: ['nm', 'measure'],
  毫米: ['mm', 'measure'],
  mm: ['mm', 'measure'],
  厘米: ['cm', 'measure'],
  米: ['m', 'measure'],
  英寸: ['inch', 'measure'],
  千瓦时: ['kWh', 'measure'],
  千瓦: ['kW', 'measure'],
  kW: ['kW', 'measure'],
  兆瓦: ['MW', 'measure'],
  GHz: ['GHz', 'measure'],
  个量子比特: ['qubit', 'measure'],
  個量子位元: ['qubit', 'measure'],
  量子比特: ['qubit', 'measure'],
  比特: ['bit', 'measure'],
  公里: ['km', 'measure'],
  千米: ['km', 'measure'],
  km: ['km', 'measure'],
  平方公里: ['km²', 'measure'],
  平方米: ['m²', 'measure'],
  吨: ['t', 'measure'],
  噸: ['t', 'measure'],
  TB: ['TB', 'measure'],
  PB: ['PB', 'measure'],
  EB: ['EB', 'measure'],
  GB: ['GB', 'measure'],
  TPS: ['TPS', 'measure'],
  QPS: ['QPS', 'measure'],
  TOPS: ['TOPS', 'measure'],
  人次: ['person-time', 'counter'],
  人: ['person', 'counter'],
};
/** Counters kept as written: a number of machines (台), companies (家) … */
const COUNTERS = '台|个|個|片|单|家|傢|件|座|辆|輛|项|項|款|户|戶|名|位|次|笔|筆|张|張|所|种|種|条|條|颗|顆|块|塊|套|篇|只|部|份|枚|架|例|场|支|亩|轮|輪';
/**
 * Lookaheads that keep a unit character from being read inside a word:
 * 单位 is not 单; 人工/人类/人民 are not people; 年代 is a decade; 部门 is no counter.
 * (Longer units are tried first, so 个月 and 个小时 never reach 个.)
 */
const UNIT_GUARDS: Record<string, string> = {
  部: '(?![门門委署分])',
  场: '(?![景所合地])',
  支: '(?![持付撑出柱])',
  // `10轮以上深度交流` counts rounds; 4轮驱动 and 两轮车 are wheels.
  轮: '(?![胎船椅子毂轂廓驱驅车車])',
  輪: '(?![胎船椅子毂轂廓驱驅车車])',
  份: '(?![额額])',
  米: '(?![饭飯粒兰蘭哈])',
  单: '(?![位一独元])',
  人: '(?![工类類民脸臉机機才口们])',
  年: '(?![代级級度底初末中均报會会龄])',
  周: '(?![年期边末岁一二三四五六日])',
  天: '(?![下然空使津])',
  比特: '(?![币幣])',
  // 一成不变, 3成员, 成为, 成本, 成都 …: 成 opening a word is no tenth.
  成: '(?![为為功立本果熟员員交型绩績长長效都渝不就品分年人份全像规規套批片群])',
};
const UNIT_WORDS = [...Object.keys(UNITS), ...COUNTERS.split('|')]
  .sort((a, b) => b.length - a.length)
  // Latin units must not run into a following Latin word (14nmFinFET is a process name).
  .map((word) => `${word}${UNIT_GUARDS[word] ?? (/^[A-Za-z]+$/.test(word) ? '(?![A-Za-z])' : '')}`);
const UNIT = `(?:${UNIT_WORDS.join('|')})`;
/** Rates: a unit per unit of time or per person (2.6亿单/天, 200元/月, 1000次/秒). */
const PER = '/(?:天|日|秒|s|月|年|小时|人|台)';
const SCALE = '万亿|亿|億|万|萬';

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** `CN_DIGITS` and `CN_UNITS` by code unit, for `parseChineseNumber`. */
const CN_DIGIT_OF_CODE = new Map(Object.entries(CN_DIGITS).map(([char, value]) => [char.charCodeAt(0), value]));
const CN_UNIT_OF_CODE = new Map(Object.entries(CN_UNITS).map(([char, value]) => [char.charCodeAt(0), value]));

const ARABIC = String.raw`-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?`;
const CHINESE = '[〇零一二两兩三四五六七八九十百千]+';
/**
 * `数十亿`, `上千万`, `几百`, `近百`, `数以百亿`: an order of magnitude said vaguely; `几十上百`, `数百上千`: between two
 * (`vagueBounds` reads them).
 */
const VAGUE = '[数几](?:十上百|百上千|千上[万萬])|[数几上近]以?(?=[十百千万萬亿億])[十百千]?';
const NUMBER = `(?:(?<arabic>${ARABIC})|(?<vague>${VAGUE})|(?<chinese>${CHINESE}))`;
const NUMBER2 = `(?:(?<arabic2>${ARABIC})|(?<chinese2>${CHINESE}))`;
const RANGE_SEPARATOR = String.raw`\s?(?:[-–~～]|至|到)\s?`;
const APPROX = '(?:多|余|餘)';

/**
 * Fractions come first: at the same position `1/3` must not be read as a lone
 * `1`, nor `三十分之一` as `三十`. Then: a number, `多`, a scale, an order of
 * magnitude (`级`), a unit and a rate, optionally a range `a%~b%`,
 * `50万~80万元`; and a level without a number (`毫秒级`, `PB级`).
 */
export const FIGURE = new RegExp(
  String.raw`(?<![\w.\-/])(?<fracNum>\d+)\/(?<fracDen>\d+)(?![\d./])` +
    `|(?<cnDen>${CHINESE})(?<cnDenScale>${SCALE})?分之(?<cnNumer>${CHINESE}|\\d+(?:\\.\\d+)?)` +
    `|(?<![\\w.\\-/+])${NUMBER}(?<approx>${APPROX})?\\s?(?<scale>${SCALE})?${APPROX}?(?<levelMark>级|級|量级)?\\s?(?<unit>${UNIT})?(?<per>${PER})?` +
    `(?:${RANGE_SEPARATOR}${NUMBER2}${APPROX}?\\s?(?<scale2>${SCALE})?\\s?(?<unit2>${UNIT})?)?` +
    `(?<unitLevel>级|級)?` +
    String.raw`|(?<![A-Za-z\d])(?<bareLevel>毫秒|微秒|纳秒|秒|分钟|ms|us|μs|PB|TB|EB|GB)(?:[（(][A-Za-z\s]+[）)])?级` +
    String.raw`|(?<![\d\s〇零一二两兩三四五六七八九十百千数几上])(?<scaleLevel>万亿|亿|億)级`,
  // Sticky, tried only where a figure can begin (`FIGURE_START`); no `u`: every character it names is in the BMP,
  // and a Unicode-mode expression of this size costs half again as much per position.
  'y',
);

/**
 * `FIGURE` without its group names, and the index of each group by its name: `figureMatches` runs this one and
 * `findFigures` reads its groups by index. For named groups V8 builds an object per match, in dictionary mode: a
 * third of the memory a draft's check allocates.
 */
const UNNAMED_FIGURE = new RegExp(FIGURE.source.replace(/\(\?<\w+>/g, '('), FIGURE.flags);
const GROUP = Object.fromEntries([...FIGURE.source.matchAll(/\(\?<(\w+)>/g)].map((match, index) => [match[1], index + 1])) as Record<
  'fracNum' | 'fracDen' | 'cnDen' | 'cnDenScale' | 'cnNumer' | 'arabic' | 'vague' | 'chinese' | 'approx' | 'scale' | 'levelMark' | 'unit' | 'per' | 'arabic2' | 'chinese2' | 'scale2' | 'unit2' | 'unitLevel' | 'bareLevel' | 'scaleLevel',
  number
>;

/**
 * The characters a `FIGURE` match can begin with, and for most of them the
 * character that must come next (`NEXT_NEEDED`): digits and the minus sign,
 * Chinese numerals and the vague ones (数十, 上百, 近千), the levels without a
 * number (毫秒级, ms级, PB级) and the scales (千亿级 → 亿级). Trying the expression
 * only where it can match, instead of at every character, is most of its cost
 * saved on report text (数据, 以上, 部分 and Latin words hold start characters
 * that no figure follows); `figureMatches` is tested to find what a scan of
 * every position does.
 */
const FIGURE_START = new Uint8Array(0x10000);
/** Start characters a match can begin with whatever follows: digits and the Chinese numerals. */
const ALWAYS = 1;
/** Start characters that begin a match only before one of the characters `NEXT_NEEDED` lists. */
const BEFORE_NEXT = 2;
const CHINESE_NUMERALS = '〇零一二两兩三四五六七八九十百千';
for (const char of `0123456789${CHINESE_NUMERALS}`) FIGURE_START[char.charCodeAt(0)] = ALWAYS;
const NEXT_NEEDED: Record<string, string> = {
  '-': '0123456789',
  // VAGUE: 数十, 几百, 上千, 近万.
  ...Object.fromEntries([...'数几上近'].map((char) => [char, '十百千万萬亿億'])),
  // `数以百亿`: 以 between (numbering in the tens of billions).
  数: '十百千万萬亿億以',
  // The levels without a number (`bareLevel`): 毫秒级, 秒级 / 秒(second)级, 分钟级, ms级, PB级 …
  ...Object.fromEntries([...'毫微纳'].map((char) => [char, '秒'])),
  秒: '级(（',
  分: '钟',
  ...Object.fromEntries([...'muμ'].map((char) => [char, 's'])),
  ...Object.fromEntries([...'PTEG'].map((char) => [char, 'B'])),
  // The scales of a level (`scaleLevel`): 万亿级, 亿级.
  万: '亿',
  亿: '级',
  億: '级',
};
/** `NEXT_NEEDED` by code unit, read per character of a draft: no one-character string is built for the look-up. */
const NEXT_NEEDED_CODES = new Map<number, readonly number[]>();
for (const [char, next] of Object.entries(NEXT_NEEDED)) {
  FIGURE_START[char.charCodeAt(0)] = BEFORE_NEXT;
  NEXT_NEEDED_CODES.set(char.charCodeAt(0), [...next].map((nextChar) => nextChar.charCodeAt(0)));
}

/**
 * The characters that can follow a run of Chinese numerals in a match that is
 * more than the run: `多`, a space, a scale, a level, the first character of a
 * unit, a rate, a range and `分之`. A run followed by anything else (`一些`,
 * `进一步`, `统一`) is no statistic (`numberFigure`), and `findFigures` skips it.
 */
const NUMERAL_FOLLOW = new Uint8Array(0x10000);
/** 1 for the code units `\s` matches. */
const WHITE_SPACE_CODES = new Uint8Array(0x10000);
for (const char of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') WHITE_SPACE_CODES[char.charCodeAt(0)] = 1;
for (let code = 0x2000; code <= 0x200a; code++) WHITE_SPACE_CODES[code] = 1;
/** `/\s/` by code unit, for callers that read text a code unit at a time (no one-character string, no pattern). */
export const isWhiteSpaceCode = (code: number): boolean => WHITE_SPACE_CODES[code] === 1;
NUMERAL_FOLLOW.set(WHITE_SPACE_CODES);
for (const char of `多余餘万亿億萬级級量/-–~～至到分${UNIT_WORDS.map((word) => word[0]).join('')}`) NUMERAL_FOLLOW[char.charCodeAt(0)] = 1;
/**
 * The same for a run of ASCII digits, which `FIGURE` also continues with decimals and thousands (`.`, `,`), and which
 * `numberFigure` keeps alone before the joiner of an enumeration (`1.4和0.7万亿元`). A run followed by anything else
 * (`3月`, `12日`, `第5`) matches as a lone number that `numberFigure` drops: passing over it before the expression is
 * tried saved a fifth of the expression's runs on the distinct 5 MB draft (9,000 of 47,600 matches made no figure).
 */
const DIGIT_FOLLOW = NUMERAL_FOLLOW.slice();
for (const char of '.,、和及与與或，') DIGIT_FOLLOW[char.charCodeAt(0)] = 1;
/** The runs `nextFigureStart` passes over, by their first code unit: Chinese numerals, ASCII digits. */
const NUMERAL_RUN = 1;
const DIGIT_RUN = 2;
const RUN_KIND = new Uint8Array(0x10000);
for (const char of CHINESE_NUMERALS) RUN_KIND[char.charCodeAt(0)] = NUMERAL_RUN;
for (const char of '0123456789') RUN_KIND[char.charCodeAt(0)] = DIGIT_RUN;

/** The code unit at `at`, folded when a table is given. */
function codeAt(text: string, at: number, fold: Uint16Array | undefined): number {
  const code = text.charCodeAt(at);
  return fold ? fold[code] : code;
}

/**
 * The first position at or after `from` where a `FIGURE` match can begin in `text[…, to)` (`to` if none), reading
 * each code unit through `fold` when given (a folding table, for text not folded yet). With `statisticsOnly`, runs of
 * Chinese numerals or digits that nothing a figure needs follows (`一些`, `进一步`, `3月`) are passed over: they are no
 * statistic.
 */
function nextFigureStart(text: string, from: number, to: number, statisticsOnly: boolean, fold?: Uint16Array): number {
  for (let at = from; at < to; at++) {
    const code = codeAt(text, at, fold);
    const start = FIGURE_START[code];
    if (start === 0) continue;
    if (start === BEFORE_NEXT) {
      if (at + 1 < to && NEXT_NEEDED_CODES.get(code)!.includes(codeAt(text, at + 1, fold))) return at;
      continue;
    }
    const run = RUN_KIND[code];
    if (statisticsOnly && run !== 0) {
      let end = at + 1;
      while (end < to && RUN_KIND[codeAt(text, end, fold)] === run) end++;
      if (end === to || (run === NUMERAL_RUN ? NUMERAL_FOLLOW : DIGIT_FOLLOW)[codeAt(text, end, fold)] === 0) {
        at = end - 1;
        continue;
      }
    }
    return at;
  }
  return to;
}

/**
 * Where in `text[from, to)` (all of `text` by default), once folded with `fold`, the first statistic may begin; `to`
 * when no `FIGURE` match can begin anywhere in it (most sentences of prose), so a caller need not cut the range out of
 * its line, fold it or look for figures in it — and one that does starts `findFigures` there (its `from`) rather than
 * reading the same characters again. The range reads as its own text would: nothing past `to` is looked at.
 */
export function firstFigureStart(text: string, fold: Uint16Array, from = 0, to = text.length): number {
  return nextFigureStart(text, from, to, true, fold);
}

/**
 * The matches of `FIGURE` in `text`, left to right, as a global scan would find them;
 * `statisticsOnly` leaves out runs of Chinese numerals that nothing follows (`一些`),
 * which are no statistic.
 */
export function figureMatches(text: string, statisticsOnly = false): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (let match = nextFigureMatch(text, 0, statisticsOnly); match !== null; match = nextFigureMatch(text, matchEnd(match), statisticsOnly)) matches.push(match);
  return matches;
}

/**
 * The first match of `FIGURE` at or after `from`, or null: `figureMatches` one at a time, for `findFigures`, which
 * reads each match once and keeps no array of them.
 */
function nextFigureMatch(text: string, from: number, statisticsOnly: boolean): RegExpExecArray | null {
  for (let at = nextFigureStart(text, from, text.length, statisticsOnly); at < text.length; at = nextFigureStart(text, afterFailedStart(text, at), text.length, statisticsOnly)) {
    UNNAMED_FIGURE.lastIndex = at;
    const match = UNNAMED_FIGURE.exec(text);
    if (match !== null) return match;
  }
  return null;
}

/**
 * Where the scan looks on when no match began at `at`: past the digits that follow a digit there, where none can begin
 * either (`FIGURE` wants no word character before a number). Not one position on: `nextFigureStart` reads a run of
 * digits to its end, so a long run whose first digit does not match (`x5…` with 400,000 digits) read itself once per digit.
 */
function afterFailedStart(text: string, at: number): number {
  let next = at + 1;
  if (RUN_KIND[text.charCodeAt(at)] === DIGIT_RUN) while (next < text.length && RUN_KIND[text.charCodeAt(next)] === DIGIT_RUN) next++;
  return next;
}

/** Where the scan resumes after a match: its end, as a global scan does (no match is empty). */
const matchEnd = (match: RegExpExecArray) => match.index + match[0].length;

/** Before a long duration: the period is a reference (`未来3年`, `近5年`, `前10个月`, `第3年`), not a result. */
const REFERENCE_BEFORE = /(?:未来|未來|今后|今後|近|过去|過去|最近|此后|此後|再过|再過|前|这|這|每|第|头|頭|下一个|下一個|接下来|接下來|上个|上個|今年|本)的?\s?$/u;
/** Words of a target right before a count (`力争1家企业…`): what is counted is the target's quantity. */
const TARGET_BEFORE = /(?:力争|力爭|争取|爭取|确保|確保|新增)\s?$/u;
/** `超百家`, `超过百台`, `逾千人`: a bare 十, 百 or 千 after a word for exceeding is an order of magnitude passed, not an idiom. */
const OVER_BEFORE = /(?:超过|超過|超出|超|逾|突破|(?<![通经經])过|(?<![通经經])過)\s?$/u;
/** Before a long duration: a shift of a schedule (`提前两个月`, `推迟3年`, `缩短一年`), a result however it is written. */
const SCHEDULE_SHIFT_BEFORE = /(?:提前|提早|推迟|推遲|延迟|延遲|延后|延後|缩短|縮短)了?\s?$/u;
/** After a long duration: `3年内`, `10年来`, `四五年前`, `五年规划`, `5年复合增长率` — a period, not a result. */
const REFERENCE_AFTER = /^(?:多)?\s?(?:内|內|以内|以內|之内|之內|来|來|以来|以來|间|間|之间|之間|中|里|裡|前|以前|之前|后|後|以后|以後|之后|之後|规划|規劃|计划|計劃|行动|行動|复合|複合|期间|期間)/u;
/** A bare 十, 百 or 千, the whole of a number in Chinese numerals (`百年`, `超百家`, `百亿元`). */
const ROUND_NUMERAL = /^[十百千]$/u;
/** 1 for the code units that join the items of an enumeration (`1.4万亿和0.7万亿元`, `32、19，`), for `numberFigure`. */
const ENUMERATION_JOINER_CODES = new Uint8Array(0x10000);
for (const char of '、和及与與或,，') ENUMERATION_JOINER_CODES[char.charCodeAt(0)] = 1;
/**
 * Between two numbers of an enumeration (`inheritEnumerationUnits`): a joiner, or — after a lone number, which a
 * comma lists too (`32、19，`) — a comma.
 */
const LIST_JOINER = /^\s?[、和及与與或]\s?$/;
const LONE_NUMBER_JOINER = /^\s?[、和及与與或,，]\s?$/;
/** `8个或12个量子比特`: a count ending in 个, and one whose 个 comes before its unit. */
const MEASURE_WORD_END = /[个個]$/u;
const MEASURE_WORD_THEN_UNIT = /^[^个個]*[个個]\S/u;
/** `晚3、4年` (`isApproximatePair`): a single digit, then the next one alone. */
const SINGLE_DIGIT = /^\d$/u;
const DIGIT_ALONE_FIRST = /^\d(?!\d|\.)/u;

/** A scaled number with no unit after these words is an amount of money (投资/投入/融资/营收 + 亿 = yuan). */
const IMPLICIT_MONEY = /(?:投资|投資|投入|融资|融資|营收|營收|营业收入|營業收入|销售额|銷售額)(?:总额|總額|规模|規模|金额|金額)?(?:预计|預計|将|將|已|共|累计|累計|总计|總計|合计|合計|分别|分別|约|約|逾|超过|超過|超|近|达到|達到|达|達|高达|高達|为|為|了|突破|\s)*$/u;

/**
 * `百亿级企业`, `千亿级产业`, `千亿电商产业聚集规模`: the level of a firm or an industry is its revenue, in yuan
 * (the industry may be named by a short word before it: 电商产业).
 */
const LEVEL_OF_MONEY = /^(?:[\u4e00-\u9fff]{1,4}?(?:产业|產業))?(?:企业|企業|产业|產業|园区|園區|产业集群|產業集群|市场|市場|聚集规模|聚集規模)/u;
/** `24比特超导量子芯片`, `60比特的悟源超导量子计算机`: bits of a quantum machine are qubits. */
const QUANTUM_AFTER = /^\s?[^，。；,;：:]{0,8}量子/u;
/**
 * After a short duration: the hours of a regime or a service, not a measured time
 * (`八小时工作制`, `24小时值守`, `24小时诉求热线`; `7×24小时` is caught by its ×).
 */
const REGIME_AFTER = /^\s?(?:工作制|工時制|工时制|制(?![造作定订訂])|值守|值班|营业|營業|不间断|不間斷|(?:诉求|訴求|服务|服務|咨询|諮詢|客服|求助)?热线|(?:诉求|訴求|服务|服務|咨询|諮詢|客服|求助)?熱線|客服)/u;
/** A count that opens a short quoted name (`“1个底板基础”`, `两个“14条”意见`) is part of the name, a slogan, not a statistic. */
const QUOTED_NAME_BEFORE = /[“「『"]\s?$/u;
const QUOTED_NAME_AFTER = /^[^“”「」『』"，。；,;、\d]{0,8}[”」』"]/u;
/**
 * `打造50个百亿级企业和15个千亿级产业`, `抓实百亿级企业、千亿级产业、万亿级产业集群和百亿级、千亿级园区`: a level marked
 * 级 right before a firm, an industry, a cluster or a park is a tier of a plan — a class the plan counts its members in
 * (the count, 50个, is the statistic) — not a measured value; independent judges read it as no statistic in four samples.
 * A level said of a measure (`千亿级的连接能力`, `落链数据超10亿级`) or of a market (`十万亿级市场`) stays a figure.
 */
const TIER_AFTER = /^(?:\s?[、和及与與或]\s?[\d十百千万萬亿億]+\s?[级級])*\s?(?:企业|企業|产业集群|產業集群|产业|產業|园区|園區)/u;
/** Nouns of the abstract parts a text divides a thing into (`6个能力`, `四个方面`), after a small count. */
const ABSTRACT_PARTS = /^\s?(?:能力|模块|模塊|方面|要素|维度|維度|特征|特徵|属性|屬性)/u;
/**
 * `抓牢…装备、石化、能源、食品4个主导行业`, `其主要包括信息基础设施、融合基础设施、创新基础设施3个方面`: a count right after a
 * list of as many items only says how long the list is — counting in prose, no statistic (`重庆、天津、四川、甘肃和广西等
 * 9个省份` names five of nine and stays; so does a list before a verb, `在澳大利亚、…和瑞士新建6个AWS区域`). With it,
 * `1张总图`, `1个市级指挥中心`: one thing counted with a digit is counting in prose as 一个 is (independent judges of sample
 * X read `1张` and `6个` items of a list as no statistic). Such a count still reads as a figure for the words around it
 * (`其他3个行业` is the rest of the four), so the indexer drops it only when it stores figures.
 */
export function isProseCount(text: string, figure: ParsedFigure): boolean {
  if (figure.valueMax !== undefined || figure.level || !/^\d+\s?[^\d\s.,万亿億萬千百]+$/u.test(figure.text) || /(?:年|月|周|天|日|小时|小時|分钟|分鐘|秒|倍|%)$/u.test(figure.text)) return false;
  const kind = UNITS[figure.text.replace(/^\d+\s?/u, '')]?.[1];
  if (kind !== undefined && kind !== 'counter') return false;
  // `力争1家企业冲刺千亿，5家企业过百亿`: one thing a target aims at is the target's quantity, a statistic.
  if (figure.value === 1) return !TARGET_BEFORE.test(text.slice(Math.max(0, figure.start - 4), figure.start));
  if (figure.value < 2 || figure.value > 12) return false;
  // `提供产品的5大模块和业务的6个能力`: a few abilities, modules or aspects of a thing are how prose divides it, not a quantity.
  if (ABSTRACT_PARTS.test(text.slice(figure.end, figure.end + 4))) return true;
  const before = text.slice(Math.max(0, figure.start - 120), figure.start);
  // `…、护目镜等4种产品`, `品牌、商品、…、信息管理系统等11个商业要素`: with 等 too, when the items are as many.
  const list = /([^，,。；;：:！？!?（(]+?)\s?等?\s?$/u.exec(before)?.[1] ?? '';
  const items = list.split(/、|和|及|与|與/u).map((item) => item.trim());
  items[0] = items[0].replace(/^.*的/u, '').replace(/^(?:其)?(?:主要)?(?:包括|包含|分为|分為|涵盖|涵蓋)/u, '');
  if (/、/u.test(list) && items.length === figure.value && items.every((item) => item.length >= 1 && item.length <= 10)) return true;
  // `分为 4 种模式，分别为数字化解决方案模式、…和产业发展融合模式`, `5 个 Deep (5D) 属性：Deep Touch、…`: a count whose list
  // follows it (after a colon, 分别为 or 包括), of as many items.
  const after = /^[^，,。；;：:]{1,16}?(?:[：:]|[，,]?\s?(?:分别为|分別為|分别是|分別是|包括|包含))\s?([^。；;！？!?]{2,240})/u.exec(text.slice(figure.end, figure.end + 260))?.[1] ?? '';
  const listed = after.split(/[，,]/u)[0].split(/、|和|及|与|與/u).map((item) => item.trim());
  return /、/u.test(after) && listed.length === figure.value && listed.every((item) => item.length >= 1 && item.length <= 24);
}
/** `5家企业过百亿`, `1家企业冲刺千亿`: what a firm or an industry reaches is revenue, in yuan. */
/**
 * `培养500万AI人才`, `约5亿的潜在客户`, `电商直播用户规模达3.09亿`: a bare count right before a word for people (a field's name may
 * come between) counts people; users are people, not a device's (`终端用户`).
 */
const PEOPLE = '(?:人才|人员|人員|员工|員工|工人|居民|学生|學生|毕业生|畢業生|医生|醫生|患者|开发者|開發者|客户|客戶|消费者|消費者|(?<!终端|終端)用户|(?<!终端|終端)用戶|网民|網民)';
const PEOPLE_AFTER = new RegExp(`^\\s?的?(?:[A-Za-z]{1,4}|[\\u4e00-\\u9fff]{1,2})?${PEOPLE}`, 'u');
/** `培养AI人才500万`: … or right after one, past the verbs and hedges before a number. */
const PEOPLE_BEFORE = new RegExp(`${PEOPLE}(?:数量|數量|总数|總數|规模|規模)?(?:预计|預計|将|將|已|共|累计|累計|约|約|逾|超过|超過|超|近|达到|達到|达|達|为|為|了|突破|\\s)*$`, 'u');
const FIRM_REACHES = /(?:企业|企業|产业|產業)(?:冲刺|衝刺|过|過|突破|迈过|邁過)\s?$/u;

/**
 * `日均查询量分别为855万次`, `月平均流量…84.4GB`, `每日约有5万笔`, `日产3万只N95口罩的产能`: an average or an amount for each day, month
 * or year, said before the number in its clause, makes it a rate, written as `2.6亿单/天` is (次/天, GB/月; `每周建成1万多5G基站`, count/周).
 * The last such word of the clause counts; a window of the clause is enough, and keeps a long draft cheap.
 */
const PER_PERIOD_WORD = /(?<day>日均|日平均|每日|每天|单日|單日|(?<![今昨明节節生])日产|(?<![今昨明节節生])日產)|(?<week>周均|週均|每周|每週|每星期|每个星期|每個星期)|(?<month>月均|月平均|每月|每个月|每個月)|(?<year>年均|年平均|每年)/gu;
const PER_PERIOD_WINDOW = 30;
/** Units no period divides: `年均增长率12%` is a growth rate, a percent, not a percent a year. */
const UNITS_NOT_PER_PERIOD = new Set(['percent', 'percentage-point', 'times', 'fraction']);
/** 1 for the code units that end a clause, for `perPeriodUnit`. */
const CLAUSE_BREAK_CODES = new Uint8Array(0x10000);
for (const char of '，。；,;：:！？!?') CLAUSE_BREAK_CODES[char.charCodeAt(0)] = 1;
/** 1 for the characters of which every word of `PER_PERIOD_WORD` holds one. */
const PER_PERIOD_MARK_CODES = new Uint8Array(0x10000);
for (const char of '均每单單产產') PER_PERIOD_MARK_CODES[char.charCodeAt(0)] = 1;

/** The unit of a figure at `start` with the rate its clause gives it, if any (`次` → `次/天`). */
function perPeriodUnit(text: string, start: number, unit: string): string {
  // `时速可以达到20公里`: a distance after 时速 in its clause is a speed, kilometres an hour.
  if (unit === 'km' && /(?:时速|時速)[^，。；,;：:]{0,8}$/u.test(text.slice(Math.max(0, start - 12), start))) return 'km/小时';
  if (unit.includes('/') || UNITS_NOT_PER_PERIOD.has(unit)) return unit;
  // The clause: back from the figure to the last clause break within the window. A loop, not `/[^，。…]*$/`:
  // searched from the window's start, that pattern retries at every position (a tenth of a draft's parsing).
  // Every word of PER_PERIOD_WORD holds 均, 每, 单 or 产: most clauses hold none, and are not even cut out for the pattern.
  let clauseStart = start;
  let marked = false;
  while (clauseStart > Math.max(0, start - PER_PERIOD_WINDOW) && CLAUSE_BREAK_CODES[text.charCodeAt(clauseStart - 1)] === 0) {
    clauseStart--;
    if (PER_PERIOD_MARK_CODES[text.charCodeAt(clauseStart)] === 1) marked = true;
  }
  if (!marked) return unit;
  const clause = text.slice(clauseStart, start);
  let period: string | undefined;
  PER_PERIOD_WORD.lastIndex = 0;
  for (let match = PER_PERIOD_WORD.exec(clause); match !== null; match = PER_PERIOD_WORD.exec(clause)) period = match.groups?.day ? '天' : match.groups?.week ? '周' : match.groups?.month ? '月' : '年';
  return period === undefined ? unit : `${unit}/${period}`;
}

/** Products of decimals and scales without binary noise (4.44 × 1e8 = 444000000, not …00006). */
function scaled(value: number, factor: number): number {
  const product = value * factor;
  // A whole number under 10¹² is exact already, and toPrecision(12) would give it back (-0 as 0, hence + 0): most values are.
  if (Number.isInteger(product) && Math.abs(product) < 1e12) return product + 0;
  return Number(product.toPrecision(12));
}

/**
 * Parses Chinese numerals: 十 = 10, 三十 = 30, 一百 = 100, 两千五百 = 2500.
 * Digit-by-digit strings (二〇三五, a year) and units out of order (百千) are not numbers.
 */
export function parseChineseNumber(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  // By code unit through Maps: `for…of` makes a string of each character, and a fresh string as an object key is
  // first interned (a number of every Chinese-numeral figure of a draft goes through here).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digitValue = CN_DIGIT_OF_CODE.get(code);
    const unitValue = digitValue === undefined ? CN_UNIT_OF_CODE.get(code) : undefined;
    if (digitValue !== undefined) {
      // 一百零五: 零 only fills a gap; two digits in a row is a year or a code.
      if (digit !== undefined && digit !== 0) return undefined;
      digit = digitValue;
    } else if (unitValue !== undefined) {
      if (unitValue >= lastUnit) return undefined;
      lastUnit = unitValue;
      total += (digit ?? 1) * unitValue;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + (digit ?? 0);
}

function parseArabic(text: string): number {
  return Number(text.includes(',') ? text.replace(/,/g, '') : text);
}

/** A unit token as normalised, with its kind; a scale alone makes a count. */
function unitOf(token: string | undefined, hasScale: boolean): Unit | undefined {
  if (token === undefined) return hasScale ? BARE_COUNT : undefined;
  let unit = UNIT_OF_TOKEN.get(token);
  if (unit === undefined) {
    const word = token.replace(/\s+/g, '');
    unit = UNITS[word] ?? COUNTER_UNITS.get(word) ?? [word, 'counter'];
    UNIT_OF_TOKEN.set(token, unit);
  }
  return unit;
}
/**
 * `unitOf` of each unit token met, a Map for the reason `SCALES` is one. The tokens are the unit pattern's words
 * (`UNIT_WORDS`), so the map stays small.
 */
const UNIT_OF_TOKEN = new Map<string, Unit>();
/** A unit and its kind; one tuple per unit, shared by its figures. */
type Unit = readonly [string, UnitKind];
const BARE_COUNT: Unit = ['count', 'counter'];
const COUNTER_UNITS = new Map(COUNTERS.split('|').map((counter): [string, Unit] => [counter, [counter, 'counter']]));


/** A match of `figureMatches`: its groups are read by index (`GROUP`). */
type Groups = readonly (string | undefined)[];

/**
 * A vague amount (`几百米`, `数十亿个`, `上千个`, `近百位`): a level said with 几, 数, 上 or 近, which states no exact
 * value — unlike a level named as such (`千亿级`, `毫秒级`), whose magnitude is what the text says.
 */
export function isVague(figure: Pick<ParsedFigure, 'text' | 'level'>): boolean {
  return figure.level === true && /^[数几上近]/u.test(figure.text);
}

/** A first number as read, before its scale: a vague one (`几百`) states a range, `valueMax` its upper bound. */
interface FirstNumber {
  value: number;
  valueMax?: number;
  chinese: boolean;
  vague: boolean;
}

/** The level a vague number names after its 几, 数, 上 or 近, and the upper one of `几十上百`. */
const VAGUE_LEVELS: Record<string, number> = { ...CN_UNITS, 万: 1e4, 萬: 1e4 };

/**
 * The bounds of a vague number, before its scale. 几 and 数 say "several" of the level: 2 to 9 of it (几百 is
 * 200–900, 数万 20,000–90,000 with its scale; reading 几百 as 100 states less than the text says). `几十上百` runs
 * from several of the lower level up to the upper one (20–100). 上 ("reaching") and 近 ("nearly") name the level
 * itself, with no bound the text gives beyond it (上千 = 1000 or more).
 */
function vagueBounds(written: string): Pick<FirstNumber, 'value' | 'valueMax'> {
  // `数以百亿` is `数百亿`: 以 only says the count is by that level.
  const vague = written.replace('以', '');
  const level = VAGUE_LEVELS[vague[1]] ?? 1;
  if (vague[0] === '上' || vague[0] === '近') return { value: level };
  const upper = /上(.)$/u.exec(vague)?.[1];
  return { value: 2 * level, valueMax: upper === undefined ? 9 * level : VAGUE_LEVELS[upper] };
}

/** The number of the first bound: Arabic, Chinese, or a vague level (`数十` = 20–90). */
function firstNumber(groups: Groups): FirstNumber | undefined {
  const arabic = groups[GROUP.arabic];
  if (arabic !== undefined) return { value: parseArabic(arabic), chinese: false, vague: false };
  const vague = groups[GROUP.vague];
  if (vague !== undefined) return { ...vagueBounds(vague), chinese: true, vague: true };
  const value = parseChineseNumber(groups[GROUP.chinese] ?? '');
  return value === undefined ? undefined : { value, chinese: true, vague: false };
}

/** A Latin letter (NaN, past the text's end, is none). */
const isLatinLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** The six code units before `start`: what the guards of `isStatistic` read back. */
function textBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - 6), start);
}

/** 7×24小时: a number after a multiplication sign. */
const TIMES_BEFORE = /[×*]\s?$/u;

const ORDINAL_MARK = '第'.charCodeAt(0);
/** `第3年`, `第 5 届`: a number after 第 (and a space) is an ordinal. Read by code unit: this runs for every number of a draft. */
function isOrdinal(text: string, start: number): boolean {
  const previous = text.charCodeAt(start - 1);
  return previous === ORDINAL_MARK || (WHITE_SPACE_CODES[previous] === 1 && text.charCodeAt(start - 2) === ORDINAL_MARK);
}

/**
 * Whether a number with this unit, written this way, is a statistic here: the
 * guards against dates, reference periods and Chinese numerals in running prose
 * (`一个`, `两家`, `千人千面`, `百年`).
 */
function isStatistic(text: string, start: number, end: number, groups: Groups, unit: Unit, number: FirstNumber): boolean {
  // The text before and after the number is cut out only by the guards that read it: most numbers (amounts, rates,
  // measures in digits) pass none of them, and this runs for every number of a draft.
  if (isOrdinal(text, start)) return false;
  const [, kind] = unit;
  const value = number.value;
  // 7×24小时 is a service's opening hours, not a measured time.
  if (kind === 'short-duration' && (TIMES_BEFORE.test(textBefore(text, start)) || REGIME_AFTER.test(text.slice(end)))) return false;
  if (kind === 'counter' && groups[GROUP.scale] === undefined && QUOTED_NAME_BEFORE.test(textBefore(text, start)) && QUOTED_NAME_AFTER.test(text.slice(end))) return false;
  // 最后一公里 is an idiom, not a distance.
  if (kind === 'measure' && number.chinese && groups[GROUP.scale] === undefined && value < 10) return false;
  if (kind === 'long-duration') {
    if (number.vague) return false;
    const before = textBefore(text, start);
    // `提前两个月完成`, `推迟三年`: how far ahead of or behind a schedule is a result, in any numerals (提前 is no 前10个月).
    if (SCHEDULE_SHIFT_BEFORE.test(before)) return true;
    // 2020年, 2013-2019年: a calendar year is a date.
    if (unit[0] === 'year' && groups[GROUP.scale] === undefined && Number.isInteger(value) && value >= 1000) return false;
    if (REFERENCE_BEFORE.test(before) || REFERENCE_AFTER.test(text.slice(end))) return false;
    // 一年、两年、三个月 in prose are mostly “per year” or a plan’s span, 百年/千年 an idiom.
    if (number.chinese && groups[GROUP.scale] === undefined && (value < 10 || ROUND_NUMERAL.test(groups[GROUP.chinese] ?? ''))) return false;
  }
  if (number.chinese && !number.vague && groups[GROUP.scale] === undefined && groups[GROUP.levelMark] === undefined && groups[GROUP.unitLevel] === undefined) {
    const bareUnit = ROUND_NUMERAL.test(groups[GROUP.chinese] ?? '');
    // 十倍 and 百余家 are statistics, and so is `超百家` (a level, as 上百 is); 千人千面, 百家争鸣 are idioms.
    if (bareUnit && unit[0] !== 'times' && groups[GROUP.approx] === undefined && !OVER_BEFORE.test(textBefore(text, start))) return false;
    // 一个, 两家, 三种: counting in prose, not a statistic; 二十多家 is one.
    if (kind === 'counter' && value < 10) return false;
  }
  return true;
}

/**
 * Finds every statistic in `text`, from `from` on (where `firstFigureStart` found the first may begin: the characters
 * before it start none, and the expression still looks behind it). A number with no unit but followed by an
 * enumeration whose last item has one (`1.4万亿和0.7万亿元`) takes that unit.
 */
export function findFigures(text: string, from = 0): ParsedFigure[] {
  const found: (ParsedFigure & { inheritable: boolean })[] = [];
  for (let match = nextFigureMatch(text, from, true); match !== null; match = nextFigureMatch(text, matchEnd(match), true)) {
    const groups: Groups = match;
    const scaleLevel = groups[GROUP.scaleLevel];
    const start = match.index;
    // The match without the spaces it may end on (`\s?` before a unit that is not there).
    let end = start + match[0].length;
    while (end > start && WHITE_SPACE_CODES[text.charCodeAt(end - 1)] === 1) end--;
    // The span is passed on as three values, not an object: one made per match of every sentence was garbage.
    const spanText = text.slice(start, end);
    if (groups[GROUP.fracNum] !== undefined) {
      const denominator = Number(groups[GROUP.fracDen]);
      if (denominator === 0 || denominator > 100) continue;
      found.push(spanFigure(start, end, spanText, Number(groups[GROUP.fracNum]) / Number(denominator), 'fraction', false));
    } else if (groups[GROUP.cnDen] !== undefined) {
      const denominator = scaled(parseChineseNumber(groups[GROUP.cnDen] ?? '') ?? 0, scaleFactor(groups[GROUP.cnDenScale]));
      const numerator = /\d/.test(groups[GROUP.cnNumer] ?? '') ? parseArabic(groups[GROUP.cnNumer] ?? '') : parseChineseNumber(groups[GROUP.cnNumer] ?? '');
      if (!denominator || numerator === undefined) continue;
      // 百分之三十 is 30 %, 三十分之一 a fraction.
      if (denominator === 100) found.push(spanFigure(start, end, spanText, numerator, 'percent', false));
      else found.push(spanFigure(start, end, spanText, numerator / denominator, 'fraction', false));
    } else if (scaleLevel !== undefined) {
      if (TIER_AFTER.test(text.slice(end))) continue;
      // `万亿级产业集群` is yuan, as `千亿级产业` is (`LEVEL_OF_MONEY`); `亿级用户` a count.
      found.push(spanFigure(start, end, spanText, scaleFactor(scaleLevel), LEVEL_OF_MONEY.test(text.slice(end)) ? 'CNY' : 'count', false, true));
    } else if (groups[GROUP.bareLevel] !== undefined) {
      const [unit] = unitOf(groups[GROUP.bareLevel], false)!;
      found.push(spanFigure(start, end, spanText, 1, unit, false, true));
    } else {
      const figure = numberFigure(text, groups, start, end, spanText);
      if (figure) found.push(figure);
    }
  }
  inheritEnumerationUnits(text, found);
  const figures: ParsedFigure[] = [];
  for (let i = 0; i < found.length; i++) {
    const low = found[i];
    const high = found[i + 1] as (typeof found)[number] | undefined;
    // Joined as the pair is read, with no array of the joined figures: this runs for every sentence of a draft.
    const pair = high !== undefined && isApproximatePair(text, low, high);
    const figure = pair ? high : low;
    if (pair) i++;
    if (figure.unit === '') continue;
    const start = low.start;
    const parsed: ParsedFigure = { start, end: figure.end, text: pair ? text.slice(start, figure.end) : low.text, value: low.value, unit: perPeriodUnit(text, start, figure.unit) };
    const valueMax = pair ? high.value : low.valueMax;
    if (valueMax !== undefined) parsed.valueMax = valueMax;
    if (figure.level) parsed.level = figure.level;
    figures.push(parsed);
  }
  return figures;
}

/** A figure written as `spanText` at `text[start, end)`, every field in one literal: spreading from a span object cost a tenth of a draft's check. */
function spanFigure(start: number, end: number, spanText: string, value: number, unit: string, inheritable: boolean, level?: true): ParsedFigure & { inheritable: boolean } {
  const figure: ParsedFigure & { inheritable: boolean } = { start, end, text: spanText, inheritable, value, unit };
  if (level) figure.level = level;
  return figure;
}

/** The number written as `spanText` at `text[start, end)`, with its scale, level mark, unit, rate and range, or undefined when it is no statistic. */
function numberFigure(text: string, groups: Groups, start: number, end: number, spanText: string): (ParsedFigure & { inheritable: boolean }) | undefined {
  const number = firstNumber(groups);
  if (number === undefined) return undefined;
  const scale = groups[GROUP.scale];
  const unitToken = groups[GROUP.unit];
  const per = groups[GROUP.per];
  const scale2 = groups[GROUP.scale2];
  const unit2 = groups[GROUP.unit2];
  const levelMark = groups[GROUP.levelMark];
  const unitLevel = groups[GROUP.unitLevel];
  const digitsEnd = start + (groups[GROUP.arabic]?.length ?? 0);
  const hasSecond = groups[GROUP.arabic2] !== undefined || groups[GROUP.chinese2] !== undefined;
  // Digits glued to a Latin word with no unit between are a name (5G, GPT-3, iPhone4), not a quantity.
  if (groups[GROUP.arabic] !== undefined && scale === undefined && unitToken === undefined && isLatinLetter(text.charCodeAt(digitsEnd))) return undefined;
  if (!hasSecond && scale === undefined && unitToken === undefined) {
    // `上百数据服务接口`: a vague magnitude right before the noun it counts is a level, with no counter between.
    if (number.vague && /^[\u4e00-\u9fff]/u.test(text.slice(end)) && !/^(?:[〇零一二两兩三四五六七八九十百千万萬亿億多余餘年]|[数几上近][十百千])/u.test(text.slice(end))) {
      const figure = spanFigure(start, end, spanText, number.value, 'count', false, true);
      if (number.valueMax !== undefined) figure.valueMax = number.valueMax;
      return figure;
    }
    // A lone number is no statistic, but it may open an enumeration (`1.4万亿和0.7万亿元`): a joiner right after it
    // (a date's or an ordinal's word, `3月、`, would come between).
    if (groups[GROUP.arabic] !== undefined && ENUMERATION_JOINER_CODES[text.charCodeAt(end)] === 1) {
      return spanFigure(start, end, spanText, number.value, '', true);
    }
    return undefined;
  }
  // 百亿元, 千万吨: a round magnitude with no digit is a level too.
  const roundMagnitude = ROUND_NUMERAL.test(groups[GROUP.chinese] ?? '') && scale !== undefined;
  // `騰訊…投資逾450億`, `投入2000亿`: money the text leaves implicit after a word for spending or earning. Only a scaled
  // number with no unit reads the words before it.
  const moneyBefore = unitToken === undefined && unit2 === undefined && scale !== undefined ? text.slice(Math.max(0, start - 12), start) : '';
  const implicitMoney =
    unitToken === undefined &&
    unit2 === undefined &&
    scale !== undefined &&
    (IMPLICIT_MONEY.test(moneyBefore) || FIRM_REACHES.test(moneyBefore) || (((levelMark ?? unitLevel) !== undefined || roundMagnitude) && LEVEL_OF_MONEY.test(text.slice(end))));
  const peopleCounted = unitToken === undefined && unit2 === undefined && scale !== undefined && (PEOPLE_AFTER.test(text.slice(end, end + 10)) || PEOPLE_BEFORE.test(moneyBefore));
  const written = implicitMoney ? UNITS['元'] : peopleCounted ? UNITS['人'] : unitOf(unitToken, scale !== undefined);
  const first = written?.[0] === 'bit' && QUANTUM_AFTER.test(text.slice(end)) ? UNITS['量子比特'] : written;
  const second = unitOf(unit2, scale2 !== undefined);
  // `70%至43亿美元` is a change from one quantity to another, not a range: keep the first.
  if (hasSecond && unitToken !== undefined && first !== undefined && second !== undefined && unit2 !== undefined && first[0] !== second[0]) {
    const single = /^[^至到~～\-–]+?(?=\s?(?:[-–~～]|至|到))/.exec(spanText)?.[0] ?? spanText;
    const singleEnd = start + single.length;
    if (!isStatistic(text, start, singleEnd, groups, first, number)) return undefined;
    return spanFigure(start, singleEnd, single, scaled(number.value, scaleFactor(scale)), first[0], false);
  }
  const unit = unitToken !== undefined ? first : unit2 !== undefined ? second : first ?? second;
  if (unit === undefined) return undefined;
  if (!isStatistic(text, start, end, groups, unit, number)) return undefined;
  // `50万~80万元`: each bound has its own scale; `60-80亿`: the one scale serves both.
  const lowFactor = scaleFactor(scale ?? scale2);
  const highFactor = scaleFactor(scale2 ?? scale);
  const figure = spanFigure(start, end, spanText, scaled(number.value, lowFactor), per === undefined ? unit[0] : `${unit[0]}${per}`, unitToken === undefined && unit2 === undefined && !implicitMoney);
  if (hasSecond) {
    const arabic2 = groups[GROUP.arabic2];
    const high = arabic2 !== undefined ? parseArabic(arabic2) : parseChineseNumber(groups[GROUP.chinese2] ?? '');
    if (high === undefined) return undefined;
    figure.valueMax = scaled(high, highFactor);
  } else if (number.valueMax !== undefined) {
    figure.valueMax = scaled(number.valueMax, highFactor);
  }
  // `超六成`: tenths are percent (六成 = 60 %); only a value up to ten tenths, with no scale or rate, is one.
  if (unit[0] === 'tenth') {
    if (scale !== undefined || scale2 !== undefined || per !== undefined || figure.value > 10 || (figure.valueMax ?? 0) > 10) return undefined;
    figure.value = scaled(figure.value, 10);
    if (figure.valueMax !== undefined) figure.valueMax = scaled(figure.valueMax, 10);
    figure.unit = 'percent';
  }
  // 千亿级, 10亿级, 百纳秒级, 数十亿: an order of magnitude (a bare 5级 is a grade, not a level).
  const levelWithMagnitude = (levelMark ?? unitLevel) !== undefined && (scale !== undefined || unitToken !== undefined);
  if (levelWithMagnitude && TIER_AFTER.test(text.slice(end))) return undefined;
  // `超百家`: a bare 十, 百 or 千 counted (after a word for exceeding, `isStatistic`) is a level, as 上百 is.
  const bareCount = ROUND_NUMERAL.test(groups[GROUP.chinese] ?? '') && scale === undefined && unit[0] !== 'times' && groups[GROUP.approx] === undefined;
  if (number.vague || levelWithMagnitude || roundMagnitude || bareCount) figure.level = true;
  else if ((levelMark ?? unitLevel) !== undefined) return undefined;
  return figure;
}

/**
 * `晚3、4年`: two consecutive digits joined by 、 are one approximate value (三四年, 3 to 4, `findFigures`), not a
 * list of two; a longer run (`1、2、3`) stays a list.
 */
function isApproximatePair(text: string, low: ParsedFigure, high: ParsedFigure): boolean {
  return (
    SINGLE_DIGIT.test(low.text) &&
    DIGIT_ALONE_FIRST.test(high.text) &&
    high.value === Number(high.text[0]) &&
    high.valueMax === undefined &&
    high.value === low.value + 1 &&
    low.unit === high.unit &&
    text.slice(low.end, high.start) === '、' &&
    !/、\s?$/u.test(text.slice(Math.max(0, low.start - 2), low.start)) &&
    !/^\s?、/u.test(text.slice(high.end, high.end + 2))
  );
}

/** Enumerations share the unit written once at the end: walk right to left. */
function inheritEnumerationUnits(text: string, found: (ParsedFigure & { inheritable: boolean })[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const figure = found[i];
    const next = found[i + 1];
    const between = text.slice(figure.end, next.start);
    // A comma joins lone numbers (`32、19，`) but ends a scaled count (`冲刺千亿，5家企业`).
    const joined = figure.unit === '' ? LONE_NUMBER_JOINER : LIST_JOINER;
    // `8个或12个量子比特`: 个 is the measure word of the unit written once at the end.
    if (MEASURE_WORD_END.test(figure.text) && MEASURE_WORD_THEN_UNIT.test(next.text) && LIST_JOINER.test(between)) {
      figure.unit = next.unit;
      continue;
    }
    if (figure.inheritable && joined.test(between) && next.unit !== '' && next.unit !== 'count') {
      // `百亿级、千亿级园区`: a level written with its own scale keeps it.
      const scale = /(万亿|亿|億|万|萬)(?:级|級)?$/.test(figure.text) ? '' : next.text.match(/(万亿|亿|億|万|萬)/)?.[1] ?? '';
      figure.value = scaled(figure.value, scaleFactor(scale));
      figure.unit = next.unit;
    }
  }
}
