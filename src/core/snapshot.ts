/**
 * Loading a snapshot: parse, validate with messages a person can act on, and
 * build the in-memory indexes every feature reads (term matcher, figure
 * lookup, ids). A snapshot with another schema version is refused, as
 * MiniSearch refuses an index of an unknown serialisation version.
 */
import { SCHEMA_VERSION, statusRank, type Caption, type DefinitionKind, type Figure, type Report, type Section, type Snapshot, type Term, type TermStatus } from './model';
import { FoldTable } from './normalize';
import { TermMatcher, pluralInIes } from './matcher';
import { KEY_SUFFIX, type CitationSource } from './citation';
import { parseYaml } from './yaml';

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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Builds a check with the phrase its failure message uses. */
const DESCRIBE = new WeakMap<Check, string>();
function check(description: string, test: Check): Check {
  DESCRIBE.set(test, description);
  return test;
}

const isString = check('must be text', (value) => typeof value === 'string');
const isNumber = check('must be a number', (value) => typeof value === 'number' && Number.isFinite(value));
/** Lines and levels: the editor layer indexes with them (`lineAt(line - 1)`). */
const isPositiveInteger = check('must be a whole number from 1', (value) => Number.isSafeInteger(value) && (value as number) >= 1);
const isOffset = check('must be a whole number from 0', (value) => Number.isSafeInteger(value) && (value as number) >= 0);
/**
 * Names, titles, labels and ids are shown whole — in every picker row, tree item, tooltip, hover and message that
 * names their item — where quotes are shown cut (`shownQuote`): a user report's short title of 10 MB made each
 * keystroke in the picker build 60 rows of it (4 s of the extension host, and more text than one message can carry).
 * The built-in reports' longest is 55 characters.
 */
export const MAX_NAME_LENGTH = 10_000;
const NAME_LIMIT = `at most ${MAX_NAME_LENGTH.toLocaleString('en')} characters`;
const isName = check(`must be text of ${NAME_LIMIT}`, (value) => typeof value === 'string' && value.length <= MAX_NAME_LENGTH);
const isNonEmptyName = check(`must be non-empty text of ${NAME_LIMIT}`, (value) => isName(value) && (value as string).length > 0);
const isNameList = check(`must be a list of texts of ${NAME_LIMIT} each`, (value) => Array.isArray(value) && value.every(isName));
/** A calendar date as precise as known — `2020`, `2020-03`, `2020-03-12` — that exists (no 2020-13-45). */
export function isCalendarDate(value: unknown): boolean {
  const match = typeof value === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), match[2] === undefined ? 1 : Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const isDate = check('must be a date YYYY, YYYY-MM or YYYY-MM-DD that exists', isCalendarDate);
/**
 * Report ids become citation keys and labels (`[^id]`, `@id`, `\cite{id}`):
 * letters, digits and `-_.:`, as BibTeX and Pandoc read a key.
 */
export const REPORT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
const isReportId = check('must be letters, digits and - _ . : (at most 100), starting with a letter or digit', (value) => typeof value === 'string' && REPORT_ID.test(value));
/**
 * A report's file is a path inside the snapshot's reports folder — a name, or
 * folders below it (a workspace library keeps `text/<id>.txt`) — never one that
 * could leave it: no `..` or `.` step, no absolute path, no drive, no backslash.
 */
const isReportFile = check('must be a relative path inside the reports folder (no "..", no absolute path)', (value) => {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_NAME_LENGTH || /[\\\0:]/.test(value)) return false;
  return value.split('/').every((step) => step.length > 0 && step !== '.' && step !== '..');
});
const DEFINITION_KINDS: readonly unknown[] = ['explicit', 'heading', 'explanation', 'explanatory'] satisfies DefinitionKind[];
const isDefinitionKind = check('must be "explicit", "heading", "explanation" or "explanatory"', (value) => DEFINITION_KINDS.includes(value));
const TERM_STATUSES: readonly unknown[] = ['defined', 'explained', 'used'] satisfies TermStatus[];
const isTermStatus = check('must be "defined", "explained" or "used"', (value) => TERM_STATUSES.includes(value));
const isTrue = check('must be true when present', (value) => value === true);
/** Pinyin as the search index reads it: the syllables (`shu zi`) and their initials (`sz`), as text. */
const isPinyin = check('must be { full: "shu zi", initials: "sz" }', (value) => isObject(value) && isName(value.full) && isName(value.initials));

