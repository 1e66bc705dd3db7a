/**
 * Figure check in the editor: diagnostics on the numbers of a draft (a hint
 * where a report states it, a warning where it contradicts one), their quick
 * fixes, and a command that checks every draft of the workspace.
 *
 * Checking is incremental: the checker remembers the findings of each
 * sentence text, so typing re-checks only the lines that changed (debounced),
 * and a line moved by an edit above it costs nothing. A document is checked
 * in slices of a few milliseconds, so a 5 MB draft never holds the extension
 * host (every extension's hovers and completions) for longer than a slice; a
 * newer check of the document stops an older one at its next slice.
 */
import * as vscode from 'vscode';
import { reportTextIn } from '../core/citation';
import { bodyStartOf } from '../core/citeEdits';
import { FigureChecker, figureReadingOf, ignoreCommentInsertion, ignoredOnLine, ignoreListEntry, isIgnoredNumber, numberAsMeant, reportValueAsWritten, type FigureError, type FigureFinding } from '../core/figureCheck';
import { codeAndCommentsInSteps, hiddenAt } from '../core/hiddenText';
import { shownQuote, visibleControls } from '../core/hoverContent';
import type { Figure } from '../core/model';
import { runInSlices, type Library, type Steps } from '../core/snapshot';
import { LIBRARY_FOLDER } from '../core/workspaceLibrary';
import { citeInEditor, mayCiteInto, planWithBibliography } from './citations';
import { COMMANDS } from './commands';
import { settings } from './config';
import { resolveItem } from './items';
import { yieldToHost, type LibraryAccess } from './library';
import { isLibraryFile } from './workspaceLibrary';
import { resolveInWorkspace } from './workspacePaths';
import { notify } from './notify';

export const DIAGNOSTIC_SOURCE = 'Report Lens';
/** Where the per-document lists of ignored lines live, for languages without a comment to mark them. */
const IGNORED_LINES_KEY = 'reportLens.figureCheck.ignoredLines';
/** How long after an untitled document closes its ignore list is dropped, unless it opened again (`forgetWhenGone`). */
const UNTITLED_FORGET_DELAY = 2000;
/** Reference lists and footnote definitions cite years and pages, not statistics. */
const REFERENCE_LINE = /^\s*(?:\[\^[^\]]+\]:|\[\d+\]\s)/;
/** Lines checked in one step when they are short (a long one takes steps of its own). */
const LINES_PER_STEP = 16;
const FILE_LANGUAGES: Record<string, string> = { md: 'markdown', markdown: 'markdown', txt: 'plaintext', tex: 'latex', rst: 'restructuredtext' };

/** A finding placed in a document. */
export interface DocumentFinding {
  finding: FigureFinding;
  range: vscode.Range;
}

/**
 * The findings of each line of `text` placed in the document, in steps (for
 * `runInSlices`); undefined as soon as `current` says a newer check took over.
 * Ignored lines and numbers, reference lists and numbers in code or comments
 * (a code sample's `x = 38.5`, a commented-out draft; read in steps too) are
 * passed over.
 */
function* placedFindings(checker: FigureChecker, text: string, languageId: string, ignored: ReadonlySet<string>, current: () => boolean): Steps<DocumentFinding[] | undefined> {
  const hidden = yield* codeAndCommentsInSteps(text, languageId, bodyStartOf(text, languageId === 'markdown'));
  if (!current()) return undefined;
  const placed: DocumentFinding[] = [];
  const lines = text.split('\n');
  for (let lineNumber = 0, lineStart = 0; lineNumber < lines.length; lineStart += lines[lineNumber].length + 1, lineNumber++) {
    const line = lines[lineNumber];
    const ignoredHere = ignoredOnLine(line);
    if (ignoredHere === 'line' || REFERENCE_LINE.test(line) || ignored.has(line.trim())) continue;
    // A long line (a whole paragraph, or a 10 MB file without line breaks) is checked in steps of its own.
    const read = figureReadingOf(languageId, line);
    const steps = checker.checkInSteps(read);
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      yield;
      if (!current()) return undefined;
    }
    for (const found of step.value) {
      const finding = read === line ? found : { ...found, text: numberAsMeant(languageId, line, found.start, found.end) };
      if (hiddenAt(hidden, lineStart + finding.start) || isIgnoredNumber(ignoredHere, finding.text) || ignored.has(ignoreListEntry(line, finding.text))) continue;
      placed.push({ finding, range: new vscode.Range(lineNumber, finding.start, lineNumber, finding.end) });
    }
    if (lineNumber % LINES_PER_STEP === 0) {
      yield;
      if (!current()) return undefined;
    }
  }
  return placed;
}

