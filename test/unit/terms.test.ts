/**
 * Term extraction on the real reports: each definitional form and gloss shape,
 * terms used without definition, families, ranking, and search over every definition.
 */
import assert from 'node:assert/strict';
import type { Term } from '../../src/core/model';
import { termHover, type HoverLabels } from '../../src/core/hoverContent';
import { SearchIndex } from '../../src/core/search';
import { Library } from '../../src/core/snapshot';
import { clauseFindings, glossFindings, hasParticle, versionFindings } from '../../src/indexer/termSources';
import { englishNames, enumeratedDevices, enumeratedNames, enumerations, gluedInsideWord, latinBeforeKind, latinListNames, outsideField, quotedCoinages, usedTermCandidates } from '../../src/indexer/usedTerms';
import { bulletTopic, dashedChains, definingScore, explainsAsComplementOfKind, headingName, labelName, labelsThingByMeans, listedKinds, listedTechniques, namesWithPlus, publisherView, quotedDefinitions, TermExtractor, Vocabulary } from '../../src/indexer/terms';
import { readCuration } from '../../src/indexer/curation';
import { simplifiedCharacters } from '../../src/indexer/chinese';
import { CURATION, cleanedReports, committedSnapshot } from './helpers';

/**
 * Used-only terms an independent reader of all of them flagged as general vocabulary on 5 December, which the curation
 * now suppresses, and the names round 22p's reading of all terms suppressed (顶层设计, 低时延, 低功耗, APP: general words;
 * 传统编译技术: `传统` + a technique), and those the judges after round 28 counted wrong (专有云平台, 调度系统: a generic head;
 * 医药供应链: a firm's business segment), and those of round 32's sample and round 33's audit (临床决策: an everyday phrase;
 * 城市专有云平台: one item of a firm's product list), and the names the census of every term suppressed (7 December: general
 * phrases, words out of the field, generic heads, glued names, brands). The rules that find them are still what these tests are about: for these names they
 * look at the extraction without those suppressions (built once).
 */
const READ_OUT = new Set(['产业化', '可扩展性', '智能化', '生命体', '监控系统', '移动开发', '网络化', '自主控制', '自学习', '规模商用', '边缘侧', '远程控制', '远程操控', '远程维护', '高可用性', '顶层设计', '低时延', '低功耗', 'APP', '传统编译技术', '专有云平台', '调度系统', '医药供应链', '临床决策', '城市专有云平台',
  '资源利用率', '准确率', '分辨率', '市场监管', '业务安全', '社会化', '一卡通', '仪器仪表', '个体工商户', '5G手机', '5G套餐用户', '封装技术',
  '神经网络计算构架', '品牌资产数据', '智能标签', '智能地产', '智能温度计', '物流供应链', '商品供应链', '服务供应链', '产业链集群', '可信云', 'CUDA']);
/**
 * Names round 39's rules leave out, the classes of what the judges after round 38 counted wrong (a term and a generic head:
 * 区块链网络, 5G通信, 5G商用; an application area's label: 区块链 + 政务; a firm's own development: 高维风险模型; a firm's
 * brand: 京东互联网医院). The tests of how their sentences rank read them in the same extraction, which curates them in: a
 * curated name passes those rules.
 */
const GATED_OUT = new Set(['区块链网络', '5G通信', '5G商用', '区块链 + 政务', '高维风险模型', '京东互联网医院']);
/**
 * Terms whose sentence the rules take for an explanation and the curation calls a characterisation (the census of
 * 7 December; see `terms.characterisations`): the tests of those rules read them before the curation's correction.
 */
const CHARACTERISED = new Set(readCuration(CURATION).characterisations.map((entry) => entry.term));
let termsBeforeReading: Map<string, Term> | undefined;
function beforeReading(): Map<string, Term> {
  if (termsBeforeReading === undefined) {
    const curation = readCuration(CURATION);
    const gatedIn = [...GATED_OUT].map((term) => ({ term, aliases: [] }));
    const extractor = new TermExtractor([...cleanedReports().values()], { ...curation, terms: [...curation.terms, ...gatedIn], suppress: new Set([...curation.suppress].filter((name) => !READ_OUT.has(name))), characterisations: [] });
    extractor.collect();
    termsBeforeReading = new Map(extractor.build().map((term) => [term.term, term]));
  }
  return termsBeforeReading;
}

// Building that extraction takes 10–20 s on a loaded two-processor machine: it is done once here, with its own time limit,
// not inside whichever test asks for a read-out name first (that test had run into mocha's 20 s limit).
before(function () {
  this.timeout(180_000);
  beforeReading();
});

const termNamed = (name: string): Term => {
  const term = READ_OUT.has(name) || GATED_OUT.has(name) || CHARACTERISED.has(name) ? beforeReading().get(name) : committedSnapshot().terms.find((candidate) => candidate.term === name);
  assert.ok(term, `no term ${name}`);
  return term;
};

/** The term is explained, and its first hover sentence opens with `opening`. */
function assertExplainedBy(name: string, opening: string): void {
  const term = termNamed(name);
  assert.equal(term.status, 'explained', name);
  assert.ok(term.definitions[0].quote.startsWith(opening), name);
}

/** Whether the rules name a term `name`: in the committed snapshot, or for the names read out, before the reading. */
const named = (names: ReadonlySet<string>, name: string): boolean => (READ_OUT.has(name) ? beforeReading().has(name) : names.has(name));

describe('terms: definitional forms and glosses', () => {
  it('reads `，也称X` after a sentence defining its subject by a category as a definition of X as strong (微服务架构)', () => {
    const quote = '微服务（Microservice）是一种将复杂应用拆分成多个单一功能组件，通过模块化组合方式实现“松耦合”应用开发的软件架构，也称微服务架构（MicroserviceArchitecture）。';
    const first = termNamed('微服务架构').definitions[0];
    assert.equal(first.kind, 'explicit');
    assert.equal(first.quote, quote);
    const words = new Vocabulary(['微服务', '微服务架构'], []);
    assert.equal(definingScore('微服务(microservice)是一种将复杂应用拆分成多个单一功能组件，通过模块化组合方式实现松耦合应用开发的软件架构，也称微服务架构。', new Set(['微服务架构']), words), 11);
    // `…的业务单元，称之为微服务组件。` names what the clause described: a definition, weaker.
    assert.equal(definingScore('每个功能组件都是一个独立的、可部署的业务单元，称之为微服务组件。', new Set(['微服务组件']), words), 7);
  });

  it('reads 称之为, 又叫 and 所谓 in the middle of a sentence', () => {
    assert.deepEqual(clauseFindings('每个功能组件都是一个独立的、可部署的业务单元，称之为微服务组件。'), [{ term: '微服务组件', aliases: [], evidence: 'defining' }]);
    assert.ok(termNamed('微服务组件').definitions[0].quote.includes('称之为微服务组件'));
    const serial = termNamed('串行容错');
    assert.ok(serial.aliases.includes('接力容错'));
    assert.equal(serial.definitions[0].kind, 'explicit');
    // `…解释说,所谓产业互联网就是…` (003) is a definition; it ranks above the reposted web page's sentence (004).
    assert.match(termNamed('产业互联网').definitions[0].quote, /所谓产业互联网就是利用数字技术/);
  });

  it('does not take a name given to something else (`将无监督学习称为“下一个 AI 前沿”`)', () => {
    assert.deepEqual(clauseFindings('Yann LeCun 教授也将无监督学习称为下一个 AI 前沿。'), []);
  });

  it('reads every bracket shape: 中文（English）, ACRONYM（中文）, ACRONYM (Full English Name), 中文（ACRONYM）', () => {
    assert.deepEqual(glossFindings('计划支持TSN（时间敏感网络），'), [{ term: '时间敏感网络', aliases: ['TSN'], evidence: 'gloss' }]);
    assert.deepEqual(glossFindings('定位与导航技术通常采用 SLAM (Simultaneous Localization And Mapping) 的方式'), [{ term: 'SLAM', aliases: ['Simultaneous Localization And Mapping'], evidence: 'gloss' }]);
    // A bare acronym in brackets is a loose alias: another term whose gloss spells the acronym out takes it.
    assert.deepEqual(glossFindings('金服还推出了区块链即服务（BaaS）平台'), [{ term: '区块链即服务', aliases: ['BaaS'], evidence: 'gloss', looseAliases: true }]);
    assert.deepEqual(glossFindings('日发布的中国科学技术大学（以下简称中国科大）'), [], 'a document short name is not a gloss');
    assert.ok(termNamed('时间敏感网络').aliases.includes('TSN'));
    assert.ok(termNamed('SLAM').aliases.includes('Simultaneous Localization And Mapping'));
    assert.ok(termNamed('AGV').aliases.includes('Automated Guided Vehicle'));
    assert.ok(termNamed('万物互联').aliases.includes('InternetofEverything'));
    assert.ok(termNamed('增强型移动宽带').aliases.includes('eMBB'));
  });

  it('takes no alias from a bracket listing the kinds a name covers (云基础设施（IaaS，PaaS及私有云）)', () => {
    const cloud = 'Synergy Research统计，2020年第三季度，全球企业用于云基础设施（IaaS，PaaS及私有云）及云服务（SaaS）的支出达到650亿美元。';
    assert.deepEqual(glossFindings(cloud).map((finding) => finding.term), ['云服务']);
    assert.deepEqual(glossFindings('全球企业用于云基础设施建设（IaaS、PaaS）的支出'), []);
    // A Chinese name holding 与 is one name, not a list: the bracket still glosses.
    assert.deepEqual(glossFindings('机器人采用地图构建（SLAM，定位与建图）技术').map((finding) => [finding.term, finding.aliases]), [['地图构建', ['SLAM']]]);
    // The census of 7 December: IaaS named a narrower thing than 云基础设施; it is a term of its own.
    assert.ok(!termNamed('云基础设施').aliases.includes('IaaS'));
    assert.ok(termNamed('IaaS').aliases.includes('Infrastructure as a Service'));
  });

  it('takes explanations from a section named after the term (数字孪生, 3.1) and from bullet labels (脑机接口)', () => {
    const twin = termNamed('数字孪生').definitions[0];
    assert.equal(twin.kind, 'heading');
    assert.match(twin.section, /3\.1 数字孪生$/);
    assert.ok(twin.quote.startsWith('数字孪生通过在虚拟空间中'));
    assert.equal(termNamed('脑机接口').status, 'explained');
  });
});

describe('terms: explanations and definitions in more of the reports\' forms', () => {
  it('reads `，而X便是…` in the middle of a sentence as a definition (智能金融)', () => {
    const first = termNamed('智能金融').definitions[0];
    assert.equal(first.kind, 'explicit');
    assert.equal(first.quote, '金融的本质是促成资金在供需双方间流转的一种服务，而智能金融便是利用智能技术来进一步提升资金的流转效率，通过量变的积累达到质变，改变金融供应链中供需双方的交互方式。');
  });

  it('labels `X是…的基础技术，用于…` an explanation, not a definition (5G-V2X, from a section `4.2 5G-V2X：…`)', () => {
    assert.equal(headingName('智能物流关键技术应用 › 4.2 5G-V2X：为智能物流运输提供能力保障'), '5G-V2X');
    const term = termNamed('5G-V2X');
    assert.equal(term.status, 'explained');
    assert.notEqual(term.definitions[0].kind, 'explicit');
    assert.equal(term.definitions[0].quote, '5G-V2X是自动驾驶的基础技术，用于第一时间获取路面信息、做出决策与快速联动。');
  });

  it('explains with a sentence opening with the term and saying what it does (`X基于…`, `X作为…，包含…`, `X的目的是…`)', () => {
    const cases: [string, string][] = [
      ['语音合成', '语音合成基于深度神经网络对字音进行建模，发音自然流畅，听感酷似真人。'],
      ['高精地图', '高精地图作为保证自主系统安全可靠的关键核心，包含更加丰富和更高维度的动静态信息，其制作和运维的成本与难度远远高于传统电子地图。'],
      ['存算一体', '存算一体的目的是将计算直接植入内存中，不但消除内存与运算之间的带宽问题，同时也减少了数据的搬运，因此极大的提高了计算的效率。'],
      // `X主要为了…`: what it is for (of the used-only terms, the one sentence opening with the term and one of
      // 通过/可以/能够/利用/主要/作为/指的是 that explains rather than uses it).
      ['海量机器类通信', 'mMTC主要为了满足海量的机器接入需求，也就是即通常所说的物联网业务及应用。'],
    ];
    for (const [name, quote] of cases) {
      const term = termNamed(name);
      assert.equal(term.status, 'explained', name);
      assert.ok(term.definitions.some((definition) => definition.quote === quote && definition.kind !== 'explicit'), name);
    }
    // `3. 存算一体`: the section about it explains it, although its first sentence speaks of 内存墙.
    assert.equal(termNamed('存算一体').definitions[0].kind, 'heading');
  });

  it('reads a definition after a connective (`同时 FPGA 是一种可重构的芯片。`)', () => {
    assert.ok(termNamed('FPGA').definitions.some((definition) => definition.kind === 'explicit' && definition.quote === '同时 FPGA 是一种可重构的芯片。'));
  });

  it('does not explain a term by a sentence about a longer word (量子计算 ≠ 量子计算机是…; 数据 ≠ 数据利用是…; 供应链 ≠ 数智化社会供应链，即…)', () => {
    assert.ok(termNamed('量子计算').definitions.every((definition) => !definition.quote.startsWith('量子计算机是')));
    assert.ok(termNamed('供应链').definitions.every((definition) => !definition.quote.includes('“数智化社会供应链”，即')));
    assert.equal(termNamed('数智化社会供应链').definitions[0].kind, 'explicit');
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '数据' && term.definitions[0].quote.startsWith('数据利用')));
  });

  it('does not take someone quoted for a definition (“自动驾驶是比芯片还烧钱的行业…”)', () => {
    assert.ok(termNamed('自动驾驶').definitions.every((definition) => definition.kind === 'explanatory' || !definition.quote.startsWith('“')));
  });

  it('does not take the last sentence of someone\'s words for an explanation (`4G是伴随着移动互联网的出现…”`)', () => {
    // 003 quotes a remark over several sentences; the last opens with 4G and ends with the closing mark.
    const fourG = termNamed('4G');
    assert.equal(fourG.status, 'used');
    assert.ok(fourG.definitions.every((definition) => definition.kind === 'explanatory'));
  });

  it('does not take a sentence in the middle of someone\'s words for an explanation (`“超算中心的作用是什么?超算中心的作用是使渲染速度更快…`)', () => {
    // The Shanghai feature quotes an interviewee over several sentences: the question opens the quotation, the answer is inside it.
    const report = cleanedReports().get('shanghai-ai-2020-feature')!;
    const question = report.sentences.find((sentence) => sentence.text.startsWith('“超算中心的作用是什麼'))!;
    const answer = report.sentences.find((sentence) => sentence.text.startsWith('超算中心的作用是使渲染速度更快'))!;
    assert.deepEqual([question.quoted, answer.quoted], [false, true]);
    const supercomputing = termNamed('超算中心');
    assert.equal(supercomputing.status, 'used');
    assert.ok(supercomputing.definitions.every((definition) => definition.kind === 'explanatory'));
  });

  it('does not show a use inside a word that begins before the term, named or not (区块数据 for 块数据, 超算力 for 算力)', () => {
    // 区块 begins 区块链 and 超算 begins 超算中心: a word runs into the match even where no term spells it whole.
    // Besides 区块数据, 块数据 is only written in longer names (`块数据平台`, `块数据库服务`): no term since the twenty-first round.
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '块数据'));
    assert.ok(termNamed('算力').definitions.every((definition) => !definition.quote.startsWith('超算力')));
  });

  it('shows first a sentence where the term stands as a word, not one glued inside a longer word (监控系统结构, 金融服务供应链)', () => {
    assert.ok(gluedInsideWord('动态监控系统结构状态', 2, 4));
    assert.ok(gluedInsideWord('站在金融服务供应链角度', 4, 5));
    // A particle, a verb taking the name as object, `、` or a Latin edge is a word boundary.
    assert.ok(!gluedInsideWord('包含了商品供应链、服务供应链、物流供应链', 9, 5));
    assert.ok(!gluedInsideWord('就能够通过监控系统及时掌握', 5, 4));
    assert.ok(!gluedInsideWord('提供统一API能力', 4, 3));
    assert.match(termNamed('监控系统').definitions[0].quote, /^相关人员只需坐在办公室，就能够通过监控系统及时掌握/);
    assert.match(termNamed('服务供应链').definitions[0].quote, /商品供应链、服务供应链、物流供应链/);
    // Quotation marks set a name apart as a word: `今年以来“数据中台”概念…` stays 数据中台's first hover.
    assert.match(termNamed('数据中台').definitions[0].quote, /今年以来“数据中台”概念/);
  });

  it('ranks a use running into another term below the uses where the term stands alone (互联网金融科技 is 互联网 + 金融科技), but keeps it', () => {
    assert.match(termNamed('互联网金融').definitions[0].quote, /互联网金融服务、创新产业孵化服务/);
    // Not into a phrase of a common word and an empty head: `5G通信技术为…` still shows 5G通信 first (通信技术 is no term); since
    // round 27 as a use, its role in one system.
    assert.match(termNamed('5G通信').definitions[0].quote, /^5G通信技术为自动驾驶的全方位信息采集提供丰富数据来源/);
    // (`京东营商云平台`, the only use of 营商云, was its hover until round 26 took a name written only as a firm's offering for no term.)
  });
});

describe('terms: bullet labels and `X本质是…`', () => {
  it('reads the sentence after a bullet\'s bold label as opening a sentence (`从被动感知到主动感知：主动感知即…`)', () => {
    const active = termNamed('主动感知').definitions[0];
    assert.equal(active.kind, 'explicit');
    assert.equal(active.quote, '从被动感知到主动感知：主动感知即在视觉系统中加入反馈机制，使得机器在视觉感知时可以自主选择。');
    // `…分为两类：一是智能化生产，即…`: an enumerator after a colon defines as it does at a sentence's start.
    assert.match(termNamed('智能化生产').definitions[0].quote, /一是智能化生产，即实现从单个机器到产线/);
  });

  it('takes `X本质是一种…` and `X从本质上讲是…` for definitions (深度学习, 自然语言理解)', () => {
    const deep = termNamed('深度学习').definitions[0];
    assert.equal(deep.kind, 'explicit');
    assert.match(deep.quote, /深度学习本质是一种数据驱动的学习方法/);
    const understanding = termNamed('自然语言理解').definitions[0];
    assert.equal(understanding.kind, 'explicit');
    assert.equal(understanding.quote, '知识与数据结合驱动：自然语言理解从本质上讲是从无结构序列中预测有结构语义。');
  });

  it('takes a bullet label the paragraph opens with for the term it explains (边缘视觉计算, 通用型视觉学习 → 通用视觉学习)', () => {
    assert.deepEqual(bulletTopic('边缘视觉计算', '边缘视觉计算技术为各种带有视觉感知器件的设备（如手机、行车记录仪、安防摄像头等）赋予视觉计算能力，使之成为新一代智能设备'), { term: '边缘视觉计算', aliases: [] });
    assert.deepEqual(bulletTopic('通用型视觉学习', '通用视觉学习技术旨在突破单个视觉任务单个解决的静态训练的桎梏'), { term: '通用视觉学习', aliases: ['通用型视觉学习'] });
    // A label that is a finding, not a name the paragraph opens with, names nothing.
    assert.equal(bulletTopic('多模态融合提高分析准确率', '各类机器视觉分析任务都存在两个共性问题'), undefined);
    const general = termNamed('通用视觉学习');
    assert.equal(general.status, 'explained');
    assert.ok(general.aliases.includes('通用型视觉学习'));
    assert.match(general.definitions[0].quote, /^通用型视觉学习：通用视觉学习技术旨在突破/);
    assert.equal(termNamed('边缘视觉计算').status, 'explained');
  });

  it('reads `其中，X旨在…` after a connective (数智化) and a name beginning with a suppressed common word (知识表示学习, 知识)', () => {
    assert.equal(termNamed('数智化').definitions[0].quote, '其中，数智化旨在通过数字协同和网络智能，持续优化行业供应链的成本、效率与体验；');
    // `X是…的一个关键技术` only characterises: a use, neither a definition nor an explanation.
    const representation = termNamed('知识表示学习');
    assert.equal(representation.status, 'used');
    assert.equal(representation.definitions[0].quote, '知识表示学习是实现机器认知智能的一个关键技术，是知识的重要表示形式之一。');
  });

  it('reads an explanation after `例如，` (医疗机器人可以在特定场景上替代或辅助医生工作)', () => {
    const robot = termNamed('医疗机器人');
    assert.equal(robot.status, 'explained');
    assert.equal(robot.definitions[0].quote, '例如，医疗机器人可以在特定场景上替代或辅助医生工作，减轻医生的工作负担。');
  });

  it('labels `X的本质，是…` an explanation (消费互联网, only the reposted page explains it)', () => {
    const consumer = termNamed('消费互联网');
    assert.equal(consumer.status, 'explained');
    assert.match(consumer.definitions[0].quote, /^消費互聯網的本質,是長尾市場的生意/);
  });
});

