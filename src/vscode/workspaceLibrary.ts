/**
 * The workspace library as the editor sees it: the `.reportlens/snapshot.json`
 * of each workspace folder, merged with the built-in snapshot at start and
 * reloaded when it changes on disk (a teammate's commit pulled, the command
 * line rebuilding it, this extension adding reports).
 */
import * as vscode from 'vscode';
import { LIBRARY_FOLDER, LIBRARY_SNAPSHOT } from '../core/workspaceLibrary';

/** The library folder of a workspace folder. */
export function libraryFolder(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, LIBRARY_FOLDER);
}

/**
 * Whether a file exists. On disk in a Node host the check is synchronous: at
 * activation an awaited call would let other extensions' start-up run inside ours.
 */
async function exists(uri: vscode.Uri): Promise<boolean> {
  if (uri.scheme === 'file' && typeof process !== 'undefined' && process.versions?.node) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('node:fs') as typeof import('node:fs')).existsSync(uri.fsPath);
  }
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a file belongs to a workspace folder's library: its extracted texts, which Open source shows in an
 * editor, are the reports' words that quotes point into, no draft to cite into or correct.
 */
export function isLibraryFile(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder !== undefined && uri.path.startsWith(`${libraryFolder(folder).path}/`);
}

/** The workspace folders' library snapshots that exist. */
export async function workspaceLibrarySnapshots(): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const snapshot = vscode.Uri.joinPath(libraryFolder(folder), LIBRARY_SNAPSHOT);
    if (await exists(snapshot)) found.push(snapshot);
  }
  return found;
}

/** Calls `reload` when a library snapshot is created, changed or deleted, at most once per burst of events. */
export function watchWorkspaceLibraries(context: vscode.ExtensionContext, reload: () => void): void {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${LIBRARY_FOLDER}/${LIBRARY_SNAPSHOT}`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    // A library is replaced by renaming its folder: several events arrive together.
    if (timer) clearTimeout(timer);
    timer = setTimeout(reload, 300);
  };
  context.subscriptions.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed), { dispose: () => timer && clearTimeout(timer) });
}
