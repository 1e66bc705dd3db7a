/**
 * Term extraction: which words the reports define or explain, their aliases,
 * category and definitions — always sentences of the reports, verbatim.
 *
 * Candidates come from the text — definition patterns anywhere in a sentence,
 * bracket glosses of every shape, bullet labels and section headings named
 * after a term, and names the reports use often without defining them — and
 * from the curation file. An explicit definition is evidence enough; weaker
 * findings need the corpus to use the name more than once.
 */
import type { Definition, DefinitionKind, Occurrence, Term, TermStatus } from '../core/model';
import { FoldTable, isAllCapitals, isHan } from '../core/normalize';
import { TermMatcher } from '../core/matcher';
import { categoryByKeyword, headingsNamingField, type Curation } from './curation';
import { InputError } from './yamlFile';
import type { ReportText, Sentence } from './reportText';
import { scriptVariants, simplifiedCharacters, toSimplified, pinyinOf } from './chinese';
import { clauseFindings, glossFindings, glossNames, hasParticle, isAcronymLike, type NameAtEnd, NOT_IN_TERM, versionFindings } from './termSources';
import { CATEGORY_OF_TOPIC, LOOSE_TOPICS, lexiconNames, shippedLexicon, type Lexicon, type LexiconEntry, type LexiconTopic } from './lexicon';
import { englishNames, enumeratedDevices, enumeratedNames, fieldNounNames, fieldNouns, gluedInsideWord, latinBeforeKind, latinListNames, outsideField, PHRASE_OPENING, quotedCoinages, usedTermCandidates } from './usedTerms';

/** `X本质是一种…`, `X从本质上讲是…`, `X实质上是…`: what the term is at bottom — a definition when it names a category. */
const ESSENCE_VERB = String.raw`(?:从)?(?:本质|实质)上?(?:讲|来说|而言)?[，,]?是`;
/** The space the reports write between Han and Latin characters inside a name (`时空 AI`, `区块链 3.0`). */
const MIXED_SPACE = String.raw`(?<=\p{Script=Han}) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=\p{Script=Han})`;
/**
 * What the subject does to what, and where it leaves it: 将/把, an object, a verb with a complement of result
 * (`3D 封装技术将若干个裸芯片层叠在一起`, `IoT 应用框架将物联网拆分成更小粒度的分片`). Not the future 将 (`将成为`, `将通过`,
 * `将全面更新…`): a verb or adverb right after it, or no complement within its clause.
 */
const BA_CONSTRUCTION = String.raw`(?:将|把)(?!通过|会|要|是|成为|有|可|能|进一步|逐步|全面|广泛|持续|不断|继续|迎来|加快|推动|进入|实现|带来|覆盖|提供|为|在|从|以|与|和|对|向|大|更|极|日益|得到|获得|沿着)[^，,。；;：:]{2,20}?(?:[成到于至入](?!为)|化为|在一起|在[^，,。；;：:]{1,10}上)`;
/**
 * An adverb of manner before 将/把 (`时空数据引擎创新性地将多源异构城市数据标准化为六种时空数据模型`): how the subject does it,
 * the construction still the subject's.
 */
const MANNER_BEFORE_BA = String.raw`(?:创新性|有效|快速|高效|自动|精准|更好|很好|动态|实时)地(?=[将把])`;
/**
 * The first half of a correlative pair between a subject and its predicate (`量子云计算一方面实现…，另一方面…`, `自主化装备不仅
 * 可以连续多班工作…，还可以…`): a verb of doing, providing or being after it is the subject's as much as without it. Not what
 * the subject makes others do (`消费贷款一方面使得…`) nor what it should do (`零售行业不仅需要关注…`).
 */
const CORRELATIVE = String.raw`(?:(?:一方面|不仅|不但|既)(?=可以|能够|实现|提供|用于|通过|利用|包括|是(?![否不])))`;

/**
 * What the subject mainly applies, a means (`目前无人超市主要应用 RFID 技术方便消费者进行自助结算`): 应用 as a verb taking a
 * technique, after 主要; not where the subject is applied (`主要应用于…`, `主要应用在…`).
 */
const APPLIES_MEANS = String.raw`(?<=主要)(?:应用|运用|使用)(?![于在到])`;
/**
 * What a thing is built with and makes, after a bare `是` (`VR商城是采用VR技术生成可交互的三维购物环境`): the means, a technique
 * named within the clause, and what it produces — what the thing is, as surely as `是指`.
 */
const BUILT_BY = /^(?:采用|基于|利用|运用)[^，,。；;]{1,20}(?:技术|算法|平台|系统)[^，,。；;]{0,6}(?:生成|构建|搭建|打造|实现)[^，,。；;]{2,}/u;
/**
 * What the subject must do, in both halves of a correlative pair (`调度系统不但要调度计算任务还要配置计算资源`): its tasks, which
 * say what a system is for. Both halves, and only after a technique's name (TECHNIQUE_HEAD): what a trade should heed
 * (`零售行业不仅需要关注…`) is advice, not what it is.
 */
const DUTY_PAIR = String.raw`(?:不但|不仅|既)(?:要|需要)[^，,。；;]{2,20}[，,]?(?:还|也|而且|同时)(?:要|需要)`;
const DUTY_PREDICATE = new RegExp(`^${DUTY_PAIR}`, 'u');
const DUTY_OPENING = new RegExp(String.raw`^(?:(?:而|其中|同时|目前|此外|另外|因此)[，,]?)?(?<term>\p{Script=Han}{3,10}?)(?=${DUTY_PAIR})`, 'u');
/**
 * What kind of thing the subject is, one of a kind (`作为一站式全域数据汇聚平台`, `作为面向混合云以及多云场景提供的一整套产品`),
 * then what it provides or does: the category and the work say what the thing is.
 */
const AS_ONE_OF_A_KIND = String.raw`作为[^，,。；;]{0,20}?一(?:个|套|整套|款|站式)[^，,。；;]{0,20}(?:产品|平台|系统|工具|引擎|框架)[，,](?=提供|将|把|实现|支持|为)`;
/** A sentence that opens with a term and a defining verb: `区块链是一种…`, `所谓分布式，是指…`, `微服务（Microservice）是…`. */
const DEFINING = new RegExp(
  String.raw`^(?:所谓|而|其中[，,]?|[一二三四五六七八九十]是)?(?<term>(?:[\p{Script=Han}A-Za-z0-9+·\-]|${MIXED_SPACE}){2,14}?)` +
    String.raw`(?:[（(](?<english>[A-Za-z][^（）()]{0,40})[）)])?[，,]?\s?` +
    String.raw`(?<verb>是指|指的是|就是|即是|即(?![将使便刻时])|是一种|是一个|是一项|是一类|被定义为|可以定义为|${ESSENCE_VERB}|指(?![出导标挥引定向南令示明])|是(?![否非不]))`,
  'u',
);
/**
 * An enumerated item inside a sentence, then what it is: `…三个不同的层次：一是网络层，即…`. Three characters or more: an
 * unquoted two-character item is as often a common word (a quoted one is read by QUOTED_DEFINITION).
 */
const ENUMERATED_DEFINITION = /[：:；;](?:第)?[一二三四五六七八九十]是(?<term>[\p{Script=Han}A-Za-z0-9+\-]{3,12}?)[，,](?:即|也就是|是指)(?![将使便刻时可])/gu;
/**
 * What a verb of reaching takes as its object, closing the clause, then `，即` and what it is: `…的人工智能系统，实现拟人化，即在
 * 语音识别与合成、视觉理解…等方面具备类似于或接近于人类的能力`. The verb marks where the name begins (`…的一个重要特征，即创新驱动`
 * names no 重要特征). The stage or mode of the name is the name's (`进入场景孪生阶段，即…` defines 场景孪生, see APPOSITIVE_DEFINITION).
 */
const REACHED_DEFINITION = /(?:实现|进入|迈向|走向|达到)(?<term>\p{Script=Han}{3,8}?)(?:阶段|模式|方式)?[，,](?:即|也就是)(?![将使便刻时可])/gu;
/**
 * A name closing its clause — after 的, or as what a making verb takes (`打造内容合规审核平台`) — then `，它可以/能够…`: 它 is
 * that name, and the clause says what it does. Not after a setting (`针对内容生成，它可以…`): 它 is then the sentence's topic.
 */
