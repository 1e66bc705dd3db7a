import assert from 'node:assert/strict';
import type { Figure } from '../../src/core/model';
import { findFigures } from '../../src/core/numbers';
import { Library } from '../../src/core/snapshot';
import { SearchIndex } from '../../src/core/search';
import { figureHover, termHover } from '../../src/core/hoverContent';
import { extractFigures, yearOf } from '../../src/indexer/figures';
import { linkSameFigures, MAX_LINKED } from '../../src/indexer/figureLinks';
import { subjectOf } from '../../src/indexer/figureSubjects';
import { ReportText } from '../../src/indexer/reportText';
import { cleanReport } from '../../src/indexer/clean';
import { cleanedReports, committedSnapshot, HOVER_LABELS } from './helpers';

/** The subject of the figure written `text` in a sentence quoted from the reports (after `previous`, the sentence before it). */
function subject(sentence: string, text: string, previous?: string): string {
  const figures = findFigures(sentence);
  const index = figures.findIndex((figure) => figure.text === text);
  assert.ok(index >= 0, `${text} is a figure of ${sentence}`);
  return subjectOf(sentence, figures, index, previous === undefined ? undefined : { text: previous, figures: findFigures(previous) });
}

const labels = HOVER_LABELS;
const commands = { insertCitation: 'c1', insertQuote: 'c2', openSource: 'c3', reveal: 'c4' };

