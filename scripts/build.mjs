// Bundles the extension with esbuild: one file for the desktop/Node extension
// host and one for the web worker host. Type-checking is `npm run typecheck`.
import { build } from 'esbuild';
import { OWN_NAVIGATOR } from './indexer-bundle.mjs';

const production = process.argv.includes('--production');
const common = {
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  // Chinese as itself, not as \uXXXX escapes: OpenCC's and pinyin-pro's dictionaries doubled in size escaped (the
  // indexer bundle 4.9 MB → 3.7 MB, 58 KB less in the .vsix). VS Code and the web worker read extension code as UTF-8.
  charset: 'utf8',
};

await Promise.all([
  build({ ...common, platform: 'node', outfile: 'dist/extension.js' }),
  // PDF.js, mammoth and the indexing pipeline: loaded by the Node extension host only when
  // reports are added, so activation never parses them; the web bundle has no indexer.
  build({ ...common, ...OWN_NAVIGATOR, entryPoints: ['src/indexer/workspaceLibrary.ts'], platform: 'node', outfile: 'dist/indexer.js' }),
  // The command-line indexer (`report-lens-index`, the package's bin).
  build({ ...common, ...OWN_NAVIGATOR, entryPoints: ['src/indexer/cli.ts'], platform: 'node', outfile: 'dist/cli.js' }),
  // The web bundle never reaches the Node file-system branch; `node:` imports stay unresolved there.
  build({ ...common, platform: 'browser', external: ['vscode', 'node:*'], outfile: 'dist/web/extension.js' }),
]);
console.log(`built dist/extension.js, dist/web/extension.js, dist/indexer.js and dist/cli.js${production ? ' (production)' : ''}`);
