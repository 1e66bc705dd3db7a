// End-to-end tests: a writer's session in the real VS Code web workbench
// (code-server + Debian Chromium), with the packaged .vsix installed.
// Screenshots of every scenario go to test-results/e2e/.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, installExtension, launchBrowser, makeProfile, packageExtension, removeProfile, startCodeServer } from '../../scripts/harness.mjs';
import { workspaceCopy } from '../../scripts/test-integration.mjs';

const SHOTS = join(ROOT, 'test-results', 'e2e');

/** Opens a workspace file from the explorer and waits for its editor. */
async function openFile(page, name) {
  await page.click(`.explorer-folders-view >> text=${name}`);
  await page.waitForSelector(`.tab.active >> text=${name}`, { timeout: 20_000 });
  await page.waitForTimeout(800);
}

/** Screen coordinates of the middle of a substring in the editor's rendered lines. */
async function locateText(page, needle) {
  const box = await page.evaluate((text) => {
    for (const span of document.querySelectorAll('.monaco-editor .view-lines span span')) {
      const at = (span.textContent ?? '').indexOf(text);
      if (at < 0 || !span.firstChild) continue;
      const range = document.createRange();
      range.setStart(span.firstChild, at);
      range.setEnd(span.firstChild, at + Math.min(2, text.length));
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, right: rect.right };
    }
    return null;
  }, needle);
  assert.ok(box, `"${needle}" is not on screen`);
  return box;
}

/** Hovers over a substring until the hover shows (the first hover may arrive before activation finishes). */
async function hoverOver(page, needle) {
  for (let attempt = 0; attempt < 4; attempt++) {
    const box = await locateText(page, needle);
    await page.mouse.move(box.x, box.y - 40);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    try {
      await page.waitForSelector('.monaco-hover:not(.hidden) .markdown-hover', { timeout: 5_000 });
      return hoverText(page);
    } catch {
      // Not shown yet: move away and try again.
    }
  }
  return hoverText(page);
}

async function hoverText(page) {
  await page.waitForSelector('.monaco-hover:not(.hidden) .markdown-hover', { timeout: 10_000 });
  return page.evaluate(() => [...document.querySelectorAll('.monaco-hover .markdown-hover')].map((element) => element.innerText).join('\n'));
}

async function editorText(page) {
  // Monaco renders spaces as no-break spaces.
  return page.evaluate(() => (document.querySelector('.monaco-editor .view-lines')?.innerText ?? '').replace(/\u00a0/g, ' '));
}

const scenarios = {
  async 'hover 数字孪生 in a Chinese draft shows the definition and its source'(page) {
    await openFile(page, 'draft.md');
    const text = await hoverOver(page, '数字孪生');
    assert.match(text, /数字孪生/);
    assert.match(text, /数字孪生通过在虚拟空间中/);
    assert.match(text, /3\.1 数字孪生/);
    assert.match(text, /插入引用|Insert citation/);
    await page.screenshot({ path: join(SHOTS, 'hover.png') });
  },

  async 'hover 人工智慧 (Taiwan wording) shows 人工智能'(page) {
    await openFile(page, 'draft.md');
    assert.match(await hoverOver(page, '人工智慧'), /人工智能/);
  },

  async 'search by pinyin initials, choose, and get the citation and footnote in the text'(page) {
    await openFile(page, 'notes.txt');
    const box = await locateText(page, '区块链提供');
    await page.mouse.click(box.x - 12, box.y);
    await page.keyboard.press('End');
    await page.keyboard.press('F1');
    await page.keyboard.type('Report Lens: Search terms', { delay: 20 });
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    // The picker, not the command palette: its placeholder mentions pinyin.
    await page.waitForSelector('.quick-input-widget input[placeholder*="szls"]', { timeout: 10_000 });
    await page.keyboard.type('qkl', { delay: 50 });
    await page.waitForTimeout(800);
    const first = await page.evaluate(() => document.querySelector('.quick-input-list .monaco-list-row .label-name')?.textContent ?? '');
    assert.match(first, /区块链/);
    await page.screenshot({ path: join(SHOTS, 'picker.png') });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1200);
    const text = await editorText(page);
    assert.match(text, /区块链提供了一种新的信任模式，微服务架构则改变了软件开发方式。\[1\]/);
    assert.match(text, /参考文献/);
    assert.match(text, /\[1\] 京东集团技术委员会\. 技术重构社会供应链：未来科技趋势白皮书\[R\]\. 2021-01\./);
    await page.screenshot({ path: join(SHOTS, 'citation.png') });
  },

  async 'open the sidebar, expand a topic, and see its terms'(page) {
    await page.click('.activitybar [aria-label*="Report Lens"]');
    await page.waitForSelector('.pane-header[aria-label*="术语"], .pane-header[aria-label*="Terms"]', { timeout: 10_000 });
    await page.click('.monaco-list-row >> text=物联网');
    await page.waitForSelector('.monaco-list-row >> text=数字孪生', { timeout: 10_000 });
    await page.click('.monaco-list-row >> text=数字孪生');
    await page.waitForTimeout(800);
    const rows = await page.evaluate(() => [...document.querySelectorAll('.monaco-list-row')].map((row) => row.textContent));
    assert.ok(rows.some((row) => row?.includes('数字孪生通过在虚拟空间中')), 'the definition is listed under the term');
    await page.screenshot({ path: join(SHOTS, 'sidebar.png') });
  },
};

export async function runE2E({ vsix = packageExtension() } = {}) {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  const profile = makeProfile({ 'workbench.colorTheme': 'Default Light Modern', 'editor.fontSize': 15, 'editor.minimap.enabled': false });
  const workspace = workspaceCopy();
  installExtension(profile, { vsix });
  const server = await startCodeServer(profile, workspace);
  const { browser, page } = await launchBrowser(server.origin);
  let passed = 0;
  let failed = 0;
  try {
    await page.goto(server.url);
    await page.waitForSelector('.monaco-workbench .activitybar [aria-label*="Report Lens"]', { timeout: 90_000 });
    for (const [name, scenario] of Object.entries(scenarios)) {
      try {
        await scenario(page);
        passed++;
        console.log(`  ✔ e2e: ${name}`);
      } catch (error) {
        failed++;
        console.log(`  ✘ e2e: ${name}\n      ${String(error.stack ?? error).split('\n').slice(0, 5).join('\n      ')}`);
        await page.screenshot({ path: join(SHOTS, `failed-${passed + failed}.png`) }).catch(() => undefined);
      }
      await page.keyboard.press('Escape');
    }
  } finally {
    await browser.close();
    server.stop();
    removeProfile(profile);
    rmSync(workspace, { recursive: true, force: true });
  }
  return { passed, failed };
}

if (process.argv[1] === import.meta.filename) {
  const { passed, failed } = await runE2E();
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
