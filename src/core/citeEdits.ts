/**
 * Where a citation goes in a document, per document syntax: the text at the
 * cursor and the other edits that keep the reference list right (a Markdown
 * footnote block, a numbered plain-text list), or the record to add to a
 * bibliography file (Pandoc, LaTeX).
 *
 * The contract, checked by property tests: the writer's document is a
 * subsequence of the result — edits insert, and change only the numbers of
 * list labels and markers that `renumbering` names — and every marker still
 * points at the entry it pointed at before. Every step is linear in the
 * document's length. Pure text in, offsets out: the VS Code layer applies them
 * as one undo step.
 */
import { hiddenAt, latexHidden, linesOf, markdownHidden, NOTHING_HIDDEN, restructuredTextHidden, type Block, type Hidden, type Line } from './hiddenText';
import { isHan } from './normalize';
import { parseYaml } from './yaml';
import {
  authorDateMarker,
  bibTeXEntry,
  CITATION_STYLES,
  citationKey,
  citationKeyProblem,
  cslItem,
  pageKey,
  pageOfSuperscript,
  referenceEntriesOf,
  referenceEntry,
  splitNotePage,
  SUPERSCRIPT_PAGE,
  superscriptPage,
  type BibTeXDialect,
  type CitationSource,
  type CitationStyle,
} from './citation';

export type CitationFormat = 'markdown-footnote' | 'pandoc' | 'latex' | 'plain-numeric' | 'plain-author-date';
export const CITATION_FORMATS: CitationFormat[] = ['markdown-footnote', 'pandoc', 'latex', 'plain-numeric', 'plain-author-date'];

/** A source as a document may have it written (`was`: an earlier catalogue's version) and as it is now (`now`). */
export interface FormerSource {
  was: CitationSource;
  now: CitationSource;
}

export interface TextEdit {
  /** Offset in the document before any edit. */
  start: number;
  end: number;
  text: string;
}

export interface CitationPlan {
  /** Where the marker goes: the cursor, moved past the word or marker it would split, and out of a reference block. */
  at: number;
  /** Inserted at `at` (after the quote, if any). */
  marker: string;
  /** Other edits: insertions, and label numbers changed as `renumbering` says. None overlaps `at` except an insertion there, which goes after the marker. */
  edits: TextEdit[];
  /** Old label → new label of every numbered entry whose number changes (plain numeric lists). */
  renumbering: Map<number, number>;
  /** Records for the bibliography file, when the format keeps one. */
  bibliography?: { key: string; bibtex: Record<BibTeXDialect, string>; csl: Record<string, unknown> };
}

/** Optional knowledge from outside the core: the term under the cursor, so a citation never splits it; the page cited. */
export interface PlanOptions {
  termAt?: (document: string, offset: number) => { start: number; end: number } | undefined;
  /**
   * The 1-based page of the original document the quote or figure is on (PDF reports), as the citation's locator:
   * `[@key, p. 12]`, `\cite[12]{key}`, a footnote per page (`[^key-p12]`, its entry ending `: 12.`), `[1]¹²`.
   * The author-date marker passed to `planCitation` carries it itself (`authorDateMarker(source, style, page)`).
   */
  page?: number;
  /**
   * The document's language (VS Code's id). In Markdown, code blocks (fenced and indented), raw HTML blocks (`<pre>` …)
   * and HTML comments, and in reStructuredText (`restructuredtext`) literal blocks, code directives and comments, are
   * read as such: no list, marker or place for a citation is inside one. Always Markdown for the Markdown formats
   * (footnotes, Pandoc); the plain formats serve plain text too, where a ``` or `::` line is text like any other, so
   * the caller says.
   */
  language?: string;
}

/** The line break the document uses (its first one): CRLF documents get CRLF. */
export function lineBreakOf(document: string): string {
  const newline = document.indexOf('\n');
  return newline > 0 && document[newline - 1] === '\r' ? '\r\n' : '\n';
}

const isBlank = (document: string, line: Line) => document.slice(line.start, line.end).trim().length === 0;

/**
 * Where the body starts: after the front matter (a `---` block opening the document, closed by `---` or `...`), 0
 * without one. As in Pandoc, an opening `---` followed by a blank line is a rule, not front matter: the text under it
 * is the writer's prose. Front matter is Markdown's (`markdown`, the document's language): in plain text, reStructuredText
 * or LaTeX a `---` line is the writer's text, and a block between two of them (a header of notes, an abstract) was read
 * as metadata — its `[1]` kept its number while the list's labels moved, and came to name another source. The one
 * front-matter rule of the extension (the prose of "Terms in this document" too). Reads only as far as the front matter goes.
 */
export function bodyStartOf(document: string, markdown: boolean): number {
  if (!markdown || !/^---\r?\n[ \t]*\S/.test(document)) return 0;
  for (let start = document.indexOf('\n') + 1; start > 0 && start < document.length; start = document.indexOf('\n', start) + 1) {
    const end = document.indexOf('\n', start);
    const text = document.slice(start, end < 0 ? document.length : end).replace(/\r$/, '');
    if (text === '---' || text === '...') return end < 0 ? document.length : end + 1;
  }
  return 0;
}

/** Index of the first line of the body (after the front matter, as `bodyStartOf` reads it); `lines.length` when the front matter is all. */
function bodyLine(document: string, lines: Line[], markdown: boolean): number {
  const bodyStart = bodyStartOf(document, markdown);
  if (bodyStart === 0) return 0;
  const first = lines.findIndex((line) => line.start >= bodyStart);
  return first < 0 ? lines.length : first;
}

/** The text of the front matter, if the document opens with one. */
function frontMatter(document: string): string | undefined {
  const body = bodyStartOf(document, true);
  // Without its closing `---` line, which YAML would read as the start of another document.
  return body === 0 ? undefined : document.slice(document.indexOf('\n') + 1, body).replace(/(?:---|\.\.\.)\r?\n?$/, '');
}

/**
 * The bibliography file named in Markdown front matter (`bibliography: refs.bib`
 * or a YAML list of them), as YAML reads it; undefined when there is none or
 * the front matter is not YAML.
 */
export function frontMatterBibliography(document: string): string | undefined {
  const yaml = frontMatter(document);
  if (yaml === undefined) return undefined;
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return undefined;
  }
  const named = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).bibliography : undefined;
  const first = Array.isArray(named) ? named[0] : named;
  return typeof first === 'string' && first.trim().length > 0 ? first.trim() : undefined;
}

