/**
 * The dictionary of the field (src/indexer/lexicon.ts): the shipped glossary is well-formed and its module in step with
 * it, its entries the reports write as words of their own become terms (on the reports' own sentences), and an entry the
 * rules found too stays one term.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LEXICON_MODULE, LEXICON_TSV, lexiconModule } from '../../scripts/lexicon-module.mjs';
import { Library } from '../../src/core/snapshot';
import type { Term } from '../../src/core/model';
import { buildSnapshot } from '../../src/indexer/build';
import { CATEGORY_OF_TOPIC, lexiconNames, parseLexicon, shippedLexicon } from '../../src/indexer/lexicon';
import { committedSnapshot, CURATION, REPORTS_DIR } from './helpers';

const termNamed = (name: string): Term | undefined => committedSnapshot().terms.find((term) => term.term === name);

/** The terms named, each asserted to be in the snapshot with its first hover sentence holding the text given. */
function firstHoversHolding(uses: readonly [name: string, text: string][]): Term[] {
  return uses.map(([name, text]) => {
    const term = termNamed(name);
    assert.ok(term, name);
    assert.ok(term.definitions[0].quote.includes(text), name);
    return term;
  });
}

/** The names lexiconNames finds in `sentences` for a glossary of `lines`, nothing known, nothing suppressed. */
function found(lines: string[], sentences: string[], known: Set<string> = new Set()): string[] {
  return lexiconNames(sentences, parseLexicon(lines, 'test.tsv'), known, new Set()).map(({ name }) => name);
}

describe('the glossary of the field', () => {
  it('is well-formed: three columns, known topics, no headword twice, no name of two entries', () => {
    const lines = readFileSync(LEXICON_TSV, 'utf8').split('\n');
    const entries = shippedLexicon();
    assert.equal(entries.length, lines.filter((line) => line.length > 0).length);
    for (const line of lines.filter((line) => line.length > 0)) assert.equal(line.split('\t').length, 3, line);
    for (const entry of entries) assert.ok(Object.hasOwn(CATEGORY_OF_TOPIC, entry.topic), entry.headword);
    const names = entries.flatMap((entry) => [entry.headword, ...entry.aliases]);
    assert.equal(new Set(names).size, names.length);
  });

  it('is shipped as the module generated from it (`npm run lexicon`)', () => {
    assert.equal(readFileSync(LEXICON_MODULE, 'utf8'), lexiconModule(readFileSync(LEXICON_TSV, 'utf8')));
  });

  it('refuses a malformed glossary with the line: two columns, an unknown topic, a headword twice, a headword as an alias', () => {
    assert.throws(() => parseLexicon(['前置仓\tFront Warehouse'], 'a.tsv'), /a\.tsv:1: an entry has three columns/);
    assert.throws(() => parseLexicon(['前置仓\t\t物流'], 'a.tsv'), /a\.tsv:1: topic "物流" must be one of/);
    assert.throws(() => parseLexicon(['前置仓\t\t电商零售与物流', '', '前置仓\t\t电商零售与物流'], 'a.tsv'), /a\.tsv:3: "前置仓" is already a name of the entry on line 1/);
    assert.throws(() => parseLexicon(['超级计算机\t超算\t云与算力', '超算\t\t云与算力'], 'a.tsv'), /a\.tsv:2: "超算" is already a name/);
  });
});

