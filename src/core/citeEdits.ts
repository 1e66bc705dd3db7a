/**
 * Where a citation goes in a document, per document syntax: the text at the
 * cursor and the other edits that keep the reference list right (a Markdown
 * footnote block, a numbered plain-text list), or the record to add to a
 * bibliography file (Pandoc, LaTeX).
 *
 * Pure text in, offsets out: the VS Code layer applies them as one undo step.
 */
import { bibTeXEntry, citationKey, cslItem, referenceEntry, type CitationSource, type CitationStyle } from './citation';

export type CitationFormat = 'markdown-footnote' | 'pandoc' | 'latex' | 'plain-numeric' | 'plain-author-date';
export const CITATION_FORMATS: CitationFormat[] = ['markdown-footnote', 'pandoc', 'latex', 'plain-numeric', 'plain-author-date'];

export interface TextEdit {
  /** Offset in the document before any edit. */
  start: number;
  end: number;
  text: string;
}

export interface CitationPlan {
  /** Inserted at the cursor (after the quote, if any). */
  marker: string;
  /** Other edits in the document, not overlapping the cursor. */
  edits: TextEdit[];
  /** A record for the bibliography file, when the format keeps one. */
  bibliography?: { key: string; bibtex: string; csl: Record<string, unknown> };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Text appended at the very end of a document, `lines` line breaks after its
 * last text (2 = one blank line). A pure insertion: replacing trailing blank
 * lines instead would swallow a cursor sitting on them and put the citation
 * marker after the block it refers to. With the cursor at the very end, the
 * marker goes there first, so the block keeps its full distance from it.
 */
function appendAtEnd(document: string, block: string, lines: number, cursor: number): TextEdit {
  const trailingBreaks = cursor === document.length ? 0 : (/\s*$/u.exec(document)?.[0].match(/\n/g) ?? []).length;
  const separator = document.trim().length === 0 ? '' : '\n'.repeat(Math.max(0, lines - trailingBreaks));
  return { start: document.length, end: document.length, text: `${separator}${block}\n` };
}

function appendBlock(document: string, block: string, cursor: number): TextEdit {
  return appendAtEnd(document, block, 2, cursor);
}

/** Markdown: `[^key]` at the cursor; its definition added to the footnotes at the end, or reused. */
function footnotePlan(document: string, cursor: number, source: CitationSource, style: CitationStyle): CitationPlan {
  const key = citationKey(source);
  const marker = `[^${key}]`;
  const exists = new RegExp(`^\\[\\^${escapeRegExp(key)}\\]:`, 'm').test(document);
  if (exists) return { marker, edits: [] };
  const definition = `[^${key}]: ${referenceEntry(source, style)}`;
  // Keep footnote definitions together: after the last one, if the document ends with a block of them.
  const lastBlock = /(?:^\[\^[^\]]+\]:.*(?:\n|$))+\s*$/m.exec(document);
  if (lastBlock) return { marker, edits: [appendAtEnd(document, definition, 1, cursor)] };
  return { marker, edits: [appendBlock(document, definition, cursor)] };
}

export const REFERENCE_HEADING = /^(?:参考文献|References)[ \t]*$/m;
const LIST_ENTRY = /^\[(\d+)\]\s+(.*)$/;

/**
 * Plain text, numeric: `[n]` at the cursor and a reference list under
 * `参考文献` at the end. Numbers follow the order of first citation, so a new
 * source cited before existing ones renumbers markers and list together.
 */
function numericPlan(document: string, cursor: number, source: CitationSource, style: CitationStyle): CitationPlan {
  const heading = REFERENCE_HEADING.exec(document);
  const bodyEnd = heading ? heading.index : document.length;
  const entries = new Map<number, string>();
  if (heading) {
    for (const line of document.slice(heading.index + heading[0].length).split('\n')) {
      const entry = LIST_ENTRY.exec(line.trim());
      if (entry) entries.set(Number(entry[1]), entry[2]);
    }
  }
  const newEntry = referenceEntry(source, style);
  const markers = [...document.slice(0, bodyEnd).matchAll(/\[(\d+)\]/g)]
    .filter((match) => entries.has(Number(match[1])))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, entry: entries.get(Number(match[1]))! }));
  // First appearance order, with the new citation at the cursor.
  const order: string[] = [];
  const cited = [...markers.map((marker) => ({ at: marker.start, entry: marker.entry })), { at: cursor, entry: newEntry }].sort((a, b) => a.at - b.at);
  for (const { entry } of cited) if (!order.includes(entry)) order.push(entry);
  // Sources listed but no longer cited keep their place at the end rather than vanish.
  for (const entry of entries.values()) if (!order.includes(entry)) order.push(entry);
  const numberOf = (entry: string) => order.indexOf(entry) + 1;
  const edits: TextEdit[] = markers
    .filter((marker) => document.slice(marker.start, marker.end) !== `[${numberOf(marker.entry)}]`)
    .map((marker) => ({ start: marker.start, end: marker.end, text: `[${numberOf(marker.entry)}]` }));
  const list = order.map((entry, index) => `[${index + 1}] ${entry}`).join('\n');
  if (heading) {
    const listStart = heading.index;
    const current = document.slice(listStart);
    const wanted = `${heading[0]}\n\n${list}\n`;
    if (current.replace(/\s+$/u, '') !== wanted.replace(/\s+$/u, '')) edits.push({ start: listStart, end: document.length, text: wanted });
  } else {
    edits.push(appendBlock(document, `参考文献\n\n${list}`, cursor));
  }
  return { marker: `[${numberOf(newEntry)}]`, edits };
}