type Fields = Record<string, Check>;
/** What one kind of object holds: required and optional fields, and lists of nested objects. */
interface Shape {
  required: Fields;
  optional?: Fields;
  /** Nested lists of objects: their shape and whether the list must not be empty. */
  lists?: Record<string, { shape: Shape; nonEmpty?: boolean; optional?: boolean }>;
}

/**
 * Checks each object of a list against its shape. Paths are built only for
 * the message of a failure: validation runs on every load and must stay cheap.
 */
function* checkObjects(list: unknown, path: string, shape: Shape, nonEmpty = false): Steps<Record<string, unknown>[]> {
  if (!Array.isArray(list)) throw new SnapshotError('must be a list', path);
  if (nonEmpty && list.length === 0) throw new SnapshotError('must not be empty', path);
  const required = Object.entries(shape.required);
  const optional = Object.entries(shape.optional ?? {});
  const lists = Object.entries(shape.lists ?? {});
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (!isObject(item)) throw new SnapshotError('must be an object', `${path}[${index}]`);
    for (const [key, test] of required) {
      if (!(key in item)) throw new SnapshotError(`missing "${key}"`, `${path}[${index}]`);
      if (!test(item[key])) throw new SnapshotError(DESCRIBE.get(test) ?? 'has an unknown value', `${path}[${index}].${key}`);
    }
    for (const [key, test] of optional) {
      if (item[key] !== undefined && !test(item[key])) throw new SnapshotError(DESCRIBE.get(test) ?? 'has an unknown value', `${path}[${index}].${key}`);
    }
    for (const [key, nested] of lists) {
      if (nested.optional && item[key] === undefined) continue;
      yield* checkObjects(item[key], `${path}[${index}].${key}`, nested.shape, nested.nonEmpty);
    }
    if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  return list;
}

/** Refuses two objects of one list with the same id: a lookup by id would act on the wrong one. */
function checkUniqueIds(list: Record<string, unknown>[], path: string): void {
  const seen = new Set<unknown>();
  list.forEach((item, index) => {
    if (seen.has(item.id)) throw new SnapshotError(`duplicate id ${JSON.stringify(item.id)}`, `${path}[${index}].id`);
    seen.add(item.id);
  });
}

/** Refuses a section that is its own ancestor: walking up its parents would never end. */
function checkSectionTree(sections: Record<string, unknown>[]): void {
  const parentOf = new Map(sections.map((section) => [section.id as string, section.parentId as string | undefined]));
  // Each section is walked once: a walk stops at a section an earlier walk passed (state `done`).
  const state = new Map<string, 'walking' | 'done'>();
  const path: string[] = [];
  sections.forEach((section, index) => {
    for (let id: string | undefined = section.id as string; id !== undefined && state.get(id) !== 'done'; id = parentOf.get(id)) {
      if (state.get(id) === 'walking') throw new SnapshotError(`section ${JSON.stringify(section.id)} is its own ancestor (parentId cycle)`, `sections[${index}].parentId`);
      state.set(id, 'walking');
      path.push(id);
    }
    for (const id of path) state.set(id, 'done');
    path.length = 0;
  });
}

