/**
 * Prints the figure check's evaluation as the rows of README's table (seeds 20261123, 7, 42, 1, 2, 3 unless given):
 * the generated drafts of test/unit/figureEval.ts checked against a snapshot, so the table can be redone after any
 * change of the snapshot or the checker without writing a script each time.
 *
 *   npx tsx scripts/figure-eval-rows.ts [SNAPSHOT] [SEED…]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FigureChecker } from '../src/core/figureCheck';
import type { Snapshot } from '../src/core/model';
import { Library } from '../src/core/snapshot';
import { evaluate, generateEvaluationSet } from '../test/unit/figureEval';

const args = process.argv.slice(2);
const snapshotPath = args[0] && !/^\d+$/.test(args[0]) ? args.shift()! : join(__dirname, '..', 'data', 'snapshot.json');
const seeds = args.length > 0 ? args.map(Number) : [20261123, 7, 42, 1, 2, 3];
const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Snapshot;
const checker = new FigureChecker(new Library(snapshot));

const percent = (share: number): string => `${(100 * share).toFixed(1)} %`;
for (const seed of seeds) {
  const result = evaluate(checker, generateEvaluationSet(snapshot, seed), seed);
  const byKind = Object.entries(result.recallByKind).map(([kind, share]) => `${kind} ${share}`).join(', ');
  console.log(
    `| ${seed} | ${result.sentences} | ${result.altered} | ${percent(result.precision)} (${result.truePositives + result.alsoRight} right, ` +
      `${result.falsePositives} false) | **${percent(result.recall)}** (${result.truePositives}/${result.altered}) | ${byKind} | ` +
      `${result.warningsOnNeverStated} of ${result.neverStated} | ${result.faithfulAgreed}/${result.faithful} |`,
  );
}
