/**
 * `npm run bench [-- --json]`: medians (and p95 where latency matters) of the
 * costs a writer could notice, each beside a naive baseline run in the same
 * process on the same input, and their ratio. Ratios travel across machines;
 * absolute times drift.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { Library, parseSnapshot } from '../../src/core/snapshot';
import { SearchIndex, searchEntries, type SearchEntry } from '../../src/core/search';
import type { Snapshot, Term } from '../../src/core/model';

const ROOT = join(__dirname, '..', '..');
const SNAPSHOT_TEXT = readFileSync(join(ROOT, 'data', 'snapshot.json'), 'utf8');
const json = process.argv.includes('--json');

interface Metric {
  median: number;
  p95?: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  target?: string;
}
const results: Record<string, Metric> = {};

/** Runs `fn` after warm-up, `runs` times, and returns the sorted durations (ms). */
function time(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}
const median = (samples: number[]) => samples[Math.floor(samples.length / 2)];
const p95 = (samples: number[]) => samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))];
const round = (value: number) => Number(value.toPrecision(3));

function record(name: string, unit: string, ours: number[], baseline: number[] | undefined, target: string, scale = 1): void {
  const metric: Metric = { median: round(median(ours) * scale), p95: round(p95(ours) * scale), unit, target };
  if (baseline) {
    metric.baseline = round(median(baseline) * scale);
    metric.ratio = round(metric.baseline / metric.median);
  }
  results[name] = metric;
}

/** A naive term lookup: indexOf of every term and alias around the position. */
function naiveMatchAt(terms: Term[], text: string, offset: number): Term | undefined {
  let best: { term: Term; length: number } | undefined;
  for (const term of terms) {
    for (const key of [term.term, ...term.aliases]) {
      for (let at = text.indexOf(key); at >= 0 && at <= offset; at = text.indexOf(key, at + 1)) {
        if (at + key.length > offset && (!best || key.length > best.length)) best = { term, length: key.length };
      }
    }
  }
  return best?.term;
}

/** A Chinese draft of about `bytes` UTF-8 bytes, built from the reports' own sentences. */
function draftOf(snapshot: Snapshot, bytes: number): string {
  const sentences = [...snapshot.terms.flatMap((term) => term.definitions.map((definition) => definition.quote)), ...snapshot.figures.map((figure) => figure.quote)];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = sentences[(i * 7919) % sentences.length];
    parts.push(sentence);
    size += Buffer.byteLength(sentence);
  }
  return parts.join('\n');
}

/**
 * A snapshot `factor` times larger, deterministic: every term and figure
 * repeated with a suffix character of its own copy (a rare ideograph, not a
 * digit: a digit in every name would make every name match every number).
 */
function scaled(snapshot: Snapshot, factor: number): Snapshot {
  const copy = structuredClone(snapshot);
  for (let n = 1; n < factor; n++) {
    const suffix = String.fromCharCode(0x3400 + n);
    copy.terms.push(...snapshot.terms.map((term) => ({ ...term, id: `${term.id}#${n}`, term: `${term.term}${suffix}`, aliases: term.aliases.map((alias) => `${alias}${suffix}`) })));
    copy.figures.push(...snapshot.figures.map((figure) => ({ ...figure, id: `${figure.id}#${n}`, subject: `${figure.subject}${suffix}` })));
  }
  return copy;
}

// Snapshot load: parse + validate + every in-memory index (matcher, lookups, search index).
let library!: Library;
const load = time(() => {
  library = new Library(parseSnapshot(SNAPSHOT_TEXT, { builtIn: true }));
  new SearchIndex(library);
}, 30, 5);
record('snapshot_load_ms', 'ms', load, time(() => JSON.parse(SNAPSHOT_TEXT), 30, 5), '< 15 ms');

// Activation in-process: what activate() does before returning (the search index is built on first use).
record('activation_ms', 'ms', time(() => new Library(parseSnapshot(SNAPSHOT_TEXT, { builtIn: true })), 30, 5), undefined, '< 20 ms');

// Heap held by one loaded library and its search index (run with --expose-gc, as `npm run bench` does).
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
collect();
const heapBefore = process.memoryUsage().heapUsed;
const kept = [new Library(parseSnapshot(SNAPSHOT_TEXT))];
const index = new SearchIndex(kept[0]);
collect();
results.heap_mb = { median: round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20), unit: 'MB', target: '< 50 MB' };

// Hover: the term at a position on a typical Chinese line, and on a 1 MB single line.
const terms = library.snapshot.terms;
const line = '在“智能+”时代，数字孪生与边缘计算、区块链和人工智能一起，正在改变中国制造业的生产方式与组织形态。';
const offsets = [...line].map((_, i) => i);
let cursor = 0;
record('hover_us', 'µs', time(() => library.matcher.matchAt(line, offsets[cursor++ % offsets.length]), 20_000), time(() => naiveMatchAt(terms, line, offsets[cursor++ % offsets.length]), 2_000), '< 200 µs', 1000);
const longLine = '数字经济发展迅速，'.repeat(116_000) + '区块链';
record('hover_long_line_ms', 'ms', time(() => library.matcher.matchAt(longLine, longLine.length - 2), 200), time(() => naiveMatchAt(terms, longLine, longLine.length - 2), 5, 1), '< 5 ms');