function errorLabel(error: FigureError | undefined): string {
  switch (error) {
    case 'transposed-digits':
      return vscode.l10n.t('digits swapped?');
    case 'scale':
      return vscode.l10n.t('万 and 亿 confused?');
    case 'percent-vs-points':
      return vscode.l10n.t('percent and percentage points confused?');
    case 'year':
      return vscode.l10n.t('the figure of another year?');
    default:
      return vscode.l10n.t('a neighbouring figure of the report?');
  }
}

/** The status of a finding in words, for the view. */
export function statusLabel(finding: FigureFinding): string {
  if (finding.status === 'agrees') return vscode.l10n.t('stated by the reports');
  if (finding.status === 'contradicts') return vscode.l10n.t('contradicts a report');
  return vscode.l10n.t('not in the reports');
}

export class FigureDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('reportLens.figures');
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a document whose findings changed. */
  readonly onDidChange = this.changed.event;
  /** Findings of each checked document, by URI. */
  private readonly results = new Map<string, DocumentFinding[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The number of the latest check of each document: an older check still running stops and publishes nothing. */
  private readonly generations = new Map<string, number>();
  /** Numbers checks across documents, so a number is never given twice (not even after a document is cleared). */
  private lastGeneration = 0;
  private checker: FigureChecker | undefined;
  /** Pending `forgetWhenGone` look-ups. */
  private readonly forgetTimers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly library: () => Library | undefined,
    private readonly state: vscode.Memento,
  ) {}

  /** The checker of the current library, built on first use (not at activation). */
  checkerNow(): FigureChecker | undefined {
    const library = this.library();
    if (!library) return undefined;
    if (this.checker?.library !== library) {
      this.checker = new FigureChecker(library);
    }
    return this.checker;
  }

  findings(uri: vscode.Uri): DocumentFinding[] {
    return this.results.get(uri.toString()) ?? [];
  }

  /**
   * Checks a document soon: typing waits for a pause. A check of it still running stops now: its text is no longer the
   * document's, and its findings, published after the edit, would mark other characters.
   */
  schedule(document: vscode.TextDocument, delay = 300): void {
    const key = document.uri.toString();
    if (this.generations.has(key)) this.supersede(key);
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) void this.checkDocument(document);
      }, delay),
    );
  }

  /** Checks every open document soon (a library was loaded, a setting changed). */
  checkOpenDocuments(delay = 0): void {
    for (const document of vscode.workspace.textDocuments) if (document.uri.scheme !== 'output') this.schedule(document, delay);
  }

  checkDocument(document: vscode.TextDocument): Promise<DocumentFinding[] | undefined> {
    return this.checkText(document.uri, document.getText(), document.languageId);
  }

  /** The document's list of ignored numbers (`ignoreListEntry`), and of ignored lines as earlier versions kept them. */
  ignoreList(uri: vscode.Uri): string[] {
    return this.state.get<Record<string, string[]>>(IGNORED_LINES_KEY, {})[uri.toString()] ?? [];
  }

  /**
   * Drops the ignore list of an untitled document closed for good, a while after it closed: the next `Untitled-1`
   * is another text, and would inherit the list (which grew with every closed draft). A document closed only to change
   * its language opens again under the same URI at once, and keeps its list; so does one that hot exit restores after
   * a reload (the extension host is gone before any close).
   */
  forgetWhenGone(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = setTimeout(() => {
      this.forgetTimers.delete(timer);
      if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)) return;
      const all = this.state.get<Record<string, string[]>>(IGNORED_LINES_KEY, {});
      if (!(key in all)) return;
      void this.state.update(IGNORED_LINES_KEY, Object.fromEntries(Object.entries(all).filter(([uri]) => uri !== key)));
    }, UNTITLED_FORGET_DELAY);
    this.forgetTimers.add(timer);
  }

  /**
   * Adds a number of a line to a document's list of ignored numbers (kept across reloads in the workspace state). The
   * list also holds whole lines, as earlier versions ignored them.
   */
  async ignoreNumber(uri: vscode.Uri, lineText: string, number: string): Promise<void> {
    const all = this.state.get<Record<string, string[]>>(IGNORED_LINES_KEY, {});
    await this.state.update(IGNORED_LINES_KEY, { ...all, [uri.toString()]: [...(all[uri.toString()] ?? []), ignoreListEntry(lineText, number)] });
  }

  /** Takes a number of a line off the document's list (`ignoreNumber`): it is checked again. */
  async unignoreNumber(uri: vscode.Uri, lineText: string, number: string): Promise<void> {
    const all = this.state.get<Record<string, string[]>>(IGNORED_LINES_KEY, {});
    const entry = ignoreListEntry(lineText, number);
    await this.state.update(IGNORED_LINES_KEY, { ...all, [uri.toString()]: (all[uri.toString()] ?? []).filter((ignored) => ignored !== entry) });
  }

  /**
   * Checks a text as the document `uri` in `languageId` and publishes its
   * diagnostics; sentences the checker has seen before reuse their findings.
   * Resolves to the findings, or to undefined when a newer check of the
   * document (or its closing) superseded this one before it finished.
   */
  async checkText(uri: vscode.Uri, text: string, languageId: string): Promise<DocumentFinding[] | undefined> {
    const key = uri.toString();
    const generation = this.supersede(key);
    const checker = this.checkerNow();
    // A library's extracted text is a report itself: its numbers are what drafts are checked against.
    if (!checker || !settings.figureCheckEnabled() || !settings.figureCheckLanguages().includes(languageId) || text.length > settings.maxScanCharacters() || isLibraryFile(uri)) {
      this.unpublish(uri);
      return [];
    }
    const ignored = new Set(this.ignoreList(uri));
    const placed = await runInSlices(placedFindings(checker, text, languageId, ignored, () => this.generations.get(key) === generation), yieldToHost);
    if (placed === undefined) return undefined;
    this.results.set(key, placed);
    this.collection.set(uri, placed.filter(({ finding }) => finding.status !== 'unknown').map((found) => this.diagnostic(found)));
    this.changed.fire(uri);
    return placed;
  }

  /** Starts a new generation of a document's checks; returns its number. */
  private supersede(key: string): number {
    const generation = ++this.lastGeneration;
    this.generations.set(key, generation);
    return generation;
  }

  /** Forgets a document: its findings, its diagnostics, and any check still running. */
  clear(uri: vscode.Uri): void {
    this.generations.delete(uri.toString());
    this.unpublish(uri);
  }

  private unpublish(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
    this.collection.delete(uri);
    this.changed.fire(uri);
  }

  private sourceName(figure: Figure): string {
    return this.library()?.report(figure.reportId)?.shortTitle ?? figure.reportId;
  }

  private diagnostic({ finding, range }: DocumentFinding): vscode.Diagnostic {
    const figure = finding.figure!;
    const source = this.sourceName(figure);
    let diagnostic: vscode.Diagnostic;
    // Messages quote report text: its bidirectional controls show, rather than reorder the message (`visibleControls`).
    if (finding.status === 'agrees') {
      diagnostic = new vscode.Diagnostic(range, visibleControls(vscode.l10n.t('{0} states this figure: “{1}”', source, shownQuote(figure.quote))), vscode.DiagnosticSeverity.Hint);
      diagnostic.code = 'agrees';
    } else {
      const message =
        figure.year === undefined
          ? vscode.l10n.t('{0} states {1} here; this draft has {2} ({3})', source, figure.text, finding.text, errorLabel(finding.error))
          : finding.error === 'year' && finding.year !== undefined
            ? vscode.l10n.t('{0} states {1} for {2}; this draft gives it for {3} (the figure of another year?)', source, figure.text, String(figure.year), String(finding.year))
            : vscode.l10n.t('{0} states {1} for {2}; this draft has {3} ({4})', source, figure.text, String(figure.year), finding.text, errorLabel(finding.error));
      // The report's sentence as the evidence, as the hint of a stated figure has it.
      diagnostic = new vscode.Diagnostic(range, visibleControls(`${message}\n“${shownQuote(figure.quote)}”`), settings.figureCheckSeverity());
      diagnostic.code = finding.error;
    }
    diagnostic.source = DIAGNOSTIC_SOURCE;
    return diagnostic;
  }

  dispose(): void {
    for (const timer of [...this.timers.values(), ...this.forgetTimers]) clearTimeout(timer);
    this.collection.dispose();
    this.changed.dispose();
  }
}

