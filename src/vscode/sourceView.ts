/**
 * Source view: an item's source, read-only, with the quote selected. Where the
 * original report file is at hand (a checkout's data/reports, or the folder
 * the `reportLens.reportsFolder` setting names) it opens at the quote's line;
 * otherwise a virtual document shows the passage the snapshot keeps around it.
 * The extension ships attributed excerpts, never a report's full text.
 */
import * as vscode from 'vscode';
import type { ItemRef } from '../core/hoverContent';
import { passageLayout } from '../core/passage';
import type { Library } from '../core/snapshot';
import { COMMANDS } from './commands';
import { isItemRef, resolveItem, type ResolvedItem } from './items';

export const SOURCE_SCHEME = 'report-lens-source';

/** Language of the passage documents: it word-wraps (package.json `configurationDefaults`). */
const PASSAGE_LANGUAGE = 'report-lens-passage';

/** The header and passage of the virtual document, and where the quote is in it. */
function passageDocument(library: Library, item: ResolvedItem): { text: string; quoteStart: number; quoteEnd: number } {
  const report = library.report(item.location.reportId);
  const header = [
    `${report?.title ?? item.location.reportId}${report?.subtitle ? ` — ${report.subtitle}` : ''}`,
    [report?.publisher, report?.date].filter(Boolean).join(' · '),
    [item.location.section, vscode.l10n.t('line {0} of {1}', item.location.line, report?.file ?? '')].filter(Boolean).join(' · '),
    '',
    '',
  ].join('\n');
  const passage = passageLayout(item.context?.before ?? '', item.quote, item.context?.after ?? '');
  return { text: `${header}${passage.text}`, quoteStart: header.length + passage.quoteStart, quoteEnd: header.length + passage.quoteEnd };
}

/** The passage document's name, which is its tab title: the term, figure or caption label — report, line. */
function passageUri(library: Library, item: ResolvedItem): vscode.Uri {
  const name = item.term?.term ?? item.figure?.text ?? item.caption?.label ?? item.label;
  const report = library.report(item.location.reportId)?.shortTitle ?? item.location.reportId;
  // A slash would make a folder of the title.
  const title = vscode.l10n.t('{0} — {1}, line {2}', name, report, item.location.line).replace(/[/\\]/g, '∕');
  return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${title}` });
}

/** The original report file, if present in a configured folder or the workspace's data/reports. */
async function originalFile(report: { file: string } | undefined, configuredFolder: string): Promise<vscode.Uri | undefined> {
  if (!report) return undefined;
  const candidates: vscode.Uri[] = [];
  if (configuredFolder) candidates.push(vscode.Uri.joinPath(vscode.Uri.file(configuredFolder), report.file));
  for (const folder of vscode.workspace.workspaceFolders ?? []) candidates.push(vscode.Uri.joinPath(folder.uri, 'data', 'reports', report.file));
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
      const uri = passageUri(current, item);
      passages.set(uri.toString(), text);
      const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), PASSAGE_LANGUAGE);
      return vscode.window.showTextDocument(document, {
        selection: new vscode.Selection(document.positionAt(quoteStart), document.positionAt(quoteEnd)),
        preview: true,
      });
    }),
  );
}
