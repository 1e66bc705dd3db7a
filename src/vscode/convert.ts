/** The one place where core offsets meet VS Code positions. */
import * as vscode from 'vscode';

export function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** The text of one line and the offset of a position within it: hovers read lines, not documents. */
export function lineAt(document: vscode.TextDocument, position: vscode.Position): { text: string; offset: number; line: number } {
  return { text: document.lineAt(position.line).text, offset: position.character, line: position.line };
}
