/**
 * Source view: an item's source, read-only, with the quote selected. Where the
 * original report file is at hand (a checkout's data/reports, or the folder
 * the `reportLens.reportsFolder` setting names) it opens at the quote's line;
 * otherwise a virtual document shows the passage the snapshot keeps around it.
 * The extension ships attributed excerpts, never a report's full text.
 */
import * as vscode from 'vscode';
import type { ItemRef } from '../core/hoverContent';
import { passageLayout, quoteInLine } from '../core/passage';
import type { Library } from '../core/snapshot';
import { COMMANDS } from './commands';
import { isItemRef, resolveItem, type ResolvedItem } from './items';
import { resolveInWorkspace } from './workspacePaths';
import { locationLabel } from './hover';
import { LIBRARY_FOLDER } from '../core/workspaceLibrary';
import { notify } from './notify';

export const SOURCE_SCHEME = 'report-lens-source';

/** Language of the passage documents: it word-wraps (package.json `configurationDefaults`). */
const PASSAGE_LANGUAGE = 'report-lens-passage';

/** A snapshot's text on one line: each line of the header says one thing, which a line break in a title could fake. */
const oneLine = (text: string) => text.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ');

/** The header and passage of the virtual document, and where the quote is in it. */
function passageDocument(library: Library, item: ResolvedItem): { text: string; quoteStart: number; quoteEnd: number } {
  const report = library.report(item.location.reportId);
  const header = [
    `${report?.title ?? item.location.reportId}${report?.subtitle ? ` — ${report.subtitle}` : ''}`,
    [report?.publisher, report?.date].filter(Boolean).join(' · '),
    [item.location.section, locationLabel(item.location.line, item.location.page)].filter(Boolean).join(' · '),
    // The report's own file is not at hand (else it would be open): say what this is, and how to have the whole text.
    vscode.l10n.t('An excerpt around the quote. To open the whole report at this line, set reportLens.reportsFolder to the folder that holds {0}.', report?.file ?? item.location.reportId),
  ]
    .map(oneLine)
    .concat('', '')
    .join('\n');
  const passage = passageLayout(item.context?.before ?? '', item.quote, item.context?.after ?? '');
  return { text: `${header}${passage.text}`, quoteStart: header.length + passage.quoteStart, quoteEnd: header.length + passage.quoteEnd };
}

/** The passage document's name, which is its tab title: the term, figure or caption label — report, line. */
function passageUri(library: Library, item: ResolvedItem): vscode.Uri {
  const name = item.term?.term ?? item.figure?.text ?? item.caption?.label ?? item.label;
  const report = library.report(item.location.reportId)?.shortTitle ?? item.location.reportId;
  // A slash would make a folder of the title.
  const title = oneLine(vscode.l10n.t('{0} — {1}, {2}', name, report, locationLabel(item.location.line, item.location.page))).replace(/[/\\]/g, '∕');
  // The item in the query, which the tab does not show: two items can share a title (a term's definitions from one
  // paragraph), and VS Code keeps a virtual document by its URI, asking for its text once — the second showed the
  // first's passage, with its own quote's offsets selecting other words.
  const { kind, id, definition } = item.ref;
  return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${title}`, query: JSON.stringify([kind, id, definition ?? 0]) });
}

/**
 * The original report file, if present in the configured folder or the
 * workspace's data/reports: a regular file (a pipe would block the editor),
 * resolved through links and confined to the workspace folders — unless the
 * writer's own user settings name the folder.
 */
async function originalFile(report: { file: string } | undefined, configured: ReportsFolder): Promise<vscode.Uri | undefined> {
  if (!report) return undefined;
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  const candidates: { path: string; base: vscode.Uri | undefined; mayLeaveWorkspace: boolean }[] = [];
  if (configured.path) {
    const folder = await resolveInWorkspace(configured.path, base, configured.fromUserSettings);
    if ('uri' in folder) candidates.push({ path: report.file, base: folder.uri, mayLeaveWorkspace: configured.fromUserSettings });
    else warnOnce(folder.problem);
  }
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    candidates.push({ path: `data/reports/${report.file}`, base: folder.uri, mayLeaveWorkspace: false });
    // A workspace library's report: its extracted text, which its quotes' lines and pages point into.
    candidates.push({ path: `${LIBRARY_FOLDER}/${report.file}`, base: folder.uri, mayLeaveWorkspace: false });
  }
  for (const candidate of candidates) {
    const resolved = await resolveInWorkspace(candidate.path, candidate.base, candidate.mayLeaveWorkspace);
    if (!('uri' in resolved)) continue;
    try {
      if ((await vscode.workspace.fs.stat(resolved.uri)).type & vscode.FileType.File) return resolved.uri;
    } catch {
      // Not there: try the next place.
    }
  }
  return undefined;
}

const warned = new Set<string>();

function warnOnce(problem: string): void {
  if (warned.has(problem)) return;
  warned.add(problem);
  void notify.warning(vscode.l10n.t('Report Lens: the setting "{0}" was not used: {1}', 'reportLens.reportsFolder', problem));
}

/** The `reportLens.reportsFolder` setting and whether the writer's own user settings set it. */
export interface ReportsFolder {
  path: string;
  fromUserSettings: boolean;
}

/** `library` waits for the library when the command runs before it has loaded. */
export function registerSourceView(context: vscode.ExtensionContext, library: () => Promise<Library | undefined>, reportsFolder: () => ReportsFolder, pick: () => Promise<ItemRef | undefined>): void {
  const passages = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = { provideTextDocumentContent: (uri) => passages.get(uri.toString()) ?? '', onDidChange: changed.event };
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider),
    vscode.commands.registerCommand(COMMANDS.openSource, async (ref?: unknown) => {
      const current = await library();
      // From the command palette (no argument), the picker chooses; a malformed argument is ignored.
      const chosen = ref === undefined ? await pick() : ref;
      const item = current && isItemRef(chosen) ? resolveItem(current, chosen) : undefined;
      if (!current || !item) return undefined;
      const file = await originalFile(current.report(item.location.reportId), reportsFolder());
      const original = file && (await vscode.workspace.openTextDocument(file));
      // The quote starts on this line: select as much of it as the line holds. A file whose line does not hold it is
      // not the text the quote was taken from (another version of the report, or a repository's file of that name):
      // the passage the snapshot keeps is shown instead, as when there is no file.
      const line = original && original.lineAt(Math.min(item.location.line, original.lineCount) - 1);
      const span = line && quoteInLine(line.text, item.quote, item.context?.before ?? '');
      if (original && line && span) {
        const selection = new vscode.Selection(line.lineNumber, span.start, line.lineNumber, span.end);
        return vscode.window.showTextDocument(original, { selection, preview: true, preserveFocus: false });
      }
      const { text, quoteStart, quoteEnd } = passageDocument(current, item);
      const uri = passageUri(current, item);
      const shown = passages.get(uri.toString());
      passages.set(uri.toString(), text);
      // The item's passage changed since it was shown (a library re-indexed): the document open under its URI reads it again.
      if (shown !== undefined && shown !== text) changed.fire(uri);
      const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), PASSAGE_LANGUAGE);
      return vscode.window.showTextDocument(document, {
        selection: new vscode.Selection(document.positionAt(quoteStart), document.positionAt(quoteEnd)),
        preview: true,
      });
    }),
  );
}
