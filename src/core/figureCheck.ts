/**
 * Figure check: the statistics a writer typed, compared with the reports' own.
 *
 * For each number of a draft (found by `findFigures`, the parser the indexer
 * uses), the reports' figures about the same thing are looked up: same
 * subject — the terms and content words of the number's clause against those
 * of the figure's clause, over folded text so either script matches — a
 * compatible unit and the same year. The outcome is one of:
 *
 * - `agrees`: a figure about the same thing states this value;
 * - `contradicts`: the figure about the same thing, in the same year, states
 *   a value that differs from the draft's in a way writers err (transposed
 *   digits, 万/亿 scale, percent for percentage points, the same value given
 *   for another year, the value of a neighbouring figure);
 * - `unknown`: anything else. A false alarm costs more than a miss, so a value
 *   that merely differs is never a contradiction: the draft may be quoting a
 *   statistic the reports do not hold.
 *
 * The comparison relies on the stable parts of a figure — value, unit, year,
 * its sentence and location — and not on its `subject` text: the clause is
 * recomputed here, the same way for the draft and the report, so both sides
 * are cut alike.
 */
import { bodyStartOf } from './citeEdits';
import { codeAndComments, hiddenAt, linesOf } from './hiddenText';
import type { Figure } from './model';
import { isHan, withLatinCase } from './normalize';
import { findFigures, firstFigureStart, isVague, isWhiteSpaceCode, type ParsedFigure } from './numbers';
import { runSteps, type Library, type Steps } from './snapshot';

export type FigureStatus = 'agrees' | 'contradicts' | 'unknown';

/** How a contradicting value differs from the report's. */
export type FigureError = 'transposed-digits' | 'scale' | 'percent-vs-points' | 'year' | 'neighbour';

/** A number of the checked text with what the reports say about it. */
export interface FigureFinding {
  /** Offsets in the checked text (end exclusive). */
  start: number;
  end: number;
  /** The number as written in the draft. */
  text: string;
  value: number;
  unit: string;
  /** The calendar year the draft's sentence gives the number, if any. */
  year?: number;
  status: FigureStatus;
  /** The report's figure that agrees, or that the draft contradicts. */
  figure?: Figure;
  /** For a contradiction: how the draft's value differs. */
  error?: FigureError;
}

/**
 * The keys of what a stretch of text is about: Han bigrams (weight 1) as a number below 2³⁰ (`hanBigram`), English
 * words (weight 1) interned as negative numbers from -1, and term ids (weight 2) interned from `TERM_KEYS` down. Small
 * integers are stored unboxed, so a 5 MB check makes no number garbage and hashes no strings; and as a key's weight is
 * read off the key (`keyWeight`), a draft's keys are a flat array: a Map per clause was a third of a 5 MB draft's garbage.
 */
interface Keys {
  /** Each key once; an array, not a typed array, whose store above 64 bytes is allocated outside the heap. */
  list: readonly number[];
  /** The sum of their weights. */
  weight: number;
}
/** The first key of a term: words are interned above it, and no text holds 2³⁰ distinct words. */
const TERM_KEYS = -0x4000_0000;
const keyWeight = (key: number) => (key <= TERM_KEYS ? 2 : 1);

/**
 * A report figure prepared for matching. The fields of the figure that every comparison reads (`value`, `valueMax`,
 * `level`, `year`) are copied here: the snapshot's figures come in ten shapes (each optional field present or not), so
 * reading them off the figure was a megamorphic look-up, for every figure near the value of every number of a draft.
 */
interface IndexedFigure extends Pick<Figure, 'value' | 'valueMax' | 'level' | 'year'> {
  figure: Figure;
  /** The unit, its counter folded as the draft's numbers are (個 → 个); normalised names (`CNY`) as they are. */
  unit: string;
  /** `unitFamily` of the unit. */
  family: string;
  /** The value's digits, for the transposition test. */
  digits: string;
  /** Keys of the clause that says what the figure measures, each once (compared through `SubjectKeys.sharedWeight`). */
  local: Int32Array;
  localWeight: number;
  /** Keys of the figure's whole sentence, each once. */
  sentence: Int32Array;
  sentenceWeight: number;
  /** Every year its sentence names: a draft giving any of them does not contradict the year. */
  years: number[];
  /** The number of the last draft number that judged this figure by value (see `statingValue`). */
  stamp: number;
  /** The other figures of its report within `NEIGHBOUR_DISTANCE` characters: the values a writer can take by mistake. */
  neighbours: IndexedFigure[];
}

/** The factors of a 万/亿 slip. */
const SCALE_SLIPS = [1e4, 1e8, 1e-4, 1e-8];

/**
 * 1 for the characters that say nothing about what is measured (function
 * words, verbs of amount, calendar words): a bigram containing one is not a key.
 */
const STOP_CODES = new Uint8Array(0x10000);
for (const char of '的了在和与及是为将已达到从至于对也都而或等其该这年月日约近超过逾余并则就还有被把以上个中共计') STOP_CODES[char.charCodeAt(0)] = 1;
/** 1 for the code units that end a sentence (。！？!? and line breaks): a table read per character of a 5 MB draft. */
const SENTENCE_ENDS = new Uint8Array(0x10000);
for (const char of '。！？!?\n') SENTENCE_ENDS[char.charCodeAt(0)] = 1;
/** 1 for the code units that end a clause. */
const CLAUSE_ENDS = new Uint8Array(0x10000);
for (const char of '，,；;：:。！？!?\n') CLAUSE_ENDS[char.charCodeAt(0)] = 1;
/** The scales and units that follow a number of a clause and are skipped with it (`numberSpanEnd`), longest first. */
const NUMBER_SCALES = ['万亿', '亿', '億', '万', '萬', '千'];
const NUMBER_UNITS = ['个百分点', '個百分點', '美元', '欧元', '歐元', '元', '%', '％'];
const YEAR = /(?<![\d.])((?:19|20)\d{2})\s?年(?!代)/g;

/** Key weight below which a clause is too thin to say what it measures; the clause before is added. */
const THIN_CLAUSE = 3;
/** Share (Dice) of clause keys a report figure must have in common with the draft's clause to be about the same thing. */
const AGREE_SIMILARITY = 0.3;
/** A contradiction needs a clearer subject match: the clause, and the sentence around it. */
const CONTRADICT_SIMILARITY = 0.45;
const CONTRADICT_SENTENCE_SIMILARITY = 0.25;
/**
 * Or the share of the draft sentence's keys its report sentence holds: a writer's short sentence restating part of a long
 * report sentence (`且检测准确率达到98个百分点` from a sentence of sixty characters) shares little of it by Dice, though all
 * it says is there.
 */
const CONTRADICT_SENTENCE_COVER = 0.8;
/** A clause this similar to a figure's (Dice) names what it measures beyond doubt. */
const CLEAR_SUBJECT = 0.8;
/** How much better the neighbour's clause must match than that of the figure whose value the draft states. */
const NEIGHBOUR_MARGIN = 0.3;
/** A second candidate this close in score makes the subject ambiguous: stay silent. */
const AMBIGUITY_MARGIN = 0.1;
/** Sentences checked in one step of `checkInSteps` (a few hundred microseconds of work). */
const SENTENCES_PER_STEP = 16;
/** Sentences whose findings are remembered at most (about a 5 MB draft of distinct sentences). */
const MAX_REMEMBERED = 50_000;
/** Figures of the same report within this many characters are "neighbours" a writer can confuse. */
const NEIGHBOUR_DISTANCE = 400;

/**
 * The unit family two figures must share to be compared; counters are compatible with a bare scaled count.
 * An amount over time (`次/天`, `GB/月`, `CNY/年`) is of its unit's family per that time (`count/天`):
 * a daily average is never compared with a total.
 */
