/**
 * A cleaned report as the extractors see it: sections, paragraphs, sentences,
 * and a way to turn any span into a `Quote` that names its original line.
 */
import type { Definition, DefinitionKind, Quote, Report, Section } from '../core/model';
import type { Block, CleanDocument } from './clean';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** The block (paragraph or label) it belongs to. */
  block: Block;
  /** Index of the block in `CleanDocument.blocks`. */
  blockIndex: number;
  /** Whether it starts inside a quotation opened by an earlier sentence of its paragraph: someone's words. */
  quoted: boolean;
}

/** Opening and closing quotation marks (curly and corner), counted to tell whether a sentence is inside a quotation. */
const OPENING_QUOTES = /[“「『]/g;
const CLOSING_QUOTES = /[”」』]/g;

/** How much paragraph text the source view gets on each side of a quote. */
const CONTEXT_CHARS = 160;

/** Sentence ends: Chinese and ASCII terminators, with any closing quotes or brackets after them. */
const SENTENCE_END = /[。！？!?；;]+[”’」』）)"]*/g;

export class ReportText {
  readonly sections: Section[] = [];
  readonly sentences: Sentence[] = [];
  /** Section in force at each block (by block index). */
  private readonly sectionOfBlock: (Section | undefined)[] = [];
  private readonly sectionsById = new Map<string, Section>();

  constructor(
    readonly report: Report,
    readonly doc: CleanDocument,
    /** Page of each original line, for texts extracted with their pages (PDF). */
    private readonly pageOfLine?: Int32Array,
  ) {
    this.buildSections();
    this.buildSentences();
  }

  private buildSections(): void {
    const stack: Section[] = [];
    let current: Section | undefined;
    this.doc.blocks.forEach((block, index) => {
      if (block.kind === 'boundary' && !block.tocEntry) {
        while (stack.length > 0 && stack[stack.length - 1].level >= (block.level ?? 1)) stack.pop();
        current = stack[stack.length - 1];
      } else if (block.kind === 'heading' || block.kind === 'boundary') {
        const level = block.level ?? 1;
        while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
        // A chapter whose heading the text lost is titled by its entry in the table of contents, where that title is
        // written: its line is the TOC's, so that title and line are a span of the report like any heading's.
        const section: Section = {
          id: `${this.report.id}#s${this.sections.length + 1}`,
          reportId: this.report.id,
          title: block.tocEntry?.title ?? this.doc.text.slice(block.start, block.end),
          level,
          line: block.tocEntry?.line ?? this.doc.lineAt[block.start],
        };
        const parent = stack[stack.length - 1];
        if (parent) section.parentId = parent.id;
        this.sections.push(section);
        this.sectionsById.set(section.id, section);
        stack.push(section);
        current = section;
      }
      this.sectionOfBlock[index] = current;
    });
  }

  private buildSentences(): void {
    this.doc.blocks.forEach((block, blockIndex) => {
      if (block.kind !== 'paragraph' && block.kind !== 'label') return;
      const text = this.doc.text.slice(block.start, block.end);
      let from = 0;
      // Quotations opened and not yet closed before the sentence being cut.
      let open = 0;
      const push = (to: number): void => {
        const raw = text.slice(from, to);
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (body.length > 0) {
          const start = block.start + from + lead;
          this.sentences.push({ start, end: start + body.length, text: body, block, blockIndex, quoted: open > 0 });
        }
        open = Math.max(0, open + (raw.match(OPENING_QUOTES)?.length ?? 0) - (raw.match(CLOSING_QUOTES)?.length ?? 0));
        from = to;
      };
      for (const match of text.matchAll(SENTENCE_END)) push(match.index + match[0].length);
      push(text.length);
    });
  }

  /** The title of the innermost section a block is in, if any. */
  sectionTitle(blockIndex: number): string | undefined {
    return this.sectionOfBlock[blockIndex]?.title;
  }

  /** The section path of a block, outermost first. */
  sectionPath(blockIndex: number): { path: string; id?: string } {
    const titles: string[] = [];
    const section = this.sectionOfBlock[blockIndex];
    for (let node = section; node; node = node.parentId ? this.sectionsById.get(node.parentId) : undefined) {
      titles.unshift(node.title);
    }
    return { path: titles.join(' › '), id: section?.id };
  }

  /** A verbatim quote of `[start, end)` within the given block, with its location and context. */
  quote(start: number, end: number, blockIndex: number): Quote {
    const block = this.doc.blocks[blockIndex];
    const { path, id } = this.sectionPath(blockIndex);
    const quote: Quote = {
      quote: this.doc.text.slice(start, end),
      offset: start,
      reportId: this.report.id,
      section: path,
      line: this.doc.lineAt[start],
      before: this.doc.text.slice(Math.max(block.start, start - CONTEXT_CHARS), start),
      after: this.doc.text.slice(end, Math.min(block.end, end + CONTEXT_CHARS)),
    };
    if (id) quote.sectionId = id;
    const page = this.pageAt(start);
    if (page !== undefined) quote.page = page;
    return quote;
  }

  /** The page of the original text a clean-text offset comes from, when the text has pages. */
  pageAt(offset: number): number | undefined {
    return this.pageOfLine?.[this.doc.lineAt[offset]];
  }

  definition(sentence: Sentence, kind: DefinitionKind): Definition {
    return { ...this.quote(sentence.start, sentence.end, sentence.blockIndex), kind };
  }
}