/**
 * A LaTeX command's optional argument: up to 200 characters and no bracket, as LaTeX reads one (a `]` inside needs
 * braces). Unbounded (`[^\]]*`), it was read to the end of the text from every `\cite[` of a 10 MB line that never
 * closes one, and citing into that draft held the extension host for an hour; an argument left open now ends at the
 * next command's bracket.
 */
const LATEX_OPTION = String.raw`(?:\[[^[\]]{0,200}\])?`;
/**
 * `\addbibresource{…}` or `\bibliography{…}`. Its argument holds no brace: one left open ends at the next command's
 * `{`, so a line of them is read once. A backslash is read (`..\..\x.bib` is a path out of the workspace to Windows,
 * and must be named to be refused, not passed over for another file).
 */
const LATEX_BIBLIOGRAPHY = new RegExp(String.raw`\\(addbibresource|bibliography)\s*${LATEX_OPTION}\{([^{}]{0,1000})\}`);

/**
 * The first `\addbibresource{…}` or `\bibliography{…}` of a LaTeX document,
 * outside comments, line by line (a linear scan).
 */
export function latexBibliography(text: string): { name: string; dialect: BibTeXDialect } | undefined {
  for (const line of text.split('\n')) {
    const code = line.replace(/(?<!\\)%.*$/, '');
    const command = LATEX_BIBLIOGRAPHY.exec(code);
    const name = command?.[2].split(',')[0].trim();
    if (command && name) return command[1] === 'addbibresource' ? { name, dialect: 'biblatex' } : { name: /\.bib$/i.test(name) ? name : `${name}.bib`, dialect: 'bibtex' };
  }
  return undefined;
}

/**
 * What a LaTeX document that names no bibliography file lacks for a citation into `file` to print (else `\cite{key}`
 * prints [?] and no list): biblatex's commands, as the records then go into `file` biblatex-style — the package and
 * `\printbibliography` unless the document has them already. Undefined when the document names a bibliography.
 */
export function missingLatexBibliography(text: string, file: string): string[] | undefined {
  if (latexBibliography(text)) return undefined;
  const code = text.replace(/(?<!\\)%.*$/gm, '');
  return [
    /\\usepackage\s*(?:\[[^\]]*\])?\{[^}]*\bbiblatex\b/.test(code) ? undefined : '\\usepackage{biblatex}',
    `\\addbibresource{${file}}`,
    /\\printbibliography\b/.test(code) ? undefined : '\\printbibliography',
  ].filter((command): command is string => command !== undefined);
}

/** Footnote, Pandoc and LaTeX citations (`\cite`, `\citep`, `\citet`; a key list may go over lines, and holds no brace). */
const CITATIONS = new RegExp(String.raw`\[\^([\w-]+)\](?!:)|\[@([\w-]+)|\\cite[pt]?\*?${LATEX_OPTION}\{([^{}]{1,1000})\}`, 'g');

/** Keys of the citations a document makes, in order of first use. */
export function citedKeys(text: string): string[] {
  // A set, in order of first use: a list searched for each key took a draft of 100,000 distinct keys minutes.
  const keys = new Set<string>();
  for (const match of text.matchAll(CITATIONS)) {
    for (const key of (match[1] ?? match[2] ?? match[3]).split(',')) keys.add(key.trim());
  }
  return [...keys];
}

/** Line breaks at the end of the document, counted backwards over its trailing white space (linear, unlike `/\s*$/`). */
function trailingLineBreaks(document: string): number {
  let breaks = 0;
  for (let i = document.length - 1; i >= 0 && /\s/u.test(document[i]); i--) if (document[i] === '\n') breaks++;
  return breaks;
}

/** Offset just after the last non-white-space character before `offset`. */
function textEndBefore(document: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/u.test(document[end - 1])) end--;
  return end;
}

/** Markdown quote and list item markers (`> `, `- `, `1. `) and white space, all a line holds before a place. */
const CONTAINER_MARKERS = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))+[ \t]*$/;

/** The start of `offset`'s line when only quote and list item markers stand before it there; `offset` otherwise. */
function afterMarkersOnly(document: string, offset: number): number {
  const lineStart = document.lastIndexOf('\n', offset - 1) + 1;
  return CONTAINER_MARKERS.test(document.slice(lineStart, offset)) ? lineStart : offset;
}

/**
 * Text appended at the very end of a document, `lines` line breaks after its
 * last text (2 = one blank line). A pure insertion: replacing trailing blank
 * lines instead would swallow a cursor sitting on them. With the marker at the
 * very end, it goes there first, so the block keeps its full distance from it.
 * A Markdown document ending in a fence, comment or `<pre>` left open has it closed
 * first (`hidden.closer`), so the block is not code or comment: what was hidden
 * stays hidden.
 */
function appendAtEnd(document: string, block: string, lines: number, at: number, eol: string, hidden: Hidden = NOTHING_HIDDEN): TextEdit {
  if (hidden.closer !== undefined) {
    const closing = `${trailingLineBreaks(document) > 0 ? '' : eol}${hidden.closer}${eol}`;
    return { start: document.length, end: document.length, text: `${closing}${eol.repeat(Math.max(0, lines - 1))}${block}${eol}` };
  }
  const trailing = at === document.length ? 0 : trailingLineBreaks(document);
  const separator = document.trim().length === 0 ? '' : eol.repeat(Math.max(0, lines - trailing));
  return { start: document.length, end: document.length, text: `${separator}${block}${eol}` };
}

/**
 * Text a marker must not split: footnote, numeric (with a superscript page: `[1]¹²`) and Pandoc markers,
 * LaTeX commands, author-date markers (`（阿里研究院，2019）`, `(阿里研究院, 2019, p. 12)`, `(Title, n.d.)`), and
 * the superscript page after one (`（阿里研究院，2019）¹²`): a marker put between a citation and its page would take the page.
 */
const ATOMS = new RegExp(`\\[\\^[^\\]\\s]*\\]|\\[\\d+\\](?:${SUPERSCRIPT_PAGE.source})?|[(（][^()（）\\n]{1,150}[,，] ?(?:\\d{4}[a-z]?|n\\.d\\.)(?:, p\\. \\d{1,9})?[)）](?:${SUPERSCRIPT_PAGE.source})?|[)）]${SUPERSCRIPT_PAGE.source}|\\[@[^\\]\\n]*\\]|\\\\[A-Za-z]+\\*?(?:\\[[^\\]\\n]*\\])?(?:\\{[^}\\n]*\\})?`, 'g');
const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });
/** How far around the cursor a word or marker is looked for: enough for any of them, and bounded on a 10 MB line. */
const WINDOW = 200;