function unitFamily(unit: string): string {
  let family = FAMILY_OF_UNIT.get(unit);
  if (family === undefined) {
    const per = unit.indexOf('/');
    if (per >= 0) family = `${unitFamily(unit.slice(0, per))}${unit.slice(per)}`;
    else if (unit === 'percent' || unit === 'percentage-point') family = 'rate';
    else family = FAMILIES_OF_THEIR_OWN.has(unit) ? unit : 'count';
    FAMILY_OF_UNIT.set(unit, family);
  }
  return family;
}
/** `unitFamily` of each unit met: it is asked for every comparison, and a rate's family is a string built from two. */
const FAMILY_OF_UNIT = new Map<string, string>();
/** Units compared only with themselves. */
const FAMILIES_OF_THEIR_OWN = new Set(['CNY', 'USD', 'EUR', 'times', 'fraction']);

/** Same (folded) unit, or a counter against a bare scaled count (`45.7亿` against `45.7亿个`, `日均870.8万` against `日均870.8万次`). */
function sameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  const family = unitFamily(a);
  return family === unitFamily(b) && family.startsWith('count') && (a.startsWith('count') || b.startsWith('count'));
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The digits a number is written with, and the decimals among them. Constants, not literals in the functions that run
 * them for every number with decimals: a regex literal is a new RegExp object each time it is evaluated.
 */
const WRITTEN_DIGITS = /-?\d[\d,]*(?:\.\d+)?/;
const THOUSANDS_SEPARATORS = /,/g;
const DECIMALS = /\d\.(\d+)/;

/** The number a figure's text writes before any scale or unit (`6,500亿元` → 6500), or undefined for Chinese numerals. */
function writtenNumber(text: string): number | undefined {
  const digits = WRITTEN_DIGITS.exec(text)?.[0];
  return digits === undefined ? undefined : Number(digits.replace(THOUSANDS_SEPARATORS, ''));
}

/** How the writer rounded a number: the factor of its written digits and its decimals (`35.8万亿元` → 10¹², 1). */
interface Rounding {
  scale: number;
  decimals: number;
}

/** The rounding of a number written with decimals; a whole number is taken as exact. */
function roundingOf(draft: ParsedFigure): Rounding | undefined {
  // Most numbers are whole: no pattern is run for them (this is asked for every number of a draft).
  if (!draft.text.includes('.')) return undefined;
  const written = writtenNumber(draft.text);
  const decimals = DECIMALS.exec(draft.text)?.[1].length ?? 0;
  if (written === undefined || written === 0 || decimals === 0) return undefined;
  return { scale: draft.value / written, decimals };
}

/** How far a value may lie from the draft's and still round to it. */
function roundingTolerance(draft: ParsedFigure, rounding: Rounding | undefined): number {
  return rounding ? 0.5 * 10 ** -rounding.decimals * Math.abs(rounding.scale) * (1 + 1e-9) : Math.abs(draft.value) * 1e-9;
}

/**
 * The draft states the report's value: equal, equal once the report's value is
 * rounded as the writer rounded it (`35.84` written `35.8`), or inside a stated range.
 */
function statesValue(draft: ParsedFigure, figure: Pick<Figure, 'value' | 'valueMax' | 'level'>, rounding: Rounding | undefined): boolean {
  // A level or a vague amount (`千亿级`, `几百米` = 200–900 m, `上千个`) agrees only with one said the same way:
  // 500 m is not what `几百米` states, nor is `几百米` what 500 m does.
  if (draft.level !== figure.level) return false;
  if (draft.valueMax === undefined && figure.valueMax !== undefined) return draft.value >= figure.value && draft.value <= figure.valueMax;
  if (draft.valueMax !== undefined && (figure.valueMax === undefined || !nearlyEqual(draft.valueMax, figure.valueMax))) return false;
  if (nearlyEqual(draft.value, figure.value)) return true;
  return rounding !== undefined && nearlyEqual(draft.value, Number((figure.value / rounding.scale).toFixed(rounding.decimals)) * rounding.scale);
}

/** The digits of a value at a fixed precision, for the transposition test (`12.3` → `123000000000`). */
function digitString(value: number): string {
  return Math.abs(value).toFixed(6).replace('.', '').replace(/^0+/, '');
}

/** Two values that differ by swapping two adjacent, different digits (12.3 ↔ 13.2, 67 ↔ 76). */
export function isTransposition(a: number, b: number): boolean {
  return Math.sign(a) === Math.sign(b) && swappedDigits(digitString(a), digitString(b));
}

/** The values a slip of two adjacent digits of `value` gives (12.3 → 21.3, 13.2), in order of the digits, into `into`. */
function digitSwaps(value: number, into: number[]): void {
  const fixed = Math.abs(value).toFixed(6);
  const sign = Math.sign(value);
  for (let a = 0; a + 1 < fixed.length; a++) {
    // The next digit, past the decimal point if it comes first: 12.3 → 13.2 swaps across it.
    const b = fixed[a + 1] === '.' ? a + 2 : a + 1;
    if (fixed[a] === '.' || b >= fixed.length || fixed[a] === fixed[b]) continue;
    into.push(sign * Number(fixed.slice(0, a) + fixed[b] + fixed.slice(a + 1, b) + fixed[a] + fixed.slice(b + 1)));
  }
}

/** Digit strings (of the same precision) that differ by two adjacent digits swapped. */
function swappedDigits(left: string, right: string): boolean {
  if (left.length !== right.length || left === right) return false;
  // The first differing position, and how many differ (no array: this runs for every figure near a draft's value).
  let first = -1;
  let differing = 0;
  for (let i = 0; i < left.length; i++) {
    if (left.charCodeAt(i) === right.charCodeAt(i)) continue;
    if (differing++ === 0) first = i;
  }
  return differing === 2 && left[first + 1] !== right[first + 1] && left[first] === right[first + 1] && left[first + 1] === right[first];
}

/** One value is the other with 万 and 亿 (or 亿 and 万亿) confused: a factor of 10⁴ or 10⁸. */
export function isScaleSlip(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  const ratio = Math.abs(a / b);
  // A loop, not `some` with a closure: this runs for every figure near a draft number's value.
  for (const factor of SCALE_SLIPS) if (Math.abs(ratio / factor - 1) < 1e-9) return true;
  return false;
}

/**
 * The calendar year a number at `start` of `sentence` refers to: the nearest
 * year before it, else the first after it in its clause (as the indexer reads
 * report sentences: `1116傢,2019年企業產值…` is another statement's year).
 */
export function yearNear(sentence: string, start: number): number | undefined {
  return yearNearIn(yearsWritten(sentence), sentence, start);
}

/** A calendar year written in a sentence, and where. */
interface WrittenYear {
  index: number;
  year: number;
}

/**
 * The calendar years of a sentence, in order. One `exec` loop on the shared pattern, after a look for 年:
 * `matchAll` copies the pattern on every call, and this runs for every sentence of a draft that holds a number.
 */
function yearsWritten(sentence: string): WrittenYear[] {
  const years: WrittenYear[] = [];
  if (!sentence.includes('年')) return years;
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(sentence); match !== null; match = YEAR.exec(sentence)) years.push({ index: match.index, year: Number(match[1]) });
  return years;
}

/** `yearNear` over the years of the sentence, found once for all its numbers. */
function yearNearIn(years: readonly WrittenYear[], sentence: string, start: number): number | undefined {
  let before: number | undefined;
  for (const { index, year } of years) {
    if (index < start) before = year;
    else if (index > start) return before ?? (clauseEnd(sentence, start, index) < index ? undefined : year);
  }
  return before;
}

/** Index of a Han character (`isHan`) in 0 … 0x6c00: the BMP ideograph blocks from U+3400, and 〇 last. */
const hanIndex = (code: number) => (code === 0x3007 ? 0x6c00 : code - 0x3400);

/** Key of two adjacent Han characters: below 0x6c01² < 2³⁰, an unboxed integer. */
const hanBigram = (first: number, second: number) => hanIndex(first) * 0x6c01 + hanIndex(second);