describe('terms: explanations of the seventh round', () => {
  it('explains with `X能…`, `X可…` (what it can do) and `X（gloss）平台为…提供…`', () => {
    // (`量子计算的一个特点是…`, one of its traits, no longer does: see the nineteenth round.)
    const cases: [string, string][] = [
      ['分拣机器人', '分拣机器人能相互识别并根据任务优先级进行操作，既能相互协作执行同一个拣货任务，也能独自执行不同的拣货任务。'],
      ['BaaS', '企业需要更加快捷、简便的业务上链服务，而 BaaS (Blockchain as a Service) 平台为企业快速部署区块链提供了便捷通道。'],
    ];
    for (const [name, quote] of cases) {
      const term = termNamed(name);
      assert.equal(term.status, 'explained', name);
      assert.equal(term.definitions[0].quote, quote, name);
      assert.equal(term.definitions[0].kind, 'explanation', name);
    }
    // `可能`, `可谓` are no `可`: `存算一体技术将可能成为…` does not explain (and `将` opens no predicate anyway).
    assert.ok(termNamed('存算一体').definitions.every((definition) => !definition.quote.startsWith('存算一体技术将可能') || definition.kind === 'explanatory'));
  });

  it('explains with a subject after a setting clause saying what it does (`与“一代”相比，二代征信解决…`), not what it makes others do', () => {
    const cases: [string, string][] = [
      ['二代征信', '与“一代”相比，二代征信解决循环贷、信用卡大额专项分期、共同借款人、企业为个人担保、个人为企业担保、逾期后还款信息等一代征信无法覆盖的信息。'],
    ];
    for (const [name, quote] of cases) {
      const term = termNamed(name);
      assert.equal(term.status, 'explained', name);
      assert.equal(term.definitions[0].quote, quote, name);
    }
    // 机器视觉技术 is an alias of 机器视觉 (defined), whose explanations it joins.
    assert.ok(termNamed('机器视觉').definitions.some((definition) => definition.kind === 'explanation' && definition.quote === '在工业检测中，机器视觉技术主要用于自动化生产流水线，用于非接触精密零件尺寸测量、产品表面质量检测与监控；'));
    // `另一方面，` sets no scene, and `可以使…` says what the term makes others do.
    assert.equal(termNamed('产业数字化').status, 'used');
    // Someone's words after `他指出，` are not the report's explanation.
    assert.ok(termNamed('智能机器人').definitions.every((definition) => !definition.quote.startsWith('他指出') || definition.kind === 'explanatory'));
    // `同时，人工智能算法通过大数据建模学习…` explained 人工智能 while 人工智能算法 was its alias; since the census of 7 December
    // an AI algorithm is no name of the field, and the sentence is no explanation of it.
    assert.ok(!termNamed('人工智能').definitions.some((definition) => definition.kind === 'explanation' && definition.quote.startsWith('同时，人工智能算法通过大数据建模学习')));
  });

  it('explains with the first sentence naming the term in its own section, saying what it is made of or does (`5.1.5.1 营商云`)', () => {
    // (`京东产业大数据平台包含…三部分。` under `5.1.5.2 产业大数据` no longer does: see the nineteenth round; nor, since round 26,
    // `5.1.5.1 营商云`: a name written only as a firm's offering is no term.)
    assertExplainedBy('数字孪生', '数字孪生通过在虚拟空间中');
    // A bullet stating the value of a product (`核心价值：京东智慧教育实现数据统一…`) says what it is worth, not what it is.
    assert.ok(termNamed('智能教育').definitions.every((definition) => !definition.quote.startsWith('核心价值') || definition.kind === 'explanatory'));
    // `集成电路：市场需求增长强劲` opens with `作为国民经济的战略性、基础性和支柱性产业，集成电路产业极其重要`: a characterisation.
    assert.equal(termNamed('集成电路').status, 'used');
  });

  it('explains with `X的思考过程，简单地讲是…` and `一个完整的X由…组成`, `传统X分为…` (a qualifier, then its kinds or parts)', () => {
    assert.equal(termNamed('工业大脑').definitions[0].quote, '工业大脑的思考过程，简单地讲是从数字到知识再回归到数字的过程。');
    const access = termNamed('接入技术');
    assert.equal(access.status, 'explained');
    assert.match(access.definitions[0].quote, /^传统接入技术分为短距离即局域网接入/);
  });

  it('explains with the paragraph under a bullet label that rests on something and names the term with what it provides (`信贷科技：` → `京东科技基于…，为金融机构提供全流程信贷科技服务`)', () => {
    assert.match(termNamed('信贷科技').definitions[0].quote, /为金融机构提供全流程信贷科技服务/);
    // Not `智能化：` nor `数字化：` (`基于万物互联的状态，…`) under `5.2 京东智能物流特征`: traits of its subject, logistics
    // (twelfth and nineteenth rounds).
    for (const [name, opening] of [
      ['智能化', '在泛连接和数字化的基础上'],
      ['数字化', '基于万物互联的状态'],
    ]) {
      assert.ok(termNamed(name).definitions.every((definition) => !definition.quote.startsWith(opening) || definition.kind === 'explanatory'), name);
    }
    // Such a paragraph makes no term of its label: `保险科技：` has no other sentence.
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '保险科技'));
    // A subtitle under a label explains nothing (`边缘计算：` → `人工智能向边缘延伸，网络计算场景化和多样化`).
    assert.ok(termNamed('边缘计算').definitions.every((definition) => !definition.quote.startsWith('人工智能向边缘延伸')));
  });
});

describe('terms: explanations of the eighth round', () => {
  /** Whether no sentence starting with `opening` explains or defines the term (it may still be shown as a use). */
  const notExplainedBy = (name: string, opening: string): boolean =>
    termNamed(name).definitions.every((definition) => !definition.quote.startsWith(opening) || definition.kind === 'explanatory');

  it('explains with a qualified subject saying what it does (`基于阻忆器的X可将…`, `作为…，端到端的X能力，可以…`)', () => {
    const cases: [string, string][] = [
      ['网络切片', '作为5G网络最重要的特性，端到端的网络切片能力，可以将所需的网络资源灵活动态地在全网中面向不同的需求进行分配及能力释放。'],
    ];
    for (const [name, quote] of cases) {
      const term = termNamed(name);
      assert.equal(term.status, 'explained', name);
      assert.equal(term.definitions[0].quote, quote, name);
      assert.equal(term.definitions[0].kind, 'explanation', name);
    }
    // Through the alias 存算一体技术.
    assert.ok(termNamed('存算一体').definitions.some((definition) => definition.kind === 'explanation' && definition.quote === '基于阻忆器的存算一体技术可将存储与权重矩阵乘法集于一体，在存储的同时完成运算。'));
    // Not a kind made with 智能 and no 的 (`智能手术机器人可以…`, a forecast's clause about the longer name; round 26).
    assert.equal(termNamed('手术机器人').status, 'used');
    assert.ok(notExplainedBy('手术机器人', '智能手术机器人可以'));
    // Not a clause whose object the term is, a wish, nor a system named after the term.
    assert.ok(notExplainedBy('传感器', '自主系统配备了多类型的传感器'));
    assert.ok(notExplainedBy('共识机制', '未来需要创新的共识机制能够'));
    assert.ok(notExplainedBy('医学影像', '智能化的医学影像系统可以'));
  });

  it('does not take praise in one clause for an explanation (`X是…的一个发动机或驱动力。`, `X是…的集中体现。`)', () => {
    assert.ok(notExplainedBy('机器人', '因此，机器人是制造大国向制造强国迈进的重要的一个发动机或驱动力。'));
    assert.notEqual(termNamed('机器人').status, 'explained');
    // In the term's own section too (`5.2 京东家医`): the section's sentence on what it provides comes first.
    assert.ok(notExplainedBy('京东家医', '“京东家医”是京东健康强大的医疗服务能力的集中体现。'));
    assert.ok(termNamed('京东家医').definitions[0].quote.startsWith('基于京东健康最值得信赖的专业医疗健康平台，“京东家医”为用户及家庭提供'));
    // A characterisation followed by what the term is or does stays an explanation.
    assert.equal(termNamed('5G-V2X').status, 'explained');
  });

  it('takes a sentence placing the term as the base, key, goal or infrastructure of something else for a use, not an explanation', () => {
    const characterised: [string, string][] = [
      ['高性能计算', '高性能计算是数据中心的主要目标，其加速对象也比较广泛。'],
      ['密码学', '密码学是区块链的核心技术之一，区块链利用密码算法保证技术体系安全可靠。'],
    ];
    for (const [name, quote] of characterised) {
      const term = termNamed(name);
      assert.equal(term.status, 'used', name);
      assert.equal(term.definitions[0].quote, quote, name);
    }
    // Deep Tech's characterisation stays a use; its explanation is the clause after `，其中，` (eleventh round).
    assert.ok(notExplainedBy('Deep Tech', 'Deep Tech 是 Deep Connectivity、Deep Data 以及 Deep Intelligence 实现的基础，通过 Deep Connectivity 实现数据的全链接'));
    assert.match(termNamed('Deep Tech').definitions[0].quote, /其中，Deep Tech 通过基础设施/);
    // In the term's own section, and after traits (`X具有…的特性，成为…的重要基础设施`).
    assert.ok(notExplainedBy('大数据', '大数据是传统零售向智能零售变革的基础，零售数据可分为'));
    assert.ok(notExplainedBy('下一代计算', '下一代计算具有多场景、安全、云边端协同一体化的特性，成为数智化社会的重要基础设施。'));
    // `下一代计算面向…信息需求，…服务于社会经济发展，促进传统产业的转型升级`: an aim and benefits, a use (twelfth round).
    assert.ok(notExplainedBy('下一代计算', '下一代计算面向从量变到质变的信息需求'));
    assert.equal(termNamed('下一代计算').status, 'used');
    // A characterisation with what the term consists of, does or provides stays an explanation.
    const explained: [string, string][] = [
      ['自主环境感知', '自主环境感知是实现自主系统的基础，具体为对各类传感器数据的采集'],
      ['高精地图', '高精地图作为保证自主系统安全可靠的关键核心，包含更加丰富和更高维度的动静态信息'],
      ['云计算', '云计算是智能经济的基础设施，它既是人工智能、VR/AR等新一代信息技术提供计算、存储、网络的支撑'],
    ];
    for (const [name, opening] of explained) assert.ok(termNamed(name).definitions.some((definition) => definition.quote.startsWith(opening) && definition.kind !== 'explanatory'), name);
  });

  it('makes a term written with a generic head (X技术, X算法) an alias of the term it names', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    const merged: [string, string][] = [
      ['人工智能', '人工智能技术'], ['人工智能', 'AI技术'], ['机器学习', '机器学习技术'],
      ['脑机接口', '脑机接口技术'], ['自然语言处理', '自然语言处理技术'], ['5G', '5G技术'], ['深度学习', '深度学习算法'], ['量子计算', '量子计算技术'],
    ];
    for (const [term, longer] of merged) {
      assert.ok(!names.has(longer), longer);
      assert.ok(termNamed(term).aliases.includes(longer), longer);
    }
    // An AI algorithm is no name of the field of AI (the census of 7 December): the curation suppresses those two, so they
    // are neither terms nor aliases; a hover on them shows 人工智能 by the longest match.
    for (const longer of ['人工智能算法', 'AI算法']) assert.ok(!names.has(longer) && !termNamed('人工智能').aliases.includes(longer), longer);
    // `“脑机接口技术是从医学领域开始的…”` (someone's words) is no definition of its own that would keep it a term.
    assert.equal(termNamed('脑机接口').status, 'explained');
    // Platforms often name a thing of their own (a network of a term only used, 区块链网络, is no term since round 39).
    for (const name of ['专有云平台', '工业互联网平台']) assert.ok(named(names, name), name);
  });

  it('takes `X旨在…` for an aim, an explanation at most, and a sentence on where the term is applied for no explanation', () => {
    const intelligence = termNamed('人工智能');
    assert.equal(intelligence.status, 'explained');
    assert.ok(intelligence.definitions.some((definition) => definition.kind === 'explanation' && definition.quote.startsWith('人工智能旨在了解智能实质')));
    for (const name of ['自然语言处理', '社会化', '数智化']) {
      assert.equal(termNamed(name).status, 'explained', name);
      assert.match(termNamed(name).definitions[0].quote, /旨在/, name);
    }
    assert.ok(notExplainedBy('人工智能', '人工智能在物流行业的应用方向大致分为两种'));
    assert.ok(notExplainedBy('自然语言处理', '自然语言处理的应用场景非常广泛'));
    assert.ok(notExplainedBy('存算一体', '存算一体技术是否可以应用于片上集成系统'));
  });

  it('explains with a sentence saying what one can do by means of the term (`通过部署X，可以…`, `采用X，可以…`), not what it makes others do', () => {
    const cases: [string, string][] = [
      ['边缘计算节点', '通过部署边缘计算节点，可以有效连接 IT 和 OT 系统，并最大限度保证 OT 系统低延迟响应、可靠运转和安全监管的要求。'],
      ['共识算法', '采用共识算法，可以高效地解决联盟链多节点的典型分布式一致性问题。'],
    ];
    for (const [name, quote] of cases) {
      const term = termNamed(name);
      assert.equal(term.status, 'explained', name);
      assert.equal(term.definitions[0].quote, quote, name);
    }
    // (`…，RFID 技术的应用可以优化商品供应链的管理`, what an application of the term does, no longer does: see the nineteenth round.)
    // `京东将数字化打造为…连接器，通过实现金融与产业数字化实现…` opens no sentence with its means.
    assert.equal(termNamed('产业数字化').status, 'used');
  });

  it('reads the publisher\'s view as the report\'s own voice (`京东认为，金融科技的核心理念在于…` in 京东\'s white paper), not someone else\'s', () => {
    const finance = termNamed('金融科技');
    assert.equal(finance.status, 'explained');
    assert.equal(finance.definitions[0].quote, '京东认为，金融科技的核心理念在于通过科技手段为金融行业赋能，实现行业的降本增效。');
    assert.equal(publisherView('京东认为，金融科技的核心理念在于通过科技手段为金融行业赋能', '京东集团技术委员会'), '金融科技的核心理念在于通过科技手段为金融行业赋能');
    assert.equal(publisherView('王晓红教授认为，数智化社会供应链体系有效促进了产业链上下游的融合互动性', '京东集团技术委员会'), undefined);
    assert.equal(publisherView('京东认为，金融科技的核心理念在于通过科技手段为金融行业赋能', undefined), undefined, 'a report with no publisher has no view of its own named');
  });

  it('explains with `X致力于将…`, `X建立在…上`, `X学习…的机制` and `X提高了…` (what it does, is built on, how it works), not `X致力于提升…` (a goal)', () => {
    const cases: [string, string][] = [
      ['多模态融合', '多模态融合致力于将表征视觉对象不同类型的数据映射到同一公共空间，实现各类数据的互补融合，对事物进行多角度分析判断，提高下游任务的准确率，从而可以满足更多实际场景的应用要求。'],
      // (智能政务办公平台建立在京东云上 was this test's `X建立在…上` until round 33: a platform named by the service it gives,
      // no term since — see 'terms: round 33 (precision)'.)
      ['类脑计算', '类脑计算学习大脑的信息处理机制，在建立更强大和更通用的机器智能方面取得了新的进展。'],
    ];
    for (const [name, quote] of cases) {
      const term = termNamed(name);
      assert.equal(term.status, 'explained', name);
      assert.equal(term.definitions[0].quote, quote, name);
    }
    assert.ok(notExplainedBy('机器视觉', '目前机器视觉技术致力于提升'));
    // (`AR技术将通过…等方式给人们带来…` was read as by what means AR works until round 33: a prediction of what it will bring,
    // a use since — see 'terms: round 33 (precision)'.)
    // What it has improved (`提高了…的响应时效`) is a benefit, not what it does: a use (twelfth round, see
    // 'takes a benefit, an aim, an effect or a kind of trade for a use'); its label explains it since the twenty-first.
    assert.ok(notExplainedBy('边缘计算', '边缘计算提高了场景内数据处理的响应时效'));
  });

  it('explains with `通常`/`一般` before what the term does, not with the parts of a longer name glued to it (`因此X构架通常由…组成`)', () => {
    // 神经网络计算构架 is a name of its own (the judges of seed 1796497493 counted this explanation wrong, round 23): the
    // sentence lists that architecture's parts, and 神经网络计算 is used.
    const computing = termNamed('神经网络计算');
    assert.equal(computing.status, 'used');
    assert.ok(notExplainedBy('神经网络计算', '因此神经网络计算构架通常由海量内存单元和卷积、池化计算单元组成'));
    const accelerator = termNamed('神经网络加速器');
    assert.equal(accelerator.status, 'explained');
    assert.equal(accelerator.definitions[0].quote, '数据中心中使用的神经网络加速器通常采用标准数据位宽，同时支持浮点运算用于神经网络的训练。');
  });

  it('explains with the term named as the topic, then the means (`在精准医疗方面，通过基因组学、蛋白质组学等技术，可以…`)', () => {
    const precision = termNamed('精准医疗');
    assert.equal(precision.status, 'explained');
    assert.equal(precision.definitions[0].quote, '在精准医疗方面，通过基因组学、蛋白质组学等技术，可以获得生物信息大数据并建立其与特定疾病类型的关联关系，从而定位疾病原因和治疗靶点，实现对于患者的个性化精准治疗。');
    // A topic with no means after it says nothing of how (`在智慧社区方面，智慧小区近年来在重庆不断涌现。`).
    assert.ok(notExplainedBy('智慧社区', '在智慧社区方面'));
    // A means and a purpose, with nothing that can be done: how data helps the decision, not what the decision is.
    assert.ok(notExplainedBy('临床决策', '在临床决策方面'));
  });

  it('explains with a Latin name, the kind of thing it names, then what it does (`AGV (…) 自主搬运机器人可以…`, `eMBB场景主要用于…`)', () => {
    const cases: [string, string][] = [
      // Not `而 AGV (Automated Guided Vehicle) 自主搬运机器人可以大幅度的提升搬运、仓储环节的效率。`: a benefit only.
      ['AGV', 'AGV 小车可自行选择产品类型，自动运算最优路线找到产品位置，实现扫码识别、称重、分拣、运送等的流程一体化，从而提升分拣效率。'],
      // Through its alias eMBB.
      ['增强型移动宽带', 'eMBB场景主要用于远程人与人之间的移动交互，比如日常办公过程中视频会议、工厂的远程视频监控，以及基于VR技术的远程维修维护等。'],
    ];
    for (const [name, quote] of cases) {
      const term = termNamed(name);
      assert.equal(term.status, 'explained', name);
      assert.equal(term.definitions[0].quote, quote, name);
    }
    // A platform named after the term is no kind of thing the term names (`AI+产业发展平台通过…` does not explain AI+).
    assert.ok(notExplainedBy('AI+', 'AI+产业发展平台'));
  });

  it('does not explain with an organisation\'s own kind of the thing saying what it is (`“京东互联网医院”是国内首批…之一`)', () => {
    assert.ok(notExplainedBy('互联网医院', '“京东互联网医院”是'));
  });

  it('explains with an enumeration of subjects ending in the term, then what they do (`半监督、无监督和强化学习可以…`)', () => {
    const reinforcement = termNamed('强化学习');
    assert.equal(reinforcement.status, 'explained');
    assert.match(reinforcement.definitions[0].quote, /^半监督、无监督和强化学习可以部分依赖或者完全不依赖于任何标签，通过对大量数据内在特征的挖掘或与环境的交互反馈/);
  });

  it('explains with the clause naming the term as a brand, then what it provides (`…品牌为“智臻链”，为企业提供…`)', () => {
    const brand = termNamed('智臻链');
    assert.equal(brand.status, 'explained');
    assert.equal(brand.definitions[0].quote, '京东科技的区块链技术品牌为“智臻链”，为企业提供区块链技术平台、商品溯源、数字存证、ABS云平台、电子合同等五大服务能力。');
  });

  it('explains with an opening saying what kind of thing the subject is (`此外，作为一台…超导量子计算系统，“悟源”…`), not its role', () => {
    const wuyuan = termNamed('悟源');
    assert.equal(wuyuan.status, 'explained');
    assert.equal(wuyuan.definitions[0].quote, '此外，作为一台可稳定运行的超导量子计算系统，“悟源”目前已经可以脱离实验室环境运行，证明它也是国内率先实现工程化的量子计算机原型系统。');
    // `作为国民经济的战略性、基础性和支柱性产业，集成电路产业极其重要` names a role, not a category.
    assert.equal(termNamed('集成电路').status, 'used');
  });

  it('explains with the subjectless first sentence of a section named after the term, on what it rests on and provides (`5.1.6.1 智能社区`)', () => {
    const community = termNamed('智慧社区');
    assert.equal(community.status, 'explained');
    assert.match(community.definitions[0].quote, /^以社区数据计算平台为基础，APP\/小程序\/H5 为用户触达场景，.*为居民提供便捷、丰富、安全和幸福的便民生活服务/);
    assert.match(community.definitions[0].section, /5\.1\.6\.1 智能社区$/);
  });

  it('does not read 即将 ("about to") as the defining 即 (`如今5G即将到来，…`)', () => {
    const none = new Vocabulary([], []);
    assert.equal(definingScore('5g即将到来,其高速率、低时延、大连接特性,计划支持tsn(时间敏感网络)和工业以太网', new Set(['5g']), none), 0);
    assert.ok(definingScore('二是主动感知,即在视觉系统中加入反馈机制', new Set(['主动感知']), none) > 1, 'the defining 即 still defines');
    // No candidate `如今5G` takes the use of 5G on that line (aliresearch, line 119 of the text).
    assert.ok(termNamed('5G').occurrences.some((occurrence) => occurrence.reportId === 'aliresearch-2019-intelligence-plus' && occurrence.line === 119));
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '如今5G'));
  });

  it('explains with a relative clause saying what the term rests on (`以神经网络为基础的深度学习是…`), not its examples', () => {
    assert.ok(termNamed('深度学习').definitions.some((definition) => definition.kind === 'explanation' && definition.quote.startsWith('结合传统机器学习方法，以神经网络为基础的深度学习是')));
    // (`以信息技术和数据作为关键要素的数字经济蓬勃发展，…`, reporting growth, no longer does: see the nineteenth round.)
    // `以5G、物联网、人工智能等技术为代表的智能技术群落` names examples, not a basis: nothing of it explains 智能技术.
    assert.ok(committedSnapshot().terms.every((term) => term.definitions.every((definition) => !definition.quote.startsWith('以5G、物联网、人工智能等技术为代表') || definition.kind === 'explanatory')));
  });

  it('takes the term, an example set off by commas, then what it does (`分布式存储，如 FPGA 中的片上内存，以…`) for a use of the example\'s sense, ranked with the glued ones (since round 27)', () => {
    const storage = termNamed('分布式存储');
    assert.equal(storage.status, 'used');
    // The judges of seed 1796528863: on-chip memory in an FPGA is another sense of the words than the blockchains' storage.
    assert.ok(storage.definitions.every((definition) => !definition.quote.startsWith('分布式存储，如 FPGA 中的片上内存')));
    assert.match(storage.definitions[0].quote, /区块链/);
  });
});

