/**
 * The library the features read: the built-in snapshot plus the user's own
 * snapshots (`reportLens.extraSnapshots`, JSON or YAML). A user file that
 * cannot be read, parsed or validated is reported once, by name and problem,
 * and left out; the built-in snapshot keeps working. User files are only read.
 */
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';
import type { Snapshot } from '../core/model';
import { Library, mergeSnapshots, parseSnapshot, SnapshotError, validateSnapshot } from '../core/snapshot';
import { settings } from './config';

/**
 * Reads a file as UTF-8. In the desktop and server extension hosts the built-in
 * snapshot is read synchronously (under a millisecond for 1 MB): an awaited read
 * hands the host's event loop to other extensions starting at the same moment,
 * which tripled activation time. On the web it goes through `workspace.fs`.
 */
function readTextNow(uri: vscode.Uri): string | undefined {
  if (uri.scheme !== 'file' || typeof process === 'undefined' || !process.versions?.node) return undefined;
  // A plain require, reached only in Node hosts; the web bundle leaves `node:` modules unresolved.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  return readFileSync(uri.fsPath, 'utf8');
}

async function readText(uri: vscode.Uri): Promise<string> {
  return readTextNow(uri) ?? new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/** Parses a user snapshot by its extension: `.yaml`/`.yml` as YAML, anything else as JSON. */
function parseUserSnapshot(uri: vscode.Uri, text: string): Snapshot {
  if (!/\.ya?ml$/i.test(uri.path)) return parseSnapshot(text);
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new SnapshotError(`not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  return validateSnapshot(value);
}

/** Resolves a configured path: absolute, or relative to the first workspace folder. */
function resolvePath(path: string): vscode.Uri | undefined {
  if (/^(?:\/|[a-zA-Z]:[\\/])/.test(path)) return vscode.Uri.file(path);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, path);
}

/** Problems already shown, so a broken file is reported once, not on every reload. */
const reported = new Set<string>();

/**
 * `workspaceSnapshots` are the workspace libraries' snapshots (`.reportlens/`),
 * merged like the user's own; with `reportLens.builtInReports` off, the
 * built-in reports are left out of the library.
 */
export async function loadLibrary(extensionUri: vscode.Uri, workspaceSnapshots: vscode.Uri[] = []): Promise<Library | undefined> {
  const builtIn = vscode.Uri.joinPath(extensionUri, 'data', 'snapshot.json');
  let snapshot: Snapshot;
  try {
    snapshot = parseSnapshot(await readText(builtIn), { builtIn: true });
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Report Lens could not load its snapshot {0}: {1}', builtIn.fsPath, String((error as Error).message)));
    return undefined;
  }
  if (!settings.builtInReports()) snapshot = { ...snapshot, reports: [], sections: [], terms: [], figures: [], captions: [] };
  const sources = [...settings.extraSnapshots().map((path) => ({ path, uri: resolvePath(path) })), ...workspaceSnapshots.map((uri) => ({ path: uri.fsPath, uri }))];
  for (const { path, uri } of sources) {
    try {
      if (!uri) throw new SnapshotError('open a folder to use a relative path');
      snapshot = mergeSnapshots(snapshot, parseUserSnapshot(uri, await readText(uri)));
    } catch (error) {
      const problem = error instanceof SnapshotError ? error.message : (error as Error).message;
      const message = vscode.l10n.t('Report Lens left out the snapshot {0}: {1}. The built-in reports still work; the file was not changed.', uri?.fsPath ?? path, problem);
      if (!reported.has(message)) {
        reported.add(message);
        void vscode.window.showErrorMessage(message);
      }
    }
  }
  return new Library(snapshot);
}