/**
 * Where the sentence starting at `start` ends (its `。！？` or line break, else the text's end). A function of its own,
 * not a loop in the generator that calls it: the optimiser compiles the loop tighter here (a tenth of the 5 MB draft's
 * check was this scan).
 */
function sentenceEndFrom(text: string, start: number): number {
  let end = start;
  while (end < text.length && SENTENCE_ENDS[text.charCodeAt(end)] === 0) end++;
  return end;
}

/** Start of the clause holding `offset`: just after the previous clause break. */
function clauseStart(text: string, offset: number, from: number): number {
  let at = offset;
  while (at > from && CLAUSE_ENDS[text.charCodeAt(at - 1)] === 0) at--;
  return at;
}

function clauseEnd(text: string, offset: number, to: number): number {
  let at = offset;
  while (at < to && CLAUSE_ENDS[text.charCodeAt(at)] === 0) at++;
  return at;
}

/**
 * The finder of subject keys: terms through the library's matcher, English
 * words and Han bigrams through its folding, so `人工智慧`, `人工智能` and `AI`
 * give the same term key and `產業` the same bigram as `产业` where the
 * snapshot's folding table knows the characters.
 */
class SubjectKeys {
  /** English words as numeric keys. */
  private readonly words = new Map<string, number>();
  /** Term ids as numeric keys. */
  private readonly terms = new Map<string, number>();

  constructor(private readonly library: Library) {}

  private readonly addTerm: Parameters<Library['matcher']['scan']>[1] = (match) => {
    this.add(this.termKey(match.value.id));
  };

  private termKey(id: string): number {
    let key = this.terms.get(id);
    if (key === undefined) {
      key = TERM_KEYS - this.terms.size;
      this.terms.set(id, key);
    }
    return key;
  }

  private wordKey(word: string): number {
    let key = this.words.get(word);
    if (key === undefined) {
      key = -1 - this.words.size;
      this.words.set(word, key);
    }
    return key;
  }

  // The keys being collected (`begin`, `add`, `collected`): each kept once through an open-addressing table whose
  // slots count as empty unless stamped with the current collection, so starting one clears nothing.
  private slots = new Int32Array(1024);
  private slotStamps = new Uint32Array(1024);
  /** 32 − log2 of the table's size: the shift that takes a hash's top bits as a slot. */
  private slotShift = 22;
  private stamp = 0;
  private found = new Int32Array(512);
  private count = 0;
  private total = 0;

  private begin(): void {
    this.inTable = undefined;
    this.count = 0;
    this.total = 0;
    if (++this.stamp === 0xffff_ffff) {
      this.slotStamps.fill(0);
      this.stamp = 1;
    }
  }

  private add(key: number): void {
    const mask = this.slots.length - 1;
    for (let slot = Math.imul(key, 0x9e37_79b1) >>> this.slotShift; this.slotStamps[slot] === this.stamp; slot = (slot + 1) & mask) {
      if (this.slots[slot] === key) return;
    }
    if (this.count === this.found.length) {
      const found = new Int32Array(2 * this.count);
      found.set(this.found);
      this.found = found;
    }
    this.found[this.count++] = key;
    this.total += keyWeight(key);
    if (2 * this.count > this.slots.length) this.growTable();
    else this.place(key);
  }

  /** Stamps `key` into the first free slot of its probe sequence. */
  private place(key: number): void {
    const mask = this.slots.length - 1;
    let slot = Math.imul(key, 0x9e37_79b1) >>> this.slotShift;
    while (this.slotStamps[slot] === this.stamp) slot = (slot + 1) & mask;
    this.slotStamps[slot] = this.stamp;
    this.slots[slot] = key;
  }

  /** Doubles the table (a clause of a long unpunctuated line has many keys) and places the keys found so far again. */
  private growTable(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    this.slotStamps = new Uint32Array(this.slots.length);
    this.slotShift--;
    for (let i = 0; i < this.count; i++) this.place(this.found[i]);
  }

  private collected(): Keys {
    const list = new Array<number>(this.count);
    for (let i = 0; i < this.count; i++) list[i] = this.found[i];
    const keys = { list, weight: this.total };
    this.inTable = keys;
    return keys;
  }

  /**
   * The keys the table holds, when they are those of one `Keys` (the last collected or loaded): a draft's keys are
   * compared with figure after figure, so they are stamped into the table once and each figure key costs a probe.
   */
  private inTable?: Keys;

  /** Stamps `keys` into the table in place of what it held. The table grew to hold them when they were collected. */
  private load(keys: Keys): void {
    this.begin();
    for (const key of keys.list) this.place(key);
    this.inTable = keys;
  }

  /** Weight of the keys a draft's (`draft`, from this finder) and a figure's (`figure`, each once) share. */
  sharedWeight(draft: Keys, figure: Int32Array): number {
    if (this.inTable !== draft) this.load(draft);
    const mask = this.slots.length - 1;
    let shared = 0;
    for (const key of figure) {
      for (let slot = Math.imul(key, 0x9e37_79b1) >>> this.slotShift; this.slotStamps[slot] === this.stamp; slot = (slot + 1) & mask) {
        if (this.slots[slot] === key) {
          shared += keyWeight(key);
          break;
        }
      }
    }
    return shared;
  }

  /**
   * Adds the keys of `text[from, to)`, skipping number spans (a number is no subject word);
   * `folded` is the whole of `text` folded (folding keeps offsets), folded once per sentence.
   */
  private addRange(text: string, folded: string, from: number, to: number): void {
    if (to <= from) return;
    this.library.matcher.scan(text, this.addTerm, from, to);
    // Other numbers of the clause, with their scales and units, are skipped: `亿元` or `百分点` says nothing about the subject.
    let wordStart = -1;
    for (let i = from; i <= to; i++) {
      const code = i < to ? folded.charCodeAt(i) : 0x20;
      if (code >= 0x61 && code <= 0x7a) {
        if (wordStart < 0) wordStart = i;
        continue;
      }
      if (wordStart >= 0 && i - wordStart >= 2) this.add(this.wordKey(folded.slice(wordStart, i)));
      wordStart = -1;
      if (isAsciiDigit(code)) {
        i = numberSpanEnd(folded, i, to);
        continue;
      }
      const next = i + 1 < to ? folded.charCodeAt(i + 1) : 0x20;
      if (isHan(code) && isHan(next) && STOP_CODES[code] === 0 && STOP_CODES[next] === 0) this.add(hanBigram(code, next));
    }
  }

  /** Keys of `text[from, to)` (see `addRange`). */
  of(text: string, folded: string, from: number, to: number): Keys {
    this.begin();
    this.addRange(text, folded, from, to);
    return this.collected();
  }

  /**
   * Keys of what a number measures: its clause (the words before it and, when
   * it reads `63%的企业…`, after it); a clause too thin to say anything takes
   * in the clause before it.
   */
  subjectOf(sentence: string, folded: string, start: number, end: number): Keys {
    let from = clauseStart(sentence, start, 0);
    const afterEnd = sentence[end] === '的' ? clauseEnd(sentence, end, sentence.length) : -1;
    for (let extensions = 0; ; extensions++) {
      this.begin();
      this.addRange(sentence, folded, from, start);
      if (afterEnd >= 0) this.addRange(sentence, folded, end + 1, afterEnd);
      if (this.total >= THIN_CLAUSE || from === 0 || extensions === 2) return this.collected();
      from = clauseStart(sentence, from - 1, 0);
    }
  }
}

const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The first of `words` written at `at` and ending by `to`: its end, else `at`. */
function wordEnd(text: string, at: number, to: number, words: readonly string[]): number {
  for (const word of words) if (at + word.length <= to && text.startsWith(word, at)) return at + word.length;
  return at;
}

/**
 * The last code unit of the number starting at `start` (a digit) with its scale and unit:
 * digits and separators, a space, `万亿`/`亿`/…, a space, `元`/`%`/`个百分点`/….
 */
