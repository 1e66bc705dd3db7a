import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openDraft } from './helpers';

describe('sidebar term browser (real extension host)', () => {
  afterEach(closeAll);

  it('lists topics, their terms, and each term\'s definitions and figures', async () => {
    const { trees, library } = await api();
    const topics = trees.terms.getChildren();
    assert.ok(topics.length >= 5);
    const iot = topics.find((node) => node.kind === 'topic' && node.topic === '物联网与工业互联网')!;
    const terms = trees.terms.getChildren(iot);
    const twin = terms.find((node) => node.kind === 'term' && node.term.term === '数字孪生')!;
    assert.ok(twin);
    const children = trees.terms.getChildren(twin);
    const definitions = children.filter((node) => node.kind === 'definition');
    assert.equal(definitions.length, library()!.term('term:数字孪生')!.definitions.length);
    const item = trees.terms.getTreeItem(definitions[0]);
    assert.equal(item.command?.command, 'reportLens.openSource');
    assert.equal(item.contextValue, 'definition');
  });

  it('filters terms by pinyin initials', async () => {
    const { trees } = await api();
    await vscode.commands.executeCommand('reportLens.filterTerms', 'byjs');
    try {
      const terms = trees.terms.getChildren().flatMap((topic) => trees.terms.getChildren(topic));
      const names = terms.map((node) => (node.kind === 'term' ? node.term.term : ''));
      // 边缘计算 (bian yuan ji suan), the terms it begins (边缘计算节点), and any term with b-y-j-s inside its initials
      // (传统编译技术: chuan tong bian yi ji shu) — and no other term.
      assert.ok(names.includes('边缘计算'), names.join(', '));
      for (const node of terms) assert.ok(node.kind === 'term' && (node.term.pinyin?.initials ?? '').includes('byjs'), names.join(', '));
      const readingIt = (await api()).library()!.snapshot.terms.filter((term) => (term.pinyin?.initials ?? '').includes('byjs'));
      assert.equal(terms.length, readingIt.length, names.join(', '));
    } finally {
      await vscode.commands.executeCommand('reportLens.clearFilter');
    }
  });

  it('lists the filter\'s exact match first in its topic (数字孪生 for szls, before 城市数字孪生)', async () => {
    const { trees } = await api();
    await vscode.commands.executeCommand('reportLens.filterTerms', 'szls');
    try {
      const topic = trees.terms.getChildren().find((node) => node.kind === 'topic' && node.topic === '物联网与工业互联网')!;
      const names = trees.terms.getChildren(topic).map((node) => (node.kind === 'term' ? node.term.term : ''));
      assert.deepEqual(names, ['数字孪生', '城市数字孪生']);
    } finally {
      await vscode.commands.executeCommand('reportLens.clearFilter');
    }
  });

  it('lists reports by section, with their figures and captions', async () => {
    const { trees } = await api();
    const reports = trees.reports.getChildren();
    assert.equal(reports.length, 5);
    const jd = reports.find((node) => node.kind === 'report' && node.report.id === 'jd-2021-future-tech-trends')!;
    const walk = (nodes: ReturnType<typeof trees.reports.getChildren>, depth: number): number =>
      depth === 0 ? 0 : nodes.reduce((count, node) => count + (node.kind === 'caption' ? 1 : 0) + walk(trees.reports.getChildren(node), depth - 1), 0);
    assert.ok(walk(trees.reports.getChildren(jd), 6) > 50, 'the white paper\'s captions are in its sections');
  });

  it('shows the terms the current draft uses and follows edits', async () => {
    const { trees } = await api();
    const editor = await openDraft('区块链与区块链，物联网。');
    await new Promise((resolve) => setTimeout(resolve, 200));
    trees.documentTerms.scan(editor.document);
    const counts = trees.documentTerms.getChildren().map((node) => (node.kind === 'term' ? `${node.term.term}×${node.count}` : ''));
    assert.deepEqual(counts, ['区块链×2', '物联网×1']);
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), '数字孪生'));
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.ok(trees.documentTerms.getChildren().some((node) => node.kind === 'term' && node.term.term === '数字孪生'), 'rescanned after the edit');
  });

  it('knows an open draft that uses no term from no draft at all, for the views\' welcome', async () => {
    const { trees } = await api();
    const draft = await openDraft('我们的研究从这里开始。', 'plaintext');
    trees.documentTerms.scan(draft.document);
    assert.deepEqual(trees.documentTerms.getChildren(), []);
    assert.equal(trees.documentTerms.draftShown, true, 'a draft without terms: the welcome says so, not "open a draft"');
    const data = await vscode.workspace.openTextDocument({ language: 'json', content: '{}' });
    trees.documentTerms.scan(data);
    assert.equal(trees.documentTerms.draftShown, false);
  });

  it('counts the writer\'s prose only, not the reference entry a citation adds', async () => {
    const { trees } = await api();
    const editor = await openDraft('“智能+”时代，区块链很重要。\n');
    editor.selection = new vscode.Selection(0, 7, 0, 7);
    // The 智能+ report: its title, in the footnote's reference entry, names 智能+ again.
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: 'term:智能+' }), true);
    assert.match(editor.document.getText(), /\]: 阿里研究院\. 从连接到赋能：“智能\+”/);
    trees.documentTerms.scan(editor.document);
    const counts = trees.documentTerms.getChildren().map((node) => (node.kind === 'term' ? `${node.term.term}×${node.count}` : ''));
    assert.deepEqual(counts, ['区块链×1', '智能+×1']);
  });

  it('reveals a term in the sidebar', async () => {
    const { trees } = await api();
    await vscode.commands.executeCommand('reportLens.revealInSidebar', { kind: 'term', id: 'term:区块链' });
    const selected = trees.termsView.selection[0];
    assert.ok(selected && selected.kind === 'term' && selected.term.term === '区块链');
  });
});
