/**
 * Extraction of real documents: PDFs printed by headless Chromium from a
 * report's own text, a Word file written from another's, a scanned-like PDF
 * and a corrupt one. The extracted text goes through the same cleaning and
 * extraction as the built-in reports; quotes keep their page.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { getDocumentProxy } from 'unpdf';
import { OWN_NAVIGATOR } from '../../scripts/indexer-bundle.mjs';
import { replaceRadicals } from '../../src/core/normalize';
import { parseUserSnapshot } from '../../src/core/snapshot';
import { extractDocument, ExtractionError, pageOfLines, PAGE_BREAK } from '../../src/indexer/extract/document';
import { LIBRARY_FOLDER } from '../../src/core/workspaceLibrary';
import type { PatternStalledError } from '../../src/indexer/patternWatchdog';
import { changedReports, extractReports, libraryAdditions, readLibrary, reportFiles, updateLibrary, updateLibraryOffThread } from '../../src/indexer/workspaceLibrary';
import { ROOT } from './helpers';
import { AI_REPORT, INDUSTRIAL_REPORT, corruptPdf, printPdf, printScannedPdf, withBrowser, writeDocx } from '../support/documents';

/** The text PDF.js reads from one page, for checking a quote's page independently of the extractor's layout. */
async function pageText(pdf: Uint8Array, page: number): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const content = await (await document.getPage(page)).getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
  await document.destroy();
  return replaceRadicals(text).replace(/\s+/g, '');
}

