import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bibTeXEntry, referenceEntry } from '../../../src/core/citation';
import type { LibraryRun } from '../../../src/vscode/addReports';
import { api, closeAll, hoverText, openDraft, openWorkspaceFile, positionOf, setting, unescapeMarkdown } from './helpers';

/**
 * 移动互联网 is a term whose first sentence in the library comes from the Shanghai report's PDF. The built-in
 * reports have a term of that name too, so the hover and citation tests hide them: the library's own term answers.
 */
const TERM_NAME = '移动互联网';
const TERM_ID = `library:term:${TERM_NAME}`;

/** Runs `check` with the built-in reports hidden, as a team with only its own library would. */
async function withLibraryOnly(check: () => Promise<void>): Promise<void> {
  await setting('builtInReports', false);
  try {
    await libraryWhen((library) => library.term('term:区块链') === undefined);
    await check();
  } finally {
    await setting('builtInReports', undefined);
    await libraryWhen((library) => library.term('term:区块链') !== undefined);
  }
}
const PDF_REPORT = 'shanghai-ai-2020';

/** Waits (up to `seconds`) until the library, reloaded after a settings change or a re-index, satisfies `ready`. */
async function libraryWhen(ready: (library: NonNullable<ReturnType<Awaited<ReturnType<typeof api>>['library']>>) => boolean, seconds = 10): Promise<void> {
  const reportLens = await api();
  for (let i = 0; i < seconds * 10; i++) {
    const library = reportLens.library();
    if (library && ready(library)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail('the library was not reloaded');
}

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is not open');
  return folder.uri;
}

describe('workspace library: adding a PDF and a Word report (real extension host)', function () {
  this.timeout(180_000);
  afterEach(closeAll);

  after(async () => {
    // Later suites count the built-in reports: leave the library empty.
    await vscode.commands.executeCommand('reportLens.removeReports', [PDF_REPORT, 'industrial-internet']);
  });

  it('adds a folder: the PDF and the Word file indexed, the scanned and the corrupt PDF named and skipped', async () => {
    const run = await vscode.commands.executeCommand<LibraryRun>('reportLens.addReports', vscode.Uri.joinPath(workspaceFolder(), 'incoming'));
    assert.deepEqual([...run.added].sort(), ['industrial-internet', PDF_REPORT], `skipped: ${JSON.stringify(run.skipped)}`);
    assert.deepEqual(
      run.skipped.map((file) => [file.path.replace(/^.*[\\/]/, ''), file.reason.split(' (')[0]]),
      [
        ['corrupt.pdf', 'not a readable PDF'],
        ['scanned.pdf', 'no text layer'],
      ],
    );
    const library = (await api()).library()!;
    assert.ok(library.term(TERM_ID), 'the new term is in the loaded library');
    assert.ok(library.term('term:区块链'), 'the built-in reports are still there');
    const catalogue = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceFolder(), '.reportlens', 'catalog.yaml'));
    assert.match(new TextDecoder().decode(catalogue), /publisher: 上海市经济信息中心/);
  });

  it('hovers a term quoted from the PDF, with its page and line', async () => {
    await withLibraryOnly(async () => {
      const definition = (await api()).library()!.term(TERM_ID)!.definitions[0];
      assert.equal(definition.reportId, PDF_REPORT);
      const editor = await openDraft(`我们谈${TERM_NAME}。\n`);
      const hover = unescapeMarkdown(await hoverText(editor.document, positionOf(editor.document, TERM_NAME, 2)));
      assert.ok(hover.includes(definition.quote), hover);
      // The workbench may speak English or Chinese.
      const located = [`p. ${definition.page}, line ${definition.line}`, `第 ${definition.page} 页，第 ${definition.line} 行`];
      assert.ok(definition.page !== undefined && located.some((label) => hover.includes(label)), hover);
    });
  });

  it('cites it as the catalogue says, at the page of the PDF the quote is on', async () => {
    await withLibraryOnly(async () => {
      const library = (await api()).library()!;
      const definition = library.term(TERM_ID)!.definitions[0];
      const page = definition.page;
      assert.ok(page !== undefined && page >= 1, 'the quote has its page');
      const editor = await openDraft(`${TERM_NAME}很重要。\n`);
      editor.selection = new vscode.Selection(0, TERM_NAME.length, 0, TERM_NAME.length);
      assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: TERM_ID }), true);
      const source = library.sourceOf(definition)!;
      const entry = referenceEntry(source, 'gbt7714-2025', 'numeric', page);
      assert.match(entry, new RegExp(`^上海市经济信息中心\\. 人工智能专题报告.*: ${page}\\.$`));
      // One footnote per report and page (GB/T 7714 repeats an automatically numbered entry with its page).
      assert.equal(editor.document.getText(), `${TERM_NAME}[^${PDF_REPORT}-p${page}]很重要。\n\n[^${PDF_REPORT}-p${page}]: ${entry}\n`);
      // The export reads the footnote's key back as the report.
      const exported = await vscode.commands.executeCommand<vscode.TextDocument>('reportLens.exportBibliography', 'csl');
      assert.deepEqual(JSON.parse(exported.getText()).map((item: { id: string }) => item.id), [PDF_REPORT]);
    });
  });

  it('updates what it cited once the catalogue is corrected: the entry written from the old publisher takes the new', async function () {
    this.timeout(240_000);
    await withLibraryOnly(async () => {
      const catalogueUri = vscode.Uri.joinPath(workspaceFolder(), '.reportlens', 'catalog.yaml');
      const definition = (await api()).library()!.term(TERM_ID)!.definitions[0];
      const draft = await openDraft(`${TERM_NAME}很重要。\n`);
      draft.selection = new vscode.Selection(0, TERM_NAME.length, 0, TERM_NAME.length);
      assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: TERM_ID }), true);
      const written = draft.document.getText();
      // And in Pandoc, whose record goes to the bibliography file.
      const pandoc = await openWorkspaceFile('library-corrected.md', `---\nbibliography: library-corrected.bib\n---\n\n${TERM_NAME}。\n`);
      pandoc.selection = new vscode.Selection(4, TERM_NAME.length, 4, TERM_NAME.length);
      assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: TERM_ID }), true);
      const bibUri = vscode.Uri.joinPath(workspaceFolder(), 'library-corrected.bib');
      const bib = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(bibUri));
      assert.ok((await bib()).includes('author = {{上海市经济信息中心}}'), await bib());
      const correct = async (from: string, to: string) => {
        const catalogue = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(catalogueUri));
        const text = catalogue.document.getText();
        assert.ok(text.includes(from), text);
        await catalogue.edit((builder) => builder.replace(new vscode.Range(catalogue.document.positionAt(text.indexOf(from)), catalogue.document.positionAt(text.indexOf(from) + from.length)), to));
        assert.ok(await catalogue.document.save(), 'saved');
      };
      await correct('publisher: 上海市经济信息中心', 'publisher: 上海市经济信息中心（更正）');
      try {
        await libraryWhen((library) => library.report(PDF_REPORT)?.publisher === '上海市经济信息中心（更正）', 120);
        await vscode.window.showTextDocument(draft.document);
        assert.equal(await vscode.commands.executeCommand('reportLens.updateCitations'), 1);
        const source = (await api()).library()!.sourceOf(definition)!;
        assert.equal(draft.document.getText(), written.replace(/\]: .*\n$/u, `]: ${referenceEntry(source, 'gbt7714-2025', 'numeric', definition.page)}\n`));
        assert.ok(draft.document.getText().includes('上海市经济信息中心（更正）. 人工智能专题报告'), draft.document.getText());
        await vscode.window.showTextDocument(pandoc.document);
        assert.equal(await vscode.commands.executeCommand('reportLens.updateCitations'), 1);
        assert.equal(await bib(), bibTeXEntry(source, 'biblatex'), 'the record written from the old publisher, rewritten and saved');
      } finally {
        await correct('publisher: 上海市经济信息中心（更正）', 'publisher: 上海市经济信息中心');
        await libraryWhen((library) => library.report(PDF_REPORT)?.publisher === '上海市经济信息中心', 120);
      }
    });
  });

  it('a quote from the PDF in plain text: [n] with the page as a superscript, the list entry without it', async () => {
    await withLibraryOnly(async () => {
      const library = (await api()).library()!;
      const definition = library.term(TERM_ID)!.definitions[0];
      const superscript = String(definition.page).replace(/\d/g, (digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]);
      const editor = await openDraft('正文：\n', 'plaintext');
      editor.selection = new vscode.Selection(0, 3, 0, 3);
      assert.equal(await vscode.commands.executeCommand('reportLens.insertQuote', { kind: 'term', id: TERM_ID }), true);
      const entry = referenceEntry(library.sourceOf(definition)!, 'gbt7714-2025');
      assert.equal(editor.document.getText(), `正文：「${definition.quote}」[1]${superscript}\n\n参考文献\n\n[1] ${entry}\n`);
    });
  });

  it('cites it in Pandoc at its page, the page selected to adjust', async () => {
    await withLibraryOnly(async () => {
      const page = (await api()).library()!.term(TERM_ID)!.definitions[0].page;
      const editor = await openWorkspaceFile('library-pandoc.md', `---\nbibliography: library-refs.json\n---\n\n${TERM_NAME}。\n`);
      editor.selection = new vscode.Selection(4, TERM_NAME.length, 4, TERM_NAME.length);
      assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: TERM_ID }), true);
      assert.equal(editor.document.lineAt(4).text, `${TERM_NAME}[@${PDF_REPORT}, p. ${page}]。`);
      // The snippet's tab stop holds the locator, so the writer can type a range over it.
      assert.equal(editor.document.getText(editor.selection), `p. ${page}`);
    });
  });

  it('copies the quote with its citation at the page of the PDF', async () => {
    await withLibraryOnly(async () => {
      const library = (await api()).library()!;
      const definition = library.term(TERM_ID)!.definitions[0];
      const text = await vscode.commands.executeCommand<string>('reportLens.copy', { kind: 'term', id: TERM_ID });
      const entry = referenceEntry(library.sourceOf(definition)!, 'gbt7714-2025', 'numeric', definition.page);
      assert.match(entry, new RegExp(`: ${definition.page}\\.$`));
      assert.ok(text.includes(definition.quote) && text.endsWith(`— ${entry}`), text);
      assert.equal(await vscode.env.clipboard.readText(), text);
    });
  });

  it("the figure check's Use the report's value cites the PDF at the figure's page, in one undo step", async () => {
    await withLibraryOnly(async () => {
      const library = (await api()).library()!;
      const figure = library.snapshot.figures.find((candidate) => candidate.reportId === PDF_REPORT && candidate.page !== undefined);
      assert.ok(figure, 'the PDF report has a figure with its page');
      const draft = '据报告，规模达到 999 万件。\n';
      const editor = await openDraft(draft);
      const start = draft.indexOf('999');
      const range = new vscode.Range(0, start, 0, start + '999 万件'.length);
      assert.equal(await vscode.commands.executeCommand('reportLens.figureCheck.useValue', editor.document.uri, range, '999 万件', figure.id), true);
      const entry = referenceEntry(library.sourceOf(figure)!, 'gbt7714-2025', 'numeric', figure.page);
      const key = `${PDF_REPORT}-p${figure.page}`;
      assert.equal(editor.document.getText(), `据报告，规模达到 ${figure.text}[^${key}]。\n\n[^${key}]: ${entry}\n`);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), draft);
    });
  });

  it('finds it in the Reports view under the new report', async () => {
    const { trees } = await api();
    const report = trees.reports.getChildren().find((node) => node.kind === 'report' && node.report.id === PDF_REPORT);
    assert.ok(report, 'the PDF report is listed');
    const walk = (nodes: ReturnType<typeof trees.reports.getChildren>, depth: number): boolean =>
      depth > 0 && nodes.some((node) => (node.kind === 'definition' && node.term.id === TERM_ID) || walk(trees.reports.getChildren(node), depth - 1));
    assert.ok(walk(trees.reports.getChildren(report), 6), 'its definition is among the report\'s items');
  });

  it('opens the extracted text at the quoted line, with the quote selected', async () => {
    const definition = (await api()).library()!.term(TERM_ID)!.definitions[0];
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'term', id: TERM_ID });
    assert.match(editor.document.uri.path, /\.reportlens\/text\/shanghai-ai-2020\.txt$/);
    assert.equal(editor.selection.start.line, definition.line - 1);
    assert.equal(editor.document.getText(editor.selection), definition.quote);
  });

  it('takes no citation into the extracted text Open source shows: it is the report\'s words', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'term', id: TERM_ID });
    const before = editor.document.getText();
    // The source is the active editor now: Insert citation from the picker or the hover would go there.
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: TERM_ID }), false);
    assert.equal(editor.document.getText(), before);
  });

  it('hides the built-in reports on request, keeping the library', async () => {
    await withLibraryOnly(async () => assert.ok((await api()).library()!.term(TERM_ID)));
  });

  it('re-index reads no unchanged file again', async () => {
    const run = await vscode.commands.executeCommand<LibraryRun>('reportLens.reindexLibrary');
    assert.deepEqual([run.added, [...run.unchanged].sort()], [[], ['industrial-internet', PDF_REPORT]]);
  });

  it('gives a new report no id of a report removed before: the drafts citing the removed one keep naming it', async () => {
    const write = (path: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceFolder(), path), new TextEncoder().encode(text));
    // Chinese file names: both reports are guessed the id `report`, unless it is taken.
    await write('editions/数字经济白皮书.md', '# 数字经济白皮书\n\n数字经济是以数据资源为关键要素的经济形态。2022年我国数字经济规模达到50.2万亿元，同比增长10.3%。\n');
    await write('editions/人工智能报告.md', '# 人工智能报告\n\n2023年我国人工智能核心产业规模达到5000亿元，企业数量超过4400家。\n');
    const first = await vscode.commands.executeCommand<LibraryRun>('reportLens.addReports', vscode.Uri.joinPath(workspaceFolder(), 'editions', '数字经济白皮书.md'));
    const [removedId] = first.added;
    const figure = (await api()).library()!.snapshot.figures.find((candidate) => candidate.reportId === removedId && candidate.text === '50.2万亿元');
    assert.ok(figure, `a figure of ${removedId}`);
    const draft = await openDraft('我国数字经济规模达到50.2万亿元。\n');
    const end = '我国数字经济规模达到50.2万亿元'.length;
    draft.selection = new vscode.Selection(0, end, 0, end);
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'figure', id: figure.id }), true);
    const cited = draft.document.getText();
    assert.ok(cited.includes('数字经济白皮书'), cited);
    let added: string[] = [];
    try {
      assert.deepEqual((await vscode.commands.executeCommand<LibraryRun>('reportLens.removeReports', [removedId])).removed, [removedId]);
      added = (await vscode.commands.executeCommand<LibraryRun>('reportLens.addReports', vscode.Uri.joinPath(workspaceFolder(), 'editions', '人工智能报告.md'))).added;
      assert.equal(added.length, 1);
      assert.notEqual(added[0], removedId, 'the removed report’s id, which the draft cites, is not given to another report');
      await vscode.window.showTextDocument(draft.document);
      assert.equal(await vscode.commands.executeCommand('reportLens.updateCitations'), 0);
      assert.equal(draft.document.getText(), cited, 'the citation of the white paper still names the white paper');
    } finally {
      await vscode.commands.executeCommand('reportLens.removeReports', added);
    }
  });

  it('indexes the library off the extension host’s thread: every extension’s hovers and commands are served meanwhile', async () => {
    // The longest the host's event loop went without a turn while the whole library was indexed again.
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 10);
    try {
      const run = await vscode.commands.executeCommand<LibraryRun>('reportLens.reindexLibrary');
      assert.deepEqual([...run.unchanged].sort(), ['industrial-internet', PDF_REPORT]);
    } finally {
      clearInterval(timer);
    }
    assert.ok(longest < 1000, `the extension host was held for ${Math.round(longest)} ms at once`);
    assert.ok((await api()).library()!.term(TERM_ID), 'the library, indexed again, is loaded');
  });
});

