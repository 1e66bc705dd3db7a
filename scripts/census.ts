/**
 * Scores the snapshot against the census in `data/census/`: lists of the terms the reports define or explain, made by
 * readers who saw neither the extractor nor the snapshot (one line a term: `TERM / other names | KIND | LINE | sentence`).
 * Each listed term is looked up by every name the reader gave it, ignoring spaces, quotation marks and a bracketed
 * note, and counted by the snapshot's status for it (defined, explained, used) or as absent. A term listed in two
 * files counts once in the total.
 *
 *   npx tsx scripts/census.ts [snapshot.json]      (default: data/snapshot.json; `--list` prints every term)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot, Term } from '../src/core/model';

const root = join(__dirname, '..');
const listing = process.argv.includes('--list');
const snapshotPath = process.argv.slice(2).find((argument) => !argument.startsWith('--')) ?? join(root, 'data', 'snapshot.json');
const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Snapshot;

/** A name as looked up: no spaces, no quotation marks, Latin letters in lower case. */
const lookupForm = (name: string) => name.replace(/\s+/g, '').replace(/[“”"‘’]/g, '').toLowerCase();

const termsByName = new Map<string, Term>();
for (const term of snapshot.terms) for (const name of [term.term, ...term.aliases]) termsByName.set(lookupForm(name), term);

type Outcome = Term['status'] | 'absent';
const OUTCOMES: readonly NonNullable<Outcome>[] = ['defined', 'explained', 'used', 'absent'];

function outcomeOf(term: Term | undefined): NonNullable<Outcome> {
  return term ? (term.status ?? 'used') : 'absent';
}

const censusDirectory = join(root, 'data', 'census');
const counted = new Set<string>();
const totals = new Map<string, number>();
const rows: string[] = [];
for (const file of readdirSync(censusDirectory).filter((name) => /^[a-z]-.*\.txt$/.test(name) && !name.includes('not-counted')).sort()) {
  const perFile = new Map<string, number>();
  for (const line of readFileSync(join(censusDirectory, file), 'utf8').split('\n')) {
    const fields = line.split(' | ');
    if (line.startsWith('#') || fields.length < 4) continue;
    const names = fields[0].split(' / ').map((name) => name.replace(/（[^）]*）|\([^)]*\)/g, '').trim());
    const term = names.map((name) => termsByName.get(lookupForm(name))).find((found) => found !== undefined);
    const outcome = outcomeOf(term);
    perFile.set(outcome, (perFile.get(outcome) ?? 0) + 1);
    const identity = term?.id ?? lookupForm(names[0]);
    if (!counted.has(identity)) {
      counted.add(identity);
      totals.set(outcome, (totals.get(outcome) ?? 0) + 1);
    }
    rows.push(`${outcome.padEnd(9)} ${fields[1].padEnd(11)} ${fields[0]} @${fields[2]}${term ? `  → ${term.term}` : ''}  (${file})`);
  }
  console.log(`${file}: ${OUTCOMES.map((outcome) => `${outcome} ${perFile.get(outcome) ?? 0}`).join(', ')}`);
}
console.log(`distinct terms (${counted.size}): ${OUTCOMES.map((outcome) => `${outcome} ${totals.get(outcome) ?? 0}`).join(', ')}`);
if (listing) console.log(`\n${rows.join('\n')}`);