describe('the glossary in the reports', () => {
  it('finds an entry written once as a word of its own, with its sentence (贷后管理, 前置仓)', () => {
    assert.deepEqual(found(['贷后管理\tPost-loan Management\t区块链与金融科技'], ['金融机构在信用风险控制、反欺诈、贷中监控、贷后管理等领域也在面临越来越多的挑战。']), ['贷后管理']);
    // Not when the curation suppresses it.
    const lexicon = parseLexicon(['贷后管理\tPost-loan Management\t区块链与金融科技'], 'test.tsv');
    assert.deepEqual(lexiconNames(['金融机构在信用风险控制、反欺诈、贷中监控、贷后管理等领域也在面临越来越多的挑战。'], lexicon, new Set(), new Set(['贷后管理'])), []);
    for (const [name, words] of [
      ['贷后管理', '贷中监控、贷后管理等领域'],
      ['前置仓', '主仓 – 前置仓 – 分拣中心'],
    ]) {
      const term = termNamed(name);
      assert.ok(term, name);
      assert.equal(term.status, 'used', name);
      assert.ok(term.definitions[0].quote.includes(words), name);
    }
  });

  it('finds an entry of the finer half written once (表面码), and no longer a generic word deleted from it (达人, read in 触达人)', () => {
    const sentence = '表面码是纠错效果比较好的一种技术。';
    assert.deepEqual(lexiconNames([sentence], shippedLexicon(), new Set(), new Set()).map(({ name }) => name), ['表面码']);
    assert.equal(termNamed('表面码')?.definitions[0].quote, sentence);
    // 达人 (an influencer) as the glossary wrote it would be read in 触达人 (reaches people).
    const reaching = '**通过消息触达人，可随时发起音视频会议、文档协同，并支持任务、日程派发，保障安全高效沟通。';
    assert.deepEqual(found(['达人\tInfluencer / Creator\t电商零售与物流'], [reaching]), ['达人']);
    assert.ok(!shippedLexicon().some((entry) => entry.headword === '达人'));
    assert.equal(termNamed('达人'), undefined);
  });

  it('reads an acronym in capitals only as written (SWIFT is not JD Cloud Swift), a name in mixed case in any (Zigbee for ZigBee)', () => {
    const product = '▶ **敏捷专有云版本 (JD Cloud Swift)**,产品主要面向政府和企业客户核心业务的上云需求。';
    assert.deepEqual(found(['环球银行金融电信协会\tSWIFT\t区块链与金融科技'], [product]), []);
    assert.ok(!lexiconNames([product], shippedLexicon(), new Set(), new Set()).some(({ entry }) => entry.aliases.includes('SWIFT')));
    // Of two entries whose names differ only in case, each is read where the reports write it.
    const lines = ['生成对抗网络\tGAN\t人工智能', '氮化镓\tGaN\t芯片与硬件'];
    assert.deepEqual(lexiconNames([product.replace('Swift', 'GaN')], parseLexicon(lines, 'test.tsv'), new Set(), new Set()).map(({ entry }) => entry.headword), ['氮化镓']);
    assert.deepEqual(found(['ZigBee\t\t通信网络'], ['传统接入技术分为短距离即局域网接入（ WiFi、蓝牙和 Zigbee 等）和长距离即广域网接入。']), ['Zigbee']);
  });

  it('does not read an English word inside a longer English name (`Full Spectrum`), nor a name opening a body\'s (`Linux基金会`)', () => {
    const glossary = ['频谱\tSpectrum\t通信网络', 'Linux\t\t云与算力', 'Kubernetes\tK8s\t云与算力'];
    const slogan = '京东依托在云计算的长期业务实践和技术沉淀，为城市提供全栈式 (Full Stack)、全频段 (Full Spectrum)、全场景 (Full Services)、全生态 (Full Ecosystem) 的云计算服务。';
    const foundation = '2013年，PaaS服务商Pivotal提出云原生的概念，2015年夏天，Linux基金会创建了云原生基金会CNCF，云原生在近五年的时间里迅速发展。';
    assert.deepEqual(found(glossary, [slogan, foundation]), []);
    // A word written as itself, or an acronym after an English word (`JD Cloud GaN` above), is read.
    assert.deepEqual(found(glossary, ['统一纳管 15+ 以上异构平台(主流公有云、主流虚拟化平台、OpenStack、Kubernetes、裸金属、边缘计算等)']), ['Kubernetes']);
  });

  it('does not find one written only inside a longer word, before a derivational suffix or running into a word', () => {
    const glossary = ['嵌入\tEmbedding\t人工智能', '数据集\tDataset\t数据', '北斗卫星导航系统\t北斗 / BDS\t前沿技术', '边缘计算\tEdge Computing\t通信网络', '仿真\tSimulation\t工业互联网与制造'];
    const sentences = [
      // A suffix making an adjective of it: 嵌入式, embedded.
      '演进的3G和4G网络能力将不足以应对不断增加的视频观看时间、更高分辨率的内容、更多的嵌入式媒体和沉浸式体验。',
      // 数据 + 集中 (the reports write 集中 on its own: the next two sentences), no dataset.
      '特别是在基于冯诺依曼构架的计算结构中，数据集中存储更加剧了内存带宽难以满足并行化计算带宽的矛盾。',
      '与此同时，集中信任机制必然在失效、费用方面存在天然的不足。',
      '在会场外的人工智能主题展览上，国内40余家人工智能行业领军企业带来的300余项创新产品及解决方案汇聚一堂，集中展示了当前我国人工智能领域的最新成果。',
      // A short alias opening another name: 北斗新仓 is a warehouse.
      '目前，京东物流的供应链解决方案已在京东亚洲一号和北斗新仓及其物流骨干网络成熟应用。',
      // Inside a longer name the rules know (边缘计算中心), and glued inside a word on both sides (数据仿真平台).
      '深入推进工业互联网网络、平台、安全三大体系建设，统筹云数据中心、边缘计算中心、智能计算中心布局。',
      '京东智能快递车自2016年诞生以来经历了多次迭代，目前搭载L4级自动驾驶芯片，拥有数据仿真平台、机器人管理平台和工控平台等，可实现自主环境感知、高精定位和规划预测等功能。',
    ];
    assert.deepEqual(found(glossary, sentences, new Set(['边缘计算中心'])), []);
    // Standing as words, they are found; the short alias too, bounded on both sides.
    assert.deepEqual(found(glossary, ['数据集、边缘计算和仿真都是北斗的配套。']), ['数据集', '边缘计算', '仿真', '北斗']);
  });

  it('names an entry found only through an alias as the reports write it, and gives the term the glossary\'s aliases', () => {
    assert.deepEqual(found(['北斗卫星导航系统\t北斗 / BDS\t前沿技术'], ['车辆接入了北斗、GPS等定位服务。']), ['北斗']);
    // 计算力, the glossary's alias of 算力 that a report writes, and an English alias no report writes, hover the term.
    const library = new Library(committedSnapshot());
    for (const [text, name] of [
      ['中国工程院院士王恩东指出，计算力就是生产力', '算力'],
      ['banks tighten Post-loan Management', '贷后管理'],
      ['the ARM架構 of phones', 'ARM架构'],
    ]) {
      const at = text.search(/计算力|Post|ARM/u);
      assert.equal(library.matcher.matchAt(text, at)?.value.term, name, text);
    }
  });

  it('takes a glossary name as a name: a particle or an opening word inside it (以太坊, 多轮对话, 核心网, 鲁棒性), a Latin word (Kubernetes), another case (Zigbee)', () => {
    const uses: [string, string][] = [
      ['以太坊', '三是智能合约层，即区块链上智能合约代码的漏洞，如以太坊 TheDAO 事件，该智能合约被黑客攻击窃取了价值数千万美金的加密货币。'],
      ['多轮对话', '可以预见，针对多轮对话复杂度指数级增长的问题，'],
      ['核心网', '5G网络以其端到端的切片技术，同一个核心网中具有不同的服务质量，按需灵活调整。'],
      ['鲁棒性', '通过探索新型计算架构，解决当前可解释性差、鲁棒性低和资源消耗高等问题。'],
      ['Kubernetes', '主流虚拟化平台、OpenStack、Kubernetes、裸金属、边缘计算等'],
      ['Zigbee', '传统接入技术分为短距离即局域网接入（ WiFi、蓝牙和 Zigbee 等）'],
    ];
    for (const term of firstHoversHolding(uses)) assert.equal(term.status, 'used', term.term);
    assert.ok(termNamed('Zigbee')?.aliases.includes('ZigBee'));
    // Still no organisation (中国信息通信研究院, whatever the glossary held) and no number.
    for (const name of ['中国信息通信研究院', '618']) assert.equal(termNamed(name), undefined, name);
  });

  it('judges a glossary name as a name, not as a phrase the rules cut (专家系统, 工业控制系统, 活体检测); a rule-found phrase of a generic head and a deleted generic entry stay out', () => {
    const uses: [string, string][] = [
      // A generic head (系统) on a modifier: isCompositional and isPhraseOfHead judge the rules' phrases, not these.
      ['专家系统', '自动驾驶要实现复杂的行为决策，需要人工对经验进行总结形成专家系统'],
      ['工业控制系统', '无论是先进工艺下的电子集成电路、高速数据通讯、工业控制系统还是广域计算系统都需要检测并纠正错误的发生。'],
      // A sector's head (检测) with no word of the field before it: outsideField judges the rules' names.
      ['活体检测', '多模态人脸活体检测对二维和三维头模的攻击正确拦截率达 100%'],
    ];
    firstHoversHolding(uses);
    const glossaryNames = new Set(shippedLexicon().flatMap((entry) => [entry.headword, ...entry.aliases]));
    // Phrases of a common word or a term and a generic head, found by the rules only, stay out (see isCompositional, isPhraseOfHead).
    for (const name of ['产业数据', '通信技术', '人工智能系统']) {
      assert.ok(!glossaryNames.has(name), name);
      assert.equal(termNamed(name), undefined, name);
    }
    // Generic entries deleted from the glossary: a glossary holding them reads them in the reports, the shipped one does not.
    const retail = '赋能线上、线下、全渠道、营销、供应链、物流等关键商业活动';
    assert.deepEqual(found(['全渠道\tOmnichannel\t电商零售与物流'], [retail]), ['全渠道']);
    for (const name of ['全渠道', '研发设计', '传感器数据', '产业生态']) {
      assert.ok(!glossaryNames.has(name), name);
      assert.equal(termNamed(name), undefined, name);
    }
  });

  it('keeps an entry the rules found too as one term, the glossary\'s names its aliases (集成电路 / IC, 独立组网 / SA, 超算)', () => {
    const terms = committedSnapshot().terms;
    for (const [name, alias] of [
      ['集成电路', 'IC'],
      ['独立组网', 'SA'],
      ['超算', '超级计算机'],
    ]) {
      assert.ok(termNamed(name)?.aliases.includes(alias), name);
      assert.equal(terms.filter((term) => term.term === alias || term.aliases.includes(alias)).length, 1, alias);
    }
    // The curation's English names name these things, not others: Industrial Internet is 工业互联网 (the glossary's), not
    // 产业互联网; Computer Vision is 计算机视觉, not 机器视觉.
    assert.ok(termNamed('工业互联网')?.aliases.includes('Industrial Internet'));
    assert.ok(termNamed('产业互联网')?.aliases.includes('Industry Internet'));
    assert.ok(!termNamed('机器视觉')?.aliases.includes('Computer Vision'));
    // An acronym the rules tie to a term names the same thing (`增强型移动宽带（eMBB）`, the glossary's 增强移动宽带 / eMBB)…
    assert.ok(termNamed('增强型移动宽带')?.aliases.includes('增强移动宽带'));
    assert.equal(termNamed('增强移动宽带'), undefined);
    // …but an entry whose headword the rules tie to another thing is not the reports' (DSP, 广告位需求方平台 in the
    // reports' gloss, is no 数字信号处理器 there).
    assert.ok(!termNamed('广告位需求方平台')?.aliases.includes('数字信号处理器'));
  });

  it('gives the glossary\'s topic as the category where the curation\'s keywords give none (规上工业, 贝叶斯网络, 网络强国)', () => {
    assert.equal(termNamed('规上工业')?.category, '产业与政策');
    assert.equal(termNamed('贝叶斯网络')?.category, '人工智能');
    assert.equal(termNamed('网络强国')?.category, '产业与政策');
  });

  it('gives a glossary term its topic\'s category before its chapter\'s keyword, unless the topic\'s is a loose one (OCR, API, 时间戳)', () => {
    // First written under chapters on smart cities, whose 城市 gives 智能应用.
    assert.equal(termNamed('OCR')?.category, '人工智能');
    assert.equal(termNamed('API')?.category, '云计算与算力');
    // 区块链与金融科技 gives only one of two categories: a timestamp keeps its chapter's (京东区块链技术与应用优势).
    assert.equal(termNamed('时间戳')?.category, '区块链');
  });

  it('changes nothing else: built without it, the snapshot has every term the glossary leaves, and none of its own', function () {
    this.timeout(180_000);
    const without = buildSnapshot({ reportsDir: REPORTS_DIR, curationPath: CURATION, lexicon: [] });
    const terms = committedSnapshot().terms;
    const names = new Set(terms.flatMap((term) => [term.term, ...term.aliases]));
    // A term the rules found is still one, or the reports write it only inside a longer glossary name, which is the term
    // there (TWS in TWS耳机).
    for (const term of without.terms) assert.ok(names.has(term.term) || terms.some((other) => other.term.length > term.term.length && other.term.includes(term.term)), term.term);
    for (const name of ['贷后管理', '前置仓', '获客成本']) assert.ok(!without.terms.some((term) => term.term === name), name);
    // Without the glossary IC is a term of its own, as before it.
    assert.ok(without.terms.some((term) => term.term === 'IC'));
  });
});
