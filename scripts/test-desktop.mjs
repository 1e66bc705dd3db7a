// `npm run test:desktop`: the same integration suites in desktop VS Code via
// @vscode/test-electron. It DOWNLOADS VS Code at test time, so it needs the
// internet and cannot run on the offline CI machines; `npm test` uses
// code-server instead (see scripts/test-integration.mjs).
import { build } from 'esbuild';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { runTests } from '@vscode/test-electron';
import { ROOT } from './harness.mjs';
import { workspaceCopy } from './test-integration.mjs';

const out = join(ROOT, 'out', 'desktop');
await build({ entryPoints: [join(ROOT, 'src', 'extension.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], outfile: join(ROOT, 'dist', 'extension.js'), logLevel: 'warning' });
await build({ entryPoints: [join(ROOT, 'test', 'integration', 'suite', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], outfile: join(out, 'suite.js'), logLevel: 'warning' });
await build({
  stdin: {
    contents: `const Mocha = require(${JSON.stringify(createRequire(join(ROOT, 'package.json')).resolve('mocha'))});
exports.run = () => new Promise((resolve, reject) => {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000 });
  mocha.addFile(${JSON.stringify(join(out, 'suite.js'))});
  mocha.run((failures) => (failures > 0 ? reject(new Error(failures + ' failed')) : resolve()));
});`,
    resolveDir: ROOT,
  },
  platform: 'node',
  format: 'cjs',
  outfile: join(out, 'index.js'),
  logLevel: 'warning',
});
await runTests({ extensionDevelopmentPath: ROOT, extensionTestsPath: join(out, 'index.js'), launchArgs: [workspaceCopy({ documents: true }), '--disable-extensions'] });