/**
 * Han characters that are words of their own (particles, pronouns, common verbs and adverbs): ICU gives them as
 * one-character words, as it gives the characters of a name it does not know.
 */
const FUNCTION_CHARACTERS = new Set('的了着过和与及或是在把被也就都而但并又还很更最不没让给由从向对以于之其这那每各我你他她它们等个将说吗呢吧啊');
/** A run of one-character words longer than this is no name ICU missed, but a list of words (`人、车、路`) or prose. */
const LONGEST_UNKNOWN_NAME = 6;

/**
 * `at` moved past the rest of a name ICU's word breaks do not know — 腾讯, 京东, 华为云, 美团外卖, which it splits
 * into one-character words (腾|讯) — when `at` lies between two of its characters: a citation goes after the name,
 * not into it. A name is a run of one-character Han words, none of them a function word; `segments` start at `from`.
 */
function afterUnknownName(segments: readonly Intl.SegmentData[], from: number, at: number, startsTerm: (offset: number) => boolean): number {
  const isNameCharacter = (segment: Intl.SegmentData | undefined) => segment !== undefined && segment.isWordLike === true && segment.segment.length === 1 && isHan(segment.segment.charCodeAt(0)) && !FUNCTION_CHARACTERS.has(segment.segment);
  const after = segments.findIndex((segment) => from + segment.index === at);
  if (after <= 0 || !isNameCharacter(segments[after - 1]) || !isNameCharacter(segments[after]) || startsTerm(at)) return at;
  let first = after - 1;
  while (isNameCharacter(segments[first - 1])) first--;
  let last = after;
  // A term of the reports begins a word of its own (`腾讯云原生`: 腾讯 before 云原生, whose 云 is no part of the name).
  while (isNameCharacter(segments[last + 1]) && !startsTerm(from + segments[last + 1].index)) last++;
  return last - first + 1 <= LONGEST_UNKNOWN_NAME ? from + segments[last].index + 1 : at;
}

/**
 * The cursor moved to the end of what it sits inside: a term of the reports,
 * a word, a marker; never between the halves of a surrogate pair or of CRLF.
 */
function markerPoint(document: string, cursor: number, options: PlanOptions): number {
  let at = Math.max(0, Math.min(cursor, document.length));
  const from = Math.max(0, at - WINDOW);
  const around = document.slice(from, at + WINDOW);
  for (const atom of around.matchAll(ATOMS)) {
    if (from + atom.index < at && at < from + atom.index + atom[0].length) at = from + atom.index + atom[0].length;
  }
  const term = options.termAt?.(document, at);
  if (term && term.start < at && at < term.end) at = term.end;
  // Offsets of the words from where they were cut out: `at` moves below.
  const wordsFrom = Math.max(0, at - WINDOW);
  const segments = [...WORDS.segment(document.slice(wordsFrom, at + WINDOW))];
  for (const word of segments) {
    const start = wordsFrom + word.index;
    if (word.isWordLike && start < at && at < start + word.segment.length) at = start + word.segment.length;
  }
  at = afterUnknownName(segments, wordsFrom, at, (offset) => options.termAt?.(document, offset)?.start === offset);
  // Never before superscript digits: they are the page of the citation before them (`\AA[2]³`, where the LaTeX
  // command took `[2]` as its argument and so hid the page's atom), or an exponent (`x²`) a marker would split.
  while (SUPERSCRIPT_PAGE.test(document[at] ?? '')) at++;
  if (document[at - 1] === '\r' && document[at] === '\n') at--;
  if (/[\ud800-\udbff]/u.test(document[at - 1] ?? '') && /[\udc00-\udfff]/u.test(document[at] ?? '')) at++;
  return at;
}

/**
 * Where the marker goes when the cursor is inside a block, on the blank lines
 * after it, or before the first text after those (where `[n]` would read as
 * one more entry), or anywhere in a fence or comment of Markdown from its first
 * character to its last (before ``` it would break the fence, after it too):
 * after the prose before the block. With no prose before it (the block opens
 * the body), at the block's start, with a blank line inserted after the marker.
 * Inside a code span (`` `npm install` ``), after its closing backticks: the
 * span is a word of the sentence, and the marker goes after the word. In
 * Markdown (`markdown`), the quote and list item markers before a hidden block
 * (`- ```bash`, `> ```js`, a quote's blank `>` line) are no prose: a marker
 * after one would end the item or turn the fence into text.
 */
function outOfBlocks(document: string, at: number, blocks: Block[], bodyStart: number, eol: string, hidden: Hidden = NOTHING_HIDDEN, markdown = false): { at: number; edits: TextEdit[] } {
  const zones = [...blocks.map((block) => ({ block, hidden: false })), ...hidden.ranges.map((block) => ({ block, hidden: true }))];
  // From the last block back: a marker moved out of one may land in the zone of the one before.
  for (const { block, hidden: isHidden } of zones.sort((a, b) => b.block.start - a.block.start)) {
    if (block.inline) {
      if (block.start < at && at < block.end) at = block.end;
      continue;
    }
    let after = block.end;
    while (!isHidden && after < document.length && /\s/u.test(document[after])) after++;
    const containers = isHidden && markdown;
    const start = containers ? afterMarkersOnly(document, block.start) : block.start;
    if (at < start || at > after) continue;
    let prose = textEndBefore(document, start);
    while (containers && prose > 0 && afterMarkersOnly(document, prose) < prose) prose = textEndBefore(document, afterMarkersOnly(document, prose));
    if (prose <= bodyStart) return { at: start, edits: [{ start, end: start, text: `${eol}${eol}` }] };
    at = prose;
  }
  return { at, edits: [] };
}

/**
 * Whether a line is code or comment: its first character (or its end, when blank) is hidden. A line opening with a
 * code span is prose all the same (an entry's or a footnote's line goes on).
 */
function isHiddenLine(document: string, line: Line, hidden: Hidden): boolean {
  if (hidden.ranges.length === 0) return false;
  let first = line.start;
  while (first < line.end && /[ \t]/.test(document[first])) first++;
  const range = hiddenAt(hidden, first);
  return range !== undefined && !range.inline;
}

