/**
 * PDF text through PDF.js (the `unpdf` build, which runs in Node without a
 * worker or a canvas): runs → lines → paragraphs, page by page, with the
 * document information dictionary for the catalogue guess.
 */
import { getDocumentProxy } from 'unpdf';
import { replaceRadicals } from '../../core/normalize';
import { ExtractionError, PAGE_BREAK, type DocumentMetadata, type ExtractedDocument } from './document';
import { assembleLines, joinParagraphs, repeatedLines, type LayoutLine, type TextRun } from './layout';

/**
 * CJK radical supplements that CJK fonts' Unicode maps give for whole
 * characters sharing the glyph (長 read back as ⻑, 角 as ⻆). Like the Kangxi
 * radicals, they are artefacts of the font, not the report's characters.
 */
const RADICAL_GLYPHS = new Map([...'⻑長⻆角⻝食⻘青⻓长⻔门⻢马⻋车⻅见⻉贝⻚页⻛风⻜飞⻥鱼⻦鸟⻨麦⻩黄⻬齐⻮齿⻰龙⻄西⺠民⻙韦'.matchAll(/(.)(.)/gu)].map((pair) => [pair[1], pair[2]]));

/** The characters the PDF's glyphs stand for: radicals (Kangxi and supplements) become the ideographs. */
export function glyphCharacters(text: string): string {
  return replaceRadicals(text.replace(/[\u2e80-\u2eff]/g, (char) => RADICAL_GLYPHS.get(char) ?? char));
}

function infoText(info: Record<string, unknown>, key: string): string | undefined {
  const value = info[key];
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;
}

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function runsOf(items: PdfTextItem[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (item.str === undefined || !item.transform) continue;
    const [a, b, , , x, y] = item.transform;
    runs.push({ text: item.str, x, y, width: item.width ?? 0, size: Math.hypot(a, b) || (item.height ?? 0) });
  }
  return runs;
}

/**
 * `signal` aborted stops between pages, with the signal's reason: a Cancel click during a long PDF takes effect
 * at the end of the page being read, not of the file. (PDF.js leaves the event loop turns while it reads: its
 * decompression runs on Node's thread pool, so the host is never held for more than a page.)
 */
export async function extractPdf(file: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ExtractedDocument> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new ExtractionError(file, 'the PDF is protected by a password');
    throw new ExtractionError(file, `not a readable PDF (${(error as Error).message})`);
  }
  try {
    const pages: LayoutLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(assembleLines(runsOf(content.items as PdfTextItem[])));
      page.cleanup();
      signal?.throwIfAborted();
    }
    const repeated = repeatedLines(pages);
    const patterns = repeated.map((pattern) => new RegExp(pattern, 'u'));
    const isRepeated = (line: LayoutLine) => patterns.some((pattern) => pattern.test(line.text));
    const text = glyphCharacters(pages.map((lines) => joinParagraphs(lines, isRepeated).join('\n\n')).join(`\n${PAGE_BREAK}\n`));
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    const metadata: DocumentMetadata = {};
    const title = infoText(info, 'Title');
    const author = infoText(info, 'Author');
    if (title) metadata.title = title;
    if (author) metadata.author = author;
    return { text: `${text}\n`, pages: pdf.numPages, metadata, repeatedLines: repeated.map(glyphCharacters) };
  } finally {
    await pdf.destroy();
  }
}