describe('terms: fragments and common words kept out', () => {
  it('does not cut a gloss\'s name at an adjective\'s 有 or a verb-like word inside it (云版本, 平台), nor take a lower-case English word for a name (托管商)', () => {
    assert.deepEqual(glossFindings('京东云推出了敏捷专有云版本 (JD Cloud Swift)，'), []);
    // After `的` the whole name is glossed, its generation (`新一代`) left out; the verb-like 加速 inside it cuts nothing.
    assert.deepEqual(glossFindings('Xilinx 的新一代适应性计算加速平台(ACAP)就采用了'), [{ term: '适应性计算加速平台', aliases: ['ACAP'], evidence: 'gloss', looseAliases: true }]);
    assert.deepEqual(glossFindings('运营商和托管商（vendor）'), []);
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['云版本', '平台', '托管商']) assert.ok(!names.has(name), name);
    // The acronym answers to the name it glosses, with the full name in its sentence.
    assert.ok(termNamed('适应性计算加速平台').aliases.includes('ACAP'));
    assert.match(termNamed('适应性计算加速平台').definitions[0].quote, /新一代适应性计算加速平台\(ACAP\)/);
  });

  it('keeps out the general and out-of-field words the curation suppresses (互联互通, 算法编译, 金融供应链, N95, 生命体征)', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['互联互通', '算法编译', '金融供应链', 'N95', '生命体征']) assert.ok(!names.has(name), name);
    // The term written in 金融供应链's sentence stays, and the rules still find 生命体, whose name the suppressed 生命体征
    // begins (the curation has suppressed 生命体 too since 5 December: `READ_OUT`).
    assert.ok(names.has('供应链金融'));
    assert.match(termNamed('生命体').definitions[0].quote, /“生命体”/);
  });

  it('takes a verb-like word after `的` as the start of a gloss\'s name (开发运维一体化, not 运维一体化)', () => {
    const sentence = '微服务架构倡导“谁开发，谁运营”的开发运维一体化（DevOps）方法，不同团队以不同方式独立负责若干个“微服务”完整的生命周期。';
    assert.deepEqual(glossFindings(sentence), [{ term: '开发运维一体化', aliases: ['DevOps'], evidence: 'gloss', looseAliases: true }]);
    assert.ok(termNamed('开发运维一体化').aliases.includes('DevOps'));
    assert.equal(termNamed('开发运维一体化').definitions[0].quote, sentence);
    // A verb after a verb still takes the name as object (`金服还推出了区块链即服务（BaaS）`).
    assert.equal(glossFindings('金服还推出了区块链即服务（BaaS）平台')[0].term, '区块链即服务');
  });

  it('drops a name the reports never write as a word of its own, when a longer name it opens is a term (边缘视觉, 智能政务)', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    // `边缘视觉计算：边缘视觉计算技术为…定制化的边缘视觉硬件产品，通过边缘视觉设备对…`: always more of a word after it.
    for (const name of ['边缘视觉', '智能政务', '运维一体化']) assert.ok(!names.has(name), name);
    // (智能政务办公平台 was the longer term kept here until round 33; it is no term since, and 智能政务 stays out.)
    assert.ok(names.has('边缘视觉计算'));
    // A name that stands alone somewhere stays, even if most uses open a longer term (监督学习 in 自监督学习, 半监督学习).
    for (const name of ['监督学习', '环境感知', '云边协同', '工业物联']) assert.ok(names.has(name), name);
  });

  it('keeps out properties (安全性) and takes no dimension for an acronym (`从2D向3D（三维空间视觉）` would answer to `3D 封装技术`)', () => {
    assert.deepEqual(glossFindings('从2D向3D（三维空间视觉）'), []);
    const names = new Set(committedSnapshot().terms.flatMap((term) => [term.term, ...term.aliases]));
    for (const name of ['安全性', '3D', '三维空间视觉', '技术平台']) assert.ok(!names.has(name), name);
  });

  it('does not take the 类 of 类脑计算 for a measure word opening a phrase', () => {
    // A Latin name that only ever opens a longer name (`ET工业大脑`, `ET城市大脑`) is no term; standing alone once, it is.
    assert.ok(!usedTermCandidates(['ET工业大脑对中策橡胶的各类数据进行分析。', '借助ET城市大脑的力量。', '而ET城市大脑已经实现了。'], new Set()).includes('ET'));
    assert.ok(usedTermCandidates(['ET工业大脑对中策橡胶的各类数据进行分析。', '借助ET城市大脑的力量。', '而ET的大脑已经实现了。'], new Set()).includes('ET'));
    // (L4, the fourth level of driving automation, is a term since the glossary of the field names it: see lexicon.test.ts.)
    for (const name of ['ET', 'OneNET']) assert.ok(!committedSnapshot().terms.some((term) => term.term === name), name);
    assert.ok(usedTermCandidates(['量子计算、类脑计算等技术。', '及类脑计算的发展。', '的类脑计算模型。', '类脑计算学习大脑的信息处理机制。'], new Set()).includes('类脑计算'));
    assert.equal(termNamed('类脑计算').definitions[0].quote, '类脑计算学习大脑的信息处理机制，在建立更强大和更通用的机器智能方面取得了新的进展。');
  });

  it('keeps out a generic modifier before a generic head (海量数据, 基础数据, 销售数据, 业务系统)', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['海量数据', '基础数据', '销售数据', '业务系统', '大规模数据', '基础硬件']) assert.ok(!names.has(name), name);
    assert.ok(names.has('时空数据') && names.has('替代数据'));
  });

  it('keeps out a common word before an empty head when the compound is a small share of its uses (产业数据, 通信技术, 数据处理)', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    // 产业 is written 510 times and 产业数据 5; 通信 54 and 通信技术 6; 数据 1232 and 数据处理 10.
    for (const name of ['产业数据', '通信技术', '数据处理', '计算平台', '智能设备', '信息技术', '物流中心', '产业生态']) assert.ok(!names.has(name), name);
    // A three-character term before an empty head is that term's use (大数据平台, 区块链生态): the hover shows the term. Not when
    // a sentence explains the compound itself (`物联网设备硬件主要由…组成`, 14 of 物联网's 252 uses): it is a term then.
    for (const name of ['大数据平台', '区块链生态']) assert.ok(!names.has(name), name);
    assert.equal(termNamed('物联网设备').status, 'explained');
    // Much of their modifier's uses: 时空数据 21 of 43, 标注数据 6 of 13, 资产数据 10 of 70; a defined name stays (自主系统).
    for (const name of ['时空数据', '标注数据', '自主系统']) assert.ok(names.has(name), name);
  });

  it('leaves 资产数据 and 零售平台 to the rule\'s judgement: the census of 3 December suppresses them in the curation, not the rule', function () {
    // A whole extraction of the five reports (with the dictionary of the field, 10–20 s on a loaded two-processor machine).
    this.timeout(180_000);
    const curation = readCuration(CURATION);
    for (const name of ['资产数据', '零售平台']) assert.ok(curation.suppress.has(name), name);
    // Without those two suppressions the rule still keeps both (资产数据 10 of 资产's 70; 零售平台 is explained).
    const suppress = new Set([...curation.suppress].filter((name) => name !== '资产数据' && name !== '零售平台'));
    const extractor = new TermExtractor([...cleanedReports().values()], { ...curation, suppress });
    extractor.collect();
    const names = new Set(extractor.build().map((term) => term.term));
    for (const name of ['资产数据', '零售平台']) assert.ok(names.has(name), name);
  });
});

describe('terms: the reading of every used-only term (5 December)', () => {
  it('leaves out the general words the reader flagged and the names round 39\'s rules leave out, and nothing else the rules found', () => {
    const committed = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of [...READ_OUT, ...GATED_OUT]) assert.ok(!committed.has(name) && beforeReading().has(name), name);
    assert.deepEqual([...beforeReading().keys()].filter((name) => !committed.has(name)).sort(), [...READ_OUT, ...GATED_OUT].sort());
  });
});

describe('terms: aliases, names and labels the reports do not support', () => {
  it('gives an acronym to the term whose gloss spells it out (SaaS（Software-as-a-Service，软件即服务）), not to 云服务（SaaS）', () => {
    assert.ok(termNamed('软件即服务').aliases.includes('SaaS'));
    assert.ok(!termNamed('云服务').aliases.includes('SaaS'));
  });

  it('gives no term an alias the curation suppresses (IDC, the research firm International Data Corporation), nor a company as a term (UPTAKE)', () => {
    const names = new Set(committedSnapshot().terms.flatMap((term) => [term.term, ...term.aliases]));
    for (const name of ['IDC', 'International Data Corporation', 'UPTAKE', 'Uptake']) assert.ok(!names.has(name), name);
  });

  it('does not show `X是一个…的产业`, `X是另外一项…` or a part of `一基地+三中心，即…` as a definition', () => {
    // `集成电路产业是一个全球化、国际竞争的产业，…` neither defines nor explains: used only, the phrase 集成电路 + 产业 is no term.
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '集成电路产业'));
    // `一基地+三中心，即…` defines neither part (and the curation suppresses both, a city's project names).
    assert.ok(!committedSnapshot().terms.some((term) => term.definitions[0].kind === 'explicit' && /^(?:一基地|三中心)$/.test(term.term)));
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '折叠屏手机' && term.status === 'defined'));
    // `煤矿智能化是技术变革的必然趋势`: a characterisation.
    assert.notEqual(termNamed('煤矿智能化').status, 'defined');
  });

  it('takes a quoted name explained in brackets (`突破区块链的“不可能三角”（兼顾扩展性、安全性和去中心化）`)', () => {
    const term = termNamed('不可能三角');
    assert.equal(term.status, 'explained');
    assert.equal(term.definitions[0].quote, '如何突破区块链的“不可能三角”（兼顾扩展性、安全性和去中心化），是区块链产业发展需突破的瓶颈问题。');
    // Examples in brackets explain nothing: `海量时空数据（IoT设备、车辆、人流等）`.
    // (时空数据引擎's explanation comes later in that sentence: `…等难点，时空数据引擎创新性地将…`.)
    assert.ok(!committedSnapshot().terms.some((term) => term.status === 'explained' && [term.term, ...term.aliases].some((name) => term.definitions[0].quote.includes(`${name}（IoT设备、车辆、人流等）`))));
  });

  it('takes a versioned name (`未来，区块链 3.0 是基于智能合约…`) with its glued form as alias', () => {
    assert.deepEqual(versionFindings('未来，区块链 3.0 是基于智能合约，深度嵌入社会生活的各种区块链应用，更加突出智能合约的重要性。'), [{ term: '区块链 3.0', aliases: ['区块链3.0'], evidence: 'strong' }]);
    const term = termNamed('区块链 3.0');
    assert.ok(term.aliases.includes('区块链3.0'));
    assert.equal(term.definitions[0].kind, 'explanation');
  });

  it('explains with a clause after a colon (`…降低人工标注成本：监督学习利用大量的标注数据来训练模型`), not with someone\'s words (`认为:“消费互联网是…`)', () => {
    assert.equal(termNamed('监督学习').status, 'explained');
    assert.ok(termNamed('监督学习').definitions[0].quote.includes('：监督学习利用大量的标注数据来训练模型'));
    assert.ok(termNamed('消费互联网').definitions.every((definition) => definition.kind === 'explanatory' || !definition.quote.includes('认为:“消费互联网是')));
  });
});

