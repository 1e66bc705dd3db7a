/**
 * The indexing pipeline: catalogue + reports + curation → snapshot.
 * Pure apart from reading files, and deterministic: the same inputs give the
 * same bytes (stable ids, sorted keys where order is not meaningful).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION, type Caption, type Report, type Snapshot } from '../core/model';
import { readCatalog } from './catalog';
import { cleanReport, parseCaption } from './clean';
import { readCuration, type Curation } from './curation';
import { curatedFigures } from './figureCuration';
import type { Lexicon } from './lexicon';
import { InputError } from './yamlFile';
import { ReportText } from './reportText';
import { TermExtractor } from './terms';
import { extractFigures } from './figures';
import { linkSameFigures } from './figureLinks';
import { relateFigures } from './figureRelevance';
import { characterTable, overConvertedCharacters, scriptVariants } from './chinese';
import { decodeText, extractDocument, ExtractionError, pageOfLines } from './extract/document';

export interface BuildOptions {
  reportsDir: string;
  /** Curation file; absent = no curation. */
  curationPath?: string;
  /** The dictionary of the field (see lexicon.ts); absent = the shipped glossary, `[]` = none. */
  lexicon?: Lexicon;
  /** Called with a line of progress for long runs. */
  onProgress?: (message: string) => void;
}

/** Reads a file's bytes, failing with the file's name when it cannot. */
function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(path, undefined, `cannot read the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Turns an extraction problem into an input problem naming the file. */
function asInputError(path: string, error: unknown): unknown {
  return error instanceof ExtractionError ? new InputError(path, undefined, error.reason) : error;
}

/** Reads a text report as UTF-8, failing with the file's name when it cannot. */
function readTextReport(path: string): string {
  try {
    return decodeText(path, readBytes(path));
  } catch (error) {
    throw asInputError(path, error);
  }
}

/** A report's text as extracted, with the lines its extraction found repeated on every page (headers, footers). */
export interface ReportSource {
  report: Report;
  text: string;
  repeatedLines?: string[];
}

function captionsOf(report: ReportText): Caption[] {
  const captions: Caption[] = [];
  report.doc.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'caption') return;
    const parsed = parseCaption(report.doc.text.slice(block.start, block.end));
    if (!parsed) return;
    const { path, id } = report.sectionPath(blockIndex);
    const caption: Caption = {
      id: `${report.report.id}:c${captions.length + 1}`,
      label: parsed.label,
      title: parsed.title,
      reportId: report.report.id,
      section: path,
      line: report.doc.lineAt[block.start],
    };
    if (id) caption.sectionId = id;
    const page = report.pageAt(block.start);
    if (page !== undefined) caption.page = page;
    captions.push(caption);
  });
  return captions;
}

/** Cleans each report: the curation's rules, plus dropping the lines its extraction found repeated on every page. */
function cleanReports(sources: ReportSource[], curation: Curation, progress: (message: string) => void): ReportText[] {
  return sources.map(({ report, text, repeatedLines = [] }) => {
    progress(`cleaning ${report.file}`);
    const articles = (report.articles ?? []).map((article) => article.title);
    const rules = curation.cleaning(report.id);
    const cleaning = { ...rules, dropLines: [...rules.dropLines, ...repeatedLines.map((pattern) => new RegExp(pattern, 'u'))] };
    return new ReportText(report, cleanReport(text, cleaning, articles), pageOfLines(text));
  });
}

/** The catalogue's text reports, read synchronously (`.txt`, `.md`). */
function textSources(reportsDir: string, reports: Report[]): ReportSource[] {
  return reports.map((report) => ({ report, text: readTextReport(join(reportsDir, report.file)) }));
}

/**
 * The catalogue's reports in any supported format (PDF and Word through their
 * extractors); a file that cannot be read stops the run with its name and reason.
 */
export async function extractSources(reportsDir: string, reports: Report[], progress: (message: string) => void = () => undefined): Promise<ReportSource[]> {
  const sources: ReportSource[] = [];
  for (const report of reports) {
    const path = join(reportsDir, report.file);
    progress(`extracting ${report.file}`);
    try {
      const document = await extractDocument(path, readBytes(path));
      sources.push({ report, text: document.text, repeatedLines: document.repeatedLines });
    } catch (error) {
      throw asInputError(path, error);
    }
  }
  return sources;
}

/** Indexes a folder of text reports (`.txt`, `.md`) described by its catalogue. */
export function buildSnapshot(options: BuildOptions): Snapshot {
  const reports = readCatalog(join(options.reportsDir, 'catalog.yaml'));
  return indexReports(textSources(options.reportsDir, reports), readCuration(options.curationPath), options.onProgress, options.lexicon);
}

/** Indexes a folder of reports in any supported format (PDF, Word, text) described by its catalogue. */
export async function buildSnapshotFromFiles(options: BuildOptions): Promise<Snapshot> {
  const reports = readCatalog(join(options.reportsDir, 'catalog.yaml'));
  const curation = readCuration(options.curationPath);
  return indexReports(await extractSources(options.reportsDir, reports, options.onProgress), curation, options.onProgress, options.lexicon);
}

/** Indexes reports already read: cleaning, terms, figures, captions; `lexicon` absent = the shipped glossary. */
export function indexReports(sources: ReportSource[], curation: Curation, onProgress?: (message: string) => void, lexicon?: Lexicon): Snapshot {
  const progress = onProgress ?? (() => undefined);
  const reports = sources.map((source) => source.report);
  const texts = cleanReports(sources, curation, progress);
  progress('extracting terms');
  const extractor = new TermExtractor(texts, curation, lexicon);
  extractor.collect();
  const terms = extractor.build();
  progress('extracting figures and captions');
  const figures = curatedFigures(texts.flatMap(extractFigures), curation);
  linkSameFigures(figures);
  relateFigures(terms, figures);
  const captions = texts.flatMap(captionsOf);
  progress(`${terms.length} terms, ${figures.length} figures, ${captions.length} captions from ${reports.length} reports`);
  return {
    schemaVersion: SCHEMA_VERSION,
    reports,
    sections: texts.flatMap((text) => text.sections),
    terms,
    figures,
    captions,
    // The figures' sentences in the other script: the figure check compares a draft's words with them in either script;
    // and the 004 text's over-conversions as written (1116傢), which the variants lose, so that they fold too (傢 → 家).
    fold: { t2s: characterTable([...terms.flatMap((term) => [term.term, ...term.aliases]), ...figures.flatMap((figure) => [overConvertedCharacters(figure.quote), ...scriptVariants(figure.quote)])]) },
  };
}

/** Cleaned text of every report, by id (for the tests, which check quotes against it). */
export function cleanTexts(options: BuildOptions): Map<string, ReportText> {
  const reports = readCatalog(join(options.reportsDir, 'catalog.yaml'));
  const texts = cleanReports(textSources(options.reportsDir, reports), readCuration(options.curationPath), () => undefined);
  return new Map(texts.map((text) => [text.report.id, text]));
}

/** The snapshot as committed: one-space-indented JSON with a final newline. */
export function serialiseSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 1)}\n`;
}
