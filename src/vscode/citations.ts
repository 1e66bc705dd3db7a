/**
 * Citation commands: insert a citation or a quote with its citation in the
 * document's own syntax, keep the reference list or bibliography file right,
 * export a document's bibliography. Each insertion is one undo step.
 */
import * as vscode from 'vscode';
import { authorDateMarker, bibTeXEntry, citationKey, citationKeyProblem, cslItem, keyWithoutPage, referenceEntry, reportTextIn, type BibTeXDialect, type CitationSource, type CitationStyle } from '../core/citation';
import { appendBibTeX, appendCslJson, citedKeys, frontMatterBibliography, holdsNumericMarker, latexBibliography, missingLatexBibliography, planCitation, updateBibliography, updateCitations, type CitationFormat, type CitationPlan, type FormerSource, type PlanOptions, type TextEdit } from '../core/citeEdits';
import type { HoverPlace, ItemRef } from '../core/hoverContent';
import type { Match } from '../core/matcher';
import type { Term } from '../core/model';
import type { Library } from '../core/snapshot';
import { COMMANDS } from './commands';
import { settings } from './config';
import { rangeOf } from './convert';
import { isItemRef, resolveItem, type ResolvedItem } from './items';
import { SOURCE_SCHEME } from './sourceView';
import { isLibraryFile } from './workspaceLibrary';
import { resolveInWorkspace, settingWithOrigin, type ResolvedPath } from './workspacePaths';
import { notify } from './notify';
import { SourceHistory } from './sourceHistory';

/** The styles as the writer knows them (the setting's values are ids). */
const STYLE_NAMES: Record<CitationStyle, string> = { 'gbt7714-2025': 'GB/T 7714—2025', 'gbt7714-2015': 'GB/T 7714—2015', apa7: 'APA 7' };

/** Escapes text for a SnippetString, where `$`, `}` and `\` are syntax. */
function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (char) => `\\${char}`);
}

/** The quote in the writer's marks, or nothing. */
function quoted(quote: string | undefined, escape: (text: string) => string): string {
  const [open, close] = settings.quoteMarks();
  return quote === undefined ? '' : `${open}${escape(quote)}${close}`;
}

/** The snippet at the cursor: the quote in the writer's marks (if any), the marker, and a tab stop after it. */
export function citationSnippet(marker: string, quote: string | undefined): vscode.SnippetString {
  // Pandoc's locator is worth a tab stop: the page selected when the quote has one (`[@key, p. 3]`, to adjust
  // or extend to a range), an empty stop before the bracket otherwise; other markers get the final stop after them.
  const pandoc = /^\[@([^,\]]+)(?:, ([^\]]+))?\]$/.exec(marker);
  const locator = pandoc?.[2] === undefined ? `\${1}` : `, \${1:${snippetText(pandoc[2])}}`;
  const body = pandoc ? `[@${snippetText(pandoc[1])}${locator}]` : snippetText(marker);
  return new vscode.SnippetString(`${quoted(quote, snippetText)}${body}$0`);
}

/** A bibliography file to write to, and what it is read as. */
interface BibliographyTarget {
  uri: vscode.Uri;
  /** How its records are written: classic BibTeX, biblatex, or CSL-JSON. */
  kind: BibTeXDialect | 'csl';
}

/**
 * Where a Pandoc or LaTeX document keeps its bibliography, or why it cannot be
 * used. Names from the document and from the workspace's settings came with
 * the repository: they are resolved through links and must stay inside the
 * workspace folders; only the writer's own user settings may point elsewhere.
 * Only `.bib` and `.json` files are bibliographies.
 */
