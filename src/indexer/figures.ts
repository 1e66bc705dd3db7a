/**
 * Figure extraction: every statistic in the reports' paragraphs, with what it
 * measures, the year it refers to, and links between equal statistics.
 * Headings, captions and the TOC never reach here, so `图 3.7 人工智能` is
 * not a figure and a TOC title's `28%` is not counted twice.
 */
import type { Figure } from '../core/model';
import { findFigures } from '../core/numbers';
import type { ReportText } from './reportText';

const YEAR = /(?<![\d.])((?:19|20)\d{2})\s?年(?!代)/g;
/** Words between a subject and its number that say nothing about what is measured. */
const TRAILING_FILLER =
  /(?:\d{4}\s?年|预计将达到|预计将达|预计达到|预计|将达到|将达|已达到|已达|达到|高达|达|约为|约|超过|超|突破|逾|近|增长至|增至|增长|下降|提升|提高|降低|为|是|占|有|了|将|已|到|至|共计|共|累计|合计|总计|分别为|分别|仅|多达|的|在|从|上升|实现|同比|以上|左右|，|,|、|\s)+$/u;
const CLAUSE_BREAK = /[，。；：！？,;:!?]/;

/** The words of a clause before `end`, without filler verbs, years or an opening `从…` range. */
function clauseSubject(sentence: string, end: number, figureStarts: number[]): string {
  let from = end;
  while (from > 0 && !CLAUSE_BREAK.test(sentence[from - 1])) from--;
  const firstInClause = Math.min(end, ...figureStarts.filter((at) => at >= from && at < end));
  return sentence
    .slice(from, firstInClause)
    .replace(/从[^，,]*$/, '')
    .replace(TRAILING_FILLER, '')
    .replace(/^[“”"（(\s]+/, '')
    .trim();
}

/**
 * What a figure measures: the clause before it, stripped of filler verbs; in an
 * enumeration (`分别为32%、19%…`) the words before the first figure; when the
 * clause only says `增长到2019年的`, the clause before that; else the clause after.
 */
export function subjectOf(sentence: string, start: number, end: number, figureStarts: number[] = []): string {
  // `63%的企业加快数字转型`: the words after the figure say what it counts.
  if (sentence[end] === '的') {
    let to = end;
    while (to < sentence.length && !CLAUSE_BREAK.test(sentence[to])) to++;
    const after = sentence.slice(end + 1, to).trim();
    if (after.length >= 2) return after;
  }
  const own = clauseSubject(sentence, start, figureStarts);
  if (own.length >= 2) return own;
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(sentence[clauseStart - 1])) clauseStart--;
  if (clauseStart > 1) {
    const previous = clauseSubject(sentence, clauseStart - 1, figureStarts);
    if (previous.length >= 2) return previous;
  }
  let to = end;
  while (to < sentence.length && !CLAUSE_BREAK.test(sentence[to])) to++;
  return sentence.slice(end, to).replace(/^[的，,\s]+/, '').trim();
}

/** The calendar year nearest before the figure in its sentence, else the first after it. */
export function yearOf(sentence: string, start: number): number | undefined {
  let before: number | undefined;
  let after: number | undefined;
  for (const match of sentence.matchAll(YEAR)) {
    if (match.index < start) before = Number(match[1]);
    else if (after === undefined && match.index > start) after = Number(match[1]);
  }
  return before ?? after;
}

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

function similarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.size === 0 || right.size === 0) return a === b ? 1 : 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / Math.min(left.size, right.size);
}

/** Extracts the figures of one report, in text order; ids are stable for a given text. */
export function extractFigures(report: ReportText): Figure[] {
  const figures: Figure[] = [];
  for (const sentence of report.sentences) {
    if (sentence.block.kind !== 'paragraph') continue;
    const parsedFigures = findFigures(sentence.text);
    const starts = parsedFigures.map((parsed) => parsed.start);
    for (const parsed of parsedFigures) {
      const quote = report.quote(sentence.start, sentence.end, sentence.blockIndex);
      const figure: Figure = {
        id: `${report.report.id}:f${figures.length + 1}`,
        text: parsed.text,
        value: parsed.value,
        unit: parsed.unit,
        subject: subjectOf(sentence.text, parsed.start, parsed.end, starts),
        sameAs: [],
        ...quote,
      };
      if (parsed.valueMax !== undefined) figure.valueMax = parsed.valueMax;
      const year = yearOf(sentence.text, parsed.start);
      if (year !== undefined) figure.year = year;
      figures.push(figure);
    }
  }
  return figures;
}

/**
 * Links equal statistics across and within reports: same value, bound and
 * unit, and subjects (or sentences) that share enough of their wording —
 * `35.8万亿元` of 数字经济规模 in 002 and of 数字经济增加值 in 001, but not
 * 2000亿元 of Alibaba's investment and of Hunan's display industry. Links are
 * transitive: every occurrence lists all the others.
 */
export function linkSameFigures(figures: Figure[]): void {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    const key = `${figure.value}|${figure.valueMax ?? ''}|${figure.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  for (const group of groups.values()) {
    // Union-find over the pairs that look alike.
    const parent = group.map((_, index) => index);
    const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index])));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (similarity(group[i].subject, group[j].subject) >= 0.4 || similarity(group[i].quote, group[j].quote) >= 0.5) {
          parent[root(j)] = root(i);
        }
      }
    }
    group.forEach((figure, i) => {
      figure.sameAs = group.filter((_other, j) => j !== i && root(j) === root(i)).map((other) => other.id);
    });
  }
}
