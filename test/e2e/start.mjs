// `npm start` never loses work: starts the real thing (package, install,
// code-server) on a demo folder that does not exist yet, writes a draft into
// the folder it serves, stops it with SIGINT (Ctrl-C) and checks the draft and
// the samples are still there, and that no test fixture was copied in.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/harness.mjs';

/** Runs `npm start`'s script until it serves, then Ctrl-C; returns the folder it served. */
export async function checkStartKeepsWork() {
  const scratch = mkdtempSync(join(tmpdir(), 'report-lens-start-'));
  const demo = join(scratch, 'demo');
  const child = spawn('node', [join(ROOT, 'scripts', 'start.mjs')], { cwd: ROOT, env: { ...process.env, REPORT_LENS_DEMO: demo }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  try {
    const deadline = Date.now() + 240_000;
    let url;
    while (!(url = /http:\/\/127\.0\.0\.1:\d+\/\?folder=(\S+)/.exec(output)) && Date.now() < deadline && child.exitCode === null) await new Promise((done) => setTimeout(done, 500));
    assert.ok(url, `npm start did not print its address:\n${output.slice(-2000)}`);
    // The folder the workbench opens, as the writer's browser sees it.
    const served = decodeURIComponent(url[1]);
    assert.equal(served, demo, 'it serves the demo folder');
    assert.deepEqual(readdirSync(served).sort(), readdirSync(join(ROOT, 'samples')).sort(), 'the demo holds the sample drafts, and only them');
    assert.ok(!existsSync(join(served, 'user-snapshots')), 'no test fixtures in the demo');
    writeFileSync(join(served, 'my-draft.md'), '我的草稿：数字孪生。\n');
    child.kill('SIGINT');
    const { code } = await exited;
    assert.equal(code, 0, `npm start exits cleanly on Ctrl-C:\n${output.slice(-1000)}`);
    assert.equal(readFileSync(join(served, 'my-draft.md'), 'utf8'), '我的草稿：数字孪生。\n', 'the draft survives the stop');
    assert.ok(existsSync(join(served, 'draft.md')), 'the samples survive the stop');
    return served;
  } finally {
    if (child.exitCode === null) child.kill('SIGINT');
    await exited;
    rmSync(scratch, { recursive: true, force: true });
  }
}
