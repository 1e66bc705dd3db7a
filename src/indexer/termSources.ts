/**
 * Where term candidates come from in a sentence, besides the sentence-opening
 * `X是指…`: definitional verbs mid-sentence (`…，X是指…`, `…，称之为X`,
 * `X又称Y`), and bracket glosses of every shape the reports use —
 * `中文（English）`, `中文（ACRONYM）`, `ACRONYM（中文）`, `ACRONYM (Full English
 * Name)`, `ACRONYM（Full English，中文）`.
 *
 * Each finding says how sure it is: `defining` (an explicit definition names
 * the term, evidence enough even for a term used once), `gloss` (the text
 * gives another name for it) or `strong` (a defining verb, but the subject may
 * be a phrase).
 */

export type SourceEvidence = 'strong' | 'gloss' | 'defining';

export interface Finding {
  term: string;
  aliases: string[];
  evidence: SourceEvidence;
  /**
   * The gloss gives nothing but an acronym (`云服务（SaaS）`, `互联网数据中心（IDC）`): often an example or one of
   * several things the acronym stands for, so another term whose gloss spells the acronym out keeps it.
   */
  looseAliases?: true;
}

/** Characters a term never contains: particles, pronouns, verbs of the surrounding sentence. */
export const NOT_IN_TERM = /[的了着过在和与及或而但并也都就还又再被把将对从向于为以之其这那该此些们我你他她它有是不所已]/u;
/**
 * Words that end the clause before a term inside a Han run (`金服还推出了区块链即服务` → 区块链即服务,
 * `迈向万物智能` → 万物智能): verbs that take the term as object.
 */
export const OBJECT_VERB = '推出|形成|支持|实现|包括|迈向|推动|提供|采用|通过|基于|利用|借助|发展|建设|打造|构建|推进|加快|开展|部署|应用|使用|引入|布局|进入|成为|作为|具备|具有|拥有|需要|面向|围绕|融合|结合|探索|研发|开发|涵盖|包含|出现|走向|称为|叫做|释放|运用|依托|搭建|助力|支撑|赋能|加速|促进|带动|驱动|聚焦|重点|以及|其中|目前|当前|如何|利于|有关|相关|也称|又称|简称|称|理解';
const LEADING_VERB = new RegExp(`^.*?(?:${OBJECT_VERB})`, 'u');
const LEFT_EDGE = new RegExp(`^.*${NOT_IN_TERM.source}`, 'u');

/** 有 in an adjective (专有云, 私有云, 公有链), not the verb: a run cut there leaves a fragment (`敏捷专有云版本` → 云版本). */
const ADJECTIVE_YOU = /[专私公共固特独]有$/u;
/** The same adjectives inside a name (`公有云`, `私有云`): 有 there is no particle. */
export const ADJECTIVE_YOU_INSIDE = /[专私公共固特独]有/gu;
/** 并 in 并行 and 并发 (parallel, concurrent), not the conjunction: `并行容错`, `并行计算`. */
const BING_INSIDE = /并(?=[行发])/gu;
/**
 * Whether a name contains a particle or negation (`发展的技术`), not counting the 有 of an adjective (`私有云`) nor the 并
 * of 并行 and 并发 (`并行容错`).
 */
export function hasParticle(name: string): boolean {
  return NOT_IN_TERM.test(name.replace(ADJECTIVE_YOU_INSIDE, '').replace(BING_INSIDE, ''));
}

/** Particles after which a noun phrase follows (`…的开发运维一体化`, `…和开发运维一体化`): a verb opening it is part of the name. */
const BEFORE_NOUN_PHRASE = /[的和与及或之]$/u;

/**
 * The term at the end of a run of Han characters: `推出了区块链即服务` → `区块链即服务`; '' when the cut would leave a fragment.
 * After `的` or a conjunction, a verb-like word opens the name rather than taking it as object: `“谁开发，谁运营”的开发运维
 * 一体化（DevOps）` → 开发运维一体化, not 运维一体化.
 */
export function termAtEnd(run: string, nameAtEnd?: NameAtEnd): string {
  const cut = termAtEndByParticles(run);
  // `生成对抗网络（GAN）`, `工业以太网`: a name of the field holding a particle's character as part of a word (对抗,
  // 以太) is not cut there; what the cut left would be a fragment (抗网络, 太网).
  const named = nameAtEnd?.(run);
  return named !== undefined && named.length > cut.length ? named : cut;
}

/**
 * The longest name of the field that `run` ends with and that holds a character of `NOT_IN_TERM` as part of a word
 * (生成对抗网络, 工业以太网, 支持向量机), if any: where `termAtEnd` must not cut.
 */
export type NameAtEnd = (run: string) => string | undefined;

function termAtEndByParticles(run: string): string {
  const afterParticle = run.replace(LEFT_EDGE, '');
  const before = run.slice(0, run.length - afterParticle.length);
  if (ADJECTIVE_YOU.test(before)) return '';
  // `…的新一代适应性计算加速平台（ACAP）`: how new a thing is says which generation, not which thing.
  if (BEFORE_NOUN_PHRASE.test(before)) return afterParticle.replace(/^(?:新一代|新型)(?=\p{Script=Han}{4})/u, '');
  const afterVerb = afterParticle.replace(LEADING_VERB, '');
  return afterVerb.length >= 2 ? afterVerb : afterParticle;
}

