/**
 * The snapshot model: what `data/snapshot.json` holds and what every feature reads.
 * Kept free of `vscode` and of Node built-ins so it runs in the extension host,
 * a browser worker and plain mocha alike. The format is documented in `data/README.md`.
 */

/** Bumped whenever a field changes meaning or disappears; loaders refuse other versions. */
export const SCHEMA_VERSION = 1;

/** GB/T 7714 document types the catalogue may give a report. */
export type ReportType = 'report' | 'white-paper' | 'compilation' | 'news-article' | 'web-page';

/** One article of a compilation (e.g. a news digest), as far as its text names it. */
export interface Article {
  title: string;
  outlet?: string;
  date?: string;
  author?: string;
}

/** A source report: its citation metadata from `catalog.yaml`. Absent fields are unknown, never guessed. */
export interface Report {
  id: string;
  /** File name inside the reports folder. */
  file: string;
  title: string;
  subtitle?: string;
  /** Short title for hovers and picker descriptions. */
  shortTitle: string;
  /** Organisation responsible (主要责任者); absent when the text does not name one. */
  publisher?: string;
  /** ISO date, as precise as known: `2019-03-12`, `2021-01` or `2020`. */
  date?: string;
  type: ReportType;
  /** BCP 47 tag, e.g. `zh-Hans`, `zh-Hant`. */
  language: string;
  /** Where the report itself appeared (a newspaper or web site), when known. */
  container?: string;
  articles?: Article[];
  note?: string;
}

/** A heading of a report, with its place in the heading tree. */
export interface Section {
  id: string;
  reportId: string;
  title: string;
  level: number;
  /** 1-based line in the original report file. */
  line: number;
  parentId?: string;
}

/** Where a quote sits: report, section path and original line. */
export interface Location {
  reportId: string;
  /** Section path for display, outermost first, joined with ` › `; empty when before any heading. */
  section: string;
  sectionId?: string;
  /** 1-based line in the original file in `data/reports/` (for PDF and Word reports: in their extracted text). */
  line: number;
  /** 1-based page of the original document, for reports extracted from a paged format (PDF); absent when unknown. */
  page?: number;
}

/** Where a term occurs: compact, since frequent terms occur hundreds of times. */
export interface Occurrence {
  reportId: string;
  line: number;
  sectionId?: string;
}

/** A verbatim span of a report's cleaned text, with the passage around it for the source view. */
export interface Quote extends Location {
  /** Exact substring of the cleaned text of `reportId`. */
  quote: string;
  /** Offset of `quote` in the cleaned text. */
  offset: number;
  /** The text just before and after the quote, within its paragraph (for the source view). */
  before: string;
  after: string;
}

/** How a definition sentence was recognised; explicit patterns rank first. */
/**
 * `explicit`: the sentence defines the term; `heading`: explains it under a label or in a section named after it;
 * `explanation`: opens with the term and says how it works or what it does (`联盟链通过…实现…`), not what it is;
 * `explanatory`: merely uses it.
 */
export type DefinitionKind = 'explicit' | 'heading' | 'explanation' | 'explanatory';

export interface Definition extends Quote {
  kind: DefinitionKind;
}

/** Whether the reports define the term, explain it (a label or section about it), or only use it. */
export type TermStatus = 'defined' | 'explained' | 'used';

/** How much the reports say of a term, for ordering: 0 defined, 1 explained, 2 only used (or no status). */
export function statusRank(term: Pick<Term, 'status'>): number {
  return term.status === 'defined' ? 0 : term.status === 'explained' ? 1 : 2;
}

export interface Term {
  id: string;
  /** The term as the report writes it. */
  term: string;
  /** English names, abbreviations, traditional/simplified forms and variants. */
  aliases: string[];
  category: string;
  /** From the kind of the best definition; absent in snapshots built before it existed (then: from `definitions[0].kind`). */
  status?: TermStatus;
  /** Ids of terms of the same family (量子计算 ⇄ 量子计算机, 数字孪生 ⇄ 设备孪生), closest first. */
  related?: string[];
  /** Best first. */
  definitions: Definition[];
  /** Every place the term (or an alias) occurs in a paragraph, one per line. */
  occurrences: Occurrence[];
  /** Pinyin of the term, full (`shu zi luan sheng`) and initials (`szls`), for the picker. */
  pinyin?: { full: string; initials: string };
  /** Figures found in the term's definitions or occurrences' sentences, most relevant first. */
  figureIds: string[];
}

/**
 * The normalised unit of a figure: CNY, USD, EUR, percent, percentage-point, times, fraction, count;
 * durations (year, month, week, day, hour, minute, second, ms, µs, ns); measures (nm, mm, inch, kW,
 * qubit, bit, km, t, GB, TPS …); person, person-time; counters as written (台, 家 …); a rate adds
 * `/天`, `/秒`, `/月` … (`单/天`, `CNY/月`).
 */
export type FigureUnit = 'CNY' | 'USD' | 'EUR' | 'percent' | 'percentage-point' | 'times' | 'count' | string;

export interface Figure extends Quote {
  id: string;
  /** The figure as written, e.g. `35.8 万亿元`, `60%~80%`. */
  text: string;
  /** Normalised value: 35.8万亿元 → 3.58e13; for ranges, the lower bound. */
  value: number;
  /** Upper bound of a range. */
  valueMax?: number;
  unit: FigureUnit;
  /** An order of magnitude (`千亿级` → 1e11, `毫秒级`, `数十亿`): `value` is the level; `text` shows it as written. */
  level?: true;
  /** What it measures: the clause before the number, trimmed. */
  subject: string;
  /** The calendar year it refers to, when stated in its sentence, or in the sentences before that its sentence refers back to (`期内`, `其中`). */
  year?: number;
  /** Ids of other occurrences of the same statistic (same value, unit and subject). */
  sameAs: string[];
}

export interface Caption extends Location {
  id: string;
  /** `图 2.2`, `表 1`. */
  label: string;
  title: string;
}

export interface Snapshot {
  schemaVersion: number;
  reports: Report[];
  sections: Section[];
  terms: Term[];
  figures: Figure[];
  captions: Caption[];
  /** Character folding table (traditional → simplified) for the characters of the terms and of the figures' sentences. */
  fold: { t2s: Record<string, string> };
}

/** Any item the picker, tree and citation commands can act on. */
export type Item =
  | { kind: 'term'; term: Term }
  | { kind: 'figure'; figure: Figure }
  | { kind: 'caption'; caption: Caption };
