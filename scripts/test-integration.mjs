// Integration tests inside a real VS Code: installs the packaged .vsix into
// code-server beside a test-runner extension, opens the workbench in headless
// Chromium (which starts the extension host), and collects mocha's results.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { ROOT, RESTRICTED_MODE_SETTINGS, installExtension, launchBrowser, makeProfile, packageExtension, removeProfile, startCodeServer } from './harness.mjs';

/**
 * A throwaway copy of the fixture workspace, so tests may write to it; with
 * `documents`, plus the reports the library suite adds, in `incoming/`.
 */
export function workspaceCopy({ documents = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'report-lens-workspace-'));
  cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), dir, { recursive: true });
  if (documents) writeTestDocuments(join(dir, 'incoming'));
  return dir;
}

/** Packages the extension folder `source` (copied to `scratch/name`, then `prepare`d there) as a .vsix. */
async function packageFolder(source, scratch, name, prepare) {
  const folder = join(scratch, name);
  cpSync(source, folder, { recursive: true });
  await prepare(folder);
  const vsix = join(scratch, `${name}.vsix`);
  const vsce = createRequire(join(ROOT, 'package.json')).resolve('@vscode/vsce/vsce');
  const result = spawnSync('node', [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], { cwd: folder, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`packaging ${name} failed:\n${result.stdout}${result.stderr}`);
  return vsix;
}

/**
 * The test-runner extension as a .vsix, with the suites bundled inside it so
 * that their `require('vscode')` resolves. (Extension folders copied by hand
 * are dropped by the server once it manages the folder with installs.)
 */
function packageRunner(scratch) {
  return packageFolder(join(ROOT, 'test', 'integration', 'runner'), scratch, 'runner', (folder) =>
    build({ entryPoints: [join(ROOT, 'test', 'integration', 'suite', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], outfile: join(folder, 'suite.js'), logLevel: 'warning' }),
  );
}

/** The no-op extension (test/integration/noop) as a .vsix, activating on exactly Report Lens's events. */
function packageNoop(scratch) {
  return packageFolder(join(ROOT, 'test', 'integration', 'noop'), scratch, 'noop', (folder) => {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    manifest.activationEvents = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).activationEvents;
    writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  });
}

/** Writes the documents the library suite adds (a PDF, a Word file, a scanned-like and a corrupt PDF) into `folder`. */
function writeTestDocuments(folder) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'support', 'documents.ts'), folder], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`writing the test documents failed:\n${result.stdout}${result.stderr}`);
}

/**
 * A throwaway copy of the hostile repository (test/fixtures/hostile): the folder to open is
 * its `workspace/`, beside an `outside.json` that the repository's settings point at.
 */
function hostileCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'report-lens-hostile-'));
  cpSync(join(ROOT, 'test', 'fixtures', 'hostile'), dir, { recursive: true });
  return { dir, workspace: join(dir, 'workspace') };
}

/**
 * A multi-root workspace of two throwaway folders: `first/` a copy of the fixture workspace, `second/` empty; the
 * folder to open is the `.code-workspace` file listing both. (Adding a folder to a single-folder window at run time
 * turns it into a workspace, which restarts the extension host and the suites with it.)
 */
function multiRootCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'report-lens-multi-root-'));
  cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), join(dir, 'first'), { recursive: true });
  mkdirSync(join(dir, 'second'));
  const workspace = join(dir, 'reports.code-workspace');
  writeFileSync(workspace, JSON.stringify({ folders: [{ path: 'first' }, { path: 'second' }] }, null, 2));
  return { dir, workspace };
}

/** The title of the suite that runs only in the Restricted Mode launch. */
const RESTRICTED_SUITE = 'Restricted Mode';
/** The title of the suite that runs only in the multi-root launch. */
const MULTI_ROOT_SUITE = 'multi-root workspace';

/**
 * One launch of code-server with the extension and the suites; returns mocha's report and the metrics.
 * With `noop`, the no-op extension is installed beside Report Lens (the baseline of activation_vscode_ms);
 * with `library`, that snapshot file becomes the workspace library (`.reportlens/snapshot.json`), and the
 * size cap is raised to hold it. `documents: false` spares printing the documents the library suite adds.
 */
