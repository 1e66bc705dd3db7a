/**
 * A workspace library: a team's own reports, indexed into one folder of the
 * workspace (`.reportlens/`) of plain files that can be committed with git:
 *
 *   catalog.yaml    the catalogue the writers confirmed, one entry per report,
 *                   with the original file (`source`) and its SHA-256
 *   curation.yaml   cleaning rules: the repeated page headers and footers the
 *                   extraction found, and whatever the team adds by hand
 *   text/ID.txt     the text extracted from each report, pages separated by a
 *                   form-feed line: quotes' lines and pages point into it
 *   snapshot.json   the index, in the built-in snapshot's format
 *
 * Every change is built in a temporary copy of the folder and swapped in by
 * renaming, so the library is either the old one or the new one, never half
 * written; a cancelled or failed run leaves it as it was.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Report, Snapshot } from '../core/model';
import { LIBRARY_FOLDER, LIBRARY_SNAPSHOT, LIBRARY_TERM_PREFIX } from '../core/workspaceLibrary';
import { parseYamlDocument } from '../core/yaml';
import { indexReports, serialiseSnapshot, type ReportSource } from './build';
import { readCatalog } from './catalog';
import { readCuration, type PatternWatch } from './curation';
import { PatternWatchdog, watchCells } from './patternWatchdog';
// The worker of `updateLibraryOffThread` runs this module's bundle and takes its side of the watch from it.
export { sharedPatternWatch } from './patternWatchdog';
import { extractDocument, ExtractionError, isSupportedFile, type ExtractedDocument } from './extract/document';
import { guessCatalogue, type CatalogueGuess } from './guess';

const CATALOG = 'catalog.yaml';
const CURATION = 'curation.yaml';
const TEXTS = 'text';

/** A catalogue entry of the library: citation metadata plus where the report came from. */
export interface LibraryEntry {
  report: Report;
  /** The original file, relative to the library folder (`../reports/x.pdf`). */
  source: string;
  /** SHA-256 of the original file when it was extracted. */
  sha256: string;
  /** Pages of the original, when it has pages. */
  pages?: number;
}

/** A report file read and extracted, with the catalogue guessed from it, waiting for the writer's confirmation. */
export interface ExtractedReport {
  path: string;
  sha256: string;
  document: ExtractedDocument;
  guess: CatalogueGuess;
}

export interface SkippedFile {
  path: string;
  reason: string;
  /** Re-index: the catalogue names an original outside the workspace folder, which was not read. */
  outsideWorkspace?: boolean;
}

