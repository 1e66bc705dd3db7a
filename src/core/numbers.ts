/**
 * Statistics in Chinese text: a number with its scale and unit
 * (35.8 万亿元, 6,500亿元, 60%~80%, 4.1个百分点, 十倍, 三十分之一, 1/3 …),
 * normalised to a value and a unit.
 *
 * Only quantities count. Bare years, dates, list numbers, model names (GPT-3,
 * 5G, L4, 麒麟 990), codes (“12365”) and footnote digits have no unit here and
 * are not returned; headings and captions are never passed in by the indexer.
 */

/** A statistic found in text: offsets (end exclusive), value and unit. */
export interface ParsedFigure {
  start: number;
  end: number;
  text: string;
  value: number;
  valueMax?: number;
  /** CNY, USD, EUR, percent, percentage-point, times, fraction, count, or a counter as written (台, 家 …). */
  unit: string;
}

const SCALES: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 億: 1e8, 万: 1e4, 萬: 1e4, 千: 1e3 };
const CURRENCIES: Record<string, string> = {
  元: 'CNY',
  人民币: 'CNY',
  美元: 'USD',
  美金: 'USD',
  欧元: 'EUR',
  歐元: 'EUR',
};
/** Counters that make a number a quantity of things (台 machines, 家 companies …). */
const COUNTERS = '台|个(?!月)|個(?!月)|片|单(?![位一独])|家|傢|件|座|辆|輛|项|項|款|户|戶|名|位|次|笔|筆|张|張|所|种|種|条|條|颗|顆|块|塊|套|吨|噸|平方米|公里|千米|TB|PB|EB|GB';
const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const ARABIC = String.raw`-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?`;
const CHINESE = '[〇零一二两兩三四五六七八九十百千]+';
const SCALE = '万亿|亿|億|万|萬';
const UNIT = `(?:人民币|美元|美金|欧元|歐元|元)|%|％|个百分点|個百分點|倍|(?:${COUNTERS})`;
const RANGE_SEPARATOR = String.raw`\s?(?:[-–~～]|至|到)\s?`;

/**
 * number [scale] [unit], optionally a range `a%~b%`, `50万~80万元`, `3到5个百分点`;
 * or a Chinese-numeral quantity with 倍 and maybe a scale; or a fraction `1/3`, `三十分之一`.
 * Fractions come first: at the same position `1/3` must not be read as a lone `1`.
 */
const FIGURE = new RegExp(
  String.raw`(?<![\w.\-/])(?<fracNum>\d+)\/(?<fracDen>\d+)(?![\d./])` +
    String.raw`|(?<![\w.\-/+])(?<num>${ARABIC})(?:多|余|餘)?\s?(?<scale>${SCALE})?\s?(?<unit>${UNIT})?` +
    String.raw`(?:${RANGE_SEPARATOR}(?<num2>${ARABIC})\s?(?<scale2>${SCALE})?\s?(?<unit2>${UNIT})?)?` +
    String.raw`|(?<cnNum>${CHINESE})(?<cnScale>${SCALE})?倍` +
    String.raw`|(?<cnDen>${CHINESE})分之(?<cnNumer>${CHINESE})`,
  'gu',
);

/** Products of decimals and scales without binary noise (4.44 × 1e8 = 444000000, not …00006). */
function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}

/** Parses Chinese numerals: 十 = 10, 三十 = 30, 一百 = 100, 两千五百 = 2500. */
export function parseChineseNumber(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in CN_DIGITS) {
      digit = CN_DIGITS[char];
    } else if (char in CN_UNITS) {
      total += (digit ?? 1) * CN_UNITS[char];
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + (digit ?? 0);
}

function parseArabic(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The unit of a unit token, and the factor it applies (only 个百分点 and % are factor 1). */
function normaliseUnit(unit: string | undefined, scaled: boolean): string | undefined {
  if (unit === undefined) return scaled ? 'count' : undefined;
  if (unit in CURRENCIES) return CURRENCIES[unit];
  if (unit === '%' || unit === '％') return 'percent';
  if (unit === '个百分点' || unit === '個百分點') return 'percentage-point';
  if (unit === '倍') return 'times';
  return unit;
}

/** A digit run glued to a Latin letter or version marker is a name (5G, L4, GPT-3, iPhone4), not a quantity. */
function isPartOfName(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 1);
  const before = text.slice(Math.max(0, start - 1), start);
  return /[A-Za-z]/.test(before) || (/^[A-Za-z]/.test(after) && !/^(?:TB|PB|EB|GB)/.test(text.slice(end)));
}

