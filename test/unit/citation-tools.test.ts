/**
 * What the extension writes, read by the real tools: Pandoc's citeproc (with
 * the biblatex file and with the CSL-JSON), biber's data-model check, and
 * classic BibTeX with plain.bst and gbt7714. Every report and every article of
 * the digest is cited. Page locators are rendered for real: Pandoc's citeproc
 * on `[@key, p. 12]`, pdflatex on `\cite[12]{key}` with biblatex and biber, with
 * gbt7714 and with plain BibTeX. A tool that is not installed skips its test
 * with a message; CI installs them (.ci/run, scripts/harness.mjs).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authorDateMarker, bibTeXEntry, citationKey, cslItem, reportTextIn, type CitationSource } from '../../src/core/citation';
import MarkdownIt from 'markdown-it';
import { appendBibTeX, planCitation } from '../../src/core/citeEdits';
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

  it('a record already in the .bib file, as a writer may have typed it, is not appended again: bibtex and biber see no repeated key', function () {
    needs(this, 'bibtex', 'texlive-binaries', '--version');
    needs(this, 'biber', 'biber', '--version');
    const [first, second, third, fourth] = keys;
    // Parenthesised, the key on the next line, spaces around it, another letter case: all the same key to BibTeX.
    const typed = [`@report(${first},\n  title = {A},\n  year = {2019}\n)`, `@report{\n  ${second},\n  title = {B},\n  year = {2019},\n}`, `@report{ ${third} , title = {C}, year = {2019} }`, `@report{${fourth.toUpperCase()}, title = {D}, year = {2019}}`].join('\n') + '\n';
    let bib = typed;
    for (const source of sources.slice(0, 4)) {
      const insertion = appendBibTeX(bib, citationKey(source), bibTeXEntry(source, 'bibtex'));
      if (insertion) bib = bib.slice(0, insertion.start) + insertion.text + bib.slice(insertion.end);
    }
    assert.equal(bib, typed, 'nothing appended');
    writeFileSync(join(dir, 'typed.bib'), bib);
    writeFileSync(join(dir, 'typed.aux'), `\\relax\n${keys.slice(0, 3).map((key) => `\\citation{${key}}`).join('\n')}\n\\bibdata{typed}\n\\bibstyle{plain}\n`);
    assert.doesNotMatch(run('bibtex', ['typed'], dir).stdout, /Repeated entry/);
    // BibTeX read each typed record under its key: the written form is one it knows.
    assert.equal(readFileSync(join(dir, 'typed.bbl'), 'utf8').split('\\bibitem').length - 1, 3);
    const biber = run('biber', ['--tool', '--output-file', 'typed-checked.bib', 'typed.bib'], dir);
    assert.doesNotMatch(`${biber.stdout}${biber.stderr}`, /Duplicate entry key/);
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

/** The text a PDF written uncompressed shows, its runs joined without the spaces between them (kerns), and each run with its font size and rise. */
function pdfRuns(pdf: string): { text: string; size: number; rise: number }[] {
  const runs: { text: string; size: number; rise: number }[] = [];
  let size = 0;
  let rise = 0;
  // Only the text objects (BT … ET) of the page streams: run over the fonts' binary data, the operators' pattern would crawl.
  const text = [...pdf.matchAll(/\nBT\n([\s\S]*?)\nET\n/g)].map((block) => block[1]).join('\n');
  for (const op of text.matchAll(/\/F\d+ ([\d.]+) Tf|(-?[\d.]+) (-?[\d.]+) Td|\[((?:\((?:\\.|[^\\)])*\)|[^\]])*)\]\s*TJ/g)) {
    if (op[1] !== undefined) size = Number(op[1]);
    else if (op[3] !== undefined) rise = Number(op[3]);
    else runs.push({ text: [...op[4].matchAll(/\(((?:\\.|[^\\)])*)\)/g)].map((part) => part[1]).join(''), size, rise });
  }
  return runs;
}