describe('terms: used without definition', () => {
  it('finds names the reports use often without defining them', () => {
    for (const name of ['工业互联网', '联邦学习', '数据中台', '数字产业化', '混合云', '深度学习', '可重构计算', '量子计算', '半导体']) {
      const term = termNamed(name);
      assert.ok(term.occurrences.length >= 4, name);
    }
    assert.equal(termNamed('工业互联网').status, 'used');
  });

  it('keeps fragments and phrases out (业技术, 发展数字经济)', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    const names = new Set(usedTermCandidates(sentences, new Set()));
    assert.ok(names.has('工业互联网'));
    for (const phrase of ['业互联网', '业技术', '发展数字经济', '推动工业互联网']) assert.ok(!names.has(phrase), phrase);
    // One character before most uses: the tail of 国民经济, 新一代信息技术, 类脑计算.
    for (const tail of ['民经济', '一代信息技术', '脑计算']) assert.ok(!names.has(tail), tail);
  });

  it('finds a term that opens most of the clauses using it, even with few different characters before it (激光雷达, 精准医疗)', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    const names = new Set(usedTermCandidates(sentences, new Set()));
    for (const name of ['激光雷达', '精准医疗', '隐私计算', '科创板', '存算一体']) assert.ok(names.has(name), name);
  });

  it('takes a name used three times when a word boundary precedes most uses (无监督学习, 手术机器人, 运筹学), not a phrase', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    const names = new Set(usedTermCandidates(sentences, new Set()));
    for (const name of ['无监督学习', '手术机器人', '运筹学', '脑科学', '远程医疗', '网络化协同', '智能家居', '大数据中心', '二代征信', '企业征信']) assert.ok(names.has(name), name);
    // `2020年中国大数据`, `38座城市`: a run after a number starts with its unit; `提高物流效率`: a verb phrase.
    // `历史数据`, `调度系统`: a generic head needs four uses; `人工智能学院/学会`, `高端医疗器械`: heads of longer words.
    for (const phrase of ['年中国大数据', '座城市', '提高物流', '历史数据', '调度系统', '人工智能学', '高端医疗']) assert.ok(!names.has(phrase), phrase);
    // A word after each of three uses: `5G智能工厂联盟`, `5G智能物流平台`, `5G智能园区`; `会自动识别存放…`, `自动识别技术`.
    for (const modifier of ['5G智能', '自动识别']) assert.ok(!names.has(modifier), modifier);
  });

  it('takes a name used twice when a word boundary stands on both sides of both uses (电子病历, 蛋白质组学), not a phrase', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    const names = new Set(usedTermCandidates(sentences, new Set()));
    for (const name of ['电子病历', '蛋白质组学', '智慧农业', '加密算法', '品质溯源']) assert.ok(names.has(name), name);
    // `对抗学习` twice (对 before both uses), `数据服务中心：` (an organisational head), `建立数据`, `做出决策` (verbs).
    for (const phrase of ['抗学习', '数据服务中心', '建立数据', '做出决策']) assert.ok(!names.has(phrase), phrase);
  });

  it('takes a verb or an organisation before a name for a word boundary (提供公有云, 京东公有云, 优化商品供应链)', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    const withoutOrganisations = new Set(usedTermCandidates(sentences, new Set()));
    const names = new Set(usedTermCandidates(sentences, new Set(), new Set(['京东', '阿里'])));
    // 公有云: 提供 twice and 包含 before its eight uses (京东 twice); with 以 and 为, five are bounded without the company.
    for (const name of ['公有云', '商品供应链', '信息基础设施', '业务中台', '技术中台']) assert.ok(names.has(name) && withoutOrganisations.has(name), name);
    // `京东互联网医院`, `阿里商业操作系统`, `京东分拣机器人`: the company's name ends where the term begins.
    for (const name of ['互联网医院', '商业操作系统', '分拣机器人']) assert.ok(names.has(name) && !withoutOrganisations.has(name), name);
    // A word before that is neither (`系列巡检机器人`) is still no boundary; 数据中心 is, as a name of the first pass (below).
  });

  it('reads enumerations item by item: the first after its verb, the last at 等 or a conjunction, and not across a clause', () => {
    assert.deepEqual(enumerations('包括保理融资、订单融资、动产质押、票据相关业务、资产证券化等，帮助商户与企业提高供应链管理效率。'), [['保理融资', '订单融资', '动产质押', '票据相关业务', '资产证券化']]);
    assert.deepEqual(enumerations('例如可解释学习、轻量学习和边缘计算、量子机器学习等，并获得广泛应用。'), [['可解释学习', '轻量学习和边缘计算', '量子机器学习']]);
    // Without 等, a last item longer than the others runs on into the clause: `…数字化、网络化转型问题`.
    assert.deepEqual(enumerations('解决传统企业的智能化、数字化、网络化转型问题。'), [['智能化', '数字化']]);
    // A clause between two 、 joins two lists: none is read.
    assert.deepEqual(enumerations('例如大数据、人工智能、基因检测和现代临床科技的发展可以对药品研发、医疗器械生产和诊疗手段等产生革命性的推进作用。'), []);
  });

  it('takes the other items of an enumeration of known terms (卫星互联网, 可解释学习, 智慧市政), not a known term in a phrase', () => {
    const known = new Set(['5G', 'AI', '物联网', '工业互联网', '人工智能', '云计算', '迁移学习', '对抗学习', '分布式学习', '元学习', '联邦学习', '深度学习']);
    const sentences = [
      '数字新基建涵盖5G、物联网、工业互联网、卫星互联网、人工智能、云计算等。',
      '例如迁移学习、对抗学习、分布式学习、元学习、联邦学习、可解释学习、轻量学习和量子机器学习等。',
      '凭借云计算、人工智能、物联网，打造…',
      '计算机视觉、深度学习技术、人工智能、云计算等。',
      '计算机视觉、AI行业应用、自然语言处理、语音技术、人工智能、云计算等。',
      '它是将数学、密码学、互联网通信、分布式存储、共识协议等理论和技术结合后所诞生的信息技术术语。',
    ];
    // 凭借云计算 is 云计算 after a verb, 深度学习技术 and AI行业应用 a known term in a phrase; two known items of five others
    // are a third; a list with no known item names nothing.
    assert.deepEqual(enumeratedNames(sentences, known, new Set()), ['卫星互联网', '可解释学习', '轻量学习', '量子机器学习', '计算机视觉', '自然语言处理', '语音技术']);
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['卫星互联网', '可解释学习', '智慧矿山', '半监督学习', '智慧市政', '智能安防', '超高清视频']) assert.ok(names.has(name), name);
    for (const phrase of ['凭借云计算', '深度学习技术', '网络化转型问题', '医疗器械生产']) assert.ok(!names.has(phrase), phrase);
  });

  it('lets a phrase opening start a word it is part of (强化学习, 多模态融合, 市域治理, 个人征信, 新一代信息技术)', () => {
    const sentences = [
      '未来人工智能主要发展的方向为无监督/自监督学习、强化学习、复杂开放场景下的智能识别等。',
      '利用自监督学习和强化学习，未来可以让机器探索更多潜在发展空间。',
      '随着自适应机器学习、强化学习、迁移学习、模仿学习、元学习和边缘人工智能的发展。',
      '多模态融合致力于将表征视觉对象不同类型的数据映射到同一公共空间。',
      '通过多模态融合和不同模态数据的互补。',
      '视觉技术进展中，多模态融合是重要方向。',
      '政府通过市域治理现代化平台为区域企业提供精准的政策。',
      '成为政府办公，市域治理，产业发展及市民生活的提供者。',
      '助力政府决策科学化、市域治理精准化、公共服务高效化。',
      '以云计算、大数据、物联网、人工智能、5G为代表的新一代信息技术，在不断的融合中。',
      '它既是人工智能、VR/AR等新一代信息技术提供计算的基础设施。',
      '将数字产业化体现到新一代信息技术的发展壮大上。',
      '推动新一代信息技术与制造业深度融合。',
    ];
    const names = new Set(usedTermCandidates(sentences, new Set()));
    for (const name of ['强化学习', '多模态融合', '市域治理', '新一代信息技术']) assert.ok(names.has(name), name);
    // The verb 强化, the quantifier 多, the measure word 个 and 新型/新一代 before a short word still open phrases.
    assert.ok(!names.has('强化数据') && !names.has('多智能'));
    const snapshot = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['强化学习', '深度强化学习', '多视角学习', '多传感器融合', '新一代信息技术']) assert.ok(snapshot.has(name), name);
    // 个人征信 is found (the candidates above), but only used and of finance, it is out of the field (twelfth round).
    assert.ok(!snapshot.has('个人征信'));
  });

  it('takes names ending in the seventh round\'s heads (云原生, 反欺诈), and 保护 as an empty head (安全保护 is a phrase)', () => {
    const sentences = [
      '云计算体系架构成熟度加深，都将我国云计算推向云原生时代。',
      '云原生具有普遍可访问、高可用性、高扩展性等诸多优势，以容器云、微服务、服务网格等为技术基底。',
      '2013年，PaaS服务商Pivotal提出云原生的概念，2015年夏天，Linux基金会创建了云原生基金会CNCF。',
      '将有50%的传统老旧应用被以云原生化的方式改造。',
    ];
    assert.ok(usedTermCandidates(sentences, new Set()).includes('云原生'));
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    // (The heads also find 互联互通, 生命体征, 供给侧 and 需求侧, which the curation suppresses as general or out of the field.)
    // (保护 also finds 隐私保护 and 个人信息保护, which round 25 takes for phrases: protecting something, see isPhraseOfHead.)
    for (const name of ['云原生', '智能风控', '边缘节点', '反欺诈', '智能快递车', '远程控制', '视频监控', '小程序', '无人车', '智能网联汽车', '折叠屏', '处理器', '神经网络加速器']) assert.ok(named(names, name), name);
    // `在全域可信生态下，…将得到隐私安全保护`, `数据保护和数据隐私条款…`: 安全 and 数据 make phrases with 保护 at will.
    for (const phrase of ['安全保护', '数据保护', '计算机', '助推器', '软硬件']) assert.ok(!names.has(phrase), phrase);
  });

  it('takes names ending in the tenth round\'s heads (银税直连, 顶层设计, 数字底座), and 设计 as an empty head (产品设计 is a phrase)', () => {
    const sentences = [
      '士表示，比如以深圳的大行基本做了“银税直连”工作，可以给到企业100万-200万元信用类贷款，但更大额的对公贷款还是需要抵质押。',
      '例如，几年前一些中小微企业通过虚假材料“骗贷”，银税直连等大数据手段，原来可能需要半年才知道发生了不良，现在可以更短时间甄别风险。',
      '于燮康也指出，中国集成电路发展一是要强化顶层设计和产业集群建设。',
      '智能物流生态的建立受到社会、经济、文化、环境等多种因素的共同作用，因此在其顶层设计时需加入人工智能、物联网、区块链等新兴技术。',
      '然而随着云基建的推进，西部地区的数字底座建设也加快了步伐。',
      '雄安新区块数据平台是基于京东城市操作系统打造的数字孪生城市的数字底座，承担汇聚新区全域数据。',
      '以城市操作系统为“数字底座”，具备“分析研判辅助决策”等三大核心功能。',
    ];
    const found = new Set(usedTermCandidates(sentences, new Set()));
    for (const name of ['银税直连', '数字底座']) assert.ok(found.has(name), name);
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['银税直连', '顶层设计', '数字底座', '跨域建模', '智能配送', '远程维护', '规模商用']) assert.ok(named(names, name), name);
    // 联邦数字网关 is found too, and answers for the defined 联邦数字网关技术 (see the twelfth round).
    assert.ok(termNamed('联邦数字网关技术').aliases.includes('联邦数字网关'));
    // 产品 is written 191 times and 产品设计 9: a phrase of a common word and the verbal head 设计.
    for (const phrase of ['产品设计', '系统调度', '快速部署', '实时监测']) assert.ok(!names.has(phrase), phrase);
  });

  it('takes names ending in the heads a screen of common last characters found (数据要素, 人机协作, 远程办公), not a list\'s shared noun', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    const found = new Set(usedTermCandidates(sentences, new Set()));
    for (const name of ['数据要素', '生产要素', '人机协作', '远程办公', '合约语言']) assert.ok(found.has(name), name);
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['数据要素', '生产要素', '数据挖掘', '银税互动', '人机协作', '远程办公', '合约语言', '图像处理', '流式事件处理', '科学计算']) assert.ok(names.has(name), name);
    // 机器认知 would take 认知智能's use in `实现机器认知智能`; 互操作 would bring 高性能 from its list; 处理 is an empty head.
    for (const phrase of ['机器认知', '互操作', '高性能', '实时处理', '信息处理']) assert.ok(!names.has(phrase), phrase);
    // `…、图像处理、科学计算和工程计算任务`: 任务 is the noun of the whole list, 工程计算任务 no name.
    const list = '將承擔各種大規模AI算法計算、機器學習、图像处理、科学计算和工程计算任务。';
    const known = new Set(['机器学习', '图像处理', '科学计算', '機器學習']);
    assert.ok(!enumeratedNames([list], known, new Set()).includes('工程计算任务'));
    assert.ok(!names.has('工程计算任务'));
  });

  it('takes the rarer heads of the screen (信息化, 低功耗, 重资产), and ranks a use inside a ministry\'s name (工业和信息化部) last', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['信息化', '医疗信息化', '低功耗', '松耦合', '智能履约', '远程操控', '智能搜索', '内容生成']) assert.ok(named(names, name), name);
    // `2016年8月，工业和信息化部指导发布…` names a ministry: a use of 信息化 that stands as a word comes first.
    assert.doesNotMatch(termNamed('信息化').definitions[0].quote, /工业和信息化部/);
    // `我国最早的医疗信息化可追溯到 1983 年。` says when it began, not what it does.
    assert.equal(termNamed('医疗信息化').status, 'used');
  });

  it('ranks a use that a kind of thing follows (智能配送车, 智能配送设备) below one where the term stands alone', () => {
    // `如智能卡车AMR、智能配送车、物流无人机…` names a vehicle; `智能配送新兴技术的应用…` is smart delivery itself.
    assert.doesNotMatch(termNamed('智能配送').definitions[0].quote, /智能配送[车设]/);
    // `国家金融 IC 卡安全检测中心`: a card, inside a body's name, not the integrated circuit (wrong in three judged samples).
    // IC is 集成电路's alias since the glossary of the field names them one.
    assert.doesNotMatch(termNamed('集成电路').definitions[0].quote, /IC\s?卡/);
  });

  it('counts a use right after a name found in the first pass as bounded (数据中心巡检机器人), not any head word before it', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    // `数据中心巡检机器人` four times, `机房巡检机器人`, `系列巡检机器人`: a boundary before only two of eight uses, unless
    // 数据中心, a name the first pass finds, ends the word before.
    const names = new Set(usedTermCandidates(sentences, new Set()));
    assert.ok(names.has('数据中心') && names.has('巡检机器人'));
    const snapshot = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['巡检机器人', '操作系统', '时序数据']) assert.ok(snapshot.has(name), name);
    // 主流 is a generic modifier (`信创体系的所有主流芯片`), like 主要.
    assert.ok(!snapshot.has('主流芯片'));
  });

  it('keeps a first enumeration item that ends in a known term when the item is written again (深度强化学习), not 凭借云计算', () => {
    const known = new Set(['强化学习', '元学习', '连续学习', '终身学习', '云计算', '人工智能', '物联网']);
    const sentences = ['例如深度强化学习、多视角学习、元学习、连续学习、终身学习等。', '深度强化学习已经在人机对弈领域取得成功。', '凭借云计算、人工智能、物联网，打造…'];
    const names = enumeratedNames(sentences, known, new Set());
    assert.ok(names.includes('深度强化学习'));
    assert.ok(!names.includes('凭借云计算'));
  });

  it('reads the simplified reports character by character (智慧医疗 and 医学影像 are not rewritten as Taiwan wording)', () => {
    assert.ok(termNamed('医学影像'));
    // 智慧医疗 and 智能医疗 fold together; the hover answers to both spellings.
    assert.ok(termNamed('智能医疗').aliases.includes('智慧医疗'));
  });

  it('takes a coinage the reports quote in at least half its uses (“十四五”, “卡脖子”, ‘双循环’), not a word quoted once for emphasis', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    const names = new Set(quotedCoinages(sentences, new Set()));
    for (const name of ['十四五', '卡脖子', '双循环', '数据孤岛', '九章', '一核两翼']) assert.ok(names.has(name), name);
    // Quoted once among plain uses (金字塔, 助推器, 商业落地), a two-character word quoted in only half its uses (潮流), a slogan (以人为本).
    for (const word of ['金字塔', '助推器', '商业落地', '潮流', '以人为本', '高光时刻']) assert.ok(!names.has(word), word);
    assert.equal(termNamed('十四五').status, 'used');
    assert.match(termNamed('十四五').definitions[0].quote, /^卢山指出，预计在“十四五”期间，数字经济将会保持快速/);
    // `国内国际双循环` hides it from the head-word rule (际 before most uses); the quotation marks are its boundary, and the
    // sentence that quotes it comes first.
    assert.match(termNamed('双循环').definitions[0].quote, /打通“双循环”新发展格局/);
    // A sentence that quotes the name introduces it: not `…患者目前生命体征之间的联系` for 生命体.
    assert.match(termNamed('生命体').definitions[0].quote, /城市“生命体”的安全底线/);
  });

  it('takes a word the reports quote three times or more, however often they also write it plain (上云: 5 of 14)', () => {
    const sentences = [
      '2020年，我国云计算市场持续高速增长，企业上云率攀升。',
      '黑天鹅事件倒逼企业加强数字化建设，迁移业务上云，为生产、制造、采购等一系列流程提供便利。',
      '国家、地方持续鼓励各行业，尤其是传统行业如制造业上云用云，企业数字化转型再上台阶。',
      '传统制造业普遍存在对云计算认知不足，不敢上云、用云的问题。',
      '”因此，他指出，“上云”几乎是每个公司的需求，创业公司更是目前“上云”的积极响应者。',
      '据悉，目前中联重科的“上云”设备超过33万台，管理资产价值超过1000亿元人民币。',
    ];
    assert.ok(quotedCoinages(sentences, new Set()).includes('上云'));
    // Quoted twice among plain uses stays emphasis (`“潮流”` 2 of 4).
    assert.ok(!quotedCoinages(['“潮流”一', '“潮流”二', '潮流三', '潮流四'], new Set()).includes('潮流'));
    assert.ok(termNamed('上云').occurrences.length >= 10);
  });

  it('takes an acronym of three or more characters used in two sentences (OCR, SDK, ODM), not a short one or a combination', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    const names = new Set(usedTermCandidates(sentences, new Set()));
    for (const name of ['OCR', 'SDK', 'ODM', 'TPU', 'B2C']) assert.ok(names.has(name), name);
    // `MCU+FPGA`, `5G+AR` combine names; `JT` (of `JT²智管有方`), `CA`, `4D` are too short to be names from two uses.
    for (const fragment of ['MCU+FPGA', '5G+AR', 'JT', 'CA', '4D']) assert.ok(!names.has(fragment), fragment);
    assert.equal(termNamed('OCR').definitions[0].quote, '线下，我们将通过物联网、车辆识别、OCR 等技术，能够智能的识别车辆的进出。');
    assert.equal(termNamed('OCR').status, 'used');
  });

  it('takes a Latin name used once in a list of Latin names with a known one (ASIC, DaaS, MR) or shaped like a name (WiFi6、Li-Fi、6LoWPAN)', () => {
    const known = new Set(['CPU', 'GPU', 'FPGA', 'IaaS', 'PaaS', 'SaaS', 'AR', 'VR', '5G']);
    const sentences = [
      '如果异构计算包含CPU、GPU、FPGA、ASIC四种硬件，就意味着编程人员必须掌握四种硬件的优化代码，才能编写或迁移程序。',
      'AR/VR/MR 技术的普及可以使人们通过远程操控虚拟设备改变现实设备的运作；',
      '接入技术呈现多元化的发展趋势，新兴的短距离接入技术有 WiFi6、Li-Fi、6LoWPAN 等，长距离接入技术有 5G、6G、低轨卫星等。',
      // No known item: capitals alone (DMS, SCM), a name among ordinary words (`OpenStack、Kubernetes`) or companies are not taken.
      '分析重型机械的Telematics数据、销售数据、DMS、SCM等数据，为经销商提供销售线索支持。',
      '其中包括戴姆勒、大众、奥迪、巴斯夫和西门子等上市公司和RobertBosch、Sennheiser、Hirschmann和ABB等工业公司。',
      // `MCU+FPGA` combines names; a lone name is no list.
      '可重构计算与异构计算相结合,CPU/GPU/MCU+FPGA 的结构已经成为新一代处理器的趋势。',
      '的 GPT-3 和吃下整个维基百科加一万多本书的 BERT 为代表的预训练语言模型。',
      // A known Chinese item vouches for a Latin one; Chinese items are not taken by this rule.
      '以社区数据计算平台为基础，APP/小程序/H5 为用户触达场景，以移动物联网为依托。',
      '折叠屏、屏下摄像头、3D结构光等新技术。',
    ];
    known.add('小程序').add('APP');
    assert.deepEqual(latinListNames(sentences, known, new Set()), ['ASIC', 'MR', 'WiFi6', 'Li-Fi', '6LoWPAN', '6G', 'H5']);
    assert.deepEqual(latinListNames(sentences, known, new Set(['MR'])), ['ASIC', 'WiFi6', 'Li-Fi', '6LoWPAN', '6G', 'H5']);
    for (const name of ['ASIC', 'DaaS', 'B2B2C', 'MR', 'WiFi6', '6LoWPAN', '6G', '2B', 'H5']) assert.equal(termNamed(name).status, 'used', name);
    assert.equal(termNamed('ASIC').definitions[0].quote, '如果异构计算包含CPU、GPU、FPGA、ASIC四种硬件，就意味着编程人员必须掌握四种硬件的优化代码，才能编写或迁移程序。');
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['DMS', 'SCM', 'RobertBosch']) assert.ok(!names.has(name), name);
    // OpenStack and BERT, which this rule does not take, are terms through the glossary of the field.
    for (const name of ['OpenStack', 'BERT']) assert.ok(names.has(name), name);
  });

  it('takes English names in Title Case: glossed (Deep Tech (深度技术)), used in three sentences (JD Chain) or of a known family and written twice (Deep Infrastructure), not once (Deep Service)', () => {
    assert.deepEqual(
      glossFindings('数智化社会供应链将会实现 5 个 Deep (5D) 属性：Deep Tech (深度技术)、Deep Connectivity (深度链接)、Deep Purposes (深远目的)。').filter((finding) => finding.term.startsWith('Deep')),
      [
        { term: 'Deep Tech', aliases: ['深度技术'], evidence: 'gloss' },
        { term: 'Deep Connectivity', aliases: ['深度链接'], evidence: 'gloss' },
        { term: 'Deep Purposes', aliases: ['深远目的'], evidence: 'gloss' },
      ],
    );
    const known = new Set(['Deep Data', 'Deep Connectivity', 'Deep Intelligence']);
    const sentences = [
      '京东区块链的架构体系分为 JD Chain 和 JD BaaS (Blockchain as a Service) 两部分。',
      'JD Chain 作为核心引擎，在数据账本、共识协议、密码算法、存储等方面引入前沿的研究成果和工程架构。',
      '目前，已对外开放JD Chain和智臻链BaaS两大核心技术平台。',
      '构建智能、快速、以需求为导向的 Deep Service，可以为人们的生活及工作提供更优质的服务。',
      '基于云边协同、量子计算等技术构建的 Deep Infrastructure 是下一代计算的基础。',
      '计算机硬件和软件资源组成了下一代计算的 Deep Infrastructure。',
      // A research firm cited as a source in every use; a person named twice.
      '据Synergy Research数据，今年前三季度，全球企业用于云基础设施建设的支出总额达2520亿美元。',
      '根据市场咨询机构Synergy Research在11月发布的报告，新冠疫情驱使企业从“预置设施”向云服务转移。',
      'Synergy Research统计，2020年第三季度，全球企业用于云基础设施及云服务的支出达到650亿美元。',
      'FaceBook人工智能实验室主任 Yann LeCun 教授也将无监督学习称为下一个 AI 前沿。',
      '他的观点遭到了图灵奖得主 Yann LeCun 的反对。',
    ];
    // `Deep Service`, written once, is a phrase of the moment (the judges of seed 1796527042; round 26).
    assert.deepEqual(englishNames(sentences, known, new Set()), ['JD Chain', 'Deep Infrastructure']);
    for (const name of ['Deep Tech', 'Deep Purposes', 'Deep Infrastructure', 'JD Chain']) assert.ok(termNamed(name), name);
    assert.ok(!committedSnapshot().terms.some((term) => term.term === 'Deep Service'));
    assert.ok(termNamed('Deep Tech').aliases.includes('深度技术'));
    // The gloss `Deep Connectivity (深度链接)` joins the term found in Chinese elsewhere; `深度数据` and `Deep Data` name each
    // other and stay one term.
    assert.ok(termNamed('深度连接').aliases.includes('深度链接'));
    assert.ok(termNamed('深度数据').aliases.includes('Deep Data'));
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['Synergy Research', 'Yann LeCun', 'Deep Connectivity', 'Deep Data', '深度链接']) assert.ok(!names.has(name), name);
  });

  it('takes a device named once in an enumeration: a word before a known device (康复机器人, 智能穿戴设备), not the first item nor software', () => {
    const known = new Set(['机器人', '医疗机器人', '穿戴设备', '中间件', '数据库', '云计算', '人工智能', '数据中心', '服务器']);
    const sentences = [
      '同时, 医疗机器人的作用也不断展现, 包括微创手术、药品运送、康复机器人等方面, 医疗机器人的出现使医生逐渐从执行者向决策者、监督者的角色转变。',
      // The last item runs on into the clause (`送货机器人开始走进…`) and is no item.
      '智能测温设备、消毒机器人、送货机器人开始走进大众视野。',
      // Software heads make phrases (集成中间件, 产业数据库); the first item may hold its verb (凭借云计算); two known
      // names written together are both hovered (数据中心服务器).
      '包括传输接口、集成中间件、仿真系统等。',
      '包括特色产业数据采集、产业数据库、产业数据监管、服务三部分。',
      '凭借云计算、人工智能、数据中心服务器等。',
    ];
    assert.deepEqual(enumeratedDevices(sentences, known, new Set()), ['康复机器人', '消毒机器人']);
    // (It also finds 智能穿戴设备, which round 25 takes for a phrase of 智能穿戴 and a device named once, see isPhraseOfHead.)
    for (const name of ['康复机器人', '消毒机器人', '客服机器人', '移动机器人', '仿人服务机器人']) assert.equal(termNamed(name).status, 'used', name);
    assert.equal(termNamed('康复机器人').definitions[0].quote, '同时, 医疗机器人的作用也不断展现, 包括微创手术、药品运送、康复机器人等方面, 医疗机器人的出现使医生逐渐从执行者向决策者、监督者的角色转变。');
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['集成中间件', '产业数据库', '数据中心服务器']) assert.ok(!names.has(name), name);
  });

  it('takes a Latin name used once before the kind of thing it names (DDR 内存, OLED屏幕, P2P 网络协议), not a field, a measure or a second word', () => {
    const sentences = [
      '4 片 DDR 内存裸片可以通过 3D 封装技术紧密的封装在一起形成 4 倍容量的内存颗粒。',
      '而新材料的匹配同样重要，因为基于目前OLED屏幕的特性，采用常规材料会影响到屏幕颜色的一体化。',
      '区块链作为可信数字供应链的连接器，集合了加密算法、P2P 网络协议、分布式一致性算法等计算机技术。',
      '平台使用的电子签名技术集成了可信时间戳和国家认证的 CA 证书。',
      // A field (医疗器械), a measure (14nm), the second word of a name (OPC UA), a company's product (钱包), a shouted word.
      '在我国，根据国家相关监督管理办法，NMPA 认证是 AI 医疗产品合法上市销售的必经阶段，目前 NMPA 医疗器械审批已有进展。',
      '第一代14nmFinFET技术进入量产，第二代技术进入小量试产。',
      '例如工业物联网领域正在推广的 OPC UA 协议。',
      '基于蚂蚁区块链的跨境汇款服务首创性地打通了香港AlipayHK钱包与菲律宾Gcash钱包。',
      'WHITE PAPER 2021',
    ];
    assert.deepEqual(latinBeforeKind(sentences, new Set(['3D']), new Set()), ['DDR', 'OLED', 'P2P', 'CA']);
    for (const name of ['DDR', 'OLED', 'P2P', 'EDA', 'OBD', 'CA']) assert.equal(termNamed(name).status, 'used', name);
    // TWS the reports write only in TWS耳机, a name of the glossary of the field, which is the term there.
    assert.equal(termNamed('TWS耳机').status, 'used');
    // IC too, now an alias of 集成电路 (the glossary of the field names them one).
    assert.ok(termNamed('集成电路').aliases.includes('IC'));
    // Not before a medical image (`新冠疑似案例CT影像`): a modality of medicine, out of the field (twelfth round).
    assert.deepEqual(latinBeforeKind(['最新AI算法诊断技术可在20秒内对新冠疑似案例CT影像做出判读，分析结果准确率达到96%；'], new Set(['AI']), new Set()), []);
    assert.ok(!committedSnapshot().terms.some((term) => term.term === 'CT'));
    assert.equal(termNamed('P2P').definitions[0].quote, '区块链作为可信数字供应链的连接器，集合了加密算法、P2P 网络协议、分布式一致性算法等计算机技术，保障数据可信赖地在供应链中流动、验证，服务于数据流动与网络优化，实现透明化、真实的数字治理。');
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['NMPA', '14nmFinFET', 'UA', 'AlipayHK', 'WHITE', 'PAPER']) assert.ok(!names.has(name), name);
  });

  it('takes names ending in the head 手机 (智能手机, 5G手机), and through them the enumeration item 智能穿戴', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    const names = new Set(usedTermCandidates(sentences, new Set()));
    for (const name of ['智能手机', '5G手机']) assert.ok(names.has(name), name);
    assert.equal(termNamed('智能手机').status, 'used');
    assert.equal(termNamed('智能穿戴').status, 'used');
    assert.match(termNamed('智能穿戴').definitions[0].quote, /智能手机、智能网联汽车、智能穿戴/);
    // Not the bare head: 手机 alone is a common word.
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '手机'));
  });

  it('reads a pathological line of list items or English names in linear time (Latin lists, English names, devices, kinds)', () => {
    const known = new Set(['CPU', '机器人', 'Deep Data', 'Deep Tech']);
    const lines = ['CPU、'.repeat(50000) + 'GPU+', 'A1/'.repeat(50000) + 'x-', 'Deep Data Deep Tech '.repeat(20000), `包括${'康复机器人、'.repeat(40000)}等`];
    const started = Date.now();
    assert.deepEqual(latinListNames(lines, known, new Set()), ['A1']);
    // (One sentence: a family's name written once is no name since round 26.)
    assert.deepEqual(englishNames(lines, known, new Set()), []);
    assert.deepEqual(enumeratedDevices(lines, known, new Set()), ['康复机器人']);
    assert.deepEqual(latinBeforeKind(['DDR 内存、'.repeat(40000), 'A1 B2 '.repeat(40000)], known, new Set()), ['DDR']);
    // About 0.2 s on a loaded two-core machine; a quadratic pass would take minutes.
    assert.ok(Date.now() - started < 10000, `${Date.now() - started} ms`);
  });

  it('takes a property named with an affix of ability (可解释性, 高可用性), not any name ending in 性', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    const names = new Set(usedTermCandidates(sentences, new Set()));
    for (const name of ['可解释性', '可扩展性', '高可用性']) assert.ok(names.has(name), name);
    for (const phrase of ['硬件复杂性', '人机柔性']) assert.ok(!names.has(phrase), phrase);
    assert.match(termNamed('可解释性').definitions[0].quote, /^当前深度学习被广为诟病的是其决策过程中的不透明和不可解释性，因此，可解释性也是/);
  });

  it('finds names with the heads recall samples missed (数据融合, 智能客服, 数字化转型), 私有云, not a clause (实体经济深度融合)', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['数据融合', '智能客服', '信息孤岛', '数字存证', '独立组网', '低时延', '知识库']) assert.ok(named(names, name), name);
    assert.ok(!names.has('实体经济深度融合'));
    // The 有 of an adjective is no particle: 私有云, 专有云 (seed 50417 missed 数字化转型 and the clouds).
    for (const name of ['私有云', '专有云', '数字化转型']) assert.ok(names.has(name), name);
    // Its first hover is a use; since the glossary gives it the Taiwan word 數位轉型, whose mainland wording is 数字转型, the
    // sentence of the 新基建 definition naming 数字转型 comes first.
    assert.ok(termNamed('数字化转型').definitions.some((definition) => definition.quote === '阿里商业操作系统为各类企业所提供的不仅仅是解决局部问题的工具，而是关于数字化转型的系统性、全面性的赋能。'));
    assert.equal(termNamed('数字化转型').status, 'used');
    // `非独立组网` negates the word: the first hover is a sentence that uses 独立组网 itself.
    assert.equal(termNamed('独立组网').definitions[0].quote, '中国5G采用了独立组网、非独立组网的混合组网方式，目标网络是5G SA网络，兼顾了投资成本和网络功能。');
    assert.equal(termNamed('智能客服').definitions[0].quote, '在应用层面上，如智能客服、智能营销、旅游咨询、医疗问诊等场景，可以提供接近于行业专家水准的拟人化服务。');
  });

  it('takes a Latin name glued before Han characters as one word (5G基站, AI芯片)', () => {
    const sentences = [...cleanedReports().values()].flatMap((report) => report.sentences.map((sentence) => sentence.text));
    const names = new Set(usedTermCandidates(sentences, new Set()));
    for (const name of ['5G基站', 'AI芯片']) assert.ok(names.has(name), name);
    assert.ok(termNamed('5G基站').occurrences.length >= 10);
  });

  it('lets a suppressed common word begin a term (服务 → 服务器, 产业 → 产业集群), but not an organisation (京东 → 京东健康)', () => {
    assert.ok(termNamed('服务器'));
    assert.ok(termNamed('产业集群'));
    assert.ok(termNamed('产业数字化'));
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['京东健康', '中移物联网', '旷视科技']) assert.ok(!names.has(name), name);
  });

  it('stop-lists generic modifiers and organisations (先进技术, 新技术, 银行卡检测中心)', () => {
    const names = new Set(committedSnapshot().terms.flatMap((term) => [term.term, ...term.aliases]));
    for (const generic of ['先进技术', '尖端科技', '前沿技术', '新技术', '计算技术', '银行卡检测中心']) assert.ok(!names.has(generic), generic);
    // `全栈式 (Full Stack)、全频段 (Full Spectrum)、全场景 (Full Services)、全生态 (Full Ecosystem)`: the reach of an offer.
    for (const scope of ['全栈式', '全频段', '全场景', '全生态']) assert.ok(!names.has(scope), scope);
    // `全市公共数据资源开放系统（下称“开放系统”）`: one article's short name, not a term.
    assert.ok(!names.has('开放系统'));
  });

  it('says in the hover that the reports only use the term, and how often each report does', () => {
    const library = new Library(committedSnapshot());
    const labels = { line: (line: number) => `line ${line}`, notDefined: 'NOT DEFINED', onlyUsed: 'ONLY USED', usedIn: (counts: string) => `USED IN ${counts}`, relatedTerms: 'RELATED', relatedFigures: 'figures', insertCitation: 'c', insertQuote: 'q', openSource: 'o', revealInSidebar: 'r', sameFigureElsewhere: (count: number) => `${count}` } satisfies HoverLabels;
    const commands = { insertCitation: 'a', insertQuote: 'b', openSource: 'c', reveal: 'd' };
    const used = termHover(library, termNamed('工业互联网'), 0, labels, commands);
    assert.ok(used.includes('ONLY USED'));
    assert.match(used, /USED IN .*×\d+/);
    assert.ok(!/NOT DEFINED|ONLY USED/.test(termHover(library, termNamed('区块链'), 0, labels, commands)));
    // `联盟链通过…实现多中心化`: explains how it works, and the hover says it is not a definition (but not "only used").
    const explained = termHover(library, termNamed('联盟链'), 0, labels, commands);
    assert.equal(termNamed('联盟链').status, 'explained');
    assert.ok(explained.includes('NOT DEFINED') && !explained.includes('USED IN'));
  });
});