export interface RunOptions {
  /** Called before each file: its index, the total and the path. */
  onFile?: (index: number, total: number, path: string) => void;
  /** Aborting stops between files, or between a PDF's pages; nothing is written. */
  signal?: AbortSignal;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The supported files among paths: files as given, folders searched recursively (the library folder itself
 * excluded). A link met in a folder is passed over: a repository's `reports/notes.txt` linked to a private file
 * would otherwise be extracted into the library the team commits.
 */
export function reportFiles(paths: string[]): string[] {
  const found: string[] = [];
  const visit = (path: string, explicit: boolean): void => {
    if (!explicit && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return;
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      if (basename(path) === LIBRARY_FOLDER || (!explicit && basename(path).startsWith('.')) || basename(path) === 'node_modules') return;
      for (const name of readdirSync(path).sort()) visit(join(path, name), false);
    } else if (explicit || isSupportedFile(path)) {
      found.push(path);
    }
  };
  for (const path of paths) visit(resolve(path), true);
  return [...new Set(found)];
}

/**
 * A report file's bytes, if it is a regular file. A named pipe (`mkfifo notes.txt`, as an unpacked archive may hold)
 * in a folder being added, or named by a catalogue, never ends: reading it held the extension host — every
 * extension's hovers and commands — until the window was reloaded, with no Cancel possible.
 */
function readReportFile(path: string): Uint8Array {
  if (!statSync(path).isFile()) throw new ExtractionError(path, 'not a regular file (a pipe, a device or a socket), so not read');
  return new Uint8Array(readFileSync(path));
}

/** The library's catalogue entries (none when the library does not exist yet). */
export function readLibrary(libraryDir: string): LibraryEntry[] {
  const catalogPath = join(libraryDir, CATALOG);
  if (!existsSync(catalogPath)) return [];
  const reports = readCatalog(catalogPath);
  const raw = (parseYamlDocument(readFileSync(catalogPath, 'utf8')).toJS() as { reports: Record<string, unknown>[] }).reports;
  return reports.map((report, index) => {
    const entry: LibraryEntry = { report, source: String(raw[index].source ?? ''), sha256: String(raw[index].sha256 ?? '') };
    if (typeof raw[index].pages === 'number') entry.pages = raw[index].pages as number;
    return entry;
  });
}

/**
 * Reads and extracts files, one at a time, guessing each one's catalogue
 * entry. Unreadable files and files without text are skipped with the reason;
 * `taken` are the ids already in use.
 */
export async function extractReports(paths: string[], taken: Set<string>, options: RunOptions = {}): Promise<{ extracted: ExtractedReport[]; skipped: SkippedFile[] }> {
  const extracted: ExtractedReport[] = [];
  const skipped: SkippedFile[] = [];
  const ids = new Set(taken);
  for (const [index, path] of paths.entries()) {
    if (options.signal?.aborted) throw new CancelledError();
    options.onFile?.(index, paths.length, path);
    try {
      const bytes = readReportFile(path);
      const document = await extractDocument(path, bytes, options.signal);
      const guess = guessCatalogue(path, document.text, document.metadata, ids);
      ids.add(guess.report.id);
      extracted.push({ path, sha256: sha256(bytes), document, guess });
    } catch (error) {
      if (options.signal?.aborted) throw new CancelledError();
      if (error instanceof ExtractionError) skipped.push({ path, reason: error.reason });
      else if ((error as NodeJS.ErrnoException).code) skipped.push({ path, reason: `cannot read the file (${(error as NodeJS.ErrnoException).code})` });
      else throw error;
    }
  }
  if (options.signal?.aborted) throw new CancelledError();
  return { extracted, skipped };
}

/** An entry as the catalogue file holds it: the report's fields, then where it came from. */
function catalogueFields({ report, source, sha256: hash, pages }: LibraryEntry): Record<string, unknown> {
  return { ...report, source, sha256: hash, ...(pages ? { pages } : {}) };
}

/**
 * The catalogue file: the confirmed entries with their provenance, as YAML a person can edit. The writer edits the
 * catalogue that is there (opened beside after Add reports, and saving it re-indexes), so it is changed in place:
 * only the fields of an entry that differ from what was read are set, an entry replaced stays where it was, and
 * the writer's comments, the order of their entries and fields Report Lens does not read are kept, as they are
 * in the curation file. Written whole, every save of the catalogue threw them away.
 */
function catalogueYaml(existing: { text: string; entries: LibraryEntry[] } | undefined, entries: LibraryEntry[]): string {
  if (!existing) {
    const document = new Document({ reports: entries.map(catalogueFields) });
    document.commentBefore =
      ' Report Lens workspace library: the catalogue of the team\'s own reports.\n' +
      ' Correct any field, then run "Report Lens: Re-index the workspace library". Leave a field out\n' +
      ' when the report does not state it: citations omit what is not known.';
    return document.toString({ lineWidth: 0 });
  }
  // readLibrary has read and validated this text: a `reports` sequence of mappings, each with its id.
  const document = parseYamlDocument(existing.text);
  const list = document.get('reports', true) as YAMLSeq<YAMLMap<unknown, unknown>>;
  const read = new Map(existing.entries.map((entry) => [entry.report.id, catalogueFields(entry)]));
  const wanted = new Map(entries.map((entry) => [entry.report.id, catalogueFields(entry)]));
  const before = list.items.length;
  list.items = list.items.filter((item) => wanted.has(String(item.get('id'))));
  let changed = list.items.length !== before;
  for (const item of list.items) {
    const id = String(item.get('id'));
    const was = read.get(id) ?? {};
    const now = wanted.get(id)!;
    wanted.delete(id);
    for (const [key, value] of Object.entries(now)) {
      if (isDeepStrictEqual(was[key], value)) continue;
      item.set(key, document.createNode(value));
      changed = true;
    }
    for (const key of Object.keys(was)) {
      if (key in now) continue;
      item.delete(key);
      changed = true;
    }
  }
  for (const fields of wanted.values()) {
    // A flow sequence (`reports: []`, left by removing every report) takes its new entries in block style.
    list.flow = false;
    list.items.push(document.createNode(fields) as YAMLMap<unknown, unknown>);
    changed = true;
  }
  return changed ? document.toString({ lineWidth: 0 }) : existing.text;
}

/** Sets the repeated lines of the re-extracted reports in the curation file and drops removed reports, keeping the rest. */
function updateCuration(path: string, repeated: Map<string, string[]>, keptIds: Set<string>): void {
  const document = existsSync(path) ? parseYamlDocument(readFileSync(path, 'utf8')) : new Document({});
  if (!document.has('cleaning')) document.set('cleaning', document.createNode({}));
  const cleaning = (document.toJS() as { cleaning?: Record<string, { dropLines?: string[] }> }).cleaning ?? {};
  for (const reportId of Object.keys(cleaning)) {
    if (reportId !== 'all' && !keptIds.has(reportId)) document.deleteIn(['cleaning', reportId]);
  }
  for (const [reportId, patterns] of repeated) {
    const existing = cleaning[reportId]?.dropLines ?? [];
    const lines = [...new Set([...existing, ...patterns])];
    if (lines.length > 0) document.setIn(['cleaning', reportId, 'dropLines'], lines);
  }
  writeFileSync(path, document.toString({ lineWidth: 0 }));
}

/** Gives the library's term ids their prefix (the built-in snapshot owns the plain `term:…` ids). */
function withLibraryIds(snapshot: Snapshot): Snapshot {
  return { ...snapshot, terms: snapshot.terms.map((term) => ({ ...term, id: `${LIBRARY_TERM_PREFIX}${term.id}` })) };
}

/**
 * The library's snapshot from its catalogue, curation and extracted texts. `watchPatterns` gives the watch of the
 * curation's cleaning patterns on each report's text, named by its file in the library.
 */
export function indexLibrary(libraryDir: string, onProgress?: (message: string) => void, watchPatterns?: (file: string) => PatternWatch): Snapshot {
  const entries = readLibrary(libraryDir);
  // A shared catalogue is input like any other: reading it (readLibrary) refuses a text outside the library folder.
  const sources: ReportSource[] = entries.map(({ report }) => ({ report, text: readFileSync(resolve(libraryDir, report.file), 'utf8') }));
  const curationPath = join(libraryDir, CURATION);
  const curation = readCuration(existsSync(curationPath) ? curationPath : undefined);
  const fileOf = new Map(entries.map(({ report }) => [report.id, report.file]));
  const watched = watchPatterns ? { ...curation, cleaning: (reportId: string) => ({ ...curation.cleaning(reportId), watch: watchPatterns(fileOf.get(reportId) ?? reportId) }) } : curation;
  return withLibraryIds(indexReports(sources, watched, onProgress));
}

export interface LibraryChange {
  /** Reports to add or replace (same id = replace), with their confirmed catalogue entries. */
  add?: { extracted: ExtractedReport; report: Report }[];
  /** Ids of reports to remove. */
  remove?: string[];
}

/** How the catalogue names an original: relative to the library folder, with `/`. */
function sourceOf(libraryDir: string, path: string): string {
  return relative(resolve(libraryDir), path).split(sep).join('/');
}

/**
 * The additions of `extracted` to the library in `libraryDir`: a file the library already holds — the same original
 * (its `source`) or the same content (its SHA-256) — replaces that report's entry, keeping its id and the catalogue
 * the writer may have corrected, rather than becoming a second report of one document (an original re-index skipped
 * as outside the workspace, added again as its message says; a copy of a report already added).
 */
export function libraryAdditions(libraryDir: string, extracted: readonly ExtractedReport[]): NonNullable<LibraryChange['add']> {
  const entries = readLibrary(libraryDir);
  return extracted.map((item) => {
    const source = sourceOf(libraryDir, item.path);
    const held = entries.find((entry) => entry.source === source || entry.sha256 === item.sha256);
    return { extracted: item, report: held?.report ?? item.guess.report };
  });
}

/**
 * Refuses a library folder that is a link or holds one. The folder comes with
 * the repository: a committed `snapshot.json` linked to `~/.bashrc`, or a
 * `text/` linked to another folder, would have the copy below keep the link
 * and the writes go through it, outside the workspace.
 */
function refuseLinks(path: string): void {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) throw new Error(`${path} is a link: Report Lens writes a library only as plain files and folders of the workspace`);
  if (stat?.isDirectory()) for (const name of readdirSync(path)) refuseLinks(join(path, name));
}

