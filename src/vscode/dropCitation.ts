/** Dropping an item from the sidebar into a document inserts its citation there. */
import * as vscode from 'vscode';
import { markerAmongEdits } from '../core/citeEdits';
import type { Library } from '../core/snapshot';
import { citationSnippet, isReadOnly, planWithBibliography } from './citations';
import { rangeOf } from './convert';
import { registerForEnabledLanguages } from './documents';
import { isItemRef, resolveItem } from './items';
import { DRAG_MIME } from './termTree';

/** `library` waits for the library when a drop comes before it has loaded. */
export function registerDropCitation(context: vscode.ExtensionContext, library: () => Promise<Library | undefined>): void {
  const provider: vscode.DocumentDropEditProvider = {
    async provideDocumentDropEdits(document, position, dataTransfer, token) {
      const current = await library();
      const raw = await dataTransfer.get(DRAG_MIME)?.asString();
      // A source view or a library's text is a report's words: nothing may be dropped into it.
      if (!current || !raw || isReadOnly(document)) return undefined;
      let refs: unknown;
      try {
        refs = JSON.parse(raw);
      } catch {
        return undefined;
      }
      const item = Array.isArray(refs) && isItemRef(refs[0]) ? resolveItem(current, refs[0]) : undefined;
      // A drop the editor has given up on (the writer pressed Escape, or dropped elsewhere) writes no bibliography record.
      if (!item || token.isCancellationRequested) return undefined;
      const plan = await planWithBibliography(document, () => document.offsetAt(position), item, current);
      if (!plan) return undefined;
      const { atDrop, edits } = markerAmongEdits(plan, document.offsetAt(position));
      const drop = new vscode.DocumentDropEdit(atDrop ? citationSnippet(atDrop, undefined) : '');
      if (edits.length > 0) {
        const additional = new vscode.WorkspaceEdit();
        for (const edit of edits) additional.replace(document.uri, rangeOf(document, edit.start, edit.end), edit.text);
        drop.additionalEdit = additional;
      }
      return drop;
    },
  };
  // The provider checks the MIME type itself: the metadata that would filter drops for it is API only from VS Code 1.97.
  registerForEnabledLanguages(context, (selector) => vscode.languages.registerDocumentDropEditProvider(selector, provider));
}