/** Traditional → simplified: one UTF-16 unit to one, as folding must keep lengths. */
function checkFold(fold: unknown): void {
  if (fold === undefined) return;
  if (!isObject(fold) || (fold.t2s !== undefined && !isObject(fold.t2s))) throw new SnapshotError('must be { t2s: { "們": "们", … } }', 'fold');
  for (const [traditional, simplified] of Object.entries(fold.t2s ?? {})) {
    if (traditional.length !== 1 || typeof simplified !== 'string' || simplified.length !== 1) {
      throw new SnapshotError('must map one character to one character', `fold.t2s.${traditional}`);
    }
  }
}

/**
 * Checks the shape of a parsed snapshot, field by field — every field the
 * extension reads — so a hand-edited or foreign file fails with the path of
 * its first problem rather than later, in a hover.
 */
export function validateSnapshot(value: unknown): Snapshot {
  return runSteps(validation(value));
}

function* validation(value: unknown): Steps<Snapshot> {
  if (!isObject(value)) throw new SnapshotError('must be an object', '(root)');
  if (value.schemaVersion !== SCHEMA_VERSION) {
    throw new SnapshotError(`schemaVersion is ${JSON.stringify(value.schemaVersion)}, this version of Report Lens reads ${SCHEMA_VERSION}`, 'schemaVersion');
  }
  const reports = yield* checkObjects(value.reports, 'reports', reportShape());
  checkUniqueIds(reports, 'reports');
  const reportIds = new Set(reports.map((report) => report.id as string));
  const shapes = itemShapes(check('names no report of the snapshot', (id) => reportIds.has(id as string)));
  for (const [name, shape] of Object.entries(shapes)) {
    checkUniqueIds(yield* checkObjects(value[name], name, shape), name);
    yield;
  }
  checkSectionTree(value.sections as Record<string, unknown>[]);
  checkFold(value.fold);
  return value as unknown as Snapshot;
}

function reportShape(): Shape {
  const optionalText = { subtitle: isName, publisher: isName, container: isName, note: isName };
  const article: Shape = { required: { title: isName }, optional: { outlet: isName, date: isDate, author: isName } };
  return {
    required: { id: isReportId, file: isReportFile, title: isName, shortTitle: isName, type: isName, language: isName },
    optional: { ...optionalText, date: isDate },
    lists: { articles: { shape: article, optional: true } },
  };
}

/** The shapes of sections, terms, figures and captions, whose `reportId` must pass `knownReport`. */
function itemShapes(knownReport: Check): Record<'sections' | 'terms' | 'figures' | 'captions', Shape> {
  const location = { reportId: knownReport, section: isName, line: isPositiveInteger };
  const quote = { ...location, quote: isString, offset: isOffset, before: isString, after: isString };
  const placed = { sectionId: isName };
  return {
    sections: { required: { id: isName, reportId: knownReport, title: isName, level: isPositiveInteger, line: isPositiveInteger }, optional: { parentId: isName } },
    terms: {
      required: { id: isName, term: isNonEmptyName, category: isName, aliases: isNameList, figureIds: isNameList },
      optional: { pinyin: isPinyin, status: isTermStatus, related: isNameList },
      lists: {
        definitions: { shape: { required: { ...quote, kind: isDefinitionKind }, optional: placed }, nonEmpty: true },
        occurrences: { shape: { required: { reportId: knownReport, line: isPositiveInteger }, optional: placed } },
      },
    },
    figures: {
      required: { ...quote, id: isName, text: isName, value: isNumber, unit: isName, subject: isName, sameAs: isNameList },
      optional: { ...placed, valueMax: isNumber, year: isNumber, level: isTrue },
    },
    captions: { required: { ...location, id: isName, label: isName, title: isName }, optional: placed },
  };
}

/**
 * Adds a user's snapshot to the built-in one. Ids must not collide: a user
 * report with a built-in id would make citations ambiguous, and a user
 * section with a built-in id would re-parent built-in headings, so both are
 * refused. The user's folding table only adds characters: an entry for a
 * character the base table maps, maps to, or that the base's terms contain
 * would change how built-in terms are matched, and is left out.
 */
export function mergeSnapshots(base: Snapshot, extra: Snapshot): Snapshot {
  return runSteps(merging(base, extra));
}

