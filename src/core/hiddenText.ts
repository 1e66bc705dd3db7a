/**
 * The text of a draft that is not the writer's prose: code and comments, as the document's language reads them.
 * Citation edits keep out of it (a `[1]` in `arr[1]` is no marker, a `\cite` in a verbatim block would be printed, a
 * list in a comment is none), and "Terms in this document" does not count it.
 *
 * Markdown, as CommonMark reads it (a unit test compares every line with markdown-it's reading): fenced code blocks,
 * indented code blocks (four columns more than the list item or footnote holding them, never continuing a paragraph),
 * the raw HTML blocks whose content is not Markdown (`<pre>`, `<script>`, `<style>`, `<textarea>`), HTML comments and
 * code spans (`` `arr[1]` ``, inline in a paragraph: they do not make their line code). Other HTML blocks are the
 * writer's text, but start no code block inside them. LaTeX: comments after an unescaped `%`, verbatim environments
 * (verbatim, Verbatim, lstlisting, minted, comment …) and inline verbatim (`\verb|…|`, `\lstinline`, `\mintinline`,
 * and URLs: `\url{…}`). One pass in both.
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
 * character or a list item with code or a `~~~` fence after it, or `<!--` or a backtick anywhere. Most drafts hold
 * none, and are not read line by line.
 */
