/** The one place where core offsets meet VS Code positions. */
import * as vscode from 'vscode';

export function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