// Search per keystroke: Chinese, pinyin, English, typo; 1 to 6 characters.
const queries = ['数', '数字', '数字孪生', 'szls', 'bianyuan', 'edge', 'digital', '区快链', '6560', '人工智慧'];
let q = 0;
const naiveEntries: SearchEntry[] = searchEntries(library).map((entry) => ({ ...entry, pinyin: [] }));
record('search_ms', 'ms', time(() => index.search(queries[q++ % queries.length]), 300), time(() => new Fuse(naiveEntries, { keys: ['names', 'text'], ignoreLocation: true, threshold: 0.34 }).search(queries[q++ % queries.length]), 50), '< 3 ms');
const big = new Library(scaled(library.snapshot, 100));
const bigIndex = new SearchIndex(big);
record('search_100x_ms', 'ms', time(() => bigIndex.search(queries[q++ % queries.length]), 30, 5), undefined, '< 20 ms');

// How costs grow with the library: load and search at 10× and 100× the snapshot.
for (const factor of [10, 100]) {
  const text = JSON.stringify(scaled(library.snapshot, factor));
  record(`snapshot_load_${factor}x_ms`, 'ms', time(() => new SearchIndex(new Library(parseSnapshot(text))), 5, 1), time(() => JSON.parse(text), 5, 1), 'scaling');
  if (factor === 10) {
    const index10 = new SearchIndex(new Library(parseSnapshot(text)));
    record('search_10x_ms', 'ms', time(() => index10.search(queries[q++ % queries.length]), 60, 10), undefined, 'scaling');
  }
}

/** MB/s of finding every known term in `text`: the matcher's one pass, and an indexOf loop per key. */
function scanThroughput(name: string, matcherLibrary: Library, text: string, runs: number, target: string): void {
  const mb = Buffer.byteLength(text) / 2 ** 20;
  const keys = matcherLibrary.snapshot.terms.flatMap((term) => [term.term, ...term.aliases]);
  const ours = time(() => matcherLibrary.matcher.scan(text, () => undefined), runs, 1);
  const naive = time(() => {
    let count = 0;
    for (const key of keys) for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) count++;
    return count;
  }, Math.max(2, Math.floor(runs / 2)), 1);
  const metric: Metric = { median: round(mb / (median(ours) / 1000)), unit: 'MB/s', baseline: round(mb / (median(naive) / 1000)), target };
  metric.ratio = round(metric.median / metric.baseline!);
  results[name] = metric;
}

// Whole-document scan: every known term in a 5 MB Chinese draft, and with 100× the terms (1 MB).
const draft = draftOf(library.snapshot, 5 * 2 ** 20);
scanThroughput('scan_mb_s', library, draft, 5, '≥ 100 MB/s and ≥ 20× naive');
scanThroughput('scan_100x_terms_mb_s', big, draft.slice(0, 2 ** 20), 4, 'scaling');

/** The parts that wait on other processes (the real VS Code), then the report. */
async function finish(): Promise<void> {
  // Activation in the real VS Code (code-server), when the harness is installed (`npm test` installs it).
  if (existsSync(join(ROOT, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server')) && !process.argv.includes('--no-vscode')) {
    const samples: number[] = [];
    const phases: { load: number[]; register: number[] } = { load: [], register: [] };
    const { runIntegration } = await import('../../scripts/test-integration.mjs');
    for (let run = 0; run < 5; run++) {
      const { metrics } = await runIntegration({ grep: 'activation', quiet: true });
      if (typeof metrics.activation_vscode_ms === 'number') {
      samples.push(metrics.activation_vscode_ms);
      phases.load.push(metrics.activation_vscode_load_ms);
      phases.register.push(metrics.activation_vscode_register_ms);
    }
    }
    if (samples.length > 0) {
    record('activation_vscode_ms', 'ms', samples.sort((a, b) => a - b), undefined, '< 20 ms');
    record('activation_vscode_load_ms', 'ms', phases.load.sort((a, b) => a - b), undefined, 'part of activation');
    record('activation_vscode_register_ms', 'ms', phases.register.sort((a, b) => a - b), undefined, 'part of activation');
  }
  }

  const vsix = join(ROOT, `report-lens-${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}.vsix`);
  if (existsSync(vsix)) results.vsix_kb = { median: round(statSync(vsix).size / 1024), unit: 'KB', target: '< 2048 KB' };
  const { vsixFileSize } = await import('../../scripts/vsix.mjs');
  const webBundle = existsSync(vsix) ? vsixFileSize(vsix, 'extension/dist/web/extension.js') : undefined;
  if (webBundle !== undefined) results.web_bundle_kb = { median: round(webBundle / 1024), unit: 'KB', target: 'what the browser loads' };

  // Activation in VS Code for the web's worker extension host, as Developer: Show Running Extensions reports it.
  const { webStackMissing, runWebE2E } = await import('../../scripts/test-web.mjs');
  const webMissing = process.argv.includes('--no-vscode') ? 'skipped (--no-vscode)' : existsSync(vsix) ? webStackMissing() : 'no .vsix yet';
  if (!webMissing) {
    const samples: number[] = [];
    for (let run = 0; run < 3; run++) samples.push((await runWebE2E({ vsix })).activationMs);
    record('activation_web_ms', 'ms', samples.sort((a, b) => a - b), undefined, 'Running Extensions, web worker host');
  }

  if (json) {
    if (webMissing) console.error(`activation_web_ms not measured: ${webMissing}`);
    console.log(JSON.stringify(results));
  } else {
    console.log(`Report Lens benchmark — ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, ${round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
    console.log('| metric | median | p95 | naive baseline | ratio (baseline ÷ ours) | target |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, metric] of Object.entries(results)) {
      console.log(`| ${name} | ${metric.median} ${metric.unit} | ${metric.p95 ?? '—'} | ${metric.baseline ?? '—'} | ${metric.ratio ?? '—'} | ${metric.target ?? ''} |`);
    }
    if (!existsSync(vsix)) console.log('\n(no .vsix yet: run `npm run package` for vsix_kb and web_bundle_kb)');
    if (webMissing) console.log(`\n(activation_web_ms not measured: ${webMissing})`);
  }
}

void finish();
