import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { citationKey, referenceEntry, type CitationSource } from '../../../src/core/citation';
import type { Figure } from '../../../src/core/model';
import { api, closeAll, openDraft, setting } from './helpers';

const WRONG = '2019年，我国数字经济规模达到38.5万亿元。';
const RIGHT = '2019年，我国数字经济规模达到35.8万亿元，占GDP比重为36.2%。';

/** The figure check's diagnostics of a document, once they have arrived (the check is debounced). */
async function figureDiagnostics(uri: vscode.Uri, wanted: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Report Lens');
    if (wanted(diagnostics) || Date.now() > deadline) return diagnostics;
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Runs the quick fix with this title on a diagnostic, as the light bulb does. The light bulb asks again when the
 * diagnostics change, so this asks again for a while too: in a fresh code-server the first request has twice come back
 * without the fix (not reproduced in three runs of the suite; a re-check replacing the findings is the suspect).
 */
async function applyFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  let actions: vscode.CodeAction[];
  for (;;) {
    actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    if (actions.some((candidate) => candidate.title === title) || Date.now() > deadline) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action?.command, `no quick fix "${title}" among ${actions.map((candidate) => candidate.title).join(', ')}`);
  await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The report figure the check matched to a number of the document (several reports may state the same value). */
async function matchedFigure(uri: vscode.Uri, text: string): Promise<Figure> {
  const found = (await api()).figures.diagnostics.findings(uri).find(({ finding }) => finding.text === text)?.finding.figure;
  assert.ok(found, `no figure matched to ${text}`);
  return found;
}

/** Opens a Markdown draft holding 38.5万亿元 and runs "Use the report's value and cite it" on its warning. */
async function useReportValue(original: string): Promise<{ editor: vscode.TextEditor; source: CitationSource; key: string }> {
  const library = (await api()).library()!;
  const editor = await openDraft(original);
  const [warning] = await figureDiagnostics(editor.document.uri, (found) => found.length > 0);
  const figure = await matchedFigure(editor.document.uri, '38.5万亿元');
  await applyFix(editor.document.uri, warning, "Use the report's value and cite it");
  const source = library.sourceOf(figure)!;
  return { editor, source, key: citationKey(source) };
}

function rangeOfText(document: vscode.TextDocument, text: string): vscode.Range {
  const at = document.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" not in the document`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

describe('figure check (real extension host)', () => {
  afterEach(closeAll);

  it('warns on a contradicted figure and hints on stated ones, on the numbers’ own ranges', async () => {
    const library = (await api()).library()!;
    const editor = await openDraft(`${WRONG}\n${RIGHT}\n`);
    const document = editor.document;
    const diagnostics = await figureDiagnostics(document.uri, (found) => found.length >= 3);
    const warning = diagnostics.find((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning);
    assert.ok(warning, 'a warning on 38.5万亿元');
    assert.ok(warning.range.isEqual(rangeOfText(document, '38.5万亿元')));
    const figure = await matchedFigure(document.uri, '38.5万亿元');
    assert.equal(figure.text, '35.8万亿元');
    for (const part of ['35.8万亿元', '2019', library.report(figure.reportId)!.shortTitle]) assert.ok(warning.message.includes(part), `"${warning.message}" names ${part}`);
    const hints = diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Hint);
    assert.deepEqual(hints.map((hint) => document.getText(hint.range)).sort(), ['35.8万亿元', '36.2%']);
  });

  it('replaces the value with the report’s and cites it in the document’s format, as one undo step', async () => {
    const original = `${WRONG}\n`;
    const { editor, source, key } = await useReportValue(original);
    assert.equal(editor.document.getText(), `2019年，我国数字经济规模达到35.8万亿元[^${key}]。\n\n[^${key}]: ${referenceEntry(source, 'gbt7714-2025')}\n`);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo restores the draft');
  });

  it('cites the report’s value where Insert citation would: out of the writer’s footnote that holds the number', async () => {
    // The writer's own note, its second line the report's sentence with a slip: the marker went into the note, as a
    // footnote reference inside a footnote (which Pandoc prints as it is).
    const note = `    ${WRONG}`;
    const original = `数字经济规模逐年扩大[^note]。\n\n[^note]: 据统计，\n${note}\n`;
    const { editor, source, key } = await useReportValue(original);
    assert.equal(editor.document.getText(), `数字经济规模逐年扩大[^note]。[^${key}]\n\n[^note]: 据统计，\n${note.replace('38.5', '35.8')}\n[^${key}]: ${referenceEntry(source, 'gbt7714-2025')}\n`);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo restores the draft');
  });

  it('writes the report\'s value into LaTeX as LaTeX prints it: 36.2\\%, not a % that comments out the citation and the rest of the line', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'value-percent.bib'), new Uint8Array());
    const editor = await openDraft('2019年，我国数字经济规模达到35.8万亿元，占GDP比重为36.2个百分点，后文照常。\n\\bibliography{value-percent}\n', 'latex');
    const uri = editor.document.uri;
    const diagnostics = await figureDiagnostics(uri, (found) => found.some((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning));
    const warning = diagnostics.find((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning)!;
    const figure = await matchedFigure(uri, '36.2个百分点');
    assert.equal(figure.text, '36.2%');
    await applyFix(uri, warning, "Use the report's value and cite it");
    const key = citationKey((await api()).library()!.sourceOf(figure)!);
    assert.equal(editor.document.lineAt(0).text, `2019年，我国数字经济规模达到35.8万亿元，占GDP比重为36.2\\%\\cite{${key}}，后文照常。`);
    // The check reads LaTeX's `36.2\%` as 36.2%: the value written agrees with the report (it had no unit, and no check).
    const value = editor.document.lineAt(0).text.indexOf('36.2');
    // The warning on 36.2个百分点 starts there too, until the re-check replaces it.
    const after = await figureDiagnostics(uri, (found) => found.some((diagnostic) => diagnostic.range.start.character === value && diagnostic.severity === vscode.DiagnosticSeverity.Hint));
    const agreeing = after.find((diagnostic) => diagnostic.range.start.character === value);
    assert.equal(agreeing?.severity, vscode.DiagnosticSeverity.Hint);
    assert.equal(editor.document.getText(agreeing!.range), '36.2\\%');
  });

  it('offers no fix from a check older than the writer\'s last edit: its range would replace their words', async () => {
    const { diagnostics } = (await api()).figures;
    const editor = await openDraft(`${WRONG}\n`);
    const uri = editor.document.uri;
    await figureDiagnostics(uri, (found) => found.length > 0);
    const figure = await matchedFigure(uri, '38.5万亿元');
    await editor.edit((builder) => builder.insert(new vscode.Position(0, WRONG.indexOf('38.5')), '约'));
    await figureDiagnostics(uri, (found) => found.some((diagnostic) => editor.document.getText(diagnostic.range) === '38.5万亿元'));
    // The findings of the text before the edit, as they stay until the debounced re-check has run (seconds, on a long draft).
    await diagnostics.checkText(uri, `${WRONG}\n`, 'markdown');
    const useValue = "Use the report's value and cite it";
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, rangeOfText(editor.document, '38.5万亿元'), vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(actions.filter((action) => action.title === useValue), [], 'no fix on a number that has moved');
    await diagnostics.checkDocument(editor.document);
    const [warning] = await figureDiagnostics(uri, (found) => found.length > 0);
    await applyFix(uri, warning, useValue);
    const key = citationKey((await api()).library()!.sourceOf(figure)!);
    assert.ok(editor.document.getText().startsWith(`2019年，我国数字经济规模达到约35.8万亿元[^${key}]。`), editor.document.getText());
  });

  it('changes nothing when a fix runs after the number has moved: no value over the writer\'s words, no comment on another line', async () => {
    const editor = await openDraft(`${WRONG}\n`);
    const uri = editor.document.uri;
    const [warning] = await figureDiagnostics(uri, (found) => found.length > 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, warning.range, vscode.CodeActionKind.QuickFix.value);
    // The writer types on while the fixes are on offer (the light bulb, the Problems view): a line above, words before the number.
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), '前言。\n据测算，'));
    const typed = editor.document.getText();
    for (const title of ["Use the report's value and cite it", 'Cite anyway', 'Ignore here']) {
      const command = actions.find((action) => action.title === title)?.command;
      assert.ok(command, `no quick fix "${title}"`);
      assert.equal(await vscode.commands.executeCommand(command.command, ...(command.arguments ?? [])), false, title);
      assert.equal(editor.document.getText(), typed, `${title}: the draft is as the writer left it`);
    }
  });

  it('writes no value or citation into a language the writer does not cite in (reportLens.languages): the figure and its citation go to the clipboard', async () => {
    const original = `${WRONG}\n`;
    const editor = await openDraft(original);
    const uri = editor.document.uri;
    const [warning] = await figureDiagnostics(uri, (found) => found.length > 0);
    const figure = await matchedFigure(uri, '38.5万亿元');
    // The check stays on for Markdown (reportLens.figureCheck.languages); citations are written in LaTeX and plain text only.
    await setting('languages', ['latex', 'plaintext']);
    try {
      await vscode.env.clipboard.writeText('');
      await applyFix(uri, warning, "Use the report's value and cite it");
      assert.equal(editor.document.getText(), original, 'neither the value nor a footnote went in');
      assert.equal(await vscode.env.clipboard.readText(), await vscode.commands.executeCommand<string>('reportLens.copy', { kind: 'figure', id: figure.id }));
    } finally {
      await setting('languages', undefined);
    }
  });

  it('cites the report that states a figure (plain text: a numbered list), and cites anyway, each one undo step', async () => {
    const library = (await api()).library()!;
    const original = `${RIGHT}\n${WRONG}\n`;
    const editor = await openDraft(original, 'plaintext');
    const diagnostics = await figureDiagnostics(editor.document.uri, (found) => found.length >= 3);
    const hint = diagnostics.find((diagnostic) => editor.document.getText(diagnostic.range) === '35.8万亿元')!;
    const figure = await matchedFigure(editor.document.uri, '35.8万亿元');
    await applyFix(editor.document.uri, hint, 'Cite the report that states it');
    const entry = referenceEntry(library.sourceOf(figure)!, 'gbt7714-2025');
    assert.equal(editor.document.getText(), `${RIGHT.replace('35.8万亿元', '35.8万亿元[1]')}\n${WRONG}\n\n参考文献\n\n[1] ${entry}\n`);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
    const warning = (await figureDiagnostics(editor.document.uri, (found) => found.some((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning))).find(
      (diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning,
    )!;
    await applyFix(editor.document.uri, warning, 'Cite anyway');
    assert.ok(editor.document.getText().includes('38.5万亿元[1]。'), editor.document.getText());
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('ignores a line with a visible comment in Markdown, and through the document’s list in plain text, after reopening too', async function () {
    // Two rounds of open, fix, save, close and reopen: measured 30–50 s on a loaded two-core machine, where the
    // first plain-text file and the first code-action request of a run take 10–15 s each in the workbench.
    this.timeout(120_000);
    for (const language of ['markdown', 'plaintext']) {
      const editor = await openDraft(`${WRONG}\n`, language);
      const uri = editor.document.uri;
      const [warning] = await figureDiagnostics(uri, (found) => found.length > 0);
      await applyFix(uri, warning, 'Ignore here');
      if (language === 'markdown') assert.equal(editor.document.getText(), `${WRONG} <!-- report-lens: ignore 38.5万亿元 -->\n`);
      await editor.document.save();
      assert.deepEqual(await figureDiagnostics(uri, (found) => found.length === 0), [], `${language}: the warning is gone`);
      await closeAll();
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      // Give the check time to run after reopening, then expect it still silent.
      await new Promise((done) => setTimeout(done, 1500));
      assert.deepEqual(await figureDiagnostics(uri, () => false), [], `${language}: still ignored after reopening`);
    }
  });

  it('drops an untitled draft’s ignore list once it is closed for good, and keeps it while it only changes language', async function () {
    this.timeout(60_000);
    const { diagnostics } = (await api()).figures;
    const document = await vscode.workspace.openTextDocument({ content: `${WRONG}\n`, language: 'plaintext' });
    const editor = await vscode.window.showTextDocument(document);
    const uri = document.uri;
    const [warning] = await figureDiagnostics(uri, (found) => found.length > 0);
    await applyFix(uri, warning, 'Ignore here');
    assert.deepEqual(diagnostics.ignoreList(uri), [`38.5万亿元\t${WRONG}`]);
    // Changing the language closes the document and opens it again under the same URI.
    await vscode.languages.setTextDocumentLanguage(editor.document, 'restructuredtext');
    await new Promise((done) => setTimeout(done, 3000));
    assert.deepEqual(diagnostics.ignoreList(uri), [`38.5万亿元\t${WRONG}`], 'kept across a change of language');
    await vscode.window.showTextDocument(vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString())!);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const deadline = Date.now() + 20_000;
    while (diagnostics.ignoreList(uri).length > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 200));
    assert.deepEqual(diagnostics.ignoreList(uri), [], 'gone once the draft is closed without saving');
  });

  it('checks a number ignored through a plain-text draft\'s list again when asked (Undo cannot bring it back)', async function () {
    this.timeout(60_000);
    const { diagnostics } = (await api()).figures;
    const editor = await openDraft(`${WRONG}\n`, 'plaintext');
    const uri = editor.document.uri;
    const [warning] = await figureDiagnostics(uri, (found) => found.length > 0);
    await applyFix(uri, warning, 'Ignore here');
    assert.deepEqual(diagnostics.ignoreList(uri), [`38.5万亿元\t${WRONG}`]);
    // What the notification's "Check it again" does: the number leaves the list, and its warning is back.
    await diagnostics.unignoreNumber(uri, WRONG, '38.5万亿元');
    assert.deepEqual(diagnostics.ignoreList(uri), []);
    await diagnostics.checkDocument(editor.document);
    assert.equal((await figureDiagnostics(uri, (found) => found.length > 0)).length, 1, 'checked again');
  });

  it('ignores only the number asked for: the other warnings of its line (a Chinese paragraph) stay', async () => {
    const twoWrong = '2019年，我国数字经济规模达到38.5万亿元，占GDP比重为63.2%。';
    const editor = await openDraft(`${twoWrong}\n`);
    const uri = editor.document.uri;
    const warnings = await figureDiagnostics(uri, (found) => found.length >= 2);
    await applyFix(uri, warnings.find((warning) => editor.document.getText(warning.range) === '38.5万亿元')!, 'Ignore here');
    assert.equal(editor.document.getText(), `${twoWrong} <!-- report-lens: ignore 38.5万亿元 -->\n`);
    const left = await figureDiagnostics(uri, (found) => found.length === 1);
    assert.deepEqual(left.map((warning) => editor.document.getText(warning.range)), ['63.2%']);
  });

  it('checks no number in code or comments: Markdown fences, indented code and comments, LaTeX comments and verbatim, reStructuredText literal blocks and comments', async () => {
    const markdown = await openDraft(`${WRONG}\n\n\`\`\`\n${WRONG}\n\`\`\`\n\n    ${WRONG}\n\n<!-- ${WRONG} -->\n`);
    // A check publishes all of a document's diagnostics at once: the first to arrive are all there are.
    await figureDiagnostics(markdown.document.uri, (found) => found.length >= 1);
    assert.deepEqual(vscode.languages.getDiagnostics(markdown.document.uri).filter((diagnostic) => diagnostic.source === 'Report Lens').map((diagnostic) => diagnostic.range.start.line), [0]);
    const latex = await openDraft(`${WRONG}\n% ${WRONG}\n\\begin{verbatim}\n${WRONG}\n\\end{verbatim}\n`, 'latex');
    await figureDiagnostics(latex.document.uri, (found) => found.length >= 1);
    assert.deepEqual(vscode.languages.getDiagnostics(latex.document.uri).filter((diagnostic) => diagnostic.source === 'Report Lens').map((diagnostic) => diagnostic.range.start.line), [0]);
    const rst = await openDraft(`${WRONG}\n\n命令::\n\n    ${WRONG}\n\n.. ${WRONG}\n`, 'restructuredtext');
    await figureDiagnostics(rst.document.uri, (found) => found.length >= 1);
    assert.deepEqual(vscode.languages.getDiagnostics(rst.document.uri).filter((diagnostic) => diagnostic.source === 'Report Lens').map((diagnostic) => diagnostic.range.start.line), [0]);
  });

  it('lists every number of the active draft in "Figures in this document" with its status', async () => {
    const figures = (await api()).figures;
    const editor = await openDraft(`${WRONG}\n${RIGHT}\n本课题组今年共走访了35家社区诊所。\n`);
    await figureDiagnostics(editor.document.uri, (found) => found.length >= 3);
    const items = figures.view.getChildren().map((node) => figures.view.getTreeItem(node));
    assert.deepEqual(
      items.map((item) => `${String(item.label)}|${(item.iconPath as vscode.ThemeIcon).id}`),
      ['38.5万亿元|warning', '35.8万亿元|pass', '36.2%|pass', '35家|circle-outline'],
    );
    assert.equal(items[0].command?.command, 'vscode.open');
  });

  it('checks a large draft in slices, leaving the host free, and lets a newer check of the document supersede it', async () => {
    const { diagnostics } = (await api()).figures;
    const editor = await openDraft(`${RIGHT}\n`);
    const uri = editor.document.uri;
    await figureDiagnostics(uri, (found) => found.length >= 2);
    // 20,000 distinct lines (a clause of two rare ideographs before each, so no sentence is remembered): seconds of work.
    const large = Array.from({ length: 20_000 }, (_, i) => `${String.fromCharCode(0x3400 + (i % 6000), 0x3400 + Math.floor(i / 6000))}：${WRONG}`).join('\n');
    const first = diagnostics.checkText(uri, large, 'markdown');
    let settled = false;
    void first.then(() => (settled = true));
    const timerRanDuringCheck = await new Promise<boolean>((done) => setTimeout(() => done(!settled), 0));
    assert.ok(timerRanDuringCheck, 'a timer ran while the large draft was being checked');
    const second = diagnostics.checkText(uri, `${RIGHT}\n`, 'markdown');
    assert.equal(await first, undefined, 'the older check stops and publishes nothing');
    assert.equal((await second)?.length, 2);
    const published = vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Report Lens');
    assert.deepEqual(published.map((diagnostic) => diagnostic.severity), [vscode.DiagnosticSeverity.Hint, vscode.DiagnosticSeverity.Hint], 'only the newer text’s findings');
  });

  it('stops a check once the writer has edited the draft: its findings, published after the edit, would mark other characters', async () => {
    // A long draft takes seconds to check. Findings of the text as it was, published after the writer typed above them,
    // landed on other characters (the editor moves diagnostics already shown with an edit; new ones land as given).
    // An edit schedules a re-check after a pause in typing; the check under way now stops at once instead of publishing.
    const { diagnostics } = (await api()).figures;
    const editor = await openDraft(`${RIGHT}\n`);
    await figureDiagnostics(editor.document.uri, (found) => found.length >= 2);
    // Lines no check has seen (the checker remembers each sentence's findings), so checking them takes a while.
    const large = Array.from({ length: 5_000 }, (_, i) => `${String.fromCharCode(0x3400 + (i % 6000), 0x3410 + Math.floor(i / 6000))}：${WRONG}`).join('\n');
    assert.ok(await editor.edit((builder) => builder.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), large)));
    const checking = diagnostics.checkDocument(editor.document);
    // What the next keystroke does (onDidChangeTextDocument), with a pause long enough that its own re-check cannot be what stops this one.
    diagnostics.schedule(editor.document, 60_000);
    // Its length, not the findings: a failing assertion printing thousands of them (with their figures) took minutes.
    assert.equal((await checking)?.length, undefined, 'the check of the text before the keystroke published nothing');
    diagnostics.schedule(editor.document, 0);
  });

  it('checks every draft of the workspace into the Problems view', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const unopened = vscode.Uri.joinPath(folder, 'figures-unopened.md');
    await vscode.workspace.fs.writeFile(unopened, new TextEncoder().encode(`${WRONG}\n`));
    const result = await vscode.commands.executeCommand<{ files: number; warnings: number }>('reportLens.checkWorkspaceFigures');
    assert.ok(result.files >= 2 && result.warnings >= 1, JSON.stringify(result));
    const diagnostics = vscode.languages.getDiagnostics(unopened).filter((diagnostic) => diagnostic.source === 'Report Lens');
    assert.equal(diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning).length, 1);
  });

  it('places the workspace check\'s findings on the lines the editor shows, in a file whose lines end in a lone carriage return', async () => {
    // The editor reads \r, \n and \r\n as line ends; the check split a file it read from disk at \n only, so a file
    // from a classic Mac editor was one line to it, and each warning pointed past the end of the first line.
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, 'figures-cr.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`# 标题\r\r${WRONG}\r`));
    await vscode.commands.executeCommand('reportLens.checkWorkspaceFigures');
    const [warning] = vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning);
    assert.ok(warning, 'the file was checked');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.getText(warning.range), '38.5万亿元', `${warning.range.start.line}:${warning.range.start.character}`);
  });
});
