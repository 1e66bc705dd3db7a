/**
 * Report Lens: activation reads like a table of contents. Each feature
 * registers itself and its disposables; the library (the snapshot, from the
 * extension's own files so it works on the web too, and the writer's and the
 * workspace's snapshots) loads afterwards, when first needed.
 */
import * as vscode from 'vscode';
import type { Library } from './core/snapshot';
import { LibraryLoader, loadLibrary } from './vscode/library';
import { SearchIndex } from './core/search';
import { COMMANDS } from './vscode/commands';
import { settings } from './vscode/config';
import { registerHover } from './vscode/hover';
import { showPicker } from './vscode/picker';
import { quoteWithCitation, registerCitations } from './vscode/citations';
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

/** What tests and other extensions can reach: the library and the trees. */
export interface ReportLensApi {
  /** The library as loaded so far: undefined until the load that follows activation is done. */
  library(): Library | undefined;
  /** The library once loaded. */
  ready(): Promise<Library | undefined>;
  trees: Trees;
  /** The figure check: findings per document, and the "Figures in this document" view. */
  figures: { diagnostics: FigureDiagnostics; view: DocumentFiguresTree };
  /** Milliseconds activate() took: registering the features (the library loads afterwards). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): ReportLensApi {
  const started = Date.now();
  // Nothing is loaded here: the features are registered first, and the library loads once activation is over.
  const library = new LibraryLoader(async () => loadLibrary(context.extensionUri, await workspaceLibrarySnapshots()));
  // The search index is built on first use, once per library.
  const indexes = new WeakMap<Library, SearchIndex>();
  const searchIndex = (loaded: Library) => indexes.get(loaded) ?? indexes.set(loaded, new SearchIndex(loaded)).get(loaded)!;
  const showPickerTitled = async (title: string, runDefault: boolean) => {
    const loaded = await library.ready();
    return loaded ? showPicker(loaded, searchIndex(loaded), title, runDefault) : undefined;
  };
  const pick = () => showPickerTitled(vscode.l10n.t('Report Lens: choose what to cite'), false);

  registerHover(context, library.ready);
  const rememberSources = registerCitations(context, library.ready, pick);
  registerSourceView(context, library.ready, settings.reportsFolder, pick);
  registerDropCitation(context, library.ready);
  registerSampleDraft(context);
  const trees = registerTrees(context, library.current);
  const figureDiagnostics = registerFigureDiagnostics(context, library);
  const figures = { diagnostics: figureDiagnostics, view: registerFigureView(context, figureDiagnostics, library.current) };
  /** Shows a newly loaded library in the views, and checks the open drafts against it. */
  const show = () => {
    const loaded = library.current();
    if (loaded) void rememberSources(loaded);
    trees.terms.refresh();
    trees.reports.refresh();
    trees.documentTerms.scan(vscode.window.activeTextEditor?.document);
    figureDiagnostics.checkOpenDocuments();
  };
  /** Loads the library again (settings, workspace libraries) and shows it. */
  const reload = async () => {
    await library.reload();
    show();
  };
  registerLibraryCommands(context, reload);
  watchWorkspaceLibraries(context, () => void reload());
  registerWebLimits(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (['extraSnapshots', 'maxSnapshotMegabytes', 'builtInReports'].some((key) => event.affectsConfiguration(`reportLens.${key}`))) await reload();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => reload()),
    vscode.commands.registerCommand(COMMANDS.search, () => showPickerTitled(vscode.l10n.t('Report Lens: search terms and figures'), true)),
    vscode.commands.registerCommand(COMMANDS.copy, async (ref?: unknown) => {
      const loaded = await library.ready();
      const item = loaded && isItemRef(ref) ? resolveItem(loaded, ref) : undefined;
      if (!item) return undefined;
      const text = quoteWithCitation(item);
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Report Lens: copied the quote with its citation'), 3000);
      return text;
    }),
  );
  // Once activation is over, unless a hover or a command has asked for the library already.
  setTimeout(() => void library.ready().then(show), 0);
  return { library: library.current, ready: library.ready, trees, figures, activationMs: Date.now() - started };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
