// The suites for the web worker extension host, bundled into one file by
// scripts/test-web.mjs: mocha first, then the integration suites that make
// sense in a browser (they run unchanged), then the browser-only checks.
import './setup';
import './web.test';
import '../../integration/suite/hover.test';
import '../../integration/suite/citations.test';
import '../../integration/suite/sidebar.test';
import '../../integration/suite/sourceView.test';

export { run } from './setup';
