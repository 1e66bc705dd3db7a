/** Shared by the citation tests: a plan applied the way the editor applies it. */
import type { CitationPlan, TextEdit } from '../../src/core/citeEdits';

/** The document after the plan: edits, and the marker at its place, before anything inserted at the same offset. */
export function applyPlan(document: string, cursor: number, plan: CitationPlan): string {
  const at = plan.at ?? cursor;
  const edits = [...plan.edits, { start: at, end: at, text: plan.marker }]
    .map((edit, order) => ({ ...edit, order }))
    // From the end, so offsets stay valid; at one offset the marker is inserted last, so it lands first.
    .sort((a, b) => b.start - a.start || a.order - b.order);
  return edits.reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), document);
}

/** The document after edits that do not overlap, in any order. */
export function applyEdits(document: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), document);
}
