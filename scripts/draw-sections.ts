/**
 * Prints sections of the reports drawn at random, whole, for a recall reading: a reader lists every term or statistic a
 * writer would want in them before looking anything up, so what is counted is not what the extractor's patterns chose.
 * The sections are the leaves of the snapshot's section tree whose text (the report's lines from the heading to the next
 * heading) holds Han characters; the draw is the LCG of `scripts/review-sheet.ts` (index ⌊state × n / 2³¹⌋, repeats
 * skipped), so a seed gives the same sections again.
 *
 *   npx tsx scripts/draw-sections.ts SEED [COUNT] [REPORT-ID]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Section, Snapshot } from '../src/core/model';

const [seedArgument, countArgument = '6', onlyReport] = process.argv.slice(2);
if (!/^\d+$/.test(seedArgument ?? '')) {
  console.error('usage: tsx scripts/draw-sections.ts SEED [COUNT] [REPORT-ID]');
  process.exit(2);
}
const root = join(__dirname, '..');
const snapshot = JSON.parse(readFileSync(join(root, 'data', 'snapshot.json'), 'utf8')) as Snapshot;

const parents = new Set(snapshot.sections.map((section) => section.parentId).filter((id): id is string => id !== undefined));
const linesOf = new Map(snapshot.reports.map((report) => [report.id, readFileSync(join(root, 'data', 'reports', report.file), 'utf8').split('\n')]));

/** The report's lines from the section's heading up to the next heading of the same report. */
function textOf(section: Section): string {
  const next = snapshot.sections.filter((other) => other.reportId === section.reportId && other.line > section.line).reduce((first, other) => Math.min(first, other.line), Infinity);
  const lines = linesOf.get(section.reportId) ?? [];
  return lines.slice(section.line - 1, Number.isFinite(next) ? next - 1 : lines.length).join('\n');
}

const leaves = snapshot.sections.filter((section) => !parents.has(section.id) && (onlyReport === undefined || section.reportId === onlyReport));
const withText = leaves.map((section) => ({ section, text: textOf(section) })).filter(({ text }) => /\p{Script=Han}/u.test(text.split('\n').slice(1).join('')));

const picked: number[] = [];
let state = BigInt(seedArgument);
while (picked.length < Math.min(Number(countArgument), withText.length)) {
  state = (state * 1103515245n + 12345n) % 2n ** 31n;
  const index = Number((state * BigInt(withText.length)) / 2n ** 31n);
  if (!picked.includes(index)) picked.push(index);
}
console.log(`# ${picked.length} of ${withText.length} leaf sections with text${onlyReport ? ` of ${onlyReport}` : ''}, seed ${seedArgument}\n`);
for (const index of picked) {
  const { section, text } = withText[index];
  console.log(`## ${section.reportId} › ${section.title} (lines from ${section.line})\n\n${text.trim()}\n`);
}
