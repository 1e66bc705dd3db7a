// `npm start`: builds and packages Report Lens, then serves a real VS Code
// (code-server) on 127.0.0.1 with the extension installed, opened on the demo
// workspace. Ctrl-C stops it cleanly.
//
// The demo workspace is `demo/` in the checkout (git-ignored; REPORT_LENS_DEMO
// names another folder). It is created from the sample drafts in `samples/` only
// when it does not exist, and never deleted: whatever the writer saves there is
// still there after Ctrl-C and on the next `npm start`.
import { cpSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, installExtension, makeProfile, packageExtension, removeProfile, startCodeServer } from './harness.mjs';

/** The demo workspace, created from the sample drafts if absent; an existing one is left as it is. */
function demoWorkspace(folder = process.env.REPORT_LENS_DEMO || join(ROOT, 'demo')) {
  const workspace = resolve(folder);
  if (!existsSync(workspace)) cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
  return workspace;
}

const vsix = packageExtension();
const profile = makeProfile({ 'workbench.colorTheme': 'Default Light Modern' });
installExtension(profile, { vsix });
const workspace = demoWorkspace();
const server = await startCodeServer(profile, workspace);

console.log(`
Report Lens is running in VS Code at:

    ${server.url}

Demo workspace: ${workspace}
(your files stay there after Ctrl-C; delete the folder to start again from the samples)

Open draft.md and point at 数字孪生, 边缘计算, "digital twin" or 人工智慧;
press F1 → "Report Lens: Search terms and figures" (or Ctrl+Alt+R) and type szls;
open the Report Lens icon in the activity bar. Press Ctrl-C to stop.
`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.stop();
  // Only the throwaway VS Code profile goes; the demo workspace is the writer's.
  removeProfile(profile);
  console.log(`stopped. Your demo files are in ${workspace}`);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 1 << 30);
