import assert from 'node:assert/strict';
import { authorDateMarker, bibTeXEntry, cslItem, escapeBibTeX, formatNames, referenceEntry, type CitationSource } from '../../src/core/citation';
import { frontMatterBibliography, markerIntoEditAtCursor, mergeBibTeX, mergeCslJson, planCitation } from '../../src/core/citeEdits';
import type { Report } from '../../src/core/model';
import { committedSnapshot } from './helpers';

const report = (id: string): Report => committedSnapshot().reports.find((candidate) => candidate.id === id)!;
const ali: CitationSource = { report: report('aliresearch-2019-intelligence-plus') };
const jd: CitationSource = { report: report('jd-2021-future-tech-trends') };
const digest = report('info-industry-monitor-2020');
const article: CitationSource = { report: digest, article: digest.articles![2], articleIndex: 2 };
const feature: CitationSource = { report: report('industrial-internet-2020-feature') };
const shanghai: CitationSource = { report: report('shanghai-ai-2020-feature') };

describe('reference entries (hand-checked)', () => {
  it('GB/T 7714—2025: report [R] with its release date', () => {
    assert.equal(referenceEntry(ali, 'gbt7714-2025'), '阿里研究院. 从连接到赋能：“智能+”助力中国经济高质量发展[R]. 2019-03-12.');
    assert.equal(referenceEntry(jd, 'gbt7714-2025'), '京东集团技术委员会. 技术重构社会供应链：未来科技趋势白皮书[R]. 2021-01.');
  });

  it('GB/T 7714—2015: year of publication', () => {
    assert.equal(referenceEntry(ali, 'gbt7714-2015'), '阿里研究院. 从连接到赋能：“智能+”助力中国经济高质量发展[R]. 2019.');
  });

  it('GB/T 7714: newspaper article [N] in a compilation, news [N], web page [EB/OL]; nothing invented', () => {
    assert.equal(referenceEntry(article, 'gbt7714-2025'), '工信部回应每经记者提问：发展数字经济，鼓励企业尝试个性化产业道路[N]//行业信息监测与市场分析之信息产业篇[G]. 2020-12.');
    assert.equal(referenceEntry(feature, 'gbt7714-2025'), '2020，阿里腾讯做了点不一样的事情[N]. 2020.');
    assert.equal(referenceEntry(shanghai, 'gbt7714-2025'), '從互聯網到AI崛起，上海能彎道超車嗎？[EB/OL]. (2020-07).');
    for (const entry of [article, feature, shanghai].map((source) => referenceEntry(source, 'gbt7714-2025'))) {
      assert.ok(!/出版地不详|s\.n\.|http|\[引用日期\]/.test(entry), entry);
    }
  });

  it('APA 7', () => {
    assert.equal(referenceEntry(ali, 'apa7'), '阿里研究院. (2019, March 12). 从连接到赋能：“智能+”助力中国经济高质量发展 [Report].');
    assert.equal(referenceEntry(jd, 'apa7'), '京东集团技术委员会. (2021, January). 技术重构社会供应链：未来科技趋势白皮书 [White paper].');
    assert.equal(referenceEntry(feature, 'apa7'), '2020，阿里腾讯做了点不一样的事情. (2020).');
    assert.equal(authorDateMarker(ali, 'gbt7714-2025'), '（阿里研究院，2019）');
    assert.equal(authorDateMarker(ali, 'apa7'), '(阿里研究院, 2019)');
  });

  it('uses 等 for Chinese names and et al. for others past three', () => {
    assert.equal(formatNames(['张钧波', '郑宇', '廖建文', '周伯文']), '张钧波, 郑宇, 廖建文, 等');
    assert.equal(formatNames(['Smith J', 'Doe A', 'Roe B', 'Poe C']), 'Smith J, Doe A, Roe B, et al.');
  });

  it('writes BibTeX and CSL-JSON records', () => {
    assert.equal(
      bibTeXEntry(ali),
      '@report{aliresearch-2019-intelligence-plus,\n  title = {从连接到赋能：“智能+”助力中国经济高质量发展},\n  author = {{阿里研究院}},\n  institution = {阿里研究院},\n  date = {2019-03-12},\n  langid = {chinese},\n}\n',
    );
    assert.equal(escapeBibTeX('50% & {x}_1'), '50\\% \\& \\{x\\}\\_1');
    assert.deepEqual(cslItem(ali), { id: 'aliresearch-2019-intelligence-plus', type: 'report', title: '从连接到赋能：“智能+”助力中国经济高质量发展', language: 'zh-Hans', author: [{ literal: '阿里研究院' }], publisher: '阿里研究院', issued: { 'date-parts': [[2019, 3, 12]] } });
  });
});

