/**
 * Cleaning: a report's raw PDF-extracted lines → a clean document of headings,
 * captions and paragraphs, with every character mapped back to its original
 * line and column.
 *
 * Nothing is rewritten by hand: lines are dropped (boilerplate, TOC, page
 * ordinals), spans are cut (spam spliced into words, Markdown emphasis,
 * bullets), Kangxi radicals are replaced one-for-one, and lines that PDF
 * extraction broke mid-sentence are rejoined. Because of the character map,
 * any span of the clean text can name the original line it starts on.
 */
import { replaceRadicals, isHan } from '../core/normalize';
import type { CleaningRules, PatternWatch } from './curation';

/**
 * `boundary` is an empty block: the report starts a new chapter whose heading the
 * text lost (sections after it must not nest under the previous chapter). When the
 * table of contents names that chapter, the boundary carries its entry.
 */
export type BlockKind = 'heading' | 'caption' | 'paragraph' | 'label' | 'boundary';

/** A run of the clean text: one heading, caption, bullet label or paragraph. */
export interface Block {
  kind: BlockKind;
  /** Offsets into `CleanDocument.text`. */
  start: number;
  end: number;
  /** For headings: 1 = top level. */
  level?: number;
  /** For a boundary: the table of contents' entry for the chapter whose heading the text lost. */
  tocEntry?: TocEntry;
}

/** An entry of a report's table of contents: its title (a span of its line, leaders and page cut) and its line. */
export interface TocEntry {
  title: string;
  /** 1-based line in the original report file. */
  line: number;
}

export interface CleanDocument {
  text: string;
  /** Original 1-based line of each character of `text` (newlines between blocks included). */
  lineAt: Int32Array;
  /** Original 0-based column (UTF-16) of each character of `text`. */
  columnAt: Int32Array;
  blocks: Block[];
  /** Entries of the report's table of contents, as found (used to recognise headings). */
  toc: TocEntry[];
}

/** One raw line after span cuts: its text and the original column of each of its characters. */
interface EditedLine {
  line: number;
  text: string;
  columns: number[];
  /** Blank lines right before this one (2 or more = a PDF page break). */
  blanksBefore: number;
  /** The raw line started with a bullet (▶ ► ▪ • ·). */
  bullet: boolean;
}

const TOC_LINE = /\t\d+\s*$|·{3,}|\.{6,}/;
const GLUED_TOC_ENTRY = /(.+?)(?:\.{3,}|·{3,}\s*)\t?\d{1,3}/g;
const TOC_TAB_ENTRY = /^(.+?)\s*\t\d+\s*$/;
const PAGE_ORDINAL = /^\d{1,2}$/;
/** A chapter number before a TOC title (`1 技术进步…`), not a year (`2020 信息技术…`). */
const CHAPTER_NUMBER = /^\d{1,2}\s+/;
const LETTER_SPACED = /^(?:[A-Z|] ?){2,}$/;
const CAPTION = /^(图|表)\s*(\d+(?:\.\d+)*)\s*[：:]?\s*(.*)$/;
const CAPTION_WITHOUT_LABEL = /^(\d+\.\d+)\s+(\S.{1,30}图)$/;
const CAPTION_SOURCE = /\s*[，,]?\s*(?:资料来源|图片来源|数据来源)\s*[：:].*$/;
const NUMBERED_HEADING = /^(\d+(?:\.\d+)+)\s*(\S.{0,40})$/;
const CHAPTER_HEADING = /^第[一二三四五六七八九十\d]+章[：:\s]/;
const SENTENCE_PUNCTUATION = /[，。！？；,!?;]/;
const TERMINAL = /[。！？!?；;：:…”」）)]$/;
const UNIT_START = /^[万亿千百%％倍]/;
/** Bullets and list markers at the start of a line: not part of any sentence. */
const LEADING_MARKER = /^(?:[▶►▪•·]\s*|-\s+(?=\S)|\s+)/;
const BULLET = /^[▶►▪•]/;

