/**
 * The walkthrough's sample draft: the bilingual Markdown draft shipped in the
 * extension (samples/draft.md), opened as a new untitled document so the writer
 * can try hovers and citations on it, and save it wherever they like, without
 * ever editing the installed extension's files.
 */
import * as vscode from 'vscode';
import { COMMANDS } from './commands';

/** Where the sample draft is inside the installed extension (listed in package.json `files`). */
const SAMPLE_DRAFT = ['samples', 'draft.md'] as const;

export function registerSampleDraft(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openSampleDraft, async () => {
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...SAMPLE_DRAFT)));
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
      return vscode.window.showTextDocument(document);
    }),
  );
}
