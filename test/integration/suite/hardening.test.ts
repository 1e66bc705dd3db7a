import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, closeAll, hoverText, openDraft, openWorkspaceFile, positionOf, setting } from './helpers';
import type { Report, Term } from '../../../src/core/model';

const BLOCKCHAIN = { kind: 'term', id: 'term:区块链' };
// The web host has no file system of its own: what touches the disk outside the workspace is tested here, on the desktop only.
const workspaceFile = (name: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
const read = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(name)));

/** Waits until the library has (or lacks) a term, after a settings change reloads it. */
async function waitForTerm(id: string, present: boolean): Promise<void> {
  const { library } = await api();
  for (let i = 0; i < 150 && !!library()?.term(id) !== present; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(!!library()?.term(id), present, `term ${id} ${present ? 'not loaded' : 'still loaded'}`);
}

/**
 * Runs `run` with a variant of the hostile user snapshot loaded (its one term and report changed by `edit`, written as `name`),
 * given the term's id; the snapshot is unloaded afterwards.
 */
async function withHostileVariant(name: string, edit: (term: Term, report: Report) => void, run: (id: string) => Promise<void>): Promise<void> {
  const hostile = JSON.parse(await read('user-snapshots/hostile.json')) as { terms: Term[]; reports: Report[] };
  edit(hostile.terms[0], hostile.reports[0]);
  const { id } = hostile.terms[0];
  await vscode.workspace.fs.writeFile(workspaceFile(`user-snapshots/${name}`), new TextEncoder().encode(JSON.stringify(hostile)));
  await setting('extraSnapshots', [`user-snapshots/${name}`]);
  try {
    await waitForTerm(id, true);
    await run(id);
  } finally {
    await setting('extraSnapshots', undefined);
  }
  await waitForTerm(id, false);
}

describe('hardening (real extension host)', () => {
  afterEach(closeAll);

  it('refuses bibliography paths that leave the workspace — ../, a link, a workspace setting — or are not .bib/.json, and writes nothing', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const outside = fs.mkdtempSync(join(tmpdir(), 'report-lens-outside-'));
    const target = join(outside, 'target.bib');
    fs.writeFileSync(target, '% the writer\'s own file\n');
    fs.symlinkSync(target, join(folder.fsPath, 'link.bib'));
    const notes = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'notes.txt')));
    const escape = join('..', '..', '..', outside, 'escape').replace(/\\/g, '/');
    // The same path with Windows separators: one odd file name in a URI path, a path out of the workspace to Windows.
    // A path naming another machine (UNC): on Linux `//tmp/…` is read as the local `/tmp/…`, on Windows a share of the host `tmp`.
    const unc = `/${folder.path}/unc`;
    const cases = [`\\bibliography{${escape}}`, `\\bibliography{${escape.replace(/\//g, '\\')}}`, '\\bibliography{link}', '\\addbibresource{notes.txt}', `\\bibliography{${unc}}`, `\\bibliography{${unc.replace(/\//g, '\\')}}`];
    // The test profile creates a new bibliography file without asking: a path taken for one inside the workspace is written.
    for (const command of cases) {
      const editor = await openWorkspaceFile('hostile.tex', `\\documentclass{article}\n\\begin{document}\n正文。\n${command}\n\\end{document}\n`);
      const before = editor.document.getText();
      editor.selection = new vscode.Selection(2, 2, 2, 2);
      assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', BLOCKCHAIN), false, command);
      assert.equal(editor.document.getText(), before, `${command}: the document is unchanged`);
      await closeAll();
    }
    await vscode.workspace.getConfiguration('reportLens').update('bibliographyFile', join(outside, 'setting.bib'), vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openWorkspaceFile('plain.tex', '\\documentclass{article}\n\\begin{document}\n正文。\n\\end{document}\n');
      editor.selection = new vscode.Selection(2, 2, 2, 2);
      assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', BLOCKCHAIN), false, 'a workspace setting may not point outside');
    } finally {
      await vscode.workspace.getConfiguration('reportLens').update('bibliographyFile', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.deepEqual(fs.readdirSync(outside).sort(), ['target.bib'], 'nothing was created outside the workspace');
    assert.ok(!fs.existsSync(join(folder.fsPath, 'unc.bib')), 'no file was written by a path naming another machine');
    assert.equal(fs.readFileSync(target, 'utf8'), '% the writer\'s own file\n', 'the linked file outside is untouched');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'notes.txt'))), notes);
    fs.unlinkSync(join(folder.fsPath, 'link.bib'));
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('reads ~/ in a document’s bibliography as the home folder: outside the workspace, so refused, and no folder named ~ made', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const editor = await openWorkspaceFile('tilde.md', '---\nbibliography: ~/report-lens-tilde.bib\n---\n\n正文。\n');
    const before = editor.document.getText();
    editor.selection = new vscode.Selection(4, 2, 4, 2);
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', BLOCKCHAIN), false);
    assert.equal(editor.document.getText(), before, 'the document is unchanged');
    assert.ok(!fs.existsSync(join(folder.fsPath, '~')), 'no folder named ~ in the workspace');
  });

  it('loads a user snapshot, renders its hostile text as plain text, and trusts only its own commands', async function () {
    // Three snapshot reloads, each awaited: slow on a busy machine.
    this.timeout(120_000);
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
      assert.ok(markdown.value.includes('\\[点我\\]\\(command\\:workbench\\.action\\.terminal\\.new\\)'), 'the text is shown, escaped');
      const links = [...markdown.value.matchAll(/(?<!\\)\]\((command:[\w.]+)/g)].map((match) => match[1]);
      assert.ok(links.length > 0 && links.every((link) => link.startsWith('command:reportLens.')), links.join(', '));
      assert.deepEqual(markdown.isTrusted, { enabledCommands: ['reportLens.insertCitation', 'reportLens.insertQuote', 'reportLens.openSource', 'reportLens.revealInSidebar'] }, 'the hover trusts only its own commands');
      assert.equal(markdown.supportHtml, false);
      assert.ok((await hoverText(editor.document, position)).includes('恶意术语'));
      // A right-to-left override shows as its code point: hidden, U+202E before `%01` made it read `10%` and reversed the rest of its line.
      assert.ok(markdown.value.includes('增长率为\\[U\\+202E\\]%01') && !markdown.value.includes('\u202e'), 'the hover shows the override');

      const { trees } = await api();
      const topic = trees.terms.getChildren().find((node) => node.kind === 'topic' && node.topic.startsWith('测试'))!;
      const termNode = trees.terms.getChildren(topic)[0];
      const tooltip = trees.terms.getTreeItem(termNode).tooltip as vscode.MarkdownString;
      assert.equal(tooltip.isTrusted, false, 'tree tooltips are never trusted');
      assert.ok(!/(?<!\\)\]\(command:/.test(tooltip.value), tooltip.value);
      assert.equal(trees.terms.getTreeItem(termNode).description, 'EvilTerm, Evil[U+202E]mreT', 'the tree shows the override');
      const definitionNode = trees.terms.getChildren(termNode)[0];
      assert.ok(String(trees.terms.getTreeItem(definitionNode).label).endsWith('增长率为[U+202E]%01。'), String(trees.terms.getTreeItem(definitionNode).label));
    } finally {
      await setting('extraSnapshots', undefined);
    }
    await waitForTerm('term:恶意术语', false);
  });

  it("shows a user report's title and section on one line each in the source view's header: a line break makes no header line of its own", async function () {
    // A title holding line breaks wrote a header of its own above the real one: another publisher, date and line.
    this.timeout(60_000);
    const fake = '国家互联网信息办公室 · 2023-05-23\n第二章 · line 99\nAn excerpt around the quote.';
    await withHostileVariant(
      'header.json',
      (term, report) => {
        report.title = `用户报告\n${fake}`;
        term.definitions[0].section = '第一章\r\n第二章';
      },
      async (id) => {
        const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLens.openSource', { kind: 'term', id });
        const lines = editor.document.getText().split('\n');
        assert.equal(lines[0], `用户报告 ${fake.replace(/\n/g, ' ')}`);
        assert.equal(lines[1], '2024');
        assert.equal(lines[2], '第一章 第二章 · line 1');
        assert.match(lines[3], /^An excerpt around the quote\. /);
        assert.ok(editor.document.getText(editor.selection).startsWith('恶意术语是一种测试用语'));
      },
    );
  });

  it('inserts no quote holding a bracketed number into a numbered plain-text draft, where it would be renumbered: it goes to the clipboard', async function () {
    this.timeout(60_000);
    // A user's report that cites its own sources: its sentence keeps the [1].
    await withHostileVariant('bracketed.json', (term) => (term.definitions[0].quote = '恶意术语是一种测试用语，据测算[1]，规模达38.5万亿元。'), async (id) => {
      const original = `甲[1]。乙。\n\n参考文献\n\n[1] 某报告.\n`;
      const editor = await openDraft(original, 'plaintext');
      editor.selection = new vscode.Selection(0, 5, 0, 5);
      await vscode.env.clipboard.writeText('');
      assert.equal(await vscode.commands.executeCommand('reportLens.insertQuote', { kind: 'term', id }), false);
      assert.equal(editor.document.getText(), original, 'the draft is as it was');
      assert.ok((await vscode.env.clipboard.readText()).startsWith('「恶意术语是一种测试用语，据测算[1]，'), await vscode.env.clipboard.readText());
      // A citation without the quote goes in as ever.
      assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id }), true);
    });
  });

  it('gives a user term whose id reads like a topic\'s its own id in the Terms view', async function () {
    this.timeout(60_000);
    // The view keeps one element per id: a term with the id of its own topic took the topic's place.
    await withHostileVariant('topic-id.json', (term) => (term.id = `topic:${term.category}`), async (id) => {
      const { trees } = await api();
      const category = (await api()).library()!.term(id)!.category;
      const topic = trees.terms.getChildren().find((node) => node.kind === 'topic' && node.topic === category)!;
      const ids = [topic, ...trees.terms.getChildren(topic)].map((node) => trees.terms.getTreeItem(node).id);
      assert.equal(new Set(ids).size, ids.length, ids.join(', '));
    });
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

  it('keeps a footnote definition that opens the draft whole when another cursor sits in it', async () => {
    // The second cursor's marker went to the definition's start without the blank line its plan puts after it:
    // `[^jd…][^a]: 我的注释。` is no definition of [^a], and the writer's note was lost to the renderer.
    const editor = await openDraft('[^a]: 我的注释。\n\n正文[^a]。\n');
    editor.selections = [new vscode.Selection(2, 2, 2, 2), new vscode.Selection(0, 3, 0, 3)];
    await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: 'term:自主系统' });
    const text = editor.document.getText();
    assert.match(text, /^\[\^jd-2021-future-tech-trends\]\n\n\[\^a\]: 我的注释。\n\[\^jd-2021-future-tech-trends\]: .+\n\n正文\[\^jd-2021-future-tech-trends\]\[\^a\]。\n$/);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), '[^a]: 我的注释。\n\n正文[^a]。\n', 'one undo step');
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

  it('stays responsive on a 10 MB single-line file and scans a 50,000-line one', async function () {
    // Writing and opening 10 MB takes a while on a busy machine; the bounds below are on Report Lens's own work.
    this.timeout(120_000);
    const { trees } = await api();
    const huge = '数字经济，'.repeat(2_100_000) + '区块链';
    const editor = await openDraft(huge, 'plaintext');
    // Generous bounds, far below what scanning or matching the whole line would take: a hang or a full scan fails.
    let started = Date.now();
    trees.documentTerms.scan(editor.document);
    assert.ok(Date.now() - started < 1_000, `refusing to scan took ${Date.now() - started} ms`);
    assert.ok(trees.documentTerms.notice?.includes('reportLens.maxScanCharacters'), 'too large to scan, and it says so');
    assert.deepEqual(trees.documentTerms.getChildren(), []);
    // The hover reads a window around the pointer: at the end of 10 MB it costs about what it costs on a short line.
    const short = await openDraft('区块链', 'plaintext');
    started = Date.now();
    assert.ok((await hoverText(short.document, new vscode.Position(0, 2))).includes('区块链'));
    const shortMs = Date.now() - started;
    started = Date.now();
    assert.ok((await hoverText(editor.document, new vscode.Position(0, huge.length - 1))).includes('区块链'));
    const longMs = Date.now() - started;
    assert.ok(longMs < 10 * shortMs + 5_000, `the hover took ${longMs} ms at the end of 10 MB, ${shortMs} ms on a short line`);
    await closeAll();
    const long = Array.from({ length: 50_000 }, (_, i) => (i % 1000 === 0 ? '物联网与边缘计算' : '普通的一行文字')).join('\n');
    const tall = await openDraft(long, 'plaintext');
    trees.documentTerms.scan(tall.document);
    const counts = trees.documentTerms.getChildren().map((node) => (node.kind === 'term' ? `${node.term.term}×${node.count}` : ''));
    assert.deepEqual(counts, ['边缘计算×50', '物联网×50']);
  });
});