/** Applies span cuts and radical replacement to one line, keeping the column map. */
function editLine(raw: string, cuts: RegExp[], line: number, watch?: PatternWatch): { text: string; columns: number[]; bullet: boolean } {
  const removed = new Uint8Array(raw.length);
  for (const cut of cuts) {
    watch?.running(line, cut);
    cut.lastIndex = 0;
    for (const match of raw.matchAll(cut)) {
      for (let i = match.index; i < match.index + match[0].length; i++) removed[i] = 1;
    }
  }
  let text = '';
  const columns: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (removed[i]) continue;
    text += raw[i];
    columns.push(i);
  }
  // A leading marker goes after the cuts so `- **X：**` loses both.
  const marker = LEADING_MARKER.exec(text);
  const bullet = marker !== null && BULLET.test(marker[0]);
  if (marker && marker[0].length > 0) {
    text = text.slice(marker[0].length);
    columns.splice(0, marker[0].length);
  }
  // Trailing white space carries nothing.
  const trimmed = text.replace(/\s+$/, '');
  columns.length = trimmed.length;
  return { text: replaceRadicals(trimmed), columns, bullet };
}

/** Collects TOC entries, including several glued onto one line with dot leaders. */
function tocEntries(text: string): string[] {
  const tab = TOC_TAB_ENTRY.exec(text);
  if (tab) return [stripLeaders(tab[1])];
  const entries: string[] = [];
  for (const match of text.matchAll(GLUED_TOC_ENTRY)) entries.push(stripLeaders(match[1]));
  return entries.filter((entry) => entry.length > 0);
}

function stripLeaders(title: string): string {
  return title.replace(/[.·\s]+$/, '').trim();
}

/** Compares headings ignoring white space and punctuation width. */
function headingKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[：:]/g, ':')
    .replace(/[，,]/g, ',');
}

function isShortHeading(text: string): boolean {
  if (text.length < 4 || text.length > 30) return false;
  if (SENTENCE_PUNCTUATION.test(text) || /[：:—]$/.test(text)) return false;
  let han = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) han++;
  return han >= 3;
}

/** Builds the clean document incrementally, block by block, keeping the character map. */
class DocumentBuilder {
  /** The text so far, a character a slot: read back while building (`lastChar`), which a string grown by `+=` would flatten each time. */
  private readonly chars: string[] = [];
  private lines: number[] = [];
  private columns: number[] = [];
  readonly blocks: Block[] = [];

  /** Starts a new block with (part of) an edited line. */
  open(kind: BlockKind, source: EditedLine, from = 0, to = source.text.length, level?: number): Block {
    if (this.chars.length > 0) this.push('\n', source.line, from);
    const block: Block = { kind, start: this.chars.length, end: this.chars.length, level };
    this.append(block, source, from, to);
    this.blocks.push(block);
    return block;
  }

  /** Continues a paragraph with the next line of the same sentence. */
  append(block: Block, source: EditedLine, from = 0, to = source.text.length): void {
    for (let i = from; i < to; i++) this.push(source.text[i], source.line, source.columns[i]);
    block.end = this.chars.length;
  }

  /** The last character of a block, to tell whether its sentence is finished. */
  lastChar(block: Block): string {
    return block.end > block.start ? this.chars[block.end - 1] : '';
  }

  private push(char: string, line: number, column: number): void {
    this.chars.push(char);
    this.lines.push(line);
    this.columns.push(column);
  }

  finish(toc: TocEntry[]): CleanDocument {
    return {
      text: this.chars.join(''),
      lineAt: Int32Array.from(this.lines),
      columnAt: Int32Array.from(this.columns),
      blocks: this.blocks,
      toc,
    };
  }
}

/** Marks the lines inside the rules' dropped blocks (front matter, legal pages, references …). */
function droppedByBlocks(rawLines: string[], rules: CleaningRules): Uint8Array {
  const dropped = new Uint8Array(rawLines.length);
  for (const block of rules.dropBlocks) {
    let inside = false;
    for (let i = 0; i < rawLines.length; i++) {
      rules.watch?.running(i + 1, inside ? (block.end ?? block.start) : block.start);
      if (!inside && block.start.test(rawLines[i])) inside = true;
      else if (inside && block.end && block.end.test(rawLines[i])) {
        inside = false;
        if (!block.endInclusive) continue;
        dropped[i] = 1;
        continue;
      }
      if (inside) dropped[i] = 1;
    }
  }
  return dropped;
}

