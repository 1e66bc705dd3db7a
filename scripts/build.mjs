// Bundles the extension with esbuild: one file for the desktop/Node extension
// host and one for the web worker host. Type-checking is `npm run typecheck`.
import { build } from 'esbuild';

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
};

await Promise.all([
  build({ ...common, platform: 'node', outfile: 'dist/extension.js' }),
  build({ ...common, platform: 'browser', outfile: 'dist/web/extension.js' }),
]);
console.log(`built dist/extension.js and dist/web/extension.js${production ? ' (production)' : ''}`);