async function bibliographyTarget(document: vscode.TextDocument): Promise<BibliographyTarget | string> {
  const text = document.getText();
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const documentFolder = document.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(document.uri, '..');
  const latex = document.languageId === 'latex' ? latexBibliography(text) : undefined;
  const named = frontMatterBibliography(text) ?? latex?.name;
  const setting = settingWithOrigin('reportLens', 'bibliographyFile');
  let resolved: ResolvedPath;
  if (named && documentFolder) resolved = await resolveInWorkspace(named, documentFolder);
  else if (typeof setting?.value === 'string' && setting.value.trim()) resolved = await resolveInWorkspace(setting.value, (folder ?? vscode.workspace.workspaceFolders?.[0])?.uri, setting.fromUserSettings);
  // A draft opened on its own, outside any workspace folder, keeps its bibliography beside it.
  else if (documentFolder) resolved = await resolveInWorkspace('references.bib', documentFolder, folder === undefined);
  else return vscode.l10n.t('Save the document first, or set "reportLens.bibliographyFile", so the citation has a bibliography file to go to.');
  if ('problem' in resolved) return vscode.l10n.t('The bibliography file cannot be used: {0}.', resolved.problem);
  const extension = /\.(bib|json)$/i.exec(resolved.uri.path)?.[1].toLowerCase();
  if (!extension) return vscode.l10n.t('Report Lens writes only .bib and .json bibliography files, not {0}.', resolved.uri.fsPath);
  return { uri: resolved.uri, kind: extension === 'json' ? 'csl' : (latex?.dialect ?? 'biblatex') };
}

/** Whether the writer lets a missing bibliography file be created: asked each time, unless their own user settings say not to ask. */
async function mayCreate(uri: vscode.Uri): Promise<boolean> {
  const confirm = settingWithOrigin('reportLens', 'confirmNewBibliographyFile');
  if (confirm?.fromUserSettings && confirm.value === false) return true;
  const create = vscode.l10n.t('Create');
  const answer = await notify.ask(vscode.l10n.t('Create the bibliography file {0}?', uri.fsPath), create);
  return answer === create;
}

/** Bibliography writes, one file at a time, so each reads what the one before wrote. */
let writes: Promise<unknown> = Promise.resolve();

/** Runs `write` after the bibliography writes queued before it; a failed one does not stop those after it. */
function queuedWrite<T>(write: () => Promise<T>): Promise<T> {
  const done = writes.then(write);
  writes = done.catch(() => undefined);
  return done;
}

/** The file's stat, or undefined when there is no such file. */
async function statOf(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
}

/**
 * A bibliography file's text as its editor holds it, or why it must be left alone: a file not in the editor's
 * encoding (a GBK `.bib`, as older Chinese LaTeX set-ups keep) reads with U+FFFD for each character it could not
 * decode, and saving it after an append wrote those instead of the writer's Chinese, unseen.
 */
function bibliographyText(open: vscode.TextDocument): string | { problem: string } {
  const text = open.getText();
  return text.includes('\uFFFD') ? { problem: vscode.l10n.t('The bibliography file {0} is not in the editor\'s encoding (files.encoding); it was left unchanged.', open.uri.fsPath) } : text;
}

/**
 * Adds a record at the end of the bibliography file (never replacing what is
 * there; created only if the writer agrees). Returns an error message instead
 * of writing when the file cannot be used or read as a bibliography.
 */
function addToBibliography(document: vscode.TextDocument, bibliography: NonNullable<CitationPlan['bibliography']>): Promise<string | undefined> {
  return queuedWrite(async () => {
    const target = await bibliographyTarget(document);
    if (typeof target === 'string') return target;
    const { uri, kind } = target;
    const stat = await statOf(uri);
    if (stat && stat.type !== vscode.FileType.File) return vscode.l10n.t('The bibliography file {0} is not a regular file; nothing was written.', uri.fsPath);
    if (!stat && !(await mayCreate(uri))) return vscode.l10n.t('No bibliography file was created; the citation was not inserted.');
    const open = stat ? await vscode.workspace.openTextDocument(uri) : undefined;
    const existing = open ? bibliographyText(open) : '';
    if (typeof existing !== 'string') return existing.problem;
    let insertion: TextEdit | undefined;
    try {
      insertion = kind === 'csl' ? appendCslJson(existing, bibliography.csl) : appendBibTeX(existing, bibliography.key, bibliography.bibtex[kind]);
    } catch (error) {
      return vscode.l10n.t('The bibliography file {0} could not be read ({1}); it was left unchanged.', uri.fsPath, (error as Error).message);
    }
    if (insertion === undefined) return undefined;
    const edit = new vscode.WorkspaceEdit();
    if (open) {
      edit.insert(uri, open.positionAt(insertion.start), insertion.text);
    } else {
      edit.createFile(uri, { ignoreIfExists: true });
      edit.insert(uri, new vscode.Position(0, 0), insertion.text);
    }
    if (!(await vscode.workspace.applyEdit(edit))) return vscode.l10n.t('The bibliography file {0} could not be written.', uri.fsPath);
    // A file that cannot be written (read-only, on a full disk) keeps the record unsaved in its editor: the citation,
    // which would name a record the file does not hold, is not inserted.
    if (!(await (await vscode.workspace.openTextDocument(uri)).save())) return vscode.l10n.t('The bibliography file {0} could not be saved (is it read-only?); the citation was not inserted, and the new record is unsaved in its editor.', uri.fsPath);
    return undefined;
  });
}