/** Splits a caption line into label and title, dropping a glued `资料来源：…` credit. */
export function parseCaption(text: string): { label: string; title: string } | undefined {
  const labelled = CAPTION.exec(text);
  if (labelled && labelled[3].length > 0 && !/^[年月日%]/.test(labelled[3])) {
    return { label: `${labelled[1]} ${labelled[2]}`, title: labelled[3].replace(CAPTION_SOURCE, '').trim() };
  }
  const unlabelled = CAPTION_WITHOUT_LABEL.exec(text);
  if (unlabelled) return { label: unlabelled[1], title: unlabelled[2] };
  return undefined;
}

/**
 * Cleans one report. `rawText` is the file as read (UTF-8 decoded); the rules
 * come from the curation file (global and per-report); `articleTitles` are a
 * compilation's articles from the catalogue, whose headings nest under its parts.
 */
export function cleanReport(rawText: string, rules: CleaningRules, articleTitles: string[] = []): CleanDocument {
  const rawLines = rawText.split(/\r?\n/);
  const droppedBlock = droppedByBlocks(rawLines, rules);
  const builder = new DocumentBuilder();
  const toc: TocEntry[] = [];
  const edited: EditedLine[] = [];

  let blanks = 0;
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i];
    if (raw.trim().length === 0) {
      blanks++;
      continue;
    }
    if (droppedBlock[i]) continue;
    if (TOC_LINE.test(raw)) {
      toc.push(...tocEntries(raw).map((title) => ({ title, line: i + 1 })));
      continue;
    }
    const line = i + 1;
    const dropped = rules.dropLines.some((pattern) => {
      rules.watch?.running(line, pattern);
      return pattern.test(raw);
    });
    if (dropped) continue;
    const { text, columns, bullet } = editLine(raw, rules.cutSpans, line, rules.watch);
    if (text.length === 0) continue;
    edited.push({ line, text, columns, blanksBefore: blanks, bullet });
    blanks = 0;
  }
  // The rest reads the lines with the indexer's own patterns only.
  rules.watch?.done();

  // Levels from the TOC: numbered chapters (`1 …`) or a compilation's parts sit above
  // unnumbered chapters or the compilation's articles.
  const articleKeys = new Set(articleTitles.map(headingKey));
  const hasNumberedToc = toc.some(({ title }) => CHAPTER_NUMBER.test(title));
  const tocKeys = new Map<string, number>();
  /** Key and level of each TOC entry, in the TOC's order. */
  const tocOrder = toc.map(({ title }) => {
    const key = headingKey(title.replace(CHAPTER_NUMBER, ''));
    const nested = articleKeys.size > 0 ? articleKeys.has(key) : hasNumberedToc && !CHAPTER_NUMBER.test(title);
    tocKeys.set(key, nested ? 2 : 1);
    return { key, level: nested ? 2 : 1 };
  });
  /** The last heading that is a TOC entry, with its key. */
  let lastTocHeading: { key: string; block: Block } | undefined;
  /** Index in the TOC of the last entry the body has reached (a heading, or a chapter whose heading the text lost). */
  let tocReached = -1;
  const reach = (key: string): void => {
    const next = tocOrder.findIndex((entry, index) => index > tocReached && entry.key === key);
    if (next >= 0) tocReached = next;
  };

  /** Level of the innermost structural heading (TOC, chapter or numbered) seen so far. */
  let structuralLevel = 0;
  let paragraph: Block | undefined;
  let lastLine = '';
  let previousShortHeading: Block | undefined;
  /** A chapter heading (TOC entry) was seen since the last run of section ordinals `01`…`06`. */
  let chapterSinceOrdinals = false;
  /** Captions met inside an open paragraph wait until it closes, so each block stays one contiguous run. */
  let pendingCaptions: EditedLine[] = [];

  const closeParagraph = (): void => {
    paragraph = undefined;
    for (const caption of pendingCaptions) builder.open('caption', caption);
    pendingCaptions = [];
  };
  const open = (kind: BlockKind, source: EditedLine, from?: number, to?: number, level?: number): Block => {
    closeParagraph();
    previousShortHeading = undefined;
    return builder.open(kind, source, from, to, level);
  };

  for (let index = 0; index < edited.length; index++) {
    const source = edited[index];
    const text = source.text;
    if (PAGE_ORDINAL.test(text)) {
      // Section ordinals (`01`…`06`) restart per chapter. The chapter the TOC lists next, when the section after `01`
      // opens with its name (`区块链技术背景` under `区块链：信用基础设施…`), starts here though its heading is not in the
      // text; a restart with no chapter heading means the text lost one, so what follows must not nest under the last.
      const lost = text === '01' ? lostTocChapter(tocOrder, tocReached, edited[index + 1]) : undefined;
      if (lost !== undefined) {
        tocReached = lost;
        builder.open('boundary', source, 0, 0, tocOrder[lost].level).tocEntry = toc[lost];
      } else if (text === '01' && !chapterSinceOrdinals && structuralLevel > 0) builder.open('boundary', source, 0, 0, 2);
      chapterSinceOrdinals = false;
      structuralLevel = 2;
      // Headings on either side of an ordinal are two (`智慧城市：…` / `01` / `智慧城市内涵`).
      previousShortHeading = undefined;
      continue;
    }
    if (LETTER_SPACED.test(text) || !/[\p{L}\p{N}]/u.test(text) || text.length <= 2) continue;
    if (parseCaption(text)) {
      // A caption interrupts the page, not the sentence: the paragraph stays open.
      if (paragraph) pendingCaptions.push(source);
      else open('caption', source);
      continue;
    }
    const key = headingKey(text.replace(CHAPTER_NUMBER, ''));
    const tocKey = tocKeys.has(key) ? key : misspeltTocKey(tocKeys, key);
    const tocLevel = tocKey === undefined ? undefined : tocKeys.get(tocKey);
    if (tocKey !== undefined && tocLevel !== undefined) {
      // The same chapter title twice in a row (`卷尾语` / `卷尾语`: a page's running title over the heading) is one heading.
      if (lastTocHeading !== undefined && lastTocHeading.key === tocKey && builder.blocks.at(-1) === lastTocHeading.block) continue;
      reach(tocKey);
      structuralLevel = tocLevel;
      chapterSinceOrdinals = true;
      lastTocHeading = { key: tocKey, block: open('heading', source, 0, text.length, tocLevel) };
      continue;
    }
    const gluedToc = [...tocKeys.entries()].find(([title]) => key.startsWith(title) && key.length > title.length);
    const split = gluedToc ? splitAfterKey(text, gluedToc[0]) : 0;
    if (gluedToc && isShortHeading(text.slice(split))) {
      // Two headings on one line (`产业环境**2020 信息技术的高光时刻**`, a chapter glued to its section).
      open('heading', source, 0, split, gluedToc[1]);
      reach(gluedToc[0]);
      structuralLevel = tocKeys.get(headingKey(text.slice(split))) ?? gluedToc[1] + 1;
      chapterSinceOrdinals = true;
      open('heading', source, split, text.length, structuralLevel);
      continue;
    }
    const numbered = NUMBERED_HEADING.exec(text);
    if (numbered && !SENTENCE_PUNCTUATION.test(numbered[2]) && /^\D/.test(numbered[2])) {
      structuralLevel = 2 + numbered[1].split('.').length;
      open('heading', source, 0, text.length, structuralLevel);
      continue;
    }
    if (CHAPTER_HEADING.test(text) && text.length <= 40) {
      structuralLevel = 1;
      open('heading', source, 0, text.length, 1);
      continue;
    }
    if (source.bullet && text.length <= 40 && !SENTENCE_PUNCTUATION.test(text)) {
      open('label', source);
      continue;
    }
    if (paragraph && continuesSentence(builder, paragraph, lastLine, source)) {
      builder.append(paragraph, source);
      lastLine = text;
      continue;
    }
    const afterLabel = builder.blocks.at(-1)?.kind === 'label';
    if (isShortHeading(text) && !afterLabel) {
      if (previousShortHeading) {
        // Two-line headings (`疫情发生` / `倒逼大数据利用提速`) are one heading.
        builder.append(previousShortHeading, { ...source, text: ` ${text}`, columns: [source.columns[0], ...source.columns] });
        continue;
      }
      const heading = open('heading', source, 0, text.length, structuralLevel + 1);
      previousShortHeading = heading;
      continue;
    }
    if (/[：:]$/.test(text) && text.length <= 12) {
      open('label', source);
      continue;
    }
    paragraph = open('paragraph', source);
    lastLine = text;
    // The line after a bullet label is its subtitle, complete in itself even without a full stop.
    if (afterLabel) paragraph = undefined;
  }
  closeParagraph();
  return builder.finish(toc);
}