describe('page locators read by the real tools', function () {
  this.timeout(120_000);
  const ali = sources.find((source) => citationKey(source) === 'aliresearch-2019-intelligence-plus')!;
  /** The marker Report Lens writes for ali at page 12, in a format. */
  const marker = (format: 'pandoc' | 'latex') => planCitation('', 0, format, ali, 'gbt7714-2025', authorDateMarker(ali, 'gbt7714-2025', 12), { page: 12 }).marker;
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'report-lens-locators-'));
    writeFileSync(join(dir, 'biblatex.bib'), bibTeXEntry(ali, 'biblatex'));
    writeFileSync(join(dir, 'classic.bib'), bibTeXEntry(ali, 'bibtex'));
    writeFileSync(join(dir, 'refs.json'), `${JSON.stringify([cslItem(ali)], null, 2)}\n`);
    writeFileSync(join(dir, 'draft.md'), `甲${marker('pandoc')}。乙[@aliresearch-2019-intelligence-plus]。\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('pandoc --citeproc reads [@key, p. 12] as a page locator: "12" in its default (Chicago author-date) style, "p. 12" in APA', function () {
    needs(this, 'pandoc', 'pandoc');
    assert.equal(marker('pandoc'), '[@aliresearch-2019-intelligence-plus, p. 12]');
    for (const bibliography of ['refs.json', 'biblatex.bib']) {
      const result = run('pandoc', ['--citeproc', '--bibliography', bibliography, '-t', 'plain', '--wrap=none', 'draft.md'], dir);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr.trim(), '', 'no warnings');
      // Chicago prints a page locator without its label: had Pandoc kept "p. 12" as a suffix, it would print it.
      assert.match(result.stdout, /^甲\(阿里研究院 2019, 12\)。乙\(阿里研究院 2019\)。/);
    }
    const apa = run('kpsewhich', ['apa.csl'], dir).stdout.trim() || '/usr/share/texlive/texmf-dist/tex/latex/citation-style-language/styles/apa.csl';
    if (!existsSync(apa)) {
      console.log('      (APA: apa.csl is not installed, Debian package texlive-bibtex-extra; checked with the default style only)');
      return;
    }
    const result = run('pandoc', ['--citeproc', '--csl', apa, '--bibliography', 'refs.json', '-t', 'plain', '--wrap=none', 'draft.md'], dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^甲\(阿里研究院, 2019, p\. 12\)。乙\(阿里研究院, 2019\)。/);
  });

  /** Runs pdflatex (twice after the bibliography tool) on a document citing `\cite[12]{…}`: the PDF's text runs. Skips when LaTeX cannot run here. */
  function latex(context: Mocha.Context, name: string, preamble: string, tool: 'biber' | 'bibtex'): ReturnType<typeof pdfRuns> {
    needs(context, 'pdflatex', 'texlive-latex-base', '--version');
    needs(context, tool, tool === 'biber' ? 'biber' : 'texlive-binaries', '--version');
    for (const style of ['etoolbox.sty', ...(name === 'gb-numerical' ? ['gbt7714.sty'] : [])]) {
      if (run('kpsewhich', [style], dir).stdout.trim() === '') {
        console.log(`      skipped: ${style} is not installed (Debian package ${style === 'etoolbox.sty' ? 'texlive-latex-recommended' : 'texlive-bibtex-extra'}; .ci/run installs it)`);
        context.skip();
      }
    }
    // BibTeX: raw input, so pdflatex typesets the Chinese of the reference list as bytes instead of stopping at it (the
    // citation is ASCII). biber reads the .bib as UTF-8 and the list is not printed: the citation is what is checked.
    const head = tool === 'bibtex' ? '\\UseRawInputEncoding\n' : '';
    const document = `${head}\\documentclass{article}\n${preamble}\n\\pdfcompresslevel=0 \\pdfobjcompresslevel=0\n\\begin{document}\nCITE${marker('latex')}END\n${tool === 'bibtex' ? '\\bibliography{classic}' : ''}\n\\end{document}\n`;
    writeFileSync(join(dir, `${name}.tex`), document);
    const pdflatex = () => run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', `${name}.tex`], dir);
    const first = pdflatex();
    assert.equal(first.status, 0, first.stdout.slice(-2000));
    // LaTeX hands BibTeX the key only: the page stays in the document.
    if (tool === 'bibtex') assert.match(readFileSync(join(dir, `${name}.aux`), 'utf8'), /\\citation\{aliresearch-2019-intelligence-plus\}/);
    const bibliography = run(tool, [name], dir);
    assert.ok(bibliography.status === 0 || (tool === 'bibtex' && bibliography.status === 1), `${tool}: ${bibliography.stdout}${bibliography.stderr}`);
    pdflatex();
    const last = pdflatex();
    assert.equal(last.status, 0, last.stdout.slice(-2000));
    return pdfRuns(readFileSync(join(dir, `${name}.pdf`), 'latin1'));
  }

  it('biblatex with biber prints \\cite[12]{key} as [1, p. 12]', function () {
    assert.equal(marker('latex'), '\\cite[12]{aliresearch-2019-intelligence-plus}');
    const runs = latex(this, 'biblatex', '\\usepackage[backend=biber,style=numeric]{biblatex}\n\\addbibresource{biblatex.bib}', 'biber');
    assert.match(runs.map((part) => part.text).join(''), /CITE\[1,p\.12\]END/);
  });

  it('classic BibTeX: gbt7714 prints the page as a superscript after [1] (GB/T 7714), plain LaTeX as [1, 12]', function () {
    const gb = latex(this, 'gb-numerical', '\\usepackage{gbt7714}\n\\bibliographystyle{gbt7714-numerical}', 'bibtex');
    const body = gb.find((part) => part.text === 'CITE')!;
    const citation = gb.find((part) => part.text === '[1]12');
    assert.ok(body && citation, JSON.stringify(gb.slice(0, 4)));
    assert.ok(citation.size < body.size && citation.rise > 0, `a superscript: ${JSON.stringify(citation)} after ${JSON.stringify(body)}`);
    const plain = latex(this, 'plain', '\\bibliographystyle{plain}', 'bibtex');
    assert.match(plain.map((part) => part.text).join(''), /CITE\[1,12\]END/);
  });
});

describe('report text inserted into a draft, read by the real tools', function () {
  this.timeout(60_000);
  /**
   * A quote a user's report or snapshot may hold: every inline construct that reaches past the quote (an HTML comment,
   * raw HTML, a code span, math, a footnote reference, emphasis, a Pandoc citation, a table cell, an entity), and a
   * second line that opens a heading and a footnote definition.
   */
  const hostile = '注释<!-- 后文 <script>x</script> [^1] *强调 `代码 $x 60%~70%^2 @京东 a_b |格| R&amp;D \\ 尾\n\n# 标题\n[^x]: 伪定义';
  /** What a writer must see: the quote on one line, as the report wrote it. */
  const printed = hostile.replace(/\n+/g, ' ');
  const draft = (language: 'markdown' | 'restructuredtext') => `正文「${reportTextIn(language, hostile)}」[1]，后文不可丢。\n`;

  it('Markdown: markdown-it (CommonMark, HTML on) prints the quote as written and the rest of the draft after it', () => {
    const html = new MarkdownIt({ html: true }).render(draft('markdown'));
    const text = html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();
    assert.equal(text, `正文「${printed}」[1]，后文不可丢。`, html);
  });

  it('Markdown and reStructuredText: Pandoc prints the quote as written, and the draft after it', function () {
    needs(this, 'pandoc', 'pandoc');
    // Pandoc's typography (`--` as an en dash, curly quotes) is the writer's to choose for the quote as for their own
    // text: read without it, what is left is the markup.
    for (const [language, from] of [['markdown', 'markdown-smart'], ['restructuredtext', 'rst-smart']] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'report-lens-quote-'));
      try {
        writeFileSync(join(dir, 'draft'), draft(language));
        const result = run('pandoc', ['-f', from, '-t', 'plain', '--wrap=none', 'draft'], dir);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout.trim(), `正文「${printed}」[1]，后文不可丢。`, `${language}: ${result.stderr}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