function numberSpanEnd(text: string, start: number, to: number): number {
  let at = start;
  // Digits and the separators `.` and `,`.
  while (at < to && (isAsciiDigit(text.charCodeAt(at)) || text.charCodeAt(at) === 0x2e || text.charCodeAt(at) === 0x2c)) at++;
  // Spaces read by code unit: `/\s/` on `text[at]` made a one-character string per number of every clause keyed.
  if (at < to && isWhiteSpaceCode(text.charCodeAt(at))) at++;
  at = wordEnd(text, at, to, NUMBER_SCALES);
  if (at < to && isWhiteSpaceCode(text.charCodeAt(at))) at++;
  return wordEnd(text, at, to, NUMBER_UNITS) - 1;
}

/** Index of the first of `values` (sorted) that is at least `low`. */
function firstAtLeast(values: Float64Array, low: number): number {
  let first = 0;
  let last = values.length;
  while (first < last) {
    const middle = (first + last) >> 1;
    if (values[middle] < low) first = middle + 1;
    else last = middle;
  }
  return first;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Dice similarity of two weighted key sets. */
function dice(shared: number, left: number, right: number): number {
  return left + right === 0 ? 0 : (2 * shared) / (left + right);
}

/** A value's digits at fixed precision (`digitString`) and the values a swap of two adjacent digits gives (`digitSwaps`). */
interface DigitForms {
  digits: string;
  swaps: readonly number[];
}

/**
 * A report figure and how well its subject matches a draft number's: its clause (`local`) and, computed when a
 * comparison first needs it, its sentence. Most numbers agree with one figure and never need the sentence, whose
 * keys cost a scan of the whole draft sentence.
 */
class Candidate {
  private sentenceSimilarity?: number;
  /** The share of the draft sentence's key weight that the figure's sentence holds (computed with `sentence`). */
  private sentenceCover = 0;

  constructor(
    readonly entry: IndexedFigure,
    readonly local: number,
    private readonly draft: DraftNumber,
  ) {}

  get sentence(): number {
    if (this.sentenceSimilarity === undefined) {
      const keys = this.draft.sentenceKeys();
      const shared = this.draft.sentenceShared(this.entry.sentence);
      this.sentenceSimilarity = dice(shared, keys.weight, this.entry.sentenceWeight);
      this.sentenceCover = keys.weight === 0 ? 0 : shared / keys.weight;
    }
    return this.sentenceSimilarity;
  }

  /** Whether the figure's sentence is about what the draft's says, enough to warn (see CONTRADICT_SENTENCE_SIMILARITY). */
  get sentenceClear(): boolean {
    return this.sentence >= CONTRADICT_SENTENCE_SIMILARITY || this.sentenceCover >= CONTRADICT_SENTENCE_COVER;
  }
}

/** What checking one number concludes. */
type Outcome = Pick<FigureFinding, 'status' | 'figure' | 'error'>;
/**
 * The outcome of most numbers of a draft, one object: outcomes are only read (`checkSentence` copies them into its
 * findings), so it need not be made per number. Not frozen: a frozen object's shape is one more for the code reading
 * outcomes to tell apart.
 */
const UNKNOWN: Readonly<Outcome> = { status: 'unknown' };

/** The fields of a `SentenceMemory` entry, in its `entries`. */
const ENTRY_HASH = 0;
const ENTRY_TEXT = 1;
const ENTRY_START = 2;
const ENTRY_END = 3;
const ENTRY_FIRST_FINDING = 4;
const ENTRY_FINDINGS = 5;
const ENTRY_FIELDS = 6;

/** A text being checked, as an object: `SentenceMemory` tells the texts it holds apart by identity. */
class CheckedText {
  constructor(readonly text: string) {}
}

/** FNV-1a of `text[start, end)`, by code unit: a sentence is hashed where it lies, with no string cut out for it. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c_9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x0100_0193);
  return hash;
}

/**
 * What `checkSentence` remembers: the findings of each sentence checked, by its text, in numbers. A sentence is an
 * entry of offsets into the checked text it was read in (kept whole, once per check) and the run of `findings` that
 * are its own; it is found again by a hash of its text, and told apart from others of the same hash by comparing the
 * text. A Map from each sentence's string to a record of its findings kept three objects per sentence alive past the
 * check (the string, the record, its array): a tenth of the distinct 5 MB draft's check. Bounded: a draft of unique
 * sentences does not grow the memory without end.
 */
class SentenceMemory {
  /** The checked texts the entries' sentences are in, each once (told apart by object, not by comparing 5 MB). */
  private texts: CheckedText[] = [];
  /** The findings of the sentences, each sentence's a run (`ENTRY_FIRST_FINDING`, `ENTRY_FINDINGS`). */
  private findings: FigureFinding[] = [];
  /** `ENTRY_FIELDS` numbers per sentence remembered. */
  private entries = new Int32Array(ENTRY_FIELDS * 1024);
  private count = 0;
  /** Open addressing by hash: 1 + the entry held, 0 for an empty slot; at most half full. */
  private slots = new Int32Array(2048);

  /** The entry of the sentence `text[start, end)`, whose hash is `hash`, or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (this.field(entry, ENTRY_HASH) === hash && this.holds(entry, text, start, end)) return entry;
    }
    return -1;
  }

  /**
   * Adds the findings of `entry` to `into`, moved to where its sentence starts now (`start`): where it has not moved,
   * the remembered findings themselves (they are never changed once made).
   */
  recall(entry: number, start: number, into: FigureFinding[]): void {
    const shift = start - this.field(entry, ENTRY_START);
    const first = this.field(entry, ENTRY_FIRST_FINDING);
    const last = first + this.field(entry, ENTRY_FINDINGS);
    for (let i = first; i < last; i++) into.push(shift === 0 ? this.findings[i] : shiftedFinding(this.findings[i], shift));
  }

  private field(entry: number, field: number): number {
    return this.entries[ENTRY_FIELDS * entry + field];
  }

  /** Whether the sentence of `entry` is `text[start, end)`. */
  private holds(entry: number, text: string, start: number, end: number): boolean {
    const stored = this.texts[this.field(entry, ENTRY_TEXT)].text;
    const storedStart = this.field(entry, ENTRY_START);
    if (this.field(entry, ENTRY_END) - storedStart !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (stored.charCodeAt(storedStart + i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  /** Remembers the sentence `text[start, end)`, whose hash is `hash`, and its findings: `found[from, found.length)`. */
  remember(checked: CheckedText, start: number, end: number, hash: number, found: readonly FigureFinding[], from: number): void {
    if (this.count >= MAX_REMEMBERED) this.clear();
    if (this.texts[this.texts.length - 1] !== checked) this.texts.push(checked);
    if (ENTRY_FIELDS * (this.count + 1) > this.entries.length) this.grow();
    const at = ENTRY_FIELDS * this.count;
    this.entries[at + ENTRY_HASH] = hash;
    this.entries[at + ENTRY_TEXT] = this.texts.length - 1;
    this.entries[at + ENTRY_START] = start;
    this.entries[at + ENTRY_END] = end;
    this.entries[at + ENTRY_FIRST_FINDING] = this.findings.length;
    this.entries[at + ENTRY_FINDINGS] = found.length - from;
    for (let i = from; i < found.length; i++) this.findings.push(found[i]);
    this.place(this.count++);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.field(entry, ENTRY_HASH) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  /** Doubles the entries and the slots, and places the entries again. */
  private grow(): void {
    const entries = new Int32Array(2 * this.entries.length);
    entries.set(this.entries);
    this.entries = entries;
    this.slots = new Int32Array(2 * this.slots.length);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }

  private clear(): void {
    this.texts = [];
    this.findings = [];
    this.count = 0;
    this.slots.fill(0);
  }
}

/** The figures of a unit family sorted by value, and their values in a flat array for the range look-ups. */
interface SortedFigures {
  figures: readonly IndexedFigure[];
  values: Float64Array;
}
const NO_FIGURES: SortedFigures = { figures: [], values: new Float64Array(0) };
/** The figures stating a range of a unit family that has none. */
const NO_RANGES: readonly IndexedFigure[] = [];

/** A draft sentence being checked, folded once, with its keys computed when a number first needs them. */
class DraftSentence {
  private keys?: Keys;

  constructor(
    readonly text: string,
    readonly folded: string,
    readonly finder: SubjectKeys,
  ) {}

  sentenceKeys(): Keys {
    this.keys ??= this.finder.of(this.text, this.folded, 0, this.text.length);
    return this.keys;
  }
}

/**
 * The draft's number, its sentence and the keys of both; and its value as the comparisons read it (`DraftValue`), kept
 * here rather than in an object of its own made per number.
 */
class DraftNumber implements DraftValue {
  private keys?: Keys;

  constructor(
    readonly parsed: ParsedFigure,
    readonly year: number | undefined,
    private readonly sentence: DraftSentence,
    readonly digits: string,
  ) {
    this.family = unitFamily(parsed.unit);
    this.rounding = roundingOf(parsed);
  }

  readonly family: string;
  readonly rounding: Rounding | undefined;

  /** The subject keys, computed on first use: most numbers relate to no figure by value and never need them. */
  subject(): Keys {
    if (!this.keys) {
      const { text, folded, finder } = this.sentence;
      this.keys = finder.subjectOf(text, folded, this.parsed.start, this.parsed.end);
    }
    return this.keys;
  }

  /** The keys of the number's whole sentence. */
  sentenceKeys(): Keys {
    return this.sentence.sentenceKeys();
  }

  /** Weight of the subject keys a figure's clause keys share. */
  subjectShared(figureKeys: Int32Array): number {
    return this.sentence.finder.sharedWeight(this.subject(), figureKeys);
  }

  /** Weight of the sentence keys a figure's sentence keys share. */
  sentenceShared(figureKeys: Int32Array): number {
    return this.sentence.finder.sharedWeight(this.sentenceKeys(), figureKeys);
  }
}

/**
 * The reports' figures, indexed for checking drafts: each figure's clause and
 * sentence keys, and postings from clause keys to figures, so a draft number
 * is compared only with figures that share a subject word.
 */
export class FigureChecker {
  private readonly keys: SubjectKeys;
  private readonly entries: IndexedFigure[] = [];
  private readonly postings = new Map<number, number[]>();
  /** Per unit family: its figures sorted by value, for range look-ups of the values a draft's number relates to. */
  private readonly byFamily = new Map<string, SortedFigures>();
  /** Per unit family: its figures stating a range (`60%~80%`), few, compared one by one. */
  private readonly ranges = new Map<string, IndexedFigure[]>();
  /** The findings of sentences already checked, by sentence text (see `checkSentence`). */
  private readonly remembered = new SentenceMemory();
  /** Stamps of `statingValue` and `slippedValue`. */
  private stamp = 0;
  /**
   * The figures `statingValue` and `slippedValue` found related by value to the number being compared: the first
   * `relatedCount`. One array for the whole check, overwritten number after number: an array per look-up was a
   * twentieth of a 5 MB draft's garbage.
   */
  private readonly related: IndexedFigure[] = [];
  private relatedCount = 0;
  /** See `digitForms`. */
  private readonly digitsOfValues = new Map<number, DigitForms>();

  constructor(readonly library: Library) {
    this.keys = new SubjectKeys(library);
    const byReport = new Map<string, IndexedFigure[]>();
    const familyLists = new Map<string, IndexedFigure[]>();
    for (const figure of library.snapshot.figures) {
      const entry = this.indexFigure(figure);
      const index = this.entries.push(entry) - 1;
      for (const key of entry.local) pushTo(this.postings, key, index);
      pushTo(byReport, figure.reportId, entry);
      pushTo(familyLists, entry.family, entry);
      if (figure.valueMax !== undefined) pushTo(this.ranges, entry.family, entry);
    }
    for (const [family, figures] of familyLists) {
      figures.sort((a, b) => a.figure.value - b.figure.value);
      this.byFamily.set(family, { figures, values: Float64Array.from(figures, (entry) => entry.figure.value) });
    }
    for (const list of byReport.values()) linkNeighbours(list);
  }

  private indexFigure(figure: Figure): IndexedFigure {
    const sentence = figure.quote;
    // The figure's place in its sentence: the parsed number with its text, else its first occurrence.
    const folded = this.library.folding.fold(sentence);
    const parsed = findFigures(folded).find((candidate) => sentence.slice(candidate.start, candidate.end) === figure.text);
    const start = parsed?.start ?? Math.max(0, sentence.indexOf(figure.text));
    const end = parsed?.end ?? start + figure.text.length;
    const local = this.keys.subjectOf(sentence, folded, start, end);
    const sentenceKeys = this.keys.of(sentence, folded, 0, sentence.length);
    return { figure, value: figure.value, valueMax: figure.valueMax, level: figure.level, year: figure.year, unit: /^[\x20-\x7e]+$/.test(figure.unit) ? figure.unit : withLatinCase(figure.unit, this.library.folding.fold(figure.unit)), family: unitFamily(figure.unit), digits: digitString(figure.value), local: Int32Array.from(local.list), localWeight: local.weight, sentence: Int32Array.from(sentenceKeys.list), sentenceWeight: sentenceKeys.weight, years: yearsWritten(sentence).map((written) => written.year), stamp: 0, neighbours: [] };
  }

  /**
   * Weight of the clause keys each figure shares with the draft's clause:
   * through the postings, or — `naive`, the benchmark's baseline — by comparing
   * the draft with every figure.
   */
  private sharedClauseWeights(draft: DraftNumber, naive: boolean): Map<number, number> {
    const shared = new Map<number, number>();
    const local = draft.subject();
    if (naive) {
      this.entries.forEach((entry, index) => shared.set(index, draft.subjectShared(entry.local)));
      return shared;
    }
    for (const key of local.list) {
      for (const index of this.postings.get(key) ?? []) shared.set(index, (shared.get(index) ?? 0) + keyWeight(key));
    }
    return shared;
  }

  /** Figures about the same thing as the draft's number, in the same unit family, best first. */
  private candidates(draft: DraftNumber, naive: boolean): Candidate[] {
    const found: Candidate[] = [];
    for (const [index, localShared] of this.sharedClauseWeights(draft, naive)) {
      const candidate = this.candidate(draft, this.entries[index], localShared);
      if (candidate) found.push(candidate);
    }
    return found.sort((a, b) => score(b) - score(a));
  }

  /**
   * A figure as a candidate for the draft's number: same unit family and a clause at least `minimum` similar, else
   * undefined. Two clauses of very different weights cannot be that similar whatever they share (Dice is at most
   * 2·min/(sum)): most figures next to an agreeing one are ruled out so, without comparing their keys.
   */
  private candidate(draft: DraftNumber, entry: IndexedFigure, localShared?: number, minimum = AGREE_SIMILARITY): Candidate | undefined {
    if (entry.family !== draft.family) return undefined;
    const subject = draft.subject();
    if (localShared === undefined && dice(Math.min(subject.weight, entry.localWeight), subject.weight, entry.localWeight) < minimum) return undefined;
    const local = dice(localShared ?? draft.subjectShared(entry.local), subject.weight, entry.localWeight);
    if (local < minimum) return undefined;
    return new Candidate(entry, local, draft);
  }

  /**
   * The figures of the unit family that state the draft's value or equal it: those within its rounding, and those
   * stating a range. Only these can agree with it (`agrees`), so a number that agrees is judged on them alone.
   * Returns how many: they are the first of `related`.
   */
  private statingValue(value: DraftValue, stamp: number): number {
    const { parsed, rounding, family } = value;
    this.relatedCount = 0;
    this.around(this.byFamily.get(family) ?? NO_FIGURES, parsed.value, roundingTolerance(parsed, rounding), value, stamp);
    for (const entry of this.ranges.get(family) ?? NO_RANGES) this.consider(entry, value, stamp);
    return this.relatedCount;
  }

  /**
   * Whether a figure of the unit family is a slip of the draft's value — its 万/亿 shift or a digit swap — past those
   * `statingValue` judged under the same `stamp`. When neither finds one, every rule of the full comparison ends in
   * `unknown`, and the subject need not be matched.
   */
  private slippedValue(value: DraftValue, stamp: number): boolean {
    const { parsed } = value;
    const list = this.byFamily.get(value.family) ?? NO_FIGURES;
    const before = this.relatedCount;
    for (const factor of SCALE_SLIPS) this.around(list, parsed.value * factor, Math.abs(parsed.value * factor) * 1e-9, value, stamp);
    for (const swapped of this.digitForms(parsed.value).swaps) this.around(list, swapped, Math.abs(swapped) * 1e-9, value, stamp);
    return this.relatedCount > before;
  }

  /** Considers the figures of `list` within `tolerance` of `target`. */
  private around(list: SortedFigures, target: number, tolerance: number, value: DraftValue, stamp: number): void {
    const { figures, values } = list;
    for (let i = firstAtLeast(values, target - tolerance); i < values.length && values[i] <= target + tolerance; i++) this.consider(figures[i], value, stamp);
  }

  /** Adds `entry` to `related` when it states the draft's value, equals it or is a slip of it; once per `stamp`. */
  private consider(entry: IndexedFigure, value: DraftValue, stamp: number): void {
    if (entry.stamp === stamp) return;
    entry.stamp = stamp;
    const { parsed, rounding } = value;
    if (nearlyEqual(entry.value, parsed.value) || statesValue(parsed, entry, rounding) || valueSlip(value, entry) !== undefined) this.related[this.relatedCount++] = entry;
  }

  /**
   * A value's digits and the values its digit swaps give, remembered per value: both are built through strings,
   * and a draft writes the same values (years, 50 %, 100) again and again. Bounded as `remembered` is.
   */
  private digitForms(value: number): DigitForms {
    let forms = this.digitsOfValues.get(value);
    if (forms === undefined) {
      const swaps: number[] = [];
      digitSwaps(value, swaps);
      forms = { digits: digitString(value), swaps };
      if (this.digitsOfValues.size >= MAX_REMEMBERED) this.digitsOfValues.clear();
      this.digitsOfValues.set(value, forms);
    }
    return forms;
  }

  /**
   * Checks one number of a draft sentence. A level or a vague amount, the draft's or the report's (`千亿级`, `几百米`,
   * `上千个`), states no exact value a slip could be read from: the check stays silent on it rather than warn, as a
   * false alarm costs the writer more than a miss.
   */
  private checkNumber(draft: DraftNumber, naive: boolean): Outcome {
    const outcome = this.compareNumber(draft, naive);
    const figure = outcome.figure;
    if (outcome.status !== 'contradicts' || figure === undefined || (!isVague(draft.parsed) && !isVague(figure))) return outcome;
    // The same vague amount said of another year is still a slip of the year: no value is read as exact.
    return outcome.error === 'year' && statesValue(draft.parsed, figure, undefined) ? outcome : UNKNOWN;
  }

  /** `checkNumber`'s comparison of a number with the figures, levels and vague amounts included. */
  private compareNumber(draft: DraftNumber, naive: boolean): Outcome {
    const { parsed, year } = draft;
    if (!naive) {
      // Fast paths, with the outcome of the full comparison below: a figure that agrees, or none related by value.
      // Each figure is judged once per number (a stamp instead of a set: this runs for every number of a draft).
      const stamp = ++this.stamp;
      const stating = this.statingValue(draft, stamp);
      let best: Candidate | undefined;
      for (let i = 0; i < stating; i++) {
        const entry = this.related[i];
        if (!agrees(draft, entry)) continue;
        const candidate = this.candidate(draft, entry);
        if (candidate !== undefined && (best === undefined || score(candidate) > score(best))) best = candidate;
      }
      if (best) return this.swappedWithNeighbour(draft, best) ?? { status: 'agrees', figure: best.entry.figure };
      if (stating === 0 && !this.slippedValue(draft, stamp)) return UNKNOWN;
    }
    const candidates = this.candidates(draft, naive);
    const agreeing = candidates.find((candidate) => agrees(draft, candidate.entry));
    if (agreeing) return this.swappedWithNeighbour(draft, agreeing) ?? { status: 'agrees', figure: agreeing.entry.figure };

    const clear = candidates.filter((candidate) => candidate.local >= CONTRADICT_SIMILARITY && candidate.sentenceClear);
    // The same value and unit, about the same thing, but for a year the report's sentence never names:
    // the report's figure for the draft's year when it has one (its value is the one to use), else the one with this value.
    const sameValue = clear.find((candidate) => sameUnit(parsed.unit, candidate.entry.unit) && nearlyEqual(candidate.entry.figure.value, parsed.value));
    if (sameValue) {
      const { figure, years } = sameValue.entry;
      if (year === undefined || figure.year === undefined || years.includes(year)) return UNKNOWN;
      const forThatYear = clear.find((candidate) => candidate.entry.figure.year === year && sameUnit(parsed.unit, candidate.entry.unit));
      return { status: 'contradicts', figure: (forThatYear ?? sameValue).entry.figure, error: 'year' };
    }
    const sameYear = clear.filter((candidate) => isOfYear(candidate.entry, year));
    // A transposition, a scale or a percent-for-points slip names its figure by value: one such figure is enough,
    // and a draft that names no year (`截至今年6月底`) may make it about any year of the figure.
    const slipped = (year === undefined ? clear : sameYear).map((candidate) => ({ candidate, error: valueSlip(draft, candidate.entry) })).filter((found) => found.error !== undefined);
    if (slipped.length > 0 && slipped.every((found) => nearlyEqual(found.candidate.entry.figure.value, slipped[0].candidate.entry.figure.value))) {
      return { status: 'contradicts', figure: slipped[0].candidate.entry.figure, error: slipped[0].error };
    }
    if (slipped.length > 0) return UNKNOWN;
    // A neighbour's value needs the figure to be the one clear best match: two figures with different values
    // that fit about as well make which one the writer meant a guess.
    const best = sameYear[0];
    if (!best) return UNKNOWN;
    const rival = sameYear.find((candidate) => candidate !== best && !nearlyEqual(candidate.entry.figure.value, best.entry.figure.value) && score(best) - score(candidate) < AMBIGUITY_MARGIN);
    if (rival || !this.isNeighbourValue(parsed, best.entry)) return UNKNOWN;
    return { status: 'contradicts', figure: best.entry.figure, error: 'neighbour' };
  }

  /**
   * A value that agrees with one figure, written in the words of its neighbour:
   * the clause matches a figure close by in the same report far better than the
   * figure whose value it states (`覆盖率100%` where the report has 覆盖率90%
   * and, a clause later, 全国100%区县). A writer took the value next door.
   */
  private swappedWithNeighbour(draft: DraftNumber, agreeing: Candidate): Outcome | undefined {
    if (agreeing.local >= CLEAR_SUBJECT) return undefined;
    const stated = agreeing.entry;
    // Only the figures next door are compared: a handful, so an agreeing number costs little more.
    for (const entry of agreeing.entry.neighbours) {
      const figure = entry.figure;
      if (nearlyEqual(entry.value, stated.value) || !sameUnit(draft.parsed.unit, entry.unit)) continue;
      const candidate = this.candidate(draft, entry, undefined, Math.max(CLEAR_SUBJECT, agreeing.local + NEIGHBOUR_MARGIN));
      if (candidate && candidate.local >= CLEAR_SUBJECT && candidate.local - agreeing.local >= NEIGHBOUR_MARGIN && candidate.sentence >= CONTRADICT_SENTENCE_SIMILARITY) {
        return { status: 'contradicts', figure, error: 'neighbour' };
      }
    }
    return undefined;
  }

  /** The draft's value is that of another figure of the same unit close by in the same report. */
  private isNeighbourValue(parsed: ParsedFigure, entry: IndexedFigure): boolean {
    const figure = entry.figure;
    if (parsed.valueMax !== undefined || !sameUnit(parsed.unit, entry.unit)) return false;
    // A neighbour's value is one it states: not the bound of a range or a vague amount (`几百米` is no 200 m).
    return entry.neighbours.some((other) => other.figure.unit === figure.unit && other.figure.valueMax === undefined && !other.figure.level && nearlyEqual(other.figure.value, parsed.value));
  }

  /**
   * Checks every number of `text`; offsets of the findings are offsets in `text`.
   * Sentences end at `。！？` and line breaks, so checking a line alone gives the
   * same answer as checking it inside its document (what incremental checking relies on).
   * `naive` compares each number with every figure instead of using the postings:
   * the same findings, slower — the benchmark's baseline.
   */
  check(text: string, naive = false): FigureFinding[] {
    return runSteps(this.checkInSteps(text, naive));
  }

  /**
   * `check` in steps of a few sentences, for `runInSlices`: a 5 MB draft — even
   * one line of it — is checked without holding the thread for more than a slice.
   */
  *checkInSteps(text: string, naive = false): Steps<FigureFinding[]> {
    const findings: FigureFinding[] = [];
    const checked = new CheckedText(text);
    let sentenceStart = 0;
    for (let sentences = 1; sentenceStart < text.length; sentences++) {
      const sentenceEnd = sentenceEndFrom(text, sentenceStart);
      // Most sentences of prose hold nothing a figure can begin with: they are not even cut out of the text.
      const figureStart = firstFigureStart(text, this.library.folding.codes, sentenceStart, sentenceEnd);
      if (figureStart < sentenceEnd) {
        this.checkSentence(checked, sentenceStart, sentenceEnd, figureStart, naive, findings);
      }
      sentenceStart = sentenceEnd + 1;
      if (sentences % SENTENCES_PER_STEP === 0) yield;
    }
    return findings;
  }

  /**
   * Adds to `findings` those of the sentence `checked.text[start, end)`, which may hold a figure from `figureStart` on
   * (`firstFigureStart`). A sentence's findings depend on its text alone, so they are remembered: a draft that repeats
   * a sentence (a boilerplate line, a quote kept in two places) or a document checked again after an edit or a
   * settings change costs a look-up per sentence (`SentenceMemory.recall`). The naive baseline remembers nothing.
   */
  private checkSentence(checked: CheckedText, start: number, end: number, figureStart: number, naive: boolean, findings: FigureFinding[]): void {
    const { text } = checked;
    const memory = this.remembered;
    const hash = naive ? 0 : hashOf(text, start, end);
    const remembered = naive ? -1 : memory.find(text, start, end, hash);
    if (remembered >= 0) return memory.recall(remembered, start, findings);
    const sentence = text.slice(start, end);
    // Parsed in folded text (same length, so offsets hold): `38.5萬億元` reads as `38.5万亿元`.
    const folded = this.library.folding.fold(sentence);
    const figures = findFigures(withLatinCase(sentence, folded), figureStart - start);
    const first = findings.length;
    // A quarter of the sentences of a draft dense with numbers hold no statistic after all (a date, `第3`).
    if (figures.length > 0) {
      const draftSentence = new DraftSentence(sentence, folded, this.keys);
      const years = yearsWritten(sentence);
      for (const parsed of figures) {
        const year = yearNearIn(years, sentence, parsed.start);
        const draft = new DraftNumber(parsed, year, draftSentence, this.digitForms(parsed.value).digits);
        const { status, figure, error } = this.checkNumber(draft, naive);
        findings.push(new Finding(start + parsed.start, start + parsed.end, sentence.slice(parsed.start, parsed.end), parsed.value, parsed.unit, status, figure, error, year));
      }
    }
    if (!naive) memory.remember(checked, start, end, hash, findings, first);
  }
}

/**
 * A finding, every field written (absent ones `undefined`) by one constructor, so all findings share one shape:
 * spreading from a base object, and adding the optional fields one by one, cost a tenth of a 5 MB draft's check. A
 * class, not an object literal: V8 watches where literals are made, sees every finding outlive the check and then
 * allocates them in the old generation, where each cost more to make than a young object costs to copy once (a tenth
 * of the distinct 5 MB draft's check). Instances of a class are made young.
 */
class Finding implements FigureFinding {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly value: number,
    readonly unit: string,
    readonly status: FigureStatus,
    readonly figure: Figure | undefined,
    readonly error: FigureError | undefined,
    readonly year: number | undefined,
  ) {}
}

/** A finding moved by `shift` code units, with its sentence. */
function shiftedFinding(found: FigureFinding, shift: number): FigureFinding {
  return new Finding(shift + found.start, shift + found.end, found.text, found.value, found.unit, found.status, found.figure, found.error, found.year);
}

/** Fills each figure's `neighbours` from the figures of one report. */
function linkNeighbours(report: IndexedFigure[]): void {
  const byOffset = [...report].sort((a, b) => a.figure.offset - b.figure.offset);
  let first = 0;
  for (const entry of byOffset) {
    while (entry.figure.offset - byOffset[first].figure.offset > NEIGHBOUR_DISTANCE) first++;
    for (let i = first; i < byOffset.length && byOffset[i].figure.offset - entry.figure.offset <= NEIGHBOUR_DISTANCE; i++) {
      if (byOffset[i] !== entry) entry.neighbours.push(byOffset[i]);
    }
  }
}

/** A draft number's value, with what comparing it needs computed once. */
interface DraftValue {
  readonly parsed: ParsedFigure;
  /** `unitFamily` of its unit: asked of every figure near the value, looked up once. */
  readonly family: string;
  /** The value's digits, for the transposition test. */
  readonly digits: string;
  readonly rounding: Rounding | undefined;
  readonly year: number | undefined;
}

/**
 * Whether a figure is about the draft's year: its own year, or — for a figure of no one year, a total or a rate over a
 * span (`预计2020—2025年期间…累计投资将达到6500亿元`) — any year its sentence names (the draft that writes the span out reads
 * as of its last year).
 */
function isOfYear(entry: IndexedFigure, year: number | undefined): boolean {
  return entry.year === year || (entry.year === undefined && year !== undefined && entry.years.includes(year));
}

/** The draft's number agrees with the figure by value: a year it fits, the same unit, its value stated. */
function agrees(value: DraftValue, entry: IndexedFigure): boolean {
  const { year, parsed } = value;
  const yearFits = year === undefined || entry.year === undefined || entry.year === year || entry.years.includes(year);
  return yearFits && sameUnit(parsed.unit, entry.unit) && statesValue(parsed, entry, value.rounding);
}

/** How the draft's value is a slip of the figure's by its digits, scale or rate unit, if it is one. */
function valueSlip(value: DraftValue, entry: IndexedFigure): FigureError | undefined {
  const { parsed, digits } = value;
  if (parsed.valueMax !== undefined || entry.valueMax !== undefined) return undefined;
  if (value.family === 'rate' && parsed.unit !== entry.unit) return nearlyEqual(parsed.value, entry.value) ? 'percent-vs-points' : undefined;
  if (!sameUnit(parsed.unit, entry.unit)) return undefined;
  if (Math.sign(parsed.value) === Math.sign(entry.value) && swappedDigits(digits, entry.digits)) return 'transposed-digits';
  if (isScaleSlip(parsed.value, entry.value)) return 'scale';
  return undefined;
}

function score(candidate: Candidate): number {
  return candidate.local + 0.5 * candidate.sentence;
}

/** A number as written: its digits, the space after them, a scale word, and what follows (the unit). */
const WRITTEN_NUMBER = /^([0-9][0-9,.]*)(\s*)(万亿|萬億|亿|億|万|萬)?(.*)$/su;
/** Characters of numbers and their units that traditional script writes otherwise. */
const TRADITIONAL_OF: Record<string, string> = { 万: '萬', 亿: '億', 个: '個', 点: '點', 级: '級', 张: '張', 辆: '輛', 项: '項', 笔: '筆', 户: '戶', 亩: '畝', 吨: '噸' };
/** Frequent characters that only traditional script writes: a line holding one is written in it. */
const TRADITIONAL_ONLY = /[萬億個點級們這國經濟數據發與為來對說時會產業務體電網術總關開進區應還從長當實現計機種際資報營]/u;

/**
 * The report's value as the draft should now read it, for "Use the report's value": the digits and scale word of
 * the report's figure, with the writer's own unit and spacing (`5000万元` against the report's `5000亿` becomes
 * `5000亿元`, not `5000亿`: the writer's 元 stays) when both measure the same unit; the report's figure as written
 * when they do not (5% against `5个百分点`) or either is no plain number (a range, Chinese numerals). In the script
 * of the draft's line: `38.5萬億元` becomes `35.8萬億元`, not the report's simplified `35.8万亿元`.
 */
export function reportValueAsWritten(finding: Pick<FigureFinding, 'text' | 'unit'>, figure: Figure, line: string): string {
  const draft = WRITTEN_NUMBER.exec(finding.text);
  const report = WRITTEN_NUMBER.exec(figure.text);
  const text = draft && report && finding.unit === figure.unit && figure.valueMax === undefined ? `${report[1]}${draft[2]}${report[3] ?? ''}${draft[4]}` : figure.text;
  return TRADITIONAL_ONLY.test(line) ? text.replace(/./gu, (char) => TRADITIONAL_OF[char] ?? char) : text;
}

/** LaTeX's escaped percent sign right after a number's last digit (`36.2\%`). */
const LATEX_PERCENT = /(?<=\d)\\%/gu;

/**
 * A line of a draft as the figure check reads it. LaTeX writes 36.2% as `36.2\%` (a bare `%` opens a comment), and read
 * as written the backslash ends the number before its unit, so a LaTeX draft's percentages were never checked. The
 * backslash right after a digit reads as a space, which the number reader takes between a number and its unit: offsets
 * stay the document's.
 */
export function figureReadingOf(languageId: string, line: string): string {
  return languageId === 'latex' && line.includes('\\%') ? line.replace(LATEX_PERCENT, ' %') : line;
}

/** A number found in `figureReadingOf`'s reading, as the writer means it: `36.2\%` in LaTeX is 36.2%. */
export function numberAsMeant(languageId: string, line: string, start: number, end: number): string {
  const written = line.slice(start, end);
  return languageId === 'latex' ? written.replace(LATEX_PERCENT, '%') : written;
}

/** A number as an ignore comment or list names it: without its spaces (`35.8 万亿元` → `35.8万亿元`), one word of the comment. */
const ignoredForm = (number: string) => number.replace(/\s+/gu, '');

/**
 * The comment that marks a number the writer chose to ignore on its line (`<!-- report-lens: ignore 38.5万亿元 -->`),
 * per document language (none for plain text). Without a number, the marker of a whole line, as earlier versions
 * wrote it and as a writer may type it.
 */
export function ignoreComment(languageId: string, number?: string): string | undefined {
  const marker = `report-lens: ignore${number === undefined ? '' : ` ${ignoredForm(number)}`}`;
  if (languageId === 'markdown') return `<!-- ${marker} -->`;
  if (languageId === 'latex') return `% ${marker}`;
  return undefined;
}

const IGNORE_MARKER = /report-lens: ignore(?:[ \t]+(?!-->)(\S+))?/gu;

/**
 * What a line's ignore comments silence: `line`, every number (a marker naming none), or the numbers they name (a
 * paragraph is one line: ignoring one of its numbers leaves the others checked); undefined when it has none.
 */
export function ignoredOnLine(line: string): 'line' | ReadonlySet<string> | undefined {
  if (!line.includes('report-lens: ignore')) return undefined;
  const numbers = new Set<string>();
  for (const marker of line.matchAll(IGNORE_MARKER)) {
    if (marker[1] === undefined) return 'line';
    numbers.add(marker[1]);
  }
  return numbers;
}

/** Whether `ignored` (what a line's comments silence) names the number written `text`. */
export function isIgnoredNumber(ignored: 'line' | ReadonlySet<string> | undefined, text: string): boolean {
  return ignored === 'line' || (ignored?.has(ignoredForm(text)) ?? false);
}

/** A document list's entry for a number ignored on a line of a language without comments: the number and the line's text. */
export function ignoreListEntry(line: string, number: string): string {
  return `${ignoredForm(number)}\t${line.trim()}`;
}

/**
 * What must stay last on a Markdown line for it to mean what it did: a hard line break (trailing spaces, or an odd
 * run of backslashes), a table row's closing pipe (text after it is one more cell: in the header row, no table), an
 * ATX heading's closing #s (text after them makes them part of the heading).
 */
const MARKDOWN_LINE_END = /[ \t]*(?:(?<!\\)(?:\\\\)*\\|(?<!\\)\||[ \t]#+)?[ \t]*$/;

/**
 * The first line of a Markdown link reference definition (`[报告]: https://… "2019年规模38.5万亿元"`), in a quote or a
 * list item too: nothing but spaces may follow its title, so a comment after it makes the line prose and every
 * `[text][报告]` of the draft a bare bracket. A footnote definition (`[^1]: 注`) is prose with a label.
 */
const LINK_DEFINITION = /^(?:[ \t]*>)*[ \t]*(?:[-+*]|\d{1,9}[.)])?[ \t]*\[(?!\^)(?:[^\\\]]|\\.)+\]:/;

/** Whether `line` ends a link reference definition's title: its own (`LINK_DEFINITION`), or one opened on `previous`. */
function endsLinkDefinition(line: string, previous: string | undefined): boolean {
  return LINK_DEFINITION.test(line) || (previous !== undefined && LINK_DEFINITION.test(previous) && /^[ \t]*["'(]/.test(line));
}

/**
 * Where the ignore comment of `number` (of every number, without one) goes on line `lineNumber` of `document`, as an
 * offset, and the text to insert there; undefined where no comment can go, and the number goes on the document's
 * list: in a language without comments (plain text), in Markdown front matter (the comment would be part of a YAML
 * value), and in code or a comment. There a comment shows as text (a code block, a verbatim environment) or ends the
 * HTML comment it is in, showing the rest of a hidden note; and on a Markdown link reference definition's title
 * (`endsLinkDefinition`). Otherwise at the line's end, before what ends a Markdown line's meaning (`MARKDOWN_LINE_END`).
 */
export function ignoreCommentInsertion(languageId: string, document: string, lineNumber: number, number?: string): { at: number; text: string } | undefined {
  const comment = ignoreComment(languageId, number);
  if (comment === undefined) return undefined;
  const lines = linesOf(document);
  const line = lines[lineNumber];
  const text = document.slice(line.start, line.end);
  const bodyStart = bodyStartOf(document, languageId === 'markdown');
  if (line.start < bodyStart) return undefined;
  const previous = lines[lineNumber - 1];
  if (languageId === 'markdown' && endsLinkDefinition(text, previous && document.slice(previous.start, previous.end))) return undefined;
  const at = line.end - (languageId === 'markdown' ? MARKDOWN_LINE_END.exec(text)![0].length : 0);
  const hidden = codeAndComments(document, languageId, bodyStart);
  // The line's first character tells a code line (even the last one of a block left open at the document's end), unless
  // it opens a code span, which leaves its line prose; the insertion point, a comment or code span opened on the line
  // and still open at its end.
  const first = line.start + (text.length - text.trimStart().length);
  const opening = hiddenAt(hidden, first);
  if ((opening && !opening.inline) || hiddenAt(hidden, at)) return undefined;
  return { at, text: ` ${comment}` };
}