/** `mergeSnapshots` in steps, for `runInSlices`. */
export function* merging(base: Snapshot, extra: Snapshot): Steps<Snapshot> {
  const lists = ['reports', 'sections', 'terms', 'figures', 'captions'] as const;
  for (const name of lists) {
    const ids = new Set<string>(base[name].map((item) => item.id));
    const items = extra[name];
    for (let i = 0; i < items.length; i++) {
      if (ids.has(items[i].id)) throw new SnapshotError(`id "${items[i].id}" is already used by another snapshot`, `${name}[${i}].id`);
      if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    }
  }
  // Citation keys name an article of a report `id-a2` and a page `id-p12`: a report whose id is another's so
  // extended would share that key, and a citation could name the wrong report.
  const reportIds = new Set([...base.reports, ...extra.reports].map((report) => report.id));
  extra.reports.forEach((report, i) => {
    const owner = report.id.replace(KEY_SUFFIX, '');
    if (owner !== report.id && reportIds.has(owner)) throw new SnapshotError(`report id "${report.id}" is the citation key of an article or a page of report "${owner}"`, `reports[${i}].id`);
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    reports: [...base.reports, ...extra.reports],
    sections: [...base.sections, ...extra.sections],
    terms: [...base.terms, ...extra.terms],
    figures: [...base.figures, ...extra.figures],
    captions: [...base.captions, ...extra.captions],
    fold: { t2s: { ...additionalFolding(base, extra.fold?.t2s ?? {}), ...base.fold.t2s } },
  };
}

/** The entries of a user folding table that leave the base snapshot's matching as it is. */
function additionalFolding(base: Snapshot, t2s: Record<string, string>): Record<string, string> {
  const fixed = new Set<string>([...Object.keys(base.fold.t2s), ...Object.values(base.fold.t2s)]);
  for (const term of base.terms) for (const key of [term.term, ...term.aliases]) for (const char of key) fixed.add(char);
  return Object.fromEntries(Object.entries(t2s).filter(([traditional]) => !fixed.has(traditional)));
}

/**
 * Parses snapshot JSON text, with the JSON error's message when it is not JSON.
 * `builtIn` skips the field-by-field validation (keeping the schema version
 * check): the shipped snapshot is validated by the unit tests at build time,
 * and validating it again would be a third of a cold activation.
 */
export function parseSnapshot(text: string, options: { builtIn?: boolean } = {}): Snapshot {
  if (options.builtIn) {
    const value = parseJson(text);
    if (isObject(value) && value.schemaVersion === SCHEMA_VERSION) return value as unknown as Snapshot;
    return validateSnapshot(value);
  }
  return runSteps(snapshotFromJson(text));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(`not valid JSON (${(error as Error).message})`);
  }
}

function* snapshotFromJson(text: string): Steps<Snapshot> {
  return yield* sharingRepeatedStrings(yield* validation(yield* jsonInSteps(text)));
}

/** Fields whose few distinct values repeat across thousands of quotes and occurrences. */
const REPEATED_FIELDS = ['reportId', 'section', 'sectionId', 'unit'] as const;

/**
 * Makes every quote and occurrence hold one shared copy of each report id, section path and unit: a parser makes
 * a string per occurrence, and in a library of a hundred reports those copies were about a third of its memory
 * (70 of 230 MB).
 */
function* sharingRepeatedStrings(snapshot: Snapshot): Steps<Snapshot> {
  const shared = new Map<string, string>();
  const share = (item: object): void => {
    const fields = item as Partial<Record<(typeof REPEATED_FIELDS)[number], string>>;
    for (const field of REPEATED_FIELDS) {
      const value = fields[field];
      if (value === undefined) continue;
      const kept = shared.get(value);
      if (kept === undefined) shared.set(value, value);
      else fields[field] = kept;
    }
  };
  const lists: object[][] = [snapshot.sections, snapshot.figures, snapshot.captions, ...snapshot.terms.flatMap((term) => [term.definitions, term.occurrences])];
  let done = 0;
  for (const list of lists) {
    for (const item of list) share(item);
    done += list.length;
    if (done >= ITEMS_PER_STEP) {
      done = 0;
      yield;
    }
  }
  return snapshot;
}

