/**
 * Report Lens: activation reads like a table of contents. The snapshot is
 * loaded once (from the extension's own files, so it works on the web too);
 * each feature registers itself and its disposables.
 */
import * as vscode from 'vscode';
import { referenceEntry } from './core/citation';
import type { Library } from './core/snapshot';
import { loadLibrary } from './vscode/library';
import { SearchIndex } from './core/search';
import { COMMANDS } from './vscode/commands';
import { settings } from './vscode/config';
import { registerHover } from './vscode/hover';
import { showPicker } from './vscode/picker';
import { registerCitations } from './vscode/citations';
import { registerSourceView } from './vscode/sourceView';
import { registerTrees, type Trees } from './vscode/termTree';
import { registerDropCitation } from './vscode/dropCitation';
import { registerSampleDraft } from './vscode/sampleDraft';
import { isItemRef, resolveItem } from './vscode/items';
import { registerFigureDiagnostics, type FigureDiagnostics } from './vscode/figureDiagnostics';
import { registerFigureView, type DocumentFiguresTree } from './vscode/figureView';
import { registerLibraryCommands } from './vscode/addReports';
import { watchWorkspaceLibraries, workspaceLibrarySnapshots } from './vscode/workspaceLibrary';
import { registerWebLimits } from './vscode/webLimits';

/** What tests and other extensions can reach: the loaded library and the trees. */
export interface ReportLensApi {
  library(): Library | undefined;
  trees: Trees;
  /** The figure check: findings per document, and the "Figures in this document" view. */
  figures: { diagnostics: FigureDiagnostics; view: DocumentFiguresTree };
  /** Milliseconds from activate() to ready. */
  activationMs: number;
  /** Where that time went: loading the snapshot, registering the features. */
  activationPhases: { loadMs: number; registerMs: number };
}

export async function activate(context: vscode.ExtensionContext): Promise<ReportLensApi> {
  const started = Date.now();
  let loaded = await loadLibrary(context.extensionUri, await workspaceLibrarySnapshots());
  const loadedAt = Date.now();
  const library = () => loaded;
  // The search index is built on first use, once per library: activation stays cheap.
  let index: SearchIndex | undefined;
  const searchIndex = () => (index ??= loaded && new SearchIndex(loaded));
  const pick = async () => (loaded ? showPicker(loaded, searchIndex()!, vscode.l10n.t('Report Lens: choose what to cite'), false) : undefined);

  registerHover(context, library);
  registerCitations(context, library, pick);
  registerSourceView(context, library, settings.reportsFolder, pick);
  registerDropCitation(context, library);
  registerSampleDraft(context);
  const trees = registerTrees(context, library);
  const figureDiagnostics = registerFigureDiagnostics(context, library);
  const figures = { diagnostics: figureDiagnostics, view: registerFigureView(context, figureDiagnostics, library) };
  /** Loads the library again (settings, workspace libraries) and refreshes what shows it. */
  const reload = async () => {
    loaded = await loadLibrary(context.extensionUri, await workspaceLibrarySnapshots());
    index = undefined;
    trees.terms.refresh();
    trees.reports.refresh();
    trees.documentTerms.scan(vscode.window.activeTextEditor?.document);
  };
  registerLibraryCommands(context, reload);
  watchWorkspaceLibraries(context, () => void reload());
  registerWebLimits(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (['extraSnapshots', 'maxSnapshotMegabytes', 'builtInReports'].some((key) => event.affectsConfiguration(`reportLens.${key}`))) await reload();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => reload()),
    vscode.commands.registerCommand(COMMANDS.search, () => (loaded ? showPicker(loaded, searchIndex()!, vscode.l10n.t('Report Lens: search terms and figures'), true) : undefined)),
    vscode.commands.registerCommand(COMMANDS.copy, async (ref?: unknown) => {
      const item = loaded && isItemRef(ref) ? resolveItem(loaded, ref) : undefined;
      if (!item) return undefined;
      const [open, close] = settings.quoteMarks();
      const text = `${open}${item.quote}${close}\n— ${referenceEntry(item.source, settings.citationStyle())}`;
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Report Lens: copied the quote with its citation'), 3000);
      return text;
    }),
  );
  const finished = Date.now();
  return { library, trees, figures, activationMs: finished - started, activationPhases: { loadMs: loadedAt - started, registerMs: finished - loadedAt } };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
