/**
 * The workspace library's commands: add reports (PDF, Word, text, Markdown),
 * remove reports, re-index. Extraction runs in the Node extension host through
 * the indexer bundle (`dist/indexer.js`, loaded on first use so that activation
 * never pays for PDF.js); the web extension host says so instead.
 *
 * The catalogue guessed from the documents is written with the library and
 * opened beside for the writer to confirm or correct; saving it re-indexes.
 * Progress is shown per file; cancelling leaves the library as it was.
 */
import * as vscode from 'vscode';
import { plainLabel } from '../core/hoverContent';
import { LIBRARY_FOLDER } from '../core/workspaceLibrary';
import { COMMANDS } from './commands';
import { libraryFolder } from './workspaceLibrary';
import { notify } from './notify';
import { SourceHistory } from './sourceHistory';
import type { PatternStalledError } from '../indexer/patternWatchdog';

type Indexer = typeof import('../indexer/workspaceLibrary');

/** What a run did, for the messages and for callers (tests, other extensions). */
export interface LibraryRun {
  added: string[];
  removed: string[];
  unchanged: string[];
  skipped: { path: string; reason: string; outsideWorkspace?: boolean }[];
  /**
   * Set when a change over several folders' libraries stopped part-way (cancelled, or failed in one folder): the
   * folders before it keep their change, and are loaded.
   */
  stopped?: { folder: string; reason: string; changedFolders: string[] };
}

let indexer: Indexer | undefined;

function indexerPath(extensionUri: vscode.Uri): string {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'indexer.js').fsPath;
}

/** The indexer bundle, or undefined (with a message) where there is no Node.js to run it. */
function loadIndexer(extensionUri: vscode.Uri): Indexer | undefined {
  if (typeof process === 'undefined' || !process.versions?.node) {
    void notify.warning(
      vscode.l10n.t('Adding and indexing reports needs VS Code on the desktop or on a server: PDF and Word extraction runs in Node.js. This web version reads the library your team built.'),
    );
    return undefined;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  indexer ??= require(indexerPath(extensionUri)) as Indexer;
  return indexer;
}

/** The workspace folder whose library a run changes: the one holding `uri`, else the first one on disk. */
function targetFolder(uri?: vscode.Uri): vscode.WorkspaceFolder | undefined {
  const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.find((candidate) => candidate.uri.scheme === 'file');
  if (!folder || folder.uri.scheme !== 'file') {
    void notify.warning(vscode.l10n.t('Open a folder on disk first: Report Lens keeps the reports you add in its {0} folder, to share with your team.', LIBRARY_FOLDER));
    return undefined;
  }
  return folder;
}

/** A workspace folder on disk, its library folder and the reports its catalogue holds. */
interface FolderLibrary {
  folder: vscode.WorkspaceFolder;
  library: string;
  entries: ReturnType<Indexer['readLibrary']>;
}

/**
 * The library of every workspace folder on disk. In a multi-root workspace each folder keeps its own, and the editor
 * shows them merged: removing, re-indexing and choosing new ids must see all of them, not the first folder's alone.
 */
function folderLibraries(tools: Indexer): FolderLibrary[] {
  return (vscode.workspace.workspaceFolders ?? [])
    .filter((folder) => folder.uri.scheme === 'file')
    .map((folder) => {
      const library = libraryFolder(folder).fsPath;
      return { folder, library, entries: tools.readLibrary(library) };
    });
}

/**
 * Whether the writer has unsaved edits of one of these folders' catalogues (opened beside after *Add reports*), with a
 * message. A change of the library rewrites the file under them: saving after it would offer to overwrite the file,
 * and overwriting would drop the reports the change added, or bring back those it removed.
 */
function unsavedCatalogue(folders: vscode.WorkspaceFolder[]): boolean {
  const catalogues = new Set(folders.map((folder) => vscode.Uri.joinPath(libraryFolder(folder), 'catalog.yaml').toString()));
  const unsaved = vscode.workspace.textDocuments.find((document) => document.isDirty && catalogues.has(document.uri.toString()));
  if (!unsaved) return false;
  void notify.warning(vscode.l10n.t('Save or revert your changes to {0} first: Report Lens rewrites the catalogue when it changes the library.', vscode.workspace.asRelativePath(unsaved.uri)));
  return true;
}

/**
 * Waits (at most 15 s) until an open editor of `uri` shows the file as it is on disk. The library is replaced by
 * renaming its folder, and VS Code reloads an open catalogue a moment later (over a second on a busy machine, and
 * more than 5 s on a loaded one): what the writer typed into it before then went into the old text, and saving it
 * met the "file is newer" prompt.
 */
async function asOnDisk(uri: vscode.Uri): Promise<void> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (!open || open.isDirty) return;
  const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  for (let wait = 0; wait < 150 && !open.isClosed && open.getText() !== written; wait++) await new Promise((done) => setTimeout(done, 100));
}

