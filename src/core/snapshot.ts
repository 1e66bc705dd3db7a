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

type Check = (value: unknown, path: string) => void;

function expect(condition: boolean, message: string, path: string): void {
  if (!condition) throw new SnapshotError(message, path);
}
const isString: Check = (value, path) => expect(typeof value === 'string', 'must be text', path);
const isNumber: Check = (value, path) => expect(typeof value === 'number' && Number.isFinite(value), 'must be a number', path);
const isArray = (value: unknown, path: string): unknown[] => {
  expect(Array.isArray(value), 'must be a list', path);
  return value as unknown[];
};
const isObject = (value: unknown, path: string): Record<string, unknown> => {
  expect(typeof value === 'object' && value !== null && !Array.isArray(value), 'must be an object', path);
  return value as Record<string, unknown>;
};

function fields(value: unknown, path: string, checks: Record<string, Check>, optional: Record<string, Check> = {}): void {
  const object = isObject(value, path);
  for (const [key, check] of Object.entries(checks)) {
    expect(key in object, `missing "${key}"`, path);
    check(object[key], `${path}.${key}`);
  }
  for (const [key, check] of Object.entries(optional)) if (object[key] !== undefined) check(object[key], `${path}.${key}`);
}

const location: Record<string, Check> = { reportId: isString, section: isString, line: isNumber };
const quote: Record<string, Check> = { ...location, quote: isString, offset: isNumber, before: isString, after: isString };

/**
 * Checks the shape of a parsed snapshot, field by field, so a hand-edited or
 * foreign file fails with the path of its first problem rather than later, in a hover.
 */
export function validateSnapshot(value: unknown): Snapshot {
  const root = isObject(value, '(root)');
  expect(root.schemaVersion === SCHEMA_VERSION, `schemaVersion is ${JSON.stringify(root.schemaVersion)}, this version of Report Lens reads ${SCHEMA_VERSION}`, 'schemaVersion');
  const reportIds = new Set<string>();
  isArray(root.reports, 'reports').forEach((report, i) => {
    fields(report, `reports[${i}]`, { id: isString, file: isString, title: isString, shortTitle: isString, type: isString, language: isString });
    reportIds.add((report as Report).id);
  });
  const knownReport = (id: unknown, path: string) => expect(reportIds.has(id as string), `unknown report "${String(id)}"`, path);
  isArray(root.sections, 'sections').forEach((section, i) => fields(section, `sections[${i}]`, { id: isString, reportId: knownReport, title: isString, level: isNumber, line: isNumber }));
  isArray(root.terms, 'terms').forEach((term, i) => {
    const path = `terms[${i}]`;
    fields(term, path, { id: isString, term: isString, category: isString }, { figureIds: (v, p) => isArray(v, p) });
    isArray((term as Term).aliases, `${path}.aliases`).forEach((alias, j) => isString(alias, `${path}.aliases[${j}]`));
    const definitions = isArray((term as Term).definitions, `${path}.definitions`);
    definitions.forEach((definition, j) => fields(definition, `${path}.definitions[${j}]`, { ...quote, reportId: knownReport }));
    isArray((term as Term).occurrences ?? [], `${path}.occurrences`);
  });
  isArray(root.figures, 'figures').forEach((figure, i) =>
    fields(figure, `figures[${i}]`, { ...quote, reportId: knownReport, id: isString, text: isString, value: isNumber, unit: isString, subject: isString }),
  );
  isArray(root.captions, 'captions').forEach((caption, i) => fields(caption, `captions[${i}]`, { ...location, reportId: knownReport, id: isString, label: isString, title: isString }));
  const fold = isObject(root.fold ?? { t2s: {} }, 'fold');
  isObject(fold.t2s ?? {}, 'fold.t2s');
  return value as Snapshot;
}

/** Parses snapshot JSON text, with the JSON error's message when it is not JSON. */
export function parseSnapshot(text: string): Snapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(`not valid JSON (${(error as Error).message})`);
  }
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