describe('terms: the tenth round (definitions and explanations mid-sentence)', () => {
  it('reads `X阶段，即…` as a definition of X: the stage is the term\'s, `即` says what it is (场景孪生)', () => {
    const none = new Vocabulary([], []);
    assert.ok(definingScore('物联网行业将会逐渐进入场景孪生阶段,即各场景中的人、设备、流程在虚拟世界中进行连接', new Set(['场景孪生']), none) > 1);
    // `数字孪生的初级阶段，即…`: the stage of something said of the term is not the term.
    assert.equal(definingScore('物联网行业依然处于数字孪生的初级阶段,即发展设备孪生为主的阶段', new Set(['数字孪生']), none), 0);
    const twin = termNamed('场景孪生');
    assert.equal(twin.status, 'defined');
    assert.match(twin.definitions[0].quote, /进入场景孪生阶段，即各场景中的人、设备、流程在虚拟世界中进行连接/);
  });

  it('reads a quoted name then `即` as a definition, wherever it stands (女巫攻击), but not an ordinal item (“做宽”)', () => {
    assert.deepEqual(quotedDefinitions('如，在公有链系统中，通过“女巫攻击”即伪造多个节点与特定节点通讯的方式，可以攻击特定节点使其不能正常工作；'), ['女巫攻击']);
    // (所谓的“泛娱乐”，即…都将被重构 was read as a definition until round 33: a prediction, see 'terms: round 33 (precision)'.)
    // An ordinal item is a dimension of the report's plan, its slogan's word (the judges of seed 1796527042 counted 做长
    // wrong; round 26): 做宽, 做深, 做厚, 做长 and 做虚 are no terms.
    assert.deepEqual(quotedDefinitions('第一是“做宽”，即“国内 + 国际”的供应链体系；'), []);
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['做宽', '做深', '做厚', '做长', '做虚']) assert.ok(!names.has(name), name);
    // A count opening a plan's item, and `即可`, name nothing.
    assert.deepEqual(quotedDefinitions('总结为“5大关键突破”和“1个底板基础”，即点、网、流的“新基建”支撑体系'), []);
    assert.deepEqual(quotedDefinitions('打开“智臻链云签”即可查看合同'), []);
    assert.equal(termNamed('女巫攻击').status, 'defined');
    assert.equal(termNamed('女巫攻击').definitions[0].kind, 'explicit');
  });

  it('explains with a relative clause on how the subject works (`复用同一硬件实现不同计算构架的可重构计算成为了关键技术`)', () => {
    const reconfigurable = termNamed('可重构计算');
    assert.equal(reconfigurable.status, 'explained');
    assert.equal(reconfigurable.definitions[0].quote, '为解决这个问题,复用同一硬件实现不同计算构架的可重构计算成为了关键技术。');
    // Examples before the term (`以…为代表的`) say what it includes, not how it works: 新一代信息技术 stays a use.
    assert.equal(termNamed('新一代信息技术').status, 'used');
  });

  it('explains with a means opening the sentence, the term, then what is done to what (`通过知识库从多个维度对智能体的状态进行分析…`)', () => {
    const base = termNamed('知识库');
    assert.equal(base.status, 'explained');
    assert.match(base.definitions[0].quote, /^通过知识库从多个维度对智能体的状态进行分析/);
    // A subject of its own after the comma (`通过VR设备，远程工业机器人到达故障现场…`) is what acts: VR stays a use there.
    assert.ok(termNamed('虚拟现实').definitions.every((definition) => !definition.quote.startsWith('通过VR设备') || definition.kind === 'explanatory'));
  });

  it('does not take a term named only inside someone\'s quoted words for a definition (`马化腾称,“产业互联网是未来全新的大领域…`)', () => {
    const industrial = termNamed('产业互联网');
    for (const opening of ['阿里巴巴副总裁刘松认为:“', '在2019年全国两会上,马化腾称,“']) {
      assert.ok(industrial.definitions.every((definition) => !definition.quote.startsWith(opening) || definition.kind === 'explanatory'), opening);
    }
    // The report's own voice after someone's name (`黄奇帆解释说,所谓产业互联网就是…`, no quotation) still defines.
    assert.equal(industrial.definitions[0].kind, 'explicit');
  });

  it('does not explain with a business segment as the frame of a sentence', () => {
    // A segment as the frame of a sentence with a subject of its own (`在医药供应链版块，京东健康现拥有…`) explains nothing.
    assert.ok(termNamed('医药供应链').definitions.every((definition) => !definition.quote.startsWith('在医药供应链版块') || definition.kind === 'explanatory'));
  });

  it('explains with a later clause of no subject of its own naming the kind of thing the term is (`安全芯片的是可信平台模块，是一个…计算装置`)', () => {
    const chip = termNamed('安全芯片');
    assert.equal(chip.status, 'explained');
    assert.match(chip.definitions[0].quote, /^安全芯片的是可信平台模块，是一个可独立进行密钥生成、加解密的计算装置/);
    // `下一代计算的发展具有…，是一项…技术创新`: the category is the development's, not the term's.
    assert.ok(termNamed('下一代计算').definitions.every((definition) => !definition.quote.startsWith('下一代计算的发展具有') || definition.kind === 'explanatory'));
  });
});

describe('terms: the eleventh round (names the census found)', () => {
  it('reads 并 in 并行 and 并发 as part of a name, not the conjunction (`并行容错是将同一任务同时交由多个系统进行处理…`)', () => {
    assert.equal(hasParticle('并行容错'), false);
    assert.equal(hasParticle('并发处理'), false);
    assert.equal(hasParticle('并将数据'), true);
    const parallel = termNamed('并行容错');
    assert.equal(parallel.status, 'defined');
    assert.match(parallel.definitions[0].quote, /^并行容错是将同一任务同时交由多个系统进行处理并对结果进行比对/);
  });

  it('reads a name written with a space between Han and Latin characters as one subject (`时空 AI 是将深度学习等人工智能技术应用于时空数据…`)', () => {
    const spatial = termNamed('时空 AI');
    assert.equal(spatial.status, 'defined');
    assert.match(spatial.definitions[0].quote, /^时空 AI 是将深度学习等人工智能技术应用于时空数据，是专门针对时空数据设计的 AI 算法模块/);
  });

  it('takes a name that opens a sentence on what it does and is written three times in one paragraph (`3D 封装技术将若干个裸芯片层叠在一起…`)', () => {
    const packaging = termNamed('3D 封装技术');
    assert.equal(packaging.status, 'explained');
    assert.match(packaging.definitions[0].quote, /^3D 封装技术将若干个裸芯片层叠在一起，通过中间介质实现/);
    // The shorter name's first hover is then its own use, not the longer name's sentence.
    assert.ok(!termNamed('封装技术').definitions[0].quote.startsWith('3D 封装技术'));
  });

  it('explains with what the subject must do to what (`量子芯片需要将量子线路集成在基片上，进而承载量子信息处理的功能`)', () => {
    const chip = termNamed('量子芯片');
    assert.equal(chip.status, 'explained');
    assert.equal(chip.definitions[0].quote, '量子芯片需要将量子线路集成在基片上，进而承载量子信息处理的功能。');
  });

  it('explains with 借助, as with 通过 (`数智化社会物流供应链借助人工智能、自动驾驶技术与运筹学等研究成果…`)', () => {
    const chain = termNamed('数智化社会物流供应链');
    assert.equal(chain.status, 'explained');
    assert.match(chain.definitions[0].quote, /^数智化社会物流供应链借助人工智能、自动驾驶技术与运筹学等研究成果/);
    // 利用 stays out of the names it finds: `互联网平台利用大数据“割会员韭菜”事件…` is news, not what the platform is.
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '互联网平台'));
  });

  it('explains with a name closing its clause, then `，它可以…` (`支持用户手机拍照购物的拍照购，它可以有效地帮助客户提升商品搜索效率`)', () => {
    const photo = termNamed('拍照购');
    assert.equal(photo.status, 'explained');
    assert.match(photo.definitions[0].quote, /的拍照购，它可以有效地帮助客户提升商品搜索效率/);
    // (内容合规审核平台, explained by `…打造内容合规审核平台，它可以…`, is no term since round 33: see 'terms: round 33 (precision)'.)
    // After a setting (`针对内容生成，它可以…`), 它 is the sentence's topic (自然语言处理), not the name: 内容生成 (a
    // name the reports use, from the recall round) is not explained by it.
    const generation = termNamed('内容生成');
    assert.ok(generation.definitions.every((definition) => definition.kind === 'explanatory' || !definition.quote.startsWith('针对内容生成')));
    assert.equal(generation.status, 'used');
  });

  it('explains with what the term\'s hardware is made of (`物联网设备硬件主要由各种感知器件、控制器件和通信模组组成`)', () => {
    const device = termNamed('物联网设备');
    assert.equal(device.status, 'explained');
    assert.equal(device.definitions[0].quote, '物联网设备硬件主要由各种感知器件、控制器件和通信模组组成。');
  });

  it('reads past a gloss after a qualified subject (`区块链下的 ABS（资产证券化）可以实现底层资产的穿透…`), and since round 27 takes the term under another technique for its benefit, a use', () => {
    const abs = termNamed('资产证券化');
    // The judges of seed 1796528863: what blockchain brings to ABS, not what ABS is.
    assert.equal(abs.status, 'used');
    assert.match(abs.definitions[0].quote, /^区块链下的 ABS（资产证券化）可以实现底层资产的穿透/);
  });

  it('explains with the term as the way something is done, then what it does (`采用 SLAM (…) 的方式构建几何地图`)', () => {
    const slam = termNamed('SLAM');
    assert.equal(slam.status, 'explained');
    assert.match(slam.definitions[0].quote, /^定位与导航技术通常采用 SLAM \(Simultaneous Localization And Mapping\) 的方式构建几何地图/);
    // Since round 21p a firm's doing with it (`京东零售利用智能供应链的技术对3.3万个品牌…`) is an application: a use.
    assert.equal(termNamed('智能供应链').status, 'used');
  });

  it('reads a term after `，其中，` as opening its clause (`5D 将重构社会经济格局，其中，Deep Tech 通过基础设施、传感、通信、计算等…`)', () => {
    const tech = termNamed('Deep Tech');
    assert.equal(tech.status, 'explained');
    assert.match(tech.definitions[0].quote, /其中，Deep Tech 通过基础设施、传感、通信、计算等，保证数据有效、快速、完整的获取、传输和计算/);
  });

  it('explains with the parts that make up the term, named first (`…计算机硬件和软件资源组成了下一代计算的 Deep Infrastructure`)', () => {
    const infrastructure = termNamed('Deep Infrastructure');
    assert.equal(infrastructure.status, 'explained');
    assert.match(infrastructure.definitions[0].quote, /计算机硬件和软件资源组成了下一代计算的 Deep Infrastructure，/);
  });

  it('explains a Latin name with the kind of thing it is right before it, then what it does (`预训练语言模型 GPT-3，依据…，可以更好地答题…`)', () => {
    const gpt = termNamed('GPT-3');
    assert.equal(gpt.status, 'explained');
    assert.match(gpt.definitions[0].quote, /^在自然语言处理领域，最新提出的预训练语言模型 GPT-3，依据大量语料中词汇出现的统计概率/);
  });

  it('finds an enumerated item after a colon, then `即` (`…三个不同的层次：一是网络层，即底层点对点网络的安全。`), not defined by a risk at it', () => {
    const layer = termNamed('网络层');
    assert.equal(layer.definitions[0].quote, '区块链系统的安全问题可能发生在三个不同的层次：一是网络层，即底层点对点网络的安全。');
    // The 即 names what can go wrong at each layer, not what the layer is (read so by two judges of 4 December).
    const none = new Vocabulary([], []);
    for (const [sentence, name] of [['一是网络层，即底层点对点网络的安全。', '网络层'], ['三是智能合约层，即区块链上智能合约代码的漏洞，如以太坊 TheDAO 事件', '智能合约层']]) {
      assert.equal(definingScore(sentence.toLowerCase(), new Set([name.toLowerCase()]), none), 0, name);
      assert.equal(termNamed(name).status, 'used', name);
    }
    assert.ok(definingScore('主动感知即在视觉系统中加入反馈机制，使得机器在视觉感知时可以自主选择。', new Set(['主动感知']), none) > 1, 'a 即 that says what it is still defines');
  });

  it('explains with what the subject does to what and where it leaves it (`IoT 应用框架将物联网拆分成更小粒度的分片…`), not the future 将', () => {
    const framework = termNamed('IoT 应用框架');
    assert.equal(framework.status, 'explained');
    assert.match(framework.definitions[0].quote, /^IoT 应用框架将物联网拆分成更小粒度的分片/);
    // `智能技术将全面更新现有技术基础设施`, `事件驱动的流式计算将成为…`: what will happen, no term found by it.
    const names = committedSnapshot().terms.map((term) => term.term);
    for (const name of ['智能技术', '事件驱动的流式计算', '定向服务', '生产厂商']) assert.ok(!names.includes(name), name);
  });
});

describe('terms: the twelfth round (names reader b found, jd lines 1401–2825)', () => {
  it('explains with an adverb of manner before 将 and a result in 化为, after a clause on the difficulty faced (`…等难点，时空数据引擎创新性地将多源异构城市数据标准化为六种时空数据模型…`)', () => {
    const engine = termNamed('时空数据引擎');
    assert.equal(engine.status, 'explained');
    assert.match(engine.definitions[0].quote, /等难点，时空数据引擎创新性地将多源异构城市数据标准化为六种时空数据模型/);
  });

  it('explains with the way the subject provides what to whom (`城市入口以更落地、更具体、更实际、更统一的方式向人民、企业、政府提供一站式的政务、生活等服务`)', () => {
    const portal = termNamed('城市入口');
    assert.equal(portal.status, 'explained');
    assert.equal(portal.definitions[0].quote, '城市入口以更落地、更具体、更实际、更统一的方式向人民、企业、政府提供一站式的政务、生活等服务。');
  });

  it('names a term by where it is applied and by what means it works there (`图计算在风控反欺诈、反洗钱等领域的应用，可基于设备信息…洞察…`), a use since round 25', () => {
    // The judges after round 23 counted the sentence wrong as an explanation: it describes an application, not the thing.
    const graph = termNamed('图计算');
    assert.equal(graph.status, 'used');
    assert.match(graph.definitions[0].quote, /^图计算在风控反欺诈、反洗钱等领域的应用，可基于设备信息、环境信息、用户行为等信息洞察/);
  });

  it('takes a sentence whose every clause names another part of a coined framework for a role in it (`传感器将 Deep Data 传输到…，推动…Deep Connectivity。`)', () => {
    // The judges of seed 1796497493 counted this explanation wrong: it maps sensors onto JD's 5D (round 23).
    const sensor = termNamed('传感器');
    assert.equal(sensor.status, 'used');
    assert.equal(sensor.definitions[0].quote, '传感器将 Deep Data 传输到自主系统当中，推动环境信息与自主系统间的 Deep Connectivity。');
    assert.equal(sensor.definitions[0].kind, 'explanatory');
    // The term as the framework's part still explains. (`多中心化的区块链网络可以确保数据安全、…，实现可信的 Deep Tech。` did
    // too until round 26 took what it assures for a benefit.)
    assertExplainedBy('Deep Infrastructure', '下一代计算中基于云边协同、量子计算、类脑计算等技术构建的');
  });

  it('names a technique of something else opening a clause (`；区块链中的分布式账本技术可有效解决信息分散的问题…`), and takes how well it solves a problem for a benefit', () => {
    // The judges of seed 1796497493 counted this explanation wrong: `可有效解决…问题` says how much it helps (round 23).
    // 分布式账本技术 is an alias of 分布式账本, the glossary of the field's headword, whose hover shows the sentence as a use.
    const ledger = termNamed('分布式账本');
    assert.equal(ledger.status, 'used');
    assert.ok(ledger.aliases.includes('分布式账本技术'));
    const solving = ledger.definitions.find((definition) => definition.quote === '区块链中的分布式账本技术可有效解决信息分散的问题，完成实物和信息之间的投射，并保障信息的安全可靠。');
    assert.equal(solving?.kind, 'explanatory');
  });

  it('makes a name that nothing defines an alias of the same name with a generic head that the report defines (联邦数字网关 → `联邦数字网关技术，是一种…技术`)', () => {
    const gateway = termNamed('联邦数字网关技术');
    assert.equal(gateway.status, 'defined');
    assert.ok(gateway.aliases.includes('联邦数字网关'));
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '联邦数字网关'));
  });

  it('explains with whom the subject provides what for, after a setting clause (`基于…平台，“京东家医”为用户及家庭提供…家庭医生服务`)', () => {
    const doctor = termNamed('京东家医');
    assert.equal(doctor.status, 'explained');
    assert.match(doctor.definitions[0].quote, /^基于京东健康最值得信赖的专业医疗健康平台，“京东家医”为用户及家庭提供/);
  });

  it('explains a quoted coinage by how the thing it names comes about (`…导致大量高价值的医疗数据沉淀在各个医疗机构，成为“数据孤岛”`)', () => {
    const island = termNamed('数据孤岛');
    assert.equal(island.status, 'explained');
    assert.match(island.definitions[0].quote, /医疗数据沉淀在各个医疗机构，成为“数据孤岛”/);
  });

  it('takes a name opened by 全 when it ends in a head of the field (`全渠道供应链借助智能履约决策大脑，打通门店库存…`)', () => {
    const omni = termNamed('全渠道供应链');
    assert.equal(omni.status, 'explained');
    assert.match(omni.definitions[0].quote, /^全渠道供应链借助智能履约决策大脑，打通门店库存/);
    // A short one says how far an offer reaches: `全生态 (Full Ecosystem)`, 全场景; unless the report says what it is
    // (`全链路则是…`, the seventeenth round).
    const wholeReach = committedSnapshot().terms.filter((term) => /^全\p{Script=Han}{2}$/u.test(term.term));
    assert.ok(wholeReach.every((term) => term.definitions.some((definition) => definition.quote.startsWith(`${term.term}则是`) || definition.quote.startsWith(`${term.term}是`))));
  });

  it('explains an example named after `，如` by the means that follow (`…用于非临床场景，如手术模拟，通过事先对数字虚拟病人的手术模拟，判断…`)', () => {
    const simulation = termNamed('手术模拟');
    assert.equal(simulation.status, 'explained');
    assert.match(simulation.definitions[0].quote, /如手术模拟，通过事先对数字虚拟病人的手术模拟，判断真实患者的手术结果/);
  });

  it('explains by the next sentence when its 它 is the subject of the sentence before (`融合导航定位被认为…的发展方向。它通过构建一个…软硬件综合系统…`)', () => {
    const fused = termNamed('融合导航定位');
    assert.equal(fused.status, 'explained');
    // One quote of both sentences: the term, then what 它 does.
    assert.match(fused.definitions[0].quote, /^融合导航定位被认为定位导航技术的发展方向。它通过构建一个容错性强、可重构的软硬件综合系统/);
  });

  it('shows the second of two parallel clauses on what each subject provides (`5G通信技术为…提供丰富数据来源，单车智能为其智能决策提供算力支持`)', () => {
    const vehicle = termNamed('单车智能');
    // Since round 27 a use: each clause gives its subject's role in one system, not what it is.
    assert.equal(vehicle.status, 'used');
    assert.match(vehicle.definitions[0].quote, /，单车智能为其智能决策提供算力支持/);
    });
});

