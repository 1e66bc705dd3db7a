/**
 * The text of a draft that is not the writer's prose: code and comments, as the document's language reads them.
 * Citation edits keep out of it (a `[1]` in `arr[1]` is no marker, a `\cite` in a verbatim block would be printed, a
 * list in a comment is none), and "Terms in this document" does not count it.
 *
 * Markdown, as CommonMark reads it (a unit test compares every line with markdown-it's reading): fenced code blocks,
 * indented code blocks (four columns more than the list item, footnote or quote holding them, never continuing a
 * paragraph), the raw HTML blocks whose content is not Markdown (`<pre>`, `<script>`, `<style>`, `<textarea>`), HTML
 * comments and code spans (`` `arr[1]` ``, inline in a paragraph: they do not make their line code), in block quotes
 * and list items as at the margin. Other HTML blocks are the writer's text, but start no code block inside them.
 * reStructuredText, as docutils reads it (a unit test compares with it): literal blocks, code directives and comments.
 * LaTeX: comments after an unescaped `%`, verbatim environments (verbatim, Verbatim, lstlisting, minted, comment …)
 * and inline verbatim (`\verb|…|`, `\lstinline`, `\mintinline`, and URLs: `\url{…}`). One pass in each.
 */

import { runSteps, type Steps } from './snapshot';

export interface Line {
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
  /** Start of the next line (after the line break), or the document's length. */
  next: number;
}

/** The document's lines, in one pass (split is several times faster than a loop of indexOf). */
export function linesOf(document: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of document.split('\n')) {
    const end = start + text.length;
    lines.push({ start, end: text.endsWith('\r') ? end - 1 : end, next: Math.min(end + 1, document.length) });
    start = end + 1;
  }
  return lines;
}

/** A stretch of the document: from `start` to `end` (exclusive). */
export interface Block {
  start: number;
  end: number;
  /**
   * A Markdown code span or comment inside a paragraph (`` `npm install` ``, `甲 <!-- 注 --> 乙`): a line that opens
   * inside one is still a line of prose (an entry's wrapped line, a footnote's), not a code line.
   */
  inline?: true;
}

/** Text of a document that is not prose, in order, and how to close the construct the document ends in, if it is left open. */
export interface Hidden {
  /** From a code block's first line's start (or `<!--`, `%`, `\verb`) to its last line's end (or after `-->`); the document's end when open. */
  ranges: Block[];
  /** What closes the fence, comment or HTML block the document ends in (the fence's marker, `-->`, `</pre>`), when it does not close. */
  closer?: string;
}

export const NOTHING_HIDDEN: Hidden = { ranges: [] };

/** The hidden range holding `offset` (its end included when `endIncluded`), found by bisection. */
export function hiddenAt(hidden: Hidden, offset: number, endIncluded = false): Block | undefined {
  let low = 0;
  let high = hidden.ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = hidden.ranges[middle];
    if (offset < range.start) high = middle - 1;
    else if (offset > range.end || (offset === range.end && !endIncluded)) low = middle + 1;
    else return range;
  }
  return undefined;
}

const FENCE = /^(`{3,}|~{3,})(.*)$/;
const CLOSING_FENCE = /^(`{3,}|~{3,})[ \t]*$/;
/** A list item's marker and the spaces after it (CommonMark: bullet, or up to nine digits and `.` or `)`). */
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:([ \t]+)|$)/;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:/;
/** An ATX heading or a thematic break (or setext underline): a line that ends a paragraph and is none. */
const NO_PARAGRAPH = /^(?:#{1,6}(?:[ \t]|$)|(?:\*[ \t]*){3,}$|(?:-[ \t]*){3,}$|(?:_[ \t]*){3,}$|=+[ \t]*$)/;
/** CommonMark's HTML blocks of type 1: their content is raw text up to the closing tag, blank lines included. */
const RAW_HTML = /^<(pre|script|style|textarea)(?:[ \t>]|$)/i;
/** What ends such a block: a line holding any of their end tags (CommonMark does not match it with the start tag). */
const RAW_HTML_END = /<\/(?:pre|script|style|textarea)>/i;
/**
 * CommonMark's other HTML blocks, which run to a blank line: a block-level tag (type 6), or any lone tag on a line
 * of its own (type 7, which cannot interrupt a paragraph). Their lines are the writer's text, but no Markdown: no
 * fence, code block or list starts inside them.
 */
const HTML_BLOCK_TAG = /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
// Attributes read loosely (anything but angle brackets): the exact grammar's nested repetition overflows the stack on a
// 10 MB line, and a tag alone on a line is what matters here.
const LONE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t][^<>]*)?|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*)>[ \t]*$/;

/**
 * Whether a Markdown document may hold code or a comment at all: a line opening with white space, `<`, a fence's
 * character or a block quote's `>`, or a list item with code, a `~~~` fence, HTML or a quote after it, or `<!--` or a
 * backtick anywhere. Most drafts hold none, and are not read line by line.
 */