/** The quick fixes of the figure diagnostics under the cursor. */
class FigureCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: FigureDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    // From the check's own findings under the range, not only the context's diagnostics: those reach the
    // workbench a moment after they are set, and a fix asked for in that moment would be missing.
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    for (const found of this.diagnostics.findings(document.uri)) {
      if (found.finding.status === 'unknown' || !found.range.intersection(range)) continue;
      // Findings of a text before the writer's last edit (the re-check waits for a pause in typing, and a long
      // draft takes seconds) may have their number elsewhere now: a fix on that range would replace their words.
      if (document.getText(found.range) !== found.finding.text) continue;
      const diagnostic = ours.find((candidate) => candidate.range.isEqual(found.range));
      const figureId = found.finding.figure!.id;
      const action = (title: string, command: string, args: unknown[], preferred = false) => {
        const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        if (diagnostic) fix.diagnostics = [diagnostic];
        fix.isPreferred = preferred;
        fix.command = { title, command, arguments: args };
        actions.push(fix);
      };
      // Each fix carries the number's text, to find it still there when it runs.
      const target = [document.uri, found.range, found.finding.text];
      if (found.finding.status === 'agrees') {
        action(vscode.l10n.t('Cite the report that states it'), COMMANDS.figureCite, [...target, figureId], true);
        continue;
      }
      if (found.finding.text !== found.finding.figure!.text) action(vscode.l10n.t("Use the report's value and cite it"), COMMANDS.figureUseValue, [...target, figureId], true);
      action(vscode.l10n.t('Cite anyway'), COMMANDS.figureCite, [...target, figureId]);
      action(vscode.l10n.t('Ignore here'), COMMANDS.figureIgnore, target);
    }
    return actions;
  }
}

