/**
 * Loading a snapshot: parse, validate with messages a person can act on, and
 * build the in-memory indexes every feature reads (term matcher, figure
 * lookup, ids). A snapshot with another schema version is refused, as
 * MiniSearch refuses an index of an unknown serialisation version.
 */
import { SCHEMA_VERSION, type Caption, type Figure, type Report, type Section, type Snapshot, type Term } from './model';
import { FoldTable } from './normalize';
import { TermMatcher } from './matcher';
import type { CitationSource } from './citation';

export class SnapshotError extends Error {
  constructor(
    message: string,
    /** JSON path of the offending value, e.g. `terms[3].definitions[0].quote`. */
    readonly path?: string,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'SnapshotError';
  }
}

/** A field check: true when the value is acceptable. */
type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isList: Check = (value) => Array.isArray(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const DESCRIBE = new Map<Check, string>([
  [isString, 'must be text'],
  [isNumber, 'must be a number'],
  [isList, 'must be a list'],
]);

/**
 * Checks the fields of each object of a list. Paths are built only for the
 * message of a failure: validation runs on every load and must stay cheap.
 */
function checkList(root: Record<string, unknown>, name: string, required: Record<string, Check>, optional: Record<string, Check> = {}): Record<string, unknown>[] {
  const list = root[name];
  if (!Array.isArray(list)) throw new SnapshotError('must be a list', name);
  const requiredEntries = Object.entries(required);
  const optionalEntries = Object.entries(optional);
  list.forEach((item, index) => {
    if (!isObject(item)) throw new SnapshotError('must be an object', `${name}[${index}]`);
    for (const [key, check] of requiredEntries) {
      if (!(key in item)) throw new SnapshotError(`missing "${key}"`, `${name}[${index}]`);
      if (!check(item[key])) throw new SnapshotError(DESCRIBE.get(check) ?? `has an unknown value ${JSON.stringify(item[key])}`, `${name}[${index}].${key}`);
    }
    for (const [key, check] of optionalEntries) {
      if (item[key] !== undefined && !check(item[key])) throw new SnapshotError(DESCRIBE.get(check) ?? 'has an unknown value', `${name}[${index}].${key}`);
    }
  });
  return list;
}

const LOCATION = { reportId: isString, section: isString, line: isNumber };
const QUOTE = { ...LOCATION, quote: isString, offset: isNumber, before: isString, after: isString };

/**
 * Checks the shape of a parsed snapshot, field by field, so a hand-edited or
 * foreign file fails with the path of its first problem rather than later, in a hover.
 */
export function validateSnapshot(value: unknown): Snapshot {
  if (!isObject(value)) throw new SnapshotError('must be an object', '(root)');
  if (value.schemaVersion !== SCHEMA_VERSION) {
    throw new SnapshotError(`schemaVersion is ${JSON.stringify(value.schemaVersion)}, this version of Report Lens reads ${SCHEMA_VERSION}`, 'schemaVersion');
  }
  const reports = checkList(value, 'reports', { id: isString, file: isString, title: isString, shortTitle: isString, type: isString, language: isString });
  const reportIds = new Set(reports.map((report) => report.id as string));
  const knownReport: Check = (id) => reportIds.has(id as string);
  DESCRIBE.set(knownReport, 'names no report of the snapshot');
  try {
    validateItems(value, knownReport);
  } finally {
    DESCRIBE.delete(knownReport);
  }
  return value as unknown as Snapshot;
}

/** The sections, terms, figures and captions of a snapshot whose reports are known. */
function validateItems(value: Record<string, unknown>, knownReport: Check): void {
  checkList(value, 'sections', { id: isString, reportId: knownReport, title: isString, level: isNumber, line: isNumber });
  const terms = checkList(value, 'terms', { id: isString, term: isString, category: isString, aliases: isList, definitions: isList, occurrences: isList }, { figureIds: isList });
  terms.forEach((term, index) => {
    const holder = { [`terms[${index}].definitions`]: term.definitions };
    checkList(holder, `terms[${index}].definitions`, { ...QUOTE, reportId: knownReport });
    (term.aliases as unknown[]).forEach((alias, j) => {
      if (typeof alias !== 'string') throw new SnapshotError('must be text', `terms[${index}].aliases[${j}]`);
    });
  });
  checkList(value, 'figures', { ...QUOTE, reportId: knownReport, id: isString, text: isString, value: isNumber, unit: isString, subject: isString });
  checkList(value, 'captions', { ...LOCATION, reportId: knownReport, id: isString, label: isString, title: isString });
  const fold = value.fold ?? { t2s: {} };
  if (!isObject(fold) || !isObject(fold.t2s ?? {})) throw new SnapshotError('must be an object of single characters', 'fold.t2s');
}

/**
 * Adds a user's snapshot to the built-in one. Ids must not collide: a user
 * report with a built-in id would make citations ambiguous, so it is refused.
 */
export function mergeSnapshots(base: Snapshot, extra: Snapshot): Snapshot {
  const ids = new Set([...base.reports.map((report) => report.id), ...base.terms.map((term) => term.id), ...base.figures.map((figure) => figure.id), ...base.captions.map((caption) => caption.id)]);
  for (const [path, id] of [
    ...extra.reports.map((report, i) => [`reports[${i}].id`, report.id]),
    ...extra.terms.map((term, i) => [`terms[${i}].id`, term.id]),
    ...extra.figures.map((figure, i) => [`figures[${i}].id`, figure.id]),
    ...extra.captions.map((caption, i) => [`captions[${i}].id`, caption.id]),
  ]) {
    if (ids.has(id)) throw new SnapshotError(`id "${id}" is already used by another snapshot`, path);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    reports: [...base.reports, ...extra.reports],
    sections: [...base.sections, ...extra.sections],
    terms: [...base.terms, ...extra.terms],
    figures: [...base.figures, ...extra.figures],
    captions: [...base.captions, ...extra.captions],
    fold: { t2s: { ...base.fold.t2s, ...(extra.fold?.t2s ?? {}) } },
  };
}

/**
 * Parses snapshot JSON text, with the JSON error's message when it is not JSON.
 * `builtIn` skips the field-by-field validation (keeping the schema version
 * check): the shipped snapshot is validated by the unit tests at build time,
 * and validating it again would be a third of a cold activation.
 */
export function parseSnapshot(text: string, options: { builtIn?: boolean } = {}): Snapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(`not valid JSON (${(error as Error).message})`);
  }
  if (options.builtIn && isObject(value) && value.schemaVersion === SCHEMA_VERSION) return value as unknown as Snapshot;
  return validateSnapshot(value);
}

