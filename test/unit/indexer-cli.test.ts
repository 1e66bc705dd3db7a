/** The indexer as a tool: another folder of reports, bad input, and no partial output. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';
import { INDUSTRIAL_REPORT, corruptPdf, writeDocx } from '../support/documents';

function runIndexer(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'indexer', 'cli.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
}

describe('indexer command line', function () {
  // Every test starts the command line (TypeScript through tsx): seconds each on a busy 2-core machine.
  this.timeout(180_000);

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

  it('stops on a bad catalogue with the file and line, leaving the old snapshot alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lens-index-'));
    writeFileSync(join(dir, 'catalog.yaml'), 'reports:\n  - id: demo\n    file: demo.md\n    title: 演示\n    type: pamphlet\n    language: zh-Hans\n');
    writeFileSync(join(dir, 'demo.md'), '正文。\n');
    const out = join(dir, 'snapshot.json');
    writeFileSync(out, 'GOOD');
    const result = runIndexer(['--reports', dir, '--out', out]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /catalog\.yaml:5: type "pamphlet" must be one of/);
    assert.equal(readFileSync(out, 'utf8'), 'GOOD');
  });

  it('names an unreadable report file and broken YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lens-index-'));
    writeFileSync(join(dir, 'catalog.yaml'), 'reports:\n  - id: demo\n    file: missing.txt\n    title: 演示\n    type: report\n    language: zh-Hans\n');
    const result = runIndexer(['--reports', dir, '--out', join(dir, 'snapshot.json')]);
    assert.match(result.stderr, /missing\.txt: cannot read the report \(ENOENT\)/);
    assert.ok(!existsSync(join(dir, 'snapshot.json')));
    writeFileSync(join(dir, 'catalog.yaml'), 'reports:\n  - id: [unclosed\n');
    assert.match(runIndexer(['--reports', dir]).stderr, /catalog\.yaml:\d+: invalid YAML/);
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