function uris(value: unknown): vscode.Uri[] | undefined {
  if (value instanceof vscode.Uri) return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((item) => item instanceof vscode.Uri)) return value;
  return undefined;
}

/** Runs with a cancellable notification that reports each file; an abort signal follows the Cancel button. */
function withFileProgress<T>(title: string, work: (onFile: (index: number, total: number, path: string) => void, signal: AbortSignal) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
    const controller = new AbortController();
    token.onCancellationRequested(() => controller.abort());
    const onFile = (index: number, total: number, path: string) =>
      notify.progress(progress, { message: vscode.l10n.t('{0} ({1} of {2})', vscode.workspace.asRelativePath(path), index + 1, total), increment: index === 0 ? 0 : 100 / total });
    return work(onFile, controller.signal);
  });
}

function reportSkipped(skipped: LibraryRun['skipped']): void {
  const outside = skipped.filter((file) => file.outsideWorkspace);
  if (outside.length > 0) {
    void notify.warning(
      vscode.l10n.t(
        'Report Lens did not re-read {0}: the library\'s catalogue names it outside the workspace folder, and a catalogue that comes with a repository may name any file. Its last extracted text is kept. To re-read it, add it again with "Add reports to the workspace library…", choosing it in the file dialog.',
        outside.map((file) => file.path).join(', '),
      ),
    );
  }
  const others = skipped.filter((file) => !file.outsideWorkspace);
  if (others.length === 0) return;
  const list = others.map((file) => `${vscode.workspace.asRelativePath(file.path)}: ${file.reason}`).join('; ');
  void notify.warning(vscode.l10n.t('Report Lens skipped {0} file(s), the others were indexed: {1}', others.length, list));
}

/**
 * The library change in progress: the next waits for it. Each reads the catalogue, then writes the library whole, so a
 * re-index started by saving the catalogue and a removal asked for meanwhile would each write what the other undid.
 */
let libraryChange: Promise<unknown> = Promise.resolve();

/** Runs a library change after the one in progress, naming any input problem (a catalogue error: file and line) instead of failing silently. */
function guarded(run: () => Promise<LibraryRun | undefined>): Promise<LibraryRun | undefined> {
  const change = libraryChange.then(() => attempt(run));
  libraryChange = change;
  return change;
}

/**
 * Changes each folder's library in turn. Each is swapped whole, so a cancel or a failure in one folder leaves the
 * folders before it changed: then the run says which (`LibraryRun.stopped`) instead of failing as if nothing changed.
 * With no folder changed yet, the error goes on to `attempt`, whose "the library was not changed" is then true.
 */
async function folderByFolder<T extends { folder: vscode.WorkspaceFolder }>(holders: readonly T[], change: (holder: T) => Promise<boolean>): Promise<LibraryRun['stopped']> {
  const changedFolders: string[] = [];
  for (const holder of holders) {
    try {
      if (await change(holder)) changedFolders.push(holder.folder.name);
    } catch (error) {
      if (changedFolders.length === 0) throw error;
      const cancelled = (error as Error).name === 'CancelledError';
      return { folder: holder.folder.name, reason: cancelled ? 'cancelled' : failureText(error as Error), changedFolders };
    }
  }
  return undefined;
}

/** Why a library change failed, in the writer's language where the indexer says it in a form of its own. */
function failureText(error: Error): string {
  if (error.name !== 'PatternStalledError') return error.message;
  // The indexer bundle's own class: `instanceof` would compare it with another copy of it.
  const stalled = error as PatternStalledError;
  return vscode.l10n.t(
    'the cleaning pattern {0} of {1} ran on line {2} of {3} for over {4} s and was stopped: it backtracks (as ^(a|a)*$ does on a line of a\'s). Rewrite or remove it',
    stalled.pattern === undefined ? '?' : JSON.stringify(stalled.pattern),
    stalled.curationFile,
    stalled.line,
    stalled.textFile ?? '?',
    stalled.seconds,
  );
}

/** Says where a change over several folders stopped, and which folders' libraries it had changed. */
function reportStopped(stopped: NonNullable<LibraryRun['stopped']>): void {
  const changed = stopped.changedFolders.join(', ');
  if (stopped.reason === 'cancelled') {
    void notify.info(vscode.l10n.t('Report Lens: cancelled at the folder {0}. The libraries of {1} had already been updated and are loaded; the others were not changed.', stopped.folder, changed));
  } else {
    void notify.error(vscode.l10n.t('Report Lens could not update the library of the folder {0}: {1}. The libraries of {2} had already been updated and are loaded; the others were not changed.', stopped.folder, stopped.reason, changed));
  }
}

