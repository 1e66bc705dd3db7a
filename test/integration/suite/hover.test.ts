import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, hoverText, openDraft, positionOf, setting, unescapeMarkdown } from './helpers';

describe('hover (real extension host)', () => {
  afterEach(closeAll);

  it('shows the report definition of a Chinese term inside unsegmented text, with its source', async () => {
    const library = (await api()).library()!;
    const term = library.snapshot.terms.find((candidate) => candidate.term === '数字孪生')!;
    const editor = await openDraft('“智能+”时代，数字孪生与边缘计算正在改变制造业。');
    const text = unescapeMarkdown(await hoverText(editor.document, positionOf(editor.document, '数字孪生', 2)));
    assert.ok(text.includes(term.definitions[0].quote), text);
    assert.ok(text.includes('3.1 数字孪生'), 'names the section');
    assert.ok(text.includes(`${term.definitions[0].line}`), 'names the line');
    assert.ok(text.includes('command:reportLens.insertCitation'), 'offers to cite');
  });

  it('matches English case-insensitively on word boundaries, plurals too', async () => {
    const editor = await openDraft('The Digital Twin of a plant; edge computing helps. IoTx is not IoT; smart contracts are.');
    assert.ok((await hoverText(editor.document, positionOf(editor.document, 'Digital Twin', 3))).includes('数字孪生'));
    assert.ok((await hoverText(editor.document, positionOf(editor.document, 'edge computing', 2))).includes('边缘计算'));
    assert.equal(await hoverText(editor.document, positionOf(editor.document, 'IoTx', 1)), '', 'no match inside a longer word');
    assert.ok((await hoverText(editor.document, positionOf(editor.document, 'smart contracts', 2))).includes('智能合约'), 'a plural is its term');
  });

  it('matches traditional characters and Taiwan wording (人工智慧, 物聯網)', async () => {
    const editor = await openDraft('資料顯示，人工智慧與物聯網正在融合。');
    assert.match(await hoverText(editor.document, positionOf(editor.document, '人工智慧', 1)), /\*\*人工智能\*\*/);
    assert.match(await hoverText(editor.document, positionOf(editor.document, '物聯網', 1)), /\*\*物联网\*\*/);
  });

  it('recognises a statistic the reports state and shows its sentence and source', async () => {
    const editor = await openDraft('我国数字经济规模已达35.8万亿元。');
    const text = unescapeMarkdown(await hoverText(editor.document, positionOf(editor.document, '35.8万亿元', 2)));
    assert.ok(text.includes('数字经济'), text);
    assert.ok(text.includes('京东《未来科技趋势白皮书》') || text.includes('《行业信息监测与市场分析之信息产业篇》'));
  });

  it('recognises a statistic written in traditional script (35.8萬億元) as the figure check does', async () => {
    // Read as written, 萬億 was no scale word: 35.8萬 (358,000) and the hover showed nothing of the reports' sentence.
    await api(); // activated, so its hover provider answers even when this test runs first
    const editor = await openDraft('我國數字經濟規模已達35.8萬億元。');
    const text = unescapeMarkdown(await hoverText(editor.document, positionOf(editor.document, '35.8萬億元', 2)));
    assert.ok(text.includes('35.8万亿元') && text.includes('command:reportLens.insertQuote'), text);
    // A unit in capitals keeps them: folded alone, `11.7GB` is `11.7gb`, no unit.
    const capitals = await openDraft('5G用户的月平均流量为11.7GB。');
    assert.ok((await hoverText(capitals.document, positionOf(capitals.document, '11.7GB', 2))).includes('command:reportLens.insertQuote'));
  });

  it('inserts a hover’s citation after the hovered term, not at the text cursor, and nothing once the text changed', async () => {
    const editor = await openDraft('数字孪生与边缘计算正在改变制造业。\n\n第二段写别的。\n');
    const document = editor.document;
    const end = document.lineAt(2).range.end;
    editor.selection = new vscode.Selection(end, end);
    const hover = await hoverText(document, positionOf(document, '边缘计算', 1));
    const link = /\(command:reportLens\.insertCitation\?([^)\s]+)\)/.exec(hover);
    assert.ok(link, hover);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    assert.equal(args.length, 2, 'the link carries the hover’s place');
    await vscode.commands.executeCommand('reportLens.insertCitation', ...args);
    assert.match(document.lineAt(0).text, /^数字孪生与边缘计算\[\^[\w-]+\]正在改变制造业。$/);
    assert.equal(document.lineAt(2).text, '第二段写别的。', 'nothing at the text cursor');
    const cited = document.getText();
    await vscode.commands.executeCommand('reportLens.insertCitation', ...args);
    assert.equal(document.getText(), cited, 'a hover of an older text inserts nothing');
  });

  it('stays quiet when disabled, and in languages not enabled', async () => {
    const editor = await openDraft('数字孪生');
    await setting('hover.enabled', false);
    try {
      assert.equal(await hoverText(editor.document, new vscode.Position(0, 1)), '');
    } finally {
      await setting('hover.enabled', undefined);
    }
    const code = await openDraft('// 数字孪生', 'javascript');
    assert.equal(await hoverText(code.document, new vscode.Position(0, 4)), '');
  });

  it('answers quickly on a 1 MB single line', async () => {
    const line = '数字经济发展迅速，'.repeat(110_000) + '区块链';
    const editor = await openDraft(line, 'plaintext');
    const started = Date.now();
    const text = await hoverText(editor.document, new vscode.Position(0, line.length - 2));
    assert.ok(text.includes('区块链'));
    // A generous bound: this proves bounded work per hover, not speed (the benchmark measures that).
    assert.ok(Date.now() - started < 3000, `hover took ${Date.now() - started} ms`);
  });
});