describe('terms: the twelfth round (a benefit is no explanation; terms of other fields)', () => {
  const notExplainedBy = (name: string, opening: string): boolean =>
    termNamed(name).definitions.every((definition) => !definition.quote.startsWith(opening) || definition.kind === 'explanatory');

  it('takes a benefit, an aim, an effect or a kind of trade for a use, not an explanation', () => {
    const praised: [string, string][] = [
      // A benefit: an improvement verb and a measure of performance.
      ['5G', '5G能够大大提升大大在远程的条件下运行、维护效率，降低成本。'],
      ['5G', '5G为农业、制造业、医疗等各行各业的应用提供了很好的基础。'],
      ['AGV', '而 AGV (Automated Guided Vehicle) 自主搬运机器人可以大幅度的提升搬运、仓储环节的效率。'],
      // An effect, a role without 的, what kind of trade or order it is, that it changed.
      ['互联网', '互联网让跨越企业边界的大规模协作成为了可能。'],
      ['半导体', '半导体作为关键核心技术支撑，“新基建”带来的大量新增需求'],
      ['智能经济', '智能经济是一个多元参与的生态化文明'],
      ['智能零售', '智能零售在业态演变、数据运用、场景重塑、营销链路、供应链融合等多个方面进行了革新'],
    ];
    for (const [name, opening] of praised) assert.ok(notExplainedBy(name, opening), `${name}: ${opening}`);
    // A system managing the term's thing is what the sentence explains; a label under `…物流特征` whose paragraph says it of
    // logistics explains logistics' trait.
    assert.ok(notExplainedBy('智能园区', '京东智能园区管理系统，以先进的人工智能技术为核心'));
    assert.equal(termNamed('智能园区').status, 'used');
    // Its first use is one where it stands as itself (the twenty-first round), not a use inside either longer name.
    assert.ok(!/5G智能园区解决方案|智能园区管理系统/.test(termNamed('智能园区').definitions[0].quote));
    assert.equal(termNamed('智能化').status, 'used');
    assert.equal(termNamed('数字化').status, 'used');
    // A bracket of a few Han characters after the term narrows it (`智慧园区（仓外）`), it is no gloss: no bonus to come first.
    assert.ok(!termNamed('智能园区').definitions[0].quote.includes('智慧园区（仓外）'));
    // A paragraph opening `会议指出，…` goes on in the meeting's words: not the report's explanation of 替代数据.
    assert.ok(notExplainedBy('替代数据', '利用替代数据为金融和经济活动提供信用管理服务'));
    assert.equal(termNamed('替代数据').status, 'used');
    // `吴志强分析，…` opens a paragraph in his words: `而智慧治理，是基于…来支撑和迭代，完成历史性跨越。` is his analysis.
    assert.ok(notExplainedBy('智慧治理', '而智慧治理，是基于大数据'));
    assert.equal(termNamed('智慧治理').status, 'used');
    // The publisher's own view stays the report's voice (`京东认为，金融科技的核心理念在于…`).
    assert.equal(termNamed('金融科技').status, 'explained');
    assert.equal(termNamed('电子地图').definitions[0].quote, '传统的电子地图功能简单，只提供道路级别的数据，在最优路径规划方面主要面向驾驶员，不便机器理解。');
    // (智能经济 is explained by its architecture, `智能经济的五层架构包括：…`: see the nineteenth round.)
    for (const name of ['半导体', '下一代计算']) assert.equal(termNamed(name).status, 'used', name);
    // `5G将以全新的网络架构，提供…峰值速率…`: by what architecture it will provide what — an explanation (the benefits above
    // stay uses); `将以…为契机` is no means.
    assert.equal(termNamed('5G').status, 'explained');
    assert.equal(termNamed('5G').definitions[0].kind, 'explanation');
    assert.match(termNamed('5G').definitions[0].quote, /^5G将以全新的网络架构，提供/);
    // A real explanation, where there is one, comes first.
    assert.equal(termNamed('互联网').definitions[0].quote, '互联网解决人与人连接的问题，发展出一个全新的虚拟数字网络。');
    assert.equal(termNamed('智能零售').definitions[0].quote, '传统零售以商品消费为主，而智能零售则是以零售服务为主。');
    assert.match(termNamed('JD Chain').definitions[0].quote, /^JD Chain是具有完全自主知识产权的企业级区块链底层引擎/);
    // Praise and rank are no definition: `…的最优范式`, `是国内首批…的平台型互联网医院之一` (found on the fresh sample
    // seed 1796406676, so measured where tuned); so is `言犀`'s `…的最佳实践，是业界领先的…平台级产品` (sixteenth round).
    // (数据+算力+算法 is explained by `从根本上说，“数据+算力+算法”提供了一种服务，历经…四个阶段…`: see issue #11's explanations.)
    assert.ok(notExplainedBy('数据+算力+算法', '数据+算力+算法是企业科学、高效和精准地进行资源配置的最优范式'));
    assert.equal(termNamed('京东互联网医院').status, 'used');
    // A sentence cut where the report breaks a line (no closing punctuation) ranks below whole ones.
    assert.equal(termNamed('上云').definitions[0].quote, '因此，他指出，“上云”几乎是每个公司的需求，创业公司更是目前“上云”的积极响应者。');
    // (Its first hover is `计算力就是生产力`, a use, since the glossary names 计算力 its alias: see the slogan's test below.)
    assert.ok(termNamed('算力').definitions.some((definition) => definition.quote === '当系统能够利用数据、算法、算力，无需借助人的判断，才实现最终的智能决策。'));
    // Doing something, and then a benefit, stays an explanation.
    assert.equal(termNamed('边缘智能').definitions[0].quote, '边缘智能可以实现自主决策和信息共享，大幅提升系统的鲁棒性。');
    assert.equal(termNamed('边缘智能').status, 'explained');
  });

  it('keeps out a name only used that ends in a trade or good of another field, unless a word of the field qualifies it', () => {
    for (const name of ['生物医药', '高端医疗器械', '公共卫生', '蛋白质组学', '消费贷款', '小微贷款', '个人征信', '普惠金融', '底层资产', '科创板', '高端装备', '工程机械', '新材料', '物流配送', '物流园区', '基因检测', '个人健康检测', '信用评估']) {
      assert.ok(outsideField(name), name);
      assert.ok(!committedSnapshot().terms.some((term) => term.term === name), name);
    }
    for (const name of ['智能医疗', '互联网医疗', '互联网金融', '供应链金融', 'AI 辅助诊疗', '智能配送', '智能园区', '人工智能', '物联网']) assert.ok(!outsideField(name), name);
    // Only a name the reports merely use is kept out: 二代征信 and 精准医疗, explained, stay.
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['互联网金融', '供应链金融', '智能配送', '二代征信', '精准医疗']) assert.ok(names.has(name), name);
  });
});

describe('terms: families and ranking', () => {
  it('ranks a Latin name qualified by a Han word before it with the glued uses (`工业APP`)', () => {
    assert.ok(!termNamed('APP').definitions[0].quote.includes('工业APP'));
    // Not after a verb that begins no word (`搭载AliOS`), nor after 中国 (`中国IC企业`).
    assert.match(termNamed('AliOS').definitions[0].quote, /搭载AliOS/);
    // (IC, whose first hover was `中国IC企业…`, is an alias of 集成电路 since the glossary of the field names them one.)
  });

  it('does not take the bracket of an enumerated item for an explanation (`…、uRLLC（超可靠、低时延通信）。`)', () => {
    const first = termNamed('uRLLC').definitions[0];
    assert.equal(first.quote, 'uRLLC主要是面向低延时、高可靠的应用场景。');
    assert.ok(termNamed('uRLLC').definitions.every((definition) => !definition.quote.startsWith('在国际标准化组织3GPP定义的5G三大场景') || definition.kind === 'explanatory'));
    // A bracket after a term standing alone still explains it.
    assert.equal(termNamed('不可能三角').definitions[0].quote, '如何突破区块链的“不可能三角”（兼顾扩展性、安全性和去中心化），是区块链产业发展需突破的瓶颈问题。');
  });

  it('relates terms of one family (数字孪生 ⇄ 设备孪生)', () => {
    assert.ok(termNamed('数字孪生').related?.includes('term:设备孪生'));
    assert.ok(termNamed('设备孪生').related?.includes('term:数字孪生'));
  });

  it('ranks a definition above a characterisation or slogan (算力就是生产力, 5G是…的利器)', () => {
    // `计算力就是生产力` (a speaker's slogan with 计算力, the glossary's alias) is a use of it, never its definition.
    assert.ok(termNamed('算力').definitions.every((definition) => !/就是生产力/.test(definition.quote) || definition.kind === 'explanatory'));
    assert.ok(!/利器/.test(termNamed('5G').definitions[0].quote));
    assert.notEqual(termNamed('算力').definitions[0].kind, 'explicit');
    // `云计算是智能经济的基础设施`: says what it is for, not what it is.
    assert.ok(termNamed('云计算').definitions.every((definition) => definition.kind !== 'explicit' || !definition.quote.startsWith('云计算是智能经济的基础设施')));
  });

  it('keeps curation small: terms.include under 10 % of the terms', () => {
    // 28 curated names (data/curation.yaml) among all the terms of the snapshot.
    assert.ok(28 / committedSnapshot().terms.length < 0.1);
  });
});

describe('terms: explanations of the fourteenth round', () => {
  it('reads the first half of a correlative pair between the subject and what it does (`量子云计算一方面实现…`, `智能产品既包括…`)', () => {
    const cloud = termNamed('量子云计算');
    assert.equal(cloud.status, 'explained');
    assert.match(cloud.definitions[0].quote, /^量子云计算一方面实现对稀缺量子计算资源的充分共享，另一方面依托现有云计算模式/);
    assert.match(termNamed('智能产品').definitions[0].quote, /^智能产品既包括数控机床、工业机器人等智能装备，也包括/);
    // Not what the subject makes others do (`消费贷款一方面使得居民消费自由度提升…`) nor what it should do (`未来零售行业不仅需要关注…`).
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    assert.ok(!names.has('消费贷款') && !names.has('零售行业'));
  });

  it('takes a name of a technique, a system or a platform opening a sentence on what it does or is, written once (`脑机交互技术借助…`, `传统编译技术是…`)', () => {
    for (const [name, opening] of [
      ['脑机交互技术', '脑机交互技术借助人的逻辑思维、形象思维发展各类型智能体'],
    ]) {
      assertExplainedBy(name, opening);
    }
    // (Nor, since round 26, a term's platform written once, `智能零售平台通过对销售数据的总结分析…`: a phrase of 智能零售 + 平台.)
    // Or on what it is (`传统编译技术是针对通用计算构架、固定指令集及目标处理器的编译。`).
    const compiling = termNamed('传统编译技术');
    assert.equal(compiling.status, 'defined');
    assert.equal(compiling.definitions[0].quote, '传统编译技术是针对通用计算构架、固定指令集及目标处理器的编译。');
    // After `例如，` as after `目前，` (`例如，医疗机器人可以在特定场景上替代或辅助医生工作`). Not an example going on to what
    // the term adds besides (`例如自主化装备不仅可以连续多班工作…，还可以…`: its advantages; round 26).
    assertExplainedBy('医疗机器人', '例如，医疗机器人可以在特定场景上替代或辅助医生工作');
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '自主化装备'));
    // Another ending, written once, is as often a cut at the wrong place: `并行容错常用于关键部件…` names no 并行容错常.
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '并行容错常' || term.term === '精密传感技术作'));
  });

  it('explains a label naming a system or a centre by its paragraph on what the thing works by, with no subject of its own (`监测预警系统：基于…`)', () => {
    assert.ok(labelsThingByMeans('监测预警系统', '基于跨部门的数据融合，以时空大数据算法为核心，结合京东城市丰富的应用模型库，'));
    assert.ok(labelsThingByMeans('数据管理中心', '依据雄安智能城市数据标准，编目雄安信息资源、数万资源项，实现精细化的数据治理。'));
    // A label that is a finding or a phrase, or a paragraph opening with a subject of its own, names nothing here.
    assert.ok(!labelsThingByMeans('性能问题', '基于现有的硬件，计算效率难以提升。'));
    assert.ok(!labelsThingByMeans('数据服务中心', '块数据平台提供了上百数据服务接口，'));
    // The labels the reports write so all name parts of one product (`5.1.4 京东市域治理现代化平台`, `5.3.1 雄安新区块数据平台`):
    // no terms since round 21p (see its tests).
  });

  it('defines what a verb of reaching takes as its object, then `，即…` (`…实现拟人化，即在语音识别与合成…具备类似于或接近于人类的能力`)', () => {
    const humanlike = termNamed('拟人化');
    assert.equal(humanlike.status, 'defined');
    assert.match(humanlike.definitions[0].quote, /实现拟人化，即在语音识别与合成、视觉理解、情感理解/);
    // A stage reached is its name's (`进入场景孪生阶段，即…` still defines 场景孪生, and makes no term of 场景孪生阶段).
    assert.equal(termNamed('场景孪生').status, 'defined');
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '场景孪生阶段'));
  });

  it('explains with what the subject helps whom do (`品牌资产数据可以帮助品牌商衡量…`, `3D 生物打印技术可以帮助医生打印…`)', () => {
    for (const [name, opening] of [
      ['品牌资产数据', '品牌资产数据可以帮助品牌商衡量自身品牌的溢价能力及品牌的转化能力'],
      ['3D 生物打印技术', '3D 生物打印技术可以帮助医生打印金属植入物，甚至人体器官；'],
    ]) {
      assertExplainedBy(name, opening);
    }
    // A common word before an empty head is a phrase however it opens a sentence (`商品数据可帮助…`: 商品 is written a hundred times).
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '商品数据'));
  });

  it('explains with what the subject mainly applies (`目前无人超市主要应用 RFID 技术方便消费者进行自助结算`), not where it is applied', () => {
    const store = termNamed('无人超市');
    assert.equal(store.status, 'explained');
    assert.match(store.definitions[0].quote, /^目前无人超市主要应用 RFID 技术方便消费者进行自助结算/);
    // `目前，自主系统主要应用于无人机…` says where, and finds no name (`自主系统主要应`).
    assert.ok(!committedSnapshot().terms.some((term) => term.term.startsWith('自主系统主要')));
  });

  it('explains the items of an enumeration that share the last item\'s head (`半监督、无监督和强化学习可以…`: 半监督学习, 无监督学习)', () => {
    for (const name of ['半监督学习', '无监督学习']) {
      const term = termNamed(name);
      assert.equal(term.status, 'explained', name);
      assert.match(term.definitions[0].quote, /^半监督、无监督和强化学习可以部分依赖或者完全不依赖于任何标签，通过对大量数据内在特征的挖掘/, name);
    }
  });
});

describe('terms: explanations of the fifteenth round', () => {
  it('explains a stage opening a sentence by what happens in it or what it is rather than what it is not (`人机融合阶段并不是…，而是…`)', () => {
    for (const [name, opening] of [
      ['人机融合', '人机融合阶段并不是机器取代人类，而是人类通过与机器融合变成“超人类”'],
      ['人机协作', '人机协作阶段，机器与人进行互补，'],
    ]) {
      assertExplainedBy(name, opening);
    }
    // The stage's head stays off the name: no 人机融合阶段.
    assert.ok(!committedSnapshot().terms.some((term) => term.term.endsWith('阶段')));
  });

  it('explains each item of an enumeration of one kind of technique said to be of a category (`遗传算法、蚁群算法、粒子群算法是…的调度算法`)', () => {
    assert.deepEqual(listedKinds('遗传算法、蚁群算法、粒子群算法是常用的调度算法。'), ['遗传算法', '蚁群算法', '粒子群算法']);
    // Items of different heads, or a list of properties said to be a cause, are no kinds of one category.
    assert.deepEqual(listedKinds('稳定性、扩展性、低速率等问题是无线连接规模在工业领域扩展缓慢的主要原因。'), []);
    assert.deepEqual(listedKinds('边缘计算、联邦学习是新兴的技术。'), []);
    // (Rated, `…是目前表现比较优异的调度算法`, the items are only used: see the nineteenth round.)
  });

  it('defines a name by what it is built with and makes (`VR商城是采用VR技术生成可交互的三维购物环境`), written once', () => {
    const mall = termNamed('VR商城');
    assert.equal(mall.status, 'defined');
    assert.equal(mall.definitions[0].quote, 'VR商城是采用VR技术生成可交互的三维购物环境。');
    // A bare `是` on something else stays a use: `4G是对3G通信的直接提升` defines no 4G.
    assert.equal(termNamed('4G').status, 'used');
  });

  it('explains a system by the two duties of a correlative pair (`调度系统不但要调度计算任务还要配置计算资源`)', () => {
    const scheduler = termNamed('调度系统');
    assert.equal(scheduler.status, 'explained');
    assert.equal(scheduler.definitions[0].quote, '调度系统不但要调度计算任务还要配置计算资源。');
    // What a trade should heed (`未来零售行业不仅需要关注算法技术的进步，同样需要…`) names no term: only a technique's name is read.
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '零售行业'));
  });

  it('takes scheduling (…调度) as a head of a technique, written once (`系统部署调度需要将一个计算任务…分配传输到恰当的计算平台上`)', () => {
    const deployment = termNamed('系统部署调度');
    assert.equal(deployment.status, 'explained');
    assert.match(deployment.definitions[0].quote, /^系统部署调度需要将一个计算任务（包括数据与算法）分配传输到恰当的计算平台上/);
  });

  it('explains a technique named as the means of a sentence with no subject, then what is achieved with it (`通过边缘软件实现…`, `基于高维风险模型，实现…`)', () => {
    for (const [name, opening] of [
      ['边缘软件', '通过边缘软件实现工业硬件、工业以太网、工业总线的间接接入和数据采集'],
      ['高维风险模型', '基于高维风险模型，实现客群识别和用户分层'],
    ]) {
      assertExplainedBy(name, opening);
    }
    // Not a name of another kind (`通过联结消费者的生活场景实现购物体验的大幅提高`: a phrase), nor a means of someone's (`基于用户群体需求与业务场景，…`).
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    assert.ok(!names.has('联结消费者的生活场景') && !names.has('用户群体需求与业务场景'));
  });

  it('explains a name said to be one of a kind of product or platform, then what it provides (`数据直通车作为一站式全域数据汇聚平台,提供…`)', () => {
    for (const [name, opening] of [
      // After a clause setting the problem it answers.
      ['数据直通车', '针对城市数据汇聚困难、传统共享交换平台数据采集和汇聚效率低等问题,数据直通车作为一站式全域数据汇聚平台,提供各类数据采集接口和通道'],
      // A Latin name, longer than a Chinese one.
      ['JD Cloud Mesh', 'JD Cloud Mesh作为面向混合云以及多云场景提供的一整套产品,将基础设施'],
    ]) {
      assertExplainedBy(name, opening);
    }
    // A role (`云计算作为新基建的重要组成部分，…`, `半导体作为关键核心技术支撑，…`) is no kind of thing: 半导体 stays a use.
    assert.equal(termNamed('半导体').status, 'used');
  });
});

describe('terms: the sixteenth round (ratings, uses inside names, a firm\'s business, make-up)', () => {
  it('does not define a term by a rating with a bare genus (`表面码是纠错效果比较好的一种技术`, `…是业界领先的…平台级产品`)', () => {
    const none = new Vocabulary([], []);
    assert.equal(definingScore('表面码是纠错效果比较好的一种技术。', new Set(['表面码']), none), 1);
    // `“言犀”是…的最佳实践，是业界领先的…平台级产品` is no definition: the sentence before, on what it is and does, comes first.
    assert.ok(termNamed('言犀').definitions.every((definition) => !/是业界领先/.test(definition.quote) || definition.kind === 'explanatory'));
    // Nor by a rating with a genus of its own (`表现比较优异的调度算法`, the nineteenth round's judges).
    assert.equal(termNamed('粒子群算法').status, 'used');
    // `区块链是一种分布式分类账。`: a genus, no rating, still defines.
    assert.ok(definingScore('区块链是一种分布式分类账。', new Set(['区块链']), none) > 1);
  });

  it('does not explain a term by its traits, what it rests on and that it is the vogue (`云原生具有…优势，以…为技术基底，是…的未来“潮流”`)', () => {
    const cloudNative = termNamed('云原生');
    assert.equal(cloudNative.status, 'used');
    assert.match(cloudNative.definitions[0].quote, /^云原生具有普遍可访问/);
  });

  it('ranks a use inside a place\'s or project\'s name below the uses of the term as itself (`中国长城智能制造（山西）基地`, `市域治理现代化平台`)', () => {
    for (const [name, inName] of [
      ['智能制造', '智能制造（山西）基地'],
      ['智能制造', '智能制造流水线'],
      ['市域治理', '市域治理现代化平台'],
    ]) {
      assert.ok(!termNamed(name).definitions[0].quote.includes(inName), name);
    }
  });

  it('takes an organisation\'s own kind of the thing or a segment of its business for a use (`京东“C2M 智能工厂”通过…`, `“智慧医疗”版块则主要服务于…`)', () => {
    // The firm's own kind explains nothing; since the twenty-first round it is not the first use either (`以创建“智能工厂”`).
    assert.equal(termNamed('智能工厂').status, 'used');
    // Since round 21p a segment's name (`“智慧医疗”版块`, `互联网医疗版块`) is not the first use either: a use as itself is.
    for (const [name, opening] of [
      ['智能医疗', '“智慧医疗”版块则主要服务于医院和政府部门'],
      ['互联网医疗', '互联网医疗版块主要围绕患者需求'],
    ]) {
      const term = termNamed(name);
      assert.equal(term.status, 'used', name);
      assert.ok(!term.definitions[0].quote.startsWith(opening), name);
    }
  });

  it('explains a term by what its basic units are like (`神经网络的基本单元相对单一，…`)', () => {
    assertExplainedBy('神经网络', '神经网络的基本单元相对单一，基本单元之间的连接关系也有相对固定的模式');
  });

  it('explains a product by the kind of thing someone made it and what it does (`成功打造了智能人机产品“言犀”，实现…`)', () => {
    assertExplainedBy('言犀', '京东致力于发展智能人机交互技术，成功打造了智能人机产品“言犀”，实现人机交互与人机协同多模式服务');
  });
});

describe('terms: the seventeenth round (categories, the next sentence going on with the subject, quoted parts, 全 + two characters)', () => {
  it('explains a term said to belong to a category (`…，因此全栈编译也属于软硬件协同设计的范畴`), though it opens with 全', () => {
    assertExplainedBy('全栈编译', '全栈编译使得开发者在设计软件的同时也设计了硬件，因此全栈编译也属于软硬件协同设计的范畴');
    // 全 before two characters still says how far an offer reaches (`全栈式 (Full Stack)、…、全场景 (Full Services)`).
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '全场景' || term.term === '全栈式'));
  });

  it('explains a term with the next sentence when it opens, with no subject, with the action the term names (`…。融合视觉、语音、文本等…`)', () => {
    const fusion = termNamed('多模态知识融合');
    assert.equal(fusion.status, 'explained');
    assert.match(fusion.definitions[0].quote, /^多模态知识融合是人工智能的关键技术，[^。]+。融合视觉、语音、文本等多模态信息对场景问题建模，/);
  });

  it('counts a name written with a quoted part as the name (`“智臻链云签”电子合同平台是…的企业级电子签约解决方案`)', () => {
    const platform = termNamed('智臻链云签电子合同平台');
    assert.equal(platform.status, 'defined');
    assert.ok(platform.definitions[0].quote.startsWith('“智臻链云签”电子合同平台是基于区块链底层技术的企业级电子签约解决方案'));
    assert.ok(platform.occurrences.length >= 1);
  });

  it('explains 全 + two characters as the subject of what it is (`全链路则是实现从消费端到产业端价值链各个环节的整体优化与重构`)', () => {
    assertExplainedBy('全链路', '全链路则是实现从消费端到产业端价值链各个环节的整体优化与重构');
  });
});

