/**
 * Settings, read fresh on each use (so changes apply without reload) and
 * checked: an unknown value falls back to the default with one warning.
 */
import * as vscode from 'vscode';
import { CITATION_STYLES, type CitationStyle } from '../core/citation';
import { CITATION_FORMATS, type CitationFormat } from '../core/citeEdits';
import { settingWithOrigin } from './workspacePaths';
import { notify } from './notify';

const SECTION = 'reportLens';
const warned = new Set<string>();

function section(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION);
}

/** Warns once per bad value, naming the setting and what was used instead. */
function invalid<T>(key: string, value: unknown, fallback: T): T {
  const id = `${key}=${JSON.stringify(value)}`;
  if (!warned.has(id)) {
    warned.add(id);
    void notify.warning(
      vscode.l10n.t('Report Lens: the setting "{0}" has an unknown value {1}; using {2}.', `${SECTION}.${key}`, JSON.stringify(value), JSON.stringify(fallback)),
    );
  }
  return fallback;
}

function oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const value = section().get<unknown>(key, fallback);
  return allowed.includes(value as T) ? (value as T) : invalid(key, value, fallback);
}

export const DEFAULT_FORMATS: Record<string, CitationFormat> = {
  markdown: 'markdown-footnote',
  latex: 'latex',
  plaintext: 'plain-numeric',
  restructuredtext: 'plain-numeric',
};

export const settings = {
  citationStyle: (): CitationStyle => oneOf('citationStyle', CITATION_STYLES, 'gbt7714-2025'),
  /** The format for a document's language; Markdown with a `bibliography:` in its front matter is Pandoc. */
  citationFormat(languageId: string): CitationFormat {
    const configured = section().get<Record<string, unknown>>('citationFormats', {}) ?? {};
    const value = configured[languageId] ?? DEFAULT_FORMATS[languageId] ?? 'plain-numeric';
    return CITATION_FORMATS.includes(value as CitationFormat) ? (value as CitationFormat) : invalid(`citationFormats.${languageId}`, value, DEFAULT_FORMATS[languageId] ?? 'plain-numeric');
  },
  quoteMarks: (): [string, string] => (oneOf('quoteMarks', ['「」', '“”'] as const, '「」') === '“”' ? ['“', '”'] : ['「', '」']),
  hoverEnabled: (): boolean => section().get<boolean>('hover.enabled', true) !== false,
  hoverMaxFigures(): number {
    const value = section().get<unknown>('hover.maxFigures', 3);
    return typeof value === 'number' && value >= 0 && value <= 20 ? Math.floor(value) : invalid('hover.maxFigures', value, 3);
  },
  languages(): string[] {
    const value = section().get<unknown>('languages', Object.keys(DEFAULT_FORMATS));
    return Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : invalid('languages', value, Object.keys(DEFAULT_FORMATS));
  },
  /** The user snapshots to load, and whether the writer's own user settings named them (only then may they lie outside the workspace). */
  extraSnapshots(): { paths: string[]; fromUserSettings: boolean } {
    const setting = settingWithOrigin(SECTION, 'extraSnapshots');
    const value = setting?.value ?? [];
    const paths = Array.isArray(value) && value.every((path) => typeof path === 'string') ? value : invalid('extraSnapshots', value, []);
    return { paths, fromUserSettings: setting?.fromUserSettings ?? true };
  },
  /** The cap on a user snapshot's size, and on the text a YAML one may expand to. */
  maxSnapshotBytes(): number {
    const value = section().get<unknown>('maxSnapshotMegabytes', 20);
    return Math.round((typeof value === 'number' && value > 0 && value <= 1024 ? value : invalid('maxSnapshotMegabytes', value, 20)) * 2 ** 20);
  },
  /** The folder of original reports for the source view, and whether the writer's user settings named it. */
  reportsFolder(): { path: string; fromUserSettings: boolean } {
    const setting = settingWithOrigin(SECTION, 'reportsFolder');
    const value = setting?.value ?? '';
    return { path: typeof value === 'string' ? value : invalid('reportsFolder', value, ''), fromUserSettings: setting?.fromUserSettings ?? true };
  },
  /** Whether the five built-in reports are part of the library (a team may keep only its own). */
  builtInReports: (): boolean => section().get<boolean>('builtInReports', true) !== false,
  pickerDefaultAction: () => oneOf('picker.defaultAction', ['insertCitation', 'insertQuote', 'openSource', 'copy'] as const, 'insertCitation'),
  figureCheckEnabled: (): boolean => section().get<boolean>('figureCheck.enabled', true) !== false,
  /** How a figure that contradicts a report shows in the Problems view. */
  figureCheckSeverity(): vscode.DiagnosticSeverity {
    const severity = oneOf('figureCheck.severity', ['error', 'warning', 'information', 'hint'] as const, 'warning');
    return { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, information: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint }[severity];
  },
  figureCheckLanguages(): string[] {
    const value = section().get<unknown>('figureCheck.languages', Object.keys(DEFAULT_FORMATS));
    return Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : invalid('figureCheck.languages', value, Object.keys(DEFAULT_FORMATS));
  },
  /** Documents larger than this (characters) are not scanned for "Terms in this document". */
  maxScanCharacters(): number {
    const value = section().get<unknown>('maxScanCharacters', 5_000_000);
    return typeof value === 'number' && value > 0 ? value : invalid('maxScanCharacters', value, 5_000_000);
  },
};

/** Whether Report Lens works in this document. */
export function isEnabledFor(document: vscode.TextDocument): boolean {
  return settings.languages().includes(document.languageId);
}
