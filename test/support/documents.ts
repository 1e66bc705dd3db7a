/**
 * Real report documents for the tests, made from the reports' own text by real
 * engines: PDFs printed by headless Chromium (multi-page, embedded CJK fonts,
 * running header and page-number footer, as report PDFs have), Word files
 * written by the `docx` library with their core properties. Also a scanned-like
 * PDF (a page that is only an image) and a corrupt one.
 *
 * `node --import tsx test/support/documents.ts OUTDIR` writes the set into OUTDIR
 * (the integration test's workspace uses it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'];

/** Non-empty lines `from`…`to` (1-based, inclusive) of a built-in report, as they are in the file. */
export function reportLines(file: string, from: number, to: number): string[] {
  return readFileSync(join(ROOT, 'data', 'reports', file), 'utf8')
    .split('\n')
    .slice(from - 1, to)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface PdfSpec {
  /** The document's title (the PDF's Title metadata, from the HTML title). */
  title: string;
  /** Title-page lines: title, publisher, date … */
  titlePage: string[];
  /** Paragraphs of the body, one per line of the report. */
  paragraphs: string[];
  /** Running header printed on every page. */
  header: string;
}

function pdfHtml(spec: PdfSpec): string {
  const titlePage = spec.titlePage.map((line, i) => `<div class="${i === 0 ? 'title' : 'cover'}">${escapeHtml(line)}</div>`).join('');
  const body = spec.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(spec.title)}</title><style>
    body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 11pt; line-height: 1.6; }
    .title { font-size: 24pt; margin-top: 200px; text-align: center; }
    .cover { font-size: 14pt; text-align: center; margin-top: 24px; }
    section { break-before: page; }
    p { margin: 0 0 0.8em 0; }
  </style></head><body><div>${titlePage}</div><section>${body}</section></body></html>`;
}

type Browser = Awaited<ReturnType<(typeof import('playwright-core'))['chromium']['launch']>>;

/** One headless Chromium for a batch of documents. */
export async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

async function printHtml(browser: Browser, html: string, header?: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    const small = 'font-size:8px;width:100%;text-align:center;font-family:"Noto Sans CJK SC"';
    return await page.pdf({
      format: 'A4',
      displayHeaderFooter: header !== undefined,
      headerTemplate: header ? `<div style='${small}'>${escapeHtml(header)}</div>` : '<span></span>',
      footerTemplate: `<div style='${small}'><span class="pageNumber"></span></div>`,
      margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
    });
  } finally {
    await page.close();
  }
}

/** A report as a PDF printed by Chromium: title page, then the body with header and page numbers. */
export function printPdf(browser: Browser, spec: PdfSpec): Promise<Uint8Array> {
  return printHtml(browser, pdfHtml(spec), spec.header);
}

/** A PDF whose only page is a picture of text (as a scan without OCR is): the page is an image, there is no text layer. */
export async function printScannedPdf(browser: Browser): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    // Text drawn into a canvas is pixels: the printed page holds an image and no text.
    const image = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 800;
      canvas.height = 400;
      const context = canvas.getContext('2d')!;
      context.fillStyle = 'white';
      context.fillRect(0, 0, 800, 400);
      context.fillStyle = 'black';
      context.font = '32px sans-serif';
      context.fillText('扫描件 Scanned page 2020', 40, 200);
      return canvas.toDataURL('image/png');
    });
    await page.setContent(`<html><body><img src="${image}" style="width:100%"></body></html>`);
    return await page.pdf({ format: 'A4' });
  } finally {
    await page.close();
  }
}

/** A file that starts like a PDF and then is not one. */
export function corruptPdf(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis file was cut off in transfer');
}

export interface DocxSpec {
  title: string;
  creator: string;
  paragraphs: string[];
  /** Paragraphs to set as headings. */
  headings?: Set<string>;
}

/** A Word document with core properties (title, author) and one paragraph per line. */
export async function writeDocx(spec: DocxSpec): Promise<Uint8Array> {
  const document = new Document({
    title: spec.title,
    creator: spec.creator,
    sections: [
      {
        children: spec.paragraphs.map((text) => new Paragraph({ text, heading: spec.headings?.has(text) ? HeadingLevel.HEADING_2 : undefined })),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The documents of the library tests: which report lines they hold and how they present themselves. */
export const AI_REPORT = {
  file: 'shanghai-ai-2020-feature.txt',
  spec: (): PdfSpec => ({
    title: '人工智能专题报告',
    titlePage: ['人工智能专题报告', '—— 上海人工智能产业发展', '上海市经济信息中心', '2020年12月'],
    paragraphs: reportLines(AI_REPORT.file, 1, 400),
    header: '上海人工智能专题 · 内部参考',
  }),
};

export const INDUSTRIAL_REPORT = {
  file: 'industrial-internet-2020-feature.txt',
  spec: (): DocxSpec => ({ title: '工业互联网专题', creator: '中国信息产业研究院', paragraphs: reportLines(INDUSTRIAL_REPORT.file, 1, 300) }),
};

/** Writes the test documents into a folder: a PDF, a Word file, a scanned-like PDF and a corrupt PDF. */
export async function writeTestDocuments(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  await withBrowser(async (browser) => {
    writeFileSync(join(folder, 'shanghai-ai-2020.pdf'), await printPdf(browser, AI_REPORT.spec()));
    writeFileSync(join(folder, 'scanned.pdf'), await printScannedPdf(browser));
  });
  writeFileSync(join(folder, 'industrial-internet.docx'), await writeDocx(INDUSTRIAL_REPORT.spec()));
  writeFileSync(join(folder, 'corrupt.pdf'), corruptPdf());
}

if (require.main === module) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node --import tsx test/support/documents.ts OUTDIR');
    process.exit(2);
  }
  writeTestDocuments(folder).then(
    () => console.log(`wrote the test documents into ${folder}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
