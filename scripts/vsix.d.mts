/** Types of scripts/vsix.mjs for the TypeScript callers (the benchmark). */
export function vsixFiles(path: string): string[];
export function vsixFileSize(path: string, name: string): number | undefined;
export function unexpectedVsixFiles(files: string[]): string[];
export function extractVsixExtension(path: string, target: string): void;
