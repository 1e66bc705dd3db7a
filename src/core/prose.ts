/**
 * The writer's own prose in a draft: what "Terms in this document" counts.
 * Text Report Lens inserted or that is not prose is blanked out (replaced by
 * spaces, so offsets and line breaks stay where they were): Markdown front
 * matter, code and comments (as the citation planner reads them: Markdown code
 * blocks, raw HTML blocks and comments; LaTeX comments and verbatim), the
 * footnote definitions of Report Lens citations, and the reference list under
 * `参考文献`/`References` at the end.
 */
import { keyWithoutPage } from './citation';
import { bodyStartOf, numberedList, REFERENCE_HEADING } from './citeEdits';
import { codeAndComments } from './hiddenText';
import type { Library } from './snapshot';

const FOOTNOTE_DEFINITION = /^\[\^([^\]\n]+)\]:.*$/gm;

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** Whether a footnote key is one Report Lens writes: a report id, or a report id and article (`…-a3`), either with a page cited (`…-p12`). */
export function citationKeyTest(library: Library): (key: string) => boolean {
  const reportIds = new Set(library.snapshot.reports.map((report) => report.id));
  const isKey = (key: string) => reportIds.has(key) || reportIds.has(key.replace(/-a\d+$/, ''));
  return (key) => isKey(key) || isKey(keyWithoutPage(key)?.key ?? '');
}

/** The document with everything but the writer's prose blanked out; `languageId` says which text is code or comment. */
export function writersProse(document: string, isCitationKey: (key: string) => boolean, languageId = 'plaintext'): string {
  // Front matter as the citation planner reads it: a `---` line followed by a blank line is a rule, and prose follows.
  const bodyStart = bodyStartOf(document, languageId === 'markdown');
  let prose = blank(document.slice(0, bodyStart));
  let copied = bodyStart;
  for (const range of codeAndComments(document, languageId, bodyStart).ranges) {
    prose += document.slice(copied, range.start) + blank(document.slice(range.start, range.end));
    copied = range.end;
  }
  prose += document.slice(copied);
  // A writer's own footnotes are prose; the ones holding Report Lens reference entries are not.
  prose = prose.replace(FOOTNOTE_DEFINITION, (line: string, key: string) => (isCitationKey(key) ? blank(line) : line));
  // A numbered list is found as the citation planner finds it, so text after it (an appendix) still counts;
  // an author-date list has no numbers to end it and runs to the end of the document.
  const list = numberedList(prose);
  if (list) return prose.slice(0, list.block.start) + blank(prose.slice(list.block.start, list.block.end)) + prose.slice(list.block.end);
  const references = new RegExp(REFERENCE_HEADING.source, 'm').exec(prose);
  return references ? prose.slice(0, references.index) + blank(prose.slice(references.index)) : prose;
}
