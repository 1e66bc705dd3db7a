import assert from 'node:assert/strict';
import { authorDateMarker, bibTeXEntry, cslItem, escapeBibTeX, formatNames, referenceEntry, reportTextIn, type CitationSource } from '../../src/core/citation';
import { appendBibTeX, appendCslJson, markerAmongEdits, planCitation } from '../../src/core/citeEdits';
import { applyPlan } from './citation-helpers';
import type { Report } from '../../src/core/model';
import { committedSnapshot } from './helpers';
import { Library } from '../../src/core/snapshot';

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

  it('GB/T 7714: an article of the compilation as a contribution (one type code), news [N], web page [EB/OL]; nothing invented', () => {
    assert.equal(referenceEntry(article, 'gbt7714-2025'), '工信部回应每经记者提问：发展数字经济，鼓励企业尝试个性化产业道路[G]//行业信息监测与市场分析之信息产业篇. 2020-12.');
    assert.equal(referenceEntry(feature, 'gbt7714-2025'), '2020，阿里腾讯做了点不一样的事情[N]. 2020.');
    assert.equal(referenceEntry(shanghai, 'gbt7714-2025'), '從互聯網到AI崛起，上海能彎道超車嗎？[EB/OL]. (2020-07).');
    for (const entry of [article, feature, shanghai].map((source) => referenceEntry(source, 'gbt7714-2025'))) {
      assert.ok(!/出版地不详|s\.n\.|http|\[引用日期\]/.test(entry), entry);
    }
  });

  it('GB/T 7714 author-date: the year right after the author, 佚名 when there is none', () => {
    assert.equal(referenceEntry(ali, 'gbt7714-2025', 'author-date'), '阿里研究院, 2019. 从连接到赋能：“智能+”助力中国经济高质量发展[R].');
    assert.equal(referenceEntry(feature, 'gbt7714-2015', 'author-date'), '佚名, 2020. 2020，阿里腾讯做了点不一样的事情[N].');
    assert.equal(referenceEntry(shanghai, 'gbt7714-2025', 'author-date'), '佚名, 2020. 從互聯網到AI崛起，上海能彎道超車嗎？[EB/OL]. (2020-07).');
    assert.equal(authorDateMarker(feature, 'gbt7714-2025'), '（佚名，2020）');
  });

  it('APA 7: a report is dated by its year, no “？.”, full titles in markers, a reprinted article cites its newspaper and the compilation', () => {
    assert.equal(referenceEntry(ali, 'apa7'), '阿里研究院. (2019). 从连接到赋能：“智能+”助力中国经济高质量发展 [Report].');
    assert.equal(referenceEntry(jd, 'apa7'), '京东集团技术委员会. (2021). 技术重构社会供应链：未来科技趋势白皮书 [White paper].');
    assert.equal(referenceEntry(feature, 'apa7'), '2020，阿里腾讯做了点不一样的事情. (2020).');
    assert.equal(referenceEntry(shanghai, 'apa7'), '從互聯網到AI崛起，上海能彎道超車嗎？ (2020, July).');
    // …and the compilation the writer read it in, as the BibTeX and CSL records' note says.
    assert.equal(referenceEntry(article, 'apa7'), '工信部回应每经记者提问：发展数字经济，鼓励企业尝试个性化产业道路. (2020, December). 每日经济新闻. 收录于《行业信息监测与市场分析之信息产业篇》.');
    assert.equal(authorDateMarker(shanghai, 'apa7'), '(從互聯網到AI崛起，上海能彎道超車嗎？, 2020)');
    assert.equal(authorDateMarker(ali, 'gbt7714-2025'), '（阿里研究院，2019）');
    assert.equal(authorDateMarker(ali, 'apa7'), '(阿里研究院, 2019)');
  });

  it('uses 等 for Chinese names and et al. for others past three', () => {
    assert.equal(formatNames(['张钧波', '郑宇', '廖建文', '周伯文']), '张钧波, 郑宇, 廖建文, 等');
    assert.equal(formatNames(['Smith J', 'Doe A', 'Roe B', 'Poe C']), 'Smith J, Doe A, Roe B, et al.');
  });

  it('writes biblatex, classic BibTeX and CSL-JSON records', () => {
    assert.equal(
      bibTeXEntry(ali),
      '@report{aliresearch-2019-intelligence-plus,\n  title = {从连接到赋能：“智能+”助力中国经济高质量发展},\n  author = {{阿里研究院}},\n  institution = {阿里研究院},\n  type = {报告},\n  date = {2019-03-12},\n  langid = {chinese},\n}\n',
    );
    assert.equal(
      bibTeXEntry(jd, 'bibtex'),
      '@techreport{jd-2021-future-tech-trends,\n  title = {技术重构社会供应链：未来科技趋势白皮书},\n  author = {{京东集团技术委员会}},\n  institution = {京东集团技术委员会},\n  type = {白皮书},\n  year = {2021},\n  month = jan,\n  language = {chinese},\n}\n',
    );
    assert.match(bibTeXEntry(feature, 'bibtex'), /^@article\{industrial-internet-2020-feature,\n.*\n  entrysubtype = \{newspaper\},\n  mark = \{N\},\n  year = \{2020\},/);
    assert.match(bibTeXEntry(article), /^@article\{info-industry-monitor-2020-a3,\n.*\n  entrysubtype = \{newspaper\},\n  journaltitle = \{每日经济新闻\},\n  note = \{收录于《行业信息监测与市场分析之信息产业篇》\},\n  date = \{2020-12\},/);
    assert.equal(escapeBibTeX('50% & {x}_1\r\nB'), '50\\% \\& \\{x\\}\\_1 B');
    // Report text inserted into a draft (a quote, a figure's value): escaped in LaTeX, its line breaks kept; as it is elsewhere.
    assert.equal(reportTextIn('latex', '占比60%~70%，R&D投入\n第二行'), '占比60\\%\\~{}70\\%，R\\&D投入\n第二行');
    // In Markdown and rST on one line, their inline markup escaped (read by markdown-it and Pandoc in citation-tools.test.ts); as it is in plain text.
    assert.equal(reportTextIn('markdown', '占比60%~70%，R&D\n见<!--注-->'), '占比60%\\~70%，R&D 见\\<!--注-->');
    assert.equal(reportTextIn('restructuredtext', '占比60%~70%，a_b\n|x| 见[1]'), '占比60%~70%，a\\_b \\|x\\| 见\\[1\\]');
    assert.equal(reportTextIn('plaintext', '占比60%~70%\n第二行'), '占比60%~70%\n第二行');
    assert.deepEqual(cslItem(ali), { id: 'aliresearch-2019-intelligence-plus', type: 'report', title: '从连接到赋能：“智能+”助力中国经济高质量发展', language: 'zh-Hans', author: [{ literal: '阿里研究院' }], genre: '报告', publisher: '阿里研究院', issued: { 'date-parts': [[2019, 3, 12]] } });
    assert.equal(cslItem({ report: digest }).type, 'book', 'a compilation is not a CSL collection (an archive)');
    assert.deepEqual(cslItem(article), {
      id: 'info-industry-monitor-2020-a3',
      type: 'article-newspaper',
      title: '工信部回应每经记者提问：发展数字经济，鼓励企业尝试个性化产业道路',
      language: 'zh-Hans',
      'container-title': '每日经济新闻',
      note: '收录于《行业信息监测与市场分析之信息产业篇》',
      issued: { 'date-parts': [[2020, 12]] },
    });
  });
});