describe('figure subjects (sentences of the reports)', () => {
  it('takes what the number measures from its own clause, without filler verbs and years', () => {
    assert.equal(subject('赛迪顾问指出，到2022年，中国云计算市场规模将达到3555.3亿元。', '3555.3亿元'), '中国云计算市场规模');
    assert.equal(subject('兴业证券方面表示，中国智能语音市场规模持续扩大，2021年将接近200亿元，2016-2021年CAGR为34.35%。', '200亿元'), '中国智能语音市场规模');
    assert.equal(subject('在实验中的一个计算案例，用目前最先进的超级计算机需要计算一万年，而量子计算机只用了二百秒。', '二百秒'), '量子计算机');
  });

  it('takes the topic from the previous clause when the own clause only says how it changed', () => {
    assert.equal(subject('而根据最新披露的2020年三季度财报显示，寒武纪单季收入0.7亿元，同比增长477%，归母净亏损1.08亿元。', '477%'), '寒武纪单季收入同比增长');
    assert.equal(subject('麦肯锡的一份调研报告表明，20世纪70年代以前，市场需求平均预测准确率能达90%以上，到了80年代只有60-80%。', '60-80%'), '市场需求平均预测准确率');
  });

  it('takes the topic of a clause two back, past a clause that only says when', () => {
    const sentence = '麦肯锡的一份调研报告表明，20世纪70年代以前，市场需求平均预测准确率能达90%以上，到了80年代只有60-80%，而到了90年代末21世纪初，进一步降低到40-60%，即所生产出来的一半产品并不是消费者真正需要的。';
    assert.equal(subject(sentence, '40-60%'), '市场需求平均预测准确率');
  });

  it('reads 这一数字 as what the previous sentence’s figure measured, in the place this sentence turns to', () => {
    const previous = '美国仅用14年就让电商在互联网用户的渗透率达到了50%。';
    assert.equal(subject(previous, '14年'), '美国电商在互联网用户的渗透率达到了50%');
    assert.equal(subject('在大洋彼岸的中国，这一数字更是缩短至9年。', '9年', previous), '中国电商在互联网用户的渗透率达到了50%');
  });

  it('gives a measure without its owner the owner of the clause before (效率, 增速)', () => {
    assert.equal(subject('宿迁市政务系统运营成本降低70%，效率提升30%以上。', '30%'), '宿迁市政务系统效率提升');
    const growth = '2020年，中国集成电路设计业销售额预计为3819.4亿元，比2019年的3084.9亿元增长23.8%，增速比上年的19.7%提升了4.1个百分点。';
    assert.equal(subject(growth, '19.7%'), '中国集成电路设计业销售额增速');
    assert.equal(subject(growth, '4.1个百分点'), '中国集成电路设计业销售额增速提升');
  });

  it('keeps a long subject whole words: a bracket dropped, not a list cut mid-word', () => {
    const sentence = '相较之下，云业务总收入却表现强劲，旗下云和认知软件部门（包括云业务和红帽在内的数据平台、认知应用以及交易处理平台）的营收达到55.53亿美元，增长7%。';
    assert.equal(subject(sentence, '55.53亿美元'), '云和认知软件部门的营收');
  });

  it('lets a counted noun start with 5G, and stops it at a modal verb', () => {
    assert.equal(subject('2021年，计划新建60万5G基站，业内估预，最终的建设规模将远超这个数字。', '60万'), '计划新建5G基站');
    assert.equal(subject('日前，中国工程院院士邬贺铨表示，2021年建100万基站应该没有问题。', '100万'), '基站');
  });

  it('reads a duration inside a quotation, or as the time something took, with what it was the time of', () => {
    const park = '“未来园区”是“全国24小时、全球72小时有货必达”的重要保障，是阿里allin的智能物流骨干网的核心节点。';
    assert.equal(subject(park, '24小时'), '全国有货必达');
    assert.equal(subject(park, '72小时'), '全球有货必达');
    assert.equal(subject('3分钟线上申请，1秒钟审批，0人工干预的简称，这种智能信贷服务解决了小微企业和个人用户贷款难、贷款周期长的难题，同时还拥有很低的坏账率。', '1秒钟'), '审批');
    // Not when the words after are a change to another value.
    assert.equal(subject('从人工智能领域来看，在抗击新冠肺炎疫情的过程中，智能算法使新冠病毒RNA分析时间从55分钟缩短到27秒；', '55分钟'), '智能算法使新冠病毒RNA分析时间');
  });

  it('reads a comparison base, a span of years or 占 opening the clause as no topic, and takes the topic before', () => {
    assert.equal(subject('Synergy Research统计，2020年第三季度，全球企业用于云基础设施（IaaS，PaaS及私有云）及云服务（SaaS）的支出达到650亿美元，较2019年三季度增长28%。', '28%'), '全球企业用于云基础设施及云服务的支出增长');
    assert.equal(subject('2019年我国数字经济的规模为35.8万亿元，占GDP比重36.2%，有力提振了国民经济。', '36.2%'), '我国数字经济的规模占GDP比重');
    assert.equal(subject('兴业证券方面表示，中国智能语音市场规模持续扩大，2021年将接近200亿元，2016-2021年CAGR为34.35%。', '34.35%'), '中国智能语音市场规模CAGR');
    assert.equal(subject('據統計,上海現有人工智能重點企業1116傢,2019年企業產值約1477億元,比2018年增長10.7%。', '10.7%'), '企業產值增長');
  });

  it('reads what follows 的 after a spaced number, and a list item’s own words', () => {
    assert.equal(subject('到 2023 年，全球 75% 的组织将拥有全面的数字化转型路径图；', '75%'), '组织');
    const family = '基于京东健康最值得信赖的专业医疗健康平台，“京东家医”为用户及家庭提供提供，7×24小时健康咨询，不限次专科问诊、处方服务，顶级专家面诊服务，超过2700家医院门诊预约、48小时线上名医会诊、主动随访服务、健康信息收集建档、健康计划制定等一系列超值、暖心、实用的家庭医生服务。';
    assert.equal(subject(family, '48小时'), '线上名医会诊');
  });

  it('names what a counter counts', () => {
    assert.equal(subject('同时，还有100多家企业与该平台展开了合作。', '100多家'), '企业');
    assert.equal(subject('打通危化品监管相关9个委办局、3个化工园区的18个业务系统数据。', '3个'), '化工园区');
    assert.equal(subject('4年多时间，UPTAKE已经连接了40万台设备，累计12亿小时机器学习时间。', '12亿小时'), '机器学习时间');
  });

  it('attributes the year the figure refers to, not a comparison base, and resolves 今年', () => {
    const sentence = 'Synergy Research统计，2020年第三季度，全球企业用于云基础设施的支出达到650亿美元，较2019年三季度增长28%。';
    assert.equal(yearOf(sentence, sentence.indexOf('28%')), 2020);
    assert.equal(yearOf('中国的出行服务市场规模预计将达到6560亿美金，是2017年的43倍。', 30), undefined);
    assert.equal(yearOf('今年1月—11月，国内市场5G手机出货量达到1.44亿部', 20, 2020), 2020);
    const growth = '2020年，中国集成电路设计业销售额预计为3819.4亿元，比2019年的3084.9亿元增长23.8%，增速比上年的19.7%提升了4.1个百分点。';
    assert.equal(yearOf(growth, growth.indexOf('19.7%')), 2019);
    assert.equal(yearOf(growth, growth.indexOf('23.8%')), 2020);
    assert.equal(yearOf(growth, growth.indexOf('3084.9亿元')), 2019, 'the base of 比2019年的 is 2019’s value');
    const count = '據統計,上海現有人工智能重點企業1116傢,2019年企業產值約1477億元。';
    assert.equal(yearOf(count, count.indexOf('1116')), undefined, 'a year in the next clause is about another statement');
    const now = '截至2020年10月，首批30余台智能快递车已经在常熟市区投入使用，预计今年年内京东物流还将继续投入近百个智能快递车。';
    assert.equal(yearOf(now, now.indexOf('近百个'), 2021), 2020, '今年 is the year the sentence dates “now” (截至2020年), not the white paper’s');
    const auction = '德国主要移动运营商在明年5G频谱拍卖时将面临频谱许可竞争加剧的局面，目前已有15家制造公司表示有意竞拍5G本地或区域许可证。';
    assert.equal(yearOf(auction, auction.indexOf('15家'), 2019), undefined, '明年 dates the auction of its clause, not what is already so');
  });
});

