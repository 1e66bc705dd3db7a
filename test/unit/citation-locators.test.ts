/**
 * Page locators (issue #13): a quote or figure of a report with pages (a PDF)
 * is cited at its page, in every format and style, and everything that reads
 * citations back (the planner, the updater, the prose filter, the export's
 * keys) understands them. Reports without pages keep their output.
 */
import assert from 'node:assert/strict';
import { authorDateMarker, CITATION_STYLES, keyWithoutPage, pageOfSuperscript, referenceEntry, splitNotePage, superscriptPage, type CitationSource, type CitationStyle } from '../../src/core/citation';
import { CITATION_FORMATS, planCitation, updateCitations, type CitationFormat } from '../../src/core/citeEdits';
import type { Report } from '../../src/core/model';
import { citationKeyTest, writersProse } from '../../src/core/prose';
import { Library } from '../../src/core/snapshot';
import { applyEdits, applyPlan } from './citation-helpers';
import { committedSnapshot } from './helpers';

const report = (id: string): Report => committedSnapshot().reports.find((candidate) => candidate.id === id)!;
const ali: CitationSource = { report: report('aliresearch-2019-intelligence-plus') };
const jd: CitationSource = { report: report('jd-2021-future-tech-trends') };
const shanghai: CitationSource = { report: report('shanghai-ai-2020-feature') };
const digest = report('info-industry-monitor-2020');
const article: CitationSource = { report: digest, article: digest.articles![2], articleIndex: 2 };
/** A report with an English publisher: GB/T 7714 writes its author-date marker with ASCII parentheses, as APA does. */
const english: CitationSource = { report: { ...ali.report, id: 'oecd-2020', publisher: 'OECD', title: 'Digital Economy Outlook', subtitle: undefined, language: 'en' } };
const ALI_KEY = 'aliresearch-2019-intelligence-plus';
const TITLE = '从连接到赋能：“智能+”助力中国经济高质量发展';

function cite(document: string, cursor: number, format: CitationFormat, source: CitationSource, style: CitationStyle, page?: number): string {
  return applyPlan(document, cursor, planCitation(document, cursor, format, source, style, authorDateMarker(source, style, page), { page }));
}

describe('page locators: entries and markers (hand-checked)', () => {
  it('GB/T 7714 puts the 引文页码 after the date (出版年: 引文页码); APA adds p.', () => {
    assert.equal(referenceEntry(ali, 'gbt7714-2025', 'numeric', 12), `阿里研究院. ${TITLE}[R]. 2019-03-12: 12.`);
    assert.equal(referenceEntry(ali, 'gbt7714-2015', 'numeric', 12), `阿里研究院. ${TITLE}[R]. 2019: 12.`);
    assert.equal(referenceEntry(ali, 'apa7', 'numeric', 12), `阿里研究院. (2019). ${TITLE} [Report]. p. 12.`);
    assert.equal(referenceEntry(article, 'gbt7714-2025', 'numeric', 3), '工信部回应每经记者提问：发展数字经济，鼓励企业尝试个性化产业道路[G]//行业信息监测与市场分析之信息产业篇. 2020-12: 3.');
    // An author-date list names no page: its markers do.
    assert.equal(referenceEntry(ali, 'gbt7714-2025', 'author-date', 12), referenceEntry(ali, 'gbt7714-2025', 'author-date'));
  });

  it('author-date markers: GB/T 7714 the page as a superscript after the parentheses, APA (Author, year, p. N)', () => {
    assert.equal(authorDateMarker(ali, 'gbt7714-2025', 12), '（阿里研究院，2019）¹²');
    assert.equal(authorDateMarker(ali, 'gbt7714-2015', 1234567890), '（阿里研究院，2019）¹²³⁴⁵⁶⁷⁸⁹⁰');
    assert.equal(authorDateMarker(ali, 'apa7', 12), '(阿里研究院, 2019, p. 12)');
    assert.equal(authorDateMarker(english, 'gbt7714-2025', 7), '(OECD, 2019)⁷');
    assert.equal(authorDateMarker(english, 'apa7', 7), '(OECD, 2019, p. 7)');
    assert.equal(superscriptPage(905), '⁹⁰⁵');
    assert.equal(pageOfSuperscript('⁹⁰⁵'), 905);
  });

  it('reads a page back from a note entry and from a footnote label', () => {
    for (const style of CITATION_STYLES) {
      const entry = referenceEntry(ali, style);
      assert.ok(splitNotePage(referenceEntry(ali, style, 'numeric', 42)).some((split) => split.entry === entry && split.page === 42), style);
    }
    assert.deepEqual(splitNotePage(referenceEntry(ali, 'gbt7714-2025')), []);
    assert.deepEqual(keyWithoutPage(`${ALI_KEY}-p12`), { key: ALI_KEY, page: 12 });
    assert.deepEqual(keyWithoutPage('info-industry-monitor-2020-a3-p7'), { key: 'info-industry-monitor-2020-a3', page: 7 });
    assert.equal(keyWithoutPage(ALI_KEY), undefined);
  });
});