const MAY_HOLD_CODE = /^(?:[ \t<`~>]|(?:[-+*]|\d{1,9}[.)])(?:[ \t]{2}|[ \t]+[~<>]))/m;

/**
 * The code and comments of a document in VS Code's language `languageId` from offset `from` (its body) on: Markdown's,
 * reStructuredText's and LaTeX's as read above (reStructuredText has no front matter: it is read whole); none in plain
 * text and other languages.
 */
export function codeAndComments(document: string, languageId: string, from = 0): Hidden {
  return runSteps(codeAndCommentsInSteps(document, languageId, from));
}

/** `codeAndComments` in steps, for `runInSlices`: the figure check reads a 5 MB draft's code without holding the host. */
export function* codeAndCommentsInSteps(document: string, languageId: string, from = 0): Steps<Hidden> {
  if (languageId === 'latex') return latexHidden(document, from);
  if (languageId === 'restructuredtext') return restructuredTextHidden(document, linesOf(document));
  if (languageId !== 'markdown' || !(MAY_HOLD_CODE.test(document) || document.includes('<!--') || document.includes('`'))) return NOTHING_HIDDEN;
  const lines = linesOf(document);
  const first = lines.findIndex((line) => line.start >= from);
  return first < 0 ? NOTHING_HIDDEN : yield* markdownHiddenInSteps(document, lines, first);
}

/** A line whose first character may start a block, indent it, or be a list item's number: all others are prose at the margin. */
const MAY_START_BLOCK = /^[ \t<`~\-+*#=_0-9[>]/;

/**
 * Columns of a line's indentation from `from` (at column `column`; a tab to the next multiple of four) and how many
 * characters it takes. Columns count from the line's start, so a list item's content column holds behind a quote's `>`.
 */
function indentationOf(text: string, from = 0, column = 0): { columns: number; length: number } {
  let columns = column;
  let at = from;
  for (; at < text.length; at++) {
    if (text[at] === ' ') columns++;
    else if (text[at] === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return { columns, length: at - from };
}

/**
 * A container block a line may belong to: a list item or footnote definition, which holds the lines indented to its
 * content column (blank lines too), or a block quote, which holds the lines that go on with its `>`.
 */
interface Container {
  quote: boolean;
  /**
   * A list item's or footnote's content column, counted from the content of the quote around it (a quote's `>` may
   * be indented differently on each line); unused for a quote.
   */
  column: number;
}

/** How much of a line its open containers take: how many it goes on in, where the rest starts, and the innermost's content column. */
interface ContainerMatch {
  /** How many of the open containers, outermost first, the line goes on in. */
  matched: number;
  /** Where the rest of the line starts (after the quotes' markers it goes on in), and the column there. */
  offset: number;
  column: number;
  /** The content column of the innermost container it goes on in (0: none): its code is indented four past it. */
  base: number;
  /** The column the content of the innermost quote it goes on in starts at on this line (0: none). */
  quoteBase: number;
}

/**
 * Which of the open `containers` (outermost first) a line goes on in, as CommonMark matches them: a list item's when the
 * line is blank or indented to its content column; a quote's when its `>` comes at most three columns past the
 * content column of the container around it. A quote's `>` and the one space after it are taken (of a tab after
 * it, one column).
 */
function matchContainers(text: string, containers: readonly Container[]): ContainerMatch {
  let offset = 0;
  let column = 0;
  let base = 0;
  let quoteBase = 0;
  let matched = 0;
  for (; matched < containers.length; matched++) {
    const indentation = indentationOf(text, offset, column);
    if (!containers[matched].quote) {
      if (indentation.columns < quoteBase + containers[matched].column && text.slice(offset).trim().length > 0) break;
      base = quoteBase + containers[matched].column;
      continue;
    }
    if (indentation.columns - base > 3 || text[offset + indentation.length] !== '>') break;
    ({ offset, column } = afterQuoteMarker(text, offset + indentation.length, indentation.columns));
    base = quoteBase = column;
  }
  return { matched, offset, column, base, quoteBase };
}

/** Where a quote's content starts, its `>` at `at` (column `column`): after the `>` and one column of white space after it. */
function afterQuoteMarker(text: string, at: number, column: number): { offset: number; column: number } {
  const next = text[at + 1];
  if (next === ' ' || (next === '\t' && (column + 1) % 4 === 3)) return { offset: at + 2, column: column + 2 };
  // A wider tab is partly the marker's space: the rest of it indents the content, counted from the column after.
  return { offset: at + 1, column: next === '\t' ? column + 2 : column + 1 };
}

/** The marker of the fence a line's text (after its indentation) opens, if it opens one. */
function fenceOpening(content: string): string | undefined {
  const opening = FENCE.exec(content);
  // A backtick fence's info string holds no backtick (``` `x` ``` is inline code).
  return opening && !(opening[1][0] === '`' && opening[2].includes('`')) ? opening[1] : undefined;
}

/**
 * Whether a line's list item (`item`, LIST_ITEM's match of its text `content`) starts a list item: always when no
 * paragraph goes on, or when the line is not in all the containers of the paragraph that does (`inside`); otherwise
 * only the way CommonMark lets a list interrupt a paragraph: a bullet or `1.` with text after it.
 */
function isItem(content: string, item: RegExpExecArray, paragraph: boolean, inside: boolean): boolean {
  if (!paragraph || !inside) return true;
  return item[0].length < content.length && /^(?:[-+*]|0*1[.)])/.test(content);
}

/** A line that starts a block of its own, so it cannot continue a paragraph lazily: it ends the containers it does not go on in. */
function startsBlock(content: string, paragraph: boolean, inside: boolean): boolean {
  const item = LIST_ITEM.exec(content);
  if (item && isItem(content, item, paragraph, inside)) return true;
  return content.startsWith('>') || NO_PARAGRAPH.test(content) || fenceOpening(content) !== undefined || RAW_HTML.test(content) || HTML_BLOCK_TAG.test(content) || content.startsWith('<!--') || FOOTNOTE_DEFINITION.test(content);
}

/**
 * Whether a paragraph's next line, not blank, starts a block of its own: its text `content`, indented to `columns`,
 * after the `containers` of the paragraph it goes on in (`match`). A line out of some of them is read as markdown-it
 * reads it: against the innermost list item's content column when a list item is the first container it is out of;
 * against the column around a quote when that is a quote, and, when the line goes on in that quote lazily, again
 * without its indentation by a quote inside it.
 */
function endsParagraph(content: string, columns: number, match: ContainerMatch, containers: readonly Container[]): boolean {
  if (!MAY_START_BLOCK.test(content)) return false;
  const inside = match.matched === containers.length;
  if (inside) return columns - match.base <= 3 && startsBlock(content, true, true);
  const out = containers.slice(match.matched);
  const base = out[0].quote ? match.base : match.quoteBase + containers.findLast((container) => !container.quote)!.column;
  if (columns - base <= 3 && startsBlock(content, true, false)) return true;
  return out[0].quote && out.slice(1).some((container) => container.quote) && startsBlock(content, true, false);
}

/** A line's text after the containers it goes on in (`match`), and its indentation there. */
function restOf(text: string, match: ContainerMatch): { content: string; indentation: { columns: number; length: number } } {
  const indentation = indentationOf(text, match.offset, match.column);
  return { content: text.slice(match.offset + indentation.length), indentation };
}

/**
 * What a line leaves open at its end: an HTML block's comment (where it started: it runs to the first line holding
 * `-->`, blank lines included), or a code span or comment inside a paragraph, whose end is known.
 */
interface OpenInline {
  comment?: number;
  span?: Block;
}

/**
 * Where a paragraph's code spans and comments close, as CommonMark reads them: a code span at the next run of exactly
 * as many backticks, a comment at the next `-->`, both inside the paragraph (block structure comes first: a blank line
 * or a heading ends a paragraph, and backticks or `<!--` with no closing in it are text). The paragraph's end is read
 * and its backtick runs listed when a line first needs them (most paragraphs hold neither); runs are looked up by
 * bisection and `-->` found once for every opening before it, so a 10 MB line is read in linear time.
 */
class ParagraphClosers {
  private from = 0;
  private end: () => number = () => 0;
  private to: number | undefined;
  /** Start offsets of the backtick runs of each length in the paragraph, in order; undefined until listed. */
  private runs: Map<number, number[]> | undefined;
  /** The first `-->` at or after `commentFrom`, or -1 for none in the paragraph. */
  private commentFrom = -1;
  private commentEnd = -1;

  constructor(private readonly document: string) {}

  /** A paragraph starts at `from`; `end` tells where it ends, read only if a span or comment needs it. */
  paragraph(from: number, end: () => number): void {
    this.from = from;
    this.end = end;
    this.to = undefined;
    this.runs = undefined;
    this.commentFrom = -1;
  }

  /** The end of the paragraph's first run of `ticks` backticks at or after `offset`, if there is one. */
  codeSpan(offset: number, ticks: number): number | undefined {
    const starts = (this.runs ??= this.list()).get(ticks);
    if (!starts) return undefined;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low < starts.length ? starts[low] + ticks : undefined;
  }

  /** The end of the `-->` that closes a comment whose text starts at `offset`, if the paragraph holds one. */
  comment(offset: number): number | undefined {
    if (this.commentFrom < 0 || offset < this.commentFrom || (this.commentEnd >= 0 && offset > this.commentEnd - 3)) {
      const close = this.document.indexOf('-->', offset);
      this.commentFrom = offset;
      this.commentEnd = close >= 0 && close + 3 <= this.paragraphEnd() ? close + 3 : -1;
    }
    return this.commentEnd >= 0 ? this.commentEnd : undefined;
  }

  private paragraphEnd(): number {
    return (this.to ??= this.end());
  }

  private list(): Map<number, number[]> {
    const { document } = this;
    const to = this.paragraphEnd();
    const runs = new Map<number, number[]>();
    for (let at = document.indexOf('`', this.from); at >= 0 && at < to; ) {
      let end = at;
      while (document[end] === '`') end++;
      const starts = runs.get(end - at);
      if (starts) starts.push(at);
      else runs.set(end - at, [at]);
      at = document.indexOf('`', end);
    }
    return runs;
  }
}

