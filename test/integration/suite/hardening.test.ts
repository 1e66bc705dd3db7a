import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, hoverText, openDraft, openWorkspaceFile, positionOf, setting } from './helpers';

const workspaceFile = (name: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
const read = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(name)));

/** Waits until the library has (or lacks) a term, after a settings change reloads it. */
async function waitForTerm(id: string, present: boolean): Promise<void> {
  const { library } = await api();
  for (let i = 0; i < 50 && !!library()?.term(id) !== present; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(!!library()?.term(id), present, `term ${id} ${present ? 'not loaded' : 'still loaded'}`);
}

describe('hardening (real extension host)', () => {
  afterEach(closeAll);

  it('loads a user snapshot, renders its hostile text as plain text, and trusts only its own commands', async () => {
    const brokenBefore = await read('user-snapshots/broken.json');
    const wrongBefore = await read('user-snapshots/wrong-schema.yaml');
    await setting('extraSnapshots', ['user-snapshots/broken.json', 'user-snapshots/wrong-schema.yaml', 'user-snapshots/hostile.json']);
    try {
      await waitForTerm('term:恶意术语', true);
      const { library } = await api();
      assert.ok(library()!.term('term:区块链'), 'the built-in snapshot keeps working beside broken user files');
      assert.equal(await read('user-snapshots/broken.json'), brokenBefore, 'a broken user file is never written');
      assert.equal(await read('user-snapshots/wrong-schema.yaml'), wrongBefore);

      const editor = await openDraft('这是恶意术语。');
      const position = positionOf(editor.document, '恶意术语', 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      const markdown = hovers.flatMap((hover) => hover.contents).find((content): content is vscode.MarkdownString => typeof content !== 'string' && 'value' in content)!;
      assert.ok(!/(?<!\\)\]\((?:command:workbench|javascript:)/.test(markdown.value), 'report text makes no link');
      assert.ok(!markdown.value.includes('<img'), 'report text makes no HTML');
      assert.ok(markdown.value.includes('\\[点我\\]\\(command:workbench\\.action\\.terminal\\.new\\)'), 'the text is shown, escaped');
      const links = [...markdown.value.matchAll(/(?<!\\)\]\((command:[\w.]+)/g)].map((match) => match[1]);
      assert.ok(links.length > 0 && links.every((link) => link.startsWith('command:reportLens.')), links.join(', '));
      if (markdown.isTrusted !== undefined) assert.notEqual(markdown.isTrusted, true, 'the hover is never fully trusted');
      assert.ok((await hoverText(editor.document, position)).includes('恶意术语'));

      const { trees } = await api();
      const topic = trees.terms.getChildren().find((node) => node.kind === 'topic' && node.topic.startsWith('测试'))!;
      const termNode = trees.terms.getChildren(topic)[0];
      const tooltip = trees.terms.getTreeItem(termNode).tooltip as vscode.MarkdownString;
      assert.equal(tooltip.isTrusted, false, 'tree tooltips are never trusted');
      assert.ok(!/(?<!\\)\]\(command:/.test(tooltip.value), tooltip.value);
    } finally {
      await setting('extraSnapshots', undefined);
    }
    await waitForTerm('term:恶意术语', false);
  });

  it('falls back to GB/T 7714—2025 on an unknown citation style', async () => {
    await setting('citationStyle', 'mla');
    try {
      const editor = await openDraft('正文');
      editor.selection = new vscode.Selection(0, 2, 0, 2);
      assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: 'term:自主系统' }), true);
      assert.match(editor.document.getText(), /\]: 京东集团技术委员会\. 技术重构社会供应链：未来科技趋势白皮书\[R\]\. 2021-01\.\n$/);
    } finally {
      await setting('citationStyle', undefined);
    }
  });

  it('refuses to cite into a read-only document and changes nothing', async () => {
    const { library } = await api();
    const figure = library()!.snapshot.figures[0];
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'figure', id: figure.id });
    const before = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: 'term:区块链' }), false);
    assert.equal(editor.document.getText(), before);
  });

  it('cites at every cursor of a multi-cursor selection, with one footnote', async () => {
    const editor = await openDraft('甲。乙。');
    editor.selections = [new vscode.Selection(0, 1, 0, 1), new vscode.Selection(0, 3, 0, 3)];
    await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: 'term:自主系统' });
    const text = editor.document.getText();
    assert.match(text, /^甲\[\^jd-2021-future-tech-trends\]。乙\[\^jd-2021-future-tech-trends\]。/);
    assert.equal(text.split('[^jd-2021-future-tech-trends]:').length, 2);
  });

  it('loses nothing when the document changes while a citation is being written', async () => {
    const editor = await openWorkspaceFile('changing.md', '---\nbibliography: changing.bib\n---\n\n正文。\n');
    editor.selection = new vscode.Selection(4, 2, 4, 2);
    // The command plans, then awaits the bibliography write; the writer types meanwhile.
    const citing = vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: 'term:区块链' });
    await editor.edit((builder) => builder.insert(new vscode.Position(4, 0), '新加的一句。'));
    assert.equal(await citing, true);
    assert.match(editor.document.getText(), /^---\nbibliography: changing\.bib\n---\n\n新加的一句。正文\[@[\w-]+\]。\n$/);
  });

  it('cites into an untitled document', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '正文' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 2, 0, 2);
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: 'term:区块链' }), true);
    assert.match(document.getText(), /^正文\[\^[\w-]+\]\n\n\[\^[\w-]+\]: /);
  });

  it('ignores malformed command arguments instead of failing', async () => {
    for (const argument of [null, 42, 'term:区块链', { kind: 'term' }, { kind: 'evil', id: 'x' }, { kind: 'term', id: 'term:不存在' }]) {
      assert.equal(await vscode.commands.executeCommand('reportLens.openSource', argument), undefined);
      assert.equal(await vscode.commands.executeCommand('reportLens.copy', argument), undefined);
    }
  });

  it('stays responsive on a 10 MB single-line file and scans a 50,000-line one', async () => {
    const { trees } = await api();
    const huge = '数字经济，'.repeat(2_100_000) + '区块链';
    const editor = await openDraft(huge, 'plaintext');
    trees.documentTerms.scan(editor.document);
    assert.ok(trees.documentTerms.notice?.includes('reportLens.maxScanCharacters'), 'too large to scan, and it says so');
    assert.deepEqual(trees.documentTerms.getChildren(), []);
    assert.ok((await hoverText(editor.document, new vscode.Position(0, huge.length - 1))).includes('区块链'));
    await closeAll();
    const long = Array.from({ length: 50_000 }, (_, i) => (i % 1000 === 0 ? '物联网与边缘计算' : '普通的一行文字')).join('\n');
    const tall = await openDraft(long, 'plaintext');
    trees.documentTerms.scan(tall.document);
    const counts = trees.documentTerms.getChildren().map((node) => (node.kind === 'term' ? `${node.term.term}×${node.count}` : ''));
    assert.deepEqual(counts, ['边缘计算×50', '物联网×50']);
  });
});
