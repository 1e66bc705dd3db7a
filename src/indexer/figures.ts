/**
 * Figure extraction: every statistic in the reports' paragraphs, with what it
 * measures, the year it refers to, and links between equal statistics.
 * Headings, captions and the TOC never reach here, so `图 3.7 人工智能` is
 * not a figure and a TOC title's `28%` is not counted twice.
 */
import type { Figure } from '../core/model';
import { findFigures } from '../core/numbers';
import { subjectOf, type FigureSentence } from './figureSubjects';
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
const CLAUSE_BREAK = /[，。；,;]/u;
const PREVIOUS_YEAR = /(?:上年|上一年|前一年)的?\s?$/u;
/** `2020年三季度…，前一年同期亏损5.55亿元`: a clause opening on the year before is of that year. */
const PREVIOUS_YEAR_CLAUSE = /(?:^|[，,；;])\s?(?:上年|上一年|前一年|去年)同期[^，,；;]*$/u;
/** `比2019年的3084.9亿元`: the figure right after a comparison base is the base's own value, of the base's year. */
const BASE_VALUE = /(?:比|较)\s?((?:19|20)\d{2})\s?年的\s?$/u;
/** `寒武纪在2017年至2019年收入分别为784.33万元、1.17亿元和4.44亿元`: one value per year of the span, in order. */
const SPAN_RESPECTIVELY = /((?:19|20)\d{2})\s?年?\s?(?:至|到|-|–|—|~)\s?((?:19|20)\d{2})\s?年[^，。；,;]*?分别(?:为|是|达到|达)?\s?$/u;
/** A sentence longer than this is quoted by the clauses around each figure, not whole. */
const MAX_QUOTE = 300;

/** The calendar year nearest before the figure in its sentence, else the first after it; `reportYear` resolves 今年. */
export function yearOf(sentence: string, start: number, reportYear?: number): number | undefined {
  return yearsOf(sentence, reportYear).nearest(start);
}

/** The years stated in a sentence, found once, for every figure of it. */
function yearsOf(sentence: string, reportYear: number | undefined): { nearest: (start: number) => number | undefined } {
  const years: { at: number; year: number; clauseOnly: boolean }[] = [];
  // `截至2020年10月…预计今年年内`: a writer who dates “now” in the sentence means that year by 今年.
  const now = /(?:截至|截止到?)\s?((?:19|20)\d{2})\s?年/u.exec(sentence);
  for (const match of sentence.matchAll(YEAR)) {
    const { base, year, relative } = match.groups ?? {};
    if (base !== undefined) continue;
    if (year !== undefined) years.push({ at: match.index, year: Number(year), clauseOnly: EVENT_BEFORE.test(sentence.slice(Math.max(0, match.index - 6), match.index)) });
    else if (relative === '今年' && now && now.index < match.index) years.push({ at: match.index, year: Number(now[1]), clauseOnly: false });
    // `在明年5G频谱拍卖时…，目前已有15家`: a coming year dates the plan of its own clause, not what is already so.
    else if (relative !== undefined && reportYear !== undefined) years.push({ at: match.index, year: reportYear + RELATIVE_YEARS[relative], clauseOnly: relative === '明年' });
  }
  return {
    nearest(start: number): number | undefined {
      const base = BASE_VALUE.exec(sentence.slice(Math.max(0, start - 10), start));
      if (base) return Number(base[1]);
      let before: number | undefined;
      for (const { at, year, clauseOnly } of years) {
        if (at < start && !(clauseOnly && CLAUSE_BREAK.test(sentence.slice(at, start)))) before = year;
        // A year after the figure counts only within its clause (`1116傢,2019年企業產值` is another statement).
        else if (at > start) return before ?? (CLAUSE_BREAK.test(sentence.slice(start, at)) ? undefined : year);
      }
      if (before === undefined) return undefined;
      // `增速比上年的19.7%`: the year before the one the sentence is about.
      return PREVIOUS_YEAR.test(sentence.slice(Math.max(0, start - 4), start)) || PREVIOUS_YEAR_CLAUSE.test(sentence.slice(0, start)) ? before - 1 : before;
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

/** The year of figure `index` in a run of values given 分别 for each year of a span, if it is one. */
export function spanYear(sentence: string, figures: { start: number; end: number }[], index: number): number | undefined {
  const joined = (a: number) => /^\s?[、和及与與]\s?$/u.test(sentence.slice(figures[a].end, figures[a + 1].start));
  let first = index;
  while (first > 0 && joined(first - 1)) first--;
  let last = index;
  while (last + 1 < figures.length && joined(last)) last++;
  const span = SPAN_RESPECTIVELY.exec(sentence.slice(0, figures[first].start));
  if (!span) return undefined;
  const [from, to] = [Number(span[1]), Number(span[2])];
  return to - from === last - first ? from + index - first : undefined;
}

/** Extracts the figures of one report, in text order; ids are stable for a given text. */
export function extractFigures(report: ReportText): Figure[] {
  const figures: Figure[] = [];
  const reportYear = writtenYear(report.report.date);
  // The sentence before in the same paragraph, for a sentence that refers back to it (`这一数字`).
  let previous: (FigureSentence & { blockIndex: number }) | undefined;
  for (const sentence of report.sentences) {
    if (sentence.block.kind !== 'paragraph') continue;
    const parsedFigures = findFigures(sentence.text);
    const before = previous?.blockIndex === sentence.blockIndex ? previous : undefined;
    previous = { text: sentence.text, figures: parsedFigures, blockIndex: sentence.blockIndex };
    if (parsedFigures.length === 0) continue;
    const years = yearsOf(sentence.text, reportYear);
    parsedFigures.forEach((parsed, index) => {
      const [quoteStart, quoteEnd] = quoteSpan(sentence, parsed.start, parsed.end);
      const figure: Figure = {
        id: `${report.report.id}:f${figures.length + 1}`,
        text: parsed.text,
        value: parsed.value,
        unit: parsed.unit,
        subject: subjectOf(sentence.text, parsedFigures, index, before),
        sameAs: [],
        ...report.quote(quoteStart, quoteEnd, sentence.blockIndex),
      };
      if (parsed.valueMax !== undefined) figure.valueMax = parsed.valueMax;
      if (parsed.level) figure.level = true;
      const year = spanYear(sentence.text, parsedFigures, index) ?? years.nearest(parsed.start);
      if (year !== undefined) figure.year = year;
      figures.push(figure);
    });
  }
  return figures;
}
