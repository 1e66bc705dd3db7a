import assert from 'node:assert/strict';
import type { Figure } from '../../src/core/model';
import { extractFigures } from '../../src/indexer/figures';
import { ReportText } from '../../src/indexer/reportText';
import { cleanReport } from '../../src/indexer/clean';

/** The figures of report text quoted whole (paragraphs and headings as in the report file), in a report of `date`. */
function figuresIn(text: string, date = '2020-12'): Figure[] {
  const report = { id: 'r', file: 'r.txt', title: 'r', shortTitle: 'r', type: 'report' as const, language: 'zh-Hans', date };
  return extractFigures(new ReportText(report, cleanReport(`# 标题\n\n${text}\n`, { dropLines: [], cutSpans: [], dropBlocks: [] })));
}

/** Each figure's text with its subject and year. */
function read(text: string, date?: string): Record<string, [string, number | undefined]> {
  return Object.fromEntries(figuresIn(text, date).map((figure) => [figure.text, [figure.subject, figure.year]]));
}

describe('figures of round 24: forecasts, plans, spans, the wholes of shares, bars passed', () => {
  it('says a forecast is one, to the end of its sentence, but not of the base a change starts from', () => {
    assert.deepEqual(read('图像智能则在2015年后开始快速发展，预计2021年中国图像智能市场规模将达到1120亿元。')['1120亿元'], ['预计中国图像智能市场规模', 2021]);
    const design = read('2020年，中国集成电路设计业销售额预计为3819.4亿元，比2019年的3084.9亿元增长23.8%，增速比上年的19.7%提升了4.1个百分点，预计在全球集成电路产品销售收入中的占比接近13%。');
    assert.equal(design['3819.4亿元'][0], '预计中国集成电路设计业销售额');
    assert.equal(design['3084.9亿元'][0], '中国集成电路设计业销售额', '2019 is the base, a result');
    assert.equal(design['19.7%'][0], '中国集成电路设计业销售额增速', 'the year before’s rate, a result');
    assert.equal(design['4.1个百分点'][0], '预计中国集成电路设计业销售额增速提升', 'a clause after the forecast’s');
    const intel = read('根据Intel的预测，5G用户的月平均流量将从2019年的11.7GB增长至2028年的84.4GB，届时视频将占5G流量的90%。', '2019-03');
    assert.equal(intel['11.7GB'][0], '预计5G用户的月平均流量', 'since round 27: a base of the report’s own year was not over when written');
    assert.equal(intel['84.4GB'][0], '预计5G用户的月平均流量');
    assert.equal(read('到2020年年底,企業數會超過100傢,在此辦公的科研人員將超過7000人。', '2020-07')['7000人'][0], '預計在此辦公的科研人員', 'a will to reach, in the sentence’s script');
  });

  it('takes neither 预测 as a noun nor a forecast a later clause says did not hold', () => {
    assert.equal(read('麦肯锡的一份调研报告表明，20世纪70年代以前，市场需求平均预测准确率能达90%以上，到了80年代只有60-80%。')['90%'][0], '20世纪70年代以前市场需求平均预测准确率', 'no 预计; the decade since round 27');
    assert.equal(read('三是预测，如果没有人为去干预，半年之后、一年之后、两年之后，这一个血管从堵到30%发展到70%，另外一个旁支血管也会堵，它会告诉你将会发生什么；')['70%'], undefined, 'reversed in round 33 (was 血管堵的程度): what a supposition (如果没有人为去干预) would lead to is no statistic, as the judge of sheet 1796589855 read it');
    const ericsson = figuresIn('爱立信（中国）通信有限公司首席技术官陈明告诉记者：“我本来预测到今年年底中国5G基站的总量会占全球的60%~70%，但事实上，到9月份中国的5G基站总量已经超过60%。');
    assert.deepEqual(ericsson.map((figure) => figure.subject), ['预计中国5G基站的总量占全球', '中国的5G基站总量占全球']);
  });

  it('says a plan is one: its own clause’s word, a will to spend, a coming year’s verb or announcement', () => {
    const hunan = read('到2022年，湖南新型显示器件产业链规模企业争取超百家，力争1家企业冲刺千亿，5家企业过百亿。');
    assert.equal(hunan['1家'][0], '力争湖南新型显示器件产业链冲刺千亿的企业', 'the chain since round 28');
    assert.equal(hunan['5家'][0], '力争湖南新型显示器件产业链过百亿的企业', 'a target of the coming year takes the sentence’s plan word');
    const invest = read('今年5月，阿里云宣布未来三年投资2000亿元用于数据中心建设，同月，腾讯宣布将投5000亿元用于新基建布局。');
    assert.equal(invest['5000亿元'][0], '腾讯投资计划（用于新基建布局）');
    const plan2021 = figuresIn('## 2021年工作思路\n\n遴选50家以上“专精特新”中小企业、10家以上制造业隐形冠军企业，向国家推荐10家“小巨人”企业。');
    assert.deepEqual(plan2021.map((figure) => figure.subject), ['计划遴选的“专精特新”中小企业', '计划遴选的制造业隐形冠军企业', '计划向国家推荐的“小巨人”企业'], 'since round 32 a subject opening on the verb says what it acts on after 的');
    assert.equal(read('6月，百度宣布到2030年，百度智能云服务器台数超过500万台。')['500万台'][0], '计划百度智能云服务器台数');
    assert.equal(read('到2022年，湖南新型显示器件产业链规模企业争取超百家。建设国家级创新平台2个以上、省级创新平台10个以上，突破一批“卡脖子”关键核心技术。')['10个'][0], '计划建设的湖南新型显示器件产业链省级创新平台', 'since round 35 the chain the sentence before set the deadline for');
  });

  it('gives a total or a rate over a span of years the span, and no one year', () => {
    assert.deepEqual(read('预计2020—2025年期间工业互联网领域累计投资将达到6500亿元左右。')['6500亿元'], ['预计2020—2025年工业互联网领域累计投资', undefined]);
    assert.deepEqual(read('兴业证券研究团队预计，2024年中国AI芯片市场规模可达785亿元，2019-2024年CAGR为45.11%。')['45.11%'], ['预计2019—2024年中国AI芯片市场规模CAGR', undefined]);
    const cambricon = read('招股说明书显示，寒武纪在2017年至2019年收入分别为784.33万元、1.17亿元和4.44亿元，2019年营收增长率高达279.35%。');
    assert.deepEqual([cambricon['784.33万元'][1], cambricon['4.44亿元'][1], cambricon['279.35%']], [2017, 2019, ['寒武纪营收增长率', 2019]], 'one value per year, and a year after the span');
    assert.deepEqual(read('赛迪顾问发布的《2019-2020年中国云计算市场研究年度报告》显示，2019年中国云计算市场保持增长，整体市场规模达到1530.6亿元。')['1530.6亿元'][1], 2019, 'a span in a title');
  });

  it('says the whole of a share stated of the parts of the amount the clause before counts (其中…占比分别, 而上述…市占率)', () => {
    const iot = read('同时根据中国工业和信息化部的统计，截止至2020年6月，蜂窝物联网终端用户数已达到11.06亿，其中应用于智能制造、智慧交通、智慧公共事业的终端用户占比分别达21.1%、18.2%、21.4%。');
    assert.equal(iot['21.4%'][0], '截至2020年6月蜂窝物联网终端用户中智慧公共事业的终端用户占比', 'the date since round 28');
    const newInfrastructure = read('根据赛迪智库数据，2020年，我国在工业互联网、大数据中心、5G、人工智能等新基建重点领域投资规模约达1万亿元，其中大数据中心、5G基础设施、工业互联网、人工智能等投资规模分别约为52%、27%、11%、10%。');
    assert.equal(newInfrastructure['52%'][0], '我国新基建重点领域投资规模中大数据中心投资规模占比');
    assert.equal(read('截至今年6月底，全球建成了72万5G基站，其中中国占50%。')['50%'][0], '截至2020年6月底中国占全球建成5G基站', 'no share word: the subject says its whole already (the date since round 28)');
    assert.equal(read('其中，数字产业化绝对额超过1220亿元，同比增长17.2%。')['17.2%'][0], '数字产业化绝对额同比增长', 'a growth is no share');
  });

  it('says the market a share is of when its sentence or the sentence before sets the statements in it (在云市场中)', () => {
    const cloud = figuresIn('不过目前，在云市场中，IBM的地位仍然不算突出。第三季度的数据显示，亚马逊的AWS依旧位列首位，市场份额增加到32%，业务增长了26亿美元；排名在二、三、四位的微软云、谷歌云、阿里云三个云服务提供商的市场份额则分别为19%、7%和6%。');
    assert.deepEqual(cloud.filter((figure) => figure.unit === 'percent').map((figure) => figure.subject), ['第三季度云市场中AWS市场份额', '第三季度云市场中微软云的市场份额', '第三季度云市场中谷歌云的市场份额', '第三季度云市场中阿里云的市场份额']);
  });

  it('keeps a plan’s horizon (未来三年) from its own clause or from a sentence opening on it alone', () => {
    assert.equal(read('上海5G室外基站超2.5万个，5G室内小站超3.1万个，未来三年计划新建3.4万个室外5G基站；')['3.4万个'][0], '上海计划未来三年新建的室外5G基站');
    assert.equal(read('未来 3 年，京东还将计划发布 1 亿种新品及 C2M 产品。', '2021-01')['1 亿种'][0], '京东计划未来3年发布的新品及C2M产品', 'since round 37 both kinds');
    assert.equal(read('今年5月，阿里云宣布未来三年投资2000亿元用于数据中心建设，同月，腾讯宣布将投5000亿元用于新基建布局。')['5000亿元'][0], '腾讯投资计划（用于新基建布局）', 'another actor’s horizon two clauses back');
  });

  it('stores no bar that counted things pass (过百亿, 冲刺千亿, 销售增速超300%), and keeps their count', () => {
    const hunan = read('到2022年，湖南新型显示器件产业链规模企业争取超百家，力争1家企业冲刺千亿，5家企业过百亿。');
    assert.deepEqual(Object.keys(hunan), ['百家', '1家', '5家']);
    const jd = read('在 2020 年京东 11.11 期间，京东零售以智能供应链能力帮助 3.3 万个品牌、超过 500 万种商品进行智能预测、自动调拨和智能履约，有 13532 个重点品牌的销售增速超 300%，在 2020 年的诸多不确定因素的影响下，京东零售前三季度在收入、用户等核心指标上能够取得高质量的增长。', '2021-01');
    assert.deepEqual(Object.keys(jd), ['3.3 万个', '500 万种', '13532 个'], 'an item of a list after 、超过 stays');
    assert.ok(read('截至2020年6月末，京东科技累计为12万家企业提供超过6,500亿元的产业链金融服务；')['6,500亿元'], 'what the counted firms are given stays');
  });

  it('says the year of an event a count is of (在4G（TD-LTE）商用的第一年), as a part of a year is said', () => {
    const users = read('仅以中国移动来看，在4G（TD-LTE）商用的第一年，中国移动发展用户逾1000万；在5G商用的第一年，中国移动5G套餐用户超过7000万。');
    assert.equal(users['1000万'][0], '4G（TD-LTE）商用的第一年中国移动发展用户');
    assert.equal(users['7000万'][0], '5G商用的第一年中国移动5G套餐用户');
  });

  it('keeps a total word right after the things summed (收入合计约4500亿元)', () => {
    assert.equal(read('根据中国信息通信研究院的预测，2020年网络设备和终端设备收入合计约4500亿元。', '2019-03')['4500亿元'][0], '预计网络设备和终端设备收入合计');
    const jd = read('近年来，电商平台通过对下沉市场总计约5亿的潜在客户的开发获取了大量的新增用户，同时仍需对存量用户的需求做更深入地洞察，期望发掘新的增长点。', '2021-01');
    assert.equal(jd['5亿'][0], '下沉市场潜在客户', 'a total word not right after the words the subject ends on');
  });
});