/** A minimal valid snapshot with one term, as a user or a repository could ship it. */
function oneTermSnapshot(reportId: string, term: string): string {
  const quote = `${term}是一个测试用的词。`;
  return JSON.stringify({
    schemaVersion: 1,
    reports: [{ id: reportId, file: `${reportId}.txt`, title: term, shortTitle: term, type: 'report', language: 'zh-Hans' }],
    sections: [],
    terms: [{ id: `term:${term}`, term, aliases: [], category: '测试', definitions: [{ reportId, section: '', line: 1, quote, offset: 0, before: '', after: '', kind: 'explicit' }], occurrences: [{ reportId, line: 1 }], figureIds: [] }],
    figures: [],
    captions: [],
    fold: { t2s: {} },
  });
}

describe('hardening: what a repository may make Report Lens read', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  /** A folder beside the workspace, outside it, for files the repository must not reach. */
  const outside = (name: string) => vscode.Uri.joinPath(folder(), '..', `report-lens-outside-${process.pid}-${name}`);
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

  before(async () => {
    await write(outside('lens.json'), oneTermSnapshot('outside-lens', '外部术语'));
    await write(workspaceFile('inside-lens.json'), oneTermSnapshot('inside-lens', '内部术语'));
    fs.symlinkSync(outside('lens.json').fsPath, workspaceFile('linked-lens.json').fsPath);
  });

  after(async () => {
    await vscode.workspace.fs.delete(outside('lens.json'));
    await setting('extraSnapshots', undefined);
    await setting('maxSnapshotMegabytes', undefined);
  });

  it('reads a workspace setting’s snapshot inside the folder, never one outside it or behind a link that leads out', async () => {
    const workspace = vscode.workspace.getConfiguration('reportLens');
    await workspace.update('extraSnapshots', [`../${outside('lens.json').path.split('/').pop()}`, outside('lens.json').fsPath, 'linked-lens.json', 'inside-lens.json'], vscode.ConfigurationTarget.Workspace);
    try {
      // The inside file comes last: once it is loaded, the three before it were decided.
      await waitForTerm('term:内部术语', true);
      assert.equal((await api()).library()!.term('term:外部术语'), undefined, 'nothing outside the workspace is read for the repository');
    } finally {
      await workspace.update('extraSnapshots', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForTerm('term:内部术语', false);
  });

  it('reads no workspace library whose snapshot.json is a link that leads out of the workspace', async () => {
    // A repository's `.reportlens/snapshot.json` linked to another project's library (another client's reports):
    // its quotes would show in hovers and go into this repository's drafts with Insert quote.
    const library = workspaceFile('.reportlens');
    await write(outside('library.json'), oneTermSnapshot('outside-library', '外部库术语'));
    fs.mkdirSync(library.fsPath);
    fs.symlinkSync(outside('library.json').fsPath, vscode.Uri.joinPath(library, 'snapshot.json').fsPath);
    try {
      // A settings change reloads the library, workspace libraries included; the inside file says the load is done.
      await setting('extraSnapshots', ['inside-lens.json']);
      await waitForTerm('term:内部术语', true);
      assert.equal((await api()).library()!.term('term:外部库术语'), undefined, 'the library behind the link was not read');
    } finally {
      fs.rmSync(library.fsPath, { recursive: true, force: true });
      await vscode.workspace.fs.delete(outside('library.json'));
      await setting('extraSnapshots', undefined);
    }
    await waitForTerm('term:内部术语', false);
  });

  it('reads what the writer’s own user settings name, even outside the workspace', async () => {
    await setting('extraSnapshots', [outside('lens.json').fsPath]);
    await waitForTerm('term:外部术语', true);
    await setting('extraSnapshots', undefined);
    await waitForTerm('term:外部术语', false);
  });

  it('reads no draft behind a link that leads out of the workspace, and no pipe, when checking the workspace’s figures', async () => {
    const draft = outside('draft.md');
    await write(draft, '2019年，我国数字经济规模达到38.5万亿元。\n');
    const link = workspaceFile('linked-draft.md');
    const pipe = workspaceFile('draft-pipe.md');
    fs.symlinkSync(draft.fsPath, link.fsPath);
    assert.equal(spawnSync('mkfifo', [pipe.fsPath]).status, 0, 'mkfifo');
    try {
      // A pipe read would wait for a writer that never comes: the command returning at all is half the test.
      const result = await vscode.commands.executeCommand<{ files: number }>('reportLens.checkWorkspaceFigures');
      assert.ok(result.files >= 1, JSON.stringify(result));
      assert.deepEqual(vscode.languages.getDiagnostics(link).filter((diagnostic) => diagnostic.source === 'Report Lens'), [], 'the draft outside was not read');
    } finally {
      fs.unlinkSync(link.fsPath);
      fs.unlinkSync(pipe.fsPath);
      await vscode.workspace.fs.delete(draft);
    }
  });

  it('refuses a pipe, a device, a folder and a file over the cap without blocking, and loads the next file', async () => {
    const fifo = vscode.Uri.joinPath(folder(), 'snapshot.fifo');
    assert.equal(spawnSync('mkfifo', [fifo.fsPath]).status, 0, 'mkfifo');
    await write(workspaceFile('big-lens.json'), oneTermSnapshot('big-lens', '大术语') + ' '.repeat(2 * 2 ** 20));
    await setting('maxSnapshotMegabytes', 1);
    await setting('extraSnapshots', ['snapshot.fifo', '/dev/zero', 'user-snapshots', 'big-lens.json', 'inside-lens.json']);
    try {
      await waitForTerm('term:内部术语', true);
      const { library } = await api();
      assert.equal(library()!.term('term:大术语'), undefined, 'a file over the cap is not read');
      assert.ok(library()!.term('term:区块链'), 'the built-in snapshot keeps working');
    } finally {
      await setting('extraSnapshots', undefined);
      await setting('maxSnapshotMegabytes', undefined);
    }
    await waitForTerm('term:内部术语', false);
  });
});

/**
 * Runs only in the second launch of scripts/test-integration.mjs, which opens the hostile
 * repository (test/fixtures/hostile/workspace) untrusted; that launch fails if no test runs.
 */
(process.env.REPORT_LENS_RESTRICTED ? describe : describe.skip)('Restricted Mode: a hostile repository opened untrusted', function () {
  // This launch's first test activates the extension on a possibly busy machine.
  this.timeout(120_000);
  afterEach(closeAll);

  it('is untrusted, and the repository’s path and format settings do not apply', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const configuration = vscode.workspace.getConfiguration('reportLens');
    assert.deepEqual(configuration.get('extraSnapshots'), []);
    assert.equal(configuration.get('bibliographyFile'), '');
    assert.equal(configuration.get('reportsFolder'), '');
    assert.equal(configuration.get('maxSnapshotMegabytes'), 20);
    assert.deepEqual(configuration.get<Record<string, string>>('citationFormats')?.markdown, 'markdown-footnote');
  });

  it('reads no snapshot the repository names, inside or outside the folder, and the built-in reports work', async () => {
    const { library } = await api();
    assert.equal(library()!.term('term:仓库术语'), undefined);
    assert.equal(library()!.term('term:外部术语'), undefined);
    const editor = await openDraft('区块链很重要。');
    assert.ok((await hoverText(editor.document, positionOf(editor.document, '区块链'))).includes('区块链'));
  });

  it('cites with the writer’s settings, not the repository’s, and writes nothing outside the folder', async () => {
    const editor = await openDraft('正文');
    editor.selection = new vscode.Selection(0, 2, 0, 2);
    assert.equal(await vscode.commands.executeCommand('reportLens.insertCitation', { kind: 'term', id: 'term:区块链' }), true);
    assert.match(editor.document.getText(), /^正文\[\^[\w-]+\]\n\n\[\^[\w-]+\]: /, 'a Markdown footnote, not the repository’s Pandoc');
    const parent = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '..');
    assert.deepEqual((await vscode.workspace.fs.readDirectory(parent)).map(([name]) => name).sort(), ['README.md', 'outside.json', 'workspace']);
  });
});