/**
 * Where the paragraph whose first line is `first` ends: before a blank line (in its containers) or a line that starts
 * a block of its own (a heading, a fence, a list item, a quote …; indented text and lazy lines go on), with
 * `containers` the list items, footnotes and quotes holding it.
 */
function paragraphEnd(document: string, lines: Line[], first: number, containers: readonly Container[]): number {
  let last = first;
  for (let j = first + 1; j < lines.length; j++) {
    const text = document.slice(lines[j].start, lines[j].end);
    const match = matchContainers(text, containers);
    const { content, indentation } = restOf(text, match);
    if (content.trim().length === 0) break;
    if (endsParagraph(content, indentation.columns, match, containers)) break;
    last = j;
  }
  return lines[last].end;
}

/** Where `needle` is next in `text` from `from`, or the text's length when nowhere. */
function nextOf(text: string, needle: string, from: number): number {
  const found = text.indexOf(needle, from);
  return found < 0 ? text.length : found;
}

/**
 * The HTML comments and code spans of a line (`text`, at `lineStart`), left to right as CommonMark reads them:
 * whichever opens first hides what the other would open inside it (`` `<!--` `` is code showing a comment's opening,
 * no comment; `<!-- `x` -->` is one comment). A backtick escaped by a backslash opens nothing. In a paragraph
 * (`closers`), only what closes inside it opens; without it (the rest of an HTML block's line), only a comment opens,
 * and runs to its `-->` wherever that is. Adds what closes on the line to `ranges`, and returns what is still open.
 */