/** A Han numeral, which tells one numbered title from the next (`二、…` / `三、…`): never the one character a misprint changes. */
const HAN_NUMERAL = /[一二三四五六七八九十]/;

/**
 * The TOC key a heading line is a misprint of: as long (ten characters or more), one Han character changed, not a
 * numeral (`智慧城市：用人工智能和大数据打造智慧城市` in the body, `智能城市：…` in the TOC). The line is the report's own
 * title; the TOC only places it.
 */
function misspeltTocKey(tocKeys: ReadonlyMap<string, number>, key: string): string | undefined {
  if (key.length < 10 || key.length > 60) return undefined;
  for (const tocKey of tocKeys.keys()) {
    if (tocKey.length !== key.length) continue;
    let differing = -1;
    for (let i = 0; i < key.length; i++) {
      if (key[i] === tocKey[i]) continue;
      if (differing >= 0) {
        differing = -2;
        break;
      }
      differing = i;
    }
    if (differing < 0) continue;
    const [ours, theirs] = [key[differing], tocKey[differing]];
    if (isHan(ours.charCodeAt(0)) && isHan(theirs.charCodeAt(0)) && !HAN_NUMERAL.test(ours) && !HAN_NUMERAL.test(theirs)) return tocKey;
  }
  return undefined;
}

