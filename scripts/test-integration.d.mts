/** Types of scripts/test-integration.mjs for the TypeScript callers (the benchmark). */
export function runIntegration(options?: { vsix?: string; grep?: string; quiet?: boolean }): Promise<{ passed: number; failed: number; metrics: Record<string, number> }>;
export function workspaceCopy(options?: { documents?: boolean }): string;
