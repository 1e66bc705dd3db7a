/** The manifest kept honest: commands have handlers, every %key% is translated, every runtime string too, and the bundle makes no network calls. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './helpers';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8')] : []));
const code = sources(join(ROOT, 'src')).join('\n');

describe('manifest and bundle', () => {
  it('has a handler for every contributed command, and contributes every registered one', () => {
    const commandIds = readFileSync(join(ROOT, 'src', 'vscode', 'commands.ts'), 'utf8');
    for (const { command } of manifest.contributes.commands) {
      assert.ok(commandIds.includes(`'${command}'`), `${command} has no id in commands.ts`);
      const constant = new RegExp(`(\\w+): '${command.replace('.', '\\.')}'`).exec(commandIds)![1];
      assert.ok(code.includes(`registerCommand(COMMANDS.${constant}`), `${command} is never registered`);
    }
  });

  it('declares as its minimum VS Code the API version the typecheck compiles against', () => {
    // `npm run typecheck` compiles src against the installed @types/vscode: pinned to the engines floor, it proves the floor.
    const floor = /^\^(\d+\.\d+\.\d+)$/.exec(manifest.engines.vscode)?.[1];
    assert.ok(floor, `engines.vscode is a caret range: ${manifest.engines.vscode}`);
    assert.equal(manifest.devDependencies['@types/vscode'], floor, 'the @types/vscode devDependency is pinned to the engines floor');
    assert.equal(JSON.parse(readFileSync(join(ROOT, 'node_modules', '@types', 'vscode', 'package.json'), 'utf8')).version, floor, 'the installed @types/vscode is the floor (run npm ci)');
    assert.ok(readFileSync(join(ROOT, 'README.md'), 'utf8').includes(`VS Code ${floor.replace(/\.0$/, '')}`), 'the README names the minimum');
  });

  it('translates every %key% of package.json in English and Chinese', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/%([\w.]+)%/g)].map((match) => match[1]);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const strings = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
      for (const key of keys) assert.ok(typeof strings[key] === 'string' && strings[key].length > 0, `${file} lacks ${key}`);
    }
  });

  it('has a Chinese translation of every runtime string', () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
    const strings = [...code.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)+)'/g)].map((match) => match[1].replace(/\\'/g, "'"));
    assert.ok(strings.length > 20);
    for (const string of strings) assert.ok(string in bundle, `no translation for "${string}"`);
  });

  it('shows every notification and progress message through notify, which makes its links inert', () => {
    const notify = readFileSync(join(ROOT, 'src', 'vscode', 'notify.ts'), 'utf8');
    const shown = /window\.show(?:Information|Warning|Error)Message\(/g;
    assert.equal(code.match(shown)?.length, notify.match(shown)?.length, 'a message shown around notify');
    // A progress notification's message is a notification message too, and names files: `[Cancel](command:…).md`.
    const reported = /\bprogress\.report\(/g;
    assert.equal(code.match(reported)?.length, notify.match(reported)?.length, 'a progress message reported around notify');
  });

  it('welcomes an empty document view by whether a draft is shown: an open draft with no term or figure is no cue to open one', () => {
    for (const view of ['reportLens.documentTerms', 'reportLens.documentFigures']) {
      const welcomes = manifest.contributes.viewsWelcome.filter((welcome: { view: string }) => welcome.view === view);
      assert.deepEqual(welcomes.map((welcome: { when?: string }) => welcome.when).sort(), ['!reportLens.draftShown', 'reportLens.draftShown'], view);
    }
    assert.ok(code.includes("'setContext', 'reportLens.draftShown'"), 'the extension sets the context key the welcomes read');
  });

  it('uses only context values in when clauses that the trees give', () => {
    const given = new Set([...code.matchAll(/contextValue = '(\w+)'/g)].map((match) => match[1]));
    for (const item of manifest.contributes.menus['view/item/context']) {
      for (const value of /\^\(([\w|]+)\)\$/.exec(item.when)![1].split('|')) assert.ok(given.has(value), value);
    }
  });

  it('bundles no network access (no http, https, net, tls, fetch or WebSocket)', async () => {
    const result = await build({ entryPoints: [join(ROOT, 'src', 'extension.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], write: false, metafile: true, logLevel: 'silent' });
    const output = result.outputFiles[0].text;
    for (const module of ['http', 'https', 'net', 'tls', 'dgram', 'http2']) {
      assert.ok(!new RegExp(`require\\(["'](?:node:)?${module}["']\\)`).test(output), `the bundle requires ${module}`);
    }
    assert.ok(!/\bfetch\(|XMLHttpRequest|WebSocket\(/.test(output), 'the bundle calls fetch, XMLHttpRequest or WebSocket');
  });
});
