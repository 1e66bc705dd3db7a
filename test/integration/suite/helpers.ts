/** Shared steps of the integration suites, which run inside the real extension host. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReportLensApi } from '../../../src/extension';

export const EXTENSION_ID = 'report-lens.report-lens';

/** The extension's API, once activated and its library loaded (the load follows activation). */
export async function api(): Promise<ReportLensApi> {
  const extension = vscode.extensions.getExtension<ReportLensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  const exports = await extension.activate();
  await exports.ready();
  return exports;
}

const EXTENSIONS: Record<string, string> = { markdown: 'md', plaintext: 'txt', javascript: 'js', latex: 'tex', restructuredtext: 'rst' };
let drafts = 0;

/**
 * Opens a new draft file with content in the test workspace and shows it.
 * (Files rather than untitled documents: a reverted untitled name can be handed out again with its old model.)
 */
export async function openDraft(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  const editor = await openWorkspaceFile(`draft-${++drafts}.${EXTENSIONS[language]}`, content);
  assert.equal(editor.document.languageId, language);
  return editor;
}

/** Opens a file of the test workspace (a temporary copy of test/fixtures/workspace). */
export async function openWorkspaceFile(name: string, content?: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is not open');
  const uri = vscode.Uri.joinPath(folder.uri, name);
  if (content !== undefined) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** The position of the n-th character of the first occurrence of `needle`. */
export function positionOf(document: vscode.TextDocument, needle: string, within = 1): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in the document`);
  return document.positionAt(at + within);
}

/** All hover contents at a position, as plain strings. */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

/** Markdown-escaped text as the hover holds it, for comparing with report quotes. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|~>:@$])/g, '$1').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
}

export async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('reportLens').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Closes every editor without saving: dirty untitled drafts would otherwise ask, and hang the suite. */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
