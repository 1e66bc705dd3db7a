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
import { InputError } from './yamlFile';
import { ReportText } from './reportText';
import { TermExtractor } from './terms';
import { extractFigures } from './figures';
import { linkSameFigures } from './figureLinks';
import { relateFigures } from './figureRelevance';
import { characterTable, scriptVariants } from './chinese';

export interface BuildOptions {
  reportsDir: string;
  /** Curation file; absent = no curation. */
  curationPath?: string;
  /** Called with a line of progress for long runs. */
  onProgress?: (message: string) => void;
}

/** Reads a report file as UTF-8, failing with the file's name when it cannot. */
function readReport(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(path, undefined, `cannot read the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    throw new InputError(path, text.slice(0, bad).split('\n').length, 'the file is not valid UTF-8');
  }
  return text.replace(/^\uFEFF/, '');
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
    captions.push(caption);
  });
  return captions;
}

/** Reads and cleans each report of the catalogue. */
function cleanReports(reportsDir: string, reports: Report[], curation: Curation, progress: (message: string) => void): ReportText[] {
  return reports.map((report) => {
    progress(`cleaning ${report.file}`);
    const raw = readReport(join(reportsDir, report.file));
    const articles = (report.articles ?? []).map((article) => article.title);
    return new ReportText(report, cleanReport(raw, curation.cleaning(report.id), articles));
  });
}

export function buildSnapshot(options: BuildOptions): Snapshot {
  const progress = options.onProgress ?? (() => undefined);
  const reports = readCatalog(join(options.reportsDir, 'catalog.yaml'));
  const curation: Curation = readCuration(options.curationPath);
  const texts = cleanReports(options.reportsDir, reports, curation, progress);
  progress('extracting terms');
  const extractor = new TermExtractor(texts, curation);
  extractor.collect();
  const terms = extractor.build();
  progress('extracting figures and captions');
  const figures = texts.flatMap(extractFigures);
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
    // The figures' sentences in traditional script too: the figure check compares a draft's words with them in either script.
    fold: { t2s: characterTable([...terms.flatMap((term) => [term.term, ...term.aliases]), ...figures.flatMap((figure) => scriptVariants(figure.quote))]) },
  };
}

/** Cleaned text of every report, by id (for the tests, which check quotes against it). */
export function cleanTexts(options: BuildOptions): Map<string, ReportText> {
  const reports = readCatalog(join(options.reportsDir, 'catalog.yaml'));
  const texts = cleanReports(options.reportsDir, reports, readCuration(options.curationPath), () => undefined);
  return new Map(texts.map((text) => [text.report.id, text]));
}

/** The snapshot as committed: one-space-indented JSON with a final newline. */
export function serialiseSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 1)}\n`;
}