/** The hidden text of a document in `language` from line `first`: Markdown's or reStructuredText's, nothing in other languages. */
function hiddenOf(document: string, lines: Line[], first: number, language: string | undefined): Hidden {
  if (language === 'markdown') return markdownHidden(document, lines, first);
  return language === 'restructuredtext' ? restructuredTextHidden(document, lines, first) : NOTHING_HIDDEN;
}

const isMarkdownFormat = (format: CitationFormat) => format === 'markdown-footnote' || format === 'pandoc';

const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\s]+)\]:/;

/** Footnote definitions with their continuation lines (lazy lines, and indented paragraphs after blank lines). */
function footnoteBlocks(document: string, lines: Line[], first: number, hidden: Hidden): { key: string; block: Block }[] {
  const blocks: { key: string; block: Block }[] = [];
  for (let i = first; i < lines.length; i++) {
    const definition = FOOTNOTE_DEFINITION.exec(document.slice(lines[i].start, lines[i].end));
    if (!definition || isHiddenLine(document, lines[i], hidden)) continue;
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      const text = document.slice(lines[j].start, lines[j].end);
      // A fence or a comment after a definition is no part of it.
      if (FOOTNOTE_DEFINITION.test(text) || isHiddenLine(document, lines[j], hidden)) break;
      if (text.trim().length > 0) {
        if (j > last + 1 && !/^(?: {4}|\t)/.test(text)) break;
        last = j;
      }
    }
    blocks.push({ key: definition[1], block: { start: lines[i].start, end: lines[last].end } });
    i = last;
  }
  return blocks;
}

/**
 * Markdown: `[^key]` at the cursor; its definition added after the last footnote definition, or at the end, or reused.
 * With a page, one footnote per source and page, `[^key-p12]`, its entry ending with the page: footnotes are
 * numbered by the renderer, and GB/T 7714 repeats an automatically numbered entry with each 引文页码.
 */
function footnotePlan(document: string, cursor: number, source: CitationSource, style: CitationStyle, options: PlanOptions): CitationPlan {
  const key = pageKey(citationKey(source), options.page);
  const marker = `[^${key}]`;
  const eol = lineBreakOf(document);
  const lines = linesOf(document);
  const body = bodyLine(document, lines, true);
  const bodyStart = lines[body]?.start ?? document.length;
  const hidden = markdownHidden(document, lines, body);
  const definitions = footnoteBlocks(document, lines, body, hidden);
  const placed = outOfBlocks(document, Math.max(bodyStart, markerPoint(document, cursor, options)), definitions.map((definition) => definition.block), bodyStart, eol, hidden, true);
  const plan = { at: placed.at, marker, renumbering: new Map<number, number>() };
  if (definitions.some((definition) => definition.key === key)) return { ...plan, edits: placed.edits };
  const definition = `[^${key}]: ${referenceEntry(source, style, 'numeric', options.page)}`;
  const last = definitions.at(-1);
  // Footnote definitions stay together: the new one on the line after the last.
  const edit = last ? { start: last.block.end, end: last.block.end, text: `${eol}${definition}` } : appendAtEnd(document, definition, 2, placed.at, eol, hidden);
  return { ...plan, edits: [...placed.edits, edit] };
}

export const REFERENCE_HEADING = /^[ \t]*(?:参考文献|References)[ \t]*[:：]?[ \t]*$/;
const NUMBERED_ENTRY = /^[ \t]*\[(\d{1,9})\]/;

/** Every `参考文献` line of the body: a marker appended to one would make it prose, and a list under it a different list. */
function headingBlocks(document: string, lines: Line[], first: number, hidden: Hidden): Block[] {
  return lines
    .slice(first)
    .filter((line) => REFERENCE_HEADING.test(document.slice(line.start, line.end)) && !isHiddenLine(document, line, hidden))
    .map((line) => ({ start: line.start, end: line.end }));
}

interface ListEntry {
  label: number;
  /** The label's digits. */
  labelStart: number;
  labelEnd: number;
  lineStart: number;
  /** End of the entry's last line of text (wrapped lines included). */
  end: number;
  /** Its text after the label, wrapped lines joined. */
  text: string;
}

/** A reference list: the heading line, and its entries (numbered, or one per line for author-date). */
interface ReferenceList {
  heading: Line;
  entries: ListEntry[];
  block: Block;
}

/**
 * The numbered reference list: the last `参考文献`/`References` line followed
 * by `[n]` entries (wrapped lines belong to the entry above; a blank line then
 * other text ends the list), or by nothing at all. A heading followed by prose
 * is the writer's text, not a list.
 */
export function numberedList(document: string, lines = linesOf(document), hidden = NOTHING_HIDDEN, markdown = false): ReferenceList | undefined {
  let found: ReferenceList | undefined;
  for (let i = bodyLine(document, lines, markdown); i < lines.length; i++) {
    if (!REFERENCE_HEADING.test(document.slice(lines[i].start, lines[i].end)) || isHiddenLine(document, lines[i], hidden)) continue;
    const entries: ListEntry[] = [];
    let j = i + 1;
    let blankBefore = true;
    for (; j < lines.length; j++) {
      // A fence or comment ends the list (or, straight after the heading, makes it no list).
      if (isHiddenLine(document, lines[j], hidden)) break;
      const text = document.slice(lines[j].start, lines[j].end);
      if (text.trim().length === 0) {
        blankBefore = true;
        continue;
      }
      const numbered = NUMBERED_ENTRY.exec(text);
      // Another heading starts its own list.
      if (REFERENCE_HEADING.test(text)) break;
      if (numbered) {
        const labelStart = lines[j].start + text.indexOf('[') + 1;
        entries.push({ label: Number(numbered[1]), labelStart, labelEnd: labelStart + numbered[1].length, lineStart: lines[j].start, end: lines[j].end, text: text.slice(numbered[0].length).trim() });
      } else if (!blankBefore && entries.length > 0) {
        const entry = entries[entries.length - 1];
        entry.end = lines[j].end;
        entry.text += text.trim();
      } else break;
      blankBefore = false;
    }
    const rest = j >= lines.length;
    if (entries.length === 0 && !rest) continue;
    found = { heading: lines[i], entries, block: { start: lines[i].start, end: entries.at(-1)?.end ?? lines[i].end } };
    i = j - 1;
  }
  return found;
}

/**
 * A plain-text document's reference list (as `findList` reads it) and where
 * the marker goes: after the word under the cursor, out of the list and off
 * any `参考文献` line.
 */