function inlineOf(text: string, lineStart: number, open: OpenInline, ranges: Block[], closers?: ParagraphClosers): OpenInline {
  let { comment, span } = open;
  // The next `<!--` and backtick, each looked for again only once passed: a line of one with none of the other after
  // it would otherwise be read to its end at every step.
  let opening = -1;
  let tick = closers ? -1 : text.length;
  for (let at = 0; ; ) {
    if (comment !== undefined) {
      const close = text.indexOf('-->', at);
      if (close < 0) return { comment };
      // A comment block (no closers: not in a paragraph) ends with the line its `-->` is on, all of it HTML: a
      // `<!--` after the `-->` opens nothing (`<!----><!--` hid the rest of the draft).
      if (!closers) {
        ranges.push({ start: comment, end: lineStart + text.length });
        return {};
      }
      ranges.push({ start: comment, end: lineStart + close + 3 });
      comment = undefined;
      at = close + 3;
    }
    if (span) {
      if (span.end > lineStart + text.length) return { span };
      ranges.push(span);
      at = span.end - lineStart;
      span = undefined;
    }
    if (opening < at) opening = nextOf(text, '<!--', at);
    if (tick < at) tick = nextOf(text, '`', at);
    if (opening === text.length && tick === text.length) return {};
    if (opening < tick) {
      // `<!-->` and `<!--->` are whole comments, so the closing `-->` is looked for from the opening's first dash.
      const close = closers ? closers.comment(lineStart + opening + 2) : undefined;
      if (!closers) comment = lineStart + opening;
      else if (close !== undefined) span = { start: lineStart + opening, end: close, inline: true };
      at = opening + 2;
      continue;
    }
    let end = tick;
    while (text[end] === '`') end++;
    let backslashes = 0;
    while (text[tick - 1 - backslashes] === '\\') backslashes++;
    // `\`` is a backtick shown as such: the run opens with the backtick after it.
    const start = tick + (backslashes % 2);
    const close = end > start ? closers!.codeSpan(lineStart + end, end - start) : undefined;
    if (close === undefined) at = end;
    else span = { start: lineStart + start, end: close, inline: true };
  }
}

/**
 * Markdown's code blocks, raw HTML blocks and comments from line `first` on. A fence, raw HTML block or comment runs
 * to the end of the document when it is not closed. List items and footnote definitions are followed as containers:
 * their indented paragraphs (`- item`, a blank line, `  more`) are prose, and only text indented four columns past
 * their content is code.
 */
export function markdownHidden(document: string, lines: Line[], first: number): Hidden {
  return runSteps(markdownHiddenInSteps(document, lines, first));
}

/** Lines read in one step of `markdownHiddenInSteps`. */
const LINES_PER_STEP = 2_000;