async function runOnce({ vsix, grep, quiet, restricted, multiRoot = false, noop = false, library, documents = true }) {
  const librarySettings = library ? { 'reportLens.maxSnapshotMegabytes': Math.min(1024, Math.ceil(statSync(library).size / 2 ** 20) + 1) } : {};
  // The writer's own (user) setting that lets a citation create a missing bibliography file without the modal prompt.
  const profile = makeProfile({ 'reportLens.confirmNewBibliographyFile': false, ...librarySettings, ...(restricted ? RESTRICTED_MODE_SETTINGS : {}) });
  const { dir, workspace } = restricted ? hostileCopy() : multiRoot ? multiRootCopy() : { dir: workspaceCopy({ documents }), workspace: undefined };
  const folder = workspace ?? dir;
  if (library) {
    mkdirSync(join(folder, '.reportlens'), { recursive: true });
    cpSync(library, join(folder, '.reportlens', 'snapshot.json'));
  }
  const results = join(profile.dir, 'results.json');
  const metrics = join(profile.dir, 'metrics.json');
  try {
    installExtension(profile, { vsix });
    installExtension(profile, { vsix: await packageRunner(profile.dir) });
    if (noop) installExtension(profile, { vsix: await packageNoop(profile.dir) });
    const mocha = createRequire(join(ROOT, 'package.json')).resolve('mocha');
    const env = { REPORT_LENS_RESULTS: results, REPORT_LENS_MOCHA: mocha, REPORT_LENS_METRICS: metrics, REPORT_LENS_GREP: grep, REPORT_LENS_RESTRICTED: restricted ? '1' : '', REPORT_LENS_MULTI_ROOT: multiRoot ? '1' : '' };
    const server = await startCodeServer(profile, folder, env, { workspaceTrust: restricted });
    const { browser, page } = await launchBrowser(server.origin);
    try {
      // A busy machine can take well over the default 30 s to serve the workbench.
      await page.goto(server.url, { timeout: 180_000 });
      const deadline = Date.now() + 480_000;
      while (!existsSync(results) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 500));
      if (!existsSync(results)) throw new Error(`no integration results after 480 s\n${server.log().slice(-4000)}`);
    } finally {
      await browser.close();
      server.stop();
    }
    const report = JSON.parse(readFileSync(results, 'utf8'));
    for (const test of quiet ? [] : report.tests) {
      console.log(`  ${test.state === 'passed' ? '✔' : '✘'} ${test.title}${test.state === 'passed' ? '' : `\n      ${test.error.split('\n').slice(0, 6).join('\n      ')}`}`);
    }
    return { report, metrics: existsSync(metrics) ? JSON.parse(readFileSync(metrics, 'utf8')) : {} };
  } finally {
    removeProfile(profile);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the suites (those whose title matches `grep`, if given) and returns the counts,
 * plus the metrics the suites wrote (activation times in the real extension host;
 * `noop`, `library` and `documents` as for one launch).
 * The Restricted Mode suite runs in a second launch, on the hostile repository opened
 * untrusted, and the multi-root suite in a third, on a workspace of two folders; each of
 * those launches must run tests, or it counts as a failure.
 */
export async function runIntegration({ vsix = packageExtension(), grep = '', quiet = false, noop = false, library = undefined, documents = true } = {}) {
  const trusted = await runOnce({ vsix, grep, quiet, restricted: false, noop, library, documents });
  let { passed, failed } = trusted.report;
  if (!grep || RESTRICTED_SUITE.includes(grep)) {
    const restricted = await runOnce({ vsix, grep: RESTRICTED_SUITE, quiet, restricted: true });
    passed += restricted.report.passed;
    failed += restricted.report.failed + (restricted.report.passed === 0 ? 1 : 0);
    if (restricted.report.passed === 0) console.log('  ✘ the Restricted Mode launch ran no test');
  }
  if (!grep || MULTI_ROOT_SUITE.includes(grep) || grep.includes(MULTI_ROOT_SUITE)) {
    const multiRoot = await runOnce({ vsix, grep: MULTI_ROOT_SUITE, quiet, multiRoot: true, documents: false });
    passed += multiRoot.report.passed;
    failed += multiRoot.report.failed + (multiRoot.report.passed === 0 ? 1 : 0);
    if (multiRoot.report.passed === 0) console.log('  ✘ the multi-root launch ran no test');
  }
  return { passed, failed, metrics: trusted.metrics };
}

if (process.argv[1] === import.meta.filename) {
  // `--grep TEXT` runs only the suites whose titles contain it.
  const grep = process.argv.includes('--grep') ? process.argv[process.argv.indexOf('--grep') + 1] : '';
  const { passed, failed } = await runIntegration({ grep });
  console.log(`integration: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