/**
 * Rewrites the records of a document's bibliography file that Report Lens wrote from an earlier version of a source
 * (`updateBibliography`), and saves the file: how many, or a message when the file cannot be used or written. A
 * bibliography file not made yet has nothing to update. Queued with the other bibliography writes.
 */
function updateBibliographyFile(document: vscode.TextDocument, former: readonly FormerSource[]): Promise<{ count: number; file: string } | string> {
  return queuedWrite(async () => {
    const target = await bibliographyTarget(document);
    if (typeof target === 'string') return target;
    const { uri, kind } = target;
    const file = uri.fsPath;
    const stat = await statOf(uri);
    if (!stat || stat.type !== vscode.FileType.File) return { count: 0, file };
    const open = await vscode.workspace.openTextDocument(uri);
    const existing = bibliographyText(open);
    if (typeof existing !== 'string') return existing.problem;
    const edits = updateBibliography(existing, kind, former);
    if (edits.length === 0) return { count: 0, file };
    const edit = new vscode.WorkspaceEdit();
    for (const { start, end, text } of edits) edit.replace(uri, rangeOf(open, start, end), text);
    if (!(await vscode.workspace.applyEdit(edit))) return vscode.l10n.t('The bibliography file {0} could not be written.', file);
    if (!(await open.save())) return vscode.l10n.t('The bibliography file {0} could not be saved (is it read-only?); the updated records are unsaved in its editor.', file);
    return { count: edits.length, file };
  });
}

/** Source views, the library's extracted texts (Open source opens them in an editor) and read-only file systems cannot take a citation. */
export function isReadOnly(document: vscode.TextDocument): boolean {
  return document.uri.scheme === SOURCE_SCHEME || isLibraryFile(document.uri) || vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false;
}

/** The quote in the configured quotation marks, and its reference entry (at its page, when its report has pages). */
export function quoteWithCitation(item: ResolvedItem): string {
  const [open, close] = settings.quoteMarks();
  return `${open}${item.quote}${close}\n— ${referenceEntry(item.source, settings.citationStyle(), 'numeric', item.location.page)}`;
}

/** The citation format of a document: its language's setting, or Pandoc when Markdown front matter names a bibliography. */
function citationFormatOf(document: vscode.TextDocument): CitationFormat {
  const configured = settings.citationFormat(document.languageId);
  return configured === 'markdown-footnote' && frontMatterBibliography(document.getText()) ? 'pandoc' : configured;
}

/** The term of the reports under the cursor, so a citation goes after it rather than into it. */
function termOptions(library: Library): PlanOptions {
  return { termAt: (text, offset) => library.matcher.matchAt(text, offset) };
}

/**
 * The plan, or a message when the source cannot be cited in this format (a user snapshot's id that is no citation key).
 * A quote or figure on a known page (a PDF report) is cited at that page.
 */
function planIn(document: vscode.TextDocument, cursor: number, item: ResolvedItem, library: Library): CitationPlan | string {
  const style = settings.citationStyle();
  const page = item.location.page;
  try {
    return planCitation(document.getText(), cursor, citationFormatOf(document), item.source, style, authorDateMarker(item.source, style, page), { ...termOptions(library), page, language: document.languageId });
  } catch (error) {
    return vscode.l10n.t('Report Lens cannot cite this source here: {0}. Nothing was changed.', (error as Error).message);
  }
}

/**
 * The plan of citing `item` at `cursor` (asked again after waiting), with its record added to the bibliography file
 * first when the format needs one; undefined, with the problem shown, when it cannot be cited. The plan that is
 * returned is made from the text as it is once the bibliography is written: writing it waits (for the file, or for
 * the writer to agree to create it), and the draft may change meanwhile — edits planned on the text before would
 * replace the wrong characters.
 */