describe('terms: the nineteenth round (precision)', () => {
  it('gives a simplified term the mainland wording of Taiwan\'s phrase table only where the reports write it (小程序 is no 小进程)', () => {
    for (const [name, wrong] of [
      ['小程序', '小进程'],
      ['医学影像', '医学图像'],
    ]) {
      assert.ok(!termNamed(name).aliases.some((alias) => simplifiedCharacters(alias) === wrong), name);
    }
    // Taiwan's own wording stays a spelling a writer may type (小程式), and so does a mainland wording the reports use too.
    assert.ok(termNamed('小程序').aliases.includes('小程式'));
    assert.ok(termNamed('智慧城市').aliases.includes('智能城市'));
    assert.ok(termNamed('智能金融').aliases.includes('智慧金融'));
  });

  it('gives no script variant the curation suppresses (智慧社群, a social community, for 智慧社区; 雙迴圈, a loop, for 双循环)', () => {
    assert.deepEqual(termNamed('智慧社区').aliases.filter((alias) => alias.startsWith('智慧社')), []);
    assert.deepEqual(termNamed('双循环').aliases.filter((alias) => /[迴圈]/u.test(alias)), []);
    assert.ok(termNamed('双循环').aliases.includes('雙循環'));
    // Other Taiwan words stay: a writer in Taiwan types them (the issue's own example is 人工智慧).
    assert.ok(termNamed('人工智能').aliases.includes('人工智慧'));
  });

  it('spells cloud 雲 in a term\'s traditional forms where OpenCC reads 有云 as \'it is said\' (专有云 → 專有雲, not 專有云)', () => {
    for (const [name, traditional] of [
      ['专有云', '專有雲'],
      ['城市专有云平台', '城市專有雲平臺'],
    ]) {
      const aliases = termNamed(name).aliases;
      assert.ok(aliases.includes(traditional), `${name}: ${aliases.join(', ')}`);
      assert.ok(!aliases.some((alias) => alias !== name && alias.includes('云') && alias !== simplifiedCharacters(alias)), `${name}: ${aliases.join(', ')}`);
    }
  });

  it('takes no use inside a title in 《》 (`《关于推进电子商务与快递物流协同发展的意见》`) for the term\'s', () => {
    for (const name of ['电子商务', '新一代人工智能']) assert.ok(!termNamed(name).definitions[0].quote.includes('《'), name);
    assert.ok(termNamed('电子商务').definitions.some((definition) => definition.quote.startsWith('互联网和电子商务推动我国物流行业进入第三阶段')));
  });

  it('does not introduce a term in its own section by a longer name holding it (`京东产业大数据平台包含…三部分`)', () => {
    const industryData = termNamed('产业大数据');
    assert.equal(industryData.status, 'used');
    assert.ok(!industryData.definitions[0].quote.startsWith('京东产业大数据平台'));
    // (营商云, written only so — `京东营商云平台` — was explained by its longer name until round 26 took it for a firm's offering.)
  });

  it('drops a name the rules found whose end runs, at every use, into a word the reports write on its own (`云计算的超级计算能力`, `超级计算机`)', function () {
    // A whole extraction of the five reports without the glossary (10–20 s on a loaded two-processor machine).
    this.timeout(180_000);
    const rulesOnly = new TermExtractor([...cleanedReports().values()], readCuration(CURATION), []);
    rulesOnly.collect();
    assert.ok(!rulesOnly.build().some((term) => term.term === '超级计算'));
    // The glossary's 超级计算 (Supercomputing) is cut where the glossary cuts it: 超级计算 + 能力, read as the reports write it.
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['超级计算', '并行计算', '对话系统']) assert.ok(names.has(name), name);
    // A name ending in a term is that term with a modifier, however it runs on (`新一代人工智能产业`, `产业大数据分析`).
    for (const name of ['新一代人工智能', '产业大数据']) assert.ok(names.has(name), name);
  });

  it('takes a rating, one trait, what an application does or a growth report for a use, not an explanation', () => {
    for (const [name, quote] of [
      // An evaluation of several methods.
      ['遗传算法', '遗传算法、蚁群算法、粒子群算法是目前表现比较优异的调度算法。'],
      // One feature of the thing.
      ['量子计算', '量子计算的一个特点是结果的不确定性，因此容错技术对量子计算而言是绝对必要的。'],
      // An attribute in passing in a sentence that reports growth.
      ['数字经济', '近年来，以信息技术和数据作为关键要素的数字经济蓬勃发展，规模占GDP比重始终保持在1/3以上并持续增加，成为驱动我国国民经济高质量发展的重要引擎。'],
      // What one application of the thing does.
      ['RFID', '物联网技术贯穿数智化社会零售供应链的各个环节，RFID 技术的应用可以优化商品供应链的管理，实现商品从生产、流通到销售链条的全程可视化，以此提高各主体的商品运营能力。'],
    ]) {
      const term = termNamed(name);
      assert.equal(term.status, 'used', name);
      assert.equal(term.definitions[0].quote, quote, name);
    }
    assert.equal(termNamed('大数据').status, 'used');
    assert.ok(termNamed('大数据').definitions.every((definition) => !definition.quote.startsWith('大数据的应用可以将采集到的海量医患数据进行精准治疗')));
    // The rated items stay names of techniques, used.
    assert.deepEqual(listedTechniques('遗传算法、蚁群算法、粒子群算法是目前表现比较优异的调度算法。'), ['遗传算法', '蚁群算法', '粒子群算法']);
    assert.deepEqual(listedKinds('遗传算法、蚁群算法、粒子群算法是目前表现比较优异的调度算法。'), []);
  });

  it('takes no general vocabulary for a used term: a science beside 脑科学 (材料科学), a consumer device beside 智能手机 (智能手表, curated)', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['材料科学', '智能手表']) assert.ok(!names.has(name), name);
    // The shared opening of the field still vouches for the names of the field it finds (`智能客服、智能营销、…`).
    for (const name of ['脑科学', '智能营销']) assert.ok(names.has(name), name);
  });

  it('explains a term by what its architecture is made of (`智能经济的五层架构包括：…`)', () => {
    assertExplainedBy('智能经济', '智能经济的五层架构包括：底层的技术支撑，“数据+算力+算法”的运作范式');
  });

  it('takes the paragraph under a label in a section on its subject\'s traits (`5.2 京东智能物流特征` › `▶ 数字化：`) for the trait, not the term', () => {
    const digital = termNamed('数字化');
    assert.equal(digital.status, 'used');
    assert.ok(digital.definitions.every((definition) => !definition.quote.startsWith('基于万物互联的状态，将连接后采集到的海量数据进行分析处理')));
  });
});

describe('search over every definition', () => {
  it('finds a term by a word that only its second or later definition contains', () => {
    const index = new SearchIndex(new Library(committedSnapshot()));
    const firstQuotes = committedSnapshot().terms.map((term) => term.definitions[0].quote).join('\n');
    // A four-character word of some term's second definition that no first definition contains.
    const found = committedSnapshot().terms.flatMap((term) => {
      const later = term.definitions[1]?.quote ?? '';
      const word = [...later.matchAll(/\p{Script=Han}{4}/gu)].map((match) => match[0]).find((candidate) => !firstQuotes.includes(candidate));
      return word ? [{ term, word }] : [];
    })[0];
    assert.ok(found, 'a term with a word only in a later definition');
    assert.ok(index.search(found.word, 50).some((hit) => hit.entry.item.kind === 'term' && hit.entry.item.term === found.term), found.word);
  });
});

describe('terms: the twentieth round (precision, after the judges of seeds 1796543111 and 1796543112)', () => {
  it('makes one term of Latin names that differ only by a hyphen (Wi-Fi and WiFi), which a writer reaches either way', () => {
    const terms = committedSnapshot().terms;
    assert.equal(terms.filter((term) => /^wi-?fi$/iu.test(term.term)).length, 1);
    const wifi = termNamed('Wi-Fi');
    assert.deepEqual(wifi.aliases, ['WiFi']);
    const library = new Library(committedSnapshot());
    for (const typed of ['WiFi', 'Wi-Fi', 'wifi']) assert.equal(library.matcher.matchAt(`接入 ${typed} 网络`, 4)?.value.term, 'Wi-Fi', typed);
  });

  it('takes a label\'s paragraph about a machine or a branded product of the term (安防巡检自主机器人, 资管科技平台“JT²智管有方”) for no explanation of it', () => {
    // Both, written only in `安防巡检自主机器人` and `资管科技平台“JT²智管有方”`, are no terms since the twenty-first round.
    for (const name of ['安防巡检', '资管科技']) assert.ok(!committedSnapshot().terms.some((term) => term.term === name), name);
    // A plain system of the thing is the thing (脑机接口系统建立了…), and a platform with no brand name still explains (信贷科技).
    assertExplainedBy('脑机接口', '脑机接口系统建立了一个允许大脑和外界直接沟通的渠道');
    assert.equal(termNamed('信贷科技').status, 'explained');
  });
});

describe('terms: the twenty-first round (a used term first shown where it stands as itself)', () => {
  it('takes a Han name right after a Latin word (`京东“C2M 智能工厂”通过…`, `PC处理器`) for the modifier of a longer name', () => {
    assert.equal(termNamed('智能工厂').definitions[0].quote, '韩国政府已宣布将与ICT公司合作，在先进的生产线上应用5G网络和服务，以创建“智能工厂”。');
    assert.equal(termNamed('处理器').definitions[0].quote, '当前对计算量的测算是以粗粒度的处理器个数和运行时间为单位的。');
  });

  it('takes a name made with + that the reports write before a kind (`AI+产业发展平台`) for one thing, not a use of X+', () => {
    const names = namesWithPlus('ai+产业发展平台通过服务企业沉淀产业数据;5g+工业互联网推进工业设计;“智能+”战略');
    assert.ok(names.has('ai+产业发展'));
    assert.ok(![...names].some((name) => name.startsWith('5g+') || name.startsWith('智能+')));
    // `AI+产业发展帮助政府政策落地` names the platform; the report's quoted `“AI+”` is the idea (quoted in Latin letters of either case).
    assert.equal(termNamed('AI+').definitions[0].quote, '2020年，人工智能（AI）以“AI+”的形式迎来爆发。');
    // `5G+工业互联网` is how the idea is written: its first use stays.
    assert.match(termNamed('5G+').definitions[0].quote, /增强5G\+垂直行业实现规模商用的说服力/);
  });

  it('ranks a use glued into a longer name (`京东智能园区管理系统`) after a use of the term as itself, whatever its section', () => {
    assert.match(termNamed('智能园区').definitions[0].quote, /紧密结合实体经济和智能工厂、智慧园区、智慧交通/);
    // A quoted name is a use as itself, however a word runs on after it (`攻克“卡脖子”技术问题`, `“数据中台”概念`).
    assert.match(termNamed('卡脖子').definitions[0].quote, /攻克“卡脖子”技术问题/);
    assert.match(termNamed('数据中台').definitions[0].quote, /“数据中台”概念/);
  });

  it('reads a label\'s paragraph past a subtitle from its first sentence naming the term (`► 边缘计算：` / `人工智能向边缘延伸，…`)', () => {
    assertExplainedBy('边缘计算', '利用边缘计算技术改造物联网的前端组件，将云端处理任务交由边缘端执行');
    // Past the subtitle, a paragraph that never names the term (`► 消费物联网：` / `情境计算打造智能家居生态`) is about something
    // else, and a rating someone gave it (`数字孪生被 Gartner 列为…`) says what it is rated.
    assert.equal(termNamed('消费物联网').status, 'used');
    assert.ok(termNamed('数字孪生').definitions.every((definition) => !definition.quote.startsWith('数字孪生被 Gartner 列为')));
  });

  it('takes no term named among things of a kind said to do something (`联邦学习等解决数据共享问题的算法模型难以保证…`) for explained when the sentence states what they cannot do', () => {
    // Since round 27: the judges of seeds 1796528863/5 read the sentence as a limitation.
    assert.equal(termNamed('联邦学习').status, 'used');
    // A list with a kind and no deed (`利用隐私计算、联邦学习、多方安全计算等安全共享计算方法`) explains none of its items.
    assert.equal(termNamed('隐私计算').status, 'used');
  });

  it('keeps no used Han name the reports write only as the modifier of a longer name (`雄安新区块数据平台`, `资管科技平台“JT²智管有方”`, `安防巡检自主机器人`)', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['块数据', '资管科技', '安防巡检']) assert.ok(!names.has(name), name);
    // A Latin abbreviation before the kind it qualifies is written as itself (`IT 和 OT 系统`); an explained name stays (信贷科技).
    for (const name of ['OT', '信贷科技', '雄安新区块数据平台']) assert.ok(names.has(name), name);
  });
});

describe('terms: round 21 of the census (labels of things, kinds a paragraph refers back to, made and named products, names set off, what a subject finally achieves, headings `X与 5D`)', () => {
  it('explains a label naming a thing whatever phrase word is inside its name, opening with an acronym, or for whom it provides what', () => {
    assert.ok(labelsThingByMeans('AI 赋能中心', '利用操作系统的时空 AI 工作室深度开发数据应用，规划城市在线，预测城市未来。'));
    assert.ok(labelsThingByMeans('城市专有云平台', '面向政府和大中型企业客户提供大规模商业化高端云平台。'));
    assert.ok(labelsThingByMeans('危化品全流程监管应用', '利用多源数据融合、时空数据分析等先进技术，构建危化品全流程监管应用，对危化品生产、使用、运输、经营、存储、处置等环节潜在的隐患进行实时监测预警、信息推送、效果跟踪，'));
    // A name that opens like a phrase is still none (`建设北海城市产业服务平台，通过…`).
    assert.ok(!labelsThingByMeans('建设北海城市产业服务平台', '通过产业资源平台化、产业服务数字化、产业管理智能化，增强产业聚集、企业服务、产业管理能力，实现产业集聚。'));
    assertExplainedBy('城市专有云平台', '城市专有云平台：面向政府和大中型企业客户提供');
    // The other two are labels in a section named after one product or platform (`5.3.1 雄安新区块数据平台`, `5.1.4 京东市域治理现代化平台`): parts of it, no
    // terms of the field (round 21p), whatever their paragraph says.
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['AI 赋能中心', '危化品全流程监管应用']) assert.ok(!names.has(name), name);
  });

  it('takes no label of a way of doing (`▶ 成立合资公司共建运营模式` / `此类模式主要以…`) for a term, though its paragraph refers back to it (round 22p)', () => {
    // A description of how firms take part (the judges of seeds 1796497492/3: `成立合资公司共建运营模式` is no term).
    for (const label of ['数字化解决方案模式', '产业发展融合模式', '成立合资公司共建运营模式', '传统IT产业模式']) assert.equal(labelName(label), undefined, label);
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['数字化解决方案模式', '产业发展融合模式', '成立合资公司共建运营模式', '传统IT产业模式']) assert.ok(!names.has(name), name);
  });

  it('takes a product the reports quote once after the kind of thing someone made, and explains it by what it then does', () => {
    // (战疫金盾, `疫情期间为经开区打造数字防疫智能平台“战疫金盾”，实现…`, was explained so until round 33: made for one client,
    // a project, no term since — see 'terms: round 33 (precision)'.)
    // (JT²智管有方, quoted so after its firm at each use, is no term since round 26: see writtenOnlyAsFirmsOffering.)
    assertExplainedBy('家医守护星', '与此同时，京东健康联合京东科技打造的智能音箱产品“家医守护星”与“京东家医”实现了深度打通');
    // A tool someone provides (`从提供企业服务工具“飞书”到成立…`) is not said to be made, nor what it does.
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '飞书'));
  });

  it('takes no quoted name listed before `等产品` for a term (`通过“风控超脑”和企业征信“蓝鲸征信”等产品提供…`)', () => {
    // A firm's bare brands named once in a list of its products: judged wrong after rounds 27 and 28 (蓝鲸征信, 风控超脑).
    // Nor `内置京东自建的“专班工作台”、“任务跟踪”等平台核心应用，支撑…`. (保库, its only use `京东科技依托“保库”核心科技系统`,
    // is no term since round 26: a firm's offering.)
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['风控超脑', '蓝鲸征信', '专班工作台', '任务跟踪']) assert.ok(!names.has(name), name);
  });

  it('explains a thing\'s name set off by a comma by what follows (`数智化医疗健康供应链，以向用户提供优质医疗服务为目标，…`)', () => {
    assertExplainedBy('数智化医疗健康供应链', '数智化医疗健康供应链，以向用户提供优质医疗服务为目标');
  });

  it('explains Deep Purposes\' four siblings by what they achieve, but not Deep Purposes by where it finally ends up (an aim, since round 27)', () => {
    assert.equal(termNamed('Deep Purposes').status, 'used');
    assert.equal(termNamed('Deep Purposes').definitions[0].quote, 'Deep Purposes 最终实现对客户、对伙伴、对员工、对社会的深度服务。');
  });

  it('reads a heading `X与 5D` as about X (`数智化社会零售供应链与 5D` / `数智化社会零售供应链将各方通过数字化链接，…`)', () => {
    assert.equal(headingName('技术赋能数智化社会 供应链新业态 › 数智化社会零售供应链与 5D'), '数智化社会零售供应链');
    assertExplainedBy('数智化社会零售供应链', '数智化社会零售供应链将各方通过数字化链接');
  });
});

describe('terms: round 21p (precision of the first hover)', () => {
  it('ranks a use naming a firm\'s business segment (`在医药供应链版块，京东健康…`, `“智慧医疗”版块则…`) with the glued ones', () => {
    for (const name of ['医药供应链', '互联网医疗']) assert.ok(!termNamed(name).definitions[0].quote.includes(`${name}版块`), name);
    assert.match(termNamed('医药供应链').definitions[0].quote, /^京东健康的业务范围涉及了医药供应链、互联网医疗/);
    // Quoted, the name is still the segment's (`“智慧医疗”版块则主要服务于…`).
    assert.match(termNamed('智能医疗').definitions[0].quote, /^目前，京东已经形成包括智能家居、智能物流、智能金融、智能医疗/);
  });

  it('takes what a firm does with a technique (`京东零售利用智能供应链的技术对…进行智能预测`) for an application of it, not an explanation', () => {
    assert.equal(termNamed('智能供应链').status, 'used');
    // A technique's method still explains (`定位与导航技术通常采用 SLAM … 的方式构建几何地图`).
    assertExplainedBy('SLAM', '定位与导航技术通常采用 SLAM');
  });

  it('takes a label\'s sentence on what is hoped of the thing (`区块链 + 政务：` / `基于…等特点，有望打通…`) for no explanation of it', () => {
    assertExplainedBy('区块链 + 政务', '通过追溯数据流和明晰权责界定问题，实现政务信息的全生命周期管理');
  });

  it('reads a section on where a technique is applied (`智能零售关键技术应用 › 4.3 人工智能：…`) as no section about it', () => {
    assertExplainedBy('人工智能', '人工智能旨在了解智能实质');
    // A sentence there that says what the term is still explains it (`5G-V2X是自动驾驶的基础技术，用于…`).
    assertExplainedBy('5G-V2X', '5G-V2X是自动驾驶的基础技术');
  });

  it('ranks a use before 手机 (`折叠屏手机是另外一项被寄予厚望的呈现形态`) with the glued ones: the phone is what the sentence is about', () => {
    assert.match(termNamed('折叠屏').definitions[0].quote, /^折叠屏在早期是随着5G的出现而被关注/);
  });

  it('ranks a use before 大屏 (`形成…实用性的辅助决策大屏和报告`) with the glued ones: the display is the thing named', () => {
    assert.match(termNamed('辅助决策').definitions[0].quote, /推动景区在运营管理、辅助决策上真正的实现智能化/);
  });

  it('takes no system or centre a bullet label names in a section named after one product (`5.1.4 京东市域治理现代化平台` / `联动闭环系统：…`)', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['分析研判系统', '监测预警系统', '联动闭环系统', '数据管理中心']) assert.ok(!names.has(name), name);
    // The products themselves stay (京东仑灵, 雄安新区块数据平台).
    for (const name of ['京东仑灵', '雄安新区块数据平台']) assert.ok(names.has(name), name);
  });
});

describe('terms: round 25 (precision)', () => {
  it('takes a used-only name for a phrase its head makes: protecting something (隐私保护), a term\'s system under an eighth of its uses (人工智能系统), a device named once in a list (`…、便携式健康设备等`)', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['隐私保护', '数据隐私保护', '个人信息保护', '人工智能系统', '智能穿戴设备', '电子档案', '便携式健康设备', '智能诊断设备']) assert.ok(!names.has(name), name);
    // A platform written in over an eighth of its term's uses (工业互联网平台, 8 of 39), and a word of two characters and a
    // head (操作系统, 可穿戴设备), stay.
    for (const name of ['工业互联网平台', '操作系统', '可穿戴设备', '人工智能']) assert.ok(names.has(name), name);
  });

  it('ranks a sentence opening on a longer name that ends in the term (`自主定位导航是自主系统的基础…`) with the glued uses', () => {
    assert.equal(termNamed('定位导航').definitions[0].quote, '在复杂开放场景下，感知技术、定位导航技术和边缘智能技术实现了自主设备间的智能协同。');
    // A verb before the term is no name (`回顾5G商用的这一年`): that sentence stays 5G商用's first.
    assert.ok(termNamed('5G商用').definitions[0].quote.startsWith('回顾5G商用的这一年'));
  });

  it('reads a section named after the term whose paragraph writes it after a firm (`京东科技数据中心巡检机器人`) as on the firm\'s product: uses', () => {
    const robot = termNamed('数据中心巡检机器人');
    assert.equal(robot.status, 'used');
    assert.ok(robot.definitions[0].quote.startsWith('数据中心巡检机器人包括机房巡检、轨道巡检、室内运送及智能穿戴功能四类'));
    // (A product the reports name only after its firm, `京东营商云平台`, stayed explained until round 26 took it for no term.)
  });
});

describe('terms: round 25 (count)', () => {
  it('takes a term a technique the sentence opens on achieves something with (`…，而是通过共识机制实现数据的一致性，这导致…`) for no explanation when the sentence goes on to a drawback (since round 27)', () => {
    const consensus = termNamed('共识机制');
    assert.equal(consensus.status, 'used');
    assert.ok(consensus.definitions.every((definition) => !definition.quote.startsWith('此外，区块链没有控制中心的分布式系统')));
    // A firm achieving something with the term is its business, not the term's explanation (round 21p; `京东零售利用智能供应链…`).
    assert.equal(termNamed('智能供应链').status, 'used');
  });
});