/** Plain text, author-date: the marker inline and the entry in an alphabetical list under 参考文献. */
function authorDatePlan(document: string, cursor: number, source: CitationSource, style: CitationStyle, marker: string): CitationPlan {
  const entry = referenceEntry(source, style);
  const heading = REFERENCE_HEADING.exec(document);
  if (!heading) return { marker, edits: [appendBlock(document, `参考文献\n\n${entry}`, cursor)] };
  const listed = document.slice(heading.index + heading[0].length).split('\n').map((line) => line.trim()).filter(Boolean);
  if (listed.includes(entry)) return { marker, edits: [] };
  const sorted = [...listed, entry].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  return { marker, edits: [{ start: heading.index, end: document.length, text: `${heading[0]}\n\n${sorted.join('\n')}\n` }] };
}

/**
 * Plans a citation of `source` at `cursor` in `document`.
 * `authorDate` is the marker for author-date plain text (from the style).
 */
export function planCitation(
  document: string,
  cursor: number,
  format: CitationFormat,
  source: CitationSource,
  style: CitationStyle,
  authorDate: string,
): CitationPlan {
  const key = citationKey(source);
  const bibliography = { key, bibtex: bibTeXEntry(source), csl: cslItem(source) };
  switch (format) {
    case 'markdown-footnote':
      return footnotePlan(document, cursor, source, style);
    case 'pandoc':
      return { marker: `[@${key}]`, edits: [], bibliography };
    case 'latex':
      return { marker: `\\cite{${key}}`, edits: [], bibliography };
    case 'plain-numeric':
      return numericPlan(document, cursor, source, style);
    case 'plain-author-date':
      return authorDatePlan(document, cursor, source, style, authorDate);
  }
}

/**
 * For editors that apply the marker and the other edits as separate inserts
 * (a drop): an edit starting exactly at the cursor (a footnote appended where
 * the cursor ends the document) could land before the marker. Such an edit
 * takes the marker at its front instead, and nothing is left to insert at the cursor.
 */
export function markerIntoEditAtCursor(plan: CitationPlan, cursor: number): { atCursor: string; edits: TextEdit[] } {
  const index = plan.edits.findIndex((edit) => edit.start === cursor && edit.end >= cursor);
  if (index < 0) return { atCursor: plan.marker, edits: plan.edits };
  const edits = plan.edits.map((edit, i) => (i === index ? { ...edit, text: `${plan.marker}${edit.text}` } : edit));
  return { atCursor: '', edits };
}

/** Adds a BibTeX record to a .bib file's text, unless its key is there already. */
export function mergeBibTeX(existing: string, key: string, record: string): string | undefined {
  if (new RegExp(`@\\w+\\s*\\{\\s*${escapeRegExp(key)}\\s*,`).test(existing)) return undefined;
  const trimmed = existing.replace(/\s+$/u, '');
  return `${trimmed}${trimmed.length > 0 ? '\n\n' : ''}${record}`;
}

/**
 * Adds a CSL-JSON item to a bibliography file's text (a JSON array), unless
 * its id is there. Throws with the parser's message if the file is not a JSON array.
 */
export function mergeCslJson(existing: string, item: Record<string, unknown>): string | undefined {
  const items: unknown = existing.trim().length === 0 ? [] : JSON.parse(existing);
  if (!Array.isArray(items)) throw new SyntaxError('a CSL-JSON bibliography must be a JSON array of items');
  if (items.some((entry) => typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === item.id)) return undefined;
  return `${JSON.stringify([...items, item], null, 2)}\n`;
}

/** The bibliography file named in Markdown front matter (`bibliography: refs.bib`), if any. */
export function frontMatterBibliography(document: string): string | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n/.exec(document);
  if (!front) return undefined;
  const line = /^bibliography:\s*(?:\[\s*)?["']?([^"'\],\n]+?)["']?\s*(?:[,\]].*)?$/m.exec(front[1]);
  return line?.[1].trim();
}
