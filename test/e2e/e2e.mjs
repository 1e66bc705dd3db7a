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
export async function openFile(page, name) {
  if (!(await page.locator('.explorer-folders-view').isVisible())) await page.click('.activitybar [aria-label^="Explorer"]');
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
export async function hoverOver(page, needle) {
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

/** The whole document as the editor holds it: select all and copy (the DOM shows only what is rendered, in any order). */
async function documentText(page) {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await page.waitForTimeout(300);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.keyboard.press('Control+End');
  return text;
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
    await openFile(page, 'draft.md');
    const box = await locateText(page, '改变制造业');
    await page.mouse.click(box.right + 2, box.y);
    await page.keyboard.press('End');
    await page.keyboard.press('F1');
    await page.keyboard.type('Report Lens: Search terms', { delay: 20 });
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    // The picker, not the command palette: its placeholder mentions pinyin.
    await page.waitForSelector('.quick-input-widget input[placeholder*="szls"]', { timeout: 10_000 });
    await page.keyboard.type('szls', { delay: 50 });
    await page.waitForTimeout(800);
    const first = await page.evaluate(() => document.querySelector('.quick-input-list .monaco-list-row .label-name')?.textContent ?? '');
    assert.match(first, /数字孪生/);
    await page.screenshot({ path: join(SHOTS, 'picker.png') });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1200);
    const text = await documentText(page);
    assert.match(text, /根据有关统计，我国数字经济规模已达35\.8万亿元。\[\^jd-2021-future-tech-trends\]\n/);
    assert.match(text, /\n\[\^jd-2021-future-tech-trends\]: 京东集团技术委员会\. 技术重构社会供应链：未来科技趋势白皮书\[R\]\. 2021-01\.\n$/);
    await page.keyboard.press('Control+Home');
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

  async 'drag a definition from the sidebar into a draft to cite it'(page) {
    await openFile(page, 'notes.txt');
    const target = await locateText(page, '读书笔记');
    await page.click('.activitybar [aria-label*="Report Lens"]');
    await page.waitForSelector('.monaco-list-row >> text=数字孪生通过在虚拟空间中', { timeout: 10_000 });
    const source = page.locator('.monaco-list-row', { hasText: '数字孪生通过在虚拟空间中' }).first();
    const from = await source.boundingBox();
    assert.ok(from, 'the definition row is visible');
    await page.mouse.move(from.x + 40, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 80, from.y + from.height / 2, { steps: 5 });
    // VS Code drops into the editor with Shift held (without it, a drop opens things).
    await page.keyboard.down('Shift');
    await page.mouse.move(target.right + 4, target.y, { steps: 15 });
    await page.waitForTimeout(400);
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await page.waitForTimeout(1500);
    const text = await documentText(page);
    assert.match(text, /^区块链与微服务：读?书?\[1\]/);
    assert.match(text, /\n参考文献\n\n\[1\] 京东集团技术委员会\. 技术重构社会供应链：未来科技趋势白皮书\[R\]\. 2021-01\.\n$/);
    await page.screenshot({ path: join(SHOTS, 'drag.png') });
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
