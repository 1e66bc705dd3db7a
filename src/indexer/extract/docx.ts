/**
 * Word (.docx) text through mammoth: one line per paragraph, a blank line
 * between paragraphs; title and author from the package's core
 * properties. Word files carry no page layout, so no page numbers.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ExtractionError, type DocumentMetadata, type ExtractedDocument } from './document';

/** The text of one element of `docProps/core.xml` (`dc:title`, `dc:creator`). */
function coreProperty(xml: string, element: string): string | undefined {
  const match = new RegExp(`<${element}(?:\\s[^>]*)?>([^<]*)</${element}>`).exec(xml);
  const value = match?.[1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return value ? value : undefined;
}

async function coreProperties(bytes: Uint8Array): Promise<DocumentMetadata> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (!xml) return {};
  const metadata: DocumentMetadata = {};
  const title = coreProperty(xml, 'dc:title');
  const author = coreProperty(xml, 'dc:creator');
  if (title) metadata.title = title;
  if (author) metadata.author = author;
  return metadata;
}

export async function extractDocx(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  let raw: string;
  let metadata: DocumentMetadata;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    raw = (await mammoth.extractRawText({ buffer })).value;
    metadata = await coreProperties(bytes);
  } catch (error) {
    throw new ExtractionError(file, `not a readable Word document (${(error as Error).message.split('\n')[0]})`);
  }
  const paragraphs = raw
    .split(/\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  return { text: `${paragraphs.join('\n\n')}\n`, pages: 0, metadata, repeatedLines: [] };
}
