/** Types of scripts/harness.mjs for the TypeScript callers (the benchmark). */
export function packageExtension(): string;
