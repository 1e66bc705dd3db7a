// The integration suites, bundled into one file for the test-runner extension.
import './activation.test';
import './hover.test';
import './citations.test';
import './sidebar.test';
import './sourceView.test';
import './hardening.test';
import './terms.test';
import './figures.test';
import './library.test';
