import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { citationKey, referenceEntry } from '../../../src/core/citation';
import { api, closeAll, openDraft, openWorkspaceFile, setting } from './helpers';

const BLOCKCHAIN = { kind: 'term', id: 'term:区块链' };

describe('citation commands (real extension host)', () => {
  afterEach(closeAll);

  it('inserts a Markdown footnote citation and its GB/T 7714—2025 definition, reusing it the second time', async () => {
    const library = (await api()).library()!;
    const editor = await openDraft('区块链很重要。\n');
    editor.selection = new vscode.Selection(0, 3, 0, 3);
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', BLOCKCHAIN), true);
    const definition = library.term('term:区块链')!.definitions[0];
    const source = library.sourceOf(definition)!;
    const key = source.articleIndex === undefined ? source.report.id : `${source.report.id}-a${source.articleIndex + 1}`;
    const expectedEntry = referenceEntry(source, 'gbt7714-2025');
    assert.equal(editor.document.getText(), `区块链[^${key}]很重要。\n\n[^${key}]: ${expectedEntry}\n`);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('reportLens.insertCitation', BLOCKCHAIN);
    assert.equal(editor.document.getText().split(`[^${key}]:`).length, 2, 'the footnote is reused, not duplicated');
  });

  it('inserts the verbatim quote in the chosen quotation marks, as one undo step', async () => {
    const library = (await api()).library()!;
    const quote = library.term('term:区块链')!.definitions[0].quote;
    const original = '正文：\n';
    const editor = await openDraft(original);
    editor.selection = new vscode.Selection(0, 3, 0, 3);
    await vscode.commands.executeCommand('reportLens.insertQuote', BLOCKCHAIN);
    assert.ok(editor.document.getText().includes(`「${quote}」[^`));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo restores the document');
    await setting('quoteMarks', '“”');
    try {
      await vscode.commands.executeCommand('reportLens.insertQuote', BLOCKCHAIN);
      assert.ok(editor.document.getText().includes(`“${quote}”`));
    } finally {
      await setting('quoteMarks', undefined);
    }
  });

  it('inserts a quote into LaTeX as LaTeX prints it: the report\'s % escaped, the citation after it no comment', async () => {
    const library = (await api()).library()!;
    // A figure's sentence with a percentage (268 of the reports' quotes hold a %) and no other character LaTeX reserves.
    const figure = library.snapshot.figures.find((candidate) => candidate.quote.includes('%') && !/[\\{}&#_$^~]/.test(candidate.quote))!;
    const folder = vscode.workspace.workspaceFolders![0].uri;
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'quote-percent.bib'), new Uint8Array());
    const editor = await openDraft('正文：\n\\bibliography{quote-percent}\n', 'latex');
    editor.selection = new vscode.Selection(0, 3, 0, 3);
    assert.equal(await vscode.commands.executeCommand('reportLens.insertQuote', { kind: 'figure', id: figure.id }), true);
    // A bare % made the rest of the line a comment: the quote's end, its closing 」 and the \cite were gone from the PDF.
    assert.equal(editor.document.lineAt(0).text, `正文：「${figure.quote.replace(/%/g, '\\%')}」\\cite{${citationKey(library.sourceOf(figure)!)}}`);
  });

  it('numbers plain-text citations in order of first citation and keeps the list in step', async () => {
    const editor = await openDraft('第一段。\n第二段。\n', 'plaintext');
    editor.selection = new vscode.Selection(1, 3, 1, 3);
    await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'figure', id: 'aliresearch-2019-intelligence-plus:f1' });
    editor.selection = new vscode.Selection(0, 3, 0, 3);
    await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: 'term:自主系统' });
    const library = (await api()).library()!;
    const first = referenceEntry(library.sourceOf(library.term('term:自主系统')!.definitions[0])!, 'gbt7714-2025');
    const second = referenceEntry(library.sourceOf(library.figure('aliresearch-2019-intelligence-plus:f1')!)!, 'gbt7714-2025');
    assert.equal(JSON.stringify(editor.document.getText()), JSON.stringify(`第一段[1]。\n第二段[2]。\n\n参考文献\n\n[1] ${first}\n[2] ${second}\n`));
  });

  it('footnotes: the marker goes after the term under the cursor; a mid-document footnote block takes the definition and the appendix keeps its line', async () => {
    const library = (await api()).library()!;
    const editor = await openDraft('区块链很重要[^x]。\n\n[^x]: X.\n\n附录：更多正文。\n');
    editor.selection = new vscode.Selection(0, 1, 0, 1);
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', BLOCKCHAIN), true);
    const source = library.sourceOf(library.term('term:区块链')!.definitions[0])!;
    const key = source.articleIndex === undefined ? source.report.id : `${source.report.id}-a${source.articleIndex + 1}`;
    assert.equal(editor.document.getText(), `区块链[^${key}]很重要[^x]。\n\n[^x]: X.\n[^${key}]: ${referenceEntry(source, 'gbt7714-2025')}\n\n附录：更多正文。\n`);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), '区块链很重要[^x]。\n\n[^x]: X.\n\n附录：更多正文。\n', 'one undo step');
  });

  it('plain numeric in a CRLF document: renumbers, keeps the appendix after the list, writes CRLF', async () => {
    const library = (await api()).library()!;
    const jd = referenceEntry(library.sourceOf(library.term('term:自主系统')!.definitions[0])!, 'gbt7714-2025');
    const ali = referenceEntry(library.sourceOf(library.figure('aliresearch-2019-intelligence-plus:f1')!)!, 'gbt7714-2025');
    const editor = await openDraft(`甲[1]。乙。\r\n\r\n参考文献\r\n\r\n[1] ${jd}\r\n\r\n附录A\r\n\r\n这是附录正文[1]。\r\n`, 'plaintext');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'figure', id: 'aliresearch-2019-intelligence-plus:f1' });
    assert.equal(
      JSON.stringify(editor.document.getText()),
      JSON.stringify(`[1]甲[2]。乙。\r\n\r\n参考文献\r\n\r\n[1] ${ali}\r\n[2] ${jd}\r\n\r\n附录A\r\n\r\n这是附录正文[2]。\r\n`),
    );
  });

  it('writes \\cite{key} in LaTeX and adds the entry to the .bib the document names, once', async () => {
    const editor = await openWorkspaceFile('paper.tex');
    const line = editor.document.lineAt(3);
    editor.selection = new vscode.Selection(3, line.text.length, 3, line.text.length);
    await vscode.commands.executeCommand('reportLens.insertCitation', BLOCKCHAIN);
    await vscode.commands.executeCommand('reportLens.insertCitation', BLOCKCHAIN);
    assert.match(editor.document.lineAt(3).text, /\\cite\{[\w-]+\}\\cite\{[\w-]+\}$/);
    const bib = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'refs.bib')));
    assert.equal((bib.match(/^@/gm) ?? []).length, 1, bib);
    assert.match(bib, /title = \{/);
    // \bibliography{} is classic BibTeX: a year (not biblatex's date) and a standard entry type.
    assert.match(bib, /^@(techreport|misc|article|incollection)\{/m);
    assert.match(bib, /year = \{\d{4}\}/);
    assert.doesNotMatch(bib, /date = /);
  });

  it('uses Pandoc [@key] and a CSL-JSON file when the front matter names one', async () => {
    const editor = await openWorkspaceFile('pandoc.md', '---\nbibliography: refs.json\n---\n\n数字孪生。\n');
    editor.selection = new vscode.Selection(4, 4, 4, 4);
    await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: 'term:数字孪生' });
    assert.match(editor.document.lineAt(4).text, /^数字孪生\[@[\w-]+\]。$/);
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'refs.json'))));
    assert.equal(json.length, 1);
    assert.equal(json[0].type, 'report');
  });

  it('refuses to write over a bibliography file it cannot read, and leaves the document unchanged', async () => {
    const editor = await openWorkspaceFile('broken.md', '---\nbibliography: broken.json\n---\n\n正文。\n');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'broken.json'), new TextEncoder().encode('{ not json'));
    const before = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', BLOCKCHAIN), false);
    assert.equal(editor.document.getText(), before);
    const bib = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'broken.json')));
    assert.equal(bib, '{ not json');
  });

  it('leaves a bibliography file in another encoding (GBK) byte for byte, and the draft unchanged', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'gbk.bib');
    // `@book{old, title = {数字经济 阿里研究院}}` as a GBK .bib holds it: the editor decodes it as UTF-8, with U+FFFD for
    // each character, and saving it after the new record wrote U+FFFD over every Chinese character of the file.
    const bytes = new Uint8Array([...new TextEncoder().encode('@book{old, title = {'), ...'cafdd7d6beadbcc320b0a2c0efd1d0bebfd4ba'.match(/../g)!.map((hex) => parseInt(hex, 16)), ...new TextEncoder().encode('}}\n')]);
    await vscode.workspace.fs.writeFile(uri, bytes);
    const editor = await openDraft('数字孪生。\n\\bibliography{gbk}\n', 'latex');
    editor.selection = new vscode.Selection(0, 4, 0, 4);
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: 'term:数字孪生' }), false);
    assert.equal(editor.document.getText(), '数字孪生。\n\\bibliography{gbk}\n');
    assert.deepEqual([...(await vscode.workspace.fs.readFile(uri))], [...bytes]);
  });

  it('cites the term at the cursor', async () => {
    const editor = await openDraft('微服务架构');
    editor.selection = new vscode.Selection(0, 1, 0, 1);
    assert.equal(await vscode.commands.executeCommand('reportLens.citeTermAtCursor'), true);
    assert.match(editor.document.getText(), /\[\^aliresearch-2019-intelligence-plus\]/);
    // A word typed after the term: the last term of the clause before the cursor, not one of an earlier clause.
    const typedOn = await openDraft('区块链很重要，智能合约让');
    typedOn.selection = new vscode.Selection(0, 12, 0, 12);
    assert.equal(await vscode.commands.executeCommand('reportLens.citeTermAtCursor'), true);
    const library = (await api()).library()!;
    const source = library.sourceOf(library.term('term:智能合约')!.definitions[0])!;
    assert.equal(typedOn.document.getText().slice(12, 14), '[^');
    assert.ok(typedOn.document.getText().includes(`]: ${referenceEntry(source, 'gbt7714-2025')}`), typedOn.document.getText());
    const otherClause = await openDraft('区块链很重要，我们');
    otherClause.selection = new vscode.Selection(0, 9, 0, 9);
    assert.equal(await vscode.commands.executeCommand('reportLens.citeTermAtCursor'), false, 'no term in the cursor\'s clause');
  });

  it('cites the term that starts at the cursor after that term, not before it', async () => {
    // `5G 与|物联网`: the cursor between a one-character word and the term it cites. The marker went to the cursor,
    // before the term it names: `5G 与[^key]物联网`.
    const editor = await openDraft('5G 与物联网让设备相连。');
    editor.selection = new vscode.Selection(0, 4, 0, 4);
    assert.equal(await vscode.commands.executeCommand('reportLens.citeTermAtCursor'), true);
    assert.match(editor.document.lineAt(0).text, /^5G 与物联网\[\^[\w-]+\]让设备相连。$/);
  });

  it('exports the bibliography of a document as BibTeX and CSL-JSON', async () => {
    const draft = await openDraft('甲[^jd-2021-future-tech-trends]，乙[@aliresearch-2019-intelligence-plus]，丙\\cite{info-industry-monitor-2020-a3}。');
    const bibtex = await vscode.commands.executeCommand<vscode.TextDocument>('reportLens.exportBibliography', 'bibtex');
    assert.deepEqual([...bibtex.getText().matchAll(/^@(\w+)\{([\w-]+),/gm)].map((match) => `${match[1]}:${match[2]}`), ['report:jd-2021-future-tech-trends', 'report:aliresearch-2019-intelligence-plus', 'article:info-industry-monitor-2020-a3']);
    await vscode.window.showTextDocument(draft.document);
    const csl = JSON.parse((await vscode.commands.executeCommand<vscode.TextDocument>('reportLens.exportBibliography', 'csl')).getText());
    assert.deepEqual(csl.map((item: { id: string }) => item.id), ['jd-2021-future-tech-trends', 'aliresearch-2019-intelligence-plus', 'info-industry-monitor-2020-a3']);
    assert.equal(csl[2]['container-title'], '每日经济新闻');
    // Classic BibTeX (gbt7714.bst) reads `year`: the biblatex records' `date` left every reference without one.
    await vscode.window.showTextDocument(draft.document);
    const classic = (await vscode.commands.executeCommand<vscode.TextDocument>('reportLens.exportBibliography', 'bibtex-classic')).getText();
    assert.deepEqual([...classic.matchAll(/^@(\w+)\{([\w-]+),/gm)].map((match) => `${match[1]}:${match[2]}`), ['techreport:jd-2021-future-tech-trends', 'techreport:aliresearch-2019-intelligence-plus', 'article:info-industry-monitor-2020-a3']);
    assert.equal(classic.match(/^\s*year = \{\d{4}\},$/gm)?.length, 3, classic);
    assert.doesNotMatch(classic, /^\s*date = /m);
  });

  it('updates the citations it wrote to the current style, nothing else, in one undo step', async () => {
    const library = (await api()).library()!;
    const source = library.sourceOf(library.figure('aliresearch-2019-intelligence-plus:f1')!)!;
    const editor = await openDraft('甲。\n\n[^own]: 我的脚注。\n');
    editor.selection = new vscode.Selection(0, 1, 0, 1);
    await setting('citationStyle', 'apa7');
    try {
      await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'figure', id: 'aliresearch-2019-intelligence-plus:f1' });
    } finally {
      await setting('citationStyle', undefined);
    }
    const cited = editor.document.getText();
    assert.ok(cited.includes(referenceEntry(source, 'apa7')), cited);
    assert.equal(await vscode.commands.executeCommand('reportLens.updateCitations'), 1);
    assert.equal(editor.document.getText(), cited.replace(referenceEntry(source, 'apa7'), referenceEntry(source, 'gbt7714-2025')));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), cited, 'one undo step');
  });

  it('writes no citation into a file of another language (a program, an HTML page): the quote and citation go to the clipboard', async () => {
    const editor = await openDraft('const growth = 0; // 区块链\n', 'javascript');
    editor.selection = new vscode.Selection(0, 5, 0, 5);
    await vscode.env.clipboard.writeText('');
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', BLOCKCHAIN), false);
    assert.equal(editor.document.getText(), 'const growth = 0; // 区块链\n', 'the file is as it was');
    assert.equal(await vscode.env.clipboard.readText(), await vscode.commands.executeCommand<string>('reportLens.copy', BLOCKCHAIN));
  });

  it('writes no bibliography record when the draft is closed while the picker is open: nothing would cite it', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const bibliography = vscode.Uri.joinPath(folder, 'closed-picker.json');
    await vscode.workspace.fs.writeFile(bibliography, new TextEncoder().encode('[]\n'));
    const editor = await openWorkspaceFile('closed-picker.md', '---\nbibliography: closed-picker.json\n---\n\n正文。\n');
    editor.selection = new vscode.Selection(4, 2, 4, 2);
    const citing = vscode.commands.executeCommand('reportLens.insertCitation');
    await new Promise((shown) => setTimeout(shown, 1500));
    // The draft's tab closes (another extension, the file deleted on disk) while the writer is still choosing.
    await vscode.window.tabGroups.close(vscode.window.tabGroups.activeTabGroup.activeTab!);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await citing, false);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(bibliography)), '[]\n', 'no record for a citation that never went in');
  });

  it('copies the quote with its citation', async () => {
    const text = await vscode.commands.executeCommand<string>('reportLens.copy', BLOCKCHAIN);
    assert.equal(await vscode.env.clipboard.readText(), text);
    assert.match(text, /^「“?区块链/);
  });
});
