import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { citationKey, referenceEntry } from '../../../src/core/citation';
import type { ItemRef } from '../../../src/core/hoverContent';
import { resolveItem } from '../../../src/vscode/items';
import { api, closeAll, hoverText, openDraft, openWorkspaceFile, positionOf, setting, unescapeMarkdown } from '../../integration/suite/helpers';

/** The scheme of the folder @vscode/test-web mounts: neither `file` nor `untitled`, as in vscode.dev and github.dev. */
const MOUNTED = 'vscode-test-web';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits (up to 10 s) for something the extension does asynchronously. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 100) {
    if (waited > 10_000) assert.ok(false, `timed out waiting for ${what}`);
    await pause(100);
  }
}

describe('in the browser (web worker extension host)', () => {
  afterEach(closeAll);

  it('runs in a web worker, with the workspace on the mounted folder’s file system', async () => {
    assert.ok((await api()).library(), 'the snapshot is loaded');
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'the extension runs in a web worker');
    assert.equal(vscode.workspace.workspaceFolders?.[0]?.uri.scheme, MOUNTED);
  });

  it('hovers Chinese, English and traditional terms in a Markdown file of the mounted folder', async () => {
    const library = (await api()).library()!;
    const editor = await openWorkspaceFile('draft.md');
    assert.equal(editor.document.uri.scheme, MOUNTED);
    const twin = unescapeMarkdown(await hoverText(editor.document, positionOf(editor.document, '数字孪生', 2)));
    assert.ok(twin.includes(library.term('term:数字孪生')!.definitions[0].quote), twin);
    assert.match(await hoverText(editor.document, positionOf(editor.document, 'digital twin', 3)), /\*\*数字孪生\*\*/);
    assert.match(await hoverText(editor.document, positionOf(editor.document, '人工智慧', 1)), /\*\*人工智能\*\*/);
  });

  it('loads a user snapshot of the mounted folder through workspace.fs (reportLens.extraSnapshots) and hovers its term', async function () {
    // A reload of the library, awaited twice (added, then removed): slow on a busy machine.
    this.timeout(60_000);
    const { library } = await api();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const file = vscode.Uri.joinPath(folder, 'user-snapshots', 'team.json');
    assert.equal(file.scheme, MOUNTED, 'the snapshot lies on the mounted folder’s file system, which only workspace.fs reads');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    assert.equal(library()!.term('term:云端草稿箱'), undefined, 'the term is the user snapshot’s own');
    await setting('extraSnapshots', ['user-snapshots/team.json']);
    try {
      await until(() => library()?.term('term:云端草稿箱') !== undefined, 'the user snapshot to load');
      assert.ok(library()!.term('term:数字孪生'), 'the built-in reports stay beside it');
      const editor = await openDraft('团队把稿件放进云端草稿箱。');
      const hover = unescapeMarkdown(await hoverText(editor.document, positionOf(editor.document, '云端草稿箱', 2)));
      assert.ok(hover.includes('云端草稿箱是指团队在浏览器中共同编辑、随时同步的文稿存放处。'), hover);
      assert.match(hover, /浏览器笔记/);
    } finally {
      await setting('extraSnapshots', undefined);
    }
    await until(() => library()?.term('term:云端草稿箱') === undefined, 'the user snapshot to be dropped with the setting');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), before, 'the user’s file is only read');
  });

  it('follows reportLens.languages: a language taken out of the setting loses the hover, and gets it back', async () => {
    const editor = await openDraft('边缘计算', 'plaintext');
    const at = new vscode.Position(0, 1);
    assert.match(await hoverText(editor.document, at), /\*\*边缘计算\*\*/);
    await setting('languages', ['markdown']);
    try {
      assert.equal(await hoverText(editor.document, at), '');
    } finally {
      await setting('languages', undefined);
    }
    assert.match(await hoverText(editor.document, at), /\*\*边缘计算\*\*/);
  });

  it('searches with the picker and cites the chosen item in a Markdown file of the mounted folder, footnote included', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('reportLens.search'), 'the picker command is registered');
    const library = (await api()).library()!;
    const editor = await openDraft('正文。\n');
    assert.equal(editor.document.uri.scheme, MOUNTED);
    editor.selection = new vscode.Selection(0, 2, 0, 2);
    let chosen: ItemRef | undefined;
    let closed = false;
    const picking = vscode.commands.executeCommand<ItemRef | undefined>('reportLens.search').then((ref) => {
      chosen = ref;
      closed = true;
    });
    // Enter on the first item, once the picker is showing (the command cannot know when the workbench has drawn it).
    for (let tries = 0; tries < 30 && !closed; tries++) {
      await pause(300);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    await picking;
    assert.ok(chosen, 'the picker returned the chosen item');
    const source = resolveItem(library, chosen)!.source;
    const key = citationKey(source);
    const cited = `正文[^${key}]。\n\n[^${key}]: ${referenceEntry(source, 'gbt7714-2025')}\n`;
    // The default action (insert citation) runs after the picker closes, in two edits: the footnote, then the marker.
    await until(() => editor.document.getText() === cited, `the citation and its footnote, got ${JSON.stringify(editor.document.getText())}`);
  });

  it('keeps the draft’s terms in “Terms in this document” while a source view is open', async () => {
    const { trees, library } = await api();
    const names = () => trees.documentTerms.getChildren().map((node) => (node.kind === 'term' ? node.term.term : node.kind)).sort();
    await openDraft('数字孪生与边缘计算。');
    await until(() => names().join() === ['数字孪生', '边缘计算'].sort().join(), 'the draft’s terms');
    const figure = library()!.snapshot.figures.find((candidate) => candidate.text === '6560亿美金')!;
    const passage = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'figure', id: figure.id });
    assert.equal(vscode.window.activeTextEditor?.document, passage.document, 'the source view is the active editor');
    await pause(500);
    assert.deepEqual(names(), ['数字孪生', '边缘计算'].sort());
  });
});
