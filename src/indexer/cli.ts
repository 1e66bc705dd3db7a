#!/usr/bin/env node
/**
 * `report-lens-index --reports DIR [--curation FILE] [--out FILE]`
 *
 * Indexes a folder of `.txt`/`.md` reports described by its `catalog.yaml`.
 * The snapshot is written to a temporary file and renamed into place only
 * when everything succeeded, so a failed run never replaces a good snapshot.
 */
import { existsSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSnapshot, serialiseSnapshot } from './build';
import { InputError } from './yamlFile';

const USAGE = `usage: report-lens-index --reports DIR [--curation FILE] [--out FILE]

  --reports DIR     folder with catalog.yaml and the report files (default: data/reports)
  --curation FILE   curation rules (default: DIR/../curation.yaml or DIR/curation.yaml, if present)
  --out FILE        snapshot to write (default: DIR/../snapshot.json)
  --quiet           no progress lines`;

interface Arguments {
  reports: string;
  curation?: string;
  out: string;
  quiet: boolean;
}

function parseArguments(argv: string[]): Arguments {
  const values = new Map<string, string>();
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (flag === '--quiet') {
      quiet = true;
      continue;
    }
    if (!['--reports', '--curation', '--out'].includes(flag) || argv[i + 1] === undefined) {
      throw new UsageError(`unknown or incomplete option "${flag}"`);
    }
    values.set(flag.slice(2), argv[++i]);
  }
  const reports = resolve(values.get('reports') ?? 'data/reports');
  const curation = values.get('curation') ?? [join(dirname(reports), 'curation.yaml'), join(reports, 'curation.yaml')].find((path) => existsSync(path));
  return { reports, curation: curation && resolve(curation), out: resolve(values.get('out') ?? join(dirname(reports), 'snapshot.json')), quiet };
}

class UsageError extends Error {}

function main(): void {
  let args: Arguments;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`report-lens-index: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  const started = Date.now();
  const snapshot = buildSnapshot({
    reportsDir: args.reports,
    curationPath: args.curation,
    onProgress: args.quiet ? undefined : (message) => console.error(`report-lens-index: ${message}`),
  });
  const temporary = `${args.out}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, serialiseSnapshot(snapshot));
    renameSync(temporary, args.out);
  } catch (error) {
    // A full disk, a folder named like the snapshot, a read-only place: the writer's to fix.
    throw new InputError(args.out, undefined, `cannot write the snapshot (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    rmSync(temporary, { force: true });
  }
  if (!args.quiet) console.error(`report-lens-index: wrote ${args.out} in ${Date.now() - started} ms`);
}

try {
  main();
} catch (error) {
  // Input problems are the user's to fix: say where, without a stack trace.
  if (error instanceof InputError) console.error(`report-lens-index: ${error.message}`);
  else console.error(`report-lens-index: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
}