describe('citation edits per document syntax', () => {
  const plan = (document: string, cursor: number, format: Parameters<typeof planCitation>[2], source = ali) => planCitation(document, cursor, format, source, 'gbt7714-2025', authorDateMarker(source, 'gbt7714-2025'));
  const apply = (document: string, cursor: number, format: Parameters<typeof planCitation>[2], source = ali) => {
    const { marker, edits } = plan(document, cursor, format, source);
    const all = [...edits, { start: cursor, end: cursor, text: marker }].sort((a, b) => b.start - a.start);
    return all.reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), document);
  };

  it('adds a Markdown footnote once and keeps footnotes together', () => {
    const once = apply('正文。', 2, 'markdown-footnote');
    assert.equal(once, '正文[^aliresearch-2019-intelligence-plus]。\n\n[^aliresearch-2019-intelligence-plus]: 阿里研究院. 从连接到赋能：“智能+”助力中国经济高质量发展[R]. 2019-03-12.\n');
    const twice = apply(once, 0, 'markdown-footnote');
    assert.equal(twice.split('[^aliresearch-2019-intelligence-plus]:').length, 2);
    const both = apply(once, 0, 'markdown-footnote', jd);
    assert.match(both, /2019-03-12\.\n\[\^jd-2021-future-tech-trends\]: 京东集团技术委员会/);
  });

  it('numbers plain text in order of first citation, renumbering when an earlier citation arrives', () => {
    const first = apply('甲。乙。', 3, 'plain-numeric', ali);
    assert.equal(first, '甲。乙[1]。\n\n参考文献\n\n[1] 阿里研究院. 从连接到赋能：“智能+”助力中国经济高质量发展[R]. 2019-03-12.\n');
    const second = apply(first, 1, 'plain-numeric', jd);
    assert.match(second, /^甲\[1\]。乙\[2\]。/);
    assert.match(second, /\[1\] 京东集团技术委员会.*\n\[2\] 阿里研究院/);
    const again = apply(second, second.indexOf('乙'), 'plain-numeric', ali);
    assert.match(again, /^甲\[1\]。\[2\]乙\[2\]。/);
    assert.equal((again.match(/^\[\d\] /gm) ?? []).length, 2, 'the list does not grow for a source cited again');
  });

  it('gives Pandoc and LaTeX markers with a bibliography record, merged once', () => {
    assert.equal(plan('', 0, 'pandoc').marker, '[@aliresearch-2019-intelligence-plus]');
    const latex = plan('', 0, 'latex');
    assert.equal(latex.marker, '\\cite{aliresearch-2019-intelligence-plus}');
    const bib = mergeBibTeX('', latex.bibliography!.key, latex.bibliography!.bibtex)!;
    assert.equal(mergeBibTeX(bib, latex.bibliography!.key, latex.bibliography!.bibtex), undefined);
    const csl = mergeCslJson('[]', latex.bibliography!.csl)!;
    assert.equal(mergeCslJson(csl, latex.bibliography!.csl), undefined);
    assert.throws(() => mergeCslJson('{"not": "an array"}', latex.bibliography!.csl), /JSON array/);
  });

  it('folds the marker into an edit that starts at the cursor, so it cannot land after the footnote', () => {
    const document = '正文。';
    const atEnd = plan(document, document.length, 'markdown-footnote');
    const folded = markerIntoEditAtCursor(atEnd, document.length);
    assert.equal(folded.atCursor, '');
    assert.ok(folded.edits[0].text.startsWith('[^aliresearch-2019-intelligence-plus]\n\n[^aliresearch-2019-intelligence-plus]: '), folded.edits[0].text);
    const inside = plan(document, 1, 'markdown-footnote');
    assert.deepEqual(markerIntoEditAtCursor(inside, 1), { atCursor: inside.marker, edits: inside.edits });
  });

  it('never swallows a cursor on the trailing blank lines: the marker stays before the footnote', () => {
    const document = '正文。\n\n';
    assert.equal(apply(document, document.length, 'markdown-footnote'), '正文。\n\n[^aliresearch-2019-intelligence-plus]\n\n[^aliresearch-2019-intelligence-plus]: 阿里研究院. 从连接到赋能：“智能+”助力中国经济高质量发展[R]. 2019-03-12.\n');
    assert.equal(apply('正文。\n', 1, 'markdown-footnote'), '正[^aliresearch-2019-intelligence-plus]文。\n\n[^aliresearch-2019-intelligence-plus]: 阿里研究院. 从连接到赋能：“智能+”助力中国经济高质量发展[R]. 2019-03-12.\n');
  });

  it('reads the bibliography named in front matter', () => {
    assert.equal(frontMatterBibliography('---\ntitle: x\nbibliography: refs.bib\n---\n正文'), 'refs.bib');
    assert.equal(frontMatterBibliography('---\nbibliography: ["a.json", "b.bib"]\n---\n'), 'a.json');
    assert.equal(frontMatterBibliography('正文'), undefined);
  });
});
