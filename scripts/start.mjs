// `npm start`: builds and packages Report Lens, then serves a real VS Code
// (code-server) on 127.0.0.1 with the extension installed and a sample
// bilingual draft open. Ctrl-C stops it cleanly.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, installExtension, makeProfile, packageExtension, removeProfile, startCodeServer } from './harness.mjs';

const vsix = packageExtension();
const profile = makeProfile({ 'workbench.colorTheme': 'Default Light Modern' });
installExtension(profile, { vsix });
// A copy, so trying citations out does not edit the test fixtures.
const workspace = mkdtempSync(join(tmpdir(), 'report-lens-demo-'));
cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
const server = await startCodeServer(profile, workspace);

console.log(`
Report Lens is running in VS Code at:

    ${server.url}

Open draft.md and point at 数字孪生, 边缘计算, "digital twin" or 人工智慧;
press F1 → "Report Lens: Search terms and figures" (or Ctrl+Alt+R) and type szls;
open the Report Lens icon in the activity bar. Press Ctrl-C to stop.
`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.stop();
  removeProfile(profile);
  rmSync(workspace, { recursive: true, force: true });
  console.log('stopped.');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 1 << 30);
