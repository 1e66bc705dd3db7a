/**
 * A report file of any supported kind (PDF, Word, plain text, Markdown) turned
 * into the plain text the cleaning pipeline reads, with what the file says
 * about itself (metadata: title and author; a file's creation date is not its
 * publication date, so it is not read) for the catalogue guess.
 *
 * The text keeps the document's pages: a line holding only a form feed
 * (`\f`) starts each page after the first, so a quote's line also names its
 * page. Files that yield no text are refused with the reason, never indexed
 * empty.
 */
import { extname } from 'node:path';

/** What the document states about itself; absent = not stated. */
export interface DocumentMetadata {
  title?: string;
  /** The document's author or publishing organisation. */
  author?: string;
}

export interface ExtractedDocument {
  /** Lines of text, pages separated by a line holding only `\f`. */
  text: string;
  /** Number of pages; 0 when the format has none (Word, text). */
  pages: number;
  metadata: DocumentMetadata;
  /**
   * Lines repeated on most pages (running headers and footers, page numbers,
   * watermarks) as line patterns for the cleaning rules: the text keeps them,
   * so line numbers stay those of the extracted text, and cleaning drops them.
   */
  repeatedLines: string[];
}

/** A file that cannot be indexed, with a reason a writer can act on. */
export class ExtractionError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ExtractionError';
  }
}

export const PAGE_BREAK = '\f';

/** The file kinds Report Lens reads, by lower-case extension. */
export const SUPPORTED_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md'] as const;

export function isSupportedFile(name: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** 1-based page of each 1-based line of an extracted text (index 0 unused); undefined when the text has no page breaks. */
export function pageOfLines(text: string): Int32Array | undefined {
  if (!text.includes(PAGE_BREAK)) return undefined;
  const lines = text.split('\n');
  const pages = new Int32Array(lines.length + 1);
  let page = 1;
  lines.forEach((line, index) => {
    if (line === PAGE_BREAK) page++;
    pages[index + 1] = page;
  });
  return pages;
}

/** Decodes a text report as UTF-8 (BOM removed), refusing bytes that are not UTF-8 with the line of the first one. */
export function decodeText(file: string, bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) throw new ExtractionError(file, `the file is not valid UTF-8 (line ${text.slice(0, bad).split('\n').length})`);
  return text.replace(/^\uFEFF/, '');
}

/** Whether the extracted text has enough letters to index (a scanned page yields none). */
export function hasText(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 20;
}

/**
 * Extracts a report file. `file` names it in errors and decides the format
 * (by extension); the PDF and Word readers are loaded only when needed. An
 * aborted `signal` stops a PDF between pages.
 */
export async function extractDocument(file: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ExtractedDocument> {
  const extension = extname(file).toLowerCase();
  let document: ExtractedDocument;
  if (extension === '.pdf') {
    const { extractPdf } = await import('./pdf');
    document = await extractPdf(file, bytes, signal);
  } else if (extension === '.docx') {
    const { extractDocx } = await import('./docx');
    document = await extractDocx(file, bytes);
  } else if (extension === '.txt' || extension === '.md') {
    document = { text: decodeText(file, bytes), pages: 0, metadata: {}, repeatedLines: [] };
  } else {
    throw new ExtractionError(file, `unsupported file type "${extension || '(none)'}": Report Lens reads ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }
  if (!hasText(document.text)) {
    const reason = extension === '.pdf' ? 'no text layer (a scanned PDF? run OCR on it first)' : 'no text';
    throw new ExtractionError(file, reason);
  }
  return document;
}
