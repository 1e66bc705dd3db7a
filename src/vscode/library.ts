/**
 * The library the features read: the built-in snapshot plus the user's own
 * snapshots (`reportLens.extraSnapshots`, JSON or YAML). A user file that
 * cannot be found, is not a regular file, is over the size cap, or cannot be
 * parsed or validated is reported once, by name and problem, and left out;
 * the built-in snapshot keeps working. User files are only read, and only
 * inside the workspace folders unless the writer's own user settings name them.
 */
import * as vscode from 'vscode';
import type { Snapshot } from '../core/model';
import { Library, merging, parseSnapshot, runInSlices, SnapshotError, userFileProblem, userSnapshotSteps } from '../core/snapshot';
import { LIBRARY_SNAPSHOT } from '../core/workspaceLibrary';
import { settings } from './config';
import { resolveInWorkspace } from './workspacePaths';
import { notify } from './notify';

/**
 * Reads the built-in snapshot as UTF-8. In the desktop and server extension
 * hosts it is read synchronously (under a millisecond for 1 MB): an awaited
 * read hands the host's event loop to other extensions starting at the same
 * moment, which tripled activation time. On the web it goes through `workspace.fs`.
 * Only the extension's own file is read this way; user files never are.
 */
async function readBuiltIn(uri: vscode.Uri): Promise<string> {
  if (uri.scheme === 'file' && typeof process !== 'undefined' && process.versions?.node) {
    // A plain require, reached only in Node hosts; the web bundle leaves `node:` modules unresolved.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    return readFileSync(uri.fsPath, 'utf8');
  }
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * Reads a user snapshot asynchronously through `workspace.fs` (the web has no
 * other), after checking with stat that it is a regular file under the cap.
 */
async function readUserFile(uri: vscode.Uri, maxBytes: number): Promise<string> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (error) {
    throw new SnapshotError(`cannot be read (${(error as { code?: string }).code ?? (error as Error).message})`);
  }
  const problem = userFileProblem({ isFile: (stat.type & vscode.FileType.File) !== 0, size: stat.size }, maxBytes);
  if (problem) throw new SnapshotError(problem);
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/** Problems already shown, so a broken file is reported once, not on every reload. */
const reported = new Set<string>();

function reportLeftOut(name: string, problem: string): void {
  const message = vscode.l10n.t('Report Lens left out the snapshot {0}: {1}. The built-in reports still work; the file was not changed.', name, problem);
  if (reported.has(message)) return;
  reported.add(message);
  void notify.error(message);
}

/** Lets the extension host serve other work (hovers, completions, other extensions) before going on. */
export const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads and parses one user or workspace-library snapshot; throws a SnapshotError with the problem. Parsed and
 * validated in slices: a team library of a hundred reports (150 MB) would otherwise hold the extension host, and
 * every other extension's hovers and completions, for seconds.
 */
async function loadUserSnapshot(uri: vscode.Uri, maxBytes: number): Promise<Snapshot> {
  const format = /\.ya?ml$/i.test(uri.path) ? 'yaml' : 'json';
  return runInSlices(userSnapshotSteps(await readUserFile(uri, maxBytes), format, maxBytes), yieldToHost);
}

/**
 * The built-in snapshot merged with the user's snapshots (resolved and
 * confined) and `workspaceSnapshots`, the workspace libraries' snapshots
 * (`.reportlens/`, found inside the workspace folders), read the same careful
 * way. With `reportLens.builtInReports` off the built-in reports are left out.
 */
export async function loadLibrary(extensionUri: vscode.Uri, workspaceSnapshots: vscode.Uri[] = []): Promise<Library | undefined> {
  const builtInUri = vscode.Uri.joinPath(extensionUri, 'data', 'snapshot.json');
  let builtIn: Snapshot;
  try {
    builtIn = parseSnapshot(await readBuiltIn(builtInUri), { builtIn: true });
  } catch (error) {
    void notify.error(vscode.l10n.t('Report Lens could not load its snapshot {0}: {1}', builtInUri.fsPath, String((error as Error).message)));
    return undefined;
  }
  if (!settings.builtInReports()) builtIn = { ...builtIn, reports: [], sections: [], terms: [], figures: [], captions: [] };
  const { paths, fromUserSettings } = settings.extraSnapshots();
  const maxBytes = settings.maxSnapshotBytes();
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  const sources = [
    ...paths.map((path) => ({ name: path, resolve: () => resolveInWorkspace(path, base, fromUserSettings) })),
    // A library's snapshot comes with the repository too: a `.reportlens/snapshot.json` (or `.reportlens/`) linked to
    // another project's library would show its reports' words in hovers, and Insert quote would copy them into this
    // repository's drafts. Resolved through links and confined like a path from the workspace settings.
    ...workspaceSnapshots.map((uri) => ({ name: uri.fsPath, resolve: () => resolveInWorkspace(LIBRARY_SNAPSHOT, vscode.Uri.joinPath(uri, '..')) })),
  ];
  let merged = builtIn;
  for (const { name, resolve } of sources) {
    try {
      const resolved = await resolve();
      if ('problem' in resolved) throw new SnapshotError(resolved.problem);
      merged = await runInSlices(merging(merged, await loadUserSnapshot(resolved.uri, maxBytes)), yieldToHost);
    } catch (error) {
      reportLeftOut(name, (error as Error).message);
    }
  }
  if (merged === builtIn) return new Library(builtIn);
  // Validation should leave nothing here to throw on; if it ever does, the user files go, never the built-in reports.
  try {
    return await runInSlices(Library.inSteps(merged), yieldToHost);
  } catch (error) {
    reportLeftOut(sources.map((source) => source.name).join(', '), (error as Error).message);
    return new Library(builtIn);
  }
}

/** How the features reach the library, which loads after activation: as loaded so far, or once loaded. */
export interface LibraryAccess {
  /** The library as loaded so far, undefined until the first load is done: for views and labels, which refresh after a load. */
  current(): Library | undefined;
  /** The library once the load in progress (or a first one, started now) is done: for hovers and commands, which must not miss it. */
  ready(): Promise<Library | undefined>;
}

/**
 * Loads the library when first asked, not during activation: activating then costs
 * registering the features only, and the writer's first hover or command (or the extension,
 * once activated) starts the load. A reload replaces the library when it is done; whoever
 * waits meanwhile gets the newest.
 */
export class LibraryLoader implements LibraryAccess {
  private loaded: Library | undefined;
  private loading: Promise<Library | undefined> | undefined;

  constructor(private readonly load: () => Promise<Library | undefined>) {}

  readonly current = (): Library | undefined => this.loaded;

  readonly ready = (): Promise<Library | undefined> => this.loading ?? this.reload();

  reload(): Promise<Library | undefined> {
    const loading: Promise<Library | undefined> = this.load().then((library) => {
      // A later reload (settings changed again meanwhile) has the last word.
      if (this.loading !== loading) return this.loading!;
      this.loaded = library;
      return library;
    });
    this.loading = loading;
    return loading;
  }
}
