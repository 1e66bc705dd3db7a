/** The indexer as a tool: another folder of reports, bad input, and no partial output. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';
import { INDUSTRIAL_REPORT, corruptPdf, writeDocx } from '../support/documents';

function runIndexer(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'indexer', 'cli.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
}

/** The indexer with writes capped at `kilobytes` (the shell's `ulimit -f`): writing the snapshot fails part-way, as on a full disk. */
function runIndexerWithWriteLimit(kilobytes: number, args: string[]) {
  const command = [process.execPath, '--import', 'tsx', join(ROOT, 'src', 'indexer', 'cli.ts'), ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ');
  return spawnSync('sh', ['-c', `ulimit -f ${kilobytes * 2}; exec ${command}`], { encoding: 'utf8', cwd: ROOT });
}

/** A folder of reports with a catalogue entry `fields` (YAML lines) and one report. */
function reportsFolder(fields: string, report = '一、概述\n\n区块链是一种分布式账本技术。区块链的市场规模达到120亿元。\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-lens-index-'));
  writeFileSync(join(dir, 'catalog.yaml'), `reports:\n  - id: demo\n    title: 演示\n    type: report\n    language: zh-Hans\n${fields}`);
  writeFileSync(join(dir, 'demo.md'), report);
  return dir;
}

/** A Node stack trace line: input problems are reported as `file:line: problem`, never with one. */
const STACK = /^\s+at /m;