export async function planWithBibliography(document: vscode.TextDocument, cursor: () => number, item: ResolvedItem, library: Library): Promise<CitationPlan | undefined> {
  const firstPlan = planIn(document, cursor(), item, library);
  if (typeof firstPlan === 'string') {
    void notify.error(firstPlan);
    return undefined;
  }
  if (!firstPlan.bibliography) return firstPlan;
  const problem = await addToBibliography(document, firstPlan.bibliography);
  if (problem) {
    void notify.error(`Report Lens: ${problem}`);
    return undefined;
  }
  if (document.languageId === 'latex') void adviseLatexBibliography(document);
  const plan = planIn(document, cursor(), item, library);
  if (typeof plan === 'string') {
    void notify.error(plan);
    return undefined;
  }
  return plan;
}

/**
 * Says what a LaTeX draft that names no bibliography file lacks: the record went to `references.bib` (or the
 * setting's file), which nothing in the draft names, so its `\cite` printed [?] and no list, and nothing told the writer.
 */
async function adviseLatexBibliography(document: vscode.TextDocument): Promise<void> {
  const target = await bibliographyTarget(document);
  if (typeof target === 'string' || target.kind === 'csl') return;
  // As `\addbibresource` reads it: relative to the draft when the file is beside or below it.
  const folder = document.uri.path.slice(0, document.uri.path.lastIndexOf('/') + 1);
  const file = target.uri.path.startsWith(folder) ? target.uri.path.slice(folder.length) : target.uri.fsPath;
  const missing = missingLatexBibliography(document.getText(), file);
  if (!missing) return;
  const copy = vscode.l10n.t('Copy the commands');
  const message = vscode.l10n.t('Report Lens: the record went to {0}, which this LaTeX document does not name yet, so its citations print as [?]. Add to the document (the record is written for biblatex): {1}', target.uri.fsPath, missing.join('   '));
  if ((await notify.info(message, copy)) === copy) await vscode.env.clipboard.writeText(`${missing.join('\n')}\n`);
}

/**
 * Whether a citation of `item` may go into `editor`, saying why not. The editor must still be open: a picker or a
 * question may have been answered after it closed, and the bibliography record written then would cite nothing. Its
 * document must be writable, and in a language the writer cites in (reportLens.languages): an HTML page or a program
 * would take a plain-text [1] and a 参考文献 list after its last line that are neither markup nor code, so the writer
 * gets the quote and its citation on the clipboard, to paste as the file's own syntax wants.
 */
export async function mayCiteInto(editor: vscode.TextEditor, item: ResolvedItem): Promise<boolean> {
  const document = editor.document;
  const name = document.uri.path.split('/').pop() || document.uri.toString();
  if (document.isClosed || !vscode.window.visibleTextEditors.includes(editor)) {
    void notify.info(vscode.l10n.t('{0} was closed before the citation could go in; nothing was changed.', name));
    return false;
  }
  if (isReadOnly(document)) {
    void notify.info(vscode.l10n.t('{0} is read-only: open your draft to insert a citation into it.', name));
    return false;
  }
  if (!settings.languages().includes(document.languageId)) {
    await vscode.env.clipboard.writeText(quoteWithCitation(item));
    void notify.info(vscode.l10n.t('Report Lens does not write citations into {0} files (reportLens.languages): the quote with its citation is on the clipboard instead.', document.languageId));
    return false;
  }
  return true;
}

/**
 * Cites an item in an editor: the marker (and quote) after the selection —
 * which stays, never replaced — and after the word under the cursor; the
 * reference list or bibliography kept right. One undo step.
 */
