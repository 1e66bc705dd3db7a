// Writes src/indexer/lexicon/digitalEconomy.ts from src/indexer/lexicon/digital-economy.tsv: the glossary of the field
// as a module, so that it reaches every way the indexer runs — tsx from the sources, dist/cli.js and dist/indexer.js
// (the editor's *Add reports*) — with no file to find at run time. Run `npm run lexicon` after editing the .tsv; a
// unit test fails while the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LEXICON_DIR = join(import.meta.dirname, '..', 'src', 'indexer', 'lexicon');
export const LEXICON_TSV = join(LEXICON_DIR, 'digital-economy.tsv');
export const LEXICON_MODULE = join(LEXICON_DIR, 'digitalEconomy.ts');

/** The module's text for the glossary's text: one string per line, as written. */
export function lexiconModule(tsv) {
  const lines = tsv.split('\n').filter((line) => line.length > 0);
  return [
    '// Generated from digital-economy.tsv by scripts/lexicon-module.mjs (`npm run lexicon`): edit the .tsv, not this file.',
    '/** The glossary of the field as shipped, one `HEADWORD<TAB>ALIASES<TAB>TOPIC` line each (see ../lexicon.ts). */',
    'export const DIGITAL_ECONOMY_LINES: readonly string[] = [',
    ...lines.map((line) => `  ${JSON.stringify(line)},`),
    '];',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(LEXICON_MODULE, lexiconModule(readFileSync(LEXICON_TSV, 'utf8')));
  console.log(`wrote ${LEXICON_MODULE}`);
}
