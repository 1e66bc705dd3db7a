// esbuild options the indexer bundles (dist/indexer.js, dist/cli.js) need, shared by
// build.mjs and the unit test that loads the bundle the way VS Code's extension host does.
import { join } from 'node:path';

/**
 * PDF.js reads and fills in `navigator`, which VS Code's Node extension host
 * forbids reading (PendingMigrationError): the bundle gets its own object.
 */
export const OWN_NAVIGATOR = {
  inject: [join(import.meta.dirname, 'indexer-globals.mjs')],
  define: { navigator: 'indexerHost.navigator', 'globalThis.navigator': 'indexerHost.navigator' },
};