function placeBeside(document: string, cursor: number, options: PlanOptions, findList: (document: string, lines: Line[], hidden: Hidden, markdown: boolean) => ReferenceList | undefined) {
  const eol = lineBreakOf(document);
  const lines = linesOf(document);
  const markdown = options.language === 'markdown';
  const body = bodyLine(document, lines, markdown);
  const bodyStart = lines[body]?.start ?? document.length;
  const hidden = hiddenOf(document, lines, body, options.language);
  const list = findList(document, lines, hidden, markdown);
  const blocks = [...(list ? [list.block] : []), ...headingBlocks(document, lines, body, hidden)];
  return { eol, bodyStart, list, hidden, placed: outOfBlocks(document, Math.max(bodyStart, markerPoint(document, cursor, options)), blocks, bodyStart, eol, hidden, markdown) };
}

/** A numbered citation marker, `[n]`, wherever it stands: the planner reads every one in the body as naming a source. */
const NUMERIC_MARKER = /\[(\d{1,9})\]/g;

/**
 * Whether text put into a numbered draft would hold a marker of its own: a quote's `[1]` (a report citing its
 * sources) would be read as a citation of the draft and renumbered with its markers.
 */
export function holdsNumericMarker(text: string): boolean {
  return text.search(NUMERIC_MARKER) >= 0;
}

/**
 * `[n]` markers after the front matter: where each number is. Every one but the list's own labels: a marker in
 * an entry (`[3] 同[1]，第45页.`) or in a paragraph read as an entry's wrapped line names a source all the same.
 */
function numericMarkers(document: string, list: ReferenceList | undefined, bodyStart: number, hidden: Hidden): { label: number; start: number; end: number }[] {
  const labels = new Set(list?.entries.map((entry) => entry.labelStart));
  const markers: { label: number; start: number; end: number }[] = [];
  for (const match of document.matchAll(NUMERIC_MARKER)) {
    // `[1]` in a code sample or a comment is the writer's text, no citation.
    if (match.index < bodyStart || labels.has(match.index + 1) || hiddenAt(hidden, match.index)) continue;
    markers.push({ label: Number(match[1]), start: match.index + 1, end: match.index + 1 + match[1].length });
  }
  return markers;
}

/**
 * Plain text, numeric: `[n]` at the cursor and a reference list under
 * `参考文献`. A list numbered 1…n in order keeps numbers in order of first
 * citation: a source cited before others goes into the list at its place and
 * the labels and markers after it move up by one. Any other list keeps its
 * numbers and gets the new source at its end.
 */
function numericPlan(document: string, cursor: number, source: CitationSource, style: CitationStyle, options: PlanOptions): CitationPlan {
  const { eol, bodyStart, list, hidden, placed } = placeBeside(document, cursor, options, numberedList);
  // GB/T 7714 顺序编码制: one number per source, the page cited after the brackets as a superscript (`[1]¹²`).
  const page = options.page === undefined ? '' : superscriptPage(options.page);
  const renumbering = new Map<number, number>();
  const known = referenceEntriesOf(source);
  const listed = list?.entries.find((entry) => known.has(entry.text));
  if (listed) return { at: placed.at, marker: `[${listed.label}]${page}`, edits: placed.edits, renumbering };
  const entry = referenceEntry(source, style);
  const markers = numericMarkers(document, list, bodyStart, hidden);
  const entries = list?.entries ?? [];
  const inOrder = entries.length > 0 && entries.every((listEntry, index) => listEntry.label === index + 1);
  const edits: TextEdit[] = [...placed.edits];
  if (!inOrder) {
    // The first number past the list's that no marker uses, so no marker of the writer's comes to name the new source
    // (not one past every bracketed number of the text: `国发[2017]35号` made the first citation [2018]).
    const used = new Set(markers.map((marker) => marker.label));
    let label = entries.reduce((highest, listEntry) => Math.max(highest, listEntry.label), 0) + 1;
    while (used.has(label)) label++;
    const line = `[${label}] ${entry}`;
    const last = entries.at(-1);
    if (last) edits.push({ start: last.end, end: last.end, text: `${eol}${line}` });
    else if (list) edits.push({ start: list.heading.end, end: list.heading.end, text: `${eol}${eol}${line}` });
    else edits.push(appendAtEnd(document, `参考文献${eol}${eol}${line}`, 2, placed.at, eol, hidden));
    return { at: placed.at, marker: `[${label}]${page}`, edits, renumbering };
  }
  // After every entry cited before the marker (in a list in citation order, exactly those come first).
  const citedBefore = new Set(markers.filter((marker) => marker.end <= placed.at).map((marker) => marker.label));
  const position = entries.reduce((after, listEntry, index) => (citedBefore.has(listEntry.label) ? index + 1 : after), 0);
  const label = position + 1;
  const last = entries[entries.length - 1];
  edits.push(
    position === entries.length
      ? { start: last.end, end: last.end, text: `${eol}[${label}] ${entry}` }
      : { start: entries[position].lineStart, end: entries[position].lineStart, text: `[${label}] ${entry}${eol}` },
  );
  // Every number from the new one up moves up by one, up to one past the list: `[n+1]`, which names no entry yet, would
  // come to name the last one. A bracketed number past that names none before or after, and is often no marker at all:
  // a policy's number (`国发[2017]35号`) became 国发[2018]35号.
  const numbers = [...entries.map((listEntry) => ({ label: listEntry.label, start: listEntry.labelStart, end: listEntry.labelEnd })), ...markers];
  for (const numbered of numbers.filter((candidate) => candidate.label >= label && candidate.label <= entries.length + 1)) {
    renumbering.set(numbered.label, numbered.label + 1);
    edits.push({ start: numbered.start, end: numbered.end, text: String(numbered.label + 1) });
  }
  return { at: placed.at, marker: `[${label}]${page}`, edits, renumbering };
}

/** An author-date entry line: ends a sentence, as every entry Report Lens writes does. */
const AUTHOR_DATE_ENTRY = /[.?？!！]\s*$/u;

/**
 * The author-date list: the last `参考文献`/`References` line followed by
 * entries, one per line, up to a blank line — or by nothing at all.
 */
