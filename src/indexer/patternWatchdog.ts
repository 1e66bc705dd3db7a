/**
 * A watchdog over a workspace library's cleaning patterns, across threads. The patterns of `.reportlens/curation.yaml`
 * come with the repository and run on every line of every report each time the library changes; one that backtracks
 * (`^(a|a)*$` against a line of `a`s) runs for hours on a single line, and a JavaScript regular expression cannot be
 * interrupted. The change runs in a worker thread (`updateLibraryOffThread`): the worker tells the watch where each
 * pattern runs, through shared memory (a count, a line, a pattern's number) and a message the first time a pattern
 * runs on a report; the thread that asked reads the count and, when one pattern has held one line too long, stops the
 * worker and names the pattern and the line. No pattern of the field runs anywhere near a second on one line.
 */
import type { PatternWatch } from './curation';

/** The shared cells: how many times a pattern was started, the line it runs on, its number (0: none running). */
const STARTS = 0;
const LINE = 1;
const PATTERN = 2;

/** What the worker tells the watchdog the first time a pattern runs on a report's text. */
export interface PatternSeen {
  kind: 'pattern';
  number: number;
  source: string;
  file: string;
}

export function isPatternSeen(message: unknown): message is PatternSeen {
  return typeof message === 'object' && message !== null && (message as PatternSeen).kind === 'pattern';
}

/** The cells a watch writes and a watchdog reads. */
export function watchCells(): SharedArrayBuffer {
  return new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
}

/**
 * The worker's side: a watch for each report's text (named by its file in the library), writing to `cells` and
 * posting each pattern's source the first time it runs there.
 */
export function sharedPatternWatch(cells: SharedArrayBuffer, post: (seen: PatternSeen) => void): (file: string) => PatternWatch {
  const shared = new Int32Array(cells);
  let numbers = 0;
  return (file) => {
    const numbered = new Map<RegExp, number>();
    return {
      running(line, pattern) {
        let number = numbered.get(pattern);
        if (number === undefined) {
          number = ++numbers;
          numbered.set(pattern, number);
          post({ kind: 'pattern', number, source: pattern.source, file });
        }
        Atomics.store(shared, LINE, line);
        Atomics.store(shared, PATTERN, number);
        Atomics.add(shared, STARTS, 1);
      },
      done() {
        Atomics.store(shared, PATTERN, 0);
      },
    };
  };
}

/**
 * A cleaning pattern held one line too long and the change was stopped. Its fields let the editor say so in the
 * writer's language; the message says it in English for the command line and the logs.
 */
export class PatternStalledError extends Error {
  constructor(
    /** The pattern's source, as written in curation.yaml (undefined if the worker had not named it yet). */
    readonly pattern: string | undefined,
    /** The curation file and the report text it held, as paths from the workspace folder (`.reportlens/text/x.txt`). */
    readonly curationFile: string,
    readonly textFile: string | undefined,
    readonly line: number,
    readonly seconds: number,
  ) {
    const which = pattern === undefined ? 'a cleaning pattern' : `the cleaning pattern ${JSON.stringify(pattern)}`;
    const where = textFile === undefined ? `line ${line} of a report's text` : `line ${line} of ${textFile}`;
    super(`${which} of ${curationFile} ran on ${where} for over ${seconds} s and was stopped: it backtracks (as ^(a|a)*$ does on a line of a's). Rewrite or remove it`);
    this.name = 'PatternStalledError';
  }
}

/**
 * The asking thread's side: every second, whether a pattern has held its line for `limitMs` — no pattern started
 * since, and one running. `onStuck` gets the error naming it, once.
 */
export class PatternWatchdog {
  private readonly shared: Int32Array;
  private readonly seen = new Map<number, PatternSeen>();
  private readonly timer: ReturnType<typeof setInterval>;
  private starts = -1;
  private since = Date.now();

  /** `library`: the library folder's name, before the files the worker names (`.reportlens` › `text/x.txt`). */
  constructor(cells: SharedArrayBuffer, private readonly library: string, limitMs: number, onStuck: (error: PatternStalledError) => void) {
    this.shared = new Int32Array(cells);
    this.timer = setInterval(() => {
      const starts = Atomics.load(this.shared, STARTS);
      const pattern = Atomics.load(this.shared, PATTERN);
      if (starts !== this.starts || pattern === 0) {
        this.starts = starts;
        this.since = Date.now();
        return;
      }
      if (Date.now() - this.since < limitMs) return;
      this.stop();
      const seen = this.seen.get(pattern);
      const textFile = seen && `${this.library}/${seen.file}`;
      onStuck(new PatternStalledError(seen?.source, `${this.library}/curation.yaml`, textFile, Atomics.load(this.shared, LINE), Math.round(limitMs / 1000)));
    }, Math.min(1000, limitMs / 2));
    // The watchdog alone keeps no process alive.
    this.timer.unref?.();
  }

  /** Takes what the worker posted; false for a message that is not the watch's. */
  take(message: unknown): boolean {
    if (!isPatternSeen(message)) return false;
    this.seen.set(message.number, message);
    return true;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