describe('terms: round 26 (precision)', () => {
  it('takes a name the reports write only as one firm\'s offering — quoted in a clause naming the firm, or right after it — for no term', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    // `京东科技依托“保库”核心科技系统，…`, `京东科技推出云端一体化资管科技平台“JT²智管有方”，…`, `京东营商云平台以…` (the judges of
    // seeds 1796527042/4).
    for (const name of ['保库', 'JT²智管有方', '营商云']) assert.ok(!names.has(name), name);
    // A product also written on its own, or quoted with no firm in its clause, stays (`“家医守护星”与“京东家医”实现了…`).
    // (战疫金盾 stayed here until round 33: a project made for one client, see 'terms: round 33 (precision)'.)
    for (const name of ['家医守护星', '京东家医']) assert.ok(names.has(name), name);
  });

  it('reads the term under a label naming a longer name that ends in it (`► 城市专有云平台：…。专有云平台基于京东自研的…`) as that name shortened: a use', () => {
    const platform = termNamed('专有云平台');
    assert.equal(platform.status, 'used');
    assert.ok(platform.definitions[0].quote.startsWith('专有云平台基于京东自研的云计算和大数据架构'));
    // The label's own name keeps the label's explanation.
    assertExplainedBy('城市专有云平台', '城市专有云平台：面向政府和大中型企业客户提供');
  });

  it('takes no example going on to its advantages (`例如自主化装备不仅可以…，还可以…`), nor what a term assures (`可以确保数据安全、…`), nor a name 智能 makes (`智能手术机器人可以…`) for an explanation', () => {
    // The judges of seeds 1796527042/4: benefits only, and a forecast's clause about a longer name.
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '自主化装备'));
    const network = termNamed('区块链网络');
    assert.equal(network.status, 'used');
    assert.equal(network.definitions[0].quote, '多中心化的区块链网络可以确保数据安全、客户隐私、交易存证、价值流转，能够为各类应用场景提供可信的基础设施，实现可信的 Deep Tech。');
    assert.equal(termNamed('手术机器人').status, 'used');
    // A qualified subject saying what it does still explains (`作为5G网络最重要的特性，端到端的网络切片能力，可以将…`).
    assert.equal(termNamed('网络切片').status, 'explained');
  });

  it('ranks a use whose end runs into a general phrase the curation names (`互联网医疗健康服务`: 互联网 + 医疗健康) with the glued ones', () => {
    // The judges of seed 1796527042: 互联网医疗's first hover wrote it only inside 互联网医疗健康服务.
    assert.match(termNamed('互联网医疗').definitions[0].quote, /^京东健康的业务范围涉及了医药供应链、互联网医疗、健康管理/);
    assert.ok(termNamed('智能医疗').definitions.every((definition) => !definition.quote.includes('智能医疗健康')));
  });

  it('takes a term\'s platform found by one sentence opening on it, written once (`智能零售平台通过…`), for a phrase of its head (智能零售 + 平台)', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    assert.ok(!names.has('智能零售平台'));
    // A technique written once that the sentence explains stays (脑机交互技术: 技术 is no head that makes phrases).
    assertExplainedBy('脑机交互技术', '脑机交互技术借助人的逻辑思维、形象思维发展各类型智能体');
  });
});

describe('terms: round 27 (precision)', () => {
  it('takes a sentence saying what the term cannot do, what its way of working brings about, where it finally ends up, or its role in one system, for a use', () => {
    // The judges of seeds 1796528863/5: a limitation (联邦学习), a drawback (共识机制), an aim (Deep Purposes), a role in one
    // 5G-V2X system (5G通信). Each term stays, shown on the same or a better sentence as a use.
    const expected: Array<[string, string]> = [
      ['联邦学习', '联邦数字网关技术，是一种基于联邦学习、隐私计算、分布式计算的'],
      ['共识机制', '区块链运用共识机制和分布式存储'],
      ['Deep Purposes', 'Deep Purposes 最终实现对客户'],
      ['5G通信', '5G通信技术为自动驾驶的全方位信息采集提供丰富数据来源'],
    ];
    for (const [name, opening] of expected) {
      const term = termNamed(name);
      assert.equal(term.status, 'used', name);
      assert.equal(term.definitions[0].kind, 'explanatory', name);
      assert.ok(term.definitions[0].quote.startsWith(opening), name);
    }
    // A relative clause on something else's limit is no limitation of the term (`…等一代征信无法覆盖的信息`).
    assertExplainedBy('二代征信', '与“一代”相比，二代征信解决循环贷');
  });

  it('ranks a sentence saying what a technique built on the term is (`是一种基于联邦学习、隐私计算、分布式计算的…技术`) above the uses opening on it', () => {
    // The judges of seeds 1796528863/5 named it for 联邦学习; a whole item only (not 分布式 of 分布式计算).
    assert.ok(termNamed('联邦学习').definitions[0].quote.startsWith('联邦数字网关技术，是一种基于联邦学习'));
    assert.ok(termNamed('分布式').definitions.every((definition) => !definition.quote.startsWith('联邦数字网关技术')));
  });

  it('takes a Latin name used only in someone\'s words (`邓方在接受…采访时表示，…AlphaFold2和MuZero`, `邓方说，“MuZero能…`) for no term, not a Han field a speaker lists', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    // The judges of seed 1796528865: a product named in passing.
    assert.ok(!names.has('MuZero'));
    // `市经信委相关负责人介绍，目前，物联网技术已广泛应用于重庆的智慧市政、智慧交通、智慧环保…`: the fields stay.
    for (const name of ['智慧市政', '智慧环保', '智慧消防']) assert.ok(names.has(name), name);
  });

  it('takes a name used only as the part a count names in a scheme (`1：一个核心——智慧物流大脑；2：两大部分——…`) for no term', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    // The judges of seed 1796528865: a part of Alibaba's offering named in a list.
    assert.ok(!names.has('智慧物流大脑'));
    // The scheme's other parts, written elsewhere too, stay (`两大部分——智慧园区（仓外）…`, 智慧园区 an alias of 智能园区).
    for (const name of ['智能园区', '边缘计算', '机械臂']) assert.ok(names.has(name), name);
  });
});

describe('terms: round 28 (explanations the snapshot showed as uses)', () => {
  it('takes no dash and what a model is centred on (`商业模式则是C2B——以消费者为中心`) for an explanation of its name', () => {
    // Round 28 read it so; the judges after it counted B2C's sentence a characterisation of an era's business model.
    for (const name of ['C2B', 'B2C']) assert.equal(termNamed(name).status, 'used', name);
  });
});

describe('terms: round 29 (the field nouns standing alone)', () => {
  it('explains a term by its role and then its essence (`风控作为金融机构的核心能力，其根本即…`)', () => {
    assertExplainedBy('风控', '风控作为金融机构的核心能力，其根本即对个人信用、资产价值的评估');
  });

  it('shows a field noun first where it stands as a word on both sides, not in a description of one thing (仿视网膜成像芯片)', () => {
    const chip = termNamed('芯片');
    assert.ok(chip.definitions[0].quote.startsWith('3D 封装技术将若干个裸芯片层叠在一起，通过中间介质实现芯片与芯片、'));
    assert.ok(chip.definitions.every((definition) => !definition.quote.includes('仿视网膜成像芯片')));
    // `无人机器类` (无人 + 机器) is no use of 无人机, nor `物流无人机` its telling one.
    assert.ok(termNamed('无人机').definitions.every((definition) => !definition.quote.includes('无人机器类') && !definition.quote.includes('物流无人机')));
  });

  it('shows no sentence using only a word derived from the term (`供应链能力中台化`)', () => {
    const middle = termNamed('中台');
    assert.ok(middle.definitions[0].quote.includes('技术、业务、数据、用户四大中台'));
    assert.ok(middle.definitions.every((definition) => !definition.quote.includes('中台化')));
  });
});

describe('terms: round 32 (what a thing is made of)', () => {
  it('finds a name ending in 构架 from the sentence that says what it is usually made of, and explains it there', () => {
    assertExplainedBy('神经网络计算构架', '因此神经网络计算构架通常由海量内存单元和卷积、池化计算单元组成。');
    // The shorter name stays used: the parts are that architecture's (round 23).
    assert.equal(termNamed('神经网络计算').status, 'used');
    // A general 计算构架 (`单一的计算构架`, `通用计算构架`) is no term for having the head.
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '计算构架'));
  });
});

describe('terms: round 33 (precision)', () => {
  it('takes the future 将, a means and what it will bring someone (`AR技术将通过…等方式给人们带来…`) for a prediction: a use', () => {
    // The judges of round 32's sample: a prediction, not what AR is or does. The term stays, on the same sentence, as a use.
    const augmented = termNamed('增强现实');
    assert.equal(augmented.status, 'used');
    assert.equal(augmented.definitions[0].kind, 'explanatory');
    assert.equal(augmented.definitions[0].quote, 'AR技术将通过虚拟物品、虚拟人物、增强性情境信息等方式给人们带来连接媒体的全新方式。');
    // What 5G provides after the means it will be built on (`5G将以全新的网络架构，提供…`) still explains it.
    assertExplainedBy('5G', '5G将以全新的网络架构，提供至少十倍于4G的峰值速率');
  });

  it('takes a platform or system named by the service it gives (企业综合服务平台, 机群管理系统) for no term, nor the name it opens', () => {
    // The judges of round 32's sample: `企业综合服务平台以轻量级和易维护…的方式可快速对接现有各业务系统` (one firm's module) and
    // `其中机群管理系统是中枢神经，负责矿山管理系统调度` (a part of one smart-mine case) — a generic 某某平台/某某系统.
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['企业综合服务平台', '机群管理系统', '智能政务办公平台', '内容合规审核平台', 'AI+产业发展平台']) assert.ok(!names.has(name), name);
    // Its uses stay its own: `智能政务办公平台建立在京东云上…` makes no term of 智能政务, nor a use of AI+ of `AI+产业发展平台通过…`.
    assert.ok(!names.has('智能政务'));
    assert.ok(termNamed('AI+').definitions.every((definition) => !definition.quote.startsWith('AI+产业发展平台')));
    // A platform or system named by what it is stays.
    for (const name of ['工业互联网平台', '智臻链云签电子合同平台', '智慧城市操作系统', '雄安新区块数据平台']) assert.ok(names.has(name), name);
  });

  it('takes a sentence where the term uses the thing its section is about (`数据中心利用可重构计算,…` under `2. 可重构计算`) for a use', () => {
    // The judges of round 32's sample: a sentence about where reconfigurable computing is applied, not what a data centre is.
    const centre = termNamed('数据中心');
    assert.equal(centre.status, 'used');
    const applied = centre.definitions.find((definition) => definition.quote.startsWith('数据中心利用可重构计算'));
    assert.ok(applied, 'the sentence is still one of its uses');
    assert.equal(applied.kind, 'explanatory');
    // Opening its own section, a term using another thing still explains itself (`3D 封装技术将若干个裸芯片层叠在一起…`).
    assertExplainedBy('3D 封装技术', '3D 封装技术将若干个裸芯片层叠在一起');
  });

  it('takes a name quoted after the kind of thing someone made for one client (`为经开区打造数字防疫智能平台“战疫金盾”`) for no term', () => {
    // The judges of round 32's sample: one firm's project, named once in a list of its results.
    assert.ok(!committedSnapshot().terms.some((term) => term.term === '战疫金盾'));
    // A product someone made, with no client (`打造的智能音箱产品“家医守护星”`, `打造了智能人机产品“言犀”`), stays explained.
    assertExplainedBy('家医守护星', '与此同时，京东健康联合京东科技打造的智能音箱产品“家医守护星”');
    assertExplainedBy('言犀', '京东致力于发展智能人机交互技术，成功打造了智能人机产品“言犀”');
  });

  it('leaves out the names the curation suppresses after round 32\'s sample: a phrase of a quoted claim, an everyday phrase, a product-list item', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['意念控制', '临床决策', '城市专有云平台']) assert.ok(!names.has(name), name);
    // Before the reading the rules found them (`在临床决策方面, …` a use, `► 城市专有云平台：…` its label's explanation).
    assert.ok(beforeReading().has('临床决策'));
    assert.ok(beforeReading().has('城市专有云平台'));
  });

  it('takes a `即` foretelling what will happen (`所谓的“泛娱乐”，即视频、游戏、音乐、广告等都将被重构`) for no definition: a use', () => {
    const sentence = '所谓的“泛娱乐”，即视频、游戏、音乐、广告等都将被重构，以AR和VR等为代表的新技术、以智能音箱为代表的新硬件将迎来跨越式发展。';
    assert.deepEqual(quotedDefinitions(sentence), []);
    const words = new Vocabulary(['泛娱乐'], ['泛娱乐']);
    assert.equal(definingScore(sentence.replace(/[“”]/gu, ''), new Set(['泛娱乐']), words), 0);
    // The curation keeps the trade as a term; the sentence is its use.
    const entertainment = termNamed('泛娱乐');
    assert.equal(entertainment.status, 'used');
    assert.equal(entertainment.definitions[0].quote, sentence);
    // A 即 saying what the name is still defines (`二是共识层，即…` aside): `“女巫攻击”即伪造多个节点与特定节点通讯的方式`.
    assert.equal(termNamed('女巫攻击').status, 'defined');
  });
});


describe('terms: the last judges of issue #11 (a contrast, a benefit, words across a boundary, generic phrases)', () => {
  it('takes a short clause on what the term achieved set against another thing achieving more (`互联网+实现了人人互联，而IoT终将实现万物互联`) for a use', () => {
    const internetPlus = termNamed('互联网+');
    assert.equal(internetPlus.status, 'used');
    assert.equal(internetPlus.definitions[0].quote, '互联网+实现了人人互联，而IoT终将实现万物互联。');
    // What the term achieves by what means, with no contrast, still explains it (`云边协同计算基于…`).
    assertExplainedBy('云边协同计算', '云边协同计算基于云原生的开放架构和边云业务协同能力');
  });

  it('takes extra help the term provides for something (`产业政策为跨越创新死亡之谷提供额外助力`) for a benefit only: a use', () => {
    assert.equal(termNamed('产业政策').status, 'used');
    // What a platform provides someone, the way it does (`…BaaS 平台为企业快速部署区块链提供了便捷通道`), still explains it.
    assert.equal(termNamed('BaaS').status, 'explained');
  });

  it('reads a chain of one-character parts written with dashes as one word, dashed or joined (云-边-端, 云边端)', () => {
    assert.deepEqual([...dashedChains('分布式云-边-端计算方兴未艾，形成人-车-路-云的互联')], ['云-边-端', '云边端', '人-车-路-云', '人车路云']);
    // `分布式云边端计算环境…`, `分布式云 - 边 - 端计算…`: 分布式 + the chain, never 分布式云 as itself, which is no term.
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    assert.ok(!names.has('分布式云'));
    assert.ok(names.has('云边协同'));
  });

  it('takes a name ending in an action whose object follows, after a verb of using (`利用更多维度的数据分析判断事物`), for no use of it', () => {
    const analysis = termNamed('数据分析');
    assert.equal(analysis.status, 'used');
    for (const crossing of ['利用更多维度的数据分析判断事物', '利用数据分析消费者行为轨迹']) assert.ok(!analysis.definitions[0].quote.includes(crossing), crossing);
    assert.ok(analysis.definitions[0].quote.includes('医疗数据分析'));
  });

  it('takes work on a term written once (`智能营销运营`, `数据中台建设`) for a phrase, and the glossary no longer names a scheme or a monitoring of one list', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['智能营销运营', '数据中台建设', '管网监测', '会员体系']) assert.ok(!names.has(name), name);
    // The terms they are made of stay.
    for (const name of ['智能营销', '数据中台']) assert.ok(names.has(name), name);
  });

  it('files 骨干网络 and 吞吐量, as the reports write them (a backbone network, a blockchain\'s transaction throughput), under 通信网络', () => {
    for (const name of ['骨干网络', '吞吐量']) assert.equal(termNamed(name).category, '通信网络', name);
  });
});

describe('terms: explanations of issue #11 the glossary terms were missing', () => {
  it('reads a writer\'s lead (`从根本上说，`, `简单来说，`) as leaving the sentence about the subject after it, quoted or not', () => {
    // `从根本上说，“数据+算力+算法”提供了一种服务，历经描述、诊断、预测、决策四个阶段…`: 说 is no speech verb, nor its
    // quotation marks someone's words.
    assertExplainedBy('数据+算力+算法', '从根本上说，“数据+算力+算法”提供了一种服务');
    const words = new Vocabulary(['区块链'], ['区块链']);
    assert.equal(definingScore('简单来说，区块链是一种分布式分类账技术，记录…的交易。', new Set(['区块链']), words), 11);
    // A characterisation after the lead stays one.
    assert.equal(definingScore('从根本上说，区块链是数字经济发展的基础。', new Set(['区块链']), words), 1);
  });

  it('explains a name closing a clause after 是 by the clause of no subject naming its kind (`…的是可信平台模块，是一个…的计算装置`)', () => {
    assertExplainedBy('可信平台模块', '安全芯片的是可信平台模块，是一个可独立进行密钥生成、加解密的计算装置');
    const module = new Set(['可信平台模块']);
    const words = new Vocabulary(['可信平台模块', '安全芯片'], ['可信平台模块', '安全芯片']);
    assert.ok(explainsAsComplementOfKind('安全芯片的是可信平台模块，是一个可独立进行密钥生成、加解密的计算装置，可存储密钥和特征数据。', module, words));
    // The same sentence with the name as an object (`安全芯片采用可信平台模块，是一个…`): the clause is the subject's, 安全芯片's.
    assert.ok(!explainsAsComplementOfKind('安全芯片采用可信平台模块，是一个可独立进行密钥生成、加解密的计算装置，可存储密钥和特征数据。', module, words));
    // A kind rated against others says how good the thing is.
    assert.ok(!explainsAsComplementOfKind('安全芯片的是可信平台模块，是一个业界领先的安全计算装置，可存储密钥和特征数据。', module, words));
    // A kind rated against others (`表面码是纠错效果比较好的一种技术`) says how good it is, not what it is: a use.
    assert.equal(termNamed('表面码').status, 'used');
  });

  it('explains a subject qualified by whose generation it is (`Xilinx的新一代适应性计算加速平台(ACAP)就采用了…的异构构架`)', () => {
    assertExplainedBy('适应性计算加速平台', '在 MCU+FPGA 产品 Zynq 获得成功之后,Xilinx 的新一代适应性计算加速平台(ACAP)就采用了');
    // A qualifier that is a wish (`未来需要创新的共识机制能够…`) stays no explanation.
    assert.equal(termNamed('共识机制').status, 'used');
  });

  it('ranks a definition before an explanation, and an explanation before a use, for every term', () => {
    const rank = { explicit: 2, heading: 2, explanation: 1, explanatory: 0 } as const;
    for (const term of committedSnapshot().terms) {
      const ranks = term.definitions.map((definition) => rank[definition.kind]);
      assert.deepEqual(ranks, [...ranks].sort((a, b) => b - a), term.term);
    }
  });
});

describe('terms: round 39 (precision: a term and a generic head, an application area, a firm\'s own development)', () => {
  const library = () => new Library(committedSnapshot());
  /** The term a hover at `offset` of `text` shows. */
  const hoverAt = (text: string, offset: number) => library().matcher.matchAt(text, offset)?.value.term;

  it('takes a term of the reports and a generic head, only used under an eighth of the term\'s uses, for no term: its hover shows the term', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    for (const name of ['区块链网络', '5G通信', '5G商用']) assert.ok(!names.has(name), name);
    // The report's sentences: the hover on the compound is the term's.
    const network = '多中心化的区块链网络可以确保数据安全、客户隐私、交易存证、价值流转，能够为各类应用场景提供可信的基础设施，实现可信的 Deep Tech。';
    for (const offset of [network.indexOf('区块链'), network.indexOf('区块链') + 2]) assert.equal(hoverAt(network, offset), '区块链');
    const communication = '5G通信技术为自动驾驶的全方位信息采集提供丰富数据来源，单车智能为其智能决策提供算力支持，形成人-车-路-云的互联，为用户提供车路协同的自动驾驶服务。';
    assert.equal(hoverAt(communication, 0), '5G');
    assert.equal(hoverAt('回顾5G商用的这一年，C端产品迅速增长，用户不断攀升，B端产业试点也更深入；', 2), '5G');
    // Stay: a compound the reports explain (`5G网络以其端到端的切片技术，…按需灵活调整`), and a glossary name much of its
    // term's uses (工业互联网平台, 8 of 工业互联网's 38). A head not listed (神经网络计算) is left to the other rules.
    assert.equal(termNamed('5G网络').status, 'explained');
    assert.ok(termNamed('5G网络').definitions[0].quote.startsWith('5G网络以其端到端的切片技术'));
    for (const name of ['神经网络计算', '工业互联网平台']) assert.ok(names.has(name), name);
  });

  it('takes a term, a plus and an area it is applied in (`► 区块链 + 政务`) for a label, no term; a glossary name made with + stays', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    assert.ok(!names.has('区块链 + 政务'));
    assert.equal(hoverAt('区块链 + 政务', 0), '区块链');
    for (const name of ['5G+工业互联网', '互联网+', '数据+算力+算法']) assert.ok(names.has(name), name);
  });

  it('takes a name each paragraph first writes as a firm\'s own development (`京东科技…利用自主研发的高维风险模型`) for a product, no term', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    assert.ok(!names.has('高维风险模型'));
    // A glossary name the reports define stays, though one firm says it made one (`接入自主研发的量子计算机“悟源”`).
    assert.equal(termNamed('量子计算机').status, 'defined');
  });

  it('takes a used-only name opening with a firm of the curation (`5.3 京东互联网医院` / `“京东互联网医院”是国内首批…之一`) for its brand: the hover shows the field\'s term', () => {
    const names = new Set(committedSnapshot().terms.map((term) => term.term));
    assert.ok(!names.has('京东互联网医院'));
    const hospital = '“京东互联网医院”是国内首批取得互联网医院牌照的平台型互联网医院之一';
    assert.equal(hoverAt(hospital, hospital.indexOf('互联网医院')), '互联网医院');
    // A firm's product the reports define or explain stays.
    assert.equal(termNamed('京东仑灵').status, 'defined');
    assert.equal(termNamed('京东家医').status, 'explained');
  });
});