describe('citation edits per document syntax', () => {
  const plan = (document: string, cursor: number, format: Parameters<typeof planCitation>[2], source = ali) => planCitation(document, cursor, format, source, 'gbt7714-2025', authorDateMarker(source, 'gbt7714-2025'));
  const apply = (document: string, cursor: number, format: Parameters<typeof planCitation>[2], source = ali) => applyPlan(document, cursor, plan(document, cursor, format, source));

  it('puts the marker after a company name ICU does not know (腾讯, 华为), not into it nor into a term after it', () => {
    // Sentences of the reports. ICU's word breaks give 腾|讯, 华|为, 美|团|外|卖: each character a word of its own.
    const marker = '[^aliresearch-2019-intelligence-plus]';
    // With the reports' terms, as the editor plans: 云原生 is one.
    const library = new Library(committedSnapshot());
    const options = { termAt: (text: string, offset: number) => library.matcher.matchAt(text, offset) };
    const placed = (text: string, cursor: number) => applyPlan(text, cursor, planCitation(text, cursor, 'markdown-footnote', ali, 'gbt7714-2025', '', options)).split('\n')[0];
    const cloud = '据悉，腾讯云原生注册用户规模超100万个；';
    assert.equal(placed(cloud, cloud.indexOf('讯')), cloud.replace('腾讯', `腾讯${marker}`), '腾|讯, and 云 begins the term 云原生');
    const giants = '成为谷歌、亚马逊、微软、阿里、腾讯、华为等各大厂重点布局的技术。';
    assert.equal(placed(giants, giants.indexOf('为等')), giants.replace('华为', `华为${marker}`), '华|为');
    const meituan = '美团外卖与拼多多。';
    assert.equal(placed(meituan, 2), `美团外卖${marker}与拼多多。`, '美团|外卖');
    // 我|和|他: one-character words, but function words — the writer's place stays.
    const prose = '我和他在这里看了书。';
    assert.equal(placed(prose, 1), `我${marker}和他在这里看了书。`);
  });

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
    const bib = appendBibTeX('', latex.bibliography!.key, latex.bibliography!.bibtex.biblatex)!.text;
    assert.equal(appendBibTeX(bib, latex.bibliography!.key, latex.bibliography!.bibtex.bibtex), undefined);
    const csl = appendCslJson('[]', latex.bibliography!.csl)!;
    const written = `[${csl.text}]`;
    assert.equal(JSON.parse(written).length, 1);
    assert.equal(appendCslJson(written, latex.bibliography!.csl), undefined);
    assert.throws(() => appendCslJson('{"not": "an array"}', latex.bibliography!.csl), /JSON array/);
  });

  it('folds the marker into an edit that starts at the cursor, so it cannot land after the footnote', () => {
    const document = '正文。';
    const atEnd = plan(document, document.length, 'markdown-footnote');
    const folded = markerAmongEdits(atEnd, document.length);
    assert.equal(folded.atDrop, '');
    assert.ok(folded.edits[0].text.startsWith('[^aliresearch-2019-intelligence-plus]\n\n[^aliresearch-2019-intelligence-plus]: '), folded.edits[0].text);
    const inside = plan(document, 2, 'markdown-footnote');
    assert.deepEqual(markerAmongEdits(inside, 2), { atDrop: inside.marker, edits: inside.edits });
    // Dropped inside a word, the marker goes after it, among the edits.
    const moved = markerAmongEdits(plan('twins.', 1, 'markdown-footnote'), 1);
    assert.equal(moved.atDrop, '');
    assert.ok(moved.edits.some((edit) => edit.text === inside.marker && edit.start === 5), JSON.stringify(moved.edits));
  });

  it('never swallows a cursor on the trailing blank lines: the marker stays before the footnote', () => {
    const document = '正文。\n\n';
    assert.equal(apply(document, document.length, 'markdown-footnote'), '正文。\n\n[^aliresearch-2019-intelligence-plus]\n\n[^aliresearch-2019-intelligence-plus]: 阿里研究院. 从连接到赋能：“智能+”助力中国经济高质量发展[R]. 2019-03-12.\n');
    assert.equal(apply('正文。\n', 1, 'markdown-footnote'), '正文[^aliresearch-2019-intelligence-plus]。\n\n[^aliresearch-2019-intelligence-plus]: 阿里研究院. 从连接到赋能：“智能+”助力中国经济高质量发展[R]. 2019-03-12.\n');
  });
});