/** A snapshot with its lookup indexes, built once at load. */
export class Library {
  readonly folding: FoldTable;
  readonly matcher: TermMatcher<Term>;
  private readonly reportsById = new Map<string, Report>();
  private readonly sectionsById = new Map<string, Section>();
  private readonly termsById = new Map<string, Term>();
  private readonly figuresById = new Map<string, Figure>();
  private readonly captionsById = new Map<string, Caption>();
  /** `value|unit` → figures, for recognising a statistic typed in a draft. */
  private readonly figuresByValue = new Map<string, Figure[]>();

  constructor(readonly snapshot: Snapshot) {
    this.folding = new FoldTable(snapshot.fold?.t2s ?? {});
    this.matcher = new TermMatcher<Term>(this.folding);
    for (const report of snapshot.reports) this.reportsById.set(report.id, report);
    for (const section of snapshot.sections) this.sectionsById.set(section.id, section);
    for (const term of snapshot.terms) this.termsById.set(term.id, term);
    // Canonical terms first, so a term's own name wins over another term's alias.
    for (const term of snapshot.terms) this.matcher.add(term.term, term);
    for (const term of snapshot.terms) for (const alias of term.aliases) this.matcher.add(alias, term);
    for (const figure of snapshot.figures) {
      this.figuresById.set(figure.id, figure);
      const key = figureKey(figure.value, figure.unit);
      this.figuresByValue.set(key, [...(this.figuresByValue.get(key) ?? []), figure]);
    }
    for (const caption of snapshot.captions) this.captionsById.set(caption.id, caption);
  }

  report(id: string): Report | undefined {
    return this.reportsById.get(id);
  }

  section(id: string | undefined): Section | undefined {
    return id === undefined ? undefined : this.sectionsById.get(id);
  }

  term(id: string): Term | undefined {
    return this.termsById.get(id);
  }

  figure(id: string): Figure | undefined {
    return this.figuresById.get(id);
  }

  caption(id: string): Caption | undefined {
    return this.captionsById.get(id);
  }

  /** Snapshot figures with this value and unit (a figure typed in a draft). */
  figuresWithValue(value: number, unit: string): Figure[] {
    return this.figuresByValue.get(figureKey(value, unit)) ?? [];
  }

  /**
   * What to cite for a quote: its report, or — in a compilation — the article
   * whose section contains it.
   */
  sourceOf(location: { reportId: string; sectionId?: string }): CitationSource | undefined {
    const report = this.reportsById.get(location.reportId);
    if (!report) return undefined;
    const articles = report.articles ?? [];
    const squash = (text: string) => text.replace(/\s+/g, '');
    for (let section = this.section(location.sectionId); section; section = this.section(section.parentId)) {
      const index = articles.findIndex((article) => squash(article.title) === squash(section!.title));
      if (index >= 0) return { report, article: articles[index], articleIndex: index };
    }
    return { report };
  }

  /** The figures related to a term, resolved. */
  figuresOf(term: Term): Figure[] {
    return term.figureIds.map((id) => this.figuresById.get(id)).filter((figure): figure is Figure => figure !== undefined);
  }
}

function figureKey(value: number, unit: string): string {
  return `${Number(value.toPrecision(12))}|${unit}`;
}