describe('figure links (sameAs)', () => {
  const library = new Library(committedSnapshot());
  const figures = committedSnapshot().figures;

  it('are symmetric and transitive on the real snapshot, and bounded', () => {
    for (const figure of figures) {
      assert.ok(figure.sameAs.length <= MAX_LINKED, figure.id);
      for (const id of figure.sameAs) {
        const other = library.figure(id)!;
        assert.ok(other.sameAs.includes(figure.id), `${id} links back to ${figure.id}`);
        for (const third of figure.sameAs) if (third !== id) assert.ok(other.sameAs.includes(third), `${id} links ${third}`);
      }
    }
    assert.ok(figures.filter((figure) => figure.sameAs.length > 0).length >= 50);
  });

  it('link a statistic stated a few times, but not one line repeating it thousands of times', () => {
    const report = { id: 'r', file: 'r.txt', title: 'r', shortTitle: 'r', type: 'report' as const, language: 'zh-Hans' };
    const extract = (line: string): Figure[] => {
      const found = extractFigures(new ReportText(report, cleanReport(`# 标题\n\n${line}\n`, { dropLines: [], cutSpans: [], dropBlocks: [] })));
      linkSameFigures(found);
      return found;
    };
    const few = extract('市场规模达到35.8万亿元。'.repeat(5));
    assert.equal(few.length, 5);
    for (const figure of few) assert.equal(figure.sameAs.length, 4);
    const many = extract('市场规模达到35.8万亿元，'.repeat(3000));
    assert.equal(many.length, 3000);
    assert.ok(many.every((figure) => figure.sameAs.length === 0 && figure.quote.length <= 300));
  });
});

describe('figures in hovers and the picker (real snapshot)', () => {
  const library = new Library(committedSnapshot());

  it('a statistic typed in a draft hovers with its sources, for new units and Chinese numerals', () => {
    const sources = (typed: string) => {
      const [figure] = findFigures(typed);
      return library.figuresWithValue(figure.value, figure.unit).map((stated) => stated.text);
    };
    assert.deepEqual(sources('二百秒').sort(), ['200秒', '二百秒']);
    assert.ok(sources('76 量子比特').includes('76 量子比特'));
    assert.ok(sources('4小时').includes('4个小时'));
    assert.ok(sources('2.6亿单/天').includes('2.6亿单/天'));
    assert.ok(sources('数十亿').includes('数十亿量级'));
    assert.ok(sources('百分之三十').includes('30%'));
    const markdown = figureHover(library, library.figuresWithValue(200, 'second'), labels, commands);
    assert.ok(markdown.includes('量子计算机 **二百秒**'));
  });

  it('shows in a term hover only figures about the term, labelled subject then value', () => {
    for (const term of committedSnapshot().terms) {
      for (const figure of library.figuresOf(term)) {
        // The figure's own clause (its text may hold a comma: `1,000 家`).
        const clause = figure.quote.replace(figure.text, '\u0000').split(/[，。；！？,;!?]/).find((part) => part.includes('\u0000')) ?? '';
        const keys = [term.term, ...term.aliases].map((key) => library.folding.fold(key));
        assert.ok(keys.some((key) => library.folding.fold(`${figure.subject}|${clause}`).includes(key)), `${term.term}: ${figure.subject} ${figure.text}`);
      }
    }
    const industrial = library.term('term:产业互联网');
    if (industrial) assert.ok(!library.figuresOf(industrial).some((figure) => figure.subject.includes('物联网模组')));
    const markdown = termHover(library, library.term('term:量子计算机')!, 3, labels, commands);
    assert.ok(markdown.includes('- 量子计算机 **二百秒**'), markdown);
  });

  it('finds a figure in the picker by what it measures', () => {
    const index = new SearchIndex(library);
    const labelsFound = index.search('云计算市场规模', 5).map((hit) => hit.entry.label);
    assert.ok(labelsFound.includes('中国云计算市场规模 3555.3亿元'), labelsFound.join(' / '));
  });

  it('every cleaned report yields its quantum-supremacy figures', () => {
    const texts = cleanedReports();
    const all = [...texts.values()].flatMap((text) => extractFigures(text).map((figure) => `${figure.text} ${figure.unit}`));
    for (const expected of ['一万年 year', '二百秒 second', '54 量子比特 qubit', '76 量子比特 qubit', '200秒 second', '6亿年 year', '5000个量子比特 qubit']) assert.ok(all.includes(expected), expected);
  });
});