function* markdownHiddenInSteps(document: string, lines: Line[], first: number): Steps<Hidden> {
  const ranges: Block[] = [];
  /** The list items, footnote definitions and quotes the current line may belong to, innermost last. */
  const containers: Container[] = [];
  let fence: { marker: string; start: number } | undefined;
  let rawHtml: { closing: string; start: number } | undefined;
  /** Inside an HTML block that a blank line ends (CommonMark's types 6 and 7). */
  let htmlBlock = false;
  let code: Block | undefined;
  /** How many containers hold the open fence, code block, HTML block or block comment: it ends when one of them does. */
  let depth = 0;
  /** A comment or code span still open at the end of the line before. */
  let inline: OpenInline = {};
  const closers = new ParagraphClosers(document);
  /** Whether the line before continues a paragraph: an indented line after it continues it too, and is no code. */
  let paragraph = false;
  for (let i = first; i < lines.length; i++) {
    if ((i - first) % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const line = lines[i];
    const text = document.slice(line.start, line.end);
    if (!fence && !rawHtml && !code && !htmlBlock && inline.comment === undefined && !MAY_START_BLOCK.test(text) && text.trim().length > 0) {
      // Most lines of a draft: prose at the margin (a Han character first) starts no block and is in no container,
      // unless it lazily continues a paragraph there. Read without the block syntax's expressions.
      if (!paragraph) {
        containers.length = 0;
        closers.paragraph(line.start, () => paragraphEnd(document, lines, i, []));
      }
      paragraph = true;
      inline = inlineOf(text, line.start, inline, ranges, closers);
      continue;
    }
    const match = matchContainers(text, containers);
    let { content, indentation } = restOf(text, match);
    const blank = content.trim().length === 0;
    if (match.matched < containers.length) {
      // A paragraph's line may go on in it lazily, out of its containers, if it starts no block.
      if (paragraph && !blank && !endsParagraph(content, indentation.columns, match, containers)) {
        inline = inlineOf(text, line.start, inline, ranges, closers);
        continue;
      }
      if (depth > match.matched) {
        // The list item or quote holding a block ended, and the block with it: CommonMark closes the blocks of a container.
        if (code) ranges.push(code);
        const open = fence?.start ?? rawHtml?.start ?? inline.comment;
        if (open !== undefined) ranges.push({ start: open, end: lines[i - 1].end });
        if (inline.comment !== undefined) inline = {};
        code = fence = rawHtml = undefined;
        htmlBlock = false;
      }
      containers.length = match.matched;
      paragraph = false;
    }
    if (fence) {
      const closing = indentation.columns - match.base <= 3 ? CLOSING_FENCE.exec(content) : null;
      if (closing && closing[1][0] === fence.marker[0] && closing[1].length >= fence.marker.length) {
        ranges.push({ start: fence.start, end: line.end });
        fence = undefined;
      }
      continue;
    }
    if (rawHtml) {
      if (RAW_HTML_END.test(text)) {
        ranges.push({ start: rawHtml.start, end: line.end });
        rawHtml = undefined;
      }
      continue;
    }
    if (inline.comment !== undefined) {
      // A comment opening a line is an HTML block: its lines, and the rest of its last one after `-->`, are HTML.
      inline = inlineOf(text, line.start, inline, ranges);
      continue;
    }
    if (htmlBlock && !blank) continue;
    if (blank) {
      htmlBlock = false;
      paragraph = false;
      continue;
    }
    if (code) {
      if (indentation.columns >= match.base + 4) {
        code.end = line.end;
        continue;
      }
      ranges.push(code);
      code = undefined;
    }
    // The containers the line opens, outermost first: quotes (`> `) and list items (`- `), in any order (`- > - x`).
    let { base, offset, column, quoteBase } = match;
    let opened = false;
    for (let at = offset + indentation.length; indentation.columns - base <= 3; at = offset + indentation.length) {
      if (content.startsWith('>')) {
        containers.push({ quote: true, column: 0 });
        ({ offset, column } = afterQuoteMarker(text, at, indentation.columns));
        base = quoteBase = column;
      } else {
        const item = LIST_ITEM.exec(content);
        if (!item || !isItem(content, item, paragraph, true)) break;
        offset = at + item[0].length - (item[1]?.length ?? 0);
        column = indentation.columns + offset - at;
        // The item's content starts after the marker and one to four spaces (after five or more, or none, one: the rest is code).
        const spaces = indentationOf(text, offset, column).columns - column;
        base = column + (spaces > 4 || item[0].length === content.length ? 1 : spaces);
        containers.push({ quote: false, column: base - quoteBase });
      }
      opened = true;
      paragraph = false;
      indentation = indentationOf(text, offset, column);
      content = text.slice(offset + indentation.length);
    }
    // A block opened after a container's marker (`- ```bash`, `> <pre>`) starts there.
    const start = opened ? line.start + offset + indentation.length : line.start;
    if (content.length === 0) continue;
    if (!paragraph && indentation.columns >= base + 4) {
      code = { start, end: line.end };
      depth = containers.length;
      continue;
    }
    const ownBlock = indentation.columns - base <= 3;
    const opening = ownBlock ? fenceOpening(content) : undefined;
    const raw = ownBlock && !opening ? RAW_HTML.exec(content) : null;
    // A comment opening a line is an HTML block: no paragraph goes on after it.
    const comment = ownBlock && !opening && !raw && content.startsWith('<!--');
    htmlBlock = ownBlock && !opening && !raw && !comment && (HTML_BLOCK_TAG.test(content) || (!paragraph && LONE_TAG.test(content)));
    if (opening) fence = { marker: opening, start };
    else if (raw && RAW_HTML_END.test(content)) ranges.push({ start, end: line.end });
    else if (raw) rawHtml = { closing: `</${raw[1].toLowerCase()}>`, start };
    else if (comment) inline = inlineOf(text, line.start, {}, ranges);
    if (opening || raw || comment || htmlBlock) {
      depth = containers.length;
      paragraph = false;
      continue;
    }
    /** Whether the line goes on with the paragraph before it, rather than start one (an item's, a footnote's, a heading). */
    let continues = paragraph && !NO_PARAGRAPH.test(content);
    if (ownBlock && FOOTNOTE_DEFINITION.test(content)) {
      containers.push({ quote: false, column: indentation.columns + 4 - quoteBase });
      continues = false;
    }
    paragraph = !NO_PARAGRAPH.test(content);
    if (!continues) {
      // A heading is a paragraph of one line.
      const held = [...containers];
      closers.paragraph(line.start, paragraph ? () => paragraphEnd(document, lines, i, held) : () => line.end);
    }
    inline = inlineOf(text, line.start, inline, ranges, closers);
  }
  if (code) ranges.push(code);
  if (fence) return { ranges: [...ranges, { start: fence.start, end: document.length }], closer: fence.marker };
  if (rawHtml) return { ranges: [...ranges, { start: rawHtml.start, end: document.length }], closer: rawHtml.closing };
  if (inline.comment !== undefined) return { ranges: [...ranges, { start: inline.comment, end: document.length }], closer: '-->' };
  return { ranges };
}

/** The start of reStructuredText's explicit markup (a comment, directive, footnote, target …): `..` and white space. */
const RST_EXPLICIT = /^\.\.(?:[ \t]|$)/;
/** The directives whose content is code: docutils' `code`, Sphinx's `code-block` and `sourcecode`. */
const RST_CODE_DIRECTIVE = /^\.\.[ \t]+(?:code|code-block|sourcecode)::(?:[ \t]|$)/;
/**
 * Explicit markup that is no comment: a footnote or citation (`.. [1]`), a hyperlink target (`.. _name:`, `.. __:`),
 * a substitution definition (`.. |name| image::`) or a directive (a simple reference name and `::`). The rest is a comment.
 */
const RST_NOT_COMMENT = /^\.\.[ \t]+(?:\[[^\]]+\]|_|\|[^|]+\|[ \t]|[\p{L}\p{N}]+(?:[-_.:+][\p{L}\p{N}]+)*::(?:[ \t]|$))/u;
/** A bullet or enumerated list item's marker and the spaces after it: its text starts at the item's body column. */
const RST_LIST_ITEM = /^(?:[-*+•‣⁃]|(?:\d+|[A-Za-z]|#)[.)]|\((?:\d+|[A-Za-z]|#)\))[ \t]+/;
const RST_ENUMERATOR = /^(?:(?:\d+|[A-Za-z]|#)[.)]|\((?:\d+|[A-Za-z]|#)\))[ \t]+/;
/** A non-alphanumeric printable ASCII character: every line of a quoted literal block opens with the same one. */
const RST_QUOTE_CHARACTER = /^[!-/:-@[-`{-~]/;

/** What may stand before an inline literal's opening ``` `` ```, as docutils reads it: a letter or digit may not. */
const RST_INLINE_BEFORE = /[\s'"([{<\-/:\p{Ps}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u;
/** What may stand after an inline literal's closing ``` `` ```. */
const RST_INLINE_AFTER = /[\s'")\]}>\-/:.,;!?\\\p{Pe}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u;

/**
 * The inline literals (```` ``npm install`` ````) of the paragraph `document[from, to)`, added to `ranges`, as docutils
 * finds them: an opening ``` `` ``` at the paragraph's start or after white space or punctuation (not after a letter:
 * in `见``arr[1]``命令` the backticks are text), with no white space after it; the first closing one with no white space
 * before it and white space, punctuation or the paragraph's end after it. One walk over the candidate openings and
 * closings, so a 10 MB paragraph of unclosed ``` `` ``` is read in linear time.
 */
function restructuredTextInline(document: string, from: number, to: number, ranges: Block[]): void {
  const opening = (at: number) =>
    (at === from || RST_INLINE_BEFORE.test(document[at - 1])) && document[at - 1] !== '\\' && at + 2 < to && /\S/.test(document[at + 2]) && document[at + 2] !== '`';
  const closing = (at: number) => /\S/.test(document[at - 1]) && (at + 2 === to || RST_INLINE_AFTER.test(document[at + 2]));
  let at = document.indexOf('``', from);
  while (at !== -1 && at < to) {
    if (!opening(at)) {
      at = document.indexOf('``', at + 1);
      continue;
    }
    let close = document.indexOf('``', at + 3);
    while (close !== -1 && close < to && !closing(close)) close = document.indexOf('``', close + 1);
    // No closing after this opening: none after a later one either.
    if (close === -1 || close >= to) return;
    ranges.push({ start: at, end: close + 2, inline: true });
    at = document.indexOf('``', close + 2);
  }
}

/**
 * reStructuredText's code and comments from line `first` on, as docutils reads them: a literal block (the indented
 * block after a paragraph ending with `::`, or an unindented one whose lines all open with the same punctuation, as
 * `> `), from the paragraph's `::` on — a marker goes before it, where it cannot turn the block into a quotation —;
 * a `code`, `code-block` or `sourcecode` directive with its options and indented body; and a comment (explicit markup
 * that is no directive, footnote, citation, target or substitution) with its indented lines. Explicit markup and a
 * literal block start only after a blank line; each runs while lines are blank or indented past its own start.
 */
export function restructuredTextHidden(document: string, lines: Line[], first = 0): Hidden {
  const ranges: Block[] = [];
  const textOf = (line: Line) => document.slice(line.start, line.end);
  /** The last line of the block indented past `columns` that goes on after line `i`. */
  const indentedEnd = (i: number, columns: number): number => {
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      const text = textOf(lines[j]);
      if (text.trim().length === 0) continue;
      if (indentationOf(text).columns <= columns) break;
      last = j;
    }
    return last;
  };
  let blankBefore = true;
  /** The body column of the paragraph the line before is in, and how many lines it has. */
  let paragraphColumn = 0;
  let paragraphLines = 0;
  /** Where the `::` of the paragraph before is, and its body column, when a literal block may follow. */
  let literal: { at: number; column: number } | undefined;
  /** The column of the explicit markup the line before is in: more may follow it with no blank line between. */
  let explicitColumn: number | undefined;
  /** The paragraphs' text, where inline literals are read once the blocks are known. */
  const paragraphs: { start: number; end: number }[] = [];
  for (let i = first; i < lines.length; i++) {
    const text = textOf(lines[i]);
    if (text.trim().length === 0) {
      blankBefore = true;
      continue;
    }
    const indentation = indentationOf(text);
    const content = text.slice(indentation.length);
    // A line indented less than the paragraph before ends it, and the list item or quotation it was in, as a blank line does.
    if (indentation.columns < paragraphColumn) blankBefore = true;
    // A literal block follows a blank line, or (docutils warns, but reads it so) the indented line after a paragraph
    // of two lines or more: after one, that line is a definition.
    const awaited = blankBefore || paragraphLines > 1 ? literal : undefined;
    literal = undefined;
    // A block starts after a literal block, as after explicit markup, blank line or not.
    if (awaited && indentation.columns > awaited.column) {
      i = indentedEnd(i, awaited.column);
      ranges.push({ start: awaited.at, end: lines[i].end });
      blankBefore = true;
      continue;
    }
    const quote = awaited && blankBefore && indentation.columns === awaited.column ? RST_QUOTE_CHARACTER.exec(content)?.[0] : undefined;
    if (quote) {
      let last = i;
      while (last + 1 < lines.length && textOf(lines[last + 1]).startsWith(text.slice(0, indentation.length + 1))) last++;
      ranges.push({ start: awaited!.at, end: lines[last].end });
      i = last;
      blankBefore = true;
      continue;
    }
    if (explicitColumn !== undefined && indentation.columns <= explicitColumn && !RST_EXPLICIT.test(content)) explicitColumn = undefined;
    if ((blankBefore || explicitColumn !== undefined) && RST_EXPLICIT.test(content)) {
      explicitColumn = indentation.columns;
      const code = RST_CODE_DIRECTIVE.test(content);
      if (code || !RST_NOT_COMMENT.test(content)) {
        // An empty comment (`..` alone) followed by a blank line ends there: the indented text after it is a quotation.
        const emptyComment = content.trim() === '..' && textOf(lines[i + 1] ?? lines[i]).trim().length === 0;
        const last = emptyComment ? i : indentedEnd(i, indentation.columns);
        ranges.push({ start: lines[i].start + indentation.length, end: lines[last].end });
        i = last;
      }
      // Explicit markup ends with its indented lines (a directive's, as `.. note::`, are prose): a block starts after
      // it, and its own `::` starts no literal block.
      blankBefore = true;
      continue;
    }
    if (blankBefore) {
      paragraphLines = 0;
      paragraphs.push({ start: lines[i].start + indentation.length, end: lines[i].end });
    } else paragraphs[paragraphs.length - 1].end = lines[i].end;
    const item = blankBefore ? RST_LIST_ITEM.exec(content)?.[0] : undefined;
    // docutils reads `1. text` as a list item only when the next line is blank, indented or another item (or the
    // draft's end): otherwise (`A. Smith wrote`) it is a paragraph's first line.
    const next = lines[i + 1] && textOf(lines[i + 1]);
    const paragraphStart = item && RST_ENUMERATOR.test(content) && next?.trim() && indentationOf(next).columns <= indentation.columns && !RST_ENUMERATOR.test(next.trimStart());
    paragraphColumn = indentation.columns + (item && !paragraphStart ? item.length : 0);
    paragraphLines++;
    blankBefore = false;
    const end = text.trimEnd();
    if (end.endsWith('::')) literal = { at: lines[i].start + end.length - 2, column: paragraphColumn };
  }
  const inline: Block[] = [];
  for (const paragraph of paragraphs) restructuredTextInline(document, paragraph.start, paragraph.end, inline);
  if (inline.length === 0) return { ranges };
  // Both lists are in order: merged in one walk. A literal block starts at its paragraph's `::`, inside the paragraph's
  // text, so an inline literal it overlaps is the block's.
  const merged: Block[] = [];
  let next = 0;
  for (const range of inline) {
    while (next < ranges.length && ranges[next].end <= range.start) merged.push(ranges[next++]);
    if (next < ranges.length && ranges[next].start < range.end) continue;
    merged.push(range);
  }
  return { ranges: [...merged, ...ranges.slice(next)] };
}

/** LaTeX environments whose content is printed or dropped as it is: `\cite` there is no citation. */
const VERBATIM_ENVIRONMENT = /\\begin\{(verbatim\*?|Verbatim\*?|BVerbatim|LVerbatim|lstlisting|minted|comment|filecontents\*?)\}/g;
/**
 * Inline verbatim at a backslash (sticky): `\verb` and `\lstinline` with any delimiter, `\lstinline{…}`,
 * `\mintinline{lang}{…}`, and a URL (`\url{…}`, `\nolinkurl{…}`, `\href{…}` before its text), which hyperref and
 * url read as it is: its `%` (`%E6%95%B0`, how a Chinese address is written) starts no comment, and a citation asked
 * for after it went into the address. Options and arguments are bounded, so a 10 MB line of `\lstinline[` stays
 * linear; an address holds no brace, so one left open ends at the next `{`.
 */
const INLINE_VERBATIM = /\\(?:verb\*?|lstinline(?:\[[^\]\n]{0,200}\])?)([^\sA-Za-z{*[])|\\lstinline(?:\[[^\]\n]{0,200}\])?\{[^}\n]{0,1000}\}|\\mintinline(?:\[[^\]\n]{0,200}\])?\{[^}\n]{0,100}\}\{[^}\n]{0,1000}\}|\\(?:url|nolinkurl|href)\{[^{}\n]{0,4000}\}/y;

