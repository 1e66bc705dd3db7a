/** Shared fixtures of the unit tests: the real reports, cleaned once, and the committed snapshot. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HoverLabels } from '../../src/core/hoverContent';
import type { Snapshot } from '../../src/core/model';
import { cleanTexts } from '../../src/indexer/build';
import type { ReportText } from '../../src/indexer/reportText';

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

/** Original lines of a report file. */
export function rawLines(reportId: string): string[] {
  const file = committedSnapshot().reports.find((report) => report.id === reportId)!.file;
  return readFileSync(join(REPORTS_DIR, file), 'utf8').split('\n');
}

/** Hover labels as the editor layer supplies them, in English, for the hover tests. */
export const HOVER_LABELS: HoverLabels = {
  line: (line) => `line ${line}`,
  notDefined: 'not defined',
  relatedFigures: 'Related figures',
  insertCitation: 'Insert citation',
  insertQuote: 'Insert quote',
  openSource: 'Open source',
  revealInSidebar: 'Reveal',
  sameFigureElsewhere: (count) => `${count} more`,
};
