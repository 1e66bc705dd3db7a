/** Types of scripts/indexer-bundle.mjs for the TypeScript callers (the unit tests). */
export const OWN_NAVIGATOR: { inject: string[]; define: Record<string, string> };
