/** Shared fixtures of the unit tests: the real reports, cleaned once, and the committed snapshot. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot, Term } from '../../src/core/model';
import type { HoverCommands, HoverLabels } from '../../src/core/hoverContent';
import { cleanTexts } from '../../src/indexer/build';
import { cleanReport } from '../../src/indexer/clean';
import { readCuration } from '../../src/indexer/curation';
import { ReportText } from '../../src/indexer/reportText';
import { TermExtractor } from '../../src/indexer/terms';

export const ROOT = join(__dirname, '..', '..');
export const REPORTS_DIR = join(ROOT, 'data', 'reports');
export const CURATION = join(ROOT, 'data', 'curation.yaml');
export const SNAPSHOT_PATH = join(ROOT, 'data', 'snapshot.json');

let snapshot: Snapshot | undefined;
let texts: Map<string, ReportText> | undefined;

/** The committed snapshot, parsed once. */
export function committedSnapshot(): Snapshot {
  snapshot ??= JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as Snapshot;
  return snapshot;
}

/** The cleaned reports, built once from `data/`. */
export function cleanedReports(): Map<string, ReportText> {
  texts ??= cleanTexts({ reportsDir: REPORTS_DIR, curationPath: CURATION });
  return texts;
}

/**
 * The terms of a made-up report text (paragraphs as in a report file), with the shipped glossary and the curation's
 * rules, no curated terms: what the indexer makes of someone else's report.
 */
export function termsOfText(text: string): Term[] {
  const report = { id: 'r', file: 'r.txt', title: 'r', shortTitle: 'r', type: 'report' as const, language: 'zh-Hans' };
  const curation = { ...readCuration(CURATION), terms: [], characterisations: [] };
  const extractor = new TermExtractor([new ReportText(report, cleanReport(`# 标题\n\n${text}\n`, { dropLines: [], cutSpans: [], dropBlocks: [] }))], curation);
  extractor.collect();
  return extractor.build();
}

const linesByReport = new Map<string, string[]>();

/** Original lines of a report file, read once per report (the tests look up thousands of lines). */
export function rawLines(reportId: string): string[] {
  let lines = linesByReport.get(reportId);
  if (!lines) {
    const file = committedSnapshot().reports.find((report) => report.id === reportId)!.file;
    lines = readFileSync(join(REPORTS_DIR, file), 'utf8').split('\n');
    linesByReport.set(reportId, lines);
  }
  return lines;
}

/** Hover labels in English, as the editor layer would localise them. */
export const HOVER_LABELS: HoverLabels = {
  line: (line) => `line ${line}`,
  notDefined: 'not defined',
  onlyUsed: 'only used',
  usedIn: (counts) => `used in: ${counts}`,
  relatedTerms: 'Related terms',
  relatedFigures: 'Related figures',
  insertCitation: 'Insert citation',
  insertQuote: 'Insert quote',
  openSource: 'Open source',
  revealInSidebar: 'Reveal',
  sameFigureElsewhere: (count) => `${count} more`,
};

/** The extension's own commands, as the hover links them. */
export const HOVER_COMMANDS: HoverCommands = { insertCitation: 'reportLens.insertCitation', insertQuote: 'reportLens.insertQuote', openSource: 'reportLens.openSource', reveal: 'reportLens.revealInSidebar' };

let seed: number | undefined;

/** The seed of the property tests: REPORT_LENS_SEED, or the clock; printed once, so a failure can be replayed. */
export function propertySeed(): number {
  if (seed === undefined) {
    seed = Number(process.env.REPORT_LENS_SEED ?? Date.now() % 2 ** 31);
    console.log(`      property tests: seed ${seed} (replay with REPORT_LENS_SEED=${seed})`);
  }
  return seed;
}
