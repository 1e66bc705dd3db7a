/**
 * Scores a recall reading (`data/recall/SEED-terms.txt` or `SEED-statistics.txt`, listed by a reader who saw
 * neither snapshot nor code; data/judging.md) against a snapshot, by string search only, so the score does not
 * depend on the extractor's own idea of what a term or a statistic is:
 * - a term line `SECTION | name / other names | kind` counts when the snapshot has one of its names as a term or
 *   an alias (spaces ignored, Latin letters in any case);
 * - a statistic line `- number as written | the text right before it | what it measures` counts when a figure is
 *   written as that number (or as part of it: `4.6万个` of `约4.6万个`, `50%` of `50% 及以上`) and its sentence holds the end of that text right
 *   before it (a doubtful item, bracketed, is not counted); a line listing several numbers (`98%、97%和90%`) counts when each of them does.
 *
 *   npx tsx scripts/recall-score.ts LIST [SNAPSHOT] [-v]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot } from '../src/core/model';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const [listPath, snapshotPath = join(__dirname, '..', 'data', 'snapshot.json')] = args.filter((arg) => arg !== '-v');
if (!listPath) {
  console.error('usage: tsx scripts/recall-score.ts LIST [SNAPSHOT] [-v]');
  process.exit(2);
}
const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Snapshot;
const lines = readFileSync(listPath, 'utf8').split('\n');

/** How names and numbers are compared: without spaces, Latin letters lower-cased. */
const compact = (text: string): string => text.replace(/\s+/g, '').toLowerCase();

/** Characters of the reader's context that must stand right before the number in the figure's sentence. */
const CONTEXT_TAIL = 6;

interface Tally {
  found: number;
  total: number;
  missed: string[];
}
const tallies = new Map<string, Tally>();
function count(group: string, found: boolean, line: string): void {
  const tally = tallies.get(group) ?? { found: 0, total: 0, missed: [] };
  tally.total += 1;
  if (found) tally.found += 1;
  else tally.missed.push(line);
  tallies.set(group, tally);
}

if (/statistics/.test(listPath)) {
  const figures = snapshot.figures.map((figure) => ({
    text: compact(figure.text),
    sentence: compact(figure.before + figure.quote),
  }));
  for (const line of lines) {
    const fields = line.replace(/^- /, '').split(' | ');
    // A reader's doubtful item says why in brackets instead of what it measures: not counted.
    if (!line.startsWith('- ') || fields.length < 2 || fields[2]?.startsWith('(')) continue;
    // A reader's note in brackets (`(line start: …)`) is no text of the report.
    const context = fields[1].startsWith('(') ? '' : compact(fields[1]).slice(-CONTEXT_TAIL);
    const numbers = compact(fields[0]).split(/[、和]/);
    const found = numbers.every((number, index) =>
      figures.some((figure) => {
        // The reader may write a qualifier the figure leaves out (`约4.6万个`, `50% 及以上`).
        const at = number.indexOf(figure.text);
        // Only the first number of a listing follows the reader's context.
        return at >= 0 && figure.sentence.includes((index === 0 ? context : '') + number.slice(0, at + figure.text.length));
      }),
    );
    count('statistics', found, line);
  }
} else {
  const names = new Set(snapshot.terms.flatMap((term) => [term.term, ...term.aliases].map(compact)));
  for (const line of lines) {
    const fields = line.split(' | ');
    if (fields.length < 2 || line.startsWith('#')) continue;
    const found = fields[1].split(' / ').some((name) => names.has(compact(name)));
    count(fields[2]?.trim() ?? 'unlabelled', found, line);
    count('all', found, line);
  }
}

for (const [group, { found, total, missed }] of tallies) {
  console.log(`${group}: ${found} / ${total} (${((100 * found) / total).toFixed(1)} %)`);
  if (verbose) for (const line of missed) console.log(`  missed: ${line}`);
}
