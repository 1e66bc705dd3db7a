/**
 * The figure check's evaluation set: draft sentences written from the
 * reports' figures by a seeded generator — half faithful, half altered the
 * ways writers err — plus sentences with numbers the reports never state,
 * and the precision and recall of the check's warnings on them.
 * Used by `figureCheck.test.ts` (thresholds) and `npm run bench` (the README's figures).
 */
import * as OpenCC from 'opencc-js';
import type { Figure, Snapshot } from '../../src/core/model';
import { findFigures } from '../../src/core/numbers';
import { isTransposition, type FigureChecker, type FigureError } from '../../src/core/figureCheck';

/** What the generator did to the target number of a sentence. */
export type Alteration = FigureError | 'faithful' | 'never-stated';

export interface EvaluationSentence {
  text: string;
  /** Offsets of the number under test in `text`. */
  start: number;
  end: number;
  kind: Alteration;
  /** The report's figure the sentence was written from (absent for never-stated numbers). */
  figure?: Figure;
  form: 'verbatim' | 'paraphrase' | 'traditional';
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** mulberry32: a small seeded generator, so a printed seed reproduces the set. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEADS = ['', '据统计，', '报告指出，', '数据显示，', '值得注意的是，'];
/** Sentences about things the reports never measure, with a number slot. */
const UNRELATED = [
  '本课题组今年共走访了{n}家社区诊所。',
  '学院图书馆的纸质藏书增长了{p}%。',
  '这份问卷一共回收了{n}份有效答卷。',
  '我们的调研覆盖了{n}个乡镇的小学。',
  '会议期间志愿者累计服务{n}人次。',
  '该校篮球队的胜率提高了{p}个百分点。',
  '小区物业费每年约{n}万元。',
  '去年本地马拉松的参赛人数为{n}名。',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/**
 * The first pair of adjacent, different digits of the number swapped
 * (12.3 → 21.3), never giving it a leading zero (300 has no such slip).
 */
function swapDigits(text: string): string | undefined {
  const numberStart = text.search(/\d/);
  for (let i = numberStart; i + 1 < text.length && /[\d.,]/.test(text[i + 1]); i++) {
    if (i === numberStart && text[i + 1] === '0') continue;
    if (/\d/.test(text[i]) && /\d/.test(text[i + 1]) && text[i] !== text[i + 1]) return `${text.slice(0, i)}${text[i + 1]}${text[i]}${text.slice(i + 2)}`;
  }
  return undefined;
}

function swapScale(text: string): string | undefined {
  if (text.includes('万亿')) return text.replace('万亿', '亿');
  if (text.includes('亿')) return text.replace('亿', '万');
  if (text.includes('万')) return text.replace('万', '亿');
  return undefined;
}

function swapRate(text: string): string | undefined {
  if (text.endsWith('个百分点')) return text.replace('个百分点', '%');
  if (/[%％]$/.test(text)) return text.replace(/[%％]$/, '个百分点');
  return undefined;
}

/**
 * The clause of a figure's sentence up to the figure — what a writer restates
 * in their own sentence — with the clause before it when it says too little.
 */
function clauseBefore(sentence: string, start: number): string {
  let from = start;
  for (let clauses = 0; clauses < 3 && from > 0; clauses++) {
    if (clauses > 0) from--;
    while (from > 0 && !/[，,；;：:。！？]/.test(sentence[from - 1])) from--;
    if ((sentence.slice(from, start).match(/\p{Script=Han}/gu) ?? []).length >= 6) break;
  }
  return sentence.slice(from, start);
}

/**
 * Figures a writer can take for this one: the report's figures just before and
 * after it in the same unit — not another member of the same enumeration
 * (`分别为6.4%、3.5%…`), which nothing but the order tells apart.
 */
function neighboursOf(figure: Figure, reportFigures: Figure[]): Figure[] {
  const position = reportFigures.indexOf(figure);
  return [reportFigures[position - 1], reportFigures[position + 1]].filter((other) => {
    if (!other || other.unit !== figure.unit || other.value === figure.value || other.valueMax !== undefined || Math.abs(other.offset - figure.offset) >= 400) return false;
    if (other.quote !== figure.quote) return true;
    const between = figure.quote.slice(Math.min(figure.quote.indexOf(figure.text), figure.quote.indexOf(other.text)), Math.max(figure.quote.indexOf(figure.text), figure.quote.indexOf(other.text)));
    return !figure.quote.includes('分别') && /[，；,;]/.test(between);
  });
}

/** A number nobody stated: random, in the unit of `figure`, and no slip of any figure of the snapshot. */
function unstatedNumber(random: () => number, figure: Figure, snapshot: Snapshot): string {
  const unit = figure.unit === 'percent' ? '%' : figure.unit === 'CNY' ? '亿元' : figure.unit === 'USD' ? '亿美元' : '';
  for (;;) {
    const value = Math.round(random() * 9000 + 11) / 10;
    const close = snapshot.figures.some((other) => {
      const ratio = other.value / value;
      return [1, 1e4, 1e8, 1e-4, 1e-8, 1e5, 1e9].some((factor) => Math.abs(ratio / factor - 1) < 0.02);
    });
    // A value that is the figure's own with two digits swapped (20.5% for 25%) is the slip `transposed-digits` writes, not
    // a number the reports never state: a warning on it is right.
    const ownSlip = [1, 1e4, 1e8].some((factor) => isTransposition(value * factor, figure.value));
    if (close || ownSlip) continue;
    if (unit) return `${value}${unit}`;
    return `${value}${figure.text.replace(/^[\d.,\s]+(?:万亿|亿|万)?/, '')}`;
  }
}

/** Where a figure's number starts in its sentence: `7万` is not the end of `17万`. */
function positionOf(figure: Figure): number {
  return findFigures(figure.quote).find((parsed) => parsed.text === figure.text)?.start ?? figure.quote.indexOf(figure.text);
}

/**
 * Generates the set from the snapshot's figures: for each usable figure, a
 * sentence in one of three forms (its own sentence, a writer's paraphrase of
 * its clause, either in traditional script), alternately faithful and altered
 * by one applicable slip; then never-stated numbers — on a figure's own subject
 * with a random value, and in sentences about unrelated things.
 */
export function generateEvaluationSet(snapshot: Snapshot, seed: number): EvaluationSentence[] {
  const random = seededRandom(seed);
  const set: EvaluationSentence[] = [];
  const usable = snapshot.figures.filter((figure) => figure.valueMax === undefined && figure.unit !== 'fraction' && figure.quote.includes(figure.text));
  let alteredCount = 0;
  usable.forEach((figure) => {
    const neighbours = neighboursOf(figure, snapshot.figures.filter((other) => other.reportId === figure.reportId));
    const slips: [FigureError, string | undefined][] = [
      ['transposed-digits', swapDigits(figure.text)],
      ['scale', swapScale(figure.text)],
      ['percent-vs-points', swapRate(figure.text)],
      ['neighbour', neighbours.length > 0 ? pick(random, neighbours).text : undefined],
      ['year', figure.year !== undefined && figure.quote.slice(0, figure.quote.indexOf(figure.text)).includes(`${figure.year}年`) ? String(figure.year + (random() < 0.5 ? -1 : 1)) : undefined],
    ];
    const applicable = slips.filter((slip): slip is [FigureError, string] => slip[1] !== undefined);
    // Altered whenever the altered are not ahead and a slip applies: half and half, as far as the figures allow.
    const altered = applicable.length > 0 && alteredCount <= set.filter((sentence) => sentence.kind === 'faithful').length;
    if (altered) alteredCount++;
    const [kind, replacement] = altered ? pick(random, applicable) : (['faithful', figure.text] as const);
    const at = positionOf(figure);
    const form = pick(random, ['verbatim', 'paraphrase', 'traditional'] as const);
    let before: string;
    let after: string;
    if (form === 'paraphrase') {
      const clause = clauseBefore(figure.quote, at).replace(/(?:19|20)\d{2}\s?年/g, '');
      before = `${pick(random, LEADS)}${figure.year !== undefined ? `${figure.year}年，` : ''}${clause}`;
      after = '。';
    } else {
      before = figure.quote.slice(0, at);
      after = figure.quote.slice(at + figure.text.length);
    }
    let number = kind === 'year' ? figure.text : replacement;
    if (kind === 'year') before = before.split(`${figure.year}年`).join(`${replacement}年`);
    if (form === 'traditional') {
      before = toTraditional(before);
      after = toTraditional(after);
      number = toTraditional(number);
    }
    set.push({ text: `${before}${number}${after}`, start: before.length, end: before.length + number.length, kind, figure, form: form });
  });
  // Never stated: a figure's own subject with a random value, and unrelated sentences.
  const count = Math.floor(usable.length / 4);
  for (let i = 0; i < count; i++) {
    const figure = pick(random, usable);
    const clause = clauseBefore(figure.quote, positionOf(figure)).replace(/(?:19|20)\d{2}\s?年/g, '');
    const before = `${pick(random, LEADS)}${clause}`;
    const number = unstatedNumber(random, figure, snapshot);
    set.push({ text: `${before}${number}。`, start: before.length, end: before.length + number.length, kind: 'never-stated', form: 'paraphrase' });
    const template = pick(random, UNRELATED);
    const slot = template.includes('{n}') ? '{n}' : '{p}';
    const value = String(Math.floor(random() * 900) + 12);
    const text = template.replace(slot, value);
    const start = text.indexOf(value);
    const end = start + (findFigures(text).find((parsed) => parsed.start === start)?.text.length ?? value.length);
    set.push({ text, start, end, kind: 'never-stated', form: 'paraphrase' });
  }
  return set;
}

export interface EvaluationResult {
  seed: number;
  sentences: number;
  altered: number;
  faithful: number;
  neverStated: number;
  /** Warnings on altered numbers, naming the figure the sentence was written from (or one stating the same value). */
  truePositives: number;
  /** Right warnings on the other numbers of a sentence whose year was shifted (counted for precision, not recall). */
  alsoRight: number;
  /** Warnings anywhere else: faithful numbers, other numbers of a sentence, never-stated numbers. */
  falsePositives: number;
  warningsOnNeverStated: number;
  /** Faithful numbers the check confirms (hints). */
  faithfulAgreed: number;
  precision: number;
  recall: number;
  recallByKind: Record<string, string>;
}

/** Runs the checker over the set and counts its warnings. */
export function evaluate(checker: FigureChecker, set: EvaluationSentence[], seed: number): EvaluationResult {
  let truePositives = 0;
  let falsePositives = 0;
  let alsoRight = 0;
  let warningsOnNeverStated = 0;
  let faithfulAgreed = 0;
  const byKind = new Map<string, { altered: number; flagged: number }>();
  for (const sentence of set) {
    for (const finding of checker.check(sentence.text)) {
      const isTarget = finding.start === sentence.start && finding.end === sentence.end;
      if (isTarget && sentence.kind === 'faithful' && finding.status === 'agrees') faithfulAgreed++;
      if (finding.status !== 'contradicts') continue;
      const named = finding.figure!;
      const right = sentence.figure && (named.id === sentence.figure.id || sentence.figure.sameAs.includes(named.id) || named.value === sentence.figure.value);
      if (isTarget && sentence.kind !== 'faithful' && sentence.kind !== 'never-stated' && right) truePositives++;
      // A shifted year shifts every number of its sentence: their warnings are right too, though not counted for recall.
      else if (sentence.kind === 'year' && finding.error === 'year') alsoRight++;
      else falsePositives++;
      if (sentence.kind === 'never-stated') warningsOnNeverStated++;
    }
    if (sentence.kind !== 'faithful' && sentence.kind !== 'never-stated') {
      const counts = byKind.get(sentence.kind) ?? { altered: 0, flagged: 0 };
      counts.altered++;
      const flagged = checker.check(sentence.text).some((finding) => finding.start === sentence.start && finding.status === 'contradicts');
      if (flagged) counts.flagged++;
      byKind.set(sentence.kind, counts);
    }
  }
  const altered = set.filter((sentence) => sentence.kind !== 'faithful' && sentence.kind !== 'never-stated').length;
  const recallByKind: Record<string, string> = {};
  for (const [kind, counts] of byKind) recallByKind[kind] = `${counts.flagged}/${counts.altered}`;
  return {
    seed,
    sentences: set.length,
    altered,
    faithful: set.filter((sentence) => sentence.kind === 'faithful').length,
    neverStated: set.filter((sentence) => sentence.kind === 'never-stated').length,
    truePositives,
    alsoRight,
    falsePositives,
    warningsOnNeverStated,
    faithfulAgreed,
    precision: truePositives + alsoRight + falsePositives === 0 ? 1 : (truePositives + alsoRight) / (truePositives + alsoRight + falsePositives),
    recall: altered === 0 ? 0 : truePositives / altered,
    recallByKind,
  };
}