function authorDateList(document: string, lines: Line[], hidden: Hidden, markdown: boolean): ReferenceList | undefined {
  let found: ReferenceList | undefined;
  for (let i = bodyLine(document, lines, markdown); i < lines.length; i++) {
    if (!REFERENCE_HEADING.test(document.slice(lines[i].start, lines[i].end)) || isHiddenLine(document, lines[i], hidden)) continue;
    let j = i + 1;
    while (j < lines.length && isBlank(document, lines[j]) && !isHiddenLine(document, lines[j], hidden)) j++;
    const entries: ListEntry[] = [];
    // A fence or comment is no entry, and ends the list as prose does.
    for (; j < lines.length && !isBlank(document, lines[j]) && !isHiddenLine(document, lines[j], hidden); j++) {
      const text = document.slice(lines[j].start, lines[j].end);
      if (!AUTHOR_DATE_ENTRY.test(text)) break;
      entries.push({ label: entries.length + 1, labelStart: lines[j].start, labelEnd: lines[j].start, lineStart: lines[j].start, end: lines[j].end, text: text.trim() });
    }
    // A heading followed by prose (or entries then prose with no blank line between) is the writer's text, not a list.
    if (j < lines.length && (!isBlank(document, lines[j]) || isHiddenLine(document, lines[j], hidden))) continue;
    found = { heading: lines[i], entries, block: { start: lines[i].start, end: entries.at(-1)?.end ?? lines[i].end } };
  }
  return found;
}

/** Plain text, author-date: the marker inline and the entry in its alphabetical place under 参考文献; nothing already there moves. */
function authorDatePlan(document: string, cursor: number, source: CitationSource, style: CitationStyle, marker: string, options: PlanOptions): CitationPlan {
  const { eol, list, hidden, placed } = placeBeside(document, cursor, options, authorDateList);
  const plan = { at: placed.at, marker, renumbering: new Map<number, number>() };
  const known = referenceEntriesOf(source);
  if (list?.entries.some((entry) => known.has(entry.text))) return { ...plan, edits: placed.edits };
  const entry = referenceEntry(source, style, 'author-date');
  if (!list) return { ...plan, edits: [...placed.edits, appendAtEnd(document, `参考文献${eol}${eol}${entry}`, 2, placed.at, eol, hidden)] };
  const after = list.entries.find((listed) => listed.text.localeCompare(entry, 'zh-Hans-CN') > 0);
  const last = list.entries.at(-1);
  const edit = after
    ? { start: after.lineStart, end: after.lineStart, text: `${entry}${eol}` }
    : last
      ? { start: last.end, end: last.end, text: `${eol}${entry}` }
      : { start: list.heading.end, end: list.heading.end, text: `${eol}${eol}${entry}` };
  return { ...plan, edits: [...placed.edits, edit] };
}

/** Pandoc: the marker's place after the front matter, out of any code block, raw HTML block or HTML comment. */
function outOfMarkdownHidden(document: string, cursor: number, options: PlanOptions): { at: number; edits: TextEdit[] } {
  const lines = linesOf(document);
  const body = bodyLine(document, lines, true);
  const bodyStart = lines[body]?.start ?? document.length;
  return outOfBlocks(document, Math.max(bodyStart, markerPoint(document, cursor, options)), [], bodyStart, lineBreakOf(document), markdownHidden(document, lines, body), true);
}

/**
 * LaTeX: the marker's place out of comments and verbatim text, where `\cite` would be dropped or printed as it is. In
 * a comment (after an unescaped `%`, not one in `\verb|…|` or a verbatim environment), before its `%`; in verbatim
 * text (an environment, `\verb|…|`), after the prose before it.
 */
function latexPlace(document: string, cursor: number, options: PlanOptions): { at: number; edits: TextEdit[] } {
  const hidden = latexHidden(document);
  let at = markerPoint(document, cursor, options);
  // The range holding the character before the place: the place is inside it, or at its end, where a comment still runs.
  for (let range = hiddenAt(hidden, at - 1); range && (at < range.end || document[range.start] === '%'); range = hiddenAt(hidden, at - 1)) {
    if (document[range.start] === '%') return { at: range.start, edits: [] };
    const prose = textEndBefore(document, range.start);
    if (prose === 0) {
      const eol = lineBreakOf(document);
      return { at: range.start, edits: [{ start: range.start, end: range.start, text: `${eol}${eol}` }] };
    }
    at = prose;
  }
  return { at, edits: [] };
}

/**
 * Plans a citation of `source` at `cursor` in `document`.
 * `authorDate` is the marker for author-date plain text (from the style).
 * Throws when the source's key cannot be written (a user snapshot's report id).
 */
export function planCitation(
  document: string,
  cursor: number,
  format: CitationFormat,
  source: CitationSource,
  style: CitationStyle,
  authorDate: string,
  planOptions: PlanOptions = {},
): CitationPlan {
  const options = { ...planOptions, language: isMarkdownFormat(format) ? 'markdown' : planOptions.language };
  const keyProblem = format === 'plain-numeric' || format === 'plain-author-date' ? undefined : citationKeyProblem(source);
  if (keyProblem) throw new Error(keyProblem);
  switch (format) {
    case 'markdown-footnote':
      return footnotePlan(document, cursor, source, style, options);
    case 'pandoc':
    case 'latex': {
      const key = citationKey(source);
      const { at, edits } = format === 'pandoc' ? outOfMarkdownHidden(document, cursor, options) : latexPlace(document, cursor, options);
      const bibliography = { key, bibtex: { bibtex: bibTeXEntry(source, 'bibtex'), biblatex: bibTeXEntry(source, 'biblatex') }, csl: cslItem(source) };
      // The page as the locator: Pandoc's `p.` label; LaTeX's postnote, which biblatex prints as "p. 12" and gbt7714 as a superscript 12.
      const page = options.page;
      const marker = format === 'pandoc' ? `[@${key}${page === undefined ? '' : `, p. ${page}`}]` : `\\cite${page === undefined ? '' : `[${page}]`}{${key}}`;
      return { at, marker, edits, renumbering: new Map(), bibliography };
    }
    case 'plain-numeric':
      return numericPlan(document, cursor, source, style, options);
    case 'plain-author-date':
      return authorDatePlan(document, cursor, source, style, authorDate, options);
  }
}

/**
 * For editors that insert at a fixed place (a drop inserts at the drop point)
 * and apply the other edits separately: the text to insert at `dropAt`, and the
 * edits with the marker among them when it goes elsewhere. An edit inserting
 * exactly at the marker's place (a footnote appended where the marker ends the
 * document) takes the marker at its front, so the marker cannot land after it.
 */