/** The number a quick fix acts on: where it was when the fix was offered, its text, and the report's figure (when wanted). */
interface FixTarget {
  uri: vscode.Uri;
  range: vscode.Range;
  text: string;
  figureId: string;
}

/** Command arguments come from anywhere: only a URI, a range, the number's text and (when wanted) a figure id are accepted. */
function fixArguments(uri: unknown, range: unknown, text: unknown, figureId?: unknown): FixTarget | undefined {
  if (!(uri instanceof vscode.Uri) || !(range instanceof vscode.Range) || typeof text !== 'string' || text === '') return undefined;
  return { uri, range, text, figureId: typeof figureId === 'string' ? figureId : '' };
}

/**
 * Whether the number is still where the fix was offered. A fix stays on offer in the light bulb and the Problems
 * view while the writer types, and writing the bibliography file takes a while: on a range gone stale the report's
 * value would replace the writer's words, and a comment or citation would go to another line. Says so when not.
 */
function stillThere(document: vscode.TextDocument, target: FixTarget): boolean {
  if (document.getText(target.range) === target.text) return true;
  void notify.info(vscode.l10n.t('Report Lens: {0} is no longer where the fix was offered; nothing was changed. Try the fix again.', target.text));
  return false;
}

async function editorOf(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** Cites the figure right after the number, through the citation commands' own path. */
async function citeAfter(library: Library, target: FixTarget): Promise<boolean> {
  const item = resolveItem(library, { kind: 'figure', id: target.figureId });
  if (!item) return false;
  const editor = await editorOf(target.uri);
  if (!stillThere(editor.document, target)) return false;
  editor.selection = new vscode.Selection(target.range.end, target.range.end);
  return citeInEditor(editor, item, false, library);
}

/**
 * Replaces the number with the report's value, in the draft's unit and script (`reportValueAsWritten`), and
 * cites it where *Insert citation* would: after the number, or after the prose before the footnote definition or
 * reference list that holds it (a number on a writer's note's second line). The replacement, the marker and the
 * reference list edits go in as one edit, so one undo restores the draft.
 */
async function useReportValue(library: Library, diagnostics: FigureDiagnostics, target: FixTarget): Promise<boolean> {
  const { range } = target;
  const item = resolveItem(library, { kind: 'figure', id: target.figureId });
  if (!item?.figure) return false;
  const editor = await editorOf(target.uri);
  const document = editor.document;
  if (!stillThere(document, target) || !(await mayCiteInto(editor, item))) return false;
  // Planned as *Insert citation* plans (a source that cannot be cited here says so), once the bibliography is written:
  // that may take a while, so the number is looked for again on the text the plan was made from.
  const plan = await planWithBibliography(document, () => document.offsetAt(range.end), item, library);
  if (!plan || !stillThere(document, target)) return false;
  const edited = await editor.edit((builder) => {
    // The writer's unit and script stay: the finding says what the number measures (without one, the report's figure as written).
    const finding = diagnostics.findings(target.uri).find((found) => found.range.isEqual(range) && found.finding.text === target.text)?.finding ?? { text: target.text, unit: '' };
    // As the document prints it: the report's `36.2%` in a LaTeX draft is `36.2\%` (a bare `%` hid the rest of the line and the citation).
    builder.replace(range, reportTextIn(document.languageId, reportValueAsWritten(finding, item.figure!, document.lineAt(range.start.line).text)));
    // Before an insertion at the same place (a footnote appended where the number ends the draft): edits at one
    // position apply in the order given. At the number's end, it follows the value.
    builder.insert(document.positionAt(plan.at), plan.marker);
    for (const edit of plan.edits) builder.replace(new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
  });
  if (!edited) void notify.error(vscode.l10n.t('Report Lens could not edit {0} (is it read-only?). Nothing was changed.', document.fileName));
  return edited;
}

/**
 * Marks the number as ignored on its line, and only it (a Chinese paragraph is one line, and its other numbers stay
 * checked): a comment naming it that the writer sees, where one can go (`ignoreCommentInsertion`), else the document's list.
 */
async function ignoreNumber(diagnostics: FigureDiagnostics, target: FixTarget): Promise<boolean> {
  const { uri } = target;
  const document = await vscode.workspace.openTextDocument(uri);
  if (!stillThere(document, target)) return false;
  const line = document.lineAt(target.range.start.line);
  const comment = ignoreCommentInsertion(document.languageId, document.getText(), line.lineNumber, target.text);
  if (comment) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, document.positionAt(comment.at), comment.text);
    if (!(await vscode.workspace.applyEdit(edit))) return false;
  } else {
    await diagnostics.ignoreNumber(uri, line.text, target.text);
    // Nothing in the text shows it, and Undo cannot take it back (it undid the writer's last typing instead): say so,
    // with the way back.
    const again = vscode.l10n.t('Check it again');
    void notify
      .info(vscode.l10n.t('Report Lens: {0} is no longer checked on this line. This format has no comment to mark it, so the workspace remembers it; Undo does not bring the check back.', target.text), again)
      .then(async (choice) => {
        if (choice !== again) return;
        await diagnostics.unignoreNumber(uri, line.text, target.text);
        await diagnostics.checkDocument(await vscode.workspace.openTextDocument(uri));
      });
  }
  await diagnostics.checkDocument(document);
  return true;
}

