/**
 * The committed snapshot against the real reports: every quote verbatim and
 * located, no boilerplate, the known definitions and figures present, and a
 * rebuild byte-identical to the committed file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Quote } from '../../src/core/model';
import { replaceRadicals } from '../../src/core/normalize';
import { Library } from '../../src/core/snapshot';
import { buildSnapshot, serialiseSnapshot } from '../../src/indexer/build';
import { NEWLY_COVERED } from '../support/newlyCovered';
import { cleanedReports, committedSnapshot, CURATION, rawLines, REPORTS_DIR, SNAPSHOT_PATH } from './helpers';

const REPORT_IDS = {
  ali: 'aliresearch-2019-intelligence-plus',
  jd: 'jd-2021-future-tech-trends',
  digest: 'info-industry-monitor-2020',
  feature: 'industrial-internet-2020-feature',
  shanghai: 'shanghai-ai-2020-feature',
};

function allQuotes(): Quote[] {
  const snapshot = committedSnapshot();
  return [...snapshot.terms.flatMap((term) => term.definitions), ...snapshot.figures];
}

describe('snapshot: faithful to the reports', () => {
  it('rebuilds byte for byte from data/', () => {
    const rebuilt = serialiseSnapshot(buildSnapshot({ reportsDir: REPORTS_DIR, curationPath: CURATION }));
    assert.ok(rebuilt === readFileSync(SNAPSHOT_PATH, 'utf8'), 'npm run index changes data/snapshot.json: run it and commit the result');
    // A full build reads every sentence once per candidate term; on a shared two-core machine it can pass 20 s.
  }).timeout(90_000);

  it('has every quote as an exact span of its cleaned report, at its offset', () => {
    const texts = cleanedReports();
    const quotes = allQuotes();
    assert.ok(quotes.length > 500);
    for (const quote of quotes) {
      const text = texts.get(quote.reportId)!.doc.text;
      assert.equal(text.slice(quote.offset, quote.offset + quote.quote.length), quote.quote, `${quote.reportId}:${quote.line}`);
      assert.ok(text.slice(quote.offset - quote.before.length, quote.offset) === quote.before, 'context before is the text before');
      assert.ok(text.slice(quote.offset + quote.quote.length).startsWith(quote.after), 'context after is the text after');
    }
  });

  it('maps every character of every quote back to the character of the original file it came from', () => {
    const texts = cleanedReports();
    for (const quote of allQuotes()) {
      const doc = texts.get(quote.reportId)!.doc;
      const lines = rawLines(quote.reportId);
      assert.equal(doc.lineAt[quote.offset], quote.line);
      for (let i = 0; i < quote.quote.length; i++) {
        const line = doc.lineAt[quote.offset + i];
        const original = lines[line - 1][doc.columnAt[quote.offset + i]];
        // Only radicals are replaced (⼼ → 心); the joined two-line headings add a space, never inside quotes.
        assert.equal(replaceRadicals(original), quote.quote[i], `${quote.reportId}:${line} "${quote.quote}" at ${i}`);
      }
    }
  });

  it('contains no spam, web, TOC or legal boilerplate', () => {
    const json = readFileSync(SNAPSHOT_PATH, 'utf8');
    for (const junk of ['娛樂城', '鬥陣', '歡樂城', '保證出款', '發佈留言', '您可能也會喜歡', '没有账号', '忘记密码', '社交账号快速登录', '微信扫一扫',
      '版权所有', '未经京东集团技术委员会', '商标声明', '快速进入点击页码', '兼职视频剪辑师', '欢迎关注京东技术公众号', 'C O P Y', '······', '.......', '研究院成立于', '**']) {
      assert.ok(!json.includes(junk), `snapshot contains "${junk}"`);
    }
    assert.ok(!/[\u2f00-\u2fdf]/u.test(json), 'snapshot contains a Kangxi radical');
  });

  it('cuts spam spliced inside words and rejoins words split by page breaks', () => {
    const shanghai = cleanedReports().get(REPORT_IDS.shanghai)!.doc.text;
    assert.ok(shanghai.includes('單打獨鬥註定失敗'));
    assert.ok(shanghai.includes('不少人的奮鬥首站'));
    const ali = cleanedReports().get(REPORT_IDS.ali)!.doc.text;
    assert.ok(ali.includes('传递给正确的人和机器。'));
    assert.ok(ali.includes('阿里巴巴商业操作系统'));
    assert.ok(cleanedReports().get(REPORT_IDS.jd)!.doc.text.includes('从感知智能迈向认知智能'));
    const digest = cleanedReports().get(REPORT_IDS.digest)!.doc.text;
    assert.ok(digest.includes('营业额约为5000万欧元'));
    // A page's short last line that is prose (a sentence ends inside it), broken mid-word before the page break.
    assert.ok(digest.includes('一位国有大行华南分行人士表示，比如以深圳的大行'));
    // A short line that ends a sentence with no page break after it stays apart: the figure title after `？` heads nothing.
    assert.ok(!ali.includes('达索“数字心脏”服务机理当系统能够'));
    assert.ok(!cleanedReports().get(REPORT_IDS.feature)!.doc.text.includes('兼职视频剪辑师'));
  });

  it('has clean report and section titles', () => {
    const snapshot = committedSnapshot();
    const shanghai = snapshot.reports.find((report) => report.id === REPORT_IDS.shanghai)!;
    assert.equal(shanghai.title, '從互聯網到AI崛起，上海能彎道超車嗎？');
    for (const section of snapshot.sections) {
      assert.ok(!/\t|·{3,}|\.{3,}|\*\*|娛樂城/.test(section.title), section.title);
      assert.ok(section.title.length <= 60, section.title);
    }
    const digestArticles = snapshot.sections.filter((section) => section.reportId === REPORT_IDS.digest && section.level === 2);
    assert.equal(digestArticles.length, 26, 'each article of the digest is a section');
  });
});

describe('snapshot: terms', () => {
  const termNamed = (name: string) => {
    const term = committedSnapshot().terms.find((candidate) => candidate.term === name);
    assert.ok(term, `no term ${name}`);
    return term;
  };

  it('keeps every term the integration suite hovers, reached from the form a writer types', () => {
    const library = new Library(committedSnapshot());
    for (const [typed, name] of NEWLY_COVERED) {
      termNamed(name);
      const draft = `关于 ${typed} 的讨论。`;
      assert.equal(library.matcher.matchAt(draft, 4)?.value.term, name, typed);
    }
  });

  it('finds the explicit definitions the reports give, best first', () => {
    const expected: [string, string][] = [
      ['区块链', '区块链是一种分布式分类账。'],
      ['微服务', '微服务（Microservice）是一种将复杂应用拆分成多个单一功能组件'],
      ['自主系统', '自主系统是指具有一定自治能力和自主性的控制系统'],
      ['异构计算', '异构计算就是将多种计算构架集成在同一处理器中'],
      ['智能合约', '智能合约是区块链系统可以自动按照预设条件自动执行的代码'],
      ['明示同意', '明示同意，即必须是通过书面、口头等方式主动做出声明'],
      ['分布式', '所谓分布式，是指信任不再集中在某个集中化的机构'],
      ['产业互联网', '產業互聯網,就是通過新的技術手段和產品'],
      ['物联网', '物联网（IoT, The Internet of things）是人、物、服务泛在相连的互联网'],
      ['机器视觉', '机器视觉研究如何使计算机能够像人的视觉系统一样处理并识别数字图像'],
    ];
    for (const [name, sentence] of expected) {
      const term = termNamed(name);
      assert.ok(term.definitions.some((definition) => definition.kind === 'explicit' && definition.quote.includes(sentence)), `${name}: ${sentence}`);
    }
    assert.ok(termNamed('区块链').definitions[0].kind === 'explicit');
  });

  it('takes a definition from the subtitle under a bullet label (机器学习)', () => {
    const first = termNamed('机器学习').definitions[0];
    assert.equal(first.kind, 'heading');
    assert.ok(first.quote.startsWith('关注如何用计算的方法从历史经验中模拟人类学习行为'));
    assert.equal(first.line, 249);
    assert.match(first.section, /人工智能：智能链接世界，构筑人机和谐 › 技术发展趋势及发展挑战 › 2\.1 技术发展趋势/);
  });

  it('gives aliases: English glosses, traditional forms and Taiwan wording', () => {
    assert.ok(termNamed('微服务').aliases.includes('Microservice'));
    assert.ok(termNamed('物联网').aliases.includes('物聯網'));
    assert.ok(termNamed('物联网').aliases.includes('IoT'));
    assert.ok(termNamed('人工智能').aliases.includes('人工智慧'));
    assert.ok(termNamed('数字孪生').aliases.includes('Digital Twin'));
  });

  it('names terms found in the traditional-script report in simplified characters, keeping the traditional as alias', () => {
    const term = termNamed('产业互联网');
    assert.ok(term.aliases.includes('產業互聯網'));
    assert.ok(term.occurrences.some((occurrence) => occurrence.reportId === REPORT_IDS.shanghai));
  });

  it('gives every term a category, definitions and real occurrences', () => {
    const snapshot = committedSnapshot();
    for (const term of snapshot.terms) {
      assert.ok(term.category.length > 0);
      assert.ok(term.definitions.length > 0);
      assert.ok(term.occurrences.length > 0);
      for (const occurrence of term.occurrences) {
        assert.ok(rawLines(occurrence.reportId)[occurrence.line - 1].length > 0);
      }
    }
    assert.equal(termNamed('数字孪生').pinyin?.initials, 'szls');
    assert.equal(termNamed('边缘计算').pinyin?.full, 'bian yuan ji suan');
  });

  it('leaves out companies, people and discourse words', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const notATerm of ['京东', '卢山', '首先', '第一', '什么', '虽然', '这个', '企业', '技术']) assert.ok(!names.has(notATerm), notATerm);
  });
});

describe('snapshot: figures and captions', () => {
  const figuresIn = (reportId: string, text: string) =>
    committedSnapshot().figures.filter((figure) => figure.reportId === reportId && figure.text === text);

  it('rejoins a number split from its unit by a page break (6560 / 亿美金)', () => {
    const [figure] = figuresIn(REPORT_IDS.ali, '6560亿美金');
    assert.equal(figure.value, 6.56e11);
    assert.equal(figure.unit, 'USD');
    assert.equal(figure.line, 112);
  });

  it('normalises values and units across the patterns in the reports', () => {
    const cases: [string, string, number, string, number?][] = [
      [REPORT_IDS.jd, '35.8 万亿元', 3.58e13, 'CNY'],
      [REPORT_IDS.jd, '6,500亿元', 6.5e11, 'CNY'],
      [REPORT_IDS.digest, '60%~70%', 60, 'percent', 70],
      [REPORT_IDS.digest, '4.1个百分点', 4.1, 'percentage-point'],
      [REPORT_IDS.digest, '-8.6%', -8.6, 'percent'],
      [REPORT_IDS.digest, '一百万亿倍', 1e14, 'times'],
      [REPORT_IDS.ali, '0.7万亿元', 7e11, 'CNY'],
      [REPORT_IDS.ali, '1.4万亿', 1.4e12, 'CNY'],
      [REPORT_IDS.shanghai, '1/3', 1 / 3, 'fraction'],
      [REPORT_IDS.feature, '5000亿元', 5e11, 'CNY'],
      [REPORT_IDS.ali, '43倍', 43, 'times'],
    ];
    for (const [reportId, text, value, unit, valueMax] of cases) {
      const [figure] = figuresIn(reportId, text);
      assert.ok(figure, `${reportId}: ${text}`);
      assert.equal(figure.value, value, text);
      assert.equal(figure.unit, unit, text);
      assert.equal(figure.valueMax, valueMax, text);
    }
  });

  it('does not take heading numbers, TOC entries, years, model names or footnote digits for figures', () => {
    const figures = committedSnapshot().figures;
    assert.ok(!figures.some((figure) => /^(?:3\.7|4\.3)\s?人$/.test(figure.text)));
    assert.ok(!figures.some((figure) => /^\d{4}$/.test(figure.text)));
    assert.ok(!figures.some((figure) => /^\d+G$/i.test(figure.text)));
    // The TOC line `湖南新型显示器件产业链力争突破 2000 亿元\t34` is not body text.
    assert.ok(!figures.some((figure) => figure.line === 28 && figure.reportId === REPORT_IDS.digest));
    assert.ok(!figures.some((figure) => figure.reportId === REPORT_IDS.ali && figure.line === 34));
  });

  it('links the same statistic across reports (35.8万亿元 in 001 and 002)', () => {
    const [jd] = figuresIn(REPORT_IDS.jd, '35.8 万亿元');
    const digest = committedSnapshot().figures.filter((figure) => figure.reportId === REPORT_IDS.digest && figure.value === 3.58e13);
    assert.ok(digest.length >= 2);
    for (const other of digest) assert.ok(jd.sameAs.includes(other.id), other.id);
  });

  it('names the year a figure refers to', () => {
    assert.equal(figuresIn(REPORT_IDS.jd, '35.8 万亿元')[0].year, 2019);
  });

  it('finds numbered captions, without their source credit', () => {
    const captions = committedSnapshot().captions;
    const learning = captions.find((caption) => caption.label === '图 2.2');
    assert.equal(learning?.title, '机器学习分类');
    assert.equal(learning?.line, 255);
    assert.equal(captions.find((caption) => caption.reportId === REPORT_IDS.ali)?.title, '“跳动心脏”运行机理');
    assert.ok(captions.some((caption) => caption.label === '3.54' && caption.title === '营商云总体架构图'));
    assert.ok(captions.some((caption) => caption.label === '图 1.1' && caption.title.startsWith('2016–2019 年')));
  });
});
