#!/usr/bin/env node
/**
 * `report-lens-index --reports DIR [--curation FILE] [--out FILE]`
 * `report-lens-index add|reindex|remove … [--library DIR]`
 *
 * Indexes a folder of reports (PDF, Word, text, Markdown) described by its
 * `catalog.yaml`; or maintains a workspace library (`.reportlens/`) as the
 * editor's commands do, so a team can build its library in a script.
 * Snapshots are written to a temporary file (a library to a temporary folder)
 * and renamed into place only when everything succeeded, so a failed run
 * never replaces a good one.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSnapshotFromFiles, serialiseSnapshot } from './build';
import { readLexicon, type Lexicon } from './lexicon';
import { InputError } from './yamlFile';
import { LIBRARY_FOLDER } from '../core/workspaceLibrary';
import { changedReports, extractReports, libraryAdditions, readLibrary, reportFiles, updateLibrary, type SkippedFile } from './workspaceLibrary';

const USAGE = `usage: report-lens-index --reports DIR [--curation FILE] [--lexicon FILE | --no-lexicon] [--out FILE]
       report-lens-index add FILE|FOLDER... [--library DIR]
       report-lens-index reindex [--library DIR]
       report-lens-index remove ID... [--library DIR]

  --reports DIR     folder with catalog.yaml and the report files (.pdf, .docx, .txt, .md; default: data/reports)
  --curation FILE   curation rules (default: DIR/../curation.yaml or DIR/curation.yaml, if present)
  --lexicon FILE    the dictionary of the field: a glossary whose entries the reports write become terms,
                    one "HEADWORD<TAB>ALIASES (' / ')<TAB>TOPIC" a line (default: the glossary shipped
                    with the indexer, src/indexer/lexicon/digital-economy.tsv)
  --no-lexicon      no glossary: terms only from what the reports define, explain or repeat
  --out FILE        snapshot to write (default: DIR/../snapshot.json)
  --library DIR     workspace library to change (default: ./${LIBRARY_FOLDER})
  --quiet           no progress lines

  add       extracts the files (folders: every supported file inside), guesses each
            one's catalogue entry from its metadata, title page and file name, and
            adds them to the library; check the guesses in DIR/catalog.yaml, then reindex
  reindex   re-extracts the reports whose original changed (SHA-256) and rebuilds the index
  remove    removes reports from the library by id`;

interface Arguments {
  command: 'index' | 'add' | 'reindex' | 'remove';
  /** Files to add or ids to remove. */
  operands: string[];
  reports: string;
  curation?: string;
  /** A glossary file, or `none`; absent = the shipped glossary. */
  lexicon?: string | 'none';
  out: string;
  library: string;
  quiet: boolean;
}

const COMMANDS = ['add', 'reindex', 'remove'] as const;

function parseArguments(argv: string[]): Arguments {
  const values = new Map<string, string>();
  const operands: string[] = [];
  let quiet = false;
  let noLexicon = false;
  const command = (COMMANDS as readonly string[]).includes(argv[0]) ? (argv.shift() as Arguments['command']) : 'index';
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
    if (flag === '--no-lexicon') {
      noLexicon = true;
      continue;
    }
    if (command !== 'index' && !flag.startsWith('--')) {
      operands.push(flag);
      continue;
    }
    if (!['--reports', '--curation', '--lexicon', '--out', '--library'].includes(flag) || argv[i + 1] === undefined) {
      throw new UsageError(`unknown or incomplete option "${flag}"`);
    }
    values.set(flag.slice(2), argv[++i]);
  }
  if (noLexicon && values.has('lexicon')) throw new UsageError('"--lexicon" and "--no-lexicon" exclude each other');
  if ((command === 'add' || command === 'remove') && operands.length === 0) throw new UsageError(`"${command}" needs at least one ${command === 'add' ? 'file or folder' : 'report id'}`);
  const reports = resolve(values.get('reports') ?? 'data/reports');
  const curation = values.get('curation') ?? [join(dirname(reports), 'curation.yaml'), join(reports, 'curation.yaml')].find((path) => existsSync(path));
  return {
    command,
    operands,
    reports,
    curation: curation && resolve(curation),
    lexicon: noLexicon ? 'none' : values.has('lexicon') ? resolve(values.get('lexicon')!) : undefined,
    out: resolve(values.get('out') ?? join(dirname(reports), 'snapshot.json')),
    library: resolve(values.get('library') ?? LIBRARY_FOLDER),
    quiet,
  };
}