describe('extracting PDF and Word reports', function () {
  // Chromium prints, PDF.js reads and esbuild bundles: slow on a busy 2-core machine.
  this.timeout(300_000);
  let pdf: Uint8Array;
  let scanned: Uint8Array;
  let docx: Uint8Array;

  before(async () => {
    await withBrowser(async (browser) => {
      pdf = await printPdf(browser, AI_REPORT.spec());
      scanned = await printScannedPdf(browser);
    });
    docx = await writeDocx(INDUSTRIAL_REPORT.spec());
  });

  it('reads a Chromium-printed PDF page by page, with its metadata and its running header and page numbers found', async () => {
    const document = await extractDocument('ai.pdf', pdf);
    assert.ok(document.pages >= 4, `${document.pages} pages`);
    assert.equal(document.text.split(`\n${PAGE_BREAK}\n`).length, document.pages);
    assert.deepEqual(document.metadata, { title: '人工智能专题报告' });
    const header = document.repeatedLines.map((pattern) => new RegExp(pattern, 'u'));
    assert.ok(header.some((pattern) => pattern.test('上海人工智能专题 · 内部参考')), document.repeatedLines.join(' | '));
    assert.ok(header.some((pattern) => pattern.test('12')), 'page numbers are dropped');
    assert.ok(!header.some((pattern) => pattern.test('人工智能专题报告')), 'the title, on one page only, is kept');
  });

  it('reads a running header of many numbers in linear time, and drops the page numbers of its shape with it (a hostile PDF held the host for minutes)', async () => {
    const spec = AI_REPORT.spec();
    const header = Array.from({ length: 12 }, (_, index) => String(index + 1)).join(' ');
    const digits = `${'1'.repeat(36)}年`;
    const hostile = await withBrowser((browser) => printPdf(browser, { ...spec, header, paragraphs: [...spec.paragraphs.slice(0, 3), digits, ...spec.paragraphs.slice(3)] }));
    const document = await extractDocument('hostile.pdf', hostile);
    const patterns = document.repeatedLines.map((pattern) => new RegExp(pattern, 'u'));
    assert.ok(patterns.some((pattern) => pattern.test(header)), document.repeatedLines.join(' | '));
    // The footer's page numbers have the header's shape (numbers only): one pattern drops both.
    assert.ok(patterns.some((pattern) => pattern.test('3')), `page numbers are dropped: ${document.repeatedLines.join(' | ')}`);
    assert.ok(document.text.split('\n').includes(digits), 'the line of digits is the report’s and stays');
    // Each pattern is tried on every line; `\d+\s*\d+…` took seconds on this one line, and minutes on a longer one.
    const started = performance.now();
    assert.ok(!patterns.some((pattern) => pattern.test(digits)));
    assert.ok(performance.now() - started < 500, `${Math.round(performance.now() - started)} ms to read one line`);
  });

  it('stops between pages when cancelled, not at the end of the file', async () => {
    const controller = new AbortController();
    // Aborted a few turns of the event loop into the first page.
    let turns = 0;
    const abortSoon = () => {
      if (++turns === 2) controller.abort();
      else setImmediate(abortSoon);
    };
    setImmediate(abortSoon);
    await assert.rejects(extractDocument('ai.pdf', pdf, controller.signal), { name: 'AbortError' });
    // Not aborted, the same file reads to its end.
    assert.ok((await extractDocument('ai.pdf', pdf, new AbortController().signal)).pages >= 4);
  });

  it('rejoins the lines the page width broke, so every report paragraph is one line of the extracted text', async () => {
    const { text } = await extractDocument('ai.pdf', pdf);
    const lines = new Set(text.split('\n').map((line) => replaceRadicals(line).replace(/\s+/g, '')));
    const paragraphs = AI_REPORT.spec().paragraphs.map((paragraph) => replaceRadicals(paragraph).replace(/\s+/g, ''));
    // Paragraphs that a page break cuts in two are rejoined by the cleaning, not here.
    const whole = paragraphs.filter((paragraph) => lines.has(paragraph));
    assert.ok(whole.length >= paragraphs.length * 0.8, `${whole.length} of ${paragraphs.length} paragraphs are whole lines`);
  });

  it('reads a Word file: one line per paragraph, title and author from its properties', async () => {
    const document = await extractDocument('industrial.docx', docx);
    assert.equal(document.pages, 0);
    assert.deepEqual(document.metadata, { title: '工业互联网专题', author: '中国信息产业研究院' });
    const paragraphs = INDUSTRIAL_REPORT.spec().paragraphs;
    assert.deepEqual(document.text.split('\n').filter((line) => line.length > 0), paragraphs);
  });

  it('names a scanned PDF without text, a corrupt PDF, a fake Word file and an unknown type', async () => {
    const reasons: string[] = [];
    for (const [file, bytes] of [
      ['scan.pdf', scanned],
      ['broken.pdf', corruptPdf()],
      ['fake.docx', new TextEncoder().encode('not a zip')],
      ['slides.pptx', docx],
    ] as const) {
      await assert.rejects(extractDocument(file, bytes), (error: unknown) => {
        assert.ok(error instanceof ExtractionError);
        reasons.push(error.message);
        return true;
      });
    }
    assert.match(reasons[0], /^scan\.pdf: no text layer \(a scanned PDF\?/);
    assert.match(reasons[1], /^broken\.pdf: not a readable PDF/);
    assert.match(reasons[2], /^fake\.docx: not a readable Word document/);
    assert.match(reasons[3], /^slides\.pptx: unsupported file type "\.pptx"/);
  });

  it('reads PDFs in the bundle the extension loads, in a host where reading the global navigator throws (as VS Code\'s does)', async () => {
    const dir = await indexerBundle();
    writeFileSync(join(dir, 'report.pdf'), pdf);
    writeFileSync(join(dir, 'host.js'), "Object.defineProperty(globalThis, 'navigator', { configurable: true, get() { throw new Error('PendingMigrationError: navigator is now a global in nodejs'); } });\n");
    const script = `require(${JSON.stringify(join(dir, 'indexer.js'))}).extractReports([${JSON.stringify(join(dir, 'report.pdf'))}], new Set()).then((run) => console.log(JSON.stringify({ added: run.extracted.map((item) => item.guess.report.id), skipped: run.skipped })))`;
    const result = spawnSync(process.execPath, ['--require', join(dir, 'host.js'), '--eval', script], { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(result.stdout || '{}'), { added: ['report'], skipped: [] }, result.stderr);
  });

  describe('a workspace library built from them', () => {
    let workspace: string;
    let library: string;

    before(async () => {
      workspace = mkdtempSync(join(tmpdir(), 'report-lens-library-'));
      const reports = join(workspace, 'reports');
      writeFileSync(join(workspace, 'keep.txt'), '');
      mkdirSync(reports);
      for (const [name, bytes] of [['shanghai-ai-2020.pdf', pdf], ['industrial.docx', docx], ['scanned.pdf', scanned], ['corrupt.pdf', corruptPdf()]] as const) {
        writeFileSync(join(reports, name), bytes);
      }
      library = join(workspace, LIBRARY_FOLDER);
      const { extracted, skipped } = await extractReports(readdirSync(reports).map((name) => join(reports, name)), new Set(['shanghai-ai-2020-feature']));
      assert.deepEqual(
        skipped.map((file) => [file.path.slice(reports.length + 1), file.reason.split(' (')[0]]),
        [
          ['corrupt.pdf', 'not a readable PDF'],
          ['scanned.pdf', 'no text layer'],
        ],
      );
      updateLibrary(library, { add: extracted.map((item) => ({ extracted: item, report: item.guess.report })) });
    });

    it('writes a snapshot the extension loads as it loads every user snapshot (validated, its text files below the library)', () => {
      const snapshot = parseUserSnapshot(readFileSync(join(library, 'snapshot.json'), 'utf8'), 'json', 50_000_000);
      assert.deepEqual(snapshot.reports.map((report) => report.file).sort(), ['text/industrial.txt', 'text/shanghai-ai-2020.txt']);
    });

    it('quotes the PDF verbatim, at the line of its extracted text and the page of the PDF the quote is on', async () => {
      const snapshot = JSON.parse(readFileSync(join(library, 'snapshot.json'), 'utf8'));
      // 移动互联网's first sentence is the PDF's (the Word file does not use the term).
      const term = snapshot.terms.find((candidate: { term: string }) => candidate.term === '移动互联网');
      assert.ok(term, `terms: ${snapshot.terms.map((candidate: { term: string }) => candidate.term).join(', ')}`);
      assert.equal(term.id, 'library:term:移动互联网');
      const definition = term.definitions[0];
      assert.match(definition.quote, /^移動互聯網到來,上海拿出瞭拼多多/);
      assert.equal(definition.reportId, 'shanghai-ai-2020');
      const text = readFileSync(join(library, 'text', 'shanghai-ai-2020.txt'), 'utf8');
      assert.ok(replaceRadicals(text.split('\n')[definition.line - 1]).includes(definition.quote), 'the quote is on its line of the extracted text');
      assert.equal(definition.page, pageOfLines(text)![definition.line]);
      assert.ok((await pageText(pdf, definition.page)).includes(definition.quote), `the quote is on page ${definition.page} of the PDF`);
      for (const figure of snapshot.figures) assert.ok(figure.page === undefined || figure.reportId === 'shanghai-ai-2020', 'only the PDF has pages');
    });

    it('keeps a catalogue the team can edit, and its header and footer rules', () => {
      const entries = readLibrary(library);
      assert.deepEqual(
        entries.map((entry) => [entry.report.id, entry.report.file, entry.source, entry.pages]),
        [
          ['industrial', 'text/industrial.txt', '../reports/industrial.docx', undefined],
          ['shanghai-ai-2020', 'text/shanghai-ai-2020.txt', '../reports/shanghai-ai-2020.pdf', 6],
        ].sort(),
      );
      assert.match(readFileSync(join(library, 'curation.yaml'), 'utf8'), /shanghai-ai-2020:\n\s+dropLines:\n\s+- .*内部参考/);
    });

    it('re-extracts only the files whose content changed, and removes a report', async () => {
      writeFileSync(join(workspace, 'reports', 'industrial.docx'), await writeDocx({ ...INDUSTRIAL_REPORT.spec(), paragraphs: INDUSTRIAL_REPORT.spec().paragraphs.slice(0, 40) }));
      const { changed, unchanged, skipped } = await changedReports(library, workspace);
      assert.deepEqual([changed.map((item) => item.report.id), unchanged, skipped], [['industrial'], ['shanghai-ai-2020'], []]);
      updateLibrary(library, { add: changed, remove: ['shanghai-ai-2020'] });
      assert.deepEqual(readLibrary(library).map((entry) => entry.report.id), ['industrial']);
      assert.ok(!existsSync(join(library, 'text', 'shanghai-ai-2020.txt')));
      assert.deepEqual(readdirSync(workspace).sort(), ['.reportlens', 'keep.txt', 'reports'], 'no temporary folder is left behind');
    });

    it('refuses a catalogue whose text file is outside the library, leaving the library as it was', () => {
      const catalogue = join(library, 'catalog.yaml');
      const good = readFileSync(catalogue, 'utf8');
      const snapshot = readFileSync(join(library, 'snapshot.json'), 'utf8');
      writeFileSync(catalogue, good.replace('file: text/industrial.txt', 'file: ../reports/../../etc/hostname'));
      try {
        assert.throws(() => updateLibrary(library, {}), /catalog\.yaml:\d+: file "\.\.\/reports\/\.\.\/\.\.\/etc\/hostname" must be inside the reports folder/);
        assert.equal(readFileSync(join(library, 'snapshot.json'), 'utf8'), snapshot);
      } finally {
        writeFileSync(catalogue, good);
      }
    });

    it('stops before writing anything when cancelled', async () => {
      const before = readFileSync(join(library, 'snapshot.json'), 'utf8');
      const controller = new AbortController();
      controller.abort();
      await assert.rejects(extractReports([join(workspace, 'reports', 'industrial.docx')], new Set(), { signal: controller.signal }), /cancelled/);
      assert.equal(readFileSync(join(library, 'snapshot.json'), 'utf8'), before);
    });
  });
});

describe('a workspace library that holds links (a hostile repository)', () => {
  /** A workspace with one Markdown report, and a folder outside it holding a file the writer keeps. */
  async function workspaceWithOutside() {
    const root = mkdtempSync(join(tmpdir(), 'report-lens-links-'));
    const workspace = join(root, 'workspace');
    const outside = join(root, 'outside');
    mkdirSync(workspace);
    mkdirSync(outside);
    writeFileSync(join(outside, 'precious.txt'), 'the writer’s own file\n');
    writeFileSync(join(workspace, 'report.md'), '# 数字经济报告\n\n2023年数字经济规模达到53.9万亿元，同比增长7.4%。\n');
    const { extracted } = await extractReports([join(workspace, 'report.md')], new Set());
    const library = join(workspace, LIBRARY_FOLDER);
    return { workspace, outside, library, add: libraryAdditions(library, extracted) };
  }

  it('adds from a folder the reports in it, never a file a link in it leads to (the writer chose the folder, not what it links to)', async () => {
    const { workspace, outside } = await workspaceWithOutside();
    symlinkSync(join(outside, 'precious.txt'), join(workspace, 'notes.txt'));
    symlinkSync(outside, join(workspace, 'more'));
    assert.deepEqual(reportFiles([workspace]), [join(workspace, 'report.md')]);
    assert.deepEqual(reportFiles([join(workspace, 'notes.txt')]), [join(workspace, 'notes.txt')], 'a file chosen by name is read, link or not');
  });

  it('reads no named pipe met in a folder being added or named by the catalogue, and says so (reading one held the extension host for good)', async function () {
    if (process.platform === 'win32') this.skip();
    const { workspace, library, add } = await workspaceWithOutside();
    updateLibrary(library, { add });
    const catalogue = join(library, 'catalog.yaml');
    writeFileSync(catalogue, readFileSync(catalogue, 'utf8').replace('source: ../report.md', 'source: ../notes.txt'));
    assert.equal(spawnSync('mkfifo', [join(workspace, 'notes.txt')]).status, 0);
    // In a child process with a time limit: a read that blocks holds its thread, which no mocha timeout interrupts.
    const script = `const tools = require(${JSON.stringify(join(ROOT, 'src', 'indexer', 'workspaceLibrary.ts'))});
      (async () => {
        const added = await tools.extractReports(tools.reportFiles([${JSON.stringify(workspace)}]), new Set());
        const reindexed = await tools.changedReports(${JSON.stringify(library)}, ${JSON.stringify(workspace)});
        console.log(JSON.stringify({ added: added.extracted.map((item) => item.guess.report.title), skipped: added.skipped, reindexed: reindexed.skipped }));
      })();`;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--eval', script], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.signal, null, 'the run ends');
    const notes = join(workspace, 'notes.txt');
    const reason = 'not a regular file (a pipe, a device or a socket), so not read';
    assert.deepEqual(JSON.parse(result.stdout || '{}'), { added: ['数字经济报告'], skipped: [{ path: notes, reason }], reindexed: [{ path: notes, reason: `${reason}; its last extracted text is kept` }] }, result.stderr);
  });

  it('re-index reads no original the catalogue names outside the workspace (a path up, an absolute path, a link out), unless the writer chose it this session', async () => {
    const { workspace, outside, library, add } = await workspaceWithOutside();
    updateLibrary(library, { add });
    const catalogue = join(library, 'catalog.yaml');
    const textFile = join(library, 'text', `${add[0].report.id}.txt`);
    const text = readFileSync(textFile, 'utf8');
    const shared = readFileSync(catalogue, 'utf8');
    assert.match(shared, /source: \.\.\/report\.md\n/);
    symlinkSync(join(outside, 'precious.txt'), join(workspace, 'notes.txt'));
    // A path outside as written is not even resolved (on Windows resolving `//host/share/x` connects to that host):
    // one through a link loop out there is outside, not a file that cannot be read.
    symlinkSync(join(outside, 'loop'), join(outside, 'loop'));
    for (const source of ['../../outside/precious.txt', join(outside, 'precious.txt'), '../notes.txt', '../../outside/loop/precious.txt']) {
      writeFileSync(catalogue, shared.replace('source: ../report.md', `source: ${source}`));
      const { changed, unchanged, skipped } = await changedReports(library, workspace);
      assert.deepEqual([changed, unchanged, skipped.map((file) => file.outsideWorkspace)], [[], [], [true]], source);
      assert.match(skipped[0].reason, /outside the workspace folder, so not read .*its last extracted text is kept\. Add it again/);
      updateLibrary(library, { add: changed });
      assert.equal(readFileSync(textFile, 'utf8'), text, 'the report keeps its text');
      assert.ok(!readFileSync(join(library, 'snapshot.json'), 'utf8').includes('writer’s own file'));
    }
    // Chosen in Add reports this session (a report kept outside, here reached through a link): the writer's choice, read.
    writeFileSync(join(outside, 'chosen.md'), '# 数字经济报告\n\n2024年数字经济规模达到60万亿元。\n');
    symlinkSync(join(outside, 'chosen.md'), join(workspace, 'chosen.md'));
    writeFileSync(catalogue, shared.replace('source: ../report.md', 'source: ../chosen.md'));
    const { changed } = await changedReports(library, workspace, { chosen: [join(outside, 'chosen.md')] });
    assert.match(changed[0].extracted.document.text, /60万亿元/);
  });

  it('adds a report it already holds (the same original, or a copy of it) in place of its entry, with its id and corrected catalogue, not as a second report', async () => {
    const { workspace, outside, library, add } = await workspaceWithOutside();
    updateLibrary(library, { add });
    const catalogue = join(library, 'catalog.yaml');
    const id = add[0].report.id;
    const corrected = readFileSync(catalogue, 'utf8').replace(/title: .*\n/, 'title: 数字经济报告（修订）\n');
    writeFileSync(catalogue, corrected);
    // Re-index skipped it as outside the workspace, and the writer adds it again, as the message says; then a copy.
    writeFileSync(join(workspace, 'report.md'), '# 数字经济报告\n\n2024年数字经济规模达到60万亿元。\n');
    writeFileSync(join(outside, 'copy.md'), readFileSync(join(workspace, 'report.md')));
    for (const path of [join(workspace, 'report.md'), join(outside, 'copy.md')]) {
      const { extracted } = await extractReports([path], new Set(readLibrary(library).map((entry) => entry.report.id)));
      assert.notEqual(extracted[0].guess.report.id, id, 'a fresh guess avoids the ids taken');
      updateLibrary(library, { add: libraryAdditions(library, extracted) });
      const entries = readLibrary(library);
      assert.deepEqual(entries.map((entry) => [entry.report.id, entry.report.title]), [[id, '数字经济报告（修订）']], path);
      assert.match(readFileSync(join(library, 'text', `${id}.txt`), 'utf8'), /60万亿元/);
    }
  });

  const layouts: [string, (library: string, outside: string) => void][] = [
    ['a committed snapshot.json linked to a file outside', (library, outside) => {
      mkdirSync(library);
      symlinkSync(join(outside, 'precious.txt'), join(library, 'snapshot.json'));
    }],
    ['the library folder itself a link to a folder outside', (library, outside) => symlinkSync(outside, library)],
    ['its text folder a link to a folder outside', (library, outside) => {
      mkdirSync(library);
      symlinkSync(outside, join(library, 'text'));
    }],
  ];
  for (const [name, plant] of layouts) {
    it(`refuses ${name}, writing nothing outside the workspace`, async () => {
      const { workspace, outside, library, add } = await workspaceWithOutside();
      plant(library, outside);
      assert.throws(() => updateLibrary(library, { add }), /is a link/);
      assert.deepEqual(readdirSync(outside), ['precious.txt']);
      assert.equal(readFileSync(join(outside, 'precious.txt'), 'utf8'), 'the writer’s own file\n');
      assert.deepEqual(readdirSync(workspace).sort(), ['.reportlens', 'report.md'], 'no temporary folder is left behind');
    });
  }
});

/** The indexer bundled as the extension loads it (`dist/indexer.js`), in a new temporary folder; returns the folder. */
async function indexerBundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'report-lens-bundle-'));
  await build({ entryPoints: [join(ROOT, 'src', 'indexer', 'workspaceLibrary.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, 'indexer.js'), logLevel: 'silent', charset: 'utf8', ...OWN_NAVIGATOR });
  return dir;
}

describe('a library change in a worker thread', function () {
  // esbuild bundles the indexer, and each worker loads it: slow on a busy 2-core machine.
  this.timeout(120_000);
  let bundle: string;
  before(async () => {
    bundle = join(await indexerBundle(), 'indexer.js');
  });

  /** A library whose curation (`rule`: a cleaning rule in YAML's flow style) backtracks for hours on a line of its report. */
  async function stuckLibrary(rule: string) {
    const workspace = mkdtempSync(join(tmpdir(), 'report-lens-worker-'));
    // A line a repository's pattern takes hours over: `^(a|a)*$` tries both branches for every `a` before the `!`.
    writeFileSync(join(workspace, 'economy.md'), `# 数字经济报告\n\n2023年数字经济规模达到53.9万亿元。\n\n${'a'.repeat(40)}!\n`);
    const library = join(workspace, LIBRARY_FOLDER);
    const { extracted } = await extractReports([join(workspace, 'economy.md')], new Set());
    updateLibrary(library, { add: libraryAdditions(library, extracted) });
    writeFileSync(join(library, 'curation.yaml'), `cleaning:\n  all: ${rule}\n`);
    const before = Object.fromEntries(['catalog.yaml', 'curation.yaml', 'snapshot.json'].map((name) => [name, readFileSync(join(library, name), 'utf8')]));
    const stuckLine = readFileSync(join(library, 'text', 'economy.txt'), 'utf8').split('\n').indexOf(`${'a'.repeat(40)}!`) + 1;
    const leftAsItWas = () => {
      for (const [name, text] of Object.entries(before)) assert.equal(readFileSync(join(library, name), 'utf8'), text, `${name} as it was`);
      assert.deepEqual(readdirSync(workspace).sort(), [LIBRARY_FOLDER, 'economy.md'].sort(), 'no half-built library left beside it');
    };
    return { library, stuckLine, leftAsItWas };
  }

  it('is stopped by its signal while the library\'s own curation pattern backtracks, the library left as it was; runs to the end otherwise', async () => {
    const { library, leftAsItWas } = await stuckLibrary('{ dropLines: ["^(a|a)*$"] }');
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 1_500);
    const started = Date.now();
    await assert.rejects(updateLibraryOffThread(bundle, library, { add: [] }, stop.signal), { name: 'CancelledError' });
    assert.ok(Date.now() - started < 10_000, `stopped after ${Date.now() - started} ms`);
    leftAsItWas();

    // With a pattern that ends, the change runs to the end and is swapped in.
    writeFileSync(join(library, 'curation.yaml'), 'cleaning: {}\n');
    await updateLibraryOffThread(bundle, library, { remove: ['economy'] }, new AbortController().signal);
    assert.deepEqual(readLibrary(library), []);
  });

  for (const [kind, rule] of [
    ['a line to drop', '{ dropLines: ["^(a|a)*$"] }'],
    ['a span to cut', '{ cutSpans: ["(a|a)*$"] }'],
    // A blank line matches `^(a|a)*$` and would open the block before the line of `a`s.
    ['the start of a block to drop', '{ dropBlocks: [{ start: "^(a|a)+$" }] }'],
  ]) {
    it(`stops by itself a curation pattern for ${kind} that holds one line too long, naming the pattern and the line; the library left as it was`, async () => {
      const { library, stuckLine, leftAsItWas } = await stuckLibrary(rule);
      assert.ok(stuckLine > 0);
      const pattern = /"(?<source>[^"]+)"/.exec(rule)!.groups!.source;
      const started = Date.now();
      await assert.rejects(updateLibraryOffThread(bundle, library, { add: [] }, undefined, 2_000), (error: PatternStalledError) => {
        // The editor words the message in the writer's language from these.
        assert.deepEqual(
          [error.name, error.pattern, error.curationFile, error.textFile, error.line, error.seconds],
          ['PatternStalledError', pattern, '.reportlens/curation.yaml', '.reportlens/text/economy.txt', stuckLine, 2],
        );
        assert.equal(
          error.message,
          `the cleaning pattern ${JSON.stringify(pattern)} of .reportlens/curation.yaml ran on line ${stuckLine} of .reportlens/text/economy.txt for over 2 s and was stopped: it backtracks (as ^(a|a)*$ does on a line of a's). Rewrite or remove it`,
        );
        return true;
      });
      assert.ok(Date.now() - started < 30_000, `stopped after ${Date.now() - started} ms`);
      leftAsItWas();
    });
  }
});