export async function citeInEditor(editor: vscode.TextEditor, item: ResolvedItem, withQuote: boolean, library: Library): Promise<boolean> {
  if (!(await mayCiteInto(editor, item))) return false;
  const document = editor.document;
  // As the document prints it: a LaTeX draft escapes the `%` of `36.2%`, which would comment out the citation after it.
  const quote = withQuote ? reportTextIn(document.languageId, item.quote) : undefined;
  // Plain text has no escape: a quote's own `[1]` (a report citing its sources) would be read as a citation of the
  // draft and renumbered with its markers, changing the quote. The writer pastes it where they see fit.
  if (quote !== undefined && citationFormatOf(document) === 'plain-numeric' && holdsNumericMarker(quote)) {
    await vscode.env.clipboard.writeText(quoteWithCitation(item));
    void notify.info(vscode.l10n.t("The quote holds a bracketed number, which this draft's numbered citations would read as a citation and renumber: the quote with its citation is on the clipboard instead."));
    return false;
  }
  const plan = await planWithBibliography(document, () => document.offsetAt(editor.selection.end), item, library);
  if (!plan) return false;
  // Every cursor gets the marker, each after its own word; the list edits come from the primary cursor's plan. A
  // cursor in a footnote or list that opens the body gets its marker at the block's start and a blank line after it
  // (`outOfBlocks`), which is the other cursors' to keep too: `[^key][^a]: 注` would be no definition of [^a].
  const separations = new Map<number, TextEdit>();
  const placeOf = (selection: vscode.Selection) => {
    const own = selection === editor.selection ? plan : planIn(document, document.offsetAt(selection.end), item, library);
    if (typeof own === 'string') return plan.at;
    for (const edit of own.edits) {
      const separation = edit.start === own.at && edit.end === own.at && /^(?:\r?\n)+$/.test(edit.text);
      if (separation && !plan.edits.some((planned) => planned.start === edit.start && planned.end === edit.end)) separations.set(edit.start, edit);
    }
    return own.at;
  };
  // A place inside a label the plan renumbers (a cursor within `[1]`) moves after it: edits may not overlap.
  const outsideEdits = (offset: number) => plan.edits.find((edit) => edit.start < offset && offset < edit.end)?.end ?? offset;
  const places = [...new Set(editor.selections.map((selection) => outsideEdits(placeOf(selection))))].sort((a, b) => a - b);
  const edits = [...plan.edits, ...separations.values()];
  let edited: boolean;
  if (edits.length === 0) {
    // Only the marker: a snippet (Pandoc's locator gets a tab stop), inserted at the cursors' new places.
    editor.selections = places.map((offset) => new vscode.Selection(document.positionAt(offset), document.positionAt(offset)));
    edited = await editor.insertSnippet(citationSnippet(plan.marker, quote), editor.selections, { undoStopBefore: true, undoStopAfter: true });
  } else {
    // The markers and the list edits in one edit: one undo step, whatever the editor does between two calls
    // (a snippet after a separate edit sometimes became a second step). Markers go before an insertion at
    // the same place (a footnote appended at the very end comes after the marker): edits at one position
    // apply in the order given.
    const text = `${quoted(quote, (plain) => plain)}${plan.marker}`;
    edited = await editor.edit(
      (builder) => {
        for (const offset of places) builder.insert(document.positionAt(offset), text);
        for (const edit of edits) builder.replace(rangeOf(document, edit.start, edit.end), edit.text);
      },
      { undoStopBefore: true, undoStopAfter: true },
    );
    // Each cursor after its marker: moved by the list edits wholly before it and the markers up to its own.
    const shift = (offset: number) => edits.filter((edit) => edit.end <= offset && edit.start < offset).reduce((sum, edit) => sum + edit.text.length - (edit.end - edit.start), 0);
    if (edited) {
      editor.selections = places.map((offset, index) => {
        const after = document.positionAt(offset + shift(offset) + (index + 1) * text.length);
        return new vscode.Selection(after, after);
      });
    }
  }
  if (!edited) {
    void notify.error(vscode.l10n.t('Report Lens could not edit {0} (is it read-only?). Nothing was changed.', document.uri.scheme === 'untitled' ? document.uri.path : document.fileName));
  }
  return edited;
}

/** The editor to cite into: the active one, or the last text editor when a view has focus. */
function targetEditor(): vscode.TextEditor | undefined {
  return vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
}

/**
 * The editor of a hover's Insert link (`HoverPlace`), its cursor moved to where the pointer was: undefined when the
 * command came without one (the palette, a key), null — nothing to do — when the hovered document is no longer shown
 * or has changed since the hover (the place may be another word's now).
 */