class UsageError extends Error {}

function reportSkipped(skipped: SkippedFile[]): void {
  for (const file of skipped) console.error(`report-lens-index: skipped ${file.path}: ${file.reason}`);
}

/** Runs a library command; returns the exit status (1 when files were given and none could be added). */
async function libraryCommand(args: Arguments, progress: ((message: string) => void) | undefined): Promise<number> {
  const onFile = progress && ((index: number, total: number, path: string) => progress(`reading ${path} (${index + 1} of ${total})`));
  if (args.command === 'add') {
    const taken = new Set(readLibrary(args.library).map((entry) => entry.report.id));
    const { extracted, skipped } = await extractReports(reportFiles(args.operands), taken, { onFile });
    reportSkipped(skipped);
    if (extracted.length === 0) return 1;
    updateLibrary(args.library, { add: libraryAdditions(args.library, extracted) }, progress);
    for (const { guess } of extracted) {
      const guessed = Object.entries(guess.sources).map(([field, source]) => `${field} from ${source}`);
      console.log(`added ${guess.report.id}: ${guess.report.title} (${guessed.join(', ')})`);
    }
    return 0;
  }
  if (args.command === 'reindex') {
    // The library's workspace is the folder holding it: an original the catalogue names outside it is not read.
    const { changed, unchanged, skipped } = await changedReports(args.library, dirname(args.library), { onFile });
    reportSkipped(skipped);
    updateLibrary(args.library, { add: changed }, progress);
    console.log(`re-read ${changed.length} changed report(s), ${unchanged.length} unchanged`);
    return 0;
  }
  const known = new Set(readLibrary(args.library).map((entry) => entry.report.id));
  const unknown = args.operands.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UsageError(`no report ${unknown.map((id) => `"${id}"`).join(', ')} in ${args.library}`);
  updateLibrary(args.library, { remove: args.operands }, progress);
  console.log(`removed ${args.operands.join(', ')}`);
  return 0;
}

async function main(): Promise<number> {
  let args: Arguments;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`report-lens-index: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const progress = args.quiet ? undefined : (message: string) => console.error(`report-lens-index: ${message}`);
  if (args.command !== 'index') return libraryCommand(args, progress);
  const started = Date.now();
  const lexicon: Lexicon | undefined = args.lexicon === 'none' ? [] : args.lexicon === undefined ? undefined : readLexicon(args.lexicon);
  const snapshot = await buildSnapshotFromFiles({ reportsDir: args.reports, curationPath: args.curation, lexicon, onProgress: progress });
  // A name no one can place a link at beforehand, created only if nothing is there: `snapshot.json.<pid>.tmp`, which a
  // repository could commit as a link for every likely process id, had the snapshot written through it, over any file.
  const temporary = `${args.out}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, serialiseSnapshot(snapshot), { flag: 'wx' });
    renameSync(temporary, args.out);
  } catch (error) {
    // A full disk, a folder named like the snapshot, a read-only place: the writer's to fix.
    throw new InputError(args.out, undefined, `cannot write the snapshot (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    rmSync(temporary, { force: true });
  }
  progress?.(`wrote ${args.out} in ${Date.now() - started} ms`);
  return 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    // Input problems are the user's to fix: say where, without a stack trace.
    if (error instanceof InputError || error instanceof UsageError) console.error(`report-lens-index: ${error.message}`);
    else console.error(`report-lens-index: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