const MAY_HOLD_CODE = /^(?:[ \t<`~]|(?:[-+*]|\d{1,9}[.)])(?:[ \t]{2}|[ \t]+~))/m;

/**
 * The code and comments of a document in VS Code's language `languageId` from offset `from` (its body) on: Markdown's
 * and LaTeX's as read above; none in plain text and other languages.
 */
export function codeAndComments(document: string, languageId: string, from = 0): Hidden {
  return runSteps(codeAndCommentsInSteps(document, languageId, from));
}

/** `codeAndComments` in steps, for `runInSlices`: the figure check reads a 5 MB draft's code without holding the host. */
export function* codeAndCommentsInSteps(document: string, languageId: string, from = 0): Steps<Hidden> {
  if (languageId === 'latex') return latexHidden(document, from);
  if (languageId !== 'markdown' || !(MAY_HOLD_CODE.test(document) || document.includes('<!--') || document.includes('`'))) return NOTHING_HIDDEN;
  const lines = linesOf(document);
  const first = lines.findIndex((line) => line.start >= from);
  return first < 0 ? NOTHING_HIDDEN : yield* markdownHiddenInSteps(document, lines, first);
}

/** A line whose first character may start a block, indent it, or be a list item's number: all others are prose at the margin. */
const MAY_START_BLOCK = /^[ \t<`~\-+*#=_0-9[]/;

/** Columns of a line's indentation (a tab to the next multiple of four) and where its text starts. */
function indentationOf(text: string): { columns: number; length: number } {
  let columns = 0;
  let length = 0;
  for (; length < text.length; length++) {
    if (text[length] === ' ') columns++;
    else if (text[length] === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return { columns, length };
}

/** The marker of the fence a line's text (after its indentation) opens, if it opens one. */
function fenceOpening(content: string): string | undefined {
  const opening = FENCE.exec(content);
  // A backtick fence's info string holds no backtick (``` `x` ``` is inline code).
  return opening && !(opening[1][0] === '`' && opening[2].includes('`')) ? opening[1] : undefined;
}

/**
 * Whether a line's list item (`item`, LIST_ITEM's match of its text `content`) starts a list item: always when no
 * paragraph goes on, or when the line is not indented into the container of the paragraph that does; otherwise only
 * the way CommonMark lets a list interrupt a paragraph: a bullet or `1.` with text after it.
 */
function isItem(content: string, item: RegExpExecArray, paragraph: boolean, indentation: number, containers: number[]): boolean {
  if (!paragraph || indentation < (containers.at(-1) ?? 0)) return true;
  return item[0].length < content.length && /^(?:[-+*]|0*1[.)])/.test(content);
}

/** A line that starts a block of its own, so it cannot continue a paragraph lazily: it ends the containers it is not indented into. */
function startsBlock(content: string, paragraph: boolean, indentation: number, containers: number[]): boolean {
  const item = LIST_ITEM.exec(content);
  if (item && isItem(content, item, paragraph, indentation, containers)) return true;
  return NO_PARAGRAPH.test(content) || fenceOpening(content) !== undefined || RAW_HTML.test(content) || HTML_BLOCK_TAG.test(content) || content.startsWith('<!--') || FOOTNOTE_DEFINITION.test(content);
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
 * Where the paragraph whose first line is `first` ends: before a blank line or a line that starts a block of its own
 * (a heading, a fence, a list item …; indented text and lazy lines go on), with `containers` the content columns of
 * the list items and footnotes holding it.
 */
function paragraphEnd(document: string, lines: Line[], first: number, containers: number[]): number {
  const base = containers.at(-1) ?? 0;
  let last = first;
  for (let j = first + 1; j < lines.length; j++) {
    const text = document.slice(lines[j].start, lines[j].end);
    if (text.trim().length === 0) break;
    const indentation = indentationOf(text);
    if (MAY_START_BLOCK.test(text) && indentation.columns - base <= 3 && startsBlock(text.slice(indentation.length), true, indentation.columns, containers)) break;
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
  /** The content columns of the list items and footnote definitions the current line may belong to, innermost last. */
  const containers: number[] = [];
  let fence: { marker: string; start: number; base: number } | undefined;
  let rawHtml: { closing: string; start: number } | undefined;
  /** The content column of the list item or footnote holding the open raw HTML block or block comment (0: none). */
  let htmlBase = 0;
  /** Inside an HTML block that a blank line ends (CommonMark's types 6 and 7). */
  let htmlBlock = false;
  let code: Block | undefined;
  /** A comment or code span still open at the end of the line before. */
  let inline: OpenInline = {};
  const closers = new ParagraphClosers(document);
  /** Whether the line before continues a paragraph: an indented line after it continues it too, and is no code. */
  let paragraph = false;
  let blankBefore = true;
  for (let i = first; i < lines.length; i++) {
    if ((i - first) % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const line = lines[i];
    const text = document.slice(line.start, line.end);
    const blank = text.trim().length === 0;
    const indentation = indentationOf(text);
    if (fence) {
      const relative = indentation.columns - fence.base;
      const closing = relative >= 0 && relative <= 3 ? CLOSING_FENCE.exec(text.slice(indentation.length)) : null;
      if (closing && closing[1][0] === fence.marker[0] && closing[1].length >= fence.marker.length) {
        ranges.push({ start: fence.start, end: line.end });
        fence = undefined;
        paragraph = false;
        continue;
      }
      if (blank || relative >= 0) continue;
      // The list item holding the fence ended, and the fence with it: CommonMark closes the blocks of a container.
      ranges.push({ start: fence.start, end: lines[i - 1].end });
      fence = undefined;
      paragraph = false;
    }
    const openHtml = rawHtml?.start ?? inline.comment;
    if (openHtml !== undefined && !blank && indentation.columns < htmlBase) {
      // The list item or footnote holding the HTML block ended, and the block with it, as a fence's does.
      ranges.push({ start: openHtml, end: lines[i - 1].end });
      rawHtml = undefined;
      inline = {};
      paragraph = false;
    }
    if (rawHtml) {
      if (RAW_HTML_END.test(text)) {
        ranges.push({ start: rawHtml.start, end: line.end });
        rawHtml = undefined;
        paragraph = false;
      }
      continue;
    }
    if (inline.comment !== undefined) {
      // A comment opening a line is an HTML block: its lines, and the rest of its last one after `-->`, are HTML.
      inline = inlineOf(text, line.start, inline, ranges);
      paragraph = false;
      continue;
    }
    if (htmlBlock && !blank) continue;
    if (!blank && !code && !MAY_START_BLOCK.test(text)) {
      // Most lines of a draft: prose at the margin (a Han character first) starts no block and is in no container's
      // content, unless it lazily continues a paragraph there. Read without the block syntax's expressions.
      if (blankBefore || !paragraph) {
        containers.length = 0;
        closers.paragraph(line.start, () => paragraphEnd(document, lines, i, []));
      }
      blankBefore = false;
      paragraph = true;
      inline = inlineOf(text, line.start, inline, ranges, closers);
      continue;
    }
    if (blank) {
      htmlBlock = false;
      paragraph = false;
      blankBefore = true;
      continue;
    }
    if (code) {
      if (indentation.columns >= (containers.at(-1) ?? 0) + 4) {
        code.end = line.end;
        blankBefore = false;
        continue;
      }
      ranges.push(code);
      code = undefined;
    }
    const content = text.slice(indentation.length);
    // A line indented less than a container's content is out of it, unless it lazily continues the container's paragraph.
    if (blankBefore || !paragraph || startsBlock(content, paragraph, indentation.columns, containers)) {
      const held = containers.length;
      while (containers.length > 0 && indentation.columns < containers[containers.length - 1]) containers.pop();
      // The paragraph before was in a container this line is out of: it ended with it.
      if (containers.length < held) paragraph = false;
    }
    blankBefore = false;
    const base = containers.at(-1) ?? 0;
    if (!paragraph && indentation.columns >= base + 4) {
      code = { start: line.start, end: line.end };
      continue;
    }
    const ownBlock = indentation.columns - base <= 3;
    const opening = ownBlock ? fenceOpening(content) : undefined;
    if (opening) {
      fence = { marker: opening, start: line.start, base };
      continue;
    }
    const raw = ownBlock ? RAW_HTML.exec(content) : null;
    if (raw) {
      if (RAW_HTML_END.test(content)) ranges.push({ start: line.start, end: line.end });
      else rawHtml = { closing: `</${raw[1].toLowerCase()}>`, start: line.start };
      htmlBase = base;
      paragraph = false;
      continue;
    }
    if (ownBlock && content.startsWith('<!--')) {
      // A comment opening a line is an HTML block: no paragraph goes on after it.
      inline = inlineOf(text, line.start, {}, ranges);
      htmlBase = base;
      paragraph = false;
      continue;
    }
    if (ownBlock && (HTML_BLOCK_TAG.test(content) || (!paragraph && LONE_TAG.test(content)))) {
      htmlBlock = true;
      paragraph = false;
      continue;
    }
    const item = ownBlock ? LIST_ITEM.exec(content) : null;
    /** Whether the line goes on with the paragraph before it, rather than start one (an item's, a footnote's, a heading). */
    let continues = paragraph && !NO_PARAGRAPH.test(content);
    if (item && isItem(content, item, paragraph, indentation.columns, containers)) {
      continues = false;
      // The item's content starts after the marker and one to four spaces (after five or more, one: the rest is code).
      const spaces = item[1] === undefined ? 1 : indentationOf(item[1]).columns;
      containers.push(indentation.columns + item[0].length - (item[1]?.length ?? 0) + (spaces > 4 ? 1 : spaces));
      if (spaces > 4 && item[0].length < content.length) {
        code = { start: line.start + indentation.length + item[0].length, end: line.end };
        paragraph = false;
        continue;
      }
      // A fence may open on the item's own line (`- ```bash`): its code is the item's, and closes at the item's column.
      const itemFence = fenceOpening(content.slice(item[0].length));
      if (itemFence) {
        fence = { marker: itemFence, start: line.start + indentation.length + item[0].length, base: containers[containers.length - 1] };
        paragraph = false;
        continue;
      }
    } else if (ownBlock && FOOTNOTE_DEFINITION.test(content)) {
      containers.push(indentation.columns + 4);
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
