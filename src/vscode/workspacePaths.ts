/**
 * Paths that come from a repository — its `.vscode/settings.json`, a
 * document's `\bibliography{}` or front matter — resolved and confined to the
 * workspace folders. Whoever wrote the repository chose them: `../../.bashrc`,
 * an absolute path, or a link that points out of the folder must not make
 * Report Lens read or write there. Only what the writer set in their own user
 * settings may point elsewhere (a global `.bib`, a folder of reports).
 */
import * as vscode from 'vscode';

export type ResolvedPath = { readonly uri: vscode.Uri } | { readonly problem: string };

const ABSOLUTE = /^(?:\/|[a-zA-Z]:[\\/])/;
/** `~` or `~/…`: the home folder, as a shell reads it. */
const HOME = /^~(?=\/|$)/;

/** The home folder, where there is a Node host; the web has none. */
function homeFolder(): vscode.Uri | undefined {
  if (typeof process === 'undefined' || !process.versions?.node) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return vscode.Uri.file((require('node:os') as typeof import('node:os')).homedir());
}

/** Node's `realpath`, where there is a Node file system; the web has no links to follow. */
async function realPath(uri: vscode.Uri): Promise<vscode.Uri> {
  if (uri.scheme !== 'file' || typeof process === 'undefined' || !process.versions?.node) return uri;
  // A plain require, reached only in Node hosts; the web bundle leaves `node:` modules unresolved.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { realpath } = (require('node:fs') as typeof import('node:fs')).promises;
  // A file that does not exist yet (a bibliography to create) is resolved through its nearest existing ancestor.
  const missing: string[] = [];
  let existing = uri;
  for (;;) {
    try {
      const resolved = vscode.Uri.file(await realpath(existing.fsPath));
      return missing.length ? vscode.Uri.joinPath(resolved, ...missing.reverse()) : resolved;
    } catch {
      const parent = vscode.Uri.joinPath(existing, '..');
      if (parent.path === existing.path) return uri;
      missing.push(existing.path.slice(existing.path.lastIndexOf('/') + 1));
      existing = parent;
    }
  }
}

function isWithin(uri: vscode.Uri, folder: vscode.Uri): boolean {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return false;
  const root = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path === folder.path || uri.path.startsWith(root);
}

/**
 * Resolves `path` — absolute, or relative to `base` — following links, and
 * checks that it lies inside one of the workspace folders (also resolved).
 * With `mayLeaveWorkspace` (a value from the writer's own user settings) the
 * check is skipped, but the path is still resolved.
 */
export async function resolveInWorkspace(path: string, base: vscode.Uri | undefined, mayLeaveWorkspace = false): Promise<ResolvedPath> {
  // Backslashes read as the separators they are on Windows: a URI path splits at `/` only, so `..\..\x.bib` was
  // one odd file name inside the folder to the check below, and a file two folders up to Windows when written.
  const trimmed = path.trim().replace(/\\/g, '/');
  if (!trimmed || trimmed.includes('\0')) return { problem: vscode.l10n.t('"{0}" is not a file path', path) };
  let uri: vscode.Uri;
  if (HOME.test(trimmed)) {
    // `~/refs.bib` is in the home folder, as the writer meant (and outside the workspace, for a repository's path):
    // joined to the base, it made a folder named `~` in the project, one `rm -rf ~` away from the home folder.
    const home = homeFolder();
    if (!home) return { problem: vscode.l10n.t('"{0}" is not a file path', path) };
    uri = vscode.Uri.joinPath(home, trimmed.slice(1));
  } else if (ABSOLUTE.test(trimmed)) uri = vscode.Uri.file(trimmed);
  else if (base) uri = vscode.Uri.joinPath(base, trimmed);
  else return { problem: vscode.l10n.t('open a folder to use the relative path "{0}"', path) };
  const outside = { problem: vscode.l10n.t('"{0}" is outside the workspace folders; Report Lens reads and writes only inside them (or where your user settings point)', path) };
  // A path naming another machine (`//host/share/x.bib`, `\\host\share`: a URI authority no workspace folder has) is
  // refused before anything is resolved: on Windows, resolving it connects to that host and offers it the writer's
  // login (NTLM), and on Linux `//tmp/…` passed as the local `/tmp/…`.
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!mayLeaveWorkspace && !folders.some((folder) => folder.uri.scheme === uri.scheme && folder.uri.authority === uri.authority)) return outside;
  const resolved = await realPath(uri);
  if (mayLeaveWorkspace) return { uri: resolved };
  for (const folder of folders) {
    if (isWithin(resolved, await realPath(folder.uri))) return { uri: resolved };
  }
  return outside;
}

/**
 * A setting's value and whether the writer set it in their own user settings:
 * only those may point outside the workspace. A value from the workspace or
 * folder settings came with the repository. In Restricted Mode VS Code already
 * drops a repository's values of restricted settings; one that reaches here
 * anyway in an untrusted workspace is ignored all the same. The caller checks
 * the value's type.
 */
export function settingWithOrigin(section: string, key: string): { value: unknown; fromUserSettings: boolean } | undefined {
  const inspected = vscode.workspace.getConfiguration(section).inspect<unknown>(key);
  const fromRepository = vscode.workspace.isTrusted ? (inspected?.workspaceFolderValue ?? inspected?.workspaceValue) : undefined;
  const value = fromRepository ?? inspected?.globalValue;
  return value === undefined ? undefined : { value, fromUserSettings: fromRepository === undefined };
}