const PRONOUN_DOING = /(?:的|打造|推出|构建|研发|开发)(?<name>[^的，,。；;：:、“”"（）()\s]{3,10})[，,]它(?=可以|能够|可(?![能])|能(?![否]))/gu;
/** A document's short name for something it has just named in full: `（下称开放系统）`, `（以下简称中国科大）` (quotes removed). */
const SHORT_NAME = /[（(](?:以下简称|以下称|下称)([\p{Script=Han}A-Za-z0-9]{2,12})[）)]/gu;
/**
 * A sentence opening with a name and a verb saying what it does or is for: `边缘端通过…`, `IoT 应用框架提供…`, also after a
 * connective (`其中，数智化旨在通过数字协同和网络智能…`).
 */
/**
 * In what way the subject does what, and for whom: `城市入口以更落地、更具体、更实际、更统一的方式向人民、企业、政府提供一站式的
 * 政务、生活等服务`. The way alone is no explanation: a verb of providing or connecting follows in its clause.
 */
const IN_A_MANNER = String.raw`以[^，,。；;：:]{1,30}的方式[^，,。；;：:]{0,20}(?:提供|对接|实现|连接)`;
/**
 * A clause opening with a name, where it is applied, and by what means it works there: `图计算在风控反欺诈、反洗钱等领域的应用，
 * 可基于设备信息、环境信息、用户行为等信息洞察…关系网络`. It names a term of the field (used once, 图计算 is one), but describes
 * an application, not the thing: the judges after round 23 counted it wrong as an explanation, so it is shown as a use.
 */
const APPLIED_WHERE = String.raw`在[^，,。；;：:]{1,20}的应用[，,]?(?:可以|能够|可|能)(?:基于|通过|利用|借助)`;
const APPLIED_BY_MEANS = new RegExp(String.raw`^(?<term>\p{Script=Han}{3,10}?)${APPLIED_WHERE}`, 'u');
/**
 * A clause opening with a technique of something else, then what it does: `区块链中的分布式账本技术可有效解决信息分散的问题`. The
 * head (技术, 算法, 机制, 协议, 模型) says the name is a technique, not a phrase; how well it solves a problem names it but is a
 * benefit, no explanation (see PRAISING_CLAUSE).
 */
const PART_DOING = /^\p{Script=Han}{2,8}中的(?<term>\p{Script=Han}{3,8}(?:技术|算法|机制|协议|模型))(?<predicate>(?:可以|能够|可|能)(?:有效)?(?:解决|实现|完成|保障|提供|帮助|支持)[^，,。；;]*)/u;
/**
 * An example named after `，如`, then by what means it works (`…用于非临床场景，如手术模拟，通过事先对数字虚拟病人的手术模拟，判断
 * 真实患者的手术结果`): the clause after the name is its explanation.
 */
const EXAMPLE_BY_MEANS = /[，,；;](?:如|例如|比如)(?<term>\p{Script=Han}{3,8})[，,](?=(?:通过|利用|基于)[^，,。；;]{4,}[，,])/gu;
/** A sentence opening with 它 or 其 (not 其中, 其次, 其他…) and what it does: the subject of the sentence before it explained. */
const PRONOUN_DOING_NEXT = /^(?:它|其)(?![中次他余实])(?:主要)?(?:通过|利用|基于|借助|可以|能够|是一[个种类项])/u;

/**
 * Whether the sentence after one opening with `subject` goes on with what the subject does: `它通过…` (see PRONOUN_DOING_NEXT),
 * or, with no subject of its own, the action the subject's name ends in and what it acts on (`多模态知识融合是…。融合视觉、
 * 语音、文本等多模态信息对场景问题建模，…`). Not a noun the head opens (`融合技术…`) nor a clause of its own subject (`…是`).
 */
function continuesSubject(subject: string, next: string): boolean {
  if (PRONOUN_DOING_NEXT.test(next)) return true;
  const action = subject.slice(-2);
  return hanCount(subject) >= 4 && /^\p{Script=Han}{2}$/u.test(action) && next.startsWith(action) && /^(?!技术|算法|系统|平台|模型|能力|方式|方法)[^，,。；;]{6,}[，,]/u.test(next.slice(2)) && !/^[^，,。；;]*(?:是|为|有)/u.test(next.slice(2));
}
/** The subject opening a sentence, before a verb of being or becoming seen (`融合导航定位被认为…`, `量子计算机是…`). */
const SUBJECT_BEFORE_PRONOUN = /^(?<term>[\p{Script=Han}A-Za-z0-9\-]{2,12}?)(?:被认为|被视为|被称为|是|作为|已经|已|正在|目前|成为)/u;
/**
 * Two parallel clauses on what each subject provides for what (`5G通信技术为自动驾驶的全方位信息采集提供丰富数据来源，单车智能为
 * 其智能决策提供算力支持`): the second subject stands as a name as the first does. What each clause says is the subject's role
 * in the one system they make up, not what it is (see saysOtherThanWhatItIs).
 */
const PARALLEL_PROVIDING = /^(?:[^，,。；;]{1,12}[，,])?[^，,。；;]{2,12}?为[^，,。；;]{1,24}提供[^，,。；;]{2,20}[，,](?<term>\p{Script=Han}{3,8}?)为[^，,。；;]{1,24}提供/u;
/** What a thing is usually made of: `通常由海量内存单元和卷积、池化计算单元组成` (see COMPOSITION, which then explains it). */
const USUALLY_MADE_OF = String.raw`(?:通常|一般)由[^，,。；;于]{2,40}(?:组成|构成)`;
/**
 * A sentence opening with a name and what it does, by what means or for whom: `语音合成基于…`, `量子云计算一方面实现…`,
 * `品牌资产数据可以帮助品牌商衡量自身品牌的溢价能力…` (what it helps whom do), or what it is usually made of
 * (`因此神经网络计算构架通常由海量内存单元和卷积、池化计算单元组成`).
 */
const EXPLAINED_OPENING = new RegExp(String.raw`^(?:(?:而|其中|同时|目前|此外|另外|当前|未来|因此|例如|比如)[，,]?)?(?<term>(?:[\p{Script=Han}A-Za-z0-9+·\-]|${MIXED_SPACE}){2,14}?)\s?(?:主要|需要(?=[将把]))?(?:通过|基于|旨在|用于|作为一种|借助|(?:可以|能够|可|能)?帮助|${APPLIES_MEANS}|${BA_CONSTRUCTION}|${IN_A_MANNER}|${CORRELATIVE}|${USUALLY_MADE_OF})`, 'u');
/**
 * After a name opening a sentence, the stage it names, then what happens in it or what it is rather than what it is not
 * (`人机协作阶段，机器与人进行互补，…`, `人机融合阶段并不是机器取代人类，而是人类通过与机器融合变成“超人类”`): a stage of a path
 * the report lays out is explained by what the sentence says of it.
 */
/**
 * A clause whose subject is said to belong to a category (`…，因此全栈编译也属于软硬件协同设计的范畴`): the genus says what
 * kind of thing the subject is. The subject opens the sentence or its clause (after `，`, `，因此`, `；`).
 */
const CATEGORY_MEMBERSHIP = /(?:^|[，,；;](?:因此|所以)?)(?<term>[^，,。；;：:]{2,14}?)(?:也|则|同样)?属于[^，,。；;]{2,24}?的?(?:范畴|范围)/gu;
/**
 * A sentence opening with the name of a thing — a supply chain, a system, a platform, a network, an engine — set off by a
 * comma (`数智化医疗健康供应链，`): what follows is said of the thing (see collectOpening).
 */
const THING_SET_OFF = /^(?<term>\p{Script=Han}{3,10}?(?:供应链|系统|平台|网络|引擎))[，,]/u;
/** A sentence opening with 全 and two characters, then `是` or `则是` and what it is (`全链路则是实现…的整体优化与重构`). */
const WHOLE_REACH_DEFINED = /^(?<term>全\p{Script=Han}{2})(?:则|就)?是(?![否非不])/u;
const STAGE_PREDICATE = /^阶段(?:[，,]|(?:并)?不是[^，,。；;]{2,30}[，,]而是)/u;
const STAGE_OPENING = new RegExp(String.raw`^(?<term>\p{Script=Han}{3,8}?)(?=${STAGE_PREDICATE.source.slice(1)})`, 'u');
/**
 * Heads that say a name is a technique, a system or a platform of the field (`脑机交互技术`, `量子云计算`, `智能零售平台`; `系统部署
 * 调度`, scheduling as a task of computing systems; `边缘软件`): such a name opening a sentence on what it does
 * (EXPLAINED_OPENING) or is (DEFINING) is introduced there, once being enough. A name with another ending, used once, is as
 * often a cut at the wrong place (`并行容错常用于…`, `精密传感技术作用于…`).
 */
const TECHNIQUE_HEAD = /\p{Script=Han}{2}(?:技术|计算|平台|系统|算法|模型|架构|构架|网络|芯片|引擎|协议|框架|调度|软件)$/u;
const STRONG_VERBS = new Set(['是指', '指的是', '就是', '即是', '即', '是一种', '是一个', '是一项', '是一类', '被定义为', '可以定义为', '指']);
/**
 * Discourse words that open `X是…` sentences without being terms: 首先是…, 虽然是…, 什么是…, an ordinal (第三是…, 第一阶段是指…);
 * not the ordinal of a generation, a party, a sector or first principles (第三代人工智能, 第三方支付, 第三产业, 第一性原理).
 */
const DISCOURSE = /^(?:第[一二三四五六七八九十]+(?!代|方|产业|性原理)|首先|其次|再次|最后|然后|虽然|虽|无论|不论|什么|这个|那个|這個|特别|尤其|可能|不仅|因此|但是|还是|或者|也就|主要|关键|重点|目的|原因|问题|核心|本质|结果|目前|当前|未来|现在|同时|另外|此外|其中|可见|换言之|总之)/u;

/**
 * How a candidate was found, weakest first: a bare `X是…` needs more evidence
 * than a `中文（English）` pair, which needs more than `X是指…`.
 */
type Evidence = 'used' | 'weak' | 'gloss' | 'strong' | 'explained' | 'defining' | 'curated';
const EVIDENCE_RANK: Record<Evidence, number> = { used: 0, weak: 1, gloss: 2, strong: 3, explained: 4, defining: 5, curated: 6 };
/** Verbs that only ever introduce a definition: a term defined this way counts even if used once. */
const DEFINING_ONLY = new Set(['是指', '指的是', '被定义为', '可以定义为']);

interface Candidate {
  term: string;
  aliases: Set<string>;
  category?: string;
  evidence: Evidence;
  /** Also found among the names the reports use often (usedTerms.ts), whatever else found it. */
  usedOften?: boolean;
  /** Aliases from a gloss that gives only an acronym (`云服务（SaaS）`): given up to a term that spells it out. */
  looseAliases?: Set<string>;
  /** A name of a technique opening a sentence on what it does or is (see TECHNIQUE_HEAD): one use is enough. */
  introducesTechnique?: true;
  /** The topic of the glossary entry naming it (see lexicon.ts): its category when the curation's keywords give none. */
  topic?: LexiconTopic;
  /**
   * Named by a glossary entry the reports write as a word of its own (see collectLexicon): a vetted name of the field, so
   * the gates written against the phrases the rules find (a generic head, a compound of a common word, a trade of another
   * field) do not judge it; those that judge its use still do.
   */
  inGlossary?: true;
}

function hanCount(text: string): number {
  let han = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) han++;
  return han;
}

/** Whether a candidate is used often enough, for how it was found, to be a term rather than a one-off phrase. */
function isAccepted(candidate: Candidate, ownUses: number): boolean {
  // A name the reports use often is a term however else it was found (`5G-V2X是…` is a bare `X是…` of a Latin name).
  if (candidate.usedOften) return true;
  const short = hanCount(candidate.term) === 2;
  switch (candidate.evidence) {
    case 'curated':
    case 'used':
      return true;
    case 'defining':
    case 'explained':
      return ownUses >= 1;
    case 'strong':
      return ownUses >= (candidate.introducesTechnique ? 1 : 2);
    case 'gloss':
      // `产业（Industry）` glosses a common word: a two-character term needs an acronym-like name (`算力（AI）`).
      return !short || [...candidate.aliases].some(isAcronymLike);
    default:
      // A bare `X是…` names a term only for Chinese words of three or more characters; once is enough for a technique's name.
      return ownUses >= (candidate.introducesTechnique ? 1 : 3) && !short && hanCount(candidate.term) > 0;
  }
}

/**
 * A generic modifier before a generic head says how new or good a technology is, not which: 先进技术, 前沿技术, 新计算;
 * or how much or whose data: 海量数据, 基础数据, 销售数据, 业务系统; which layer of hardware or software: 基础硬件 (the
 * thirteenth round's judges: a general phrase).
 */
const GENERIC = /^(?:先进|尖端|前沿|新|新兴|高新|核心|关键|基础|底层|现代|顶尖|高端|计算)(?:技术|科技|计算)$|^(?:基础|海量|大规模|大量|动态|静态|历史|实时|业务|销售|相关)(?:数据|系统|平台|设备|硬件|软件)$|^技术(?:平台|系统)$/u;
/**
 * A platform or system named by the service it gives (服务, 管理, 办公, 审核, 发展) to what precedes: 企业综合服务平台,
 * 机群管理系统, 智能政务办公平台, 内容合规审核平台, AI+产业发展平台 — a description of one firm's module or one case's part,
 * not a name of the field (the judges of round 32's sample: a generic 某某平台/某某系统). A platform named by what it is
 * (工业互联网平台, 智臻链云签电子合同平台, 智慧城市操作系统) is no such description.
 */
const SERVICE_DESCRIBED = /\p{Script=Han}{2}(?:服务|管理|办公|审核|发展)(?:平台|系统)$/u;
/**
 * Heads that say what kind of thing a name is (data, a technique, a system) and nothing of which: see isCompositional.
 * 保护 too: 安全保护 and 数据保护 are phrases of 安全 and 数据, 隐私保护 (13 of 隐私's uses) is a term; and 设计: 产品设计 (9 of
 * 产品's 191 uses) is a phrase, 顶层设计 (3 of 顶层's 5) a term.
 */
const EMPTY_HEAD = /^\p{Script=Han}{2,3}(?:数据|技术|处理|系统|平台|设备|中心|生态|保护|设计)$/u;
/**
 * A (folded) name made of a name and a generic head saying what kind of thing it is: 人工智能技术, ai算法. 平台, 系统 and
 * 网络 are left out: they often name a thing of their own (专有云平台, 工业互联网平台, 区块链网络).
 */
const GENERIC_NAME_HEAD = /^(?<base>.{2,}?)(?:技术|算法)$/u;
/**
 * Heads that make a phrase of what precedes them when nothing defines, explains, glosses or quotes the name: 保护 an
 * action on it (protecting privacy), 运营 and 建设 work on it (`智能营销运营`, `数据中台建设`: the last judges), 档案, 系统,
 * 设备, 平台 a kind of thing of a term or of one sentence's description.
 */
const PHRASE_HEAD = /^(?<modifier>\p{Script=Han}{2,}?)(?<head>保护|运营|建设|档案|系统|设备|平台)$/u;
/**
 * Heads that say what a term of the field is put to or carried on, and nothing of which thing: its network, its
 * communication, its commercial use, its platform, its field (`区块链网络`, `5G通信`, `5G商用`). See isTermWithGenericHead.
 */
const GENERIC_HEAD_OF_TERM = /^(?<modifier>.{2,}?)(?:网络|通信|商用|系统|平台|模式|领域|应用|服务|方案|产业)$/u;
/**
 * A term, a plus and where it is put to work (`► 区块链 + 政务`, `区块链 + 金融`): the label of an application area, whose
 * paragraph says what the term brings there, never what the label names (the judges after round 38). See build.
 */
const APPLICATION_AREA = /^(?<modifier>[^+]+?)\s*\+\s*\p{Script=Han}[^+]*$/u;
/**
 * A term this long before a generic head makes a phrase of it (人工智能 + 系统); a word of two characters and a head of two
 * make a word of four the language has lexicalised (操作系统, 数据安全).
 */
const MIN_TERM_MODIFIER = 3;
/** A compound written less often than this share of its modifier's uses is a phrase the modifier makes at will. */
const MIN_COMPOUND_SHARE = 1 / 8;

/** How often a word is written in a text (non-overlapping). */
function countIn(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/**
 * Names of organisations, which the reports mention but do not define: 银行卡检测中心, 中国信息通信研究院; and of
 * trades (运营商, 托管商, 供应商: who sells, not what).
 */
const ORGANISATION = /(?:公司|集团|研究院|研究所|大学|学院|委员会|实验室|协会|检测中心|研究中心|示范中心|创新中心|管理局|商)$/u;

/** Whether a name can be a term; a quoted name (`“不可能三角”`) may contain particles and negations. */
function isTermShaped(term: string, quoted = false): boolean {
  // An English name takes more letters than a Chinese one characters (`Deep Infrastructure`).
  if (term.length < 2 || term.length > (hanCount(term) === 0 && term.includes(' ') ? 24 : 14) || (!quoted && hasParticle(term)) || DISCOURSE.test(term) || GENERIC.test(term) || ORGANISATION.test(term)) return false;
  // `安全性`, `稳健性`: a property of something, not a thing of the field; `全场景`, `全栈式`, `全生态 (Full Ecosystem)`:
  // how far an offer reaches (全 "whole-" before a two-character word), not a thing of the field either.
  if (/^\p{Script=Han}{2}性$|^全\p{Script=Han}{2}$/u.test(term)) return false;
  if (/^\d+[年月日]?$/.test(term) || /^\d{4}/.test(term) || /^[A-Za-z]+$/.test(term) && !isAcronymLike(term)) return false;
  const han = hanCount(term);
  // Either Chinese (two or more Han characters), an acronym-like Latin term (5G, C2M, BaaS, 5G-V2X) or an English name (Deep Data).
  return han >= 2 || (han === 0 && (isAcronymLike(term) || /^[A-Z][A-Za-z]+(?: [A-Za-z]+){1,5}$/.test(term)));
}

/**
 * Whether a glossary name the reports write can be a term: the glossary vets it as a name of the field, so a particle or an
 * opening word inside it is part of the name (以太坊, 对话系统, 多轮对话, 核心网, 鲁棒性) and a Latin one may be a word
 * (Kubernetes, Robotaxi); it is still no organisation or trade, no number (618) and no longer than a name.
 */
function isGlossaryNameShaped(name: string): boolean {
  if (isTermShaped(name)) return true;
  const latinWord = /^[A-Z][A-Za-z]+$/.test(name);
  return name.length <= 14 && !ORGANISATION.test(name) && !GENERIC.test(name) && (hanCount(name) >= 2 ? !/^\d/.test(name) : latinWord);
}

/**
 * `(兼顾扩展性、安全性和去中心化)` after a term: a bracket saying in Chinese what it consists of; not examples
 * (`（如公安、税务等）`, `（IoT设备、车辆、人流等）`).
 */
const BRACKET_EXPLANATION = /^[（(](?!如|例如|比如|包括)(?=[^（）()]*\p{Script=Han}{2}[^（）()]*[、，,和与及])[^（）()]{4,40}(?<!等)[）)]/u;
/**
 * `“不可能三角”（兼顾扩展性、安全性和去中心化）`: a quoted name of three or more characters (`“标准”（典型尺寸…）` is a
 * common word), then such a bracket.
 */
const QUOTED_NAME_GLOSS = new RegExp(`“(?<name>[\\p{Script=Han}A-Za-z0-9]{3,8})”${BRACKET_EXPLANATION.source.slice(1)}`, 'gu');

/**
 * `通过“女巫攻击”即伪造多个节点与特定节点通讯的方式`, `所谓的“泛娱乐”，即视频、游戏…`: a quoted name, then `即` and what it is
 * (not `即将`, `即可`). Two characters are enough: the quotation marks set the name apart and 即 says what it stands for.
 * Not a count (`“5大关键突破”和“1个底板基础”，即…`: the items of a plan), nor an ordinal item (see ORDINAL_ITEM).
 */
const QUOTED_DEFINITION = /[“「](?![0-9一二三四五六七八九十两])(?<name>[\p{Script=Han}A-Za-z0-9]{2,10})[”」][，,]?即(?![将使便刻时可])/gu;

/** A sentence opening with a name whose first part is quoted, then its head (`“智臻链云签”电子合同平台是…`). */
const QUOTED_PART_OPENING = /^[“"][\p{Script=Han}A-Za-z0-9]{2,10}[”"]\p{Script=Han}{2,8}?(?=是|[（(，,]|通过|旨在|作为)/u;

/**
 * An ordinal item before a quoted name (`第四是“做长”，即产业全链路的供应链体系`): the name is one of the dimensions of a plan
 * the report lays out, its slogan's word, not a term of the field (the judges of seed 1796527042: 做长).
 */
const ORDINAL_ITEM = /(?:第)?[一二三四五六七八九十]是$/u;

/**
 * The quoted names a sentence says what they are with `即` (see QUOTED_DEFINITION), not a plan's dimensions (see
 * ORDINAL_ITEM), nor a name followed by what will happen (see FORETOLD).
 */
export function quotedDefinitions(text: string): string[] {
  return [...text.matchAll(QUOTED_DEFINITION)]
    .filter((match) => !ORDINAL_ITEM.test(text.slice(0, match.index)) && !FORETOLD.test(text.slice(match.index + match[0].length)))
    .map((match) => match.groups!.name);
}

/**
 * Keyed sentences joined into one string (a line each: keys hold no white space), with where each starts, so
 * that every sentence holding a key is found by one `indexOf` walk per key.
 */
class KeyedParagraphs {
  private readonly text: string;
  private readonly starts: Int32Array;

  constructor(
    pieces: string[],
    /** The sentence index of each piece. */
    private readonly indices: number[],
  ) {
    this.text = pieces.join('\n');
    this.starts = new Int32Array(pieces.length);
    for (let i = 1; i < pieces.length; i++) this.starts[i] = this.starts[i - 1] + pieces[i - 1].length + 1;
  }

  /** The sentence indices of the pieces containing one of `keys`. */
  containing(keys: Iterable<string>): Set<number> {
    const found = new Set<number>();
    for (const key of keys) {
      for (let at = this.text.indexOf(key); at >= 0; ) {
        const piece = this.pieceAt(at);
        found.add(this.indices[piece]);
        // The next piece: one hit is enough for a sentence.
        at = piece + 1 < this.starts.length ? this.text.indexOf(key, this.starts[piece + 1]) : -1;
      }
    }
    return found;
  }

  /** The piece holding offset `at` (the last start at or before it). */
  private pieceAt(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/**
 * 全 "whole-" opening a name of five or more characters that ends in a head of the field (`全渠道供应链借助智能履约决策大脑…`):
 * how far the thing reaches is part of its name. A shorter one says how far an offer reaches (全场景, 全栈式).
 */
const WHOLE_REACH_NAME = /^全\p{Script=Han}{2,4}(?:供应链|网络|平台|系统)$/u;

export class TermExtractor {
  private readonly candidates = new Map<string, Candidate>();
  /** Keys of the names a document introduces as its own short names (`（下称“开放系统”）`). */
  private readonly shortNames = new Set<string>();
  /** The keys of the nouns of the field found standing as words of their own (see fieldNouns in usedTerms.ts). */
  private readonly fieldNounKeys = new Set<string>();
  private readonly folding = new FoldTable();
  /** Folded, simplified forms of terms and sentences, computed once each. */
  private readonly keys = new Map<string, string>();
  /** The paragraphs of all reports, in simplified script: how often a word is written. */
  private paragraphText = '';
  /** Every report's whole text in simplified characters, wording kept (see variantsOf). */
  private wholeText: string | undefined;

  /** Each report's paragraph sentences keyed, for finding the few a term's keys occur in (see `sentencesNaming`). */
  private readonly keyedParagraphs = new Map<ReportText, KeyedParagraphs>();

  constructor(
    private readonly reports: ReportText[],
    private readonly curation: Curation,
    /** The dictionary of the field (see lexicon.ts); the shipped glossary unless the caller gives another or none. */
    private readonly lexicon: Lexicon = shippedLexicon(),
  ) {}

  /** The Latin names the glossary gives in capitals to one thing and in another case to another (see withCapitals). */
  private caseDistinctKeys?: Set<string>;

  private key(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      // Quotation marks around a term (`“新基建”是…`) do not change what defines it, nor a hyphen inside a Latin name
      // (`Wi-Fi` and `WiFi` are one term).
      key = this.marked(text).replace(/[“”"‘’]+/g, '');
      this.keys.set(text, key);
    }
    return key;
  }

  /** A text folded as its key is, with its quotation marks kept: they set a name apart (`“智能工厂”`, `“C2M 智能工厂”`). */
  private marked(text: string): string {
    return this.folded(text).replace(/\s+|(?<=[A-Za-z\d])-(?=[A-Za-z\d])/g, '');
  }

  /**
   * A text in simplified script, folded (width, radicals, case), as long as the simplified text. Case folds, except where
   * the glossary gives an acronym in capitals and another spelling to two things (GAN, generative adversarial network,
   * and GaN, gallium nitride; POS and PoS; SOC and SoC): there the capitals stay, one name, and every other spelling
   * (`GaN`, `Gan`, `gan`) is the other, as lexicon.ts reads the glossary's names — in the names and in the sentences
   * searched for them alike. The reports write one thing in two cases (IoT and IOT, App and APP, ZigBee and Zigbee): for
   * those case folds.
   */
  private folded(text: string): string {
    const simplified = toSimplified(text);
    const folded = this.folding.fold(simplified);
    this.caseDistinctKeys ??= caseDistinctKeys(this.lexicon, (name) => this.folding.fold(name));
    const distinct = this.caseDistinctKeys;
    if (distinct.size === 0) return folded;
    return folded.replace(/[a-z0-9]+/g, (run: string, at: number) => (distinct.has(run) && isAllCapitals(simplified.slice(at, at + run.length)) ? run.toUpperCase() : run));
  }

  private candidate(written: string, evidence: Evidence): Candidate {
    // Terms found in a traditional-script report are named in simplified characters, the form most reports use.
    const term = simplifiedCharacters(written);
    const canonical = this.curation.merge.get(term) ?? term;
    const key = this.key(canonical);
    let candidate = this.candidates.get(key);
    if (!candidate) {
      candidate = { term: canonical, aliases: new Set(), evidence };
      this.candidates.set(key, candidate);
    }
    if (EVIDENCE_RANK[evidence] > EVIDENCE_RANK[candidate.evidence]) candidate.evidence = evidence;
    // Every spelling that folds to the candidate is a name it answers to: 智慧医疗 beside 智能医疗 (Taiwan wording folds
    // one into the other), the traditional 區塊鏈 beside 区块链.
    for (const form of new Set([written, term])) if (form !== candidate.term) candidate.aliases.add(form);
    return candidate;
  }

  /** Collects candidates from the curation and the text. */
  collect(): void {
    for (const curated of this.curation.terms) {
      const candidate = this.candidate(curated.term, 'curated');
      curated.aliases.forEach((alias) => candidate.aliases.add(alias));
      candidate.category = curated.category;
    }
    for (const report of this.reports) {
      report.sentences.forEach((sentence, index) => {
        if (sentence.block.kind === 'label') this.collectLabel(report.sentences, index);
        else {
          this.collectQuotedGlosses(sentence.text);
          this.collectSentence(sentence.text.replace(/[“”"‘’]/g, ''), this.inProductSection(report.sectionPath(sentence.blockIndex).path));
          // `“智臻链云签”电子合同平台是…`: the name found without its quotation marks is written with them, and only the written
          // form finds its uses in the text.
          const quoted = QUOTED_PART_OPENING.exec(sentence.text)?.[0];
          const found = quoted === undefined ? undefined : this.candidates.get(this.key(quoted));
          if (quoted !== undefined && found !== undefined) this.candidate(quoted, found.evidence);
          // `融合导航定位被认为定位导航技术的发展方向。它通过构建一个…软硬件综合系统，…`: the subject, then 它 says what it does.
          const next = report.sentences[index + 1];
          const subject = SUBJECT_BEFORE_PRONOUN.exec(sentence.text)?.groups?.term;
          // Before 被认为 the subject is a noun phrase even when it opens like a verb phrase (融合 of 融合导航定位).
          const named = subject !== undefined && (this.isNamedSubject(subject) || (/^\p{Script=Han}{3,10}被/u.test(sentence.text.slice(0, subject.length + 1)) && this.isNamedPassiveSubject(subject)));
          if (named && next?.blockIndex === sentence.blockIndex && sentence.block.kind === 'paragraph' && continuesSubject(subject, next.text) && hanCount(subject) >= 3) this.add(subject, [], 'explained');
        }
      });
      this.collectHeadings(report);
    }
    // Character by character: the phrase conversion of Taiwan wording would rewrite the simplified reports' own words
    // (智慧医疗 → 智能医疗, 医学影像 → 医学图像) into names no report uses.
    const paragraphs = this.reports.flatMap((report) => report.sentences.filter((sentence) => sentence.block.kind === 'paragraph').map((sentence) => simplifiedCharacters(sentence.text)));
    this.paragraphText = paragraphs.join('\n');
    for (const name of usedTermCandidates(paragraphs, this.curation.suppress, this.curation.organisations)) {
      if (isTermShaped(name)) this.candidate(name, 'used').usedOften = true;
    }
    for (const name of quotedCoinages(paragraphs, this.curation.suppress, this.curation.organisations)) {
      if (isTermShaped(name)) this.candidate(name, 'used').usedOften = true;
    }
    // The names found so far that stand as terms by themselves (not a bare `X是…` still waiting for its uses) vouch for
    // the other items of their enumerations.
    const known = new Set([...this.candidates.values()].filter((candidate) => candidate.usedOften || EVIDENCE_RANK[candidate.evidence] >= EVIDENCE_RANK.gloss).flatMap((candidate) => [candidate.term, ...candidate.aliases]));
    for (const name of enumeratedNames(paragraphs, known, this.curation.suppress, this.curation.organisations)) {
      if (isTermShaped(name)) this.candidate(name, 'used').usedOften = true;
    }
    for (const name of [
      ...latinListNames(paragraphs, known, this.curation.suppress, this.curation.organisations),
      ...englishNames(paragraphs, known, this.curation.suppress, this.curation.organisations),
      ...enumeratedDevices(paragraphs, known, this.curation.suppress, this.curation.organisations),
      ...latinBeforeKind(paragraphs, known, this.curation.suppress, this.curation.organisations),
    ]) {
      if (isTermShaped(name)) this.candidate(name, 'used').usedOften = true;
    }
    // A noun of the field written as a word of its own (芯片, 算法, 风控), answering to the full forms it abbreviates too.
    for (const { name, fullForms } of fieldNouns(paragraphs, known, this.curation.suppress)) {
      if (!isTermShaped(name)) continue;
      const candidate = this.candidate(name, 'used');
      candidate.usedOften = true;
      fullForms.forEach((form) => candidate.aliases.add(form));
      this.fieldNounKeys.add(this.key(name));
    }
    // Kinds of the field's made things, named in enumerations (光通信芯片, 物流无人机), once the nouns are known.
    const nouns = new Set([...this.candidates.values()].filter((candidate) => candidate.usedOften || EVIDENCE_RANK[candidate.evidence] >= EVIDENCE_RANK.gloss).map((candidate) => candidate.term));
    for (const name of fieldNounNames(paragraphs, nouns, known, this.curation.suppress, this.curation.organisations)) {
      if (isTermShaped(name)) this.candidate(name, 'used').usedOften = true;
    }
    this.collectLexicon(paragraphs);
  }

  /** See `particleNames`. */
  private nameAtEnd?: NameAtEnd;

  /**
   * The glossary's names that hold a particle's character as part of a word (生成对抗网络, 工业以太网, 支持向量机): a run
   * ending with one is not cut inside it (see `termAtEnd`). Looked up by the run's simplified characters, so a
   * traditional-script report's 生成對抗網絡 is one too.
   */
  private particleNames(): NameAtEnd {
    if (this.nameAtEnd === undefined) {
      const names = new Set(this.lexicon.flatMap((entry) => [entry.headword, ...entry.aliases].map(simplifiedCharacters)).filter((name) => /^\p{Script=Han}+$/u.test(name) && hasParticle(name)));
      const longest = Math.max(0, ...[...names].map((name) => name.length));
      this.nameAtEnd = (run) => {
        const simplified = simplifiedCharacters(run);
        if (simplified.length !== run.length) return undefined;
        for (let length = Math.min(longest, run.length); length >= 2; length--) {
          if (names.has(simplified.slice(-length))) return run.slice(-length);
        }
        return undefined;
      };
    }
    return this.nameAtEnd;
  }

  /**
   * The glossary's entries (see lexicon.ts). An entry is the same thing as the candidates the rules found under one of
   * its names (超算 for 超级计算机 / 超算, 独立组网 and SA for 独立组网 / SA, which then merge): they take its other names as
   * aliases and its topic. One the paragraphs write as a word of its own, outside the longer names found so far, is a
   * candidate as the names found by their uses are — those candidates, or else a new one named as the reports write it.
   * An alias another candidate answers to stays that one's (`Industrial Internet`, the curation's for 产业互联网, is
   * not given to 工业互联网): a name leads to one term.
   */
  private collectLexicon(paragraphs: string[]): void {
    const known = new Set([...this.candidates.values()].filter((candidate) => candidate.usedOften || EVIDENCE_RANK[candidate.evidence] >= EVIDENCE_RANK.gloss).flatMap((candidate) => [candidate.term, ...candidate.aliases]));
    const found = new Map(lexiconNames(paragraphs, this.lexicon, known, this.curation.suppress, this.curation.organisations).map(({ name, entry }) => [entry, name]));
    // What each key names now: a candidate's own name, and every candidate answering to it, by name or alias — only by
    // a loose alias (`云服务（SaaS）`) where none answers otherwise, as dropAmbiguousAliases will have it.
    const named = new Map<string, Candidate>();
    const answering = new Map<string, { candidate: Candidate; loose: boolean }[]>();
    for (const candidate of this.candidates.values()) {
      named.set(this.key(candidate.term), candidate);
      for (const name of new Set([candidate.term, ...candidate.aliases])) {
        const key = this.key(name);
        answering.set(key, [...(answering.get(key) ?? []), { candidate, loose: candidate.looseAliases?.has(name) ?? false }]);
      }
    }
    const answeringTo = (key: string) => {
      const all = answering.get(key) ?? [];
      const firm = all.filter(({ loose }) => !loose);
      return (firm.length > 0 ? firm : all).map(({ candidate }) => candidate);
    };
    for (const entry of this.lexicon) {
      const keys = new Set([entry.headword, ...entry.aliases].map((name) => this.key(name)));
      // The candidates named otherwise that answer to a name of the entry: the rules tie that name to them.
      const claimers = (name: string) => answeringTo(this.key(name)).filter((candidate) => !keys.has(this.key(candidate.term)));
      // Its headword so tied, the entry is another thing than what the reports mean by it (`DSP`, the rules'
      // 广告位需求方平台, is no 数字信号处理器 here).
      if (claimers(entry.headword).length > 0) continue;
      // An acronym so tied names the same thing (`增强型移动宽带（eMBB）`, the glossary's 增强移动宽带 / eMBB): that
      // candidate is the entry's. Another name stays the candidate's (`Industrial Internet`, the curation's for
      // 产业互联网, is not given to 工业互联网).
      const names = [entry.headword, ...entry.aliases].filter((name) => claimers(name).length === 0 || isAcronymLike(name));
      const same = [...new Set(names.flatMap((name) => [...(named.has(this.key(name)) ? [named.get(this.key(name))!] : []), ...claimers(name)]))];
      const written = found.get(entry);
      // Written in another case than the glossary's (`Zigbee` for ZigBee, see lexicon.ts), a name is still one of the entry's.
      const name = written === undefined || !names.some((other) => this.key(other) === this.key(written)) ? undefined : written;
      // The entry's names go to one candidate, and the others it names merge into that one (see mergeAliases): the one
      // found with the surest evidence, else the one named by the headword (独立组网, not SA).
      const isHeadword = (candidate: Candidate) => this.key(candidate.term) === this.key(entry.headword);
      const sure = same.sort((a, b) => EVIDENCE_RANK[b.evidence] - EVIDENCE_RANK[a.evidence] || Number(isHeadword(b)) - Number(isHeadword(a)))[0] ?? (name === undefined || !isGlossaryNameShaped(name) ? undefined : this.candidate(name, 'used'));
      if (sure === undefined) continue;
      if (name !== undefined) {
        for (const candidate of [sure, ...same]) {
          candidate.usedOften = true;
          candidate.inGlossary = true;
        }
      }
      for (const other of names) if (other !== sure.term) sure.aliases.add(other);
      sure.topic ??= entry.topic;
    }
  }

  /** Adds a finding to its candidate, returned; undefined when the name cannot be a term. */
  private add(term: string, aliases: Iterable<string>, evidence: Evidence, loose = false): Candidate | undefined {
    // A name of the field holding a particle's character as part of a word (生成对抗网络) is a name, as collectLexicon takes it.
    if (!isTermShaped(term) && this.particleNames()(term) !== term) return undefined;
    const candidate = this.candidate(term, evidence);
    for (const alias of aliases) {
      if (alias === term || alias.length > 60) continue;
      if (loose && !candidate.aliases.has(alias)) (candidate.looseAliases ??= new Set()).add(alias);
      if (!loose) candidate.looseAliases?.delete(alias);
      candidate.aliases.add(alias);
    }
    return candidate;
  }

  /**
   * Takes from each candidate the aliases it should not answer to: a name the curation suppresses (IDC, the research
   * firm, is 互联网数据中心 in one gloss and International Data Corporation in most uses), and an acronym from a bare
   * `中文（ACRONYM）` gloss that another candidate's gloss spells out (`云服务（SaaS）` beside
   * `SaaS（Software-as-a-Service，软件即服务）`).
   */
  private dropAmbiguousAliases(candidates: Candidate[]): void {
    const firm = new Set(candidates.flatMap((candidate) => [...candidate.aliases].filter((alias) => !candidate.looseAliases?.has(alias)).map((alias) => this.key(alias))));
    for (const candidate of candidates) {
      for (const alias of candidate.aliases) {
        const suppressed = this.curation.suppress.has(alias);
        if (suppressed || (candidate.looseAliases?.has(alias) && firm.has(this.key(alias)))) candidate.aliases.delete(alias);
      }
    }
  }

  /**
   * A quoted name followed by what it consists of (`突破区块链的“不可能三角”（兼顾扩展性、安全性和去中心化）`): the
   * author names a concept and explains it. Quoted, the name may hold characters a phrase would (不).
   */
  private collectQuotedGlosses(text: string): void {
    for (const match of text.matchAll(QUOTED_NAME_GLOSS)) {
      if (isTermShaped(match.groups!.name, true)) this.candidate(match.groups!.name, 'defining');
    }
    for (const name of quotedDefinitions(text)) if (isTermShaped(name)) this.candidate(name, 'defining');
    for (const match of text.matchAll(MADE_PRODUCT_NAME)) {
      if (isTermShaped(match.groups!.name, true) && !MADE_FOR_A_CLIENT.test(text.slice(0, match.index))) this.candidate(match.groups!.name, 'explained');
    }
  }

  /**
   * Whether a section is named after one product: a platform or a system (`5.3.1 雄安新区块数据平台`), or a firm's offering (its
   * title opening with an organisation of the curation: `5.1.4 京东市域治理现代化平台`). The systems and centres its bullet labels
   * name (`分析研判系统：利用…`, `数据管理中心：依据…`) are the product's parts, not things of the field (round 21p).
   */
  private inProductSection(sectionPath: string): boolean {
    const title = (sectionPath.split(' › ').at(-1) ?? '').replace(/^[\d.\s]+/u, '');
    return /(?:平台|系统)$/u.test(title) || [...this.curation.organisations].some((organisation) => title.startsWith(organisation));
  }

  /**
   * Whether a paragraph writes one of the keys right after an organisation of the curation and at most four Han characters
   * (`京东科技数据中心巡检机器人`, `京东数据中心巡检机器人`): the firm's own kind of the thing.
   */
  private namesFirmsKind(paragraph: string, keys: Set<string>): boolean {
    const keyed = this.key(paragraph);
    return [...this.curation.organisations].some((organisation) => {
      const name = this.key(organisation);
      for (let at = keyed.indexOf(name); at >= 0; at = keyed.indexOf(name, at + 1)) {
        const after = keyed.slice(at + name.length);
        const qualifier = /^\p{Script=Han}*/u.exec(after.slice(0, MAX_FIRM_QUALIFIER))?.[0] ?? '';
        for (let length = 0; length <= qualifier.length; length++) if ([...keys].some((key) => after.startsWith(key, length))) return true;
      }
      return false;
    });
  }

  /** `inProductSection`: the sentence is in a section named after one product (see inProductSection). */
  private collectSentence(text: string, inProductSection = false): void {
    for (const match of text.matchAll(SHORT_NAME)) this.shortNames.add(this.key(match[1]));
    // `区块链系统的安全问题可能发生在三个不同的层次：一是网络层，即底层点对点网络的安全。`: an enumerated item after a colon
    // or a semicolon, then `即`, defines it as the sentence-opening `二是共识层，即…` does.
    for (const match of text.matchAll(ENUMERATED_DEFINITION)) this.add(match.groups!.term, [], 'defining');
    for (const match of text.matchAll(REACHED_DEFINITION)) if (this.isNamedSubject(match.groups!.term)) this.add(match.groups!.term, [], 'defining');
    // `…支持用户手机拍照购物的拍照购，它可以有效地帮助客户提升商品搜索效率`: a name closing its clause, then `它可以…`.
    for (const match of text.matchAll(PRONOUN_DOING)) {
      const name = /^\p{Script=Han}+$/u.test(match.groups!.name) ? match.groups!.name : '';
      if (hanCount(name) >= 3 && this.isNamedSubject(name)) this.add(name, [], 'explained');
    }
    this.collectOpening(text);
    // `从被动感知到主动感知：主动感知即…`, `知识与数据结合驱动：自然语言理解从本质上讲是…`: a bullet's bold label, then a
    // sentence that opens like any other — with the term it explains.
    const labelled = LABELLED_CLAUSE.exec(text);
    if (labelled?.groups) {
      const { label, rest } = labelled.groups;
      // The label's name wins over the longer subject it opens (`通用视觉学习技术旨在…` explains 通用视觉学习).
      const named = bulletTopic(label, rest);
      if (named) this.add(named.term, named.aliases, 'explained');
      else {
        if (labelsThingByMeans(label, rest) && !inProductSection) this.add(label.trim(), [], 'explained');
        this.collectOpening(rest, true);
      }
    }
    const nameAtEnd = this.particleNames();
    for (const finding of [...clauseFindings(text, nameAtEnd), ...glossFindings(text, nameAtEnd), ...versionFindings(text, nameAtEnd)]) this.add(finding.term, finding.aliases, finding.evidence, finding.looseAliases);
  }

  /**
   * A term opening a sentence (or the clause after a bullet label) with a defining or explaining verb. After a label,
   * `X即…` and `X本质是…` define as surely as `X是指…`: the author has set the term apart to say what it is.
   */
  private collectOpening(text: string, afterLabel = false): void {
    const defining = DEFINING.exec(text);
    if (defining?.groups) {
      const { verb, english } = defining.groups;
      const soCalled = text.startsWith('所谓');
      // `X，即…` after an enumerator (`二是共识层，即…`) or a long `X是一种…` defines X as surely as `X是指…`.
      const essence = /本质|实质/.test(verb);
      const defines =
        (essence && (afterLabel || namesCategory(text.slice(defining.index + defining[0].length)))) ||
        (afterLabel && verb === '即' && !/^[将可使便时刻]/.test(text.slice(defining.index + defining[0].length))) ||
        DEFINING_ONLY.has(verb) ||
        soCalled ||
        (verb === '是一种' && hanCount(defining.groups.term) >= 4) ||
        (/^[一二三四五六七八九十]是/.test(text) && verb === '即') ||
        (verb === '是' && this.isNamedSubject(defining.groups.term) && namesCategory(text.slice(defining.index + defining[0].length))) ||
        (verb === '是' && BUILT_BY.test(text.slice(defining.index + defining[0].length)));
      // `知识表示学习是实现机器认知智能的一个关键技术`: a category said of a named subject, as a characterisation, explains it.
      const characterised = verb === '是' && this.isNamedSubject(defining.groups.term) && CATEGORY.test(text.slice(defining.index + defining[0].length).split(/[：:，,；;。]/)[0]);
      const candidate = this.add(defining.groups.term, english ? glossNames(english) : [], defines ? 'defining' : STRONG_VERBS.has(verb) || essence || english || characterised ? 'strong' : 'weak');
      // `传统编译技术是针对通用计算构架、固定指令集及目标处理器的编译。`: a technique's name is introduced by what it is, as by what it does.
      if (candidate && TECHNIQUE_HEAD.test(defining.groups.term)) candidate.introducesTechnique = true;
    }
    // `；图计算在风控反欺诈、反洗钱等领域的应用，可基于设备信息…洞察…`: a clause on how the subject works where it is applied (a use);
    // `；区块链中的X技术可实现…`: a technique of something else, and what it does (`…可有效解决信息分散的问题`, a benefit, names it).
    for (const clause of text.split(/[；;]/u)) {
      const applied = APPLIED_BY_MEANS.exec(clause) ?? PART_DOING.exec(clause);
      if (applied?.groups && this.isNamedSubject(applied.groups.term)) this.add(applied.groups.term, [], PRAISING_CLAUSE.test(applied.groups.predicate ?? '') ? 'used' : 'explained');
    }
    // `数字化医疗也可以用于非临床场景，如手术模拟，通过事先对数字虚拟病人的手术模拟，判断…`: an example named, then how it works.
    for (const match of text.matchAll(EXAMPLE_BY_MEANS)) if (this.isNamedSubject(match.groups!.term)) this.add(match.groups!.term, [], 'explained');
    // `多视角学习、元学习…是…的方法`: each item of one kind, said to be of a category; rated (`遗传算法、蚁群算法、粒子群算法是目前
    // 表现比较优异的调度算法`), each is a technique's name, used.
    const explainedKinds = listedKinds(text);
    for (const item of listedTechniques(text)) if (this.isNamedSubject(item)) this.add(item, [], explainedKinds.includes(item) ? 'explained' : 'used');
    // `调度系统不但要调度计算任务还要配置计算资源`: a system's two duties; only a technique's name, a trade's duties being advice.
    const duties = DUTY_OPENING.exec(text);
    if (duties?.groups && TECHNIQUE_HEAD.test(duties.groups.term) && this.isNamedSubject(duties.groups.term)) this.add(duties.groups.term, [], 'explained');
    // `基于高维风险模型，实现客群识别和用户分层`: a technique's name, and what is achieved with it.
    const achieved = ACHIEVED_WITH.exec(text);
    if (achieved?.groups && TECHNIQUE_HEAD.test(achieved.groups.term) && this.isNamedSubject(achieved.groups.term)) this.add(achieved.groups.term, [], 'explained');
    // `针对…等问题，数据直通车作为一站式全域数据汇聚平台，提供…`: one of a kind of thing, and what it provides.
    const kind = OF_A_KIND_OPENING.exec(text.replace(SETTING_OPENING, ''));
    if (kind?.groups && (this.isNamedSubject(kind.groups.term) || (hanCount(kind.groups.term) === 0 && isTermShaped(kind.groups.term)))) this.add(kind.groups.term, [], 'explained');
    // `人机融合阶段并不是机器取代人类，而是…`: a stage opening the sentence, then what it is.
    const stage = STAGE_OPENING.exec(text);
    if (stage?.groups && this.isNamedSubject(stage.groups.term)) this.add(stage.groups.term, [], 'explained');
    // `…，因此全栈编译也属于软硬件协同设计的范畴`: a subject said to belong to a category.
    for (const match of text.matchAll(CATEGORY_MEMBERSHIP)) if (this.isNamedSubject(match.groups!.term, true)) this.add(match.groups!.term, [], 'explained');
    // `全链路则是实现从消费端到产业端价值链各个环节的整体优化与重构`: 全 "whole-" before two characters, as the subject of what
    // it is, names a thing (here a trait the report lists with 数智化 and 社会化), not how far an offer reaches (see isTermShaped).
    const whole = WHOLE_REACH_DEFINED.exec(text);
    if (whole?.groups && this.isNamedSubject(whole.groups.term, true)) this.candidate(whole.groups.term, 'explained');
    // `5G通信技术为自动驾驶的全方位信息采集提供丰富数据来源，单车智能为其智能决策提供算力支持`: the second of two parallel clauses.
    const parallel = PARALLEL_PROVIDING.exec(text);
    if (parallel?.groups && this.isNamedSubject(parallel.groups.term)) this.add(parallel.groups.term, [], 'explained');
    // `数智化医疗健康供应链，以向用户提供优质医疗服务为目标，…`: a thing's name set off by a comma, then what it is for or does.
    const setOff = THING_SET_OFF.exec(text);
    const setOffPredicate = setOff === null ? '' : text.slice(setOff[0].length);
    if (setOff?.groups && this.isNamedSubject(setOff.groups.term) && EXPLAINING_PREDICATE.test(setOffPredicate) && !onlyCharacterises(setOffPredicate)) this.add(setOff.groups.term, [], 'explained');
    // `边缘端通过分布式架构…`, `语音合成基于深度神经网络…`: a sentence about what its subject does, if the corpus names it twice.
    const explained = EXPLAINED_OPENING.exec(text);
    if (explained?.groups && this.isNamedSubject(explained.groups.term)) {
      const candidate = this.add(explained.groups.term, [], 'strong');
      if (candidate && TECHNIQUE_HEAD.test(explained.groups.term)) candidate.introducesTechnique = true;
    }
  }

  /**
   * Whether a sentence's subject can name a term by itself: three to ten Han characters or a Latin name, not a
   * phrase (`发展数字经济`) nor one of the curation's companies (`京东物流`). A suppressed common word blocks only
   * itself: `知识表示学习是…` begins with the suppressed 知识 and is a term. A subject the sentence puts in a category
   * (`classified`: `全栈编译也属于…的范畴`) may open with 全 "whole-": the report treats it as a kind of thing, not as
   * how far an offer reaches.
   */
  private isNamedSubject(subject: string, classified = false): boolean {
    const han = hanCount(subject);
    // A locative ends a phrase (`下一代计算中`); a longer subject is a description (`工业互联网方案提供商中科云谷`).
    // Two Han characters before an acronym make a name as surely as three (`时空 AI`).
    return (han >= 3 || han === 0 || (han === 2 && /^\p{Script=Han}{2} ?[A-Z]{2,}$/u.test(subject))) && subject.length <= 10 && !/[中上下里内外时]$/.test(subject) && (!PHRASE_OPENING.test(subject) || WHOLE_REACH_NAME.test(subject) || (classified && /^全(?!国|球|面)/u.test(subject))) && !this.curation.suppress.has(subject) && ![...this.curation.organisations].some((name) => subject.startsWith(name));
  }

  /** A subject before a passive 被 (`融合导航定位被认为…`): a name of three to ten Han characters, not suppressed nor an organisation's. */
  private isNamedPassiveSubject(subject: string): boolean {
    return /^\p{Script=Han}{3,10}$/u.test(subject) && !this.curation.suppress.has(subject) && ![...this.curation.organisations].some((name) => subject.startsWith(name));
  }

  /** A bullet label naming a term (`脑机接口：`, `高精地图：辅助提供…`) followed by its explanation. */
  private collectLabel(sentences: Sentence[], index: number): void {
    const name = labelName(sentences[index].text);
    if (name && nextParagraphSentences(sentences, index, (text) => this.key(text).includes(this.key(name))).length > 0) this.add(name, [], 'explained');
  }

  /** A section named after a term (`3. 存算一体`, `智能零售内涵`) whose first sentence speaks of it. */
  private collectHeadings(report: ReportText): void {
    for (const sentence of firstSentencesOfSections(report)) {
      const name = headingName(report.sectionPath(sentence.blockIndex).path);
      if (name && this.key(sentence.text).includes(this.key(name))) this.add(name, [], 'explained');
    }
  }

  /**
   * Whether a name the reports only use is a phrase built of two words: a word of two or three characters before an
   * empty head (产业数据, 通信技术, 数据处理, 物流中心, 物联网设备) that is only a small share of that word's uses — 产业 is
   * written 510 times and 产业数据 5 —, where a term is much of its modifier's (时空数据 21 of 时空's 43, 替代数据, 标注数据).
   * A term before the head (物联网设备, 大数据平台) is then that term's use, and the hover shows the term.
   */
  private isCompositional(name: string): boolean {
    return EMPTY_HEAD.test(name) && countIn(this.paragraphText, name) < countIn(this.paragraphText, name.slice(0, -2)) * MIN_COMPOUND_SHARE;
  }

  /**
   * Whether a name found only by its uses (or by one sentence opening on it) is a phrase its head makes with what precedes
   * it (see PHRASE_HEAD): protecting
   * something (`隐私保护`, `个人信息保护`), a term's system, platform or device written under an eighth of the term's
   * uses, as isCompositional has it (`人工智能系统`, 4 of 人工智能's 343: its hover the use then shows), or a record or device one sentence names once (`电子档案`, `便携式健康设备`, in a list). The
   * reports do not quote it (a quoted name is a coinage).
   */
  private isPhraseOfHead(name: string, words: Vocabulary): boolean {
    const phrase = PHRASE_HEAD.exec(name);
    if (!phrase?.groups || this.paragraphText.includes(`“${name}”`)) return false;
    const { modifier, head } = phrase.groups;
    const uses = countIn(this.paragraphText, name);
    const termBefore = modifier.length >= MIN_TERM_MODIFIER && words.isTerm(this.key(modifier)) && uses < countIn(this.paragraphText, modifier) * MIN_COMPOUND_SHARE;
    return head === '保护' || termBefore || uses === 1;
  }

  /**
   * Whether a name the reports only use is a term of theirs and a generic head (see GENERIC_HEAD_OF_TERM) written under an
   * eighth of that term's uses, as isCompositional has it: `区块链网络` (4 of 区块链's 175), `5G通信` and `5G商用` (3 each of
   * 5G's 286). The head adds nothing to the term (the judges after round 38: 区块链网络 "a generic head on 区块链, like 某某系统",
   * 5G通信 "adds nothing to the term 5G"); with the name no term, its hover shows the term, the matcher's longest match. A
   * Latin term counts at any length (5G), a Han one from MIN_TERM_MODIFIER characters (a word of two and a head of two make a
   * word of four the language has lexicalised, 操作系统); a compound much of its term's uses (工业互联网平台, 8 of 工业互联网's 38),
   * or quoted, is a name of its own.
   */
  private isTermWithGenericHead(name: string, words: Vocabulary): boolean {
    const modifier = GENERIC_HEAD_OF_TERM.exec(name)?.groups?.modifier;
    if (modifier === undefined || this.paragraphText.includes(`“${name}”`) || (hanCount(modifier) > 0 && modifier.length < MIN_TERM_MODIFIER)) return false;
    return words.isTerm(this.key(modifier)) && countIn(this.paragraphText, name) < countIn(this.paragraphText, modifier) * MIN_COMPOUND_SHARE;
  }

  /**
   * Whether the sentence names the term only inside someone's words it quotes: a speech verb, a quotation opening, and
   * the term after it (`阿里巴巴副总裁刘松认为:“消费互联网是商品的互联网,产业互联网是知识和能力的互联网…`, `马化腾称,“产业互联网是
   * 未来全新的大领域…`). The speaker characterises in passing; the report's own voice defines and explains.
   */
  private namedOnlyInSpeech(text: string, keys: Set<string>): boolean {
    const opening = SPEECH_OPENING.exec(text);
    if (!opening) return false;
    const before = this.key(text.slice(0, opening.index));
    const after = text.slice(opening.index + opening[0].length);
    const closing = after.search(/[”」]/u);
    const quoted = this.key(closing < 0 ? after : after.slice(0, closing));
    return [...keys].some((key) => quoted.includes(key)) && ![...keys].some((key) => before.includes(key));
  }

  /** Counts how often each candidate (or an alias) occurs in paragraphs, to drop one-off phrases. */
  private countOccurrences(matcher: TermMatcher<Candidate>): Map<Candidate, Occurrence[]> {
    const found = new Map<Candidate, Occurrence[]>();
    for (const report of this.reports) {
      const seen = new Set<string>();
      for (const sentence of report.sentences) {
        matcher.scan(report.doc.text, (match) => {
          const line = report.doc.lineAt[match.start];
          const dedupe = `${match.value.term}\u0000${line}`;
          if (seen.has(dedupe)) return;
          seen.add(dedupe);
          const occurrence: Occurrence = { reportId: report.report.id, line };
          const sectionId = report.sectionPath(sentence.blockIndex).id;
          if (sectionId) occurrence.sectionId = sectionId;
          const list = found.get(match.value) ?? [];
          list.push(occurrence);
          found.set(match.value, list);
        }, sentence.start, sentence.end);
      }
    }
    return found;
  }

  /**
   * Folds candidates that are another candidate's alias into it (`AI` into
   * 人工智能 when the curation names AI as its alias), stronger evidence first.
   */
  private mergeAliases(candidates: Candidate[]): Candidate[] {
    const ranked = [...candidates].sort((a, b) => EVIDENCE_RANK[b.evidence] - EVIDENCE_RANK[a.evidence]);
    const owner = new Map<string, Candidate>();
    for (const candidate of ranked) {
      for (const alias of candidate.aliases) if (!owner.has(this.key(alias))) owner.set(this.key(alias), candidate);
    }
    // Two candidates that name each other (`深度数据` and `Deep Data`, from glosses both ways) merge once, not into each other.
    const merged = new Set<Candidate>();
    return candidates.filter((candidate) => {
      const into = owner.get(this.key(candidate.term));
      if (!into || into === candidate || merged.has(into) || EVIDENCE_RANK[into.evidence] < EVIDENCE_RANK[candidate.evidence]) return true;
      candidate.aliases.forEach((alias) => into.aliases.add(alias));
      merged.add(candidate);
      return false;
    });
  }

  /**
   * Makes a term written with a generic head (`人工智能技术`, `AI算法`, `脑机接口技术`) an alias of the term it names
   * (人工智能, 脑机接口): the head says what kind of thing the term is, not which, and the hover on 人工智能技术 shows
   * 人工智能. Only accepted names merge, into an accepted term or one of its aliases; a name the reports define (its best
   * sentence an explicit definition) or the curation puts in stays a term, and takes the shorter name as its alias when
   * nothing defines or explains that (联邦数字网关 → 联邦数字网关技术). A sentence explaining the longer name
   * (`利用机器学习技术可以…`) explains the term too and moves with the alias. Removes the merged candidates from
   * `candidates` and `accepted`.
   */
  private mergeGenericHeads(candidates: Candidate[], accepted: Candidate[], words: Vocabulary): void {
    const owner = new Map<string, Candidate>();
    for (const candidate of accepted) for (const name of [candidate.term, ...candidate.aliases]) if (!owner.has(this.key(name))) owner.set(this.key(name), candidate);
    const merged = new Set<Candidate>();
    for (const candidate of accepted) {
      const base = GENERIC_NAME_HEAD.exec(this.key(candidate.term))?.groups?.base;
      const into = base === undefined ? undefined : owner.get(base);
      if (!into || into === candidate || merged.has(into) || candidate.evidence === 'curated') continue;
      if (this.definitionsOf(this.keysOf(candidate), words, false)[0]?.kind === 'explicit') {
        // `联邦数字网关技术，是一种基于联邦学习…的数据安全融通技术` defines the longer name; the shorter one, which nothing
        // defines or explains (联邦数字网关), names the same thing and becomes its alias, so that its hover shows the definition.
        if (into.evidence !== 'curated' && !merged.has(candidate) && this.definitionsOf(this.keysOf(into), words, false).every((definition) => definition.kind === 'explanatory')) {
          for (const name of [into.term, ...into.aliases]) candidate.aliases.add(name);
          merged.add(into);
        }
        continue;
      }
      for (const name of [candidate.term, ...candidate.aliases]) into.aliases.add(name);
      merged.add(candidate);
    }
    for (const list of [candidates, accepted]) list.splice(0, list.length, ...list.filter((candidate) => !merged.has(candidate)));
  }

  /**
   * Drops a name the reports never write as a word of its own: every use runs on into more Han characters that are
   * no particle, and one such longer name is a term (`边缘视觉` is written only in 边缘视觉计算, 边缘视觉硬件,
   * 边缘视觉设备; `智能政务` only in 智能政务平台 and 智能政务办公平台), or at every use its end runs into a word the
   * reports write on its own (`超级计算` only in 云计算的超级计算能力 and 超级计算机: 超级 + 计算能力, 计算机). A cut at the
   * wrong boundary, not a term; the longer term stays. A name the reports define, or the curation puts in, stays.
   */
  private dropFragments(candidates: Candidate[], accepted: Candidate[]): void {
    const fragments = new Set<Candidate>();
    for (const candidate of accepted) {
      const name = candidate.term;
      if (candidate.evidence === 'defining' || candidate.evidence === 'curated' || !/^\p{Script=Han}+$/u.test(name)) continue;
      const inLongerTerm = accepted.some((longer) => longer.term.length > name.length && longer.term.startsWith(name));
      let uses = 0;
      let standsAlone = false;
      // A name ending in a term is a modifier and that term, which stands as a word (新一代人工智能产业, 产业大数据分析).
      const endsInTerm = [...name].some((_, start) => start > 0 && name.length - start >= 2 && accepted.some((other) => other.term === name.slice(start)));
      // A glossary name is cut where the glossary cuts it (see lexicon.ts), not where a guess at the next word would.
      let runsIntoWords = !endsInTerm && !candidate.inGlossary;
      for (let at = this.paragraphText.indexOf(name); at >= 0 && !standsAlone; at = this.paragraphText.indexOf(name, at + 1)) {
        uses++;
        const next = this.paragraphText[at + name.length] ?? '';
        standsAlone = !/\p{Script=Han}/u.test(next) || NOT_IN_TERM.test(next) || next === '等';
        runsIntoWords &&= this.endRunsIntoWord(name, at);
      }
      if (uses > 0 && !standsAlone && (inLongerTerm || runsIntoWords)) fragments.add(candidate);
    }
    for (const list of [candidates, accepted]) list.splice(0, list.length, ...list.filter((candidate) => !fragments.has(candidate)));
  }

  /**
   * Whether the last two or more characters of `name`, used at `at` in the paragraphs, and the one or two Han characters
   * after it make a word the reports write on its own (see writtenOnItsOwn): `超级计算能力` ends in 计算能力.
   */
  private endRunsIntoWord(name: string, at: number): boolean {
    const after = /^\p{Script=Han}{1,2}/u.exec(this.paragraphText.slice(at + name.length, at + name.length + 2))?.[0] ?? '';
    for (let start = 1; start <= name.length - 2; start++) {
      for (let length = 1; length <= after.length; length++) if (this.writtenOnItsOwn(name.slice(start) + after.slice(0, length))) return true;
    }
    return false;
  }

  /**
   * Whether the paragraphs write `word` at least twice after a word boundary (not a Han character, or a particle):
   * `，计算能力`, `的计算能力`.
   */
  private writtenOnItsOwn(word: string): boolean {
    let count = 0;
    for (let at = this.paragraphText.indexOf(word); at >= 0 && count < 2; at = this.paragraphText.indexOf(word, at + 1)) {
      const before = this.paragraphText[at - 1] ?? '';
      if (!/\p{Script=Han}/u.test(before) || NOT_IN_TERM.test(before)) count++;
    }
    return count >= 2;
  }

  /** The folded forms a candidate answers to: its name, its aliases and their script variants. */
  private keysOf(candidate: Candidate): Set<string> {
    return new Set([candidate.term, ...candidate.aliases, ...this.variantsOf(candidate.term)].map((text) => this.key(text)));
  }

  /**
   * A term's script variants, with a mainland wording of Taiwan's phrase table only where the reports write it, headings
   * included (`5.1.3 智能城市操作系统`; see scriptVariants).
   */
  private variantsOf(term: string): string[] {
    this.wholeText ??= this.reports.map((report) => simplifiedCharacters(report.doc.text)).join('\n');
    const text = this.wholeText;
    return scriptVariants(term, (wording) => text.includes(wording));
  }

  /** A matcher for the candidates' own spellings, and optionally their aliases too. */
  private matcherFor(candidates: Candidate[], withAliases: boolean): TermMatcher<Candidate> {
    const matcher = new TermMatcher<Candidate>(this.folding);
    for (const candidate of candidates) matcher.add(candidate.term, candidate);
    for (const candidate of candidates) for (const variant of this.variantsOf(candidate.term)) matcher.add(variant, candidate);
    if (withAliases) for (const candidate of candidates) for (const alias of candidate.aliases) matcher.add(alias, candidate);
    // The name written with quotation marks around a part (`“智臻链云签”电子合同平台`) is the name itself, not an alias.
    else for (const candidate of candidates) for (const alias of candidate.aliases) if (alias.replace(/[“”"]/gu, '') === candidate.term) matcher.add(alias, candidate);
    return matcher;
  }

  /**
   * The indices of the paragraph sentences of `report` whose key contains one of `keys`. Only they can define,
   * explain or use the term, and finding them in one string of all the report's keyed sentences spares scoring
   * every sentence for every term, which made indexing grow with terms × sentences.
   */
  private sentencesNaming(report: ReportText, keys: Set<string>): Set<number> {
    let paragraphs = this.keyedParagraphs.get(report);
    if (!paragraphs) {
      const indices: number[] = [];
      const pieces: string[] = [];
      report.sentences.forEach((sentence, index) => {
        if (sentence.block.kind !== 'paragraph') return;
        indices.push(index);
        pieces.push(this.key(sentence.text));
      });
      paragraphs = new KeyedParagraphs(pieces, indices);
      this.keyedParagraphs.set(report, paragraphs);
    }
    return paragraphs.containing(keys);
  }

  /**
   * Definitions of a term, best first: sentences where the term opens a clause
   * with a defining verb (`X是指…`, `…，X是…`, `X，即…`), the subtitle under a
   * bullet label naming it, and the sentences that explain it best. `widerLabels`: also the paragraph under a label
   * that opens with what the term rests on or names it with what it provides (see build).
   */
  private definitionsOf(keys: Set<string>, words: Vocabulary, widerLabels = true): Definition[] {
    // `glued`: a sentence that only uses the term, and only as the modifier of a longer name (see standsAsItself).
    // `described`: a sentence that only uses a noun of the field inside a description of one thing (see onlyInDescriptions).
    const fieldNoun = [...keys].some((key) => this.fieldNounKeys.has(key));
    const scored: { score: number; definition: Definition; glued?: boolean; described?: boolean }[] = [];
    for (const report of this.reports) {
      const sentences = report.sentences;
      const naming = this.sentencesNaming(report, keys);
      // `半监督、无监督和强化学习可以…` names 半监督学习 without writing it: the sentences where a key's modifier is an item.
      const sharingHead = this.sentencesNaming(report, new Set([...keys].flatMap((key) => [...elidedHeadItems(key)])));
      // A reposted web page or news article defines with less authority than a report its authors wrote.
      const authority = REPORT_AUTHORITY[report.report.type] ?? 0;
      const publisher = report.report.publisher === undefined ? undefined : this.key(report.report.publisher);
      let lastSection: string | undefined;
      // The sections named after the term in which a sentence has named it already.
      const namedIn = new Set<string>();
      sentences.forEach((sentence, index) => {
        if (sentence.block.kind === 'label') {
          const name = labelName(sentence.text);
          if (!name || !keys.has(this.key(name))) return;
          // Under `5.2 京东智能物流特征`, a label (`▶ 智能化：`, `▶ 数字化：`) names a trait of the section's subject, and its
          // paragraph says what that trait is in the subject (`…实现物流的减本增效`; `基于万物互联的状态，将…海量数据进行分析
          // 处理，…`: JD logistics' data), not what the term is in general (the twelfth and nineteenth rounds' judges: the
          // first hovers of 智能化 and 数字化). A label naming the subject itself (its head 物流) is about the subject.
          const trait = /(?<head>\p{Script=Han}{2})(?:特征|特点|特性)$/u.exec(report.sectionPath(sentence.blockIndex).path);
          const namesTrait = trait?.groups !== undefined && !this.key(name).includes(trait.groups.head);
          // A subtitle with no subject (`关注如何用计算的方法…，是…之一`) explains; a slogan does not.
          // The label's paragraph explains it when a sentence names the term, or has no subject of its own (`关注如何…`).
          // Also a subjectless sentence on what it rests on (`基于万物互联的状态，将…数据进行分析处理，…` under `数字化：`,
          // `在泛连接和数字化的基础上，通过…实现…`), and one naming the term with what it provides (`京东科技基于…，为金融机构
          // 提供全流程信贷科技服务…` under `信贷科技：`).
          const explanation = nextParagraphSentences(sentences, index, (text) => [...keys].some((key) => this.key(text).includes(key))).find(
            (next) =>
              next.text.length >= 15 &&
              // Read with its quotation marks, which the keys drop: they set a brand name apart.
              !namesItsProduct(this.marked(next.text), keys) &&
              !PROSPECT.test(next.text) &&
              ((keys.has(this.key(next.text).slice(0, this.key(name).length)) && ![ON_APPLICATIONS, RATED_BY].some((predicate) => predicate.test(this.key(next.text).slice(this.key(name).length)))) ||
                /^(?:关注|研究|旨在|是|指|即|通过|利用)/.test(next.text) ||
                (widerLabels &&
                  (/^(?:基于|依托|在[^，,。]{1,20}(?:基础上|前提下)[，,])/.test(next.text) ||
                    ([...keys].some((key) => this.key(next.text).includes(key)) && /提供|实现|通过|利用|基于/.test(next.text))))),
          );
          if (explanation && !namesTrait) scored.push({ score: 6 + authority, definition: report.definition(explanation, 'heading') });
          return;
        }
        // The first paragraph sentence of each section.
        const opensSection = sentence.block.kind === 'paragraph' && report.sectionPath(sentence.blockIndex).id !== lastSection;
        if (sentence.block.kind === 'paragraph') lastSection = report.sectionPath(sentence.blockIndex).id;
        // `5.1.6.1 智能社区` → `以社区数据计算平台为基础，…，为居民提供…`: a section named after the term opening with a sentence
        // of no subject on what it rests on and provides explains it, as the paragraph under a label does (see widerLabels).
        if (widerLabels && opensSection && !naming.has(index) && sentence.text.length >= 15 && SUBJECTLESS_GROUND.test(sentence.text) && /提供|实现/u.test(sentence.text)) {
          const heading = headingName(report.sectionPath(sentence.blockIndex).path);
          if (heading !== undefined && keys.has(this.key(heading))) scored.push({ score: 6 + authority, definition: report.definition(sentence, 'explanation') });
          return;
        }
        if (sentence.block.kind === 'paragraph' && !naming.has(index) && sharingHead.has(index)) {
          if (explainsBySharedHead(this.key(sentence.text), keys)) scored.push({ score: 4 + authority, definition: report.definition(sentence, 'explanation') });
          return;
        }
        if (sentence.block.kind !== 'paragraph' || !naming.has(index)) return;
        const keyed = this.key(sentence.text);
        if (onlyDerivedUses(keyed, keys)) return;
        // `融合导航定位被认为…的发展方向。它通过构建…`: the sentence opening with the term and the next one, whose 它 is the term
        // (or which opens with the action the term names, see continuesSubject), say together what it does.
        const next = sentences[index + 1];
        const opener = SUBJECT_BEFORE_PRONOUN.exec(sentence.text)?.groups?.term;
        if (opener !== undefined && keys.has(this.key(opener)) && next?.blockIndex === sentence.blockIndex && continuesSubject(opener, next.text) && !isQuotedSpeech(sentence.text)) {
          scored.push({ score: 4 + authority, definition: { ...report.quote(sentence.start, next.end, sentence.blockIndex), kind: 'explanation' } });
        }
        // `通过“女巫攻击”即伪造多个节点…的方式`: a quoted name the sentence says what it is of, wherever it stands.
        const defining = quotedDefinitions(sentence.text).some((name) => keys.has(this.key(name))) ? Math.max(7, definingScore(keyed, keys, words)) : definingScore(keyed, keys, words);
        const folded = this.folded(sentence.text);
        const explaining = explanatoryScore(sentence.text, folded, keyed, keys, words);
        if (defining === 0 && explaining === 0) return;
        // A sentence in a section named after the term (`3.1 数字孪生`) is about it; opening with the term, it explains it.
        const heading = headingName(report.sectionPath(sentence.blockIndex).path);
        const inOwnSection = heading !== undefined && keys.has(this.key(heading));
        // Its own section, not one on where it is applied (see APPLICATIONS_SECTION): only there does opening with the term explain.
        const aboutItself = inOwnSection && !APPLICATIONS_SECTION.test(report.sectionPath(sentence.blockIndex).path);
        const opensWithTerm = [...keys].some((key) => keyed.startsWith(key) && !insideLongerWord(keyed, 0, key.length, words));
        // A sentence that speaks of a definition (`明确新基建的定义及范围`) is one.
        const speaksOfDefinition = /定义|含义|概念/.test(sentence.text);
        // Someone quoted (`“自动驾驶是比芯片还烧钱的行业…”`) characterises in passing; the report's own voice defines and explains.
        // An explanation after a setting clause (`在工业检测中，X主要用于…`) ranks below the others: the setting narrows what it
        // says of the term.
        // The first sentence naming the term in its own section, saying what it is made of, does or is for, introduces it there.
        const sectionId = report.sectionPath(sentence.blockIndex).id ?? '';
        // Not a bullet stating its value (`核心价值：京东智慧教育实现数据统一…`): what it is worth, not what it is.
        // In the term's own section, a sentence opening with it that defines or explains it (`数字孪生通过…`), not one on where
        // it is applied with a `是` further on (`人工智能在物流行业的应用方向大致分为两种，一是…`).
        const saysWhatItIs = /是|指|通过|即/.test(sentence.text) && ![...keys].some((key) => keyed.startsWith(key) && ON_APPLICATIONS.test(keyed.slice(key.length)));
        // Nor a sentence opening with the term that only places it as the base of something else (`大数据是…变革的基础，零售数据可分为…`).
        const characterisedAtOpening = [...keys].some((key) => keyed.startsWith(key) && onlyCharacterises(keyed.slice(key.length)));
        // Not a sentence where the term is only part of a longer name (`京东产业大数据平台包含…三部分。` under `5.1.5.2 产业大数据`:
        // the platform is what it is about; the nineteenth round's judges), unless the reports write the term in no other
        // way (营商云, only in `京东营商云平台`: the platform's name is how they name it).
        const introduces = aboutItself && !namedIn.has(sectionId) && SECTION_OPENING_PREDICATE.test(sentence.text) && !/^[^，,。：:]{0,6}价值[：:]/u.test(sentence.text) && !characterisedAtOpening && (standsAsItself(keyed, keys, words) || !this.writtenAsItself(keys, words));
        if (inOwnSection) namedIn.add(sectionId);
        // `京东认为，金融科技的核心理念在于…` in 京东's own report: the publisher's view is the report's own voice.
        const ownView = publisherView(keyed, publisher);
        // `京东“C2M 智能工厂”通过…`, `“智慧医疗”版块则主要服务于…`: an organisation's own kind of the thing, or a segment of its
        // business named after it, says what the firm's product does, not the concept (the sixteenth round's judges): a use.
        const explains = explainsAtOpening(keyed, keys, words) || (ownView !== undefined && explainsAtOpening(ownView, keys, words)) || explainsInBrackets(keyed, keys, words) ? 5 : explainsAfterSetting(keyed, keys, words) || explainsQualifiedSubject(keyed, keys, words) || explainsUse(keyed, keys, words) || explainsTopic(keyed, keys, words) || explainsAsCategory(keyed, keys, words) || explainsByBasis(keyed, keys, words) || explainsByRelativeClause(keyed, keys, words) || explainsByPronoun(keyed, keys, words) || explainsAsMethod(keyed, keys, words) || explainsByParts(keyed, keys, words) || explainsByMakeup(keyed, keys, words) || explainsAsMadeProduct(keyed, keys, words) || explainsAsCategoryMember(keyed, keys, words) || explainsAsComplementOfKind(keyed, keys, words) || explainsByKindBefore(keyed, keys, words) || explainsByEssence(keyed, keys, words) || introduces || this.explainsByBecoming(sentence.text, keys) || explainsExample(keyed, keys, words) || listedKinds(keyed).some((item) => keys.has(item)) || this.explainsAsLabel(keyed, keys) ? 4 : 0;
        // `京东智能园区管理系统，以…为核心，…`: a system managing the term's thing (the park) is what the sentence explains, not
        // the thing (the twelfth round's judges counted 智能园区's first hover wrong); 脑机接口系统, 营商云平台 are the thing.
        const aboutItsManagement = [...keys].some((key) => {
          const at = keyed.indexOf(key);
          return at >= 0 && /^管理(?:系统|平台|软件)/u.test(keyed.slice(at + key.length));
        });
        // `会议指出，替代数据…。利用替代数据为…提供信用管理服务，在本质上属于征信活动，…`: a paragraph reporting what someone
        // said goes on in their words, without quotation marks (the twelfth round's judges: a regulator's statement). Not the
        // report's publisher (`京东认为，`: the report's own voice).
        const reported = sentences.slice(Math.max(0, index - 4), index + 1).some((earlier) => earlier.blockIndex === sentence.blockIndex && reportsSpeech(earlier.text) && publisherView(this.key(earlier.text), publisher) === undefined);
        // `传感器将 Deep Data 传输到自主系统当中，推动…间的 Deep Connectivity。`: every clause names another part of a framework
        // the report coins (the judges of seed 1796497493): the sentence places the term in that framework, a role.
        const placedInFramework = namesFrameworkPartInEveryClause(sentence.text, (name) => keys.has(this.key(name)));
        // A limitation, a drawback, an aim or a role in one system (see saysOtherThanWhatItIs): a use.
        const aboutSomethingElse = saysOtherThanWhatItIs(keyed, keys, words);
        // `数据中心利用可重构计算,根据…动态地调整服务器中的计算资源` under `2. 可重构计算`: the term uses the thing its section is
        // about, and the sentence says where that thing is applied, not what the term is (the judges of round 32's sample): a use.
        const topicKey = heading === undefined || inOwnSection ? undefined : this.key(heading);
        const usesSectionTopic = topicKey !== undefined && [...keys].some((key) => {
          const verb = keyed.startsWith(key) ? USING_VERB.exec(keyed.slice(key.length)) : null;
          return verb !== null && keyed.slice(key.length + verb[0].length).startsWith(topicKey);
        });
        // `5.4 数据中心巡检机器人`, whose paragraph writes `京东科技数据中心巡检机器人`: a section on a firm's product line (the
        // judges after round 23), whose sentences say what the firm's product has and does, not what the term is: uses. Not
        // a product the reports name only so (营商云, only in `京东营商云平台`): the term is the product.
        const onFirmsProduct = inOwnSection && this.namesFirmsKind(sentences.filter((other) => other.blockIndex === sentence.blockIndex).map((other) => other.text).join(''), keys) && this.writtenAsItself(keys, words);
        // `► 城市专有云平台：…。专有云平台基于京东自研的…`: under a label naming a longer name that ends in the term, the term is
        // that thing's name shortened, and the paragraph says what that thing is (the judges of seed 1796527044: 专有云平台, JD's
        // own offering): a use.
        const labelled = this.labelOfParagraph(sentences, index);
        const shortensLabel = labelled !== undefined && [...keys].some((key) => labelled.length > key.length && labelled.endsWith(key));
        const kind: DefinitionKind = isQuotedSpeech(sentence.text) || sentence.quoted || this.namedOnlyInSpeech(sentence.text, keys) || aboutItsManagement || reported || onFirmsProduct || shortensLabel
          ? 'explanatory'
          : defining > 1
            ? 'explicit'
            : aboutItself && opensWithTerm && saysWhatItIs && !characterisedAtOpening
              ? 'heading'
              : explains > 0 && !placedInFramework && !aboutSomethingElse && !usesSectionTopic
                ? 'explanation'
                : 'explanatory';
        const base = kind === 'heading' ? 6 : kind === 'explanation' ? Math.max(defining, explaining, explains) : Math.max(defining, explaining);
        const score = base + (inOwnSection ? 2 : 0) + (speaksOfDefinition ? 2 : 0) + authority;
        // `京东智能园区管理系统，…` in the section `5.1.6.5 智能园区`: the system is what it is about; a use of the term as
        // itself or quoted elsewhere (`…智能工厂、智慧园区、智慧交通…`) shows it better, whatever the section and report add.
        scored.push({ score, definition: report.definition(sentence, kind), glued: kind === 'explanatory' && !quotesKey(folded, keys) && !standsAsItself(keyed, keys, words), described: kind === 'explanatory' && fieldNoun && onlyInDescriptions(this.marked(sentence.text), keys) });
      });
    }
    // A definition first, then an explanation, then a sentence that only uses the term; by score within each.
    // A stable sort: equal ones keep report and text order.
    scored.sort((a, b) => KIND_RANK[b.definition.kind] - KIND_RANK[a.definition.kind] || Number(a.glued ?? false) - Number(b.glued ?? false) || Number(a.described ?? false) - Number(b.described ?? false) || b.score - a.score);
    const seen = new Set<string>();
    const definitions: Definition[] = [];
    for (const { definition } of scored) {
      // The same sentence repeated in a digest is cited once per report; merely explanatory sentences only when
      // nothing defines the term (then at most two), one otherwise: each stored sentence costs activation time.
      const id = `${definition.reportId}\u0000${definition.quote}`;
      const explanatory = definitions.filter((kept) => kept.kind === 'explanatory').length;
      const defined = definitions.length > explanatory;
      if (seen.has(id) || (definition.kind === 'explanatory' && explanatory >= (defined ? 1 : 2))) continue;
      seen.add(id);
      definitions.push(definition);
      if (definitions.length === MAX_DEFINITIONS) break;
    }
    return definitions;
  }

  /**
   * The (folded) name of the bullet label of the paragraph of `sentences[index]`, if it has one: a label block right before
   * it, or its own first sentence opening with one (`城市专有云平台：面向…`).
   */
  private labelOfParagraph(sentences: Sentence[], index: number): string | undefined {
    const { blockIndex } = sentences[index];
    let first = index;
    while (first > 0 && sentences[first - 1].blockIndex === blockIndex) first--;
    if (first < index) {
      const inline = LABELLED_CLAUSE.exec(sentences[first].text)?.groups?.label;
      if (inline !== undefined) return this.key(inline);
    }
    const label = sentences[first - 1];
    if (label?.block.kind !== 'label' || label.blockIndex !== blockIndex - 1) return undefined;
    const name = labelName(label.text);
    return name === undefined ? undefined : this.key(name);
  }

  /**
   * Whether every use of the keys in the reports' paragraphs is a firm's offering: quoted in a clause that names the firm
   * (`京东科技推出云端一体化资管科技平台“JT²智管有方”`, `京东科技依托“保库”核心科技系统`) or written right after the firm or one
   * of its units (`京东营商云平台`). Headings and captions (`5.1.5.1 营商云`) are no uses.
   */
  private writtenOnlyAsFirmsOffering(keys: Set<string>): boolean {
    const firms = [...this.curation.organisations].map((organisation) => this.key(organisation));
    return this.everyUse(keys, (before) => {
      const clause = CLAUSE_BEFORE.exec(before)?.[0] ?? '';
      const quotedInFirmsClause = /[“「]$/u.test(clause) && firms.some((firm) => clause.includes(firm));
      return quotedInFirmsClause || firms.some((firm) => clause.endsWith(firm) || clause.replace(FIRM_UNIT, '').endsWith(firm));
    });
  }

  /**
   * Whether each paragraph naming the keys first names them as a firm's own development: right after 自主研发的 or 自研的 in a
   * sentence naming the firm before (`京东科技基于…，利用自主研发的高维风险模型和高效评估体系，为金融机构提供…。基于高维风险模型，
   * 实现客群识别…`). The paragraph's later uses refer back to that one model, system or engine of the firm's; the reports
   * name a product in a service pitch, not a term of the field (the judges after round 38 on 高维风险模型).
   */
  private namedOnlyAsFirmsOwnDevelopment(keys: Set<string>): boolean {
    const firms = [...this.curation.organisations].map((organisation) => this.key(organisation));
    let paragraphs = 0;
    for (const report of this.reports) {
      const seen = new Set<number>();
      for (const index of [...this.sentencesNaming(report, keys)].sort((a, b) => a - b)) {
        const { blockIndex, text } = report.sentences[index];
        if (seen.has(blockIndex)) continue;
        seen.add(blockIndex);
        const marked = this.marked(text);
        const before = marked.slice(0, Math.min(...[...keys].map((key) => marked.indexOf(key)).filter((at) => at >= 0)));
        if (!OWN_DEVELOPMENT.test(before) || !firms.some((firm) => before.includes(firm))) return false;
        paragraphs++;
      }
    }
    return paragraphs > 0;
  }

  /** Whether every use of the keys in the reports' paragraphs comes right after a count and a dash (see COUNTED_PART). */
  private namedOnlyAsCountedPart(keys: Set<string>): boolean {
    return this.everyUse(keys, (before) => COUNTED_PART.test(before));
  }

  /** Whether the keys are used in the reports' paragraphs, and every use passes `test` on the (marked) sentence before it. */
  private everyUse(keys: Set<string>, test: (before: string) => boolean): boolean {
    let uses = 0;
    for (const report of this.reports) {
      for (const index of this.sentencesNaming(report, keys)) {
        const marked = this.marked(report.sentences[index].text);
        for (const key of keys) {
          for (let at = marked.indexOf(key); at >= 0; at = marked.indexOf(key, at + 1)) {
            uses++;
            if (!test(marked.slice(0, at))) return false;
          }
        }
      }
    }
    return uses > 0;
  }

  /**
   * Whether every paragraph sentence naming the keys names them in someone's words: a quoted sentence, quoted after a speech
   * verb (see namedOnlyInSpeech), or after a speech verb and its comma (see SPOKEN_LEAD).
   */
  private namedOnlyInSomeonesWords(keys: Set<string>): boolean {
    let uses = 0;
    for (const report of this.reports) {
      for (const index of this.sentencesNaming(report, keys)) {
        uses++;
        const sentence = report.sentences[index];
        const keyed = this.key(sentence.text);
        const first = Math.min(...[...keys].map((key) => keyed.indexOf(key)).filter((at) => at >= 0));
        if (!isQuotedSpeech(sentence.text) && !sentence.quoted && !this.namedOnlyInSpeech(sentence.text, keys) && !SPOKEN_LEAD.test(keyed.slice(0, first))) return false;
      }
    }
    return uses > 0;
  }

  /** Whether some paragraph sentence of the reports writes one of the keys as itself, not glued into a longer name (see standsAsItself). */
  private writtenAsItself(keys: Set<string>, words: Vocabulary): boolean {
    return this.reports.some((report) => [...this.sentencesNaming(report, keys)].some((index) => standsAsItself(this.key(report.sentences[index].text), keys, words)));
  }

  /** Whether a (folded) sentence opens with one of the keys as a label naming a thing, then how it works (see LABELLED_THING). */
  private explainsAsLabel(keyed: string, keys: Set<string>): boolean {
    const labelled = LABELLED_CLAUSE.exec(keyed);
    return labelled?.groups !== undefined && keys.has(this.key(labelled.groups.label)) && labelsThingByMeans(labelled.groups.label, labelled.groups.rest);
  }

  /**
   * Whether a sentence says how the thing a quoted coinage names comes about, the coinage closing the clause after 成为 or
   * 沦为: `…导致大量高价值的医疗数据沉淀在各个医疗机构，成为“数据孤岛”`. The clause before (eight characters or more) is
   * what the coinage is a name for.
   */
  private explainsByBecoming(text: string, keys: Set<string>): boolean {
    return [...text.matchAll(BECOMING_COINAGE)].some((match) => keys.has(this.key(match.groups!.name)));
  }

  /**
   * The curation's category; else the one a keyword at the head of the term's name gives (see categoryByKeyword); else
   * the glossary's topic for a glossary term, which knows the thing better than its aliases (PC's 个人计算机 is no
   * 计算) and the chapter it is first written in (API, OCR under JD's chapter on smart cities are no 智能应用), unless
   * the topic's category is a loose one (see LOOSE_TOPICS); else the one an alias's keyword gives; else the one a
   * heading over its first definition names (see headingsNamingField); else a loose topic's.
   */
  private categoryOf(candidate: Candidate, definitions: Definition[]): string {
    if (candidate.category) return candidate.category;
    const keywords = this.curation.categoryKeywords;
    const firstNaming = (names: string[]) => names.map((name) => categoryByKeyword(name, keywords)).find((category) => category !== undefined);
    const { topic } = candidate;
    const topicCategory = topic === undefined ? undefined : CATEGORY_OF_TOPIC[topic];
    const firmTopicCategory = topic === undefined || LOOSE_TOPICS.has(topic) ? undefined : topicCategory;
    const headings = definitions.slice(0, 1).flatMap((definition) => headingsNamingField(definition.section));
    return firstNaming([candidate.term]) ?? firmTopicCategory ?? firstNaming([...candidate.aliases]) ?? firstNaming(headings) ?? topicCategory ?? '其他';
  }

  /** The accepted terms, each with definitions and occurrences, in a stable order. */
  build(): Term[] {
    const candidates = this.mergeAliases([...this.candidates.values()].filter((candidate) => !this.curation.suppress.has(candidate.term)));
    this.dropAmbiguousAliases(candidates);
    // A name opening a sentence that says what it does recurs when the reports write it three times, even on one line (one
    // paragraph about it: `3D 封装技术将若干个裸芯片层叠在一起…。3D 封装技术除了…。…3D 封装技术另一个应用是…`).
    const lineUses = this.countOccurrences(this.matcherFor(candidates, false));
    const ownUses = new Map([...lineUses].map(([candidate, found]) => [candidate, candidate.evidence === 'strong' && found.length === 1 && countIn(this.paragraphText, simplifiedCharacters(candidate.term)) >= 3 ? [...found, ...found] : found]));
    // Names that are words, whether terms or not (数据利用, suppressed): a sentence opening with one is about it.
    // A bare `X是…` after a phrase that is not accepted (`uRLLC主要是…`) does not make a word. Of the words, the terms are
    // those not made of a common word and an empty head: a use running into one (`互联网金融科技`) reads as that term's.
    const accepted = candidates.filter((candidate) => isAccepted(candidate, ownUses.get(candidate)?.length ?? 0));
    const words = new Vocabulary(
      [...accepted.map((candidate) => this.key(candidate.term)), ...[...this.curation.suppress].map((name) => this.key(name))],
      accepted.filter((candidate) => candidate.evidence === 'curated' || !this.isCompositional(candidate.term)).map((candidate) => this.key(candidate.term)),
      namesWithPlus(this.key(this.paragraphText)),
      new Set([...this.curation.suppress].map((name) => this.key(name))),
      dashedChains(this.key(this.paragraphText)),
    );
    this.mergeGenericHeads(candidates, accepted, words);
    this.dropFragments(candidates, accepted);
    const occurrences = this.countOccurrences(this.matcherFor(candidates, true));
    const terms: Term[] = [];
    for (const candidate of candidates) {
      const found = occurrences.get(candidate) ?? [];
      if (candidate.evidence === 'curated' && found.length === 0) {
        throw new Error(`curated term "${candidate.term}" does not occur in any report`);
      }
      if (found.length === 0 || !isAccepted(candidate, ownUses.get(candidate)?.length ?? 0)) continue;
      // `（下称“开放系统”）`: a short name one article gives a longer one, not a term of the field.
      if (candidate.evidence !== 'curated' && this.shortNames.has(this.key(candidate.term))) continue;
      // A platform named by the service it gives (see SERVICE_DESCRIBED) is no term; it stays a word until here, so that
      // its uses are its own, not those of a name it opens (智能政务 of 智能政务办公平台).
      if (candidate.evidence !== 'curated' && SERVICE_DESCRIBED.test(candidate.term)) continue;
      const variants = this.variantsOf(candidate.term);
      const keys = this.keysOf(candidate);
      // Whether the candidate is a term is judged without the wider label forms (see definitionsOf): they show a term's
      // explanation but make no term of a label (`保险科技：` has no other sentence).
      const standing = this.definitionsOf(keys, words, false);
      // A bare `X是…` or a defining verb after a phrase names a term only if some sentence defines it; other findings stand with an explaining sentence.
      if (standing.length === 0 || ((candidate.evidence === 'weak' || candidate.evidence === 'strong') && !candidate.usedOften && standing.every((definition) => definition.kind === 'explanatory'))) continue;
      // A phrase of a common word and an empty head (产业数据, 商品数据) is no term when only used, nor when all that found it is a
      // sentence opening with it on what it does (`商品数据可帮助零售供应链各主体…`: what data on goods is for, not a term).
      if (candidate.evidence !== 'curated' && !candidate.inGlossary && (standing[0].kind === 'explanatory' || (candidate.evidence === 'strong' && !candidate.usedOften)) && this.isCompositional(candidate.term)) continue;
      // Only used, a trade or good of another field (`生物医药`, `消费贷款`, `高端装备`) is no term of this one (see outsideField).
      if (candidate.evidence !== 'curated' && !candidate.inGlossary && standing[0].kind === 'explanatory' && outsideField(simplifiedCharacters(candidate.term))) continue;
      const definitions = this.asCurated(candidate.term, this.definitionsOf(keys, words));
      // Only used, a phrase of a generic head and what precedes it (`隐私保护`, `人工智能系统`, `…、便携式健康设备等`); so is a
      // name found by one sentence opening on it alone (`智能零售平台通过对销售数据的总结分析实现…`, written once: the judges of
      // seed 1796527044 read 智能零售 + 平台).
      if (!candidate.inGlossary && ((candidate.evidence === 'used' && definitions[0].kind === 'explanatory') || (candidate.evidence === 'strong' && !candidate.usedOften)) && this.isPhraseOfHead(candidate.term, words)) continue;
      // Only used, a term of the reports and a generic head saying what it is put to (`区块链网络`, `5G通信`): see isTermWithGenericHead.
      if (candidate.evidence !== 'curated' && !candidate.inGlossary && definitions[0].kind === 'explanatory' && this.isTermWithGenericHead(simplifiedCharacters(candidate.term), words)) continue;
      // A term, a plus and an area it is applied in (`► 区块链 + 政务`), defined nowhere: an application area's label (see APPLICATION_AREA).
      const area = APPLICATION_AREA.exec(candidate.term)?.groups?.modifier;
      if (candidate.evidence !== 'curated' && !candidate.inGlossary && definitions[0].kind !== 'explicit' && area !== undefined && words.isTerm(this.key(area))) continue;
      // Only used, and at every use the modifier of a longer name no term names (`雄安新区块数据平台`, `资管科技平台“JT²智管有方”`):
      // the reports name the longer thing, never this one. Not a Latin abbreviation, set apart by spaces from the kind of
      // thing it qualifies (`IT 和 OT 系统`).
      if (candidate.evidence !== 'curated' && definitions[0].kind === 'explanatory' && /^\p{Script=Han}+$/u.test(candidate.term) && !this.writtenAsItself(keys, words)) continue;
      // Written only as one firm's offering (`京东科技依托“保库”核心科技系统`, `京东营商云平台以…`): the reports name a product, not
      // a term of the field, whatever its sentence says the product does (the judges of seeds 1796527042/4).
      if (candidate.evidence !== 'curated' && this.writtenOnlyAsFirmsOffering(keys)) continue;
      // A Latin name only used, and only in someone's words (`…邓方在接受《中国科学报》采访时表示，今年给他留下深刻印象的是
      // DeepMind团队的AlphaFold2和MuZero。`, `邓方说，“MuZero能无师自通…`): a product the speaker drops in passing, which the
      // reports never take up in their own voice (the judges of seed 1796528865). Not a Han name of a field a speaker lists
      // (`…物联网技术已广泛应用于重庆的智慧市政、智慧交通、智慧环保…`): the field is a term whoever names it.
      if (candidate.evidence !== 'curated' && definitions[0].kind === 'explanatory' && !/\p{Script=Han}/u.test(candidate.term) && this.namedOnlyInSomeonesWords(keys)) continue;
      // Only used, a name opening with an organisation of the curation (`“京东互联网医院”是国内首批取得互联网医院牌照的…之一`): the
      // firm's brand, which the curation says is no term (京东健康, 腾讯云) and the finders of names in sentences keep out; a
      // section's heading (`5.3 京东互联网医院`) let this one in. A firm's product the reports define or explain stays (京东仑灵, 京东家医).
      if (candidate.evidence !== 'curated' && definitions[0].kind === 'explanatory' && [...this.curation.organisations].some((organisation) => candidate.term.startsWith(organisation))) continue;
      // Named in each paragraph as a firm's own development (`利用自主研发的高维风险模型`), defined nowhere: a product, see
      // namedOnlyAsFirmsOwnDevelopment.
      if (candidate.evidence !== 'curated' && !candidate.inGlossary && definitions[0].kind !== 'explicit' && this.namedOnlyAsFirmsOwnDevelopment(keys)) continue;
      // Only used, and only as the part a count names in a scheme (`其成果特点归纳起来是“12365”：1：一个核心——智慧物流大脑；2：
      // 两大部分——…`): what one offering calls its part, not a term of the field (the judges of seed 1796528865).
      if (candidate.evidence !== 'curated' && definitions[0].kind === 'explanatory' && this.namedOnlyAsCountedPart(keys)) continue;
      // A suppressed name is no alias, nor is a script variant the curation suppresses (a phrase-table word for another thing).
      const spaced = [...candidate.aliases].map(spacedForm).filter((form): form is string => form !== undefined);
      const aliases = [...new Set([...candidate.aliases, ...variants, ...spaced])].filter((alias) => alias !== candidate.term && !this.curation.suppress.has(alias)).sort();
      const term: Term = {
        id: `term:${candidate.term}`,
        term: candidate.term,
        aliases,
        category: this.categoryOf(candidate, definitions),
        status: STATUS_OF_KIND[definitions[0].kind],
        definitions,
        occurrences: found,
        figureIds: [],
      };
      const pinyin = pinyinOf(candidate.term);
      if (pinyin) term.pinyin = pinyin;
      terms.push(term);
    }
    terms.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    relateFamilies(terms, (text) => this.key(text));
    // An entry naming no sentence of a term that is built would be a correction silently lost (the text or the rules
    // changed): it stops the build at its line. A term not built at all (`--no-lexicon`, other reports) has nothing to correct.
    for (const entry of this.curation.characterisations) {
      const term = terms.find((built) => built.term === entry.term);
      if (term && !term.definitions.some((definition) => definition.kind === 'explanatory' && definition.quote.includes(entry.sentence))) {
        throw new InputError(entry.file, entry.line, `no sentence of the term ${entry.term} holds "${entry.sentence}": the characterisation names none`);
      }
    }
    return terms;
  }

  /**
   * The term's sentences with those the curation calls characterisations (`terms.characterisations`) shown as uses: each
   * moves behind the definitions and explanations left, ahead of the other uses, as the most explanatory of them.
   */
  private asCurated(name: string, definitions: Definition[]): Definition[] {
    const entries = this.curation.characterisations.filter((entry) => entry.term === name);
    if (entries.length === 0) return definitions;
    const shown = definitions.map((definition): Definition => (entries.some((entry) => definition.quote.includes(entry.sentence)) ? { ...definition, kind: 'explanatory' } : definition));
    return [...shown.filter((definition) => definition.kind !== 'explanatory'), ...shown.filter((definition) => definition.kind === 'explanatory')];
  }
}

/** A rating someone gave the thing (`数字孪生被 Gartner 列为 2019 年十大战略性技术趋势`): what it is rated, not what it is. */
const RATED_BY = /^被[^，,。；;]{1,24}(?:列为|评为|誉为|选为)/u;

/**
 * A predicate on where or how widely the term is applied, not what it is (`的应用场景非常广泛`, `在物流行业的应用方向…`), or a
 * question on it (`存算一体技术是否可以应用于…`).
 */
const ON_APPLICATIONS = /^(?:技术)?(?:在[^，,。；;]{1,12})?的?应用(?:场景|方向|领域|范围)?|^(?:技术)?是否/u;

/**
 * What a sentence hopes for (`基于区块链的分布式记账…等特点，有望打通…“数据孤岛”` under `区块链 + 政务：`): a benefit
 * expected of the thing, not what it is or does (round 21p).
 */
const PROSPECT = /有望|有助于/u;

/** A sentence with no subject opening with what it rests on: `以社区数据计算平台为基础，`, `基于…`, `依托…`, `在…的基础上，`. */
const SUBJECTLESS_GROUND = /^(?:以[^，,。]{1,20}为(?:基础|核心|依托|支撑)[，,]|基于|依托|在[^，,。]{1,20}(?:基础上|前提下)[，,])/u;

/**
 * A section on where techniques are applied (`智能零售关键技术应用 › 4.3 人工智能：全链路应用…`, `技术应用及价值`): a sentence
 * opening with the term there says what it does in that trade, not what it is — it explains only as it would elsewhere
 * (round 21p: 人工智能's first hover was `人工智能技术围绕品牌商、零售平台…构建…服务体系`).
 */
const APPLICATIONS_SECTION = /应用/u;

/** A section about the term (`3.1 数字孪生`) explains it as well as a definition in passing (`…的数字孪生，也就是…`). */
const KIND_RANK: Record<DefinitionKind, number> = { explicit: 2, heading: 2, explanation: 1, explanatory: 0 };
const STATUS_OF_KIND: Record<DefinitionKind, TermStatus> = { explicit: 'defined', heading: 'explained', explanation: 'explained', explanatory: 'used' };

/**
 * What a sentence (or clause) opening with the term says it is, does, is made of or is for: `联盟链通过…实现…`,
 * `5G-V2X是自动驾驶的基础技术，用于…`, `智能金融便是利用智能技术…`, `存算一体的目的是…`, `高精地图作为…，包含…`,
 * `mMTC主要为了满足海量的机器接入需求`; what it can do (`分拣机器人能相互识别…`, `自主机器人可做到…`; not `可能`, `可谓`,
 * nor `可追溯到 1983 年`, when it began);
 * a property (`…的特点是…`, `…的主要特点是…`; not `量子计算的一个特点是…`, one of its traits, a characterisation), what its
 * architecture is made of (`智能经济的五层架构包括：…`), how it works or is built (`工业大脑的思考过程，简单地讲是…`, `类脑计算学习大脑的信息处理机制`,
 * `智能政务办公平台建立在京东云上` — folded, 建立 reads 创建); by what method (`多模态融合致力于将…映射到…`, not a goal: `致力于提升…`);
 * and after a gloss, the thing it names (`BaaS (Blockchain as a Service) 平台为…提供…`); by what architecture or way it will
 * provide what (`5G将以全新的网络架构，提供…峰值速率…`: the future 将 then a means and what it provides, not `将以…为契机`).
 */
const EXPLAINING_PREDICATE = new RegExp(
  String.raw`^(?:技术|系统)?(?:[（(][^（）()]{0,40}[）)](?:技术|系统|平台)?)?[，,]?(?:通常|一般)?${CORRELATIVE}?(?:主要|则|可|需要(?=[将把])|将(?=通过|利用|基于|以[^，,。；;]{1,20}(?:架构|方式|模式|形式|结构)[，,]?(?:提供|实现|支持))|${MANNER_BEFORE_BA})?(?:${BA_CONSTRUCTION}|通过|利用|借助|为了|基于|能够|可以|能(?![否源力效耗量])|可(?![能谓望见否靠信控用]|追溯[到至])|旨在|致力于(?=将|把|通过)|用于|${APPLIES_MEANS}|(?:提高|提升|降低)了|(?:建立|创建)在|模拟|模仿|借鉴|学习[^，,。]{0,12}(?:机制|原理|方式)|采用|作为|具有|具备|包括|包含|涵盖|由(?!于)|以|便是|也就是|是(?![否不])|实现|提供|帮助|使得|让|解决|面向|为[^，,。]{1,40}(?:提供|赋予)|的(?:目的|本质|核心|核心理念|定义|作用|含义|原理|特点|定位)[，,]?(?:是|在于)|的(?:主要|最大)(?:特点|特征|优势)(?:是|在于)|的[^，,。]{0,4}(?:过程|机制|架构|构架|结构|组成)[，,]?(?:简单地讲|简单来说|简而言之)?[，,]?是|的[^，,。]{0,4}(?:架构|构架|结构)(?:包括|包含|分为))`,
  'u',
);

/**
 * A clause before the subject setting the scene — where, when, against what or on what ground (`在工业检测中，`,
 * `随着运输编队规模的不断扩大，`, `与“一代”相比，`, `依托底层时空数据引擎和时空智能引擎，`) — not whose words follow
 * (`他指出，`) nor a clause of its own (`医疗行业向智慧化转型，`, `另一方面，`).
 */
const SETTING_CLAUSE = /^(?:(?:在|随着|与|依托|基于|面对|针对|对于|为了|当)[^，,；;：:。“”"]{1,38}|(?:针对|面对)[^，,；;：:。“”"]{1,80}(?:难点|难题|问题|挑战))[，,]$/u;
/** Such a clause opening a sentence, to be passed over to the subject after it. */
const SETTING_OPENING = new RegExp(SETTING_CLAUSE.source.replace(/\$$/u, ''), 'u');
/** A name (Han, or a Latin name of a few words: `JD Cloud Mesh`) said to be one of a kind of thing (see AS_ONE_OF_A_KIND). */
const OF_A_KIND_OPENING = new RegExp(String.raw`^(?<term>[\p{Script=Han}A-Za-z0-9\-]{2,10}?|[A-Za-z][A-Za-z0-9 \-]{1,22}[A-Za-z0-9])(?=${AS_ONE_OF_A_KIND})`, 'u');
const SPEECH = /[说称道]|指出|认为|表示|看来|介绍|透露|强调/u;
/** A count of a scheme's parts and a dash, right before a name: `一个核心——`, `两大部分——`. */
const COUNTED_PART = /[一二三四五六七八九十两\d]+(?:个|大|项|类|种)[^，,。；;：:—]{0,6}——$/u;
/** A speech verb, then a comma or colon: what follows is someone's words (`邓方在接受《中国科学报》采访时表示，今年…`). */
const SPOKEN_LEAD = /(?:说|称|表示|认为|指出|强调|透露|坦言|介绍)[，,：:]/u;
/**
 * What a subject after such a clause does, and by what means or for what: `二代征信解决…`, `城市操作系统利用…`,
 * `时空数据引擎创新性地将…数据标准化为…` (how, and what it does to what), `基于…平台，“京东家医”为用户及家庭提供…` (for whom, what),
 * `机器视觉技术主要用于…`, `自主协同系统可以和其他车辆…共享…`; not what it has there (`“云平台”具备监测作弊、抄袭功能`)
 * nor what it makes others do (`产业数字化可以使金融服务…`), nor when it began (`我国最早的医疗信息化可追溯到 1983 年`),
 * and not `是` (a characterisation as often as not).
 */
const DOING_PREDICATE = new RegExp(
  String.raw`^(?:技术|系统)?[，,]?(?:通常|一般)?(?:主要|则|就|可)?(?:通过|利用|基于|旨在|用于|采用|解决|(?:能够|可以|能|可)(?!使|让|以?被|追溯[到至])(?:通过|利用)?|${MANNER_BEFORE_BA}${BA_CONSTRUCTION}|为[^，,。；;]{1,20}提供|${AS_ONE_OF_A_KIND})`,
  'u',
);

/**
 * The frame the explanation shapes below share: whether a (folded) sentence, 20 to 200 characters long, has a key whose
 * first use stands as a word (whole, not inside a longer one of the `words`) with what is written before and after it
 * passing `shape`.
 */
function explainsAtFirstUse(keyed: string, keys: Set<string>, words: Vocabulary, shape: (before: string, after: string) => boolean): boolean {
  if (keyed.length < 20 || keyed.length > 200) return false;
  return [...keys].some((key) => {
    const at = keyed.indexOf(key);
    // A gloss right after the term (`abs(资产证券化)可以…`) leaves the predicate the term's.
    return at >= 0 && isWholeKey(keyed, key, at) && !insideLongerWord(keyed, at, key.length, words) && shape(keyed.slice(0, at), keyed.slice(at + key.length).replace(GLOSS, ''));
  });
}

/**
 * Whether a (folded) sentence, 20 to 200 characters long, has one of the keys open its clause after a setting clause and
 * say what it does (see DOING_PREDICATE): an explanation, ranked below one that opens the sentence.
 */
function explainsAfterSetting(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (setting, after) => SETTING_CLAUSE.test(setting) && !SPEECH.test(setting) && DOING_PREDICATE.test(after));
}

/**
 * A role, then what the thing comes down to (`风控作为金融机构的核心能力，其根本即对个人信用、资产价值的评估`): its essence,
 * in a clause of its own, says what it is. Not a problem at its root (`其根本问题是…`: a limitation).
 */
const ESSENCE_AFTER_ROLE = /^作为[^，,。；;：:]{2,20}[，,]其(?:根本|本质|实质)上?(?:即|是|就是|在于)(?![否非不])[^，,。；;]{4,}/u;

/** Whether a (folded) sentence opens on one of the keys, its role and its essence (see ESSENCE_AFTER_ROLE). */
function explainsByEssence(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (before, after) => before === '' && ESSENCE_AFTER_ROLE.test(after));
}

/**
 * The doer of a method clause (see explainsAsMethod): none, or a technique (`定位与导航技术通常采用…`), then the verb. Not a
 * firm or unit (`京东零售利用智能供应链的技术对3.3万个品牌…进行智能预测`): what a firm does with it is an application of it,
 * not what it is (round 21p).
 */
const METHOD_DOER = /(?:^|[，,；;])(?:[^，,；;。]{0,20}(?:技术|方法|算法|系统))?(?:通常|一般|主要|可以|可)?(?:采用|利用|通过|使用|基于)$/u;

/**
 * Whether a (folded) sentence uses one of the keys as the way something is done, then says what it does: `采用 SLAM
 * (Simultaneous Localization And Mapping) 的方式构建几何地图`.
 */
function explainsAsMethod(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (before, after) => METHOD_DOER.test(before) && /^的(?:方式|方法|技术)来?(?:构建|实现|进行|获取|完成|对|将|把|生成|识别|计算)/u.test(after));
}

/**
 * Whether a (folded) sentence says what one of the keys is made of, the parts first: `…计算机硬件和软件资源组成了下一代计算的
 * Deep Infrastructure，…`. The term closes the clause; the parts are what the sentence opens with.
 */
function explainsByParts(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (before, after) => /^[^，,；;。]{6,}(?:组成了|构成了)(?:[^，,。；;]{0,12}的)?$/u.test(before) && /^(?:[，,。；;]|$)/u.test(after));
}

/**
 * What a sentence says someone made or launched, of what kind, right before the thing's name: `成功打造了智能人机产品`,
 * `打造的智能音箱产品`, `推出云端一体化资管科技平台`, `也推出了量子计算服务`.
 */
const MADE_KIND = String.raw`(?:打造|推出|研发|发布|构建)(?:了|的)?[^，,。；;“”"「」]{2,12}(?:产品|平台|系统|引擎|服务)`;
/**
 * What the made thing then does, itself or with another (`，实现…`, `，为金融机构提供…`, `，它将帮助研究人员…`, `与“京东家医”
 * 实现了深度打通`): with its kind before it, the sentence says what the thing is and what it is for.
 */
const MADE_PRODUCT_DOING = /^(?:[，,](?:它|其)?将?|与[^，,。；;]{2,10})(?:实现|提供|支持|可以|能够|帮助|为[^，,。；;]{1,20}提供)/u;
/**
 * `疫情期间为经开区打造数字防疫智能平台“战疫金盾”，…`: made for one client, in a list of a firm's results — one project's
 * name, not a product or concept of the field (the judges of round 32's sample).
 */
const MADE_FOR_A_CLIENT = /为[^，,。；;：:“”"]{1,12}$/u;
/**
 * A name the reports quote once, right after the kind of thing someone made (`打造数字防疫智能平台“战疫金盾”`, `推出了量子计算服务
 * “Braket”`): the quotation marks bound a product's name, and the kind says what it is.
 */
const MADE_PRODUCT_NAME = new RegExp(String.raw`${MADE_KIND}[“「](?<name>[\p{Script=Han}A-Za-z0-9²]{2,12})[”」]`, 'gu');
/**
 * Whether a (folded) sentence names the term as a product, platform or system someone made, then what it does: `成功打造了
 * 智能人机产品“言犀”，实现人机交互与人机协同多模式服务` says what kind of thing 言犀 is and what it is for.
 */
function explainsAsMadeProduct(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (before, after) => new RegExp(`${MADE_KIND}$`, 'u').test(before) && MADE_PRODUCT_DOING.test(after));
}

/**
 * Whether a (folded) sentence names one of the keys as what something is, closing the clause, and goes on with a clause of
 * no subject of its own naming the kind of thing it is: `安全芯片的是可信平台模块，是一个可独立进行密钥生成、加解密的计算装置，
 * …` (see namesCategory). Not a kind rated against others (`…是纠错效果比较好的一种技术`, see CHARACTERISATION).
 */
export function explainsAsComplementOfKind(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (before, after) => {
    const kind = /^[，,](?:它|其)?(?:也|还)?是(?<kind>一[个种类项台款][^，,。；;]{2,40})/u.exec(after)?.groups?.kind;
    return /[^，,。；;：:]是$/u.test(before) && kind !== undefined && namesCategory(kind);
  });
}

/**
 * Whether a (folded) sentence, 20 to 200 characters long, puts one of the keys in a category as the subject of its clause
 * (see CATEGORY_MEMBERSHIP): `全栈编译使得开发者…，因此全栈编译也属于软硬件协同设计的范畴`.
 */
function explainsAsCategoryMember(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  if (keyed.length < 20 || keyed.length > 200) return false;
  return [...keyed.matchAll(CATEGORY_MEMBERSHIP)].some((match) => {
    const term = match.groups!.term;
    const at = match.index + match[0].indexOf(term);
    return keys.has(term) && !insideLongerWord(keyed, at, term.length, words);
  });
}

/**
 * Whether a (folded) sentence opens with the term's basic units or make-up and says what they are like: `神经网络的基本单元
 * 相对单一，基本单元之间的连接关系也有相对固定的模式` says what the thing is built of (the census lists it as an explanation).
 */
function explainsByMakeup(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (before, after) => (before === '' || SENTENCE_LEAD.test(before)) && /^的(?:基本|基础)(?:单元|结构|组成|构成|原理)[^，,。；;]{2,}/u.test(after));
}

/**
 * Whether a (folded) sentence opens with the kind of thing a Latin name is, the name right after it, then what it does:
 * `在自然语言处理领域，最新提出的预训练语言模型 GPT-3，依据大量语料中词汇出现的统计概率，可以更好地答题、翻译、写文章`
 * (after a setting clause at most).
 */
function explainsByKindBefore(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (before, after) => {
    const kind = /^(?:在[^，,。；;：:]{1,20}[，,])?(?:[^，,。；;：:]{0,10}的)?(?<kind>\p{Script=Han}{2,10}(?:模型|算法|芯片|处理器|框架|协议|平台|系统))$/u.exec(before);
    // Only a term named in Latin letters (its name, the first key): a Han name after a Han kind runs into it as one word.
    return kind !== null && /^[a-z0-9+\-]+$/iu.test(keys.values().next().value ?? '') && /^[，,](?:[^，,。；;]{2,30}[，,])?(?:可以|能够|能(?![否源力效耗量])|可(?![能谓望见否靠信控用])|通过|依据|基于)/u.test(after);
  });
}

/**
 * Whether a (folded) sentence has one of the keys close its clause as PRONOUN_DOING reads it, then `，它可以…`. Every use
 * is tried, not only the first (`explainsAtFirstUse`): the first is often inside a longer word (`拍照购物的拍照购，它可以…`).
 */
function explainsByPronoun(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return [...keys].some((key) => {
    for (let at = keyed.indexOf(key); at >= 0; at = keyed.indexOf(key, at + 1)) {
      if (!isWholeKey(keyed, key, at) || insideLongerWord(keyed, at, key.length, words)) continue;
      if (/(?:的|打造|推出|构建|研发|开发)$/u.test(keyed.slice(0, at)) && /^[，,]它(?:可以|能够|可(?!能)|能(?!否))/u.test(keyed.slice(at + key.length))) return true;
    }
    return false;
  });
}

/**
 * A short qualifier ending in `的` that opens the sentence before its subject: `基于阻忆器的`, `多中心化的`, `端到端的`, and
 * whose generation it is (`Xilinx的新一代适应性计算加速平台(ACAP)就采用了…的异构构架`); not a clause whose object the term
 * is (`自主系统配备了多类型的传感器，可以…`) nor a wish (`未来需要创新的共识机制能够…`).
 */
const QUALIFYING_PHRASE = /^(?!.*(?:了|需要|应该|应当|必须|将|要))[^，,。；;：:“”"]{1,8}的(?:新型|新一代)?$/u;

/**
 * A word making a kind of the term without `的`: `新型…`, `新一代…`. Not 智能, which makes a name of its own (`智能手术机器人可以
 * 通过激光…`, one of a forecast's clauses: the judges of seed 1796527044 read it as about the longer name).
 */
const QUALIFYING_WORD = /^(?:新型|新一代)$/u;

/**
 * Whether a (folded) sentence, 20 to 200 characters long, opens with a qualified subject — a short phrase ending in `的`,
 * after a setting clause or none — and says what it does (see DOING_PREDICATE): `基于阻忆器的存算一体技术可将存储与权重矩阵
 * 乘法集于一体`, `作为5G网络最重要的特性，端到端的网络切片能力，可以将…`. The qualifier narrows the subject to a kind of it,
 * whose doing is the term's; an explanation, ranked below one that opens the sentence.
 */
function explainsQualifiedSubject(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (before, after) => {
    // `作为5G网络最重要的特性，`: what the subject is taken as sets the scene for it as well (a category it is taken as
    // says what it is whatever follows: see explainsAsCategory).
    // The subject of a clause after `；` (`…；区块链中的分布式账本技术可有效解决…`) as of a sentence.
    const clause = before.replace(/^.*[；;]/u, '');
    const setting = /^(?:(?:在|随着|与|依托|基于|面对|针对|对于|为了|当|作为)[^，,；;：:。“”"]{1,38}[，,])?/u.exec(clause)![0];
    const qualifier = clause.slice(setting.length);
    const predicate = after.replace(/^能力(?=[，,]?(?:能够|可以|能|可))/u, '');
    // `智能化的医学影像系统可以…` says what the system does, not the term; `…可有效解决信息分散的问题，…` how well it helps.
    const firstClause = predicate.split(/[，,。；;]/u)[0];
    // `区块链下的 ABS（资产证券化）可以实现底层资产的穿透，…`: the term under another technique of the field is what that one
    // brings to it, a benefit of the two together (the judges of seed 1796528863), not what the term is.
    const underAnother = /^(?<other>.{2,8}?)(?:之下|下)的$/u.exec(qualifier)?.groups?.other;
    if (underAnother !== undefined && words.isTerm(underAnother)) return false;
    return (QUALIFYING_PHRASE.test(qualifier) || QUALIFYING_WORD.test(qualifier)) && !SPEECH.test(before) && !/^系统/u.test(predicate) && DOING_PREDICATE.test(predicate) && !PRAISING_CLAUSE.test(firstClause);
  });
}

/** A clause of eight characters or more, then `，成为“X”` closing the clause (see explainsByBecoming). */
const BECOMING_COINAGE = /[^，,。；;：:“”"]{8,}[，,](?:成为|沦为)[“「](?<name>[^”」“「]{2,10})[”」](?=[，,。；;]|$)/gu;

/**
 * Whether a (folded) sentence names one of the keys as an example after `，如` and goes on with the means by which it works (see
 * EXAMPLE_BY_MEANS).
 */
function explainsExample(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (before, after) => /[，,；;](?:如|例如|比如)$/u.test(before) && /^[，,](?:通过|利用|基于)[^，,。；;]{4,}[，,]/u.test(after));
}

/** A qualifier opening a sentence before the term: `一个完整的`, `传统`, `典型的`. */
const QUALIFIER = /^(?:一个|一套|一种)?(?:完整的|典型的|传统的?|常见的|现有的?)$/u;
/**
 * What the term's kinds or parts are: `分为…`, `由…组成`; also its hardware's or software's (`物联网设备硬件主要由…组成`), or
 * its architecture's after 的. Glued to the term, 构架/架构/结构 make a longer name whose parts the sentence lists
 * (`神经网络计算构架通常由海量内存单元和卷积、池化计算单元组成`: the judges of seed 1796497493 read it as about that name).
 */
const COMPOSITION = /^(?:技术|系统|的?(?:硬件|软件)|的(?:构架|架构|结构))?(?:主要|一般|通常)?可?(?:分为|分成|由[^，,。；;于]{2,40}(?:组成|构成))/u;
/** What a sentence introducing a term in its own section says: what it is made of, rests on, does or is for. */
const SECTION_OPENING_PREDICATE = /包含|包括|由[^于]|以[^，,。]{1,20}为(?:核心|支撑|基础|依托)|通过|提供|帮助|利用|基于|用于|旨在/u;

/** A sentence with no subject opening with the means: `通过部署`, `利用`, `采用`, after a connective or none. */
const MEANS_OPENING = /^(?:(?:而|同时|此外|另外|因此|例如|比如)[，,]?)?(?:通过|利用|采用|借助|凭借)(?:部署|引入|使用|应用|构建)?$/u;
/**
 * A sentence with no subject opening with a means, a technique's name (see TECHNIQUE_HEAD), then what is achieved with it:
 * `通过边缘软件实现工业硬件…的间接接入和数据采集`, `基于高维风险模型，实现客群识别和用户分层`.
 */
const ACHIEVING_MEANS = String.raw`^(?:(?:而|同时|此外|另外|因此|例如|比如)[，,]?)?(?:通过|利用|借助|凭借|基于)`;
const ACHIEVED = String.raw`[，,]?(?:可以|能够|可)?实现`;
const ACHIEVED_WITH = new RegExp(String.raw`${ACHIEVING_MEANS}(?<term>\p{Script=Han}{3,10}?)${ACHIEVED}`, 'u');
const ACHIEVING_MEANS_BEFORE = new RegExp(`${ACHIEVING_MEANS}$`, 'u');
const ACHIEVED_AFTER = new RegExp(`^${ACHIEVED}`, 'u');

/**
 * Whether a (folded) sentence, 20 to 200 characters long, says what the term is for with no subject of its own: the means
 * (see MEANS_OPENING), the term, and what one can do with it (`通过部署边缘计算节点，可以有效连接 IT 和 OT 系统`,
 * `采用共识算法，可以高效地解决联盟链多节点的典型分布式一致性问题`), or goes straight on to what is done with it (`通过知识库从
 * 多个维度对智能体的状态进行分析`); not what it makes others do (`可以使…`).
 */
function explainsUse(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(
    keyed,
    keys,
    words,
    (before, after) =>
      (MEANS_OPENING.test(before) && /^(?:技术)?[，,]?(?:可以|能够|可|能)(?!使|让|以?被)/u.test(after)) ||
      // `通过边缘软件实现…的间接接入`: with the term, what is achieved.
      (ACHIEVING_MEANS_BEFORE.test(before) && ACHIEVED_AFTER.test(after)) ||
      // `通过知识库从多个维度对智能体的状态进行分析，…给出最优的决策结果`: with the term, what is done to what, no subject of its own.
      (MEANS_OPENING.test(before) && /^(?:技术)?(?:从|对|为|向)[^，,。；;]{2,30}(?:进行|提供|实现|完成)/u.test(after)),
  );
}

/**
 * The rest of a (folded) sentence that opens with its report's publisher giving a view (`京东认为，` in a report by
 * 京东集团技术委员会, `阿里研究院指出，`): the report's own voice, not someone quoted. Undefined for any other sentence.
 */
export function publisherView(keyed: string, publisher: string | undefined): string | undefined {
  const lead = /^(?<speaker>[^，,。；;：:“”"]{2,12}?)(?:认为|指出|提出)[，,]/u.exec(keyed);
  return lead?.groups && publisher?.startsWith(lead.groups.speaker) ? keyed.slice(lead[0].length) : undefined;
}

/**
 * Whether a (folded) sentence, 20 to 200 characters long, opens by naming the term as its topic and goes on to say by
 * what means what can be done: `在精准医疗方面，通过基因组学、蛋白质组学等技术，可以获得…`. Not a means and a purpose only
 * (`在临床决策方面, 通过大数据的采集与分析, 寻找…联系, 更好的做出临床诊疗决策`: how data helps a decision, not what it is).
 */
function explainsTopic(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  if (keyed.length < 20 || keyed.length > 200) return false;
  return [...keys].some((key) => keyed.startsWith(`在${key}`) && !insideLongerWord(keyed, 1, key.length, words) && /^(?:方面|领域)[，,](?:通过|利用|借助|基于)[^，,。；;]{1,40}[，,](?:可以|能够|可|能)(?!使|让|以?被)/u.test(keyed.slice(1 + key.length)));
}

/** After a Latin name, its gloss if any and a Chinese head naming what kind of thing it is: `小车`, `自主搬运机器人`, `场景`. */
const LATIN_NAME_HEAD = /^(?:[（(][^（）()]{0,40}[）)])?\p{Script=Han}{0,5}(?:机器人|小车|车辆|场景|设备|芯片)/u;

/** Items of an enumeration opening the sentence, before its last item: `半监督、无监督和`. */
const ENUMERATED_SUBJECTS = /^(?:\p{Script=Han}{2,8}、){1,4}\p{Script=Han}{2,8}(?:和|与|及)$/u;

/** Splits a (folded) key into a modifier of two or more Han characters and a Han head of two: 半监督学习 → 半监督 + 学习. */
function modifierAndHead(key: string): { modifier: string; head: string } | undefined {
  return /^\p{Script=Han}{4,}$/u.test(key) ? { modifier: key.slice(0, -2), head: key.slice(-2) } : undefined;
}

/** How a key's modifier is written as an item of an enumeration whose head is left to the last item: `半监督、`, `无监督和`. */
function elidedHeadItems(key: string): string[] {
  const split = modifierAndHead(key);
  return split === undefined ? [] : ['、', '和', '与', '及'].map((joint) => `${split.modifier}${joint}`);
}

/**
 * Whether a (folded) sentence, 20 to 200 characters long, opens (after a connective at most) with an enumeration whose items
 * share the head of its last one, a key's modifier among them, and goes on to explain the subjects: `半监督、无监督和强化学习可以
 * 部分依赖或者完全不依赖于任何标签，通过…` explains 半监督学习 and 无监督学习 as it does 强化学习.
 */
function explainsBySharedHead(keyed: string, keys: Set<string>): boolean {
  if (keyed.length < 20 || keyed.length > 200) return false;
  const opening = keyed.replace(/^(?:而|其中|同时|目前|此外|另外|因此|当前|未来|例如|比如|事实上)[，,]?/u, '');
  return [...keys].some((key) => {
    const split = modifierAndHead(key);
    if (split === undefined) return false;
    const { modifier, head } = split;
    // The items before the last (each without the head), then the last with it, then what they do.
    const enumeration = new RegExp(String.raw`^((?:\p{Script=Han}{2,6}、){0,4}\p{Script=Han}{2,6}(?:和|与|及))\p{Script=Han}{1,6}${head}`, 'u').exec(opening);
    if (enumeration === null) return false;
    const items = enumeration[1].slice(0, -1).split('、');
    const predicate = opening.slice(enumeration[0].length);
    return items.includes(modifier) && !items.some((item) => item.endsWith(head)) && EXPLAINING_PREDICATE.test(predicate) && !onlyCharacterises(predicate);
  });
}

/**
 * An enumeration opening a sentence whose items all end in the same head of a technique, then `是` and the category they
 * share (`遗传算法、蚁群算法、粒子群算法是目前表现比较优异的调度算法`): each item is said to be of that category. The shared
 * head keeps out lists of properties or problems (`稳定性、扩展性、低速率等问题是…的主要原因`).
 */
const LISTED_KINDS = /^(?<items>(?:\p{Script=Han}{2,8}、){1,5}\p{Script=Han}{2,8})(?:等)?(?:都|均)?是(?<predicate>[^，,。；;]{2,30})(?:[。，,；;]|$)/u;

/** The items of a sentence opening with an enumeration of one kind of technique said to be of a category (see LISTED_KINDS). */
export function listedKinds(text: string): string[] {
  return listedItems(text, namesCategory);
}

/**
 * The items of such an enumeration whether or not the category is rated (`…是目前表现比较优异的调度算法`): names of
 * techniques, which a rating only uses (the nineteenth round's judges), not explains.
 */
export function listedTechniques(text: string): string[] {
  return listedItems(text, (predicate) => CATEGORY.test(predicate));
}

/** The items of a sentence opening with an enumeration of one kind of technique whose predicate passes `namesKind`. */
function listedItems(text: string, namesKind: (predicate: string) => boolean): string[] {
  const listed = LISTED_KINDS.exec(text);
  if (!listed?.groups || !namesKind(listed.groups.predicate)) return [];
  const items = listed.groups.items.split('、');
  const head = items[0].slice(-2);
  return TECHNIQUE_HEAD.test(items[0]) && items.every((item) => item.length > head.length + 1 && item.endsWith(head)) ? items : [];
}

/**
 * Whether a (folded) sentence, 20 to 200 characters long, opens by saying what kind of thing its subject is, the term
 * right after: `此外，作为一台可稳定运行的超导量子计算系统，“悟源”目前已经可以…`. Only a category (`一台/一个/一种…系统`), not
 * a role (`作为新基建的重要组成部分，…` characterises).
 */
function explainsAsCategory(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (before) => {
    const opening = /^(?:(?:而|同时|此外|另外|其中)[，,]?)?作为一[台个种款套类项](?<category>[^，,；;。]{2,30})[，,]$/u.exec(before);
    return opening?.groups !== undefined && namesCategory(opening.groups.category);
  });
}

/** A predicate reporting that its subject grows: `蓬勃发展，规模占GDP比重…`, `快速增长`. */
const GROWTH = /^[^，,。；;]{0,4}(?:发展|增长|壮大|扩张|兴起|崛起)(?:[，,。；;]|$)/u;

/**
 * Whether a (folded) sentence, 20 to 200 characters long, opens (after a short lead clause at most) with a relative clause
 * saying what the term rests on, the term right after: `以神经网络为基础的深度学习是…`. Not examples (`以…为代表的`) nor a
 * direction (`以…为引领的`), and not when the sentence goes on to report that the term grows (`近年来，以信息技术和数据作为
 * 关键要素的数字经济蓬勃发展，规模占GDP比重…`: the attribute is said in passing; the nineteenth round's judges).
 */
function explainsByBasis(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(keyed, keys, words, (before, after) => /^(?:[^，,。；;：:]{1,10}[，,])?以[^，,。；;：:]{1,25}(?:作为|为)(?:关键要素|核心要素|核心|基础)的$/u.test(before) && !GROWTH.test(after));
}

/**
 * Whether a (folded) sentence, 20 to 200 characters long, names the term as its subject after a relative clause saying how
 * it works — a means verb, what it acts on and to what end, then `的` (`为解决这个问题,复用同一硬件实现不同计算构架的可重构
 * 计算成为了关键技术`), after a setting clause or none. Not examples (`以…为代表的`) nor a clause of its own: the term is
 * followed by its verb.
 */
function explainsByRelativeClause(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return explainsAtFirstUse(
    keyed,
    keys,
    words,
    (before, after) =>
      /^(?:(?:在|随着|与|依托|面对|针对|对于|为了?|当)[^，,；;：:。“”"]{1,38}[，,])?(?:复用|利用|通过|基于|采用|借助|模拟|模仿|借鉴)[^，,；;：:。“”"的]{4,30}的$/u.test(before) &&
      /^(?:技术)?(?:已经|已|正在|正|也|则|便)?(?:成为|是|可以|能够|能|可|将|在|被|作为|具有|具备)/u.test(after),
  );
}

/** A sentence opening on an example of what the one before says (`例如，`, `比如`). */
const EXAMPLE_LEAD = /^(?:例如|比如)[，,]?$/u;
/** `不仅可以…，还可以…`: what the subject adds besides (see CORRELATIVE). */
const ADVANTAGES = /^(?:不仅|不但)(?=可以|能够)/u;


/**
 * Whether a (folded) sentence, 20 to 200 characters long, opens with one of the keys and goes on to explain it — or a
 * clause does, after `；`, `，而` or a colon (`金融的本质是…，而智能金融便是…`). The longest of the `words` wins: `数据利用是…`
 * opens with 数据利用, not 数据.
 */
function explainsAtOpening(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  if (keyed.length < 20 || keyed.length > 200) return false;
  return [...keys].some((key) => {
    for (let at = keyed.indexOf(key); at >= 0; at = keyed.indexOf(key, at + 1)) {
      // A clause after `；`, `，而` or a colon (`…降低人工标注成本：监督学习利用…`), but not after someone's words (`认为：“…`).
      // `5D 将重构社会经济格局，其中，Deep Tech 通过…`: after `，其中，` the term opens its clause as after `；`.
      const opens = at === 0 || SENTENCE_LEAD.test(keyed.slice(0, at)) || /(?:[；;]|[，,]而|[，,]其中[，,]?|(?<![说为示出称道])[：:])$/.test(keyed.slice(0, at));
      // `一个完整的工业大脑由四块关键拼图组成`, `传统接入技术分为…`: a qualifier before the term, then what its kinds or parts are.
      const qualified = QUALIFIER.test(keyed.slice(0, at)) && COMPOSITION.test(keyed.slice(at + key.length));
      // `半监督、无监督和强化学习可以…`: the last of the subjects an enumeration opens the sentence with.
      const enumerated = ENUMERATED_SUBJECTS.test(keyed.slice(0, at));
      // `分布式存储，如FPGA中的片上内存，以牺牲单块内存换取…`: after an example set off after the term the predicate is the
      // example's, which may take the words in another sense (on-chip memory, not the blockchains' distributed storage: the
      // judges of seed 1796528863); it does not say what the term is.
      // `京东科技的区块链技术品牌为智臻链，为企业提供…`: the clause naming the term as a brand has it as its subject.
      const named = /(?:品牌|名称|名字)(?:为|是|叫)$/u.test(keyed.slice(0, at));
      // `AGV小车可…`, `AGV(Automated Guided Vehicle)自主搬运机器人可以…`, `eMBB场景主要用于…`: a Latin name, then the kind of thing it names.
      const predicate = keyed.slice(at + key.length).replace(/^[a-z0-9+\-]+$/i.test(key) ? LATIN_NAME_HEAD : /$^/, '');
      // `安全芯片的是可信平台模块，是一个可独立进行密钥生成、加解密的计算装置，…`: a later clause with no subject of its own says
      // what kind of thing the term is. Not when the first clause is about something of the term's (`下一代计算的发展具有…，是一项…
      // 技术创新`): that is the later clause's subject.
      const clauses = predicate.split(/[。！？!?]/u)[0].split(/[，,；;]/u);
      const categoryClause = !/^的(?!是)/u.test(clauses[0]) && clauses.slice(1).some((clause) => /^(?:也|还|则)?是一[个种类项]/u.test(clause) && namesCategory(clause.replace(/^(?:也|还|则)?是/u, '')));
      // `例如自主化装备不仅可以连续多班工作…，还可以…，有利于…`: an example the sentence gives of the one before, going on to what
      // it adds besides — its advantages, not what it is (the judges of seeds 1796527042/4).
      if (EXAMPLE_LEAD.test(keyed.slice(0, at)) && ADVANTAGES.test(predicate)) continue;
      if ((opens || qualified || enumerated || named) && isWholeKey(keyed, key, at) && !insideLongerWord(keyed, at, key.length, words) && (qualified || categoryClause || (EXPLAINING_PREDICATE.test(predicate) && !onlyCharacterises(predicate)) || COMPOSITION.test(predicate) || STAGE_PREDICATE.test(predicate) || DUTY_PREDICATE.test(predicate))) return true;
    }
    return false;
  });
}

/** A name of a framework's part coined in English, two words or more in Title Case: `Deep Data`, `Deep Connectivity`. */
const FRAMEWORK_PART = /[A-Z][a-z]+(?: [A-Z][a-z]+)+/gu;

/**
 * Whether every clause of a sentence names a framework's part (see FRAMEWORK_PART) other than the term itself: what the
 * term moves and drives there is the framework's (`传感器将 Deep Data 传输到自主系统当中，推动环境信息与自主系统间的 Deep
 * Connectivity。`), its role in it. A clause of its own (`多中心化的区块链网络可以确保数据安全…，…，实现可信的 Deep Tech。`)
 * or the term as the part (`…组成了下一代计算的 Deep Infrastructure，…`) still says what it does or is.
 */
function namesFrameworkPartInEveryClause(text: string, isTerm: (name: string) => boolean): boolean {
  const clauses = text.split(/[，,；;。！？!?]/u).filter((clause) => clause.trim() !== '');
  return clauses.length > 0 && clauses.every((clause) => [...clause.matchAll(FRAMEWORK_PART)].some((match) => !isTerm(match[0])));
}

/**
 * What the term cannot do, in the clause that names it (`而联邦学习等解决数据共享问题的算法模型难以保证…`): a limitation.
 * Not a relative clause on something else (`一代征信无法覆盖的信息`).
 */
const SHORTCOMING_IN_CLAUSE = /^[^，,。；;]*?(?:难以|无法|不能|不足以)(?!\p{Script=Han}{0,4}的)/u;
/** A later clause on what the term's way of working brings about (`…，这导致…尚缺乏有效的监管`): a drawback. */
const DRAWBACK_CLAUSE = /[，,；;]这(?:导致|造成)/u;
/** `Deep Purposes 最终实现对客户…的深度服务`: where the term ends up, an aim. */
const AIM_PREDICATE = /^(?:最终|终将)(?:实现|达成|达到)/u;
/** The subject using something (`数据中心利用可重构计算,…`): see usesSectionTopic. */
const USING_VERB = /^(?:利用|采用|使用|运用|借助)/u;
/**
 * `AR技术将通过虚拟物品…等方式给人们带来连接媒体的全新方式`: the future 将, a means, then what it will bring someone — a
 * prediction of its effect, not what it is or does (the judges of round 32's sample). Not `5G将以全新的网络架构，提供…`:
 * what it provides, after a clause of its means.
 */
const PREDICTED_EFFECT = /^(?:技术)?将(?:通过|借助|利用|以)[^，,。；;]{0,40}?带来/u;
/**
 * `互联网+实现了人人互联，而IoT终将实现万物互联`: a short clause on what the term achieved, then `，而` and another subject
 * achieving more with the same verb — a contrast of two eras, slogan-like, that says what neither is (the last judges).
 */
const CONTRASTED_WITH_ANOTHER = /^(?<verb>\p{Script=Han}{2})了?[^，,。；;]{1,10}[，,]而[^，,。；;]{1,12}?\k<verb>[^，,。；;]{1,10}(?:[。！？!?；;]|$)/u;

/**
 * Whether a (folded) sentence, from the first whole use of one of the keys on, says something other than what the term
 * is: a limitation or a drawback of it (the judges of seeds 1796528863/5: 联邦学习, 共识机制), only its aim (Deep
 * Purposes), a prediction of what it will bring (增强现实), a contrast with another thing's achievement (互联网+), or, as one of two subjects each providing something to one system (`5G通信技术为自动驾驶的…提供丰富数据来源，
 * 单车智能为其智能决策提供算力支持，形成…`, see PARALLEL_PROVIDING), its role in that system (5G通信).
 */
function saysOtherThanWhatItIs(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  if (PARALLEL_PROVIDING.test(keyed)) return true;
  return [...keys].some((key) => {
    const at = keyed.indexOf(key);
    if (at < 0 || !isWholeKey(keyed, key, at) || insideLongerWord(keyed, at, key.length, words)) return false;
    const after = keyed.slice(at + key.length).replace(GLOSS, '').trimStart();
    return SHORTCOMING_IN_CLAUSE.test(after) || DRAWBACK_CLAUSE.test(after) || AIM_PREDICATE.test(after) || PREDICTED_EFFECT.test(after) || CONTRASTED_WITH_ANOTHER.test(after);
  });
}

/** A clause placing the term as something else's base, key, goal or engine: `是…的基础`, `成为…的重要基础设施`, `作为…的重要组成部分`. */
const CHARACTERISING_CLAUSE = /^(?:也|更|则|就|正)?(?:是|成为|作为)(?![否不])/u;
/** `具有…的特性`, `具备…特点`: traits the term has, which say what it is like, not what it is made of or does. */
const TRAIT_CLAUSE = /^(?:具有|具备|拥有)[^，,；;。]*(?:特性|特点|特征|优势)$/u;
/**
 * A clause that says how much the term helps, where it is headed or what kind of trade it is, not what it is, does or is
 * made of (the twelfth round's judges counted these explanations wrong):
 * - a benefit: `能够大大提升…运行、维护效率`, `降低成本`, `提高了…的响应时效`, `促进传统产业的转型升级` — an improvement
 *   verb and a measure of performance or growth (`可以实现自主决策` or `可以优化商品供应链的管理` say what it does);
 * - how well it solves a problem: `可有效解决信息分散的问题` (the judges of seed 1796497493);
 * - what it assures: `可以确保数据安全、客户隐私…` (the judges of seed 1796527044);
 * - an effect: `让…大规模协作成为了可能`;
 * - an aim: `面向从量变到质变的信息需求`;
 * - a role without `的`: `作为关键核心技术支撑`, or as what it lays for others: `为…各行各业的应用提供了很好的基础`, `为跨越创新
 *   死亡之谷提供额外助力` (the last judges: 产业政策);
 * - what kind of trade or order it is: `是一个全球化、国际竞争的产业`, `是一个多元参与的生态化文明`;
 * - that it changed: `在业态演变、数据运用…等多个方面进行了革新`.
 */
const PRAISING_CLAUSE = new RegExp(
  [
    String.raw`^(?:也|还|并|则|将|会|从而|进而|以此)?${CORRELATIVE}?(?:可以|能够|能|可|将)?(?:大大|大幅度?|显著|有效|极大|明显|进一步|更好|不断)?[的地]?(?:提升|提高|降低|减少|减轻|节省|节约|改善|促进|推动|加速|加快|带动|增强)了?[^，,；;。]{0,30}(?:效率|成本|效益|水平|体验|质量|速度|竞争力|时效|性能|准确率|负担|发展|升级)$`,
    // How well it solves a problem: `可有效解决信息分散的问题`.
    String.raw`^(?:可以|能够|能|可)?(?:有效|大大|显著|极大|彻底)[的地]?解决[^，,；;。]{0,30}问题$`,
    // What it assures: `可以确保数据安全、客户隐私、交易存证、价值流转` (the judges of seed 1796527044).
    String.raw`^(?:可以|能够|能|可)?(?:确保|保障|保证)[^，,；;。]{2,30}$`,
    String.raw`^(?:让|使|使得)[^，,；;。]{2,30}成为了?可能$`,
    String.raw`^面向[^，,；;。]{2,30}(?:需求|发展|未来)$`,
    String.raw`^(?:作为|是|成为)[^，,；;。的]{0,12}(?:支撑|基础|关键|核心|引擎|基石|手段|载体|驱动力|动力)$`,
    String.raw`^为[^，,；;。]{2,30}(?:提供|奠定)了?[^，,；;。]{0,6}(?:基础|支撑|保障|条件|助力|动力|支持|机遇)$`,
    String.raw`^是一[个种类项][^，,；;。]{0,20}的[^，,；;。的]{0,4}(?:产业|行业|市场|文明)$`,
    String.raw`^在[^，,；;。]{2,40}(?:进行|实现)了?(?:革新|变革|创新|突破)$`,
    // A vogue: `是云计算发展的未来“潮流”`.
    String.raw`^(?:是|成为)[^，,；;。]{0,20}的(?:未来)?[“"]?(?:潮流|风口)[”"]?$`,
  ].join('|'),
  'u',
);
/**
 * A clause after a characterisation that goes on to say what the term is made of, does or is for: `…，用于第一时间获取路面
 * 信息`, `…，具体为对各类传感器数据的采集`, `…，包含更加丰富…的动静态信息`, `…，可以帮助企业降本增效`, `…，通过将互联网、
 * 人工智能…导入疾病防控…`, `…，它既是…提供计算、存储、网络的支撑` (the term again as `它`/`其`). Not a bare `通过 Y 实现 Z`
 * (`Deep Tech 是…实现的基础，通过 Deep Connectivity 实现数据的全链接`: after `是…的基础`, whose means it is is unclear),
 * nor a clause with a subject of its own (`大数据是…变革的基础，零售数据可分为…`).
 */
const SUBSTANCE_CLAUSE =
  /^(?:(?:它|其)(?![他中它余])[^，,；;。]{0,30}(?:提供|包括|包含|用于|负责)|(?:主要|具体|一般|通常|也|还|并|则)*(?:包括|包含|涵盖|由(?!于)|构成|分为|分成|具体为|用于|旨在|负责|通过(?:将|把|对)|利用|采用|提供|帮助|模拟|模仿|(?:可以(?!说)|能够|可(?![能谓望见否靠信控用以])|能(?![否源力效耗量]))))/u;

/**
 * Whether a predicate (what follows the term) only characterises it: it places the term as something else's base, key,
 * core, goal, engine or infrastructure (`X是…的基础`, `X成为…的重要基础设施`, `X是…的一个发动机或驱动力。`, `X是…的集中体现。`),
 * with traits at most (`X具有…的特性，成为…`), and no clause on what the term is made of, does or is for. Read as an
 * explanation, it overstates the sentence: it is a use. A first clause saying what the term is (`X是一种…，是…的核心组件`)
 * or does (`X通过…实现…，成为…`) keeps the sentence an explanation.
 */
function onlyCharacterises(predicate: string): boolean {
  const clauses = predicate.split(/[。！？!?]/u)[0].split(/[，,；;]/u).filter((clause) => clause !== '');
  const characterising = (clause: string) =>
    (CHARACTERISING_CLAUSE.test(clause) && (CHARACTERISATION.test(clause.replace(CHARACTERISING_CLAUSE, '')) || CHARACTERISING_CLAUSE_END.test(clause))) || PRAISING_CLAUSE.test(clause);
  if (!clauses.some(characterising)) return false;
  return clauses.every((clause, index) => characterising(clause) || (index === 0 ? TRAIT_CLAUSE.test(clause) : !SUBSTANCE_CLAUSE.test(clause)));
}

/**
 * `不可能三角(兼顾扩展性、安全性和去中心化)`: the term, then a bracket saying in Chinese what it consists of. Not an item of
 * an enumeration (`包括eMBB（增强型移动宽带）、mMTC(…)、uRLLC（超可靠、低时延通信）`): there the bracket spells out the item's
 * name, and the sentence lists the items (the thirteenth round's judges: uRLLC's first hover, while `uRLLC主要是面向…` explains).
 */
function explainsInBrackets(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return [...keys].some((key) => {
    const at = keyed.indexOf(key);
    if (at < 0 || insideLongerWord(keyed, at, key.length, words)) return false;
    const bracket = BRACKET_EXPLANATION.exec(keyed.slice(at + key.length));
    return bracket !== null && keyed[at - 1] !== '、' && keyed[at + key.length + bracket[0].length] !== '、';
  });
}

/**
 * Families: terms whose names contain one another (量子计算 ⇄ 量子计算机,
 * 数字孪生 ⇄ 数字孪生供应链) or share a head in the same topic (数字孪生 ⇄
 * 设备孪生), closest first, at most six.
 */
export function relateFamilies(terms: Term[], key: (text: string) => string): void {
  const keys = terms.map((term) => key(term.term));
  const head = (text: string) => (/^\p{Script=Han}{3,}$/u.test(text) ? text.slice(-2) : undefined);
  terms.forEach((term, index) => {
    const own = keys[index];
    const related: { id: string; distance: number }[] = [];
    terms.forEach((other, otherIndex) => {
      if (otherIndex === index) return;
      const theirs = keys[otherIndex];
      const contains = own.length >= 2 && theirs.length >= 2 && (theirs.includes(own) || own.includes(theirs));
      const sameHead = head(own) !== undefined && head(own) === head(theirs) && other.category === term.category;
      if (contains || sameHead) related.push({ id: other.id, distance: Math.abs(theirs.length - own.length) + (contains ? 0 : 10) });
    });
    related.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (related.length > 0) term.related = related.slice(0, 6).map((entry) => entry.id);
  });
}

/** At most this many sentences per term: the snapshot's size is activation time. */
const MAX_DEFINITIONS = 4;
/** Score added to sentences of a report by its type: authored reports first. */
const REPORT_AUTHORITY: Partial<Record<string, number>> = { compilation: -0.5, 'news-article': -1.5, 'web-page': -1.5 };

/** Labels and headings that state a finding rather than name a thing: `性能问题`, `安全挑战`. */
const FINDING_NAME = /问题|挑战|不足|有待|凸显|亮点|功能|价值$|核心|薄弱|较低|较高|难$|尚未|缺乏/u;
/**
 * A label or heading that names no thing: a finding, a way or a plan (`…模式`, `…方案`: a firm's, or a description of
 * one, `成立合资公司共建运营模式`, even when the paragraph under it refers back to it as `此类模式`), or a phrase word
 * anywhere in it (`加速神经网络计算`, `…等`).
 */
const NOT_A_TERM_NAME = new RegExp(`${FINDING_NAME.source}|方案$|模式$|${PHRASE_OPENING.source.slice(1)}`, 'u');

/** The term a bullet label names: `脑机接口：` → 脑机接口, `高精地图：辅助提供…` → 高精地图; a label that is a phrase names none. */
export function labelName(label: string): string | undefined {
  const name = label.split(/[：:]/)[0].trim();
  return name.length >= 2 && name.length <= 8 && !NOT_A_TERM_NAME.test(name) ? name : undefined;
}

/**
 * The term a section heading names: `3.1 数字孪生` → 数字孪生, `智能零售内涵` → 智能零售, `4.2 5G-V2X：为智能物流运输提供能力保障`
 * → 5G-V2X (a name, a colon, what it does; the numbering is not part of the name); undefined for other headings.
 */
export function headingName(sectionPath: string): string | undefined {
  const title = (sectionPath.split(' › ').at(-1) ?? '').replace(/^\d+(?:\.\d+)*\.?(?:\s+|(?=\p{Script=Han}))/u, '').replace(/[：:].*$/, '').replace(/(?:的)?(?:内涵|概述|简介|定义)$/, '').replace(/(?<=\p{Script=Han}{3})\s?与\s?[A-Za-z0-9]{1,4}$/u, '').trim();
  return title.length >= 2 && title.length <= 10 && !/[，,、：:–—/“”]|\s-|-\s/.test(title) && !NOT_A_TERM_NAME.test(title) ? title : undefined;
}

/** The first paragraph sentence under each heading. */
function firstSentencesOfSections(report: ReportText): Sentence[] {
  const firsts: Sentence[] = [];
  let section: string | undefined;
  for (const sentence of report.sentences) {
    const id = report.sectionPath(sentence.blockIndex).id;
    if (sentence.block.kind !== 'paragraph' || id === section) continue;
    section = id;
    firsts.push(sentence);
  }
  return firsts;
}

/**
 * The sentences of the paragraph right after a label, up to the next label or heading. A subtitle between them, one
 * short line with no closing mark (`► 边缘计算：` / `人工智能向边缘延伸，网络计算场景化和多样化` / `人工智能是物联网系统的大脑。
 * 利用边缘计算技术…`), heads the paragraph: both are the label's.
 */
function nextParagraphSentences(sentences: Sentence[], labelIndex: number, namesTerm: (text: string) => boolean): Sentence[] {
  const label = sentences[labelIndex];
  const following = sentences.slice(labelIndex + 1).filter((sentence) => sentence.blockIndex > label.blockIndex);
  const block = (blockIndex: number | undefined) => following.filter((sentence) => sentence.blockIndex === blockIndex);
  const first = block(following[0]?.blockIndex);
  const subtitle = first.length === 1 && first[0].block.kind === 'paragraph' && first[0].text.length <= MAX_SUBTITLE && !/[。！？!?；;…:：]\s*$/u.test(first[0].text);
  // Past a subtitle, the paragraph may be about something else (`► 消费物联网：` / `情境计算打造智能家居生态` / `…通过智能音箱…`):
  // it is the label's from its first sentence naming the term on.
  const after = block(following[first.length]?.blockIndex);
  const naming = after.findIndex((sentence) => namesTerm(sentence.text));
  const paragraph = subtitle && naming >= 0 ? [...first, ...after.slice(naming)] : first;
  return paragraph.filter((sentence) => sentence.block.kind === 'paragraph');
}

/** The longest subtitle under a label (see nextParagraphSentences). */
const MAX_SUBTITLE = 30;

/**
 * Connectives before the subject that leave the sentence about it: `同时 FPGA 是一种可重构的芯片`, `目前高精地图主要通过…`,
 * `未来，区块链 3.0 是基于智能合约…`, `例如，医疗机器人可以在特定场景上替代或辅助医生工作`; and a writer's way of saying
 * how deep or plain what follows is (`从根本上说，“数据+算力+算法”提供了一种服务，历经描述、诊断、预测、决策四个阶段`,
 * `简单来说，`, `具体而言，`).
 */
const SENTENCE_LEAD = /^(?:而|其中|同时|目前|此外|另外|因此|当前|未来|例如|比如|事实上|从根本上(?:说|讲|来说)|简单(?:来说|地说|地讲)|具体(?:来说|而言)|总的来说|总体(?:来说|而言))[，,]?$/u;
const STRONG_DEFINING_VERB = new RegExp(String.raw`^[，,]?(?:是指|指的是|就是|便是|即是|即(?![将使便刻时])|也就是|是一种|是一个|是一项|是一类|被定义为|可以定义为|研究如何|${ESSENCE_VERB}|指(?![出导标挥引定向南令示明]))`, 'u');
const WEAK_DEFINING_VERB = /^[，,]?是(?![否非不])/u;
/**
 * A predicate that says what the term is for or worth, not what it is: `…的基础`, `…的利器`, `…的必然趋势`, `…的一个关键技术`; or that
 * lists it among others (`折叠屏手机是另外一项被寄予厚望的呈现形态`).
 */
const CHARACTERISING_ROLE = String.raw`的(?:一个|一项|一种|一大)?(?:重要的?|主要)?(?:必然趋势|必然要求|基础|关键|核心|目标|主要目标|集中体现|体现|利器|引擎|发动机|基石|支撑|前提|重要组成部分|组成部分|驱动力|动力|必然选择|方向|趋势|手段|载体|重点|产物|结果|明珠|主战场|突破口|抓手|必由之路|重要内容|重要力量|重要支撑|新动能|第一步|大脑|底座|助推器)`;
const CHARACTERISATION = new RegExp(
  String.raw`^(?:另外|另一|又一)|^[^，,；;。]{0,30}${CHARACTERISING_ROLE}(?:之一)?[。，,；;]?` +
    // Praise and rank (twelfth round): `…进行资源配置的最优范式`, `国内首批取得互联网医院牌照的平台型互联网医院之一`.
    String.raw`|^[^，,；;。]{0,30}的(?:最优|最佳|最好)(?:范式|选择|方案|路径|实践)|^[^，,；;。]{0,10}(?:首批|首个|首家|首款|第一批|第一个)[^，,；;。]{0,30}之一` +
    // Ratings (sixteenth and nineteenth rounds' judges): `纠错效果比较好的一种技术`, `业界领先的…平台级产品`, `目前表现比较优异的
    // 调度算法` rate the thing against others, whatever the genus; what it is or does is left unsaid.
    String.raw`|^[^，,；;。]{0,12}(?:比较|较为|十分|非常|相当|最为?)(?:好|优异|领先|先进|出色)的[^，,；;。]{0,12}(?:[。，,；;]|$)|^[^，,；;。]{0,10}(?:业界|行业|国内|国际|全球|世界)(?:领先|一流|顶尖)`,
  'u',
);
/** A whole clause ending in such a role, however long what it is the role of (`是 Deep Connectivity、Deep Data 以及 Deep Intelligence 实现的基础`). */
const CHARACTERISING_CLAUSE_END = new RegExp(String.raw`${CHARACTERISING_ROLE}(?:技术|设施)?(?:之一)?$`, 'u');
/** A predicate naming the category of thing the term is: `一种分布式分类账`, `…的技术`. */
const CATEGORY = /^(?:一种|一类|一项|一个)?[^，,；;。]{0,30}(?:技术|方法|系统|架构|模式|网络|平台|理念|机制|过程|范式|设备|装置|算法|能力|形态|概念|学科|领域|分类账|框架|服务|计算|代码|芯片|处理器|模型|协议)[。，,；;]?/u;
/** Whether a `X是…` predicate names the category of thing X is (`一种…技术`, `供应链的数字孪生系统`), not what it is for. */
function namesCategory(predicate: string): boolean {
  // Within its first clause: `典型的工业智能场景：其系统…` names a scene, not a system.
  const clause = predicate.split(/[：:，,；;。]/)[0];
  return CATEGORY.test(clause) && !CHARACTERISATION.test(clause);
}

/**
 * A paragraph opening with a bullet's bold label (the converter's `- **通用型视觉学习：**…`, its asterisks cut): a short
 * label, a colon, the explanation. Not someone's words (`他说：`, `该机构称：`) nor a list (`典型工作包括：`).
 */
const LABELLED_CLAUSE = /^(?<label>[^，,。；;：:“”"]{2,20}?)(?<![说称道示为括如下是])[：:](?<rest>[^“"].{9,})$/su;

/**
 * The spaced form of a Latin name whose spaces the PDF text lost (`万物互联（InternetofEverything）`): `Internet of
 * Everything`, which a writer types. Only names whose words are all capitalised words of five letters or more and
 * small words between, so DevOps, FinTech and ZigBee, written so on purpose, stay whole.
 */
export function spacedForm(name: string): string | undefined {
  if (!/^[A-Za-z]+$/.test(name)) return undefined;
  const words = name
    .replace(/([a-z])(of|and|for|the|in|on|to)(?=[A-Z])/g, '$1 $2 ')
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .split(' ');
  const capitalised = words.filter((word) => /^[A-Z]/.test(word));
  return capitalised.length >= 2 && capitalised.every((word) => /^[A-Z][a-z]{4,}$/.test(word)) ? words.join(' ') : undefined;
}

/**
 * The term a bullet label names when the paragraph opens with it: `边缘视觉计算：边缘视觉计算技术为…赋予…` →
 * 边缘视觉计算, `通用型视觉学习：通用视觉学习技术旨在…` → 通用视觉学习 (alias 通用型视觉学习; `型` and a `技术` after the
 * name do not change what is named). The clause must go on to say what it does or is.
 */
export function bulletTopic(label: string, rest: string): { term: string; aliases: string[] } | undefined {
  const name = label.trim();
  // The paragraph opening with the label's own name is what shows the label names a thing, not a finding (`性能问题：`).
  if (!/^\p{Script=Han}[\p{Script=Han}A-Za-z0-9]{1,9}$/u.test(name)) return undefined;
  for (const form of new Set([name, name.replace(/[型式](?=\p{Script=Han}{2})/u, '')])) {
    if (!rest.startsWith(form)) continue;
    const predicate = rest.slice(form.length).replace(/^(?:技术|系统)/, '');
    if (EXPLAINING_PREDICATE.test(predicate) || STRONG_DEFINING_VERB.test(predicate)) return { term: form, aliases: form === name ? [] : [name] };
  }
  return undefined;
}

/**
 * A label naming a system, a platform, a centre, an engine or an application (`监测预警系统：`, `数据管理中心：`, `AI 赋能中心：`,
 * `危化品全流程监管应用：`), then a clause
 * with no subject of its own on what the thing rests on or works by (`基于跨部门的数据融合，以时空大数据算法为核心，…`,
 * `利用智能交互式数据查询管理工具，融合分析海量多源数据，…`), or for whom it provides what (`城市专有云平台：面向政府和大中型企业
 * 客户提供大规模商业化高端云平台。`): the clause says what the named thing is and does. The name opens with a Han character or
 * with an acronym before one (`AI 赋能中心`), not with a number or a Latin phrase.
 */
const LABELLED_THING = /^(?:[A-Za-z]{2,5} ?)?\p{Script=Han}[\p{Script=Han}A-Za-z0-9 ]{1,7}(?:系统|平台|中心|引擎|应用)$/u;
const MEANS_CLAUSE = /^(?:(?:基于|利用|通过|依据|依托|采用|借助|针对)[^，,。；;：:]{4,}|面向[^，,。；;：:]{2,20}提供[^，,。；;：:]{4,})/u;

/** Whether a bullet label names a thing its paragraph explains by means, with no subject of its own (see LABELLED_THING). */
export function labelsThingByMeans(label: string, rest: string): boolean {
  const name = label.trim();
  // A name ending in the head of a thing is a phrase only when it opens like one: a phrase word inside it (市 of 城市专有云平台,
  // 赋能 of AI 赋能中心) is part of the name.
  return LABELLED_THING.test(name) && !FINDING_NAME.test(name) && !PHRASE_OPENING.test(name) && MEANS_CLAUSE.test(rest);
}

/** A gloss right after the term: `（Microservice）`, `(IoT, The Internet of things)`. */
const GLOSS = /^[（(][^（）()]{0,40}[）)]/u;

/**
 * `…，X，即…` after the term: what follows says what X is. Also after a head naming the stage, mode or way the term is
 * (`…进入场景孪生阶段，即各场景中的人、设备、流程在虚拟世界中进行连接…`): the stage is the term's, and `即` says what it is.
 */
const APPOSITIVE_DEFINITION = /^(?:阶段|模式|方式)?[，,](?:即|也就是|是指)/u;

/**
 * How strongly a (folded, simplified) sentence defines one of the keys: the key
 * opening the sentence or a clause, followed by a defining verb, and not part of
 * a longer one of the `words` (`数智化社会供应链，即…` does not define 供应链). 0 = it does not.
 */
/** A clause that names a risk — a security, a flaw, a hazard — as what it is about. */
const RISK_AT = /^[^，,。；;]*(?:安全|漏洞|风险|隐患)(?:[，,。；;]|$)/u;
/** A first clause on what will happen (`视频、游戏、音乐、广告等都将被重构`): a prediction. */
const FORETOLD = /^[^，,。；;]*(?:都|均|也)?将(?:被|会|要|迎来)/u;

export function definingScore(keyed: string, keys: Set<string>, words: Vocabulary): number {
  let best = 0;
  for (const key of keys) {
    for (let at = keyed.indexOf(key); at >= 0; at = keyed.indexOf(key, at + 1)) {
      const after = keyed.slice(at + key.length).replace(GLOSS, '');
      // `“一基地+三中心”，即…`: a part of a compound name is not what the sentence defines.
      if (!isWholeKey(keyed, key, at) || insideLongerWord(keyed, at, key.length, words) || keyed[at - 1] === '+') continue;
      // `所谓X…` opens a definition wherever it stands (`黄奇帆解释说，所谓产业互联网就是…`).
      const opensSentence = at === 0 || SENTENCE_LEAD.test(keyed.slice(0, at)) || /^(?:所谓的?|[一二三四五六七八九十]是)$/.test(keyed.slice(0, at)) || /所谓的?$/.test(keyed.slice(0, at));
      const opensClause = opensSentence || /(?:[，,：:；;]而?|所谓|认为|指出|明确)$/.test(keyed.slice(Math.max(0, at - 2), at));
      // `X是一个/是一项…` defines when it names a category (`是一个独立的…系统`); `集成电路产业是一个全球化、国际竞争的产业`
      // only says what kind of X it is.
      const strong = STRONG_DEFINING_VERB.test(after) && (!/^[，,]?是一[个项类]/.test(after) || CATEGORY.test(after.replace(/^[，,]?是/, '')));
      let score = 0;
      if (opensSentence && strong) score = 10;
      else if (opensClause && strong) score = 7;
      else if (opensSentence && WEAK_DEFINING_VERB.test(after)) score = 6;
      else if (APPOSITIVE_DEFINITION.test(after)) score = 4;
      else if (opensClause && WEAK_DEFINING_VERB.test(after)) score = 4;
      const predicate = after.replace(STRONG_DEFINING_VERB, '').replace(WEAK_DEFINING_VERB, '');
      // `X是人工智能皇冠上的明珠。`, `X就是生产力。`: a short sentence-ending predicate praises more than it defines;
      // `X是…的基础/利器/关键`: a characterisation ranks below a definition.
      // Such a sentence is not shown as a definition at all (score 1: explanatory at best). `X是一种…技术`: a
      // predicate that names a category defines, however short (`区块链是一种分布式分类账。`).
      if (score > 0 && CATEGORY.test(predicate) && !CHARACTERISATION.test(predicate)) score += 1;
      // `X从本质上讲是…` says what X is at bottom: only a very short predicate (`算力本质是生产力`) is a slogan.
      else if (score > 0 && ((new RegExp(`^[，,]?${ESSENCE_VERB}`, 'u').test(after) ? /^[^，,；;]{0,9}[。！？!?]?$/ : /^[^，,；;]{0,19}[。！？!?]?$/).test(predicate) || CHARACTERISATION.test(predicate))) score = 1;
      // A bare `X是…` that names no category says something about X (`4G是对3G通信的直接提升`) without defining it.
      else if (score > 0 && !strong && !APPOSITIVE_DEFINITION.test(after)) score = 1;
      // `二是共识层，即共识机制本身的安全…`, `三是智能合约层，即…代码的漏洞`: a 即 naming the risk at X says what can go wrong
      // there, not what X is.
      if (score > 0 && /^[，,]?即/.test(after) && RISK_AT.test(predicate)) score = 0;
      // `所谓的泛娱乐，即视频、游戏、音乐、广告等都将被重构，…将迎来跨越式发展`: a 即 foretelling what will happen says where
      // the field is headed, not what X is (round 33's audit).
      if (score > 0 && /^[，,]?即/.test(after) && FORETOLD.test(predicate)) score = 0;
      // `…的业务单元，称之为微服务组件。` names the thing the clause described.
      if (score === 0 && /(?:称之为|被称为|又称|又叫|也称)$/.test(keyed.slice(Math.max(0, at - 3), at)) && /^(?:[。，,；;]|$)/.test(after)) {
        // `微服务（Microservice）是一种…的软件架构，也称微服务架构。`: a sentence that defines its subject by a category and then
        // gives X as another name of it defines X as strongly (the thirteenth round's judges preferred it for 微服务架构).
        const opening = /^[^，,。；;：:]{2,20}?(?:[（(][^（）()]{0,40}[）)])?(?:是一种|是一类|是指)(?<predicate>.*)$/u.exec(keyed.slice(0, at));
        score = /[，,](?:也|又)称$/u.test(keyed.slice(0, at)) && opening?.groups !== undefined && CATEGORY.test(opening.groups.predicate.split(/[，,]/u).slice(-2)[0]) ? 11 : 7;
      }
      best = Math.max(best, score);
    }
  }
  return best;
}

/**
 * Parts of one whole written a character each and joined by dashes (`云 - 边 - 端`: cloud, edge and device, spaces folded
 * away): the chain is one word, dashed or joined (`分布式云边端计算环境`), and a use whose last character is its first
 * part runs into it (`分布式云 - 边 - 端计算` is 分布式 + 云-边-端, no use of 分布式云: the last judges).
 */
const DASHED_CHAIN = /\p{Script=Han}(?:-\p{Script=Han}){2,}/gu;

/** The chains of one-character parts a (keyed) text writes with dashes, each dashed and joined (see DASHED_CHAIN). */
export function dashedChains(keyed: string): Set<string> {
  const chains = new Set<string>();
  for (const [chain] of keyed.matchAll(DASHED_CHAIN)) chains.add(chain).add(chain.replaceAll('-', ''));
  return chains;
}

/** The (folded) names that are words, whether terms or not, and the beginnings of them. */
export class Vocabulary {
  private readonly words: Set<string>;
  private readonly prefixes = new Set<string>();
  private readonly terms: Set<string>;

  /**
   * `terms`: the words that stand as terms, not phrases of a common word and an empty head (通信技术). `plusNames`: the
   * names of one thing made with + (ai+产业发展, see namesWithPlus). `phrases`: the general phrases the curation suppresses.
   * `chains`: the chains of one-character parts the reports write (云-边-端, see dashedChains).
   */
  constructor(
    words: Iterable<string>,
    terms: Iterable<string>,
    private readonly plusNames: ReadonlySet<string> = new Set(),
    private readonly phrases: ReadonlySet<string> = new Set(),
    private readonly chains: ReadonlySet<string> = new Set(),
  ) {
    this.words = new Set(words);
    this.terms = new Set(terms);
    for (const word of this.words) for (let length = 2; length < word.length; length++) this.prefixes.add(word.slice(0, length));
  }

  /** Whether the text is a term, not only a word (数据库, not 通信技术). */
  isTerm(text: string): boolean {
    return this.terms.has(text);
  }

  /** Whether the text is a general phrase the curation names as no term (医疗健康): a word all the same. */
  isPhrase(text: string): boolean {
    return this.phrases.has(text);
  }

  has(text: string): boolean {
    return this.words.has(text);
  }

  /** Whether the text is a chain of one-character parts, dashed or joined (云-边-端, 云边端). */
  isChain(text: string): boolean {
    return this.chains.has(text);
  }

  /** Whether the text at `at` opens with a name made with + that the reports give one thing (`ai+产业发展帮助…`). */
  namesWithPlusAt(text: string, at: number): boolean {
    const plus = text.indexOf('+', at);
    if (plus < 0 || plus - at > MAX_PLUS_STEM) return false;
    for (let end = plus + 3; end <= Math.min(text.length, plus + 1 + MAX_PLUS_ADDED); end++) if (this.plusNames.has(text.slice(at, end))) return true;
    return false;
  }

  /** Whether a longer word begins with the text: 区块 (区块链). */
  begins(text: string): boolean {
    return this.prefixes.has(text);
  }
}

/**
 * Whether the key at `at` is part of a longer word: `量子计算机` for 量子计算, `数据利用` for 数据,
 * `数智化社会供应链` for 供应链, or of a title.
 */
function insideLongerWord(keyed: string, at: number, length: number, words: Vocabulary): boolean {
  // A title in 《》 is a longer name (`《关于推进电子商务与快递物流协同发展的意见》` is no use of 电子商务).
  if (keyed.lastIndexOf('《', at) > keyed.lastIndexOf('》', at)) return true;
  // The negating prefix 非 makes another word of a Chinese term (`非独立组网` is not a use of 独立组网).
  if (at > 0 && keyed[at - 1] === '非' && /^\p{Script=Han}/u.test(keyed.slice(at, at + 1))) return true;
  // A word that begins before the key and runs into it, even one no report names whole: `各节点针对区块数据的有效性` is
  // 区块 + 数据 (区块 begins 区块链), not a use of 块数据.
  // Not after a qualifying word (`智能手术机器人`: 智能 qualifies the term; that it begins 智能手机 says nothing of 手术).
  for (let start = Math.max(0, at - 3); start < at; start++) if (words.begins(keyed.slice(start, at + 1)) && !QUALIFYING_WORD.test(keyed.slice(start, at))) return true;
  for (let start = Math.max(0, at - 8); start <= at; start++) {
    for (let end = at + length; end <= Math.min(keyed.length, at + length + 8); end++) {
      if ((start < at || end > at + length) && words.has(keyed.slice(start, end))) return true;
    }
  }
  return false;
}

/**
 * Whether a term begins inside the key at `at` and runs past its end: `互联网金融科技公司` reads 互联网 + 金融科技 more
 * likely than 互联网金融 + 科技; so does a general phrase the curation names (`互联网医疗健康服务`: 互联网 + 医疗健康, the
 * judges of seed 1796527042), or a chain of one-character parts (`分布式云边端`: 分布式 + 云边端, see DASHED_CHAIN). Not a
 * phrase of a common word and an empty head (`5G通信技术` is no use of 通信技术), and
 * only a reading: the sentence ranks below the uses where the term stands alone, but stays one (`京东营商云平台` is the
 * only use of 营商云).
 */
function runsIntoTerm(keyed: string, at: number, length: number, words: Vocabulary): boolean {
  // A term the key ends with holds together: `产业大数据分析` is 产业大数据 + 分析, since 大数据 is a term; a term beginning
  // inside it (数据分析) does not cut the key there.
  let endsInTermFrom = at + length;
  for (let start = at + 1; start < at + length - 1 && endsInTermFrom === at + length; start++) if (words.isTerm(keyed.slice(start, at + length))) endsInTermFrom = start;
  for (let start = at + 1; start < at + length; start++) {
    if (start > endsInTermFrom) continue;
    for (let end = at + length + 1; end <= Math.min(keyed.length, start + 8); end++) if (words.isTerm(keyed.slice(start, end)) || words.isPhrase(keyed.slice(start, end)) || words.isChain(keyed.slice(start, end))) return true;
  }
  return false;
}

/**
 * A sentence opening (after a clause of time at most) with someone and a verb of saying, no quotation marks: `会议指出，…`,
 * `陈雨露指出，…`, `12月，某负责人表示，…`, or a person's name and 分析 alone (`吴志强分析，…`; not `通过大数据分析，`, a means).
 * The words that follow, in this sentence and the rest of its paragraph, are theirs.
 */
const REPORTED_SPEECH = /^(?:[^，,。；;：:“”"]{2,14}[，,])?[^，,。；;：:“”"]{2,20}?(?:指出|表示|认为|强调|透露|坦言|介绍|称)[，,：:](?![“"])|^\p{Script=Han}{2,4}分析[，,：:](?![“"])/u;

function reportsSpeech(text: string): boolean {
  return REPORTED_SPEECH.test(text);
}

/**
 * A speech verb opening a quotation: `认为:“`, `称,“`, `表示：“`. Not the 说 of a writer's lead (`从根本上说，“数据+算力+算法”
 * 提供了一种服务…`, see SENTENCE_LEAD): the quotation marks there set a name apart.
 */
const SPEECH_OPENING = /(?:(?<!从根本上|简单来|简单地|总的来|总体来|具体来)说|称|道|认为|表示|指出|强调|介绍|坦言|提到|解释)[:：,，]?\s?[“「]/u;

/**
 * Whether a sentence is someone's words: it opens a quotation that runs past a quoted name (`“自动驾驶是比芯片还烧钱的行业…”`),
 * or it is the last sentence of one opened before it (`4G是伴随着移动互联网的出现…”`: a closing mark and no opening one).
 */
function isQuotedSpeech(text: string): boolean {
  return /^[“"](?![^”"]{1,14}[”"])/.test(text) || (/”[。！？!?]?$/.test(text) && !text.includes('“'));
}

/** Latin keys match whole words only: `5G` is not in `5G-V2X` nor `25G`. */
function isWholeKey(keyed: string, key: string, at: number): boolean {
  const wordy = /[A-Za-z0-9]/;
  if (wordy.test(key[0]) && at > 0 && wordy.test(keyed[at - 1])) return false;
  const next = keyed[at + key.length] ?? '';
  return !(wordy.test(key[key.length - 1]) && /[A-Za-z0-9\-]/.test(next));
}

/**
 * The folded Latin names (one run of letters and digits) the glossary gives in capitals to one entry and in another case
 * to another: `gan` for GAN (生成对抗网络) and GaN (氮化镓).
 */
function caseDistinctKeys(lexicon: Lexicon, fold: (name: string) => string): Set<string> {
  const entriesOf = new Map<string, { capitals: Set<LexiconEntry>; others: Set<LexiconEntry> }>();
  for (const entry of lexicon) {
    for (const name of [entry.headword, ...entry.aliases]) {
      const key = fold(name);
      if (!/^[a-z0-9]+$/.test(key)) continue;
      const found = entriesOf.get(key) ?? { capitals: new Set(), others: new Set() };
      (isAllCapitals(name) ? found.capitals : found.others).add(entry);
      entriesOf.set(key, found);
    }
  }
  const twoThings = ({ capitals, others }: { capitals: Set<LexiconEntry>; others: Set<LexiconEntry> }) => [...capitals].some((entry) => [...others].some((other) => other !== entry));
  return new Set([...entriesOf].filter(([, entries]) => twoThings(entries)).map(([key]) => key));
}

/**
 * A ministry, bureau or commission whose name holds the term (`工业和信息化部`, `国家统计局`): a use right before 部, 局 or
 * 委 (not 部署, 部分, 部门, 部件, 部位, 局部, 局面 …) is part of the body's name, and ranks with the glued ones.
 */
const GOVERNMENT_BODY = /^(?:部(?![署分门件位])|局(?![面限势])|委(?![托屈]))/u;

/**
 * A kind of thing right after a use makes a longer name of it (`智能配送车`, `智能配送设备`, `IC 卡`, `智能制造流水线`, `折叠屏手机`, `辅助决策大屏`): such a use ranks with the
 * glued ones. So does a place's or a project's name holding the term, with a bracketed place or a `…化` between (the sixteenth
 * round's judges: `中国长城智能制造（山西）基地`, `市域治理现代化平台` were first hovers of 智能制造 and 市域治理).
 */
const KIND_AFTER_USE = /^\s?(?:[（(]\p{Script=Han}{2,4}[）)])?(?:\p{Script=Han}{1,2}化)?(?:管理)?(?:车|设备|机器人|平台|系统|终端|手机|大屏|卡|基地|园区|流水线|生产线)/u;

/**
 * A suffix deriving another word from a use (`供应链能力中台化`, a process of becoming a middle platform; `芯片级的安全计算`, an
 * adjective, chip-level). Not 化学, 化工.
 */
const DERIVED_AFTER_USE = /^(?:化(?![学工石])|级)/u;

/**
 * Whether every use of the keys in a (folded) sentence is a word derived from the term (see DERIVED_AFTER_USE): such a
 * sentence speaks of the derived word (`供应链能力中台化`), and does not use the term itself.
 */
function onlyDerivedUses(keyed: string, keys: Set<string>): boolean {
  return [...keys].every((key) => {
    for (let at = keyed.indexOf(key); at >= 0; at = keyed.indexOf(key, at + 1)) if (!DERIVED_AFTER_USE.test(keyed.slice(at + key.length))) return false;
    return true;
  });
}

/** A word boundary before a bare use: a particle, a measure word, an enumeration comma or a conjunction. */
const BARE_BEFORE = /[、等个种项类和及与]/u;
/** A word boundary after a bare use: a particle, an enumeration comma, 等 or a conjunction. */
const BARE_AFTER = /[、等和及与]/u;

/**
 * Whether a sentence (folded, quotation marks kept: they set a name apart, `“超算”有望`) writes the keys only with Han
 * characters glued to one side or the other (`仿视网膜成像芯片`, `L4级自动驾驶芯片`, `物流无人机`, `还是无人机器类`): a
 * description of one thing, where the key is its head or its modifier, or a misreading. A noun of the field tells what it
 * names where it stands as a word on both sides, an item among its kind (`将芯片及智能软件嵌入到医疗硬件当中`, `以无人机、
 * …等为代表的无人系统`); those uses rank first.
 */
function onlyInDescriptions(marked: string, keys: Set<string>): boolean {
  const bare = (char: string, boundary: RegExp) => char === '' || !/\p{Script=Han}/u.test(char) || NOT_IN_TERM.test(char) || boundary.test(char);
  const written = [...keys].filter((key) => marked.includes(key));
  return (
    written.length > 0 &&
    written.every((key) => {
      for (let at = marked.indexOf(key); at >= 0; at = marked.indexOf(key, at + 1)) {
        if (bare(marked[at - 1] ?? '', BARE_BEFORE) && bare(marked[at + key.length] ?? '', BARE_AFTER)) return false;
      }
      return true;
    })
  );
}

/** A machine a use qualifies, a few words on (`安防巡检自主机器人`): the use names the machine, as before a kind of thing. */
const MACHINE_AFTER_USE = /^\p{Script=Han}{0,4}?(?:机器人|无人车|无人机)/u;

/**
 * A segment of a firm's business right after a use (`在医药供应链版块，京东健康现拥有…`, `互联网医疗版块主要围绕患者需求…`): the
 * use names the firm's unit, not the field (the judges of round 19: 智慧医疗 as JD Health's unit), and ranks with the glued ones.
 */
const SEGMENT_AFTER_USE = /^(?:版块|板块|事业部|事业群)/u;

/**
 * After a use of the term: a machine it qualifies (`安防巡检自主机器人`), or a platform or system given a brand name
 * (`资管科技平台“JT²智管有方”`). A label's paragraph that names one is about the machine or the product, not the term
 * (the judges of seeds 1796543111 and 1796543112); a plain `脑机接口系统` is the thing itself.
 */
const PRODUCT_OF_USE = /^(?:\p{Script=Han}{0,4}?(?:机器人|无人车|设备|终端)|(?:平台|系统|产品)[“「"])/u;

/** Whether the (folded, quotation marks kept) sentence names a machine or a branded product of one of the keys (see PRODUCT_OF_USE). */
function namesItsProduct(keyed: string, keys: Set<string>): boolean {
  return [...keys].some((key) => {
    for (let at = keyed.indexOf(key); at >= 0; at = keyed.indexOf(key, at + 1)) if (PRODUCT_OF_USE.test(keyed.slice(at + key.length))) return true;
    return false;
  });
}

/**
 * A Latin name glued after a Han word that qualifies it (`工业APP`, `ET城市大脑`'s kind of compound the other way round): the use
 * names a longer thing, and ranks with the glued ones (the thirteenth round's judges: APP's first hover was inside 工业APP). Not
 * after a particle, a measure word, a verb or another opening word that ends the word before (`很多APP`, `发展5G`, `中国IC`,
 * `及APP`); the two characters before begin a longer word of the reports (工业 begins 工业互联网; 搭载, 补齐 begin none).
 */
function latinQualifiedByHan(keyed: string, key: string, at: number, words: Vocabulary): boolean {
  if (!/^[a-z]/.test(key) || at < 2) return false;
  const before = keyed.slice(at - 2, at);
  return /^\p{Script=Han}{2}$/u.test(before) && words.begins(before) && !/[的了和与及、等在为是对将把向从用以到个种类些其该每]$/u.test(before) && !PHRASE_OPENING.test(before) && !PHRASE_OPENING.test(before.slice(1));
}

/** A verb of using something, whose object a term of a noun and an action may end inside (see actionTakesWhatFollows). */
const USING_BEFORE = /(?:利用|运用|使用|借助)[^，,。；;：:]{0,12}$/u;
/** An action a term ends in that takes an object of its own: `数据分析` (data + to analyse). */
const ACTION_END = /\p{Script=Han}{2}(?:分析|处理|识别|监测|预测|挖掘|检测)$/u;
/**
 * What follows a name rather than an action's object: a kind of thing or means (`数据分析技术`), a particle or conjunction,
 * or the verb of the clause the name is the means of (`利用数据分析实现…`).
 */
const NOT_AN_OBJECT = /^(?:技术|能力|平台|系统|工具|方法|模型|算法|结果|服务|软件|手段|基地|中心|[和与及等的、]|实现|提升|提高|降低|帮助|进行|完成|达到|可以|能够|[可能为来以是将已也])/u;

/**
 * Whether a use of a name ending in an action (see ACTION_END) runs across a word boundary after a verb of using: `利用
 * 更多维度的数据分析判断事物`, `利用数据分析消费者行为轨迹` use data to analyse something — 数据 is the object of 利用 and 分析
 * takes its own (the last judges: no use of 数据分析).
 */
function actionTakesWhatFollows(keyed: string, key: string, at: number): boolean {
  const after = keyed.slice(at + key.length);
  return ACTION_END.test(key) && USING_BEFORE.test(keyed.slice(0, at)) && /^\p{Script=Han}{2}/u.test(after) && !NOT_AN_OBJECT.test(after);
}

/**
 * Whether the use of `key` at `at` (a word, see insideLongerWord) is glued into a longer name no term names: inside a
 * longer word, after a qualifying Han word, running into another term, in a government body's name or before a kind of
 * thing (`京东产业大数据平台`); or its action takes what follows as its object (see actionTakesWhatFollows).
 */
function gluedIntoName(keyed: string, key: string, at: number, words: Vocabulary): boolean {
  const after = keyed.slice(at + key.length);
  return gluedInsideWord(keyed, at, key.length) || latinQualifiedByHan(keyed, key, at, words) || hanQualifiedByLatin(keyed, key, at) || runsIntoTerm(keyed, at, key.length, words) || GOVERNMENT_BODY.test(after) || SEGMENT_AFTER_USE.test(after) || KIND_AFTER_USE.test(after) || MACHINE_AFTER_USE.test(after) || (key.endsWith('+') && words.namesWithPlusAt(keyed, at)) || actionTakesWhatFollows(keyed, key, at);
}

/**
 * A Han name right after a Latin word, spaces dropped (`京东“C2M 智能工厂”通过…`, `5G智能工厂`): the Latin word qualifies it, and
 * the use names a longer thing — here one firm's programme (the judges of seeds 1796543111 and 1796543112) — as a Latin
 * name glued before Han ones makes one compound in the enumerations (`AI芯片`, see usedTerms).
 */
function hanQualifiedByLatin(keyed: string, key: string, at: number): boolean {
  return /^\p{Script=Han}/u.test(key) && /[a-z]\d*$/.test(keyed.slice(0, at));
}

/** The most Han characters between an organisation and the term in the firm's name for its kind (京东 + 科技 + …). */
const MAX_FIRM_QUALIFIER = 4;
/** What a sentence writes before a use, back to the last clause break. */
const CLAUSE_BEFORE = /[^，,。；;：:！？!?]*$/u;
/** What a firm says it made itself, right before the name: `自主研发的`, `自研的` (see namedOnlyAsFirmsOwnDevelopment). */
const OWN_DEVELOPMENT = /(?:自主研发|自研)的?$/u;
/** A firm's unit after its name (`京东科技`, `京东健康`), which writes the firm's offerings as the firm does. */
const FIRM_UNIT = /(?:科技|集团|健康|物流|零售|数科)$/u;

/** The longest part before + (AI, 智能) and after it (产业发展) of a name made with + (see namesWithPlus). */
const MAX_PLUS_STEM = 6;
const MAX_PLUS_ADDED = 8;

/**
 * The names made with + that the (keyed) reports write before a kind of thing: `AI+产业发展平台` makes ai+产业发展 the name of
 * one platform, and `AI+产业发展帮助政府…` names that platform, not the idea of AI+ (the judges of seeds 1796543111 and
 * 1796543112; its own use is `以“AI+”的形式迎来爆发`). `5G+工业互联网`, written before no kind, stays a use of 5G+. Each
 * tail of the part before + is a name's start (智能+…: 能+…, 智能+…), since where the name begins is unknown here.
 */
export function namesWithPlus(keyed: string): Set<string> {
  const names = new Set<string>();
  const made = new RegExp(`([a-z\\d]{1,${MAX_PLUS_STEM}}|\\p{Script=Han}{1,${MAX_PLUS_STEM}})\\+(\\p{Script=Han}{2,${MAX_PLUS_ADDED + 2}})`, 'gu');
  for (const match of keyed.matchAll(made)) {
    const [, stem, added] = match;
    for (let take = 2; take <= Math.min(added.length, MAX_PLUS_ADDED); take++) {
      if (!KIND_AFTER_USE.test(keyed.slice(match.index + stem.length + 1 + take))) continue;
      // A Latin stem is one word (ai); a Han one may begin anywhere in its run.
      const starts = /^[a-z\d]/.test(stem) ? 1 : stem.length;
      for (let start = 0; start < starts; start++) names.add(`${stem.slice(start)}+${added.slice(0, take)}`);
      break;
    }
  }
  return names;
}

/** Words that open a sentence before its subject: `而`, `如`, `例如`, `其中`, `在`, `对于` … (besides DISCOURSE, PHRASE_OPENING). */
const OPENING_WORD = /^(?:而|如|但|且|若|当|在|对于|关于|例如|比如|随着|针对|通过|基于)/u;

/** A predicate after a sentence's subject that says what it is, does or is for. */
const SUBJECT_PREDICATE = /^(?:是|指|即|作为|通过|旨在|用于|能够|可以|包括)/u;

/**
 * Whether the use at `at` ends a longer name that opens the sentence (`自主定位导航是自主系统的基础，…` for 定位导航): one to
 * four Han characters before it, none a word that ends before a name (a connective, a particle, a verb taking it as
 * object), and a predicate after it (not `回顾5G商用的这一年`). The sentence is about the longer thing (the judges after round 23 counted it wrong as 定位导航's first hover),
 * and ranks with the glued uses; the reports' other uses of the term are not touched.
 */
function endsOpeningName(keyed: string, key: string, at: number): boolean {
  const before = keyed.slice(0, at);
  return /^\p{Script=Han}{1,4}$/u.test(before) && SUBJECT_PREDICATE.test(keyed.slice(at + key.length)) && !NOT_IN_TERM.test(before) && !DISCOURSE.test(before) && !PHRASE_OPENING.test(before) && !OPENING_WORD.test(before);
}

/** Whether one of the keys is written in the (folded) sentence as itself: a word, not glued into a longer name. */
function standsAsItself(keyed: string, keys: Set<string>, words: Vocabulary): boolean {
  return [...keys].some((key) => {
    for (let at = keyed.indexOf(key); at >= 0; at = keyed.indexOf(key, at + 1)) {
      if (isWholeKey(keyed, key, at) && !insideLongerWord(keyed, at, key.length, words) && !gluedIntoName(keyed, key, at, words)) return true;
    }
    return false;
  });
}

/**
 * Whether the sentence (folded, quotation marks kept) quotes one of the keys as a name of its own (`攻克“卡脖子”技术问题`); not
 * as the name of a firm's segment (`“智慧医疗”版块则主要服务于…`, see SEGMENT_AFTER_USE).
 */
function quotesKey(folded: string, keys: Set<string>): boolean {
  return [...keys].some((key) =>
    [`“${key}”`, `「${key}」`].some((name) => {
      for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) if (!SEGMENT_AFTER_USE.test(folded.slice(at + name.length))) return true;
      return false;
    }),
  );
}

/** The score of a sentence that uses the term at all. */
const MIN_EXPLANATORY_SCORE = 0.5;

/** How well a sentence explains a term it contains; 0 when it does not contain it, or only inside a longer word. */
/** What a technique is said to be built on, the items before the term: `是一种基于联邦学习、`. */
const BUILT_ON_BEFORE = /是一[种类个项](?:基于|以|利用|采用|融合)(?:[^，,。；;、]{1,12}、){0,4}$/u;
/** The items after the term, then the category built on them: `、隐私计算、分布式计算的…数据安全融通技术`. */
const BUILT_ON_AFTER = /^(?:、[^，,。；;、]{1,12}){0,4}(?:为基础|为核心)?的[^，,。；;]{0,30}(?:技术|方法|系统|平台|架构|模型|框架)/u;

/** An example set off by commas right after the term: `，如FPGA中的片上内存，`, `，例如…，`. */
const EXAMPLE_ASIDE = /^[，,](?:如|例如|比如)[^，,。；;：:]{1,30}[，,]/u;

function explanatoryScore(text: string, folded: string, keyed: string, keys: Set<string>, words: Vocabulary): number {
  if (text.length < 20 || text.length > 220) return 0;
  // The first use standing as a word; failing that, the first one glued inside a longer word no term names or running
  // into another term, which ranks below every sentence where the term stands alone (`动态监控系统结构`, `金融服务供应链`,
  // `互联网金融科技公司`). The key has lost its quotation marks, which set a name apart as a word (`今年以来“数据中台”概念…`);
  // `folded` keeps them, folded as the keys are (`以“AI+”的形式` quotes the key ai+).
  const quoted = quotesKey(folded, keys);
  let position = -1;
  let glued = -1;
  for (const key of keys) {
    for (let at = keyed.indexOf(key); at >= 0 && (position < 0 || at < position); at = keyed.indexOf(key, at + 1)) {
      if (!isWholeKey(keyed, key, at) || insideLongerWord(keyed, at, key.length, words)) continue;
      // `分布式存储，如 FPGA 中的片上内存，以…`: a use followed by an example set off by commas speaks of the example, which may
      // take the words in another sense: it ranks with the glued ones.
      if (quoted || (!gluedIntoName(keyed, key, at, words) && !endsOpeningName(keyed, key, at) && !EXAMPLE_ASIDE.test(keyed.slice(at + key.length)))) position = at;
      else if (glued < 0 || at < glued) glued = at;
    }
  }
  if (position < 0) return glued < 0 ? 0 : MIN_EXPLANATORY_SCORE;
  let score = 1;
  // `联邦数字网关技术，是一种基于联邦学习、隐私计算、分布式计算的…数据安全融通技术，实现在模型构建中原始数据不离开数据拥有者
  // 而跨域建模`: a sentence saying what a technique built on the term is says what the term does in it, more than a sentence
  // only naming it (the judges of seeds 1796528863/5 preferred it for 联邦学习): it ranks above the uses opening on the term.
  // The term a whole item (not 分布式 of `分布式计算`).
  if (BUILT_ON_BEFORE.test(keyed.slice(0, position)) && [...keys].some((key) => keyed.startsWith(key, position) && BUILT_ON_AFTER.test(keyed.slice(position + key.length)))) score += 3;
  if (position === 0) score += 2;
  else if (position < 6) score += 0.5;
  if (/是|指|即|意味着|通过|能够|实现|提供|包括/.test(text)) score += 1;
  // A sentence that glosses the term (`区块链即服务（BaaS）`) introduces it; not a bracket of a few Han characters that
  // narrows it (`智慧园区（仓外）、智慧仓储（仓内）`: which part of a park, a list's item, not a gloss).
  const glossAfter = (key: string) => [`${key}(`, `${key}（`].some((open) => keyed.includes(open) && !/^[(（]\p{Script=Han}{1,3}[)）]/u.test(keyed.slice(keyed.indexOf(open) + key.length)));
  if ([...keys].some((key) => glossAfter(key) || keyed.includes(`(${key})`) || keyed.includes(`（${key}）`))) score += 2;
  // A sentence that quotes the term as a name (`城市作为一个“生命体”`) introduces it, rather than a sentence where the
  // same characters open a longer word (`生命体征`).
  if (quoted) score += 1;
  // Quoted speech explains less than the report's own voice; so does a sentence opening with a quoted name (`“智臻链云签”…`).
  if (/^[“"]/.test(text) || isQuotedSpeech(text) || /[说表示认为指出]：?“/.test(text)) score -= 1;
  if (text.length >= 30 && text.length <= 150) score += 1;
  // A sentence with no closing punctuation, cut where the report breaks a line (`…，“上云”并非是大企` / `业才参与的活动`),
  // shows half of what it says: it ranks below whole sentences (the eleventh round's judges counted 上云's first use wrong).
  if (!/[。！？!?；;…”"’）)】]\s*$/u.test(text)) score -= 1;
  return Math.max(score, MIN_EXPLANATORY_SCORE);
}
