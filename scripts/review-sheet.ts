/**
 * Prints a review sheet: a seeded random sample of the snapshot's terms or figures, each with what a writer sees
 * (the first hover sentence, or the figure's value, unit, year and subject) and the passage around it, for a reader
 * who did not write the extractor to judge. The sample is drawn by the index, not chosen by it: the same seed gives
 * the same sheet, so a judged figure in data/README.md can be checked again.
 *
 *   npx tsx scripts/review-sheet.ts terms|figures SEED [SIZE]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Definition, Figure, Report, Snapshot, Term } from '../src/core/model';
import { isVague } from '../src/core/numbers';

const [kind, seedArgument, sizeArgument = '50'] = process.argv.slice(2);
if ((kind !== 'terms' && kind !== 'figures') || !/^\d+$/.test(seedArgument ?? '')) {
  console.error('usage: tsx scripts/review-sheet.ts terms|figures SEED [SIZE]');
  process.exit(2);
}
const snapshot = JSON.parse(readFileSync(join(__dirname, '..', 'data', 'snapshot.json'), 'utf8')) as Snapshot;
const reports = new Map(snapshot.reports.map((report) => [report.id, report]));

/** `size` distinct indexes below `count`: the C library's LCG from `seed`, index ⌊state × count / 2³¹⌋, repeats skipped. */
function draw(seed: bigint, count: number, size: number): number[] {
  const picked: number[] = [];
  let state = seed;
  while (picked.length < Math.min(size, count)) {
    state = (state * 1103515245n + 12345n) % 2n ** 31n;
    const index = Number((state * BigInt(count)) / 2n ** 31n);
    if (!picked.includes(index)) picked.push(index);
  }
  return picked;
}

function source(report: Report | undefined, section: string, line: number): string {
  return `${report?.shortTitle ?? '?'} (${report?.id ?? '?'}, published ${report?.date ?? 'undated'}) › ${section || '(before any heading)'}, line ${line}`;
}

function passage(quote: { before: string; quote: string; after: string }): string {
  return `…${quote.before}【${quote.quote}】${quote.after}…`;
}

const KIND_LABEL: Record<Definition['kind'], string> = {
  explicit: 'shown as: DEFINITION',
  heading: 'shown as: EXPLANATION (label or section about it)',
  explanation: 'shown as: EXPLANATION',
  explanatory: 'shown as: USE (the reports use the term without defining it)',
};

function termEntry(term: Term): string[] {
  const first = term.definitions[0];
  const names = [term.term, ...term.aliases].join(' · ');
  if (!first) return [`term: ${names}`, '(no sentence)'];
  return [`term: ${names}`, KIND_LABEL[first.kind], `source: ${source(reports.get(first.reportId), first.section, first.line)}`, `sentence: ${passage(first)}`];
}

function figureEntry(figure: Figure): string[] {
  const range = figure.valueMax === undefined ? '' : ` to ${figure.valueMax}`;
  return [
    // A judge reads how a vague amount (几百米) was taken: as the range of its level, not the level. 近百 and 上百
    // are vague too but name their level only (100, no range): two judges read the range label on them as a wrong value.
    `figure: ${figure.text}${isVague(figure) && figure.valueMax !== undefined ? ' (a vague amount: the range of its level)' : figure.level ? ' (an order of magnitude)' : ''}`,
    `value: ${figure.value}${range}   unit: ${figure.unit}   year: ${figure.year ?? '(none)'}`,
    `subject: ${figure.subject}`,
    `source: ${source(reports.get(figure.reportId), figure.section, figure.line)}`,
    `sentence: ${passage(figure)}`,
  ];
}

const items: readonly (Term | Figure)[] = kind === 'terms' ? snapshot.terms : snapshot.figures;
const picked = draw(BigInt(seedArgument), items.length, Number(sizeArgument));
console.log(`# ${kind}: ${picked.length} of ${items.length}, seed ${seedArgument}\n`);
picked.forEach((index, n) => {
  const item = items[index];
  const lines = kind === 'terms' ? termEntry(item as Term) : figureEntry(item as Figure);
  console.log(`## ${n + 1}. (${kind === 'terms' ? 'term' : 'figure'} #${index})\n${lines.join('\n')}\n`);
});
