/**
 * What the extension writes, read by the real tools: Pandoc's citeproc (with
 * the biblatex file and with the CSL-JSON), biber's data-model check, and
 * classic BibTeX with plain.bst and gbt7714. Every report and every article of
 * the digest is cited. A tool that is not installed skips its test with a
 * message; CI installs them (.ci/run, scripts/harness.mjs).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bibTeXEntry, citationKey, cslItem, type CitationSource } from '../../src/core/citation';
import { committedSnapshot } from './helpers';

const sources: CitationSource[] = committedSnapshot().reports.flatMap((report) => [{ report }, ...(report.articles ?? []).map((article, articleIndex) => ({ report, article, articleIndex }))]);
const keys = sources.map(citationKey);

function run(command: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function installed(tool: string, versionFlag = '--version'): boolean {
  return !spawnSync(tool, [versionFlag], { encoding: 'utf8' }).error;
}

/** Skips a test when its tool is missing, saying which Debian package provides it. */
function needs(context: Mocha.Context, tool: string, debianPackage: string, versionFlag?: string): void {
  if (!installed(tool, versionFlag)) {
    console.log(`      skipped: ${tool} is not installed (Debian package ${debianPackage}; .ci/run installs it)`);
    context.skip();
  }
}

interface CslOut {
  id: string;
  type: string;
  title?: string;
  author?: unknown[];
  publisher?: string;
  issued?: unknown;
  'container-title'?: string;
  note?: string;
}

describe('bibliographies read by the real tools', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'report-lens-bib-'));
    writeFileSync(join(dir, 'biblatex.bib'), sources.map((source) => bibTeXEntry(source, 'biblatex')).join('\n'));
    writeFileSync(join(dir, 'classic.bib'), sources.map((source) => bibTeXEntry(source, 'bibtex')).join('\n'));
    writeFileSync(join(dir, 'refs.json'), `${JSON.stringify(sources.map(cslItem), null, 2)}\n`);
    writeFileSync(join(dir, 'draft.md'), keys.map((key, index) => `段落 ${index} [@${key}]。`).join('\n\n') + '\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const bibliography of ['biblatex.bib', 'refs.json']) {
    it(`pandoc --citeproc reads ${bibliography} with no warning and lists every source`, function () {
      needs(this, 'pandoc', 'pandoc');
      const result = run('pandoc', ['--citeproc', '--bibliography', bibliography, '-t', 'plain', '--wrap=none', 'draft.md'], dir);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr.trim(), '', 'no warnings');
      // The style turns inner quotation marks into single ones: compared without them.
      const unquoted = (text: string) => text.replace(/[“”‘’"']/g, '');
      for (const source of sources) assert.ok(unquoted(result.stdout).includes(unquoted((source.article ?? source.report).title)), `${citationKey(source)} is in the reference list`);
    });
  }

  it('pandoc reads each biblatex record as the CSL-JSON item says: type, title, date, author or publisher, container, note', function () {
    needs(this, 'pandoc', 'pandoc');
    const result = run('pandoc', ['-f', 'biblatex', '-t', 'csljson', 'biblatex.bib'], dir);
    assert.equal(result.status, 0, result.stderr);
    const read = new Map((JSON.parse(result.stdout) as CslOut[]).map((item) => [item.id, item]));
    for (const source of sources) {
      const ours = cslItem(source) as unknown as CslOut;
      const theirs = read.get(ours.id)!;
      assert.ok(theirs, `${ours.id} read`);
      assert.ok(theirs.title && theirs.issued, `${ours.id} has a title and a date`);
      // Only what the catalogue knows: the compilation and most of its articles name no author or publisher.
      const responsible = source.article ? source.article.author : source.report.publisher;
      if (responsible) assert.ok(theirs.author ?? theirs.publisher, `${ours.id} has an author or publisher`);
      for (const field of ['type', 'title', 'container-title', 'note', 'publisher', 'issued'] as const) {
        assert.deepEqual(theirs[field], ours[field], `${ours.id}: ${field} is the same in BibTeX and CSL-JSON`);
      }
      assert.notEqual(ours.type, 'collection', 'a compilation is not an archive');
    }
    assert.equal(read.get('industrial-internet-2020-feature')!.type, 'article-newspaper');
    assert.deepEqual([read.get('info-industry-monitor-2020-a3')!['container-title'], read.get('info-industry-monitor-2020-a3')!.note], ['每日经济新闻', '收录于《行业信息监测与市场分析之信息产业篇》']);
  });

  it('biber --tool --validate-datamodel finds no error in the biblatex file', function () {
    needs(this, 'biber', 'biber', '--version');
    const result = run('biber', ['--tool', '--validate-datamodel', '--output-file', 'checked.bib', 'biblatex.bib'], dir);
    const log = `${result.stdout}${result.stderr}`;
    assert.equal(result.status, 0, log);
    assert.deepEqual(log.split('\n').filter((line) => /^ERROR/.test(line)), []);
    // Warnings name only mandatory fields the catalogue does not know (nothing is invented to fill them).
    for (const warning of log.split('\n').filter((line) => /^WARN/.test(line))) assert.match(warning, /Missing mandatory field '(author|editor|institution|journaltitle)'|Missing mandatory field - one of 'url, doi, eprint'/);
  });

  for (const style of ['plain', 'gbt7714-numerical']) {
    it(`classic bibtex with ${style}.bst prints a year for every entry${style === 'plain' ? '' : ', and a type code for each'}`, function () {
      needs(this, 'bibtex', 'texlive-binaries', '--version');
      if (style !== 'plain' && run('kpsewhich', [`${style}.bst`], dir).stdout.trim() === '') {
        console.log(`      skipped: ${style}.bst is not installed (Debian package texlive-bibtex-extra)`);
        this.skip();
      }
      writeFileSync(join(dir, `${style}.aux`), `\\relax\n${keys.map((key) => `\\citation{${key}}`).join('\n')}\n\\bibdata{classic}\n\\bibstyle{${style}}\n`);
      const result = run('bibtex', [style], dir);
      assert.ok(result.status === 0 || result.status === 1, `bibtex ran (warnings only): ${result.stdout}`);
      assert.ok(!/error message/.test(result.stdout), result.stdout);
      const bbl = readFileSync(join(dir, `${style}.bbl`), 'utf8');
      const items = bbl.split('\\bibitem').slice(1);
      assert.equal(items.length, keys.length);
      for (const item of items) {
        assert.match(item, /(19|20)\d\d/, `a year in ${item}`);
        if (style !== 'plain') assert.doesNotMatch(item, /\[Z\]/, `a type code other than [Z] (unknown) in ${item}`);
      }
      if (style === 'plain') assert.match(bbl, /技术重构社会供应链：未来科技趋势白皮书/, 'the subtitle is kept in the title');
      else {
        assert.match(bbl, /从连接到赋能：“智能\+”助力中国经济高质量发展\\allowbreak\[R\]/);
        assert.match(bbl, /2020，阿里腾讯做了点不一样的事情\\allowbreak\[N\]/);
        assert.match(bbl, /行业信息监测与市场分析之信息产业篇\\allowbreak\[G\]/);
        assert.match(bbl, /2020 信息技术的高光时刻\\allowbreak\[G\]\/\/\\allowbreak\s*行业信息监测与市场分析之信息产业篇/, 'an article of the compilation as a contribution, one type code');
      }
    });
  }
});