/**
 * Whether the workspace check may read a file it found. The search follows links, and a repository's link may point
 * at any file of the machine (or at a device that never ends): only a regular file inside a workspace folder, once
 * links are followed, is read. And none larger than the check takes, since it would be read whole first (a repository's
 * 2 GB data dump named `.txt` filled the extension host's memory).
 */
async function mayReadDraft(uri: vscode.Uri): Promise<boolean> {
  const stat = await vscode.workspace.fs.stat(uri);
  // UTF-8 takes at most 3 bytes per UTF-16 code unit: a larger file holds more characters than a document may have to be checked.
  if ((stat.type & vscode.FileType.File) === 0 || stat.size > 3 * settings.maxScanCharacters()) return false;
  return uri.scheme !== 'file' || !('problem' in (await resolveInWorkspace(uri.fsPath, undefined)));
}

/**
 * Checks every draft of the workspace in the enabled languages, with progress
 * and a cancel button; the warnings go to the Problems view.
 */
async function checkWorkspace(diagnostics: FigureDiagnostics): Promise<{ files: number; warnings: number } | undefined> {
  const languages = settings.figureCheckLanguages();
  const extensions = Object.keys(FILE_LANGUAGES).filter((extension) => languages.includes(FILE_LANGUAGES[extension]));
  if (extensions.length === 0 || !diagnostics.checkerNow()) return undefined;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Report Lens: checking the figures of the workspace drafts'), cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles(`**/*.{${extensions.join(',')}}`, `**/{node_modules,.git,.vscode-test,${LIBRARY_FOLDER}}/**`, undefined, token);
      let warnings = 0;
      let checked = 0;
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        notify.progress(progress, { increment: 100 / files.length, message: vscode.workspace.asRelativePath(uri) });
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
        const languageId = open?.languageId ?? FILE_LANGUAGES[uri.path.split('.').pop()!.toLowerCase()];
        let text: string;
        try {
          if (!open && !(await mayReadDraft(uri))) continue;
          // Line ends as the editor reads them (a lone \r ends a line too), so findings are placed on the lines it shows.
          text = open?.getText() ?? new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/\r\n?/g, '\n');
        } catch {
          continue;
        }
        const placed = await diagnostics.checkText(uri, text, languageId);
        warnings += (placed ?? []).filter(({ finding }) => finding.status === 'contradicts').length;
        checked++;
        // Yield between files, so the cancel button and the editor stay responsive.
        await yieldToHost();
      }
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      return { files: checked, warnings };
    },
  );
}

