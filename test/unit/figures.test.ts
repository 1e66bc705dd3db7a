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

/** The subject of the figure written `text` in a sentence quoted from the reports. */
function subject(sentence: string, text: string): string {
  const figures = findFigures(sentence);
  const index = figures.findIndex((figure) => figure.text === text);
  assert.ok(index >= 0, `${text} is a figure of ${sentence}`);
  return subjectOf(sentence, figures, index);
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
    const count = '據統計,上海現有人工智能重點企業1116傢,2019年企業產值約1477億元。';
    assert.equal(yearOf(count, count.indexOf('1116')), undefined, 'a year in the next clause is about another statement');
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
