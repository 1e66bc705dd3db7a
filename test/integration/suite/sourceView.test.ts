import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll } from './helpers';

describe('source view (real extension host)', () => {
  afterEach(closeAll);

  it('opens the passage around a quote, read-only, with the quote selected', async () => {
    const library = (await api()).library()!;
    const figure = library.snapshot.figures.find((candidate) => candidate.text === '6560亿美金')!;
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'figure', id: figure.id });
    assert.equal(editor.document.uri.scheme, 'report-lens-source');
    assert.equal(editor.document.getText(editor.selection), figure.quote);
    assert.ok(editor.document.getText().includes('从连接到赋能'));
    assert.ok(editor.document.getText().includes(`${figure.line}`));
    // The header says it is an excerpt, and which file the setting should find for the whole text.
    assert.equal(editor.document.lineAt(2).text, `${figure.section} · line ${figure.line}`);
    assert.equal(editor.document.lineAt(3).text, 'An excerpt around the quote. To open the whole report at this line, set reportLens.reportsFolder to the folder that holds aliresearch-2019-intelligence-plus.txt.');
  });

  it('titles the tab with the figure, report and line, and shows the passage as wrapped paragraphs', async () => {
    const library = (await api()).library()!;
    const figure = library.snapshot.figures.find((candidate) => candidate.text === '6560亿美金')!;
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'figure', id: figure.id });
    const report = library.report(figure.reportId)!;
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab!;
    assert.ok([`6560亿美金 — ${report.shortTitle}, line ${figure.line}`, `6560亿美金 — ${report.shortTitle} 第 ${figure.line} 行`].includes(tab.label), tab.label);
    const document = editor.document;
    const selected = editor.selection;
    assert.equal(document.getText(selected), figure.quote, 'the quote is still selected');
    assert.equal(document.lineAt(selected.start.line).text, figure.quote, 'the quote is a paragraph of its own');
    // The sentences around it are paragraphs too, not one long line.
    assert.ok(document.getText().includes(`${figure.before.slice(-20)}\n\n${figure.quote}\n\n${figure.after.slice(0, 10)}`));
    assert.equal(vscode.workspace.getConfiguration('editor', document).get('wordWrap'), 'on', 'long sentences wrap');
  });

  it('titles a term passage with the term', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'term', id: 'term:数字经济' });
    const label = vscode.window.tabGroups.activeTabGroup.activeTab!.label;
    assert.match(label, /^数字经济 — .+(, line | 第 )\d+/);
    assert.ok(!label.includes('%'), label);
    assert.ok(editor.document.lineCount > 5);
  });

  it('shows each definition its own passage, though two come from one line of one report', async () => {
    // FPGA's four definitions are sentences of one paragraph (line 1159): their tabs would have one title. VS Code keeps
    // a virtual document by its URI and asks for its text once, so the second showed the first's passage, with the second
    // quote's offsets selecting other words.
    const library = (await api()).library()!;
    const term = library.term('term:FPGA')!;
    const [first, second] = term.definitions;
    assert.equal(first.line, second.line, 'the test needs two definitions from one line');
    const before = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'term', id: term.id, definition: 0 });
    assert.equal(before.document.getText(before.selection), first.quote);
    const after = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'term', id: term.id, definition: 1 });
    assert.equal(after.document.getText(after.selection), second.quote);
    // Its tab still reads as the term, report and line.
    assert.match(vscode.window.tabGroups.activeTabGroup.activeTab!.label, /^FPGA — /);
  });

  it('selects the quote on the report file\'s line, though its first words open an earlier sentence of the line', async () => {
    // With the report's own file at hand the source view opens it at the quote's line. It looked for the quote's first
    // twelve characters there: in the reports, `半监督、无监督和强化学习…` opens two sentences of one line, and the first was
    // selected for the second.
    const library = (await api()).library()!;
    const term = library.term('term:FPGA')!;
    const definition = term.definitions[1];
    const report = library.report(definition.reportId)!;
    const lines = Array.from({ length: definition.line }, () => '');
    lines[definition.line - 1] = `${definition.quote.slice(0, 12)}，一个开头相同的句子。${definition.before}${definition.quote}${definition.after}`;
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const file = vscode.Uri.joinPath(folder, 'data', 'reports', report.file);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(lines.join('\n')));
    try {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'term', id: term.id, definition: 1 });
      assert.equal(editor.document.uri.toString(), file.toString());
      assert.equal(editor.document.getText(editor.selection), definition.quote);
      assert.ok(editor.document.lineAt(editor.selection.start.line).text.slice(0, editor.selection.start.character).endsWith(definition.before), 'the quote where the report has it');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'data'), { recursive: true });
    }
  });

  it("shows the snapshot's passage, not a report file of the same name whose line does not hold the quote", async () => {
    // A repository's data/reports/ may hold another text under a built-in report's file name (another version, or one
    // made up): its line was selected whole as the quote's source.
    const library = (await api()).library()!;
    const figure = library.snapshot.figures.find((candidate) => candidate.text === '6560亿美金')!;
    const report = library.report(figure.reportId)!;
    const lines = Array.from({ length: figure.line }, () => '');
    lines[figure.line - 1] = '一行与这个数字无关的文字。';
    const folder = vscode.workspace.workspaceFolders![0].uri;
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'data', 'reports', report.file), new TextEncoder().encode(lines.join('\n')));
    try {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'figure', id: figure.id });
      assert.equal(editor.document.uri.scheme, 'report-lens-source');
      assert.equal(editor.document.getText(editor.selection), figure.quote);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'data'), { recursive: true });
    }
  });
});
