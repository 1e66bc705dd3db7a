/**
 * The versions of each citation source this workspace has loaded, so that *Update citations* recognises what was
 * written from a catalogue corrected since: a library report's title or publisher fixed in its `catalog.yaml`, or a
 * built-in report's record corrected by an update of the extension. Without them the entries written before the fix
 * read as the writer's own text, and kept the old title for good.
 */
import type * as vscode from 'vscode';
import type { CitationSource } from '../core/citation';
import type { FormerSource } from '../core/citeEdits';

const HISTORY_KEY = 'reportLens.citationSourceHistory';
/** Versions kept per citation key, the latest: a catalogue is corrected a few times, not hundreds. */
const MAX_VERSIONS = 8;

/**
 * A source as stored: without its report's list of articles, which no citation renders (a compilation's 26 articles
 * would be stored again with each of them).
 */
function stored(source: CitationSource): string {
  return JSON.stringify({ ...source, report: { ...source.report, articles: undefined } });
}

/** A stored version, or undefined when the workspace state holds something else (another version's shape, an edit). */
function parsed(text: unknown): CitationSource | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const value = JSON.parse(text) as Partial<CitationSource> | null;
    const report = value?.report;
    return report && typeof report.id === 'string' && typeof report.title === 'string' && typeof report.type === 'string' ? (value as CitationSource) : undefined;
  } catch {
    return undefined;
  }
}

export class SourceHistory {
  constructor(private readonly state: vscode.Memento) {}

  private all(): Record<string, unknown> {
    const value = this.state.get<unknown>(HISTORY_KEY, {});
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  }

  /** Records the current version of every source, by citation key, where it is not the last one recorded. */
  async remember(sources: ReadonlyMap<string, CitationSource>): Promise<void> {
    const all = this.all();
    let changed = false;
    for (const [key, source] of sources) {
      const versions = Array.isArray(all[key]) ? (all[key] as unknown[]) : [];
      const now = stored(source);
      if (versions[versions.length - 1] === now) continue;
      all[key] = [...versions.filter((version) => version !== now), now].slice(-MAX_VERSIONS);
      changed = true;
    }
    if (changed) await this.state.update(HISTORY_KEY, all);
  }

  /**
   * Every citation key this workspace has loaded a source for, whether or not the library still holds it: the drafts
   * may cite any of them.
   */
  keys(): string[] {
    return Object.keys(this.all());
  }

  /** The earlier versions of the current sources, each with the source it is now. */
  former(sources: ReadonlyMap<string, CitationSource>): FormerSource[] {
    const all = this.all();
    const found: FormerSource[] = [];
    for (const [key, now] of sources) {
      const current = stored(now);
      const versions = Array.isArray(all[key]) ? (all[key] as unknown[]) : [];
      for (const version of versions) {
        const was = version === current ? undefined : parsed(version);
        if (was) found.push({ was, now });
      }
    }
    return found;
  }
}