function hoveredEditor(place: unknown): vscode.TextEditor | null | undefined {
  if (!isHoverPlace(place)) return undefined;
  const editor = vscode.window.visibleTextEditors.find((visible) => visible.document.uri.toString() === place.uri);
  if (!editor || editor.document.version !== place.version || place.line >= editor.document.lineCount || place.character > editor.document.lineAt(place.line).text.length) {
    void notify.info(vscode.l10n.t('The document of that hover is no longer shown as it was; nothing was inserted.'));
    return null;
  }
  const position = new vscode.Position(place.line, place.character);
  editor.selection = new vscode.Selection(position, position);
  return editor;
}

function isHoverPlace(value: unknown): value is HoverPlace {
  if (typeof value !== 'object' || value === null) return false;
  const { uri, version, line, character } = value as Record<string, unknown>;
  return typeof uri === 'string' && Number.isSafeInteger(version) && Number.isSafeInteger(line) && (line as number) >= 0 && Number.isSafeInteger(character) && (character as number) >= 0;
}

/** How far back in a clause the term to cite is looked for: a clause's length, and bounded on a 10 MB line. */
const CLAUSE_LOOK_BACK = 200;

/** The last term of the reports in `line` before `cursor`, within its clause (after the last `，。；：！？` or sentence mark). */
function lastTermBefore(library: Library, line: string, cursor: number): Match<Term> | undefined {
  const from = Math.max(0, cursor - CLAUSE_LOOK_BACK);
  const clauseStart = Math.max(from, ...[...line.slice(from, cursor).matchAll(/[，。；：！？,;:!?]/gu)].map((mark) => from + mark.index + 1));
  let last: Match<Term> | undefined;
  library.matcher.scan(line, (match) => void (last = match), clauseStart, cursor);
  return last;
}

/** The sources a key can name: report ids and their articles (`-aN`). */
function sourcesByKey(library: Library): Map<string, CitationSource> {
  const sources = new Map<string, CitationSource>();
  for (const report of library.snapshot.reports) {
    // A source whose key BibTeX cannot read is never cited by key, so no key names it.
    if (citationKeyProblem({ report })) continue;
    sources.set(citationKey({ report }), { report });
    (report.articles ?? []).forEach((article, articleIndex) => {
      const source = { report, article, articleIndex };
      sources.set(citationKey(source), source);
    });
  }
  return sources;
}

/** `library` waits for the library when a command runs before it has loaded. */
/**
 * Registers the citation commands. Returns what records a newly loaded library's sources (`SourceHistory`), for the
 * extension to call after each load: Update citations then knows the versions a corrected catalogue replaced.
 */