/**
 * LaTeX's comments, verbatim environments and inline verbatim from offset `from` on. A verbatim environment runs to
 * its `\end{…}` (or the document's end); `%` inside it is text, and so is `%` inside `\verb|…|`; an environment opened
 * in a comment is none. A comment runs to its line's end, before the line break.
 */
export function latexHidden(document: string, from = 0): Hidden {
  const ranges: Block[] = [];
  let at = from;
  VERBATIM_ENVIRONMENT.lastIndex = from;
  for (let environment = VERBATIM_ENVIRONMENT.exec(document); ; environment = VERBATIM_ENVIRONMENT.exec(document)) {
    const start = environment?.index ?? document.length;
    const coveredTo = latexInline(document, at, start, ranges);
    if (!environment) break;
    if (coveredTo !== undefined) {
      // The `\begin` is inside a comment or inline verbatim: read on after it.
      at = coveredTo;
      VERBATIM_ENVIRONMENT.lastIndex = coveredTo;
      continue;
    }
    const end = `\\end{${environment[1]}}`;
    const close = document.indexOf(end, VERBATIM_ENVIRONMENT.lastIndex);
    if (close < 0) return { ranges: [...ranges, { start, end: document.length }], closer: end };
    ranges.push({ start, end: close + end.length });
    at = close + end.length;
    VERBATIM_ENVIRONMENT.lastIndex = at;
  }
  return { ranges };
}

