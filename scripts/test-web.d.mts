/** Types of scripts/test-web.mjs for the TypeScript callers (the benchmark). */
export function webStackMissing(): string | undefined;
export function runWebTests(options?: { vsix?: string; quiet?: boolean }): Promise<{ passed: number; failed: number }>;
export function runWebE2E(options?: { vsix?: string; screenshot?: string }): Promise<{ activationMs: number }>;