describe('a workspace library catalogue the writer edited', () => {
  it('keeps the catalogue the writer saves while the library is indexed: that change is refused, not swapped in over the save', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'report-lens-saved-'));
    writeFileSync(join(workspace, 'economy.md'), '# 数字经济报告\n\n2023年数字经济规模达到53.9万亿元，同比增长7.4%。\n');
    const library = join(workspace, LIBRARY_FOLDER);
    const { extracted } = await extractReports([join(workspace, 'economy.md')], new Set());
    updateLibrary(library, { add: libraryAdditions(library, extracted) });
    const catalogue = join(library, 'catalog.yaml');
    const first = readFileSync(catalogue, 'utf8').replace('title: 数字经济报告\n', 'title: 数字经济报告 2023\n');
    writeFileSync(catalogue, first);
    // Saving re-indexes; while that runs the writer corrects another field and saves again (the workbench saves
    // files without the extension host).
    const second = first.replace('title: 数字经济报告 2023\n', 'title: 数字经济报告 2023\n    publisher: 某研究院\n');
    let savedAgain = false;
    const saveAgain = () => {
      if (!savedAgain) writeFileSync(catalogue, second);
      savedAgain = true;
    };
    assert.throws(() => updateLibrary(library, { add: [] }, saveAgain), /catalog\.yaml was saved while the library was being updated: this change was not made/);
    assert.equal(readFileSync(catalogue, 'utf8'), second, 'the second save stays');
    // The second save's own re-index reads it.
    updateLibrary(library, { add: [] });
    assert.deepEqual([readLibrary(library)[0].report.title, readLibrary(library)[0].report.publisher], ['数字经济报告 2023', '某研究院']);
    assert.equal(readFileSync(catalogue, 'utf8'), second);
  });

  it('keeps the writer’s comments, fields and order when re-indexing, adding and removing reports', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'report-lens-catalogue-'));
    writeFileSync(join(workspace, 'economy.md'), '# 数字经济报告\n\n2023年数字经济规模达到53.9万亿元，同比增长7.4%。\n');
    writeFileSync(join(workspace, 'cloud.md'), '# 云计算报告\n\n2023年云计算市场规模达到6165亿元。\n');
    const library = join(workspace, LIBRARY_FOLDER);
    const add = async (...names: string[]) => {
      const { extracted } = await extractReports(names.map((name) => join(workspace, name)), new Set(readLibrary(library).map((entry) => entry.report.id)));
      updateLibrary(library, { add: libraryAdditions(library, extracted) });
    };
    await add('economy.md', 'cloud.md');
    const catalogue = join(library, 'catalog.yaml');
    // The writer corrects the catalogue opened beside, as the message asks, with a note of why and a link of their own.
    const edited = readFileSync(catalogue, 'utf8')
      .replace('title: 数字经济报告\n', 'title: 数字经济报告 # 封面上的标题\n    url: https://example.org/economy.pdf\n    publisher: 某研究院\n')
      .replace('  - id: cloud\n', '  # 出版者已向作者确认（2026-12-01 电邮）\n  - id: cloud\n');
    writeFileSync(catalogue, edited);
    const reindex = async () => updateLibrary(library, { add: (await changedReports(library, workspace)).changed });

    // Saving the catalogue re-indexes: nothing changed, so the file is as the writer saved it.
    await reindex();
    assert.equal(readFileSync(catalogue, 'utf8'), edited);
    assert.equal(readLibrary(library)[0].report.publisher, '某研究院');

    // A report's original changed: its hash is updated where it is, and the rest is the writer's.
    writeFileSync(join(workspace, 'economy.md'), '# 数字经济报告\n\n2024年数字经济规模达到60万亿元。\n');
    await reindex();
    const sha = readLibrary(library).find((entry) => entry.report.id === 'economy')!.sha256;
    assert.notEqual(sha, readLibrary(library).find((entry) => entry.report.id === 'cloud')!.sha256);
    assert.equal(readFileSync(catalogue, 'utf8'), edited.replace(/(source: \.\.\/economy\.md\n {4}sha256: )\w+/, `$1${sha}`));

    // Another report added: appended after the writer's entries, which stay as they are.
    writeFileSync(join(workspace, 'chips.md'), '# 芯片报告\n\n2023年芯片产量达到3514亿块。\n');
    await add('chips.md');
    const withChips = readFileSync(catalogue, 'utf8');
    assert.ok(withChips.startsWith(edited.replace(/(source: \.\.\/economy\.md\n {4}sha256: )\w+/, `$1${sha}`)), withChips);
    assert.deepEqual(readLibrary(library).map((entry) => entry.report.id), ['economy', 'cloud', 'chips']);

    // A report removed: its entry goes, the other entries' comments and fields stay.
    updateLibrary(library, { remove: ['cloud'] });
    const afterRemove = readFileSync(catalogue, 'utf8');
    assert.match(afterRemove, /title: 数字经济报告 # 封面上的标题\n {4}url: https:\/\/example\.org\/economy\.pdf\n/);
    assert.doesNotMatch(afterRemove, /id: cloud/);
    assert.deepEqual(readLibrary(library).map((entry) => entry.report.id), ['economy', 'chips']);
  });
});
