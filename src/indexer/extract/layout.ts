/**
 * PDF page layout → lines of text. A PDF has no lines or paragraphs, only
 * positioned runs of glyphs; this rebuilds lines from the runs' baselines,
 * rejoins the lines of a paragraph that the page width broke (undoing
 * end-of-line hyphenation), and finds the lines repeated on most pages
 * (running headers, footers, page numbers, watermarks).
 */

/** A run of text as the PDF places it (PDF units, y upwards). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

export interface LayoutLine {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Groups a page's runs into lines, top to bottom, each read left to right. */
export function assembleLines(runs: TextRun[]): LayoutLine[] {
  const sorted = runs.filter((run) => run.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { runs: TextRun[]; y: number; size: number }[] = [];
  for (const run of sorted) {
    const current = lines.at(-1);
    // Runs of one line share a baseline, give or take superscripts and mixed fonts.
    if (current && Math.abs(current.y - run.y) <= Math.max(1, 0.4 * Math.max(current.size, run.size))) {
      current.runs.push(run);
      current.size = Math.max(current.size, run.size);
    } else {
      lines.push({ runs: [run], y: run.y, size: run.size });
    }
  }
  return lines
    .map((line) => {
      const ordered = line.runs.sort((a, b) => a.x - b.x);
      let text = '';
      let end = ordered[0].x;
      for (const run of ordered) {
        // A gap wider than a third of the font size between two runs is a space the PDF did not write.
        if (text.length > 0 && run.x - end > line.size / 3 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
        text += run.text;
        end = Math.max(end, run.x + run.width);
      }
      return { text: text.replace(/\s+/g, ' ').trim(), left: ordered[0].x, right: end, y: line.y, size: line.size };
    })
    .filter((line) => line.text.length > 0);
}

const LATIN_END = /[A-Za-z0-9,;:)\]]$/;
const LATIN_START = /^[A-Za-z0-9(\[]/;

/** Joins a line to the next one of its paragraph: hyphenated words are rejoined, Latin words keep a space, Chinese none. */
function joinText(first: string, second: string): string {
  if (/[A-Za-z]-$/.test(first) && /^[a-z]/.test(second)) return first.slice(0, -1) + second;
  return LATIN_END.test(first) && LATIN_START.test(second) ? `${first} ${second}` : first + second;
}

/** The value a quarter of the way up: the line spacing, even on a page of many one-line paragraphs. */
function lowerQuartile(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)];
}

/**
 * Rejoins the lines of each paragraph of a page. A line continues into the
 * next when it runs to the right edge of the text block (within two and a
 * half characters), the next starts at
 * the left edge, and the two are at the usual line spacing; anything else
 * (a short last line, an indent, a wider gap) ends the paragraph.
 * `keep` lines (headers, footers) are never joined.
 */
export function joinParagraphs(lines: LayoutLine[], keep: (line: LayoutLine) => boolean = () => false): string[] {
  const body = lines.filter((line) => !keep(line) && line.text.length > 3);
  const right = Math.max(...body.map((line) => line.right), 0);
  const left = Math.min(...body.map((line) => line.left), Infinity);
  const spacing = lowerQuartile(body.slice(1).map((line, i) => body[i].y - line.y).filter((gap) => gap > 0));
  const paragraphs: string[] = [];
  let previous: LayoutLine | undefined;
  for (const line of lines) {
    const continues =
      previous !== undefined &&
      !keep(previous) &&
      !keep(line) &&
      // Chinese line breaking keeps a character with the punctuation after it, so a full line can end two characters short.
      previous.right >= right - 2.5 * previous.size &&
      // A first line may be indented by two characters; a centred line (a title) is not a paragraph's.
      previous.left <= left + 2.5 * previous.size &&
      line.left <= left + 0.5 * line.size &&
      previous.y - line.y <= spacing * 1.25 + 0.5;
    if (continues) paragraphs[paragraphs.length - 1] = joinText(paragraphs[paragraphs.length - 1], line.text);
    else paragraphs.push(line.text);
    previous = line;
  }
  return paragraphs;
}

/** A line's shape with its numbers generalised: `第 3 页` and `第 12 页` are the same footer. */
function lineShape(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern of a repeated line: its text, white space optional where it has some, and any number where it has one —
 * numbers with only white space between them (`1 2 3`, `2021 2022`) are one number, as `lineShape` reads them. Each digit is
 * read once: a pattern with `\d+\s*\d+` split a long run of digits every way it could before failing, so a running
 * header of twelve numbers against a line of 36 digits in the body held the extension host for minutes (exponential
 * in the header's numbers).
 */
function linePattern(text: string): string {
  const parts = text.trim().split(/(\d+(?:\s+\d+)*)/);
  return `^${parts.map((part, index) => (index % 2 === 1 ? '\\d(?:\\s*\\d)*' : escapeRegExp(part).replace(/\s+/g, '\\s*'))).join('')}$`;
}

/**
 * Lines repeated on at least half of the pages (and on 2 pages or more) among
 * the first and last two lines of each page — running headers, footers, page
 * numbers — returned as anchored patterns with their numbers generalised.
 */
export function repeatedLines(pages: LayoutLine[][]): string[] {
  const pagesByShape = new Map<string, { count: number; example: string }>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((line) => line.text));
    for (const text of edges) {
      const shape = lineShape(text);
      const entry = pagesByShape.get(shape) ?? { count: 0, example: text };
      entry.count++;
      pagesByShape.set(shape, entry);
    }
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return [...pagesByShape.values()]
    .filter((entry) => entry.count >= threshold)
    .map((entry) => linePattern(entry.example));
}