/** Characters of list items parsed in one step: about a millisecond's work. */
const STEP_CHARACTERS = 2 ** 17;

/**
 * JSON text parsed a slice at a time when it is laid out as the indexer writes a snapshot (`JSON.stringify(…, null,
 * 1)`): a line ` "terms": [` opens a top-level list, a line `  },` ends one of its items (deeper objects are
 * indented further, and JSON text holds no raw line break inside a string), a line ` ]` closes the list. Each run
 * of items is parsed on its own, between steps; the rest of the object, with the lists emptied, in one go. Text
 * laid out otherwise, or a slice that does not parse, is parsed whole — the same value, or JSON's own error.
 */
function* jsonInSteps(text: string): Steps<unknown> {
  const skeleton: string[] = [];
  const lists: { name: string; items: unknown[] }[] = [];
  const opening = /\n "([A-Za-z]+)": \[\n/g;
  let copied = 0;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('\n ]', start - 1);
    if (end < 0) return parseJson(text);
    skeleton.push(text.slice(copied, start));
    copied = end;
    const items: unknown[] = [];
    for (let from = start; from < end; ) {
      const itemEnd = text.indexOf('\n  },\n', from + STEP_CHARACTERS);
      const to = itemEnd < 0 || itemEnd >= end ? end : itemEnd + 4;
      let slice: unknown;
      try {
        slice = JSON.parse(`[${text.slice(from, to)}]`);
      } catch {
        return parseJson(text);
      }
      for (const item of slice as unknown[]) items.push(item);
      from = to + 2;
      yield;
    }
    lists.push({ name: match[1], items });
    opening.lastIndex = end;
  }
  skeleton.push(text.slice(copied));
  const value = parseJson(skeleton.join(''));
  if (!isObject(value) || lists.some(({ name }) => !Array.isArray(value[name]) || (value[name] as unknown[]).length > 0)) return parseJson(text);
  for (const { name, items } of lists) value[name] = items;
  return value;
}

/** Work done in steps (`yield` between them), so a caller may let other work run in between (`runInSlices`). */
export type Steps<T> = Generator<void, T, void>;

/** Items of a list checked in one step. */
const ITEMS_PER_STEP = 512;

/** Does all the steps at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Does the steps, awaiting `pause` each time they have held the thread for `sliceMs`: a large library loads
 * without holding the extension host (other extensions' hovers and completions) for more than a slice at a time.
 */
export async function runInSlices<T>(steps: Steps<T>, pause: () => Promise<void>, sliceMs = 10): Promise<T> {
  let started = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - started >= sliceMs) {
      await pause();
      started = performance.now();
    }
  }
}

/** A user snapshot file as stat sees it, before it is read. */
export interface UserFileInfo {
  isFile: boolean;
  size: number;
}

/**
 * Why a user snapshot file must not be read, if it must not: anything but a
 * regular file (a folder; a FIFO that blocks forever; the zero device, which
 * never ends) and anything over the size cap.
 */
export function userFileProblem(file: UserFileInfo, maxBytes: number): string | undefined {
  if (!file.isFile) return 'not a regular file (a folder, device or pipe is never read)';
  if (file.size > maxBytes) return `${(file.size / 2 ** 20).toFixed(1)} MB is over the ${maxBytes / 2 ** 20} MB cap (reportLens.maxSnapshotMegabytes)`;
  return undefined;
}

/** YAML's own bound on alias expansion (nodes reached through aliases); the text bound is `maxCharacters`. */
const MAX_YAML_ALIASES = 100;

