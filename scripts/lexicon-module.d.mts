/** Types of scripts/lexicon-module.mjs for the TypeScript callers (the unit test that keeps the module in step). */
export const LEXICON_TSV: string;
export const LEXICON_MODULE: string;
export function lexiconModule(tsv: string): string;