describe('page locators: every format × style', () => {
  const document = '甲。乙。';
  const expected: Record<CitationStyle, Record<CitationFormat, string>> = {
    'gbt7714-2025': {
      'markdown-footnote': `甲[^${ALI_KEY}-p12]。乙。\n\n[^${ALI_KEY}-p12]: 阿里研究院. ${TITLE}[R]. 2019-03-12: 12.\n`,
      pandoc: `甲[@${ALI_KEY}, p. 12]。乙。`,
      latex: `甲\\cite[12]{${ALI_KEY}}。乙。`,
      'plain-numeric': `甲[1]¹²。乙。\n\n参考文献\n\n[1] 阿里研究院. ${TITLE}[R]. 2019-03-12.\n`,
      'plain-author-date': `甲（阿里研究院，2019）¹²。乙。\n\n参考文献\n\n阿里研究院, 2019. ${TITLE}[R].\n`,
    },
    'gbt7714-2015': {
      'markdown-footnote': `甲[^${ALI_KEY}-p12]。乙。\n\n[^${ALI_KEY}-p12]: 阿里研究院. ${TITLE}[R]. 2019: 12.\n`,
      pandoc: `甲[@${ALI_KEY}, p. 12]。乙。`,
      latex: `甲\\cite[12]{${ALI_KEY}}。乙。`,
      'plain-numeric': `甲[1]¹²。乙。\n\n参考文献\n\n[1] 阿里研究院. ${TITLE}[R]. 2019.\n`,
      'plain-author-date': `甲（阿里研究院，2019）¹²。乙。\n\n参考文献\n\n阿里研究院, 2019. ${TITLE}[R].\n`,
    },
    apa7: {
      'markdown-footnote': `甲[^${ALI_KEY}-p12]。乙。\n\n[^${ALI_KEY}-p12]: 阿里研究院. (2019). ${TITLE} [Report]. p. 12.\n`,
      pandoc: `甲[@${ALI_KEY}, p. 12]。乙。`,
      latex: `甲\\cite[12]{${ALI_KEY}}。乙。`,
      'plain-numeric': `甲[1]¹²。乙。\n\n参考文献\n\n[1] 阿里研究院. (2019). ${TITLE} [Report].\n`,
      'plain-author-date': `甲(阿里研究院, 2019, p. 12)。乙。\n\n参考文献\n\n阿里研究院. (2019). ${TITLE} [Report].\n`,
    },
  };
  for (const style of CITATION_STYLES) {
    for (const format of CITATION_FORMATS) {
      it(`${format}, ${style}: cites page 12`, () => {
        assert.equal(cite(document, 1, format, ali, style, 12), expected[style][format]);
      });
    }
  }

  it('without a page, every format and style writes what it wrote before (the built-in reports have lines only)', () => {
    for (const style of CITATION_STYLES) {
      for (const format of CITATION_FORMATS) {
        const withoutPage = cite(document, 1, format, ali, style);
        assert.equal(withoutPage, applyPlan(document, 1, planCitation(document, 1, format, ali, style, authorDateMarker(ali, style))));
        assert.doesNotMatch(withoutPage, /-p\d|p\. \d|\\cite\[|[⁰¹²³⁴⁵⁶⁷⁸⁹]|: \d+\./u, `${format} ${style}`);
      }
    }
    for (const location of [...committedSnapshot().terms.flatMap((term) => term.definitions), ...committedSnapshot().figures]) assert.equal(location.page, undefined, 'the built-in reports have no pages');
  });
});

describe('page locators: one report cited at several pages', () => {
  it('footnotes: one per report and page, reused for the same page; an unpaged citation keeps its own', () => {
    const first = cite('甲。乙。丙。', 1, 'markdown-footnote', ali, 'gbt7714-2025', 12);
    const second = cite(first, first.indexOf('乙') + 1, 'markdown-footnote', ali, 'gbt7714-2025', 30);
    const third = cite(second, second.indexOf('丙') + 1, 'markdown-footnote', ali, 'gbt7714-2025', 12);
    const fourth = cite(third, 0, 'markdown-footnote', ali, 'gbt7714-2025');
    assert.equal(
      fourth,
      `[^${ALI_KEY}]甲[^${ALI_KEY}-p12]。乙[^${ALI_KEY}-p30]。丙[^${ALI_KEY}-p12]。\n\n` +
        `[^${ALI_KEY}-p12]: 阿里研究院. ${TITLE}[R]. 2019-03-12: 12.\n` +
        `[^${ALI_KEY}-p30]: 阿里研究院. ${TITLE}[R]. 2019-03-12: 30.\n` +
        `[^${ALI_KEY}]: 阿里研究院. ${TITLE}[R]. 2019-03-12.\n`,
    );
  });

  it('plain numeric: one number per report, the page after it; renumbering keeps every page with its marker', () => {
    const first = cite('甲。乙。丙。', 3, 'plain-numeric', ali, 'gbt7714-2025', 12);
    const second = cite(first, first.indexOf('丙') + 1, 'plain-numeric', ali, 'gbt7714-2025', 30);
    assert.equal(second, `甲。乙[1]¹²。丙[1]³⁰。\n\n参考文献\n\n[1] ${referenceEntry(ali, 'gbt7714-2025')}\n`);
    // jd cited before them: it becomes [1], ali's markers move to [2] with their pages.
    const third = cite(second, 1, 'plain-numeric', jd, 'gbt7714-2025', 5);
    assert.equal(third, `甲[1]⁵。乙[2]¹²。丙[2]³⁰。\n\n参考文献\n\n[1] ${referenceEntry(jd, 'gbt7714-2025')}\n[2] ${referenceEntry(ali, 'gbt7714-2025')}\n`);
  });

  it('author-date: the entry listed once, each marker with its page', () => {
    const first = cite('甲。乙。', 1, 'plain-author-date', ali, 'apa7', 12);
    const second = cite(first, first.indexOf('乙') + 1, 'plain-author-date', ali, 'apa7', 30);
    assert.equal(second, `甲(阿里研究院, 2019, p. 12)。乙(阿里研究院, 2019, p. 30)。\n\n参考文献\n\n${referenceEntry(ali, 'apa7', 'author-date')}\n`);
  });

  it('never puts a marker between a citation and its superscript page', () => {
    const numbered = `甲[1]¹²乙。\n\n参考文献\n\n[1] ${referenceEntry(ali, 'gbt7714-2025')}\n`;
    for (const cursor of [numbered.indexOf(']') + 1, numbered.indexOf('¹') + 1]) {
      assert.match(cite(numbered, cursor, 'plain-numeric', jd, 'gbt7714-2025', 3), /^甲\[1\]¹²\[2\]³乙。/u);
    }
    const authorDate = `甲（阿里研究院，2019）¹²乙。\n\n参考文献\n\n${referenceEntry(ali, 'gbt7714-2025', 'author-date')}\n`;
    assert.match(cite(authorDate, authorDate.indexOf('）') + 1, 'plain-author-date', jd, 'gbt7714-2025', 3), /^甲（阿里研究院，2019）¹²（京东集团技术委员会，2021）³乙。/u);
    const pandoc = `甲[@${ALI_KEY}, p. 12]乙。`;
    assert.equal(cite(pandoc, pandoc.indexOf('p.'), 'pandoc', jd, 'gbt7714-2025', 3), `甲[@${ALI_KEY}, p. 12][@jd-2021-future-tech-trends, p. 3]乙。`);
    const latex = `甲\\cite[12]{${ALI_KEY}}乙。`;
    assert.equal(cite(latex, latex.indexOf('12') + 1, 'latex', jd, 'gbt7714-2025', 3), `甲\\cite[12]{${ALI_KEY}}\\cite[3]{jd-2021-future-tech-trends}乙。`);
    // A LaTeX-looking command before the citation (`\\AA[2]`) reads `[2]` as its argument, hiding the page's atom;
    // the page still stays with its number (found by the property test, seed 989759738). Nor is an exponent split.
    const command = ` \\AA[2]³\r\n\r\n \r\n`;
    // [1]: no list yet, and no marker uses 1 (it was [3], one past every bracketed number; see citation-edits).
    assert.match(cite(command, 2, 'plain-numeric', ali, 'gbt7714-2025', 1), /^ \\AA\[2\]³\[1\]¹\r\n/u);
    assert.match(cite('面积x²很大。', 3, 'plain-numeric', ali, 'gbt7714-2025'), /^面积x²\[1\]很大。/u);
  });
});

describe('page locators: updating a document to another style', () => {
  const sources = [ali, jd, shanghai, english, article];

  it('footnotes citing pages are re-rendered with their pages; unpaged ones and the writer’s own footnotes as before', () => {
    let document = '甲。乙。丙。\n\n[^own]: 我自己写的脚注，第 12 页: 12.\n';
    document = cite(document, 1, 'markdown-footnote', ali, 'apa7', 12);
    document = cite(document, document.indexOf('乙') + 1, 'markdown-footnote', ali, 'gbt7714-2015', 30);
    document = cite(document, document.indexOf('丙') + 1, 'markdown-footnote', jd, 'apa7');
    const updated = applyEdits(document, updateCitations(document, 'markdown-footnote', 'gbt7714-2025', sources));
    assert.equal(
      updated,
      `甲[^${ALI_KEY}-p12]。乙[^${ALI_KEY}-p30]。丙[^jd-2021-future-tech-trends]。\n\n[^own]: 我自己写的脚注，第 12 页: 12.\n` +
        `[^${ALI_KEY}-p12]: ${referenceEntry(ali, 'gbt7714-2025', 'numeric', 12)}\n` +
        `[^${ALI_KEY}-p30]: ${referenceEntry(ali, 'gbt7714-2025', 'numeric', 30)}\n` +
        `[^jd-2021-future-tech-trends]: ${referenceEntry(jd, 'gbt7714-2025')}\n`,
    );
    // And back: every style round-trips.
    for (const style of CITATION_STYLES) {
      const there = applyEdits(updated, updateCitations(updated, 'markdown-footnote', style, sources));
      assert.equal(applyEdits(there, updateCitations(there, 'markdown-footnote', 'gbt7714-2025', sources)), updated, style);
    }
  });

  it('a corrected catalogue: what was written from the old title and publisher is re-rendered from the new, pages and markers too', () => {
    // The catalogue named the publisher wrongly, and the title without its subtitle; the writer corrected it after citing.
    const old: CitationSource = { report: { ...ali.report, publisher: '阿里研究中心', title: '“智能+”' } };
    const first = cite('甲。乙。\n', 1, 'markdown-footnote', old, 'gbt7714-2025', 12);
    const footnotes = cite(first, first.indexOf('乙') + 1, 'markdown-footnote', old, 'gbt7714-2025');
    assert.deepEqual(updateCitations(footnotes, 'markdown-footnote', 'gbt7714-2025', sources), [], 'not recognised without the former version');
    const former = [{ was: old, now: ali }];
    assert.equal(
      applyEdits(footnotes, updateCitations(footnotes, 'markdown-footnote', 'gbt7714-2025', sources, 'plaintext', former)),
      `甲[^${ALI_KEY}-p12]。乙[^${ALI_KEY}]。\n\n[^${ALI_KEY}-p12]: ${referenceEntry(ali, 'gbt7714-2025', 'numeric', 12)}\n[^${ALI_KEY}]: ${referenceEntry(ali, 'gbt7714-2025')}\n`,
    );
    const numbered = cite('甲。\n', 1, 'plain-numeric', old, 'apa7');
    assert.equal(applyEdits(numbered, updateCitations(numbered, 'plain-numeric', 'apa7', sources, 'plaintext', former)), cite('甲。\n', 1, 'plain-numeric', ali, 'apa7'));
    const twice = (source: CitationSource) => {
      const once = cite('甲。乙。\n', 1, 'plain-author-date', source, 'apa7', 3);
      return cite(once, once.indexOf('乙') + 1, 'plain-author-date', source, 'apa7');
    };
    const authorDate = twice(old);
    assert.match(authorDate, /^甲\(阿里研究中心, 2019, p\. 3\)。乙\(阿里研究中心, 2019\)。/u);
    assert.equal(applyEdits(authorDate, updateCitations(authorDate, 'plain-author-date', 'apa7', sources, 'plaintext', former)), twice(ali));
    // An entry the writer changed after it was written is still theirs.
    const edited = footnotes.replace('阿里研究中心.', '阿里研究中心（笔误）.');
    assert.ok(edited !== footnotes);
    const updated = applyEdits(edited, updateCitations(edited, 'markdown-footnote', 'gbt7714-2025', sources, 'plaintext', former));
    assert.ok(updated.includes(`[^${ALI_KEY}-p12]: 阿里研究中心（笔误）. “智能+”[R]. 2019-03-12: 12.\n`), updated);
    assert.ok(updated.endsWith(`[^${ALI_KEY}]: ${referenceEntry(ali, 'gbt7714-2025')}\n`), 'the untouched entry is updated');
  });

  it('a footnote whose page entry the writer changed is left alone', () => {
    const document = `甲[^${ALI_KEY}-p12]。\n\n[^${ALI_KEY}-p12]: ${referenceEntry(ali, 'apa7', 'numeric', 12).replace('[Report]', '[报告]')}\n`;
    assert.deepEqual(updateCitations(document, 'markdown-footnote', 'gbt7714-2025', sources), []);
  });

  it('author-date markers with pages follow the style, APA ⇄ GB/T 7714, and keep their pages', () => {
    let document = '甲。乙。丙。丁。\n';
    document = cite(document, 1, 'plain-author-date', ali, 'apa7', 12);
    document = cite(document, document.indexOf('乙') + 1, 'plain-author-date', ali, 'apa7');
    document = cite(document, document.indexOf('丙') + 1, 'plain-author-date', english, 'apa7', 7);
    document = cite(document, document.indexOf('丁') + 1, 'plain-author-date', shanghai, 'apa7', 3);
    assert.match(document, /^甲\(阿里研究院, 2019, p\. 12\)。乙\(阿里研究院, 2019\)。丙\(OECD, 2019, p\. 7\)。丁\(從互聯網到AI崛起，上海能彎道超車嗎？, 2020, p\. 3\)。\n/u);
    const gb = applyEdits(document, updateCitations(document, 'plain-author-date', 'gbt7714-2025', sources));
    assert.match(gb, /^甲（阿里研究院，2019）¹²。乙（阿里研究院，2019）。丙\(OECD, 2019\)⁷。丁（佚名，2020）³。\n/u);
    // （佚名，2020） names the Shanghai page and an anonymous article of the digest alike: it stays as it is.
    const ambiguous = applyEdits(gb, updateCitations(gb, 'plain-author-date', 'apa7', sources));
    assert.equal(ambiguous, document.replace('(從互聯網到AI崛起，上海能彎道超車嗎？, 2020, p. 3)', '（佚名，2020）³'));
    const apa = applyEdits(gb, updateCitations(gb, 'plain-author-date', 'apa7', [ali, english, shanghai]));
    assert.equal(apa, document, 'back to APA, word for word');
    const prose = (text: string) => text.slice(0, text.indexOf('参考文献'));
    assert.equal(prose(applyEdits(gb, updateCitations(gb, 'plain-author-date', 'gbt7714-2015', sources))), prose(gb), 'GB/T 7714—2015 writes the same markers');
  });

  it('plain numeric: a list re-rendered, the pages after the markers untouched', () => {
    let document = '甲。乙。\n';
    document = cite(document, 1, 'plain-numeric', ali, 'apa7', 12);
    document = cite(document, document.indexOf('乙') + 1, 'plain-numeric', ali, 'apa7', 30);
    const updated = applyEdits(document, updateCitations(document, 'plain-numeric', 'gbt7714-2025', sources));
    assert.equal(updated, `甲[1]¹²。乙[1]³⁰。\n\n参考文献\n\n[1] ${referenceEntry(ali, 'gbt7714-2025')}\n`);
  });
});

describe('page locators: what reads citations back', () => {
  it('“Terms in this document” leaves out footnotes citing a page, as it leaves out the others', () => {
    const library = new Library(committedSnapshot());
    const draft = `区块链。\n\n[^${ALI_KEY}-p12]: 阿里研究院. 数字孪生[R]. 2019: 12.\n[^info-industry-monitor-2020-a3-p2]: 云计算.\n[^mine-p3]: 边缘计算。\n`;
    const prose = writersProse(draft, citationKeyTest(library));
    assert.ok(prose.startsWith('区块链。'));
    assert.ok(!prose.includes('数字孪生') && !prose.includes('云计算'), prose);
    assert.ok(prose.includes('边缘计算'), 'the writer’s own footnote stays prose');
  });
});