const HAN = String.raw`\p{Script=Han}`;
/** An acronym or model-like Latin token: `TSN`, `SaaS`, `5G-V2X`, `eMBB`. */
const ACRONYM = String.raw`[A-Za-z0-9][A-Za-z0-9+\-]{1,11}`;

/** `中文（English[，简称X][，中文]）` and `中文(English)`. */
const HAN_GLOSS = new RegExp(String.raw`(?<han>[${HAN}]{2,16})\s?[（(]\s?(?<gloss>[A-Za-z][^（）()]{0,80}?)\s?[）)]`, 'gu');
/** `ACRONYM（中文）`, `ACRONYM (Full English Name)`, `ACRONYM（Full English，中文）`. */
const ACRONYM_GLOSS = new RegExp(String.raw`(?<![A-Za-z0-9])(?<acronym>${ACRONYM})\s?[（(]\s?(?<gloss>[^（）()]{2,80}?)\s?[）)]`, 'gu');

/** `English Name (中文)`: a Title-Case name of two to five words glossed in Chinese (`Deep Tech (深度技术)`). */
const ENGLISH_GLOSS = new RegExp(String.raw`(?<![A-Za-z0-9\-])(?<english>[A-Z][A-Za-z0-9\-]*(?: [A-Z][A-Za-z0-9\-]*){1,4})\s?[（(](?<han>[${HAN}]{2,10})[）)]`, 'gu');

/** Whether a Latin string looks like an acronym or product-style name rather than a word: `IoT`, `5G`, `BaaS`, `FPGA`. */
export function isAcronymLike(text: string): boolean {
  return /^(?=.*[A-Z0-9].*[A-Z0-9])[A-Za-z0-9][A-Za-z0-9+\-]{1,11}$/.test(text) && /[A-Za-z]/.test(text);
}

/** The names in a gloss: `IoT, The Internet of things` → both; `Amazon Web Services，简称AWS` → both; `以下简称X` → nothing (a document's short name). */
export function glossNames(gloss: string): string[] {
  if (/^\s*(?:以下|下称|下同)/.test(gloss)) return [];
  return gloss
    .split(/[,，;；]/)
    .map((part) => part.replace(/^\s*(?:简称|又称|也称|英文|即)\s*/, '').trim())
    .filter((part) => part.length >= 2 && !/^(?:如|包括|含|不含|例如|特别是|准|下称)/.test(part));
}

/** Whether every English word of a gloss is a name-like word (`Deep Data`, `Automated Guided Vehicle`), not a sentence. */
function isEnglishName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 7 && /^[A-Za-z][A-Za-z0-9.&/\-]*(?:\s[A-Za-z][A-Za-z0-9.&/\-]*)*$/.test(text);
}

/**
 * A part of a bracket joining a Latin name to another thing by a word or mark of a list (`PaaS及私有云`, `IaaS、PaaS`); not
 * a Chinese name holding 与 or 和 (`即时定位与地图构建`), which is one name.
 */
const LISTS_KINDS = /[A-Za-z](?:及|以及|和|与|或|、)|(?:及|以及|和|与|或|、)[A-Za-z]/u;

/** Bracket glosses in a sentence, each as a term with the other names the gloss gives it (`nameAtEnd`: see `termAtEnd`). */
export function glossFindings(text: string, nameAtEnd?: NameAtEnd): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(HAN_GLOSS)) {
    // A bracket listing several things (`云基础设施（IaaS，PaaS及私有云）`) says what the name covers, not other names of
    // it: IaaS is one kind of cloud infrastructure, not the same thing.
    const parts = glossNames(match.groups!.gloss);
    if (parts.some((part) => LISTS_KINDS.test(part))) continue;
    // A lower-case English word glosses a common noun (`托管商（vendor）`, `PB（petabyte）`), not a name.
    const names = parts.filter((name) => (isEnglishName(name) && !/^[a-z]+$/.test(name)) || isAcronymLike(name));
    if (names.length === 0) continue;
    const term = termAtEnd(match.groups!.han, nameAtEnd);
    // `新一代适应性计算加速平台（ACAP）`: a verb-like word inside the name (加速) would leave its bare head (平台).
    if (term.length <= 2 && match.groups!.han.length > term.length && !NOT_IN_TERM.test(match.groups!.han.at(-term.length - 1)!)) continue;
    const finding: Finding = { term, aliases: names, evidence: 'gloss' };
    if (names.every((name) => isAcronymLike(name) && !name.includes(' '))) finding.looseAliases = true;
    findings.push(finding);
  }
  for (const match of text.matchAll(ACRONYM_GLOSS)) {
    const acronym = match.groups!.acronym;
    // `从2D向3D（三维空间视觉）`: a dimension is no acronym of one thing; as an alias it would answer to `3D 封装技术`.
    if (!isAcronymLike(acronym) || /^\d+D$/.test(acronym)) continue;
    const names = glossNames(match.groups!.gloss);
    // A particle's character is in no name but a name of the field that holds it as part of a word (`GAN（生成对抗网络）`).
    const chinese = names.filter((name) => new RegExp(`^[${HAN}]{2,12}$`, 'u').test(name) && (!NOT_IN_TERM.test(name) || nameAtEnd?.(name) === name));
    const english = names.filter((name) => isEnglishName(name) && name.split(/\s+/).length >= 2);
    if (chinese.length === 0 && english.length === 0) continue;
    // `ACRONYM（中文）` names the term in Chinese; `ACRONYM (Full English Name)` keeps the acronym as the term.
    findings.push(chinese.length > 0 ? { term: chinese[0], aliases: [acronym, ...english, ...chinese.slice(1)], evidence: 'gloss' } : { term: acronym, aliases: english, evidence: 'gloss' });
  }
  // `Deep Tech (深度技术)`: the English name, as written in the text, is the term and the Chinese its alias; a term found
  // in Chinese elsewhere (`深度连接`, alias `Deep Connectivity`) takes both.
  for (const match of text.matchAll(ENGLISH_GLOSS)) {
    findings.push({ term: match.groups!.english, aliases: [match.groups!.han], evidence: 'gloss' });
  }
  return findings;
}