/**
 * Comments and inline verbatim of LaTeX text starting between `from` and `to`, added to `ranges`. When one runs past
 * `to`, the offset it ends at: what starts at `to` is inside it.
 */
function latexInline(document: string, from: number, to: number, ranges: Block[]): number | undefined {
  // The end of the line `i` is on (before its CR), looked for once a line: a 10 MB line holds many `%` and `\verb`.
  let lineEnd = -1;
  for (let i = from; i < to; i++) {
    if (document[i] !== '\\' && document[i] !== '%') continue;
    if (i > lineEnd) {
      lineEnd = document.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = document.length;
      if (document[lineEnd - 1] === '\r') lineEnd--;
    }
    let end = lineEnd;
    if (document[i] === '\\') {
      INLINE_VERBATIM.lastIndex = i;
      const inline = INLINE_VERBATIM.exec(document);
      if (!inline) {
        // The escaped character (`\%` is a percent sign) is no comment.
        i++;
        continue;
      }
      const delimiter = inline[1];
      if (delimiter === undefined) end = i + inline[0].length;
      else {
        // `\verb|…|` ends at the delimiter's next occurrence on its line; without one, at the line's end.
        let close = i + inline[0].length;
        while (close < lineEnd && document[close] !== delimiter) close++;
        end = close < lineEnd ? close + 1 : lineEnd;
      }
    }
    ranges.push({ start: i, end });
    if (end > to) return end;
    i = end - 1;
  }
  return undefined;
}