describe('indexer command line', function () {
  // Each case starts the indexer (tsx compiles it) once or more: seconds each on a busy machine.
  this.timeout(240_000);
  it('indexes any folder of reports with a catalogue', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lens-index-'));
    writeFileSync(join(dir, 'catalog.yaml'), 'reports:\n  - id: demo\n    file: demo.md\n    title: 演示报告\n    publisher: 示例研究院\n    date: 2024-05\n    type: report\n    language: zh-Hans\n');
    writeFileSync(join(dir, 'demo.md'), '一、概述\n\n区块链是一种分布式账本技术。区块链的市场规模达到120亿元。\n\n区块链应用广泛。\n');
    const out = join(dir, 'snapshot.json');
    const result = runIndexer(['--reports', dir, '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /cleaning demo\.md/);
    const snapshot = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(snapshot.terms[0].term, '区块链');
    assert.equal(snapshot.terms[0].definitions[0].quote, '区块链是一种分布式账本技术。');
    assert.equal(snapshot.figures[0].value, 1.2e10);
  });

  it('reads the shipped glossary of the field, another one with --lexicon, or none with --no-lexicon', () => {
    const dir = reportsFolder('    file: demo.md\n', '一、概述\n\n区块链是一种分布式账本技术。传统商品物流路径通常需要经过工厂 – 主仓 – 前置仓 – 分拣中心 – 配送站这一流通路径。\n');
    const terms = (args: string[]) => {
      const out = join(dir, 'snapshot.json');
      const result = runIndexer(['--reports', dir, '--out', out, '--quiet', ...args]);
      assert.equal(result.status, 0, result.stderr);
      return (JSON.parse(readFileSync(out, 'utf8')) as { terms: { term: string; aliases: string[]; status: string }[] }).terms;
    };
    // 前置仓, written once, is a term by the shipped glossary, with its aliases.
    const shipped = terms([]).find((term) => term.term === '前置仓');
    assert.equal(shipped?.status, 'used');
    assert.ok(shipped?.aliases.includes('Front Warehouse'));
    // Without it, nothing: 区块链, defined once and used once, needs more uses (as before the glossary).
    assert.deepEqual(terms(['--no-lexicon']).map((term) => term.term), []);
    const lexicon = join(dir, 'mine.tsv');
    // Written by a spreadsheet: a byte-order mark and Windows line ends.
    writeFileSync(lexicon, '\uFEFF分拣中心\tSorting Center\t电商零售与物流\r\n');
    assert.deepEqual(terms(['--lexicon', lexicon]).map((term) => term.term), ['分拣中心']);
    writeFileSync(lexicon, '分拣中心\tSorting Center\n');
    const result = runIndexer(['--reports', dir, '--out', join(dir, 'snapshot.json'), '--lexicon', lexicon]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /mine\.tsv:1: an entry has three columns/);
    assert.doesNotMatch(result.stderr, STACK);
  });

  it('stops on a bad catalogue with the file and line, before writing anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lens-index-'));
    writeFileSync(join(dir, 'catalog.yaml'), 'reports:\n  - id: demo\n    file: demo.md\n    title: 演示\n    type: pamphlet\n    language: zh-Hans\n');
    writeFileSync(join(dir, 'demo.md'), '正文。\n');
    const out = join(dir, 'snapshot.json');
    writeFileSync(out, 'GOOD');
    const result = runIndexer(['--reports', dir, '--out', out]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /catalog\.yaml:5: type "pamphlet" must be one of/);
    assert.doesNotMatch(result.stderr, STACK);
    assert.equal(readFileSync(out, 'utf8'), 'GOOD');
  });

  it('refuses a catalogue id that ends like the citation key of a page or an article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lens-index-'));
    writeFileSync(join(dir, 'catalog.yaml'), 'reports:\n  - id: annual-p3\n    file: demo.md\n    title: 演示\n    type: report\n    language: zh-Hans\n');
    writeFileSync(join(dir, 'demo.md'), '正文。\n');
    const result = runIndexer(['--reports', dir, '--out', join(dir, 'snapshot.json')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /catalog\.yaml:2: id "annual-p3" must not end in -a or -p and a number/);
    assert.ok(!existsSync(join(dir, 'snapshot.json')));
  });

  it('names an unreadable report file and broken YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lens-index-'));
    writeFileSync(join(dir, 'catalog.yaml'), 'reports:\n  - id: demo\n    file: missing.txt\n    title: 演示\n    type: report\n    language: zh-Hans\n');
    const result = runIndexer(['--reports', dir, '--out', join(dir, 'snapshot.json')]);
    assert.match(result.stderr, /missing\.txt: cannot read the report \(ENOENT\)/);
    assert.equal(result.status, 1);
    assert.ok(!existsSync(join(dir, 'snapshot.json')));
    writeFileSync(join(dir, 'catalog.yaml'), 'reports:\n  - id: [unclosed\n');
    const broken = runIndexer(['--reports', dir]);
    assert.match(broken.stderr, /catalog\.yaml:\d+: invalid YAML/);
    assert.equal(broken.status, 1);
    writeFileSync(join(dir, 'catalog.yaml'), 'reports:\n  - id: demo\n    file: demo.md\n    title: 演示\n    title: 另一个\n');
    const repeated = runIndexer(['--reports', dir]);
    assert.match(repeated.stderr, /catalog\.yaml:5: invalid YAML: Map keys must be unique/, 'the line of the second title');
    assert.equal(repeated.status, 1);
  });

  it('leaves the old snapshot alone when writing the new one fails part-way', () => {
    // A report long enough that its snapshot is well over the 64 KB write limit.
    const dir = reportsFolder('    file: demo.md\n', '一、概述\n\n' + '区块链是一种分布式账本技术。区块链的市场规模达到120亿元。\n\n'.repeat(400));
    const out = join(dir, 'snapshot.json');
    writeFileSync(out, 'GOOD');
    const result = runIndexerWithWriteLimit(64, ['--reports', dir, '--out', out, '--quiet']);
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stderr.trim(), `report-lens-index: ${out}: cannot write the snapshot (EFBIG)`);
    assert.equal(readFileSync(out, 'utf8'), 'GOOD');
    assert.deepEqual(readdirSync(dir).sort(), ['catalog.yaml', 'demo.md', 'snapshot.json'], 'no temporary file is left behind');
    assert.equal(runIndexerWithWriteLimit(4096, ['--reports', dir, '--out', out, '--quiet']).status, 0, 'the same run succeeds with room to write');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).terms[0].term, '区块链');
  });

  it('writes no file through a link a repository placed where the temporary snapshot goes', () => {
    // A repository can commit `data/snapshot.json.<pid>.tmp` links for every likely process id (small and repeated in
    // a CI container): the indexer wrote its snapshot through the link, over the file it names, outside the repository.
    const dir = reportsFolder('    file: demo.md\n');
    const victim = join(mkdtempSync(join(tmpdir(), 'report-lens-victim-')), '.bashrc');
    writeFileSync(victim, 'export PATH=$HOME/bin:$PATH\n');
    const out = join(dir, 'snapshot.json');
    // Loaded before the indexer, in its process: the link for the process id the indexer runs as.
    const preload = join(dir, 'link-temporary.mjs');
    writeFileSync(preload, `import { symlinkSync } from 'node:fs';\nsymlinkSync(${JSON.stringify(victim)}, ${JSON.stringify(out)} + '.' + process.pid + '.tmp');\n`);
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', preload, join(ROOT, 'src', 'indexer', 'cli.ts'), '--reports', dir, '--out', out, '--quiet'], { encoding: 'utf8', cwd: ROOT });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(victim, 'utf8'), 'export PATH=$HOME/bin:$PATH\n', 'the linked file is as it was');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).terms[0].term, '区块链');
  });

  it('says so, without a stack trace, when --out is a folder', () => {
    const dir = reportsFolder('    file: demo.md\n');
    const result = runIndexer(['--reports', dir, '--out', dir, '--quiet']);
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim(), `report-lens-index: ${dir}: cannot write the snapshot (EISDIR)`);
  });

  it('refuses a report file outside the reports folder', () => {
    for (const file of ['../../../etc/hostname', '/etc/hostname', 'sub/../../x.md']) {
      const dir = reportsFolder(`    file: ${file}\n`);
      const result = runIndexer(['--reports', dir, '--out', join(dir, 'snapshot.json')]);
      assert.equal(result.status, 1, file);
      assert.equal(result.stderr.trim(), `report-lens-index: ${join(dir, 'catalog.yaml')}:6: file "${file}" must be inside the reports folder`);
      assert.ok(!existsSync(join(dir, 'snapshot.json')));
    }
    const dir = reportsFolder('    file: link.md\n');
    symlinkSync('/etc/hostname', join(dir, 'link.md'));
    assert.match(runIndexer(['--reports', dir, '--out', join(dir, 'snapshot.json')]).stderr, /catalog\.yaml:6: file "link\.md" must be inside the reports folder/);
  });

  it('refuses a date that does not exist', () => {
    for (const date of ['2020-13-45', '2021-02-29', '2020-00']) {
      const dir = reportsFolder(`    file: demo.md\n    date: ${date}\n`);
      const result = runIndexer(['--reports', dir, '--out', join(dir, 'snapshot.json')]);
      assert.equal(result.status, 1, date);
      assert.match(result.stderr, new RegExp(`catalog\\.yaml:7: date "${date}" must be a date that exists`));
    }
  });

  it('refuses a YAML bomb in the catalogue with the line of its first alias', () => {
    const levels = Array.from({ length: 12 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`).join('\n');
    const dir = reportsFolder('    file: demo.md\n');
    writeFileSync(join(dir, 'catalog.yaml'), `${readFileSync(join(dir, 'catalog.yaml'), 'utf8')}l0: &l0 "lol"\n${levels}\n`);
    const result = runIndexer(['--reports', dir, '--out', join(dir, 'snapshot.json')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /catalog\.yaml:8: YAML aliases expand too far/);
    assert.doesNotMatch(result.stderr, STACK);
  });

  it('indexes Word reports named in a catalogue, and maintains a workspace library: add, reindex, remove', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lens-index-'));
    writeFileSync(join(dir, 'industrial.docx'), await writeDocx(INDUSTRIAL_REPORT.spec()));
    writeFileSync(join(dir, 'catalog.yaml'), 'reports:\n  - id: industrial\n    file: industrial.docx\n    title: 工业互联网专题\n    type: report\n    language: zh-Hans\n');
    const out = join(dir, 'snapshot.json');
    const indexed = runIndexer(['--reports', dir, '--out', out, '--quiet']);
    assert.equal(indexed.status, 0, indexed.stderr);
    const snapshot = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(snapshot.reports.map((report: { id: string }) => report.id), ['industrial']);
    assert.ok(snapshot.figures.length > 0 && snapshot.figures.every((figure: { reportId: string; page?: number }) => figure.reportId === 'industrial' && figure.page === undefined), `${snapshot.figures.length} figures`);

    writeFileSync(join(dir, 'corrupt.pdf'), corruptPdf());
    const library = join(dir, 'library');
    const added = runIndexer(['add', join(dir, 'industrial.docx'), join(dir, 'corrupt.pdf'), '--library', library, '--quiet']);
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /^added industrial: 工业互联网专题 \(title from metadata, language from text, publisher from metadata\)$/m);
    assert.match(added.stderr, /skipped .*corrupt\.pdf: not a readable PDF/);
    assert.match(runIndexer(['reindex', '--library', library, '--quiet']).stdout, /re-read 0 changed report\(s\), 1 unchanged/);
    const wrongId = runIndexer(['remove', 'nope', '--library', library]);
    assert.equal(wrongId.status, 1);
    assert.match(wrongId.stderr, /no report "nope"/);
    assert.equal(runIndexer(['remove', 'industrial', '--library', library, '--quiet']).status, 0);
    assert.equal(JSON.parse(readFileSync(join(library, 'snapshot.json'), 'utf8')).reports.length, 0);
  });
});