/**
 * The index of the TOC entry right after the one the body has reached, when it is a chapter whose heading the text
 * lost: the line after a section ordinal `01` is no TOC heading but opens with the entry's name, its title before the
 * colon (`区块链技术背景` for `区块链：信用基础设施，通往共享共建的新社会生态`, `智能零售内涵` for `智能零售：…`).
 */
function lostTocChapter(tocOrder: readonly { key: string; level: number }[], reached: number, next: EditedLine | undefined): number | undefined {
  const entry = tocOrder[reached + 1];
  if (!entry || !next) return undefined;
  const name = entry.key.split(':')[0];
  const nextKey = headingKey(next.text.replace(CHAPTER_NUMBER, ''));
  return name.length >= 2 && nextKey.length > name.length && nextKey.startsWith(name) && !tocOrder.some(({ key }) => key === nextKey) ? reached + 1 : undefined;
}

/** The offset in `text` after the characters that make up `key` (white space is not in keys). */
function splitAfterKey(text: string, key: string): number {
  let matched = 0;
  let i = 0;
  while (i < text.length && matched < key.length) {
    if (!/\s/.test(text[i])) matched++;
    i++;
  }
  return i;
}

/**
 * Whether a line continues the open paragraph's sentence: the paragraph stops
 * mid-sentence on a long line (PDF line or page break) or on a number whose
 * unit was pushed to the next page (`6560` / `亿美金`).
 */
function continuesSentence(builder: DocumentBuilder, paragraph: Block, lastLine: string, source: EditedLine): boolean {
  const previous = builder.lastChar(paragraph);
  if (TERMINAL.test(previous)) return false;
  const next = source.text;
  if (/\d$/.test(previous) && UNIT_START.test(next)) return true;
  // A short line is a heading, unless a sentence ends inside it and a page break (blank lines) follows: the page's
  // last line, broken mid-word (`…信用贷。”一位国有大行华南分行人` / `士表示，…`).
  if (lastLine.length <= 40 && !(source.blanksBefore > 0 && /[。！？]/.test(lastLine))) return false;
  const first = next.charCodeAt(0);
  return isHan(first) || /^[，、。）”\da-z]/.test(next);
}
