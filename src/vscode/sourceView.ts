/**
 * Source view: an item's source, read-only, with the quote selected. Where the
 * original report file is at hand (a checkout's data/reports, or the folder
 * the `reportLens.reportsFolder` setting names) it opens at the quote's line;
 * otherwise a virtual document shows the passage the snapshot keeps around it.
 * The extension ships attributed excerpts, never a report's full text.
 */
import * as vscode from 'vscode';
import type { ItemRef } from '../core/hoverContent';
import type { Library } from '../core/snapshot';
import { COMMANDS } from './commands';
import { isItemRef, resolveItem, type ResolvedItem } from './items';
import { locationLabel } from './hover';
import { LIBRARY_FOLDER } from '../core/workspaceLibrary';

export const SOURCE_SCHEME = 'report-lens-source';

/** The header and passage of the virtual document, and where the quote is in it. */
export function passageDocument(library: Library, item: ResolvedItem): { text: string; quoteStart: number; quoteEnd: number } {
  const report = library.report(item.location.reportId);
  const header = [
    `${report?.title ?? item.location.reportId}${report?.subtitle ? ` — ${report.subtitle}` : ''}`,
    [report?.publisher, report?.date].filter(Boolean).join(' · '),
    [item.location.section, vscode.l10n.t('{0} of {1}', locationLabel(item.location.line, item.location.page), report?.file ?? '')].filter(Boolean).join(' · '),
    '',
    '',
  ].join('\n');
  const before = item.context?.before ?? '';
  const after = item.context?.after ?? '';
  const prefix = `${header}${before ? '…' : ''}${before}`;
  return { text: `${prefix}${item.quote}${after}${after ? '…' : ''}\n`, quoteStart: prefix.length, quoteEnd: prefix.length + item.quote.length };
}

/** The original report file, if present in a configured folder or the workspace's data/reports. */
async function originalFile(report: { file: string } | undefined, configuredFolder: string): Promise<vscode.Uri | undefined> {
  if (!report) return undefined;
  const candidates: vscode.Uri[] = [];
  if (configuredFolder) candidates.push(vscode.Uri.joinPath(vscode.Uri.file(configuredFolder), report.file));
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    candidates.push(vscode.Uri.joinPath(folder.uri, 'data', 'reports', report.file));
    // A workspace library's report: its extracted text, which its quotes' lines and pages point into.
    candidates.push(vscode.Uri.joinPath(folder.uri, LIBRARY_FOLDER, report.file));
  }
  for (const candidate of candidates) {
    try {
      await vscode.workspace.fs.stat(candidate);
      return candidate;
    } catch {
      // Not there: try the next place.
    }
  }
  return undefined;
}

export function registerSourceView(context: vscode.ExtensionContext, library: () => Library | undefined, reportsFolder: () => string, pick: () => Promise<ItemRef | undefined>): void {
  const passages = new Map<string, string>();
  const provider: vscode.TextDocumentContentProvider = { provideTextDocumentContent: (uri) => passages.get(uri.toString()) ?? '' };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider),
    vscode.commands.registerCommand(COMMANDS.openSource, async (ref?: unknown) => {
      const current = library();
      // From the command palette (no argument), the picker chooses; a malformed argument is ignored.
      const chosen = ref === undefined ? await pick() : ref;
      const item = current && isItemRef(chosen) ? resolveItem(current, chosen) : undefined;
      if (!current || !item) return undefined;
      const file = await originalFile(current.report(item.location.reportId), reportsFolder());
      if (file) {
        const document = await vscode.workspace.openTextDocument(file);
        const line = document.lineAt(Math.min(item.location.line, document.lineCount) - 1);
        // The quote starts on this line; select as much of it as the line holds.
        const head = item.quote.slice(0, 12);
        const at = line.text.indexOf(head);
        const start = at >= 0 ? at : line.firstNonWhitespaceCharacterIndex;
        const end = at >= 0 ? Math.min(line.text.length, at + item.quote.length) : line.text.length;
        const selection = new vscode.Selection(line.lineNumber, start, line.lineNumber, end);
        return vscode.window.showTextDocument(document, { selection, preview: true, preserveFocus: false });
      }
      const { text, quoteStart, quoteEnd } = passageDocument(current, item);
      const uri = vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${item.location.reportId}/${item.ref.kind}-${encodeURIComponent(item.ref.id)}.txt` });
      passages.set(uri.toString(), text);
      const document = await vscode.workspace.openTextDocument(uri);
      return vscode.window.showTextDocument(document, {
        selection: new vscode.Selection(document.positionAt(quoteStart), document.positionAt(quoteEnd)),
        preview: true,
      });
    }),
  );
}