async function attempt(run: () => Promise<LibraryRun | undefined>): Promise<LibraryRun | undefined> {
  try {
    return await run();
  } catch (error) {
    if ((error as Error).name === 'CancelledError') {
      void notify.info(vscode.l10n.t('Report Lens: cancelled; the library was not changed.'));
      return undefined;
    }
    void notify.error(vscode.l10n.t('Report Lens could not update the library: {0}. The library was not changed.', failureText(error as Error)));
    return undefined;
  }
}

export function registerLibraryCommands(context: vscode.ExtensionContext, reload: () => Promise<void>): void {
  const extensionUri = context.extensionUri;
  /** Files the writer chose in Add reports this session: re-index reads them even outside the workspace folder. */
  const chosenThisSession = new Set<string>();

  /** Report ids of the built-in snapshot, shown or hidden: a library id that reused one would be refused when they are shown. */
  const builtInReportIds = async (): Promise<string[]> => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'data', 'snapshot.json')));
    return (JSON.parse(text) as { reports: { id: string }[] }).reports.map((report) => report.id);
  };

  const addReports = (first?: unknown, selected?: unknown) =>
    guarded(async () => {
      // From the explorer: the clicked file and the selection; from a script: a Uri or a list; else a dialog.
      let chosen = uris(selected) ?? uris(first);
      if (!chosen) {
        chosen = await vscode.window.showOpenDialog({
          canSelectMany: true,
          canSelectFiles: true,
          canSelectFolders: false,
          openLabel: vscode.l10n.t('Add to the library'),
          filters: { [vscode.l10n.t('Reports')]: ['pdf', 'docx', 'txt', 'md'] },
        });
      }
      const folder = chosen && chosen.length > 0 ? targetFolder(chosen[0]) : undefined;
      const tools = folder && loadIndexer(extensionUri);
      if (!chosen || !folder || !tools || unsavedCatalogue([folder])) return undefined;
      const library = libraryFolder(folder).fsPath;
      const files = tools.reportFiles(chosen.map((uri) => uri.fsPath));
      for (const file of files) chosenThisSession.add(file);
      // Every folder's ids: the editor merges the folders' libraries, and refuses a report id two of them use. And every
      // id this workspace has loaded: a report removed from the library may still be cited by its key, and a new report
      // under it (a Chinese file name is `report` by default) took its citations over — the footnote already defined
      // named the removed report, and Update citations rewrote the removed report's entries as the new one's.
      const taken = new Set([
        ...(await builtInReportIds()),
        ...folderLibraries(tools).flatMap(({ entries }) => entries.map((entry) => entry.report.id)),
        ...new SourceHistory(context.workspaceState).keys(),
      ]);
      const run = await withFileProgress(vscode.l10n.t('Report Lens: reading reports'), async (onFile, signal) => {
        const { extracted, skipped } = await tools.extractReports(files, taken, { onFile, signal });
        const add = tools.libraryAdditions(library, extracted);
        if (add.length > 0) await tools.updateLibraryOffThread(indexerPath(extensionUri), library, { add }, signal);
        return { added: add.map((item) => item.report.id), removed: [], unchanged: [], skipped };
      });
      reportSkipped(run.skipped);
      if (run.added.length === 0) {
        if (run.skipped.length === 0) void notify.warning(vscode.l10n.t('Report Lens found no PDF, Word (.docx), text or Markdown files there.'));
        return run;
      }
      await reload();
      const catalogue = vscode.Uri.joinPath(libraryFolder(folder), 'catalog.yaml');
      await asOnDisk(catalogue);
      await vscode.window.showTextDocument(catalogue, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      void notify.info(
        vscode.l10n.t(
          'Report Lens added {0} report(s). Check the catalogue guessed from the documents, opened beside: correct what is wrong and delete what a report does not state (citations leave out what is unknown). Saving it re-indexes.',
          run.added.length,
        ),
      );
      return run;
    });

  /**
   * Re-indexes the library of the folder holding `within` (the catalogue just saved), else every folder's library
   * that holds reports.
   */
  const reindex = (within?: unknown) =>
    guarded(async () => {
      const folder = targetFolder(within instanceof vscode.Uri ? within : undefined);
      const tools = folder && loadIndexer(extensionUri);
      if (!folder || !tools) return undefined;
      const held = folderLibraries(tools).filter((candidate) => candidate.entries.length > 0 && (!(within instanceof vscode.Uri) || candidate.folder.uri.toString() === folder.uri.toString()));
      if (held.length === 0) {
        void notify.info(vscode.l10n.t('The workspace has no Report Lens library yet: add reports first.'));
        return undefined;
      }
      if (unsavedCatalogue(held.map((holder) => holder.folder))) return undefined;
      const run = await withFileProgress(vscode.l10n.t('Report Lens: re-indexing the library'), async (onFile, signal) => {
        const done: LibraryRun = { added: [], removed: [], unchanged: [], skipped: [] };
        const stopped = await folderByFolder(held, async ({ folder: root, library }) => {
          const { changed, unchanged, skipped } = await tools.changedReports(library, root.uri.fsPath, { onFile, signal, chosen: chosenThisSession });
          await tools.updateLibraryOffThread(indexerPath(extensionUri), library, { add: changed }, signal);
          done.added.push(...changed.map((item) => item.report.id));
          done.unchanged.push(...unchanged);
          done.skipped.push(...skipped);
          return true;
        });
        return stopped ? { ...done, stopped } : done;
      });
      reportSkipped(run.skipped);
      await reload();
      if (run.stopped) {
        reportStopped(run.stopped);
        return run;
      }
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Report Lens: {0} report(s) re-read, {1} unchanged', run.added.length, run.unchanged.length), 5000);
      return run;
    });

  /** Removes reports (ids from a caller, else picked) from whichever folder's library holds each. */
  const removeReports = (ids?: unknown) =>
    guarded(async () => {
      const folder = targetFolder();
      const tools = folder && loadIndexer(extensionUri);
      if (!folder || !tools) return undefined;
      const held = folderLibraries(tools).filter(({ entries }) => entries.length > 0);
      if (unsavedCatalogue(held.map((holder) => holder.folder))) return undefined;
      let chosen = Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? held.map((holder) => ({ holder, ids: ids as string[] })) : undefined;
      if (!chosen) {
        if (held.length === 0) {
          void notify.info(vscode.l10n.t('The workspace has no Report Lens library yet: add reports first.'));
          return undefined;
        }
        const picked = await vscode.window.showQuickPick(
          held.flatMap((holder) =>
            holder.entries.map((entry) => ({
              label: plainLabel(entry.report.title),
              // With several folders, each report says whose library it is in.
              description: held.length > 1 ? `${plainLabel(holder.folder.name)} · ${plainLabel(entry.source)}` : plainLabel(entry.source),
              id: entry.report.id,
              holder,
            })),
          ),
          { canPickMany: true, placeHolder: vscode.l10n.t('Reports to remove from the workspace library') },
        );
        if (!picked || picked.length === 0) return undefined;
        const remove = vscode.l10n.t('Remove');
        const answer = await notify.ask(vscode.l10n.t('Remove {0} report(s) from the workspace library? The original files are not touched.', picked.length), remove);
        if (answer !== remove) return undefined;
        chosen = held.map((holder) => ({ holder, ids: picked.filter((item) => item.holder === holder).map((item) => item.id) }));
      }
      const removed: string[] = [];
      // Cancellable like the others: removing re-indexes the reports left, with the library's own curation patterns.
      const stopped = await withFileProgress(vscode.l10n.t('Report Lens: removing reports from the library'), (_onFile, signal) =>
        folderByFolder(
          chosen.map(({ holder, ids: wanted }) => ({ folder: holder.folder, holder, wanted })),
          async ({ holder, wanted }) => {
            const known = new Set(holder.entries.map((entry) => entry.report.id));
            const here = wanted.filter((id) => known.has(id));
            if (here.length === 0) return false;
            await tools.updateLibraryOffThread(indexerPath(extensionUri), holder.library, { remove: here }, signal);
            removed.push(...here.filter((id) => !removed.includes(id)));
            return true;
          },
        ),
      );
      await reload();
      if (stopped) reportStopped(stopped);
      return { added: [], removed, unchanged: [], skipped: [], ...(stopped && { stopped }) };
    });

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.addReports, addReports),
    vscode.commands.registerCommand(COMMANDS.reindexLibrary, reindex),
    vscode.commands.registerCommand(COMMANDS.removeReports, removeReports),
    // The catalogue opened for confirmation: saving it applies the corrections.
    vscode.workspace.onDidSaveTextDocument((document) => {
      const folder = vscode.workspace.getWorkspaceFolder(document.uri);
      if (folder && document.uri.toString() === vscode.Uri.joinPath(libraryFolder(folder), 'catalog.yaml').toString()) void reindex(document.uri);
    }),
  );
}