/** A file's text, or undefined when there is none. */
function textOf(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Where a change to the library at `libraryDir` is built before it is swapped in: beside it, named for this process and moment. */
function stagingFolderOf(libraryDir: string): string {
  return join(dirname(resolve(libraryDir)), `${basename(libraryDir)}.tmp-${process.pid}-${Date.now()}`);
}

/** How a caller that may stop `updateLibrary` midway (`updateLibraryOffThread`) runs it. */
export interface StagingOptions {
  /** The folder the changed library is built in (`stagingFolderOf` when not given), for the caller to remove if it stops the run. */
  staging?: string;
  /** Asked once, right before the swap: false refuses the change (`CancelledError`), so the run is never stopped mid-swap. */
  mayCommit?: () => boolean;
  /** The watch of the curation's cleaning patterns on each report's text (`indexLibrary`). */
  watchPatterns?: (file: string) => PatternWatch;
}

/**
 * Applies a change to the library and re-indexes it: built in a copy of the
 * folder, then swapped in. Returns the new snapshot.
 *
 * The files the writer edits (the catalogue and the curation) are swapped in
 * only if they are still as they were copied: a writer correcting the
 * catalogue saves it again while the first save's re-index runs (for
 * seconds), and the copy made before would have replaced their second
 * correction, on disk and in their editor. The change is refused instead;
 * the second save's own re-index reads it.
 */
export function updateLibrary(libraryDir: string, change: LibraryChange, onProgress?: (message: string) => void, options: StagingOptions = {}): Snapshot {
  refuseLinks(libraryDir);
  const staging = options.staging ?? stagingFolderOf(libraryDir);
  try {
    if (existsSync(libraryDir)) cpSync(libraryDir, staging, { recursive: true });
    const edited = [CATALOG, CURATION].map((name) => ({ name, copied: textOf(join(staging, name)) }));
    mkdirSync(join(staging, TEXTS), { recursive: true });
    const removed = new Set(change.remove ?? []);
    const added = new Map((change.add ?? []).map((item) => [item.report.id, item]));
    const held = readLibrary(staging);
    const entries = held.filter((entry) => !removed.has(entry.report.id) && !added.has(entry.report.id));
    for (const reportId of removed) rmSync(join(staging, TEXTS, `${reportId}.txt`), { force: true });
    const repeated = new Map<string, string[]>();
    for (const { extracted, report } of added.values()) {
      const textFile = `${TEXTS}/${report.id}.txt`;
      writeFileSync(join(staging, textFile), extracted.document.text);
      const source = sourceOf(libraryDir, extracted.path);
      const entry: LibraryEntry = { report: { ...report, file: textFile }, source, sha256: extracted.sha256 };
      if (extracted.document.pages > 0) entry.pages = extracted.document.pages;
      entries.push(entry);
      repeated.set(report.id, extracted.document.repeatedLines);
    }
    const catalogPath = join(staging, CATALOG);
    writeFileSync(catalogPath, catalogueYaml(existsSync(catalogPath) ? { text: readFileSync(catalogPath, 'utf8'), entries: held } : undefined, entries));
    updateCuration(join(staging, CURATION), repeated, new Set(entries.map((entry) => entry.report.id)));
    const snapshot = indexLibrary(staging, onProgress, options.watchPatterns);
    writeFileSync(join(staging, LIBRARY_SNAPSHOT), serialiseSnapshot(snapshot));
    const saved = edited.find(({ name, copied }) => textOf(join(libraryDir, name)) !== copied);
    if (saved) throw new Error(`${join(libraryDir, saved.name)} was saved while the library was being updated: this change was not made, so that the file stays as saved. Run it again`);
    if (options.mayCommit && !options.mayCommit()) throw new CancelledError();
    swapIn(staging, libraryDir);
    return snapshot;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * The worker thread of `updateLibraryOffThread`: the change, applied by the indexer bundle itself, its failure sent
 * back by name and message. It takes its turn to swap through the shared cell (0 running, 1 swapping, 2 stopped), and
 * tells the watchdog where the curation's cleaning patterns run.
 */
const UPDATE_IN_WORKER = `const { parentPort, workerData } = require('node:worker_threads');
const indexer = require(workerData.bundle);
const turn = new Int32Array(workerData.turn);
try {
  indexer.updateLibrary(workerData.library, workerData.change, undefined, {
    staging: workerData.staging,
    mayCommit: () => Atomics.compareExchange(turn, 0, 0, 1) === 0,
    watchPatterns: indexer.sharedPatternWatch(workerData.watch, (seen) => parentPort.postMessage(seen)),
  });
  parentPort.postMessage(null);
} catch (error) {
  parentPort.postMessage({ name: error.name, message: error.message });
}`;

/** How long one cleaning pattern may run on one line before `updateLibraryOffThread` stops the change. */
export const PATTERN_TIME_LIMIT_MS = 10_000;

/**
 * Applies a change to a library (`updateLibrary`) in a worker thread running `bundle` (this indexer, bundled), so the
 * thread that asks (the extension host: every extension's hovers and commands) is not held while it indexes. The
 * signal stops it with `CancelledError`, whenever it has not begun the swap: the library's own curation file may hold
 * a pattern that backtracks for hours on one line (`^(a|a)*$`), and a repository can bring one. Such a pattern is also
 * stopped by itself after `patternLimitMs` on one line, failing the change with a message that names it and the line.
 * Once the swap has begun, the run finishes by itself (two renames).
 */
export function updateLibraryOffThread(bundle: string, libraryDir: string, change: LibraryChange, signal?: AbortSignal, patternLimitMs = PATTERN_TIME_LIMIT_MS): Promise<void> {
  const staging = stagingFolderOf(libraryDir);
  const turn = new SharedArrayBuffer(4);
  const cells = watchCells();
  const worker = new Worker(UPDATE_IN_WORKER, { eval: true, workerData: { bundle, library: libraryDir, change, staging, turn, watch: cells } });
  let stop = (_why: Error) => {};
  const cancel = () => stop(new CancelledError());
  let stopping = false;
  // Looked up when it fires: `stop` is set in the promise below.
  const watchdog = new PatternWatchdog(cells, basename(libraryDir), patternLimitMs, (error) => stop(error));
  return new Promise<void>((resolve, reject) => {
    stop = (why) => {
      if (Atomics.compareExchange(new Int32Array(turn), 0, 0, 2) !== 0) return;
      stopping = true;
      // Settled once the thread is gone and its half-built library with it.
      void worker.terminate().finally(() => {
        rmSync(staging, { recursive: true, force: true });
        reject(why);
      });
    };
    worker.on('message', (message: { name: string; message: string } | null) => {
      if (watchdog.take(message)) return;
      if (message) reject(Object.assign(new Error(message.message), { name: message.name }));
      else resolve();
    });
    worker.once('error', reject);
    // After a message this changes nothing: the promise is settled.
    worker.once('exit', (code) => {
      if (!stopping) reject(new Error(`the indexer stopped (exit code ${code})`));
    });
    if (signal?.aborted) cancel();
    else signal?.addEventListener('abort', cancel, { once: true });
  }).finally(() => {
    watchdog.stop();
    signal?.removeEventListener('abort', cancel);
  });
}

/** Replaces `target` by `staging` with renames; if the second rename fails, the old folder is put back. */
function swapIn(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}-${Date.now()}`;
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadOld) renameSync(old, target);
    throw error;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

export interface ReindexOptions extends RunOptions {
  /** Originals the writer chose this session (Add reports): read wherever they are, as they were when added. */
  chosen?: Iterable<string>;
}

/** The real path (links followed) of a file, or undefined when it cannot be resolved. */
function realPathOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder === '' || (fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder));
}

/**
 * Re-reads the library's original files and re-extracts those whose content
 * changed (by SHA-256); unchanged ones are not read again. A missing original
 * is reported and its extracted text kept.
 *
 * The catalogue's `source` paths come with the repository, which may point them
 * anywhere (`../../../home/u/.ssh/id_rsa`, `/etc/passwd`, a link out): an
 * original whose real path is outside `workspaceDir` (also resolved) is not
 * read, unless the writer chose it this session (`options.chosen`). It is
 * reported (`outsideWorkspace`) and its extracted text kept. A path outside as
 * written is not even resolved.
 */
export async function changedReports(
  libraryDir: string,
  workspaceDir: string,
  options: ReindexOptions = {},
): Promise<{ changed: { extracted: ExtractedReport; report: Report }[]; unchanged: string[]; skipped: SkippedFile[] }> {
  const entries = readLibrary(libraryDir);
  const changed: { extracted: ExtractedReport; report: Report }[] = [];
  const unchanged: string[] = [];
  const skipped: SkippedFile[] = [];
  const workspace = realPathOf(workspaceDir) ?? resolve(workspaceDir);
  const given = new Set([...(options.chosen ?? [])].map((path) => resolve(path)));
  const chosen = new Set([...given].map(realPathOf));
  for (const [index, entry] of entries.entries()) {
    if (options.signal?.aborted) throw new CancelledError();
    const path = resolve(libraryDir, entry.source);
    options.onFile?.(index, entries.length, path);
    let bytes: Uint8Array;
    try {
      // Decided on the path as written before it is resolved: resolving touches what it names, and on Windows
      // `//host/share/x.pdf` connects to that host and offers it the writer's login (NTLM).
      const named = isInside(path, resolve(workspaceDir)) || isInside(path, workspace) || given.has(path);
      const real = named ? realpathSync(path) : undefined;
      if (!real || (!isInside(real, workspace) && !chosen.has(real))) {
        skipped.push({ path, reason: 'outside the workspace folder, so not read (the shared catalogue may name any file); its last extracted text is kept. Add it again to re-read it', outsideWorkspace: true });
        continue;
      }
      // The resolved path, as checked: a link swapped in between is not followed.
      bytes = readReportFile(real);
    } catch (error) {
      const why = error instanceof ExtractionError ? error.reason : `cannot read the original (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      skipped.push({ path, reason: `${why}; its last extracted text is kept` });
      continue;
    }
    if (sha256(bytes) === entry.sha256) {
      unchanged.push(entry.report.id);
      continue;
    }
    try {
      const document = await extractDocument(path, bytes, options.signal);
      // The confirmed catalogue stays; only the text is new.
      changed.push({ extracted: { path, sha256: sha256(bytes), document, guess: { report: entry.report, sources: {} } }, report: entry.report });
    } catch (error) {
      if (options.signal?.aborted) throw new CancelledError();
      if (!(error instanceof ExtractionError)) throw error;
      skipped.push({ path, reason: `${error.reason}; its last extracted text is kept` });
    }
  }
  if (options.signal?.aborted) throw new CancelledError();
  return { changed, unchanged, skipped };
}