/**
 * The text a parsed value holds once its YAML aliases are expanded (strings
 * and keys, plus a little per node), counted up to `limit`: 99 aliases of one
 * 2 MB string are 200 MB for every later step, though parsing shares them.
 * Stops as soon as the limit is passed, so the count is linear in the limit.
 */
function exceedsExpandedSize(value: unknown, limit: number): boolean {
  let size = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    size += 8;
    if (typeof next === 'string') size += next.length;
    else if (Array.isArray(next)) for (const child of next) pending.push(child);
    else if (typeof next === 'object' && next !== null) {
      for (const [key, child] of Object.entries(next)) {
        size += key.length;
        pending.push(child);
      }
    }
    if (size > limit) return true;
  }
  return false;
}

/**
 * Parses and validates a user's snapshot: JSON, or YAML with alias expansion
 * bounded twice — YAML's node count, and at most `maxCharacters` of text once
 * expanded (a "YAML bomb" is refused before anything indexes it).
 */
export function parseUserSnapshot(text: string, format: 'json' | 'yaml', maxCharacters: number): Snapshot {
  return runSteps(userSnapshotSteps(text, format, maxCharacters));
}

/** `parseUserSnapshot` in steps, for `runInSlices`. */
export function* userSnapshotSteps(text: string, format: 'json' | 'yaml', maxCharacters: number): Steps<Snapshot> {
  if (format === 'json') return yield* snapshotFromJson(text);
  let value: unknown;
  try {
    value = parseYaml(text, { maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw new SnapshotError(`not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (exceedsExpandedSize(value, maxCharacters)) throw new SnapshotError(`its YAML aliases expand to more than ${maxCharacters} characters`);
  return yield* sharingRepeatedStrings(yield* validation(value));
}

/** Each kind of item by id. */
interface IdMaps {
  reports: Map<string, Report>;
  sections: Map<string, Section>;
  terms: Map<string, Term>;
  figures: Map<string, Figure>;
  captions: Map<string, Caption>;
}

function* idMaps(snapshot: Snapshot): Steps<IdMaps> {
  const byId = function* <T extends { id: string }>(items: T[]): Steps<Map<string, T>> {
    const map = new Map<string, T>();
    for (let i = 0; i < items.length; i++) {
      map.set(items[i].id, items[i]);
      if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    }
    return map;
  };
  return {
    reports: yield* byId(snapshot.reports),
    sections: yield* byId(snapshot.sections),
    terms: yield* byId(snapshot.terms),
    figures: yield* byId(snapshot.figures),
    captions: yield* byId(snapshot.captions),
  };
}

/**
 * A snapshot with its lookup indexes. The id maps are built at load; the
 * folding table, the term matcher and the figures by value when first used
 * (the first hover or scan), so that loading a large library does not build
 * what a session may never need.
 */
/**
 * The longest name of a term that hovers and scans match. No term is that long (the reports' longest name is 55
 * characters), but a user snapshot's alias may be 10,000: the matcher's trie is numbered by recursion as deep as a
 * name is long, and an alias of 8,000 characters overflowed the stack at the first hover, so no hover or scan worked;
 * and a scan walks at each position as far as some name continues the text, so a long name beside a long run of its
 * characters made each scan of *Terms in this document* quadratic.
 */
export const MAX_MATCHED_NAME_LENGTH = 128;

export class Library {
  private foldTable: FoldTable | undefined;
  private termMatcher: TermMatcher<Term> | undefined;
  /** `value|unit` → figures, for recognising a statistic typed in a draft. */
  private valueIndex: Map<string, Figure[]> | undefined;

  constructor(
    readonly snapshot: Snapshot,
    private readonly byId: IdMaps = runSteps(idMaps(snapshot)),
  ) {}

  /** A library whose id maps are built in steps, for `runInSlices`. */
  static *inSteps(snapshot: Snapshot): Steps<Library> {
    return new Library(snapshot, yield* idMaps(snapshot));
  }

  get folding(): FoldTable {
    return (this.foldTable ??= new FoldTable(this.snapshot.fold?.t2s ?? {}));
  }

  get matcher(): TermMatcher<Term> {
    if (!this.termMatcher) {
      const matcher = new TermMatcher<Term>(this.folding);
      // Canonical terms first, so a term's own name wins over another term's alias. Two terms of one name come from
      // two snapshots (a writer's report defining 城市大脑, which the built-in reports only use): the one the reports
      // define wins, then the one they explain, so the hover shows a definition wherever one is.
      const add = (key: string, term: Term) => key.length <= MAX_MATCHED_NAME_LENGTH && matcher.add(key, term);
      for (const term of [...this.snapshot.terms].sort((a, b) => statusRank(a) - statusRank(b))) add(term.term, term);
      for (const term of this.snapshot.terms) for (const alias of term.aliases) add(alias, term);
      // Last, so no term's own name or alias gives way to a plural: `smart cities` is Smart City's (智慧城市).
      for (const term of this.snapshot.terms) {
        for (const name of [term.term, ...term.aliases]) {
          const plural = pluralInIes(name);
          if (plural) add(plural, term);
        }
      }
      this.termMatcher = matcher;
    }
    return this.termMatcher;
  }

  private get figuresByValue(): Map<string, Figure[]> {
    if (!this.valueIndex) {
      const index = new Map<string, Figure[]>();
      for (const figure of this.snapshot.figures) {
        const key = figureKey(figure, this.folding.fold(figure.unit));
        const same = index.get(key);
        if (same) same.push(figure);
        else index.set(key, [figure]);
      }
      this.valueIndex = index;
    }
    return this.valueIndex;
  }

  report(id: string): Report | undefined {
    return this.byId.reports.get(id);
  }

  section(id: string | undefined): Section | undefined {
    return id === undefined ? undefined : this.byId.sections.get(id);
  }

  term(id: string): Term | undefined {
    return this.byId.terms.get(id);
  }

  figure(id: string): Figure | undefined {
    return this.byId.figures.get(id);
  }

  caption(id: string): Caption | undefined {
    return this.byId.captions.get(id);
  }

  /**
   * Snapshot figures with this value and unit (a figure typed in a draft), the unit in either script (9個 is 9个);
   * a range or a level only with the same bounds and said as a level (`几百米` is 200–900 m: neither 200 m nor 500 m).
   */
  figuresWithValue(value: number, unit: string, bounds: Pick<Figure, 'valueMax' | 'level'> = {}): Figure[] {
    return this.figuresByValue.get(figureKey({ value, ...bounds }, this.folding.fold(unit))) ?? [];
  }

  /**
   * What to cite for a quote: its report, or — in a compilation — the article
   * whose section contains it.
   */
  sourceOf(location: { reportId: string; sectionId?: string }): CitationSource | undefined {
    const report = this.byId.reports.get(location.reportId);
    if (!report) return undefined;
    const articles = report.articles ?? [];
    const squash = (text: string) => text.replace(/\s+/g, '');
    // Bounded by the number of sections: a parent cycle (refused by validation) cannot make it loop.
    let steps = this.byId.sections.size;
    for (let section = this.section(location.sectionId); section && steps-- > 0; section = this.section(section.parentId)) {
      const index = articles.findIndex((article) => squash(article.title) === squash(section!.title));
      if (index >= 0) return { report, article: articles[index], articleIndex: index };
    }
    return { report };
  }

  /** The figures related to a term, resolved. */
  figuresOf(term: Term): Figure[] {
    return term.figureIds.map((id) => this.byId.figures.get(id)).filter((figure): figure is Figure => figure !== undefined);
  }
}

function figureKey(figure: Pick<Figure, 'value' | 'valueMax' | 'level'>, unit: string): string {
  const bound = (value: number | undefined) => (value === undefined ? '' : Number(value.toPrecision(12)));
  return `${bound(figure.value)}|${bound(figure.valueMax)}|${figure.level ? 'level' : ''}|${unit}`;
}
