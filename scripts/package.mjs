// `npm run package`: production bundle, then `vsce package` → report-lens-x.y.z.vsix.
// What ships is decided by the `files` allow-list in package.json; a test checks the archive.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const step = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
step('node', ['scripts/build.mjs', '--production']);
// Dependencies are bundled by esbuild, so node_modules is not packaged.
step('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links']);
