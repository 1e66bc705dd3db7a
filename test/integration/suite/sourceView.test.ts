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
  });
});