/** A generation of a technology: `区块链 3.0`, `全球化2.0` (the Han name, an optional space, a version). */
const VERSIONED = new RegExp(String.raw`(?<han>[${HAN}]{2,16})(?<space>\s?)(?<version>[1-9]\.0)(?![0-9.%])`, 'gu');

/**
 * Versioned names, as written (`区块链 3.0`, with the glued 区块链3.0 as alias): as sure as a defining verb after a
 * phrase, so the term stands only if a sentence explains it (`未来，区块链 3.0 是基于智能合约…`).
 */
export function versionFindings(text: string, nameAtEnd?: NameAtEnd): Finding[] {
  return [...text.matchAll(VERSIONED)].map((match) => {
    const name = termAtEnd(match.groups!.han, nameAtEnd);
    const written = `${name}${match.groups!.space}${match.groups!.version}`;
    const term = `${name}${match.groups!.version}`;
    return { term: written, aliases: written === term ? [] : [term], evidence: 'strong' };
  });
}

/** A term-like run after a naming verb: `称之为微服务组件`, `被称为“死亡之谷”`. */
const NAMED_AS = new RegExp(String.raw`(?:^|[，,；;：:])(?<lead>[^，,；;：:]{0,6}?)(?<verb>称之为|被称为|被称作|可以称为|可称为|称为|叫做)[“"]?(?<term>[${HAN}A-Za-z0-9+\-]{2,12})[”"]?(?=[。，,；;！？]|$)`, 'gu');
/** `X又称Y`, `X又叫Y`, `X也称Y（English）`. */
const ALSO_CALLED = new RegExp(String.raw`(?:^|[，,；;：:])(?<term>[${HAN}A-Za-z0-9+\-]{2,12})[，,]?(?:又称|又叫|也称|也叫|亦称|或称)(?:为)?[“"]?(?<alias>[${HAN}A-Za-z0-9+\-]{2,12})`, 'gu');
/** A clause opening with a term and a verb that only introduces a definition: `…，区块链智能审计是指…`. */
const CLAUSE_DEFINES = new RegExp(String.raw`(?:^|[，,；;：:])(?:所谓的?|而|其中)?(?<term>[${HAN}A-Za-z0-9+·\-]{2,14}?)(?:主要|一般|通常|则|也)?[，,]?(?:是指|指的是|被定义为|可以定义为|定义为)`, 'gu');

/** Definitions and other names found anywhere in a sentence (quotes already removed; `nameAtEnd`: see `termAtEnd`). */
export function clauseFindings(text: string, nameAtEnd?: NameAtEnd): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CLAUSE_DEFINES)) {
    // `…包含监测、控制、优化和自动四类核心功能，其中监测是指…，控制是指…`: a two-character word defined inside an
    // enumeration is a sense of a common word, not a term, unless the corpus uses it as one.
    const term = termAtEnd(match.groups!.term, nameAtEnd);
    findings.push({ term, aliases: [], evidence: match.index > 0 && /^\p{Script=Han}{2}$/u.test(term) ? 'strong' : 'defining' });
  }
  for (const match of text.matchAll(NAMED_AS)) {
    // `将无监督学习称为“下一个 AI 前沿”` calls something else by a name; only a clause that opens with the verb names a thing.
    if (/将|把/.test(match.groups!.lead)) continue;
    findings.push({ term: match.groups!.term, aliases: [], evidence: match.groups!.verb === '称之为' ? 'defining' : 'strong' });
  }
  for (const match of text.matchAll(ALSO_CALLED)) {
    findings.push({ term: match.groups!.term, aliases: [match.groups!.alias], evidence: 'defining' });
  }
  return findings;
}