export function markerAmongEdits(plan: CitationPlan, dropAt: number): { atDrop: string; edits: TextEdit[] } {
  const index = plan.edits.findIndex((edit) => edit.start === plan.at && edit.end === plan.at);
  if (index >= 0) return { atDrop: '', edits: plan.edits.map((edit, i) => (i === index ? { ...edit, text: `${plan.marker}${edit.text}` } : edit)) };
  if (plan.at === dropAt) return { atDrop: plan.marker, edits: plan.edits };
  return { atDrop: '', edits: [...plan.edits, { start: plan.at, end: plan.at, text: plan.marker }] };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The insertion that adds a BibTeX record at the end of a .bib file's text,
 * unless its key is there already. Never a replacement: what the file holds
 * (perhaps written a moment ago) stays. A key is there as BibTeX and biber read
 * entries: `@type{key,` or `@type(key,`, white space (line breaks too) around
 * the key, and letter case ignored, as BibTeX reports `Key` and `key` as one
 * repeated entry.
 */
export function appendBibTeX(existing: string, key: string, record: string): TextEdit | undefined {
  if (new RegExp(`@[A-Za-z]+\\s*[{(]\\s*${escapeRegExp(key)}\\s*[,})]`, 'i').test(existing)) return undefined;
  const eol = lineBreakOf(existing);
  const separator = existing.trim().length === 0 ? '' : eol.repeat(Math.max(0, 2 - trailingLineBreaks(existing)));
  return { start: existing.length, end: existing.length, text: `${separator}${record.replace(/\n/g, eol)}` };
}

/**
 * The insertion that adds a CSL-JSON item to a bibliography file's text (a
 * JSON array) before its closing bracket, unless its id is there. Throws with
 * the parser's message if the file is not a JSON array, and says so if it is
 * an array of anything but CSL items.
 */
export function appendCslJson(existing: string, item: Record<string, unknown>): TextEdit | undefined {
  const eol = lineBreakOf(existing);
  const json = JSON.stringify(item, null, 2).replace(/\n/g, `${eol}  `);
  if (existing.trim().length === 0) return { start: existing.length, end: existing.length, text: `[${eol}  ${json}${eol}]${eol}` };
  const items: unknown = JSON.parse(existing);
  if (!Array.isArray(items)) throw new SyntaxError('a CSL-JSON bibliography must be a JSON array of items');
  // A data file named as the bibliography by mistake (`bibliography: data/stats.json`) is no place for a reference. Its
  // records have an `id` as often as not (a database's export: `[{"id": 1, "city": "北京", …}]`); a CSL item has the
  // `type` the CSL-JSON schema requires beside it, as every reference manager and pandoc write it.
  const isCslItem = (entry: unknown) =>
    typeof entry === 'object' && entry !== null && ['string', 'number'].includes(typeof (entry as { id?: unknown }).id) && typeof (entry as { type?: unknown }).type === 'string';
  if (!items.every(isCslItem)) throw new SyntaxError('a CSL-JSON bibliography must be a JSON array of items, each with an "id" and a "type"');
  if (items.some((entry) => typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === item.id)) return undefined;
  const close = existing.lastIndexOf(']');
  const before = textEndBefore(existing, close);
  return { start: before, end: before, text: `${items.length > 0 ? ',' : ''}${eol}  ${json}${items.length > 0 ? '' : eol}` };
}

/**
 * Edits that bring the records of a bibliography file (`kind`: BibTeX, biblatex or CSL-JSON) written from an earlier
 * version of a source — a catalogue corrected since — to the current version. A record counts only as Report Lens
 * wrote it (`appendBibTeX`, `appendCslJson`), word for word, with the file's line breaks: one the writer edited or
 * reformatted is theirs, and stays.
 */
export function updateBibliography(existing: string, kind: BibTeXDialect | 'csl', former: readonly FormerSource[]): TextEdit[] {
  const eol = lineBreakOf(existing);
  const written = (source: CitationSource) => (kind === 'csl' ? JSON.stringify(cslItem(source), null, 2).replace(/\n/g, `${eol}  `) : bibTeXEntry(source, kind).replace(/\n/g, eol));
  const edits: TextEdit[] = [];
  for (const { was, now } of former) {
    const old = written(was);
    const current = written(now);
    if (old === current) continue;
    for (let at = existing.indexOf(old); at >= 0; at = existing.indexOf(old, at + old.length)) edits.push({ start: at, end: at + old.length, text: current });
  }
  // Two former versions written alike find the same record: it is replaced once.
  return withoutOverlaps(edits);
}

/**
 * Where each of `needles` occurs in `text`, in order, each occurrence starting after the end of the one before it
 * (as a loop of `indexOf` from there finds them), in one pass: from each place one may start (its first character),
 * a trie of the needles is walked as far as the text follows one. Linear in the text whatever the number of needles:
 * an `indexOf` loop per needle read a 10 MB draft once for each of a library's hundreds of markers, in every style.
 */
export function occurrencesOf(text: string, needles: readonly string[]): Map<string, number[]> {
  interface TrieNode {
    next: Map<string, TrieNode>;
    needle?: string;
  }
  const root: TrieNode = { next: new Map() };
  for (const needle of needles) {
    let node = root;
    // By UTF-16 code unit, as the text is read.
    for (let i = 0; i < needle.length; i++) {
      let next = node.next.get(needle[i]);
      if (!next) node.next.set(needle[i], (next = { next: new Map() }));
      node = next;
    }
    node.needle = needle;
  }
  const found = new Map<string, number[]>();
  if (root.next.size === 0) return found;
  const firsts = new RegExp(`[${[...root.next.keys()].map((character) => character.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
  for (const start of text.matchAll(firsts)) {
    let at = start.index;
    for (let node = root.next.get(text[at]); node; node = node.next.get(text[++at])) {
      if (node.needle === undefined) continue;
      const starts = found.get(node.needle);
      if (!starts) found.set(node.needle, [start.index]);
      // An occurrence overlapping the one before of the same needle is not one, as for `indexOf` from its end.
      else if (start.index >= starts[starts.length - 1] + node.needle.length) starts.push(start.index);
    }
  }
  return found;
}

/** The edits in order, each that overlaps the one before dropped (the first found is kept). */
function withoutOverlaps(edits: TextEdit[]): TextEdit[] {
  return edits.sort((a, b) => a.start - b.start).filter((edit, index, sorted) => index === 0 || sorted[index - 1].end <= edit.start);
}

/**
 * Re-renders in `style` every reference Report Lens wrote into a document: a
 * footnote definition, numbered or author-date list entry, or author-date
 * marker whose text is what Report Lens writes for one of `sources` in some
 * style. Nothing else is touched: text the writer changed is no longer
 * recognised, so it stays. Pandoc and LaTeX documents keep their references in
 * the bibliography file, where there is no style to update. In Markdown (the
 * footnote format, or `language` for a plain format), nothing in a code block,
 * raw HTML block or HTML comment is touched; in reStructuredText, nothing in a
 * literal block, code directive or comment.
 *
 * `former` names earlier versions of sources, as a corrected catalogue left them: what Report Lens wrote for the
 * earlier version (the old title or publisher) is recognised too, and rendered from the current one.
 */
export function updateCitations(document: string, format: CitationFormat, style: CitationStyle, sources: CitationSource[], language = 'plaintext', former: readonly FormerSource[] = []): TextEdit[] {
  const lines = linesOf(document);
  const isMarkdown = language === 'markdown' || isMarkdownFormat(format);
  const body = bodyLine(document, lines, isMarkdown);
  const hidden = hiddenOf(document, lines, body, isMarkdown ? 'markdown' : language);
  // Where the line starting at `start` ends (before its CR), looked up for a few entries: a map of every line of a
  // 10 MB draft cost more than the rest of the update.
  const lineEnd = (start: number) => {
    const newline = document.indexOf('\n', start);
    const end = newline < 0 ? document.length : newline;
    return document[end - 1] === '\r' && end > start ? end - 1 : end;
  };
  const system = format === 'plain-author-date' ? 'author-date' : 'numeric';
  // Each source renders itself; a former version renders its current source. Former versions come first, so a
  // current source whose entry reads as an old version of another's keeps its own.
  const versions: FormerSource[] = [...former, ...sources.map((source) => ({ was: source, now: source }))];
  const wanted = new Map<string, string>();
  /** Which version of a source an entry Report Lens may have written is of: how a footnote citing a page is recognised. */
  const sourceOf = new Map<string, FormerSource>();
  for (const version of versions) {
    for (const written of referenceEntriesOf(version.was)) {
      wanted.set(written, referenceEntry(version.now, style, system));
      sourceOf.set(written, version);
    }
  }
  const edits: TextEdit[] = [];
  const replace = (start: number, text: string) => {
    const now = wanted.get(text);
    if (now !== undefined && now !== text) edits.push({ start, end: start + text.length, text: now });
  };
  /** A footnote citing a page (`…: 12.`, `… p. 12.`): the entry with the same page in the current style. */
  const replaceNote = (start: number, text: string) => {
    for (const { entry, page } of splitNotePage(text)) {
      const version = sourceOf.get(entry);
      if (!version || !CITATION_STYLES.some((written) => referenceEntry(version.was, written, 'numeric', page) === text)) continue;
      const now = referenceEntry(version.now, style, 'numeric', page);
      if (now !== text) edits.push({ start, end: start + text.length, text: now });
      return;
    }
  };
  if (format === 'markdown-footnote') {
    for (const { block } of footnoteBlocks(document, lines, body, hidden)) {
      const definition = /^( {0,3}\[\^[^\]\s]+\]:[ \t]*)(.*?)[ \t]*$/.exec(document.slice(block.start, lineEnd(block.start)))!;
      if (wanted.has(definition[2])) replace(block.start + definition[1].length, definition[2]);
      else replaceNote(block.start + definition[1].length, definition[2]);
    }
  } else if (format === 'plain-numeric' || format === 'plain-author-date') {
    const list = format === 'plain-numeric' ? numberedList(document, lines, hidden, isMarkdown) : authorDateList(document, lines, hidden, isMarkdown);
    for (const entry of list?.entries ?? []) {
      // Only one-line entries: a wrapped entry was wrapped by the writer.
      if (entry.end !== lineEnd(entry.lineStart)) continue;
      replace(document.indexOf(entry.text, entry.labelEnd), entry.text);
    }
    if (format === 'plain-author-date') {
      // Outside the list, and out of code and comments.
      const outsideList = (at: number) => !(list && at >= list.block.start && at < list.block.end) && !hiddenAt(hidden, at);
      // Markers, where one names one source only (two anonymous articles of a year share （佚名，2020）).
      const markers = new Map<string, string | undefined>();
      /**
       * Markers with a page, by the text that opens them: `(阿里研究院, 2019, p. ` (APA; digits and `)` follow) or
       * `（阿里研究院，2019）` (GB/T 7714; superscript digits follow), and the source they name in the current style.
       */
      const paged = new Map<string, { apa: boolean; source: CitationSource | undefined; marker: string }>();
      for (const { was, now: source } of versions) {
        const marker = authorDateMarker(source, style);
        for (const any of CITATION_STYLES) {
          const written = authorDateMarker(was, any);
          if (written !== marker) markers.set(written, markers.has(written) && markers.get(written) !== marker ? undefined : marker);
          const opening = any === 'apa7' ? `${written.slice(0, -1)}, p. ` : written;
          const known = paged.get(opening);
          const ambiguous = known !== undefined && (known.source === undefined || known.marker !== marker);
          paged.set(opening, { apa: any === 'apa7', source: ambiguous ? undefined : source, marker });
        }
      }
      const apaPage = /^(\d{1,9})\)/;
      const superscriptAfter = new RegExp(`^${SUPERSCRIPT_PAGE.source}`, 'u');
      const needles = [...[...paged].filter(([, { source }]) => source !== undefined).map(([opening]) => opening), ...[...markers].filter(([, marker]) => marker !== undefined).map(([written]) => written)];
      const found = occurrencesOf(document, needles);
      for (const [opening, { apa, source }] of paged) {
        if (source === undefined) continue;
        for (const at of found.get(opening) ?? []) {
          const page = (apa ? apaPage : superscriptAfter).exec(document.slice(at + opening.length, at + opening.length + 12));
          if (!page || !outsideList(at)) continue;
          const number = apa ? Number(page[1]) : pageOfSuperscript(page[0]);
          const written = document.slice(at, at + opening.length + page[0].length);
          const now = authorDateMarker(source, style, number);
          if (now !== written) edits.push({ start: at, end: at + written.length, text: now });
        }
      }
      for (const [written, marker] of markers) {
        if (marker === undefined) continue;
        for (const at of found.get(written) ?? []) {
          // A GB/T 7714 marker followed by its superscript page was re-rendered with the page, above.
          if (outsideList(at) && !SUPERSCRIPT_PAGE.test(document[at + written.length] ?? '')) edits.push({ start: at, end: at + written.length, text: marker });
        }
      }
    }
  }
  // Overlapping matches (one marker inside another) keep the first.
  return withoutOverlaps(edits);
}