/**
 * Runs only in the third launch of scripts/test-integration.mjs, which opens a workspace of two folders (adding one
 * at run time would restart the extension host); that launch fails if no test runs.
 */
(process.env.REPORT_LENS_MULTI_ROOT ? describe : describe.skip)('workspace library in a multi-root workspace (real extension host)', function () {
  this.timeout(180_000);
  afterEach(closeAll);
  const REPORT = '# 第二个文件夹的报告\n\n边缘云是指部署在网络边缘的云计算资源。边缘云可以降低时延。\n';

  async function addTo(folder: vscode.Uri): Promise<string> {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'notes.md'), new TextEncoder().encode(REPORT));
    const run = await vscode.commands.executeCommand<LibraryRun>('reportLens.addReports', vscode.Uri.joinPath(folder, 'notes.md'));
    assert.equal(run.added.length, 1, JSON.stringify(run));
    return run.added[0];
  }

  const catalogueHolds = async (folder: vscode.Uri, id: string) =>
    new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, '.reportlens', 'catalog.yaml'))).includes(`id: ${id}\n`);

  it("adds to each folder's own library under ids of their own, re-indexes both and removes from the folder that holds each", async () => {
    const [first, second] = vscode.workspace.workspaceFolders!.map((folder) => folder.uri);
    assert.ok(second, 'two folders are open');
    const inSecond = await addTo(second);
    // The same document in the first folder: the editor merges the two libraries, so its id must differ.
    const inFirst = await addTo(first);
    assert.notEqual(inFirst, inSecond);
    assert.ok((await catalogueHolds(second, inSecond)) && (await catalogueHolds(first, inFirst)) && !(await catalogueHolds(first, inSecond)));
    const reindexed = await vscode.commands.executeCommand<LibraryRun>('reportLens.reindexLibrary');
    assert.deepEqual([...reindexed.unchanged].sort(), [inFirst, inSecond].sort(), "the palette's re-index reads every folder's library");
    const removed = await vscode.commands.executeCommand<LibraryRun>('reportLens.removeReports', [inSecond, inFirst]);
    assert.deepEqual([...removed.removed].sort(), [inFirst, inSecond].sort());
    assert.equal(await catalogueHolds(second, inSecond), false, "removed from the second folder's catalogue");
    assert.equal(await catalogueHolds(first, inFirst), false, "removed from the first folder's catalogue");
  });

  it('changes no library while the writer has unsaved edits of its catalogue, and keeps the edits', async () => {
    const second = vscode.workspace.workspaceFolders![1].uri;
    const id = await addTo(second);
    const file = vscode.Uri.joinPath(second, '.reportlens', 'catalog.yaml');
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    // Add reports showed the catalogue once the editor held the file as written (VS Code reloads it a moment after
    // the library's folder is replaced): the writer's edit goes into the new text.
    const catalogue = await vscode.window.showTextDocument(file);
    assert.equal(catalogue.document.getText(), onDisk, 'the editor shows the catalogue on disk');
    await catalogue.edit((builder) => builder.insert(new vscode.Position(0, 0), '# 待核对出版者\n'));
    const edited = catalogue.document.getText();
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(second, 'more.md'), new TextEncoder().encode(REPORT.replace('边缘云', '雾计算')));
    assert.equal(await vscode.commands.executeCommand('reportLens.addReports', vscode.Uri.joinPath(second, 'more.md')), undefined);
    assert.equal(await vscode.commands.executeCommand('reportLens.removeReports', [id]), undefined);
    assert.equal(await vscode.commands.executeCommand('reportLens.reindexLibrary'), undefined);
    const now = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    assert.equal(now, onDisk, 'the catalogue on disk is as it was');
    assert.ok(catalogue.document.isDirty && catalogue.document.getText() === edited, "the writer's edits are still there");
    await catalogue.document.save();
    const removed = await vscode.commands.executeCommand<LibraryRun>('reportLens.removeReports', [id]);
    assert.deepEqual(removed.removed, [id], 'once saved, the library changes');
    assert.ok(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)).startsWith('# 待核对出版者\n'), 'and the comment stays');
  });

  it("says which folders' libraries a change had updated when it fails in a later folder, and loads them", async () => {
    const [first, second] = vscode.workspace.workspaceFolders!.map((folder) => folder.uri);
    const inFirst = await addTo(first);
    const inSecond = await addTo(second);
    // The second folder's library brings a curation pattern that does not compile: its re-index fails.
    const curation = vscode.Uri.joinPath(second, '.reportlens', 'curation.yaml');
    const curationText = await vscode.workspace.fs.readFile(curation);
    await vscode.workspace.fs.writeFile(curation, new TextEncoder().encode('cleaning:\n  all:\n    dropLines: ["("]\n'));
    try {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(first, 'notes.md'), new TextEncoder().encode(REPORT.replace(/边缘云/g, '雾计算')));
      const reindexed = await vscode.commands.executeCommand<LibraryRun | undefined>('reportLens.reindexLibrary');
      assert.ok(reindexed?.stopped, `the run says where it stopped: ${JSON.stringify(reindexed)}`);
      assert.deepEqual([reindexed.stopped.folder, reindexed.stopped.changedFolders], ['second', ['first']]);
      assert.match(reindexed.stopped.reason, /invalid regular expression/);
      assert.deepEqual(reindexed.added, [inFirst], "the first folder's changed report was re-read");
      await libraryWhen((library) => library.term('library:term:雾计算') !== undefined);

      const removed = await vscode.commands.executeCommand<LibraryRun>('reportLens.removeReports', [inFirst, inSecond]);
      assert.deepEqual([removed.removed, removed.stopped?.folder, removed.stopped?.changedFolders], [[inFirst], 'second', ['first']]);
      assert.equal(await catalogueHolds(first, inFirst), false, "removed from the first folder's catalogue");
      assert.ok(await catalogueHolds(second, inSecond), 'kept in the second, whose change failed');
    } finally {
      await vscode.workspace.fs.writeFile(curation, curationText);
      await vscode.commands.executeCommand('reportLens.removeReports', [inSecond]);
    }
    assert.equal(await catalogueHolds(second, inSecond), false);
  });
});
