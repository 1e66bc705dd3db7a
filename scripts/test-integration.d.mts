/** Types of scripts/test-integration.mjs for the TypeScript callers (the benchmark). */

/** VS Code's own activation times of one extension (ms), as Developer: Startup Performance lists them, and the event that activated it. */
export interface ActivationTimes {
  loadCode: number;
  callActivate: number;
  finishActivate: number;
  event: string;
}

/** What the activation suite measured, by extension id (Report Lens and, when installed, the no-op). */
export type IntegrationMetrics = Record<string, ActivationTimes>;

export function runIntegration(options?: { vsix?: string; grep?: string; quiet?: boolean; noop?: boolean; library?: string; documents?: boolean }): Promise<{ passed: number; failed: number; metrics: IntegrationMetrics }>;
export function workspaceCopy(options?: { documents?: boolean }): string;
