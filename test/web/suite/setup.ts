/**
 * Mocha's browser build in the web worker extension host. Imported first by
 * the suite bundle, so `describe` and `it` exist when the suites load. Each
 * result is posted to the loopback address scripts/test-web.mjs listens on
 * (the web host forwards little of its console once it is running).
 */
import mocha from 'mocha/mocha.js';
import * as vscode from 'vscode';

/** Set by the bundler: where scripts/test-web.mjs collects the results. */
declare const REPORT_LENS_RESULTS_URL: string;

const posts: Promise<unknown>[] = [];

function report(record: { title: string; state: 'passed' | 'failed'; ms?: number; error?: string }): void {
  // A text body is a simple request: no CORS preflight.
  posts.push(fetch(REPORT_LENS_RESULTS_URL, { method: 'POST', body: JSON.stringify(record) }).catch(() => undefined));
}

/** A reporter that says nothing: results leave through `report`. */
function QuietReporter(): void {}

/**
 * Integration tests left out in the browser, each with its reason: the JavaScript half of this one asks every
 * hover provider, and VS Code for the web's TypeScript server never answers offline (the web suite checks
 * the same rule through `reportLens.languages`).
 */
const NOT_IN_THE_BROWSER = /stays quiet when disabled, and in languages not enabled/;

mocha.setup({ ui: 'bdd', reporter: QuietReporter, timeout: 30_000, color: false, grep: NOT_IN_THE_BROWSER, invert: true });

/** Called by the web worker host with --extensionTestsPath; rejects if any test failed, which fails the host's exit code. */
export async function run(): Promise<void> {
  // The writer's own (user) setting the desktop harness writes into its profile: a citation may create a
  // missing bibliography file without the modal prompt, which a test cannot answer.
  await vscode.workspace.getConfiguration('reportLens').update('confirmNewBibliographyFile', false, vscode.ConfigurationTarget.Global);
  return new Promise((resolve, reject) => {
    const runner = mocha.run(async (failures) => {
      await Promise.all(posts);
      if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => report({ title: test.fullTitle(), state: 'passed', ms: test.duration }));
    runner.on('fail', (test, error) => report({ title: test.fullTitle(), state: 'failed', error: String((error as Error)?.stack ?? error) }));
  });
}