/**
 * Registers the figure check. Open documents are checked once the library has loaded (the extension
 * calls `checkOpenDocuments` after each load): the checker's index is built then, not during activate().
 */
export function registerFigureDiagnostics(context: vscode.ExtensionContext, library: LibraryAccess): FigureDiagnostics {
  const diagnostics = new FigureDiagnostics(library.current, context.workspaceState);
  const withLibrary = async <T>(run: (current: Library) => Promise<T>) => {
    const current = await library.ready();
    return current ? run(current) : undefined;
  };
  context.subscriptions.push(
    diagnostics,
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-vfs' }], new FigureCodeActions(diagnostics), { providedCodeActionKinds: FigureCodeActions.kinds }),
    vscode.workspace.onDidOpenTextDocument((document) => diagnostics.schedule(document, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) diagnostics.schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      diagnostics.clear(document.uri);
      if (document.uri.scheme === 'untitled') diagnostics.forgetWhenGone(document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('reportLens.figureCheck')) diagnostics.checkOpenDocuments();
    }),
    vscode.commands.registerCommand(COMMANDS.figureCite, (uri: unknown, range: unknown, text: unknown, figureId: unknown) => {
      const target = fixArguments(uri, range, text, figureId);
      return target ? withLibrary((current) => citeAfter(current, target)) : false;
    }),
    vscode.commands.registerCommand(COMMANDS.figureUseValue, (uri: unknown, range: unknown, text: unknown, figureId: unknown) => {
      const target = fixArguments(uri, range, text, figureId);
      return target ? withLibrary((current) => useReportValue(current, diagnostics, target)) : false;
    }),
    vscode.commands.registerCommand(COMMANDS.figureIgnore, (uri: unknown, range: unknown, text: unknown) => {
      const target = fixArguments(uri, range, text);
      return target ? ignoreNumber(diagnostics, target) : false;
    }),
    vscode.commands.registerCommand(COMMANDS.checkWorkspaceFigures, async () => {
      await library.ready();
      const result = await checkWorkspace(diagnostics);
      if (result) void notify.info(vscode.l10n.t('Report Lens checked {0} drafts: {1} figures contradict the reports.', result.files, result.warnings));
      return result;
    }),
  );
  return diagnostics;
}