/** A calendar year, month or day, or a 十四五-style plan name: not statistics. */
function isDateOrOrdinal(text: string, end: number): boolean {
  return /^\s?(?:年(?!代)|月|日|号|號|届|屆|期|季度|代|世纪|世紀|点|時|时|分(?!之)|秒|岁|歲|周年|层|層|纳米|nm)/.test(text.slice(end));
}

/**
 * Finds every statistic in `text`. A number with no unit but followed by an
 * enumeration whose last item has one (`1.4万亿和0.7万亿元`) takes that unit.
 */
export function findFigures(text: string): ParsedFigure[] {
  const found: (ParsedFigure & { inheritable: boolean })[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].replace(/\s+$/, '').length;
    const raw = text.slice(start, end);
    if (groups.num !== undefined) {
      const { num, scale, unit: unitToken, num2, scale2, unit2 } = groups;
      const anyUnit = unitToken ?? unit2;
      if (num2 === undefined && scale === undefined && unitToken === undefined) {
        // A lone number is no statistic, but it may open an enumeration (`1.4万亿和0.7万亿元`).
        if (!isPartOfName(text, start, end) && !isDateOrOrdinal(text, end) && /^[、和及与與,，]/.test(text.slice(end))) {
          found.push({ start, end, text: raw, value: parseArabic(num), unit: '', inheritable: true });
        }
        continue;
      }
      if (anyUnit === undefined && (isDateOrOrdinal(text, end) || isPartOfName(text, start, end))) continue;
      // `70%至43亿美元` is a change from one quantity to another, not a range: keep the first.
      if (num2 !== undefined && unitToken !== undefined && unit2 !== undefined && normaliseUnit(unitToken, false) !== normaliseUnit(unit2, false)) {
        const single = /^[^至到~～\-–]+?(?=\s?(?:[-–~～]|至|到))/.exec(raw)?.[0] ?? raw;
        found.push({ start, end: start + single.length, text: single, value: scaled(parseArabic(num), SCALES[scale ?? ''] ?? 1), unit: normaliseUnit(unitToken, scale !== undefined)!, inheritable: false });
        continue;
      }
      const unit = normaliseUnit(anyUnit, (scale ?? scale2) !== undefined);
      if (unit === undefined) continue;
      // `50万~80万元`: each bound has its own scale; `60-80亿`: the one scale serves both.
      const lowFactor = SCALES[scale ?? scale2 ?? ''] ?? 1;
      const highFactor = SCALES[scale2 ?? scale ?? ''] ?? 1;
      const figure: ParsedFigure & { inheritable: boolean } = {
        start,
        end,
        text: raw,
        value: scaled(parseArabic(num), lowFactor),
        unit,
        inheritable: anyUnit === undefined,
      };
      if (num2 !== undefined) figure.valueMax = scaled(parseArabic(num2), highFactor);
      found.push(figure);
    } else if (groups.cnNum !== undefined) {
      const value = parseChineseNumber(groups.cnNum);
      if (value === undefined) continue;
      found.push({ start, end, text: raw, value: scaled(value, SCALES[groups.cnScale ?? ''] ?? 1), unit: 'times', inheritable: false });
    } else if (groups.fracNum !== undefined) {
      const denominator = Number(groups.fracDen);
      if (denominator === 0 || denominator > 100) continue;
      found.push({ start, end, text: raw, value: Number(groups.fracNum) / denominator, unit: 'fraction', inheritable: false });
    } else {
      const denominator = parseChineseNumber(groups.cnDen);
      const numerator = parseChineseNumber(groups.cnNumer);
      if (!denominator || numerator === undefined) continue;
      found.push({ start, end, text: raw, value: numerator / denominator, unit: 'fraction', inheritable: false });
    }
  }
  // Enumerations share the unit written once at the end: walk right to left.
  for (let i = found.length - 2; i >= 0; i--) {
    const figure = found[i];
    const next = found[i + 1];
    const between = text.slice(figure.end, next.start);
    if (figure.inheritable && /^\s?[、和及与與,，]\s?$/.test(between) && next.unit !== '' && next.unit !== 'count') {
      const scale = /(万亿|亿|億|万|萬)$/.test(figure.text) ? '' : next.text.match(/(万亿|亿|億|万|萬)/)?.[1] ?? '';
      figure.value = scaled(figure.value, SCALES[scale] ?? 1);
      figure.unit = next.unit;
    }
  }
  return found.filter((figure) => figure.unit !== '').map(({ inheritable: _inheritable, ...figure }) => figure);
}
