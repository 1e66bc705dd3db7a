// Runs the bundled integration suites (suite.js, beside this file so that its
// `require('vscode')` resolves) with mocha from the project, and writes the
// results as JSON. Does nothing unless the harness set the variables.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

exports.activate = async function activate() {
  const results = process.env.REPORT_LENS_RESULTS;
  const mochaPath = process.env.REPORT_LENS_MOCHA;
  if (!results || !mochaPath) return;
  const report = { passed: 0, failed: 0, tests: [] };
  try {
    const Mocha = require(mochaPath);
    const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: 'base', grep: process.env.REPORT_LENS_GREP || undefined });
    mocha.addFile(join(__dirname, 'suite.js'));
    await new Promise((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        report.passed++;
        report.tests.push({ title: test.fullTitle(), state: 'passed', ms: test.duration });
      });
      runner.on('fail', (test, error) => {
        report.failed++;
        report.tests.push({ title: test.fullTitle(), state: 'failed', error: String(error && (error.stack || error.message || error)) });
      });
    });
  } catch (error) {
    report.failed++;
    report.tests.push({ title: 'integration runner', state: 'failed', error: String(error && error.stack) });
  }
  writeFileSync(results, JSON.stringify(report, null, 2));
};
