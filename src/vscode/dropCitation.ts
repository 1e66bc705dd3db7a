/** Dropping an item from the sidebar into a document inserts its citation there. */
import * as vscode from 'vscode';
import { markerAmongEdits } from '../core/citeEdits';
import type { Library } from '../core/snapshot';
import { addToBibliography, citationSnippet, planIn } from './citations';
import { isEnabledFor } from './config';
import { rangeOf } from './convert';
import { isItemRef, resolveItem } from './items';
import { DRAG_MIME } from './termTree';

export function registerDropCitation(context: vscode.ExtensionContext, library: () => Library | undefined): void {
  const provider: vscode.DocumentDropEditProvider = {
    async provideDocumentDropEdits(document, position, dataTransfer) {
      const current = library();
      const raw = await dataTransfer.get(DRAG_MIME)?.asString();
      if (!current || !raw || !isEnabledFor(document)) return undefined;
      let refs: unknown;
      try {
        refs = JSON.parse(raw);
      } catch {
        return undefined;
      }
      const item = Array.isArray(refs) && isItemRef(refs[0]) ? resolveItem(current, refs[0]) : undefined;
      if (!item) return undefined;
      const plan = planIn(document, document.offsetAt(position), item, current);
      if (typeof plan === 'string') {
        void vscode.window.showErrorMessage(plan);
        return undefined;
      }
      if (plan.bibliography) {
        const problem = await addToBibliography(document, plan.bibliography);
        if (problem) {
          void vscode.window.showErrorMessage(`Report Lens: ${problem}`);
          return undefined;
        }
      }
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
  context.subscriptions.push(vscode.languages.registerDocumentDropEditProvider([{ scheme: 'file' }, { scheme: 'untitled' }], provider, { dropMimeTypes: [DRAG_MIME] }));
}