export function registerCitations(context: vscode.ExtensionContext, library: () => Promise<Library | undefined>, pick: () => Promise<ItemRef | undefined>): (loaded: Library) => Promise<void> {
  const history = new SourceHistory(context.workspaceState);
  const cite = async (withQuote: boolean, ref?: unknown, place?: unknown): Promise<boolean> => {
    const current = await library();
    if (!current) return false;
    const hovered = hoveredEditor(place);
    if (hovered === null) return false;
    const editor = hovered ?? targetEditor();
    if (!editor) {
      void notify.info(vscode.l10n.t('Open a document to insert a citation into.'));
      return false;
    }
    const chosen = isItemRef(ref) ? ref : await pick();
    const item = chosen && resolveItem(current, chosen);
    if (!item) return false;
    return citeInEditor(editor, item, withQuote, current);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.insertCitation, (ref?: unknown, place?: unknown) => cite(false, ref, place)),
    vscode.commands.registerCommand(COMMANDS.insertQuote, (ref?: unknown, place?: unknown) => cite(true, ref, place)),
    vscode.commands.registerCommand(COMMANDS.citeTermAtCursor, async () => {
      const current = await library();
      const editor = targetEditor();
      if (!current || !editor) return false;
      const position = editor.selection.active;
      const line = editor.document.lineAt(position.line).text;
      // The term under the cursor, or the last one before it in its clause (`智能合约让|`: a word typed after the term).
      const match = current.matcher.matchAt(line, position.character) ?? lastTermBefore(current, line, position.character);
      if (!match) {
        void notify.info(vscode.l10n.t('No term from the reports at the cursor.'));
        return false;
      }
      // A cursor at the start of the term it cites (`与|物联网`): the marker goes after that term, as for a cursor
      // inside it. Left at the cursor it stood before the term it cites, after the word before (`与[^key]物联网`).
      if (editor.selection.isEmpty && match.start === position.character) {
        const end = position.with({ character: match.end });
        editor.selections = [new vscode.Selection(end, end), ...editor.selections.slice(1)];
      }
      return cite(false, { kind: 'term', id: match.value.id });
    }),
    vscode.commands.registerCommand(COMMANDS.updateCitations, async () => {
      const current = await library();
      const editor = targetEditor();
      if (!current || !editor) return 0;
      const document = editor.document;
      const style = settings.citationStyle();
      const sources = sourcesByKey(current);
      await history.remember(sources);
      const format = citationFormatOf(document);
      const former = history.former(sources);
      // Pandoc and LaTeX keep their references in the bibliography file: no style to update there, but a record
      // written from a catalogue corrected since takes the correction.
      if (format === 'pandoc' || format === 'latex') {
        const records = await updateBibliographyFile(document, former);
        if (typeof records === 'string') void notify.error(`Report Lens: ${records}`);
        else void notify.info(records.count > 0 ? vscode.l10n.t('Report Lens: updated {0} record(s) of {1} to the corrected catalogue.', records.count, records.file) : vscode.l10n.t('Report Lens: the bibliography file of this document needs no update.'));
        return typeof records === 'string' ? 0 : records.count;
      }
      const edits = updateCitations(document.getText(), format, style, [...sources.values()], document.languageId, former);
      if (edits.length > 0 && !(await editor.edit((builder) => edits.forEach((edit) => builder.replace(rangeOf(document, edit.start, edit.end), edit.text))))) {
        void notify.error(vscode.l10n.t('Report Lens could not edit {0} (is it read-only?). Nothing was changed.', document.fileName));
        return 0;
      }
      const styleName = STYLE_NAMES[style];
      void notify.info(
        edits.length > 0 ? vscode.l10n.t('Report Lens: updated {0} reference(s) to {1}.', edits.length, styleName) : vscode.l10n.t('Report Lens: every reference it wrote here is already in {0}.', styleName),
      );
      return edits.length;
    }),
    vscode.commands.registerCommand(COMMANDS.exportBibliography, async (given?: unknown) => {
      const current = await library();
      const editor = targetEditor();
      if (!current || !editor) return undefined;
      const sources = sourcesByKey(current);
      // A footnote citing a page names its source's key and the page (`key-p12`); each source is exported once.
      const cited = [
        ...new Set(
          citedKeys(editor.document.getText())
            .map((key) => sources.get(key) ?? sources.get(keyWithoutPage(key)?.key ?? ''))
            .filter((source): source is CitationSource => source !== undefined),
        ),
      ];
      if (cited.length === 0) {
        void notify.info(vscode.l10n.t('This document cites none of the reports yet.'));
        return undefined;
      }
      // Both BibTeX dialects, as citing writes them into a .bib: classic BibTeX (`gbt7714-*.bst`, the Chinese theses'
      // styles) reads `year`, not biblatex's `date`, so a biblatex record alone left its references without a year.
      const formats: (vscode.QuickPickItem & { id: 'bibtex' | 'bibtex-classic' | 'csl' })[] = [
        { label: 'BibTeX (biblatex)', description: vscode.l10n.t('@report, date — for biblatex and biber'), id: 'bibtex' },
        { label: 'BibTeX (classic)', description: vscode.l10n.t('@techreport, year — for classic BibTeX styles such as gbt7714.bst'), id: 'bibtex-classic' },
        { label: 'CSL-JSON', description: vscode.l10n.t('for Pandoc and Zotero'), id: 'csl' },
      ];
      const format = formats.find((candidate) => candidate.id === given) ?? (await vscode.window.showQuickPick(formats, { placeHolder: vscode.l10n.t('Export the bibliography as') }));
      if (!format) return undefined;
      const content =
        format.id === 'csl' ? `${JSON.stringify(cited.map(cslItem), null, 2)}\n` : cited.map((source) => bibTeXEntry(source, format.id === 'bibtex-classic' ? 'bibtex' : 'biblatex')).join('\n');
      const document = await vscode.workspace.openTextDocument({ language: format.id === 'csl' ? 'json' : 'bibtex', content });
      await vscode.window.showTextDocument(document);
      return document;
    }),
  );
  return (loaded) => history.remember(sourcesByKey(loaded));
}
