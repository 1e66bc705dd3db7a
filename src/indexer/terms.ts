/**
 * Term extraction: which words the reports define or explain, their aliases,
 * category and definitions — always sentences of the reports, verbatim.
 *
 * Candidates come from the text (definition patterns, `中文（English）`
 * pairs, bullet labels) and from the curation file; a candidate becomes a
 * term only when the corpus uses it more than once (or a person curated it),
 * which keeps one-off phrases out.
 */
import type { Definition, Occurrence, Term } from '../core/model';
import { FoldTable, isHan } from '../core/normalize';
import { TermMatcher } from '../core/matcher';
import type { Curation } from './curation';
import type { ReportText, Sentence } from './reportText';
import { scriptVariants, simplifiedCharacters, toSimplified, pinyinOf } from './chinese';

/** A sentence that opens with a term and a defining verb: `区块链是一种…`, `所谓分布式，是指…`, `微服务（Microservice）是…`. */
const DEFINING = new RegExp(
  String.raw`^(?:所谓|而|其中[，,]?|[一二三四五六七八九十]是)?(?<term>[\p{Script=Han}A-Za-z0-9+·\-]{2,14}?)` +
    String.raw`(?:[（(](?<english>[A-Za-z][^（）()]{0,40})[）)])?[，,]?\s?` +
    String.raw`(?<verb>是指|指的是|就是|即是|即|是一种|是一个|是一项|是一类|被定义为|可以定义为|指(?![出导标挥引定向南令示明])|是(?![否非不]))`,
  'u',
);
const STRONG_VERBS = new Set(['是指', '指的是', '就是', '即是', '即', '是一种', '是一个', '是一项', '是一类', '被定义为', '可以定义为', '指']);
/** `中文（English）` and `English（中文）` pairs. */
const CHINESE_ENGLISH = /(?<chinese>[\p{Script=Han}]{2,16})[（(](?<english>[A-Za-z][A-Za-z0-9 .&/\-]{1,40})[）)]/gu;
const ENGLISH_CHINESE = /(?<![A-Za-z])(?<english>[A-Za-z][A-Za-z0-9]{1,15})[（(](?<chinese>[\p{Script=Han}、，]{2,20})[）)]/gu;
/** Characters a term never contains: particles, pronouns, verbs of the surrounding sentence. */
const NOT_IN_TERM = /[的了着过在和与及或而但并也都就还又再被把将对从向于为以之其这那该此些们我你他她它有是不所已]/u;
/** Where a term starts inside a run of Han characters: after the last of these. */
const TERM_LEFT_EDGE = /^.*[的了着过在和与及或而但并也都就还又再被把将对从向于为以之其这那该此些们我你他她它有是不所已]/u;
/** Discourse words that open `X是…` sentences without being terms: 首先是…, 虽然是…, 什么是…. */
const DISCOURSE = /^(?:第[一二三四五六七八九十]+|首先|其次|再次|最后|然后|虽然|虽|无论|不论|什么|这个|那个|這個|特别|尤其|可能|不仅|因此|但是|还是|或者|也就|主要|关键|重点|目的|原因|问题|核心|本质|结果|目前|当前|未来|现在|同时|另外|此外|其中|可见|换言之|总之)/u;

/**
 * How a candidate was found, weakest first: a bare `X是…` needs more evidence
 * than a `中文（English）` pair, which needs more than `X是指…`.
 */
type Evidence = 'weak' | 'pair' | 'strong' | 'defining' | 'curated';
const EVIDENCE_RANK: Record<Evidence, number> = { weak: 0, pair: 1, strong: 2, defining: 3, curated: 4 };
/** Verbs that only ever introduce a definition: a term defined this way counts even if used once. */
const DEFINING_ONLY = new Set(['是指', '指的是', '被定义为', '可以定义为']);

interface Candidate {
  term: string;
  aliases: Set<string>;
  category?: string;
  evidence: Evidence;
}

function hanCount(text: string): number {
  let han = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) han++;
  return han;
}

/** Whether a candidate is used often enough, for how it was found, to be a term rather than a one-off phrase. */
function isAccepted(candidate: Candidate, ownUses: number): boolean {
  const short = hanCount(candidate.term) === 2;
  switch (candidate.evidence) {
    case 'curated':
      return true;
    case 'defining':
      return ownUses >= 1;
    case 'strong':
      return ownUses >= 2;
    case 'pair':
      // `产业（Industry）` glosses a common word; `容器（Docker）`-like pairs need an acronym-like English side.
      return ownUses >= 2 && (!short || [...candidate.aliases].some((alias) => /^[A-Za-z]?[A-Z0-9]+[a-z]*[A-Z]/.test(alias)));
    default:
      // A bare `X是…` names a term only for Chinese words of three or more characters.
      return ownUses >= 3 && !short && hanCount(candidate.term) > 0;
  }
}

/** The names in a gloss: `IoT, The Internet of things` → IoT and The Internet of things; `简称AWS` → AWS. */
function glossAliases(gloss: string): string[] {
  return gloss
    .split(/[,，;；]/)
    .map((part) => part.replace(/^\s*(?:简称|又称|英文)\s*/, '').trim())
    .filter((part) => part.length >= 2);
}

/** Trims a Han run to the term at its end: `推出了区块链即服务` → `区块链即服务`. */
function termAtEnd(run: string): string {
  return run.replace(TERM_LEFT_EDGE, '');
}

function isTermShaped(term: string): boolean {
  if (term.length < 2 || term.length > 14 || NOT_IN_TERM.test(term) || DISCOURSE.test(term)) return false;
  if (/^\d+[年月日]?$/.test(term) || /^\d{4}/.test(term)) return false;
  const han = hanCount(term);
  // Either Chinese (two or more Han characters) or an acronym-like Latin term (5G, C2M, BaaS).
  return han >= 2 || (han === 0 && /^[A-Za-z0-9+]{2,12}$/.test(term) && /[A-Za-z]/.test(term));
}

export class TermExtractor {
  private readonly candidates = new Map<string, Candidate>();
  private readonly folding = new FoldTable();
  /** Folded, simplified forms of terms and sentences, computed once each. */
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly reports: ReportText[],
    private readonly curation: Curation,
  ) {}

  private key(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      // Quotation marks around a term (`“新基建”是…`) do not change what defines it.
      key = this.folding.fold(toSimplified(text)).replace(/[\s“”"‘’]+/g, '');
      this.keys.set(text, key);
    }
    return key;
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
    if (canonical !== written) candidate.aliases.add(written);
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
      for (const sentence of report.sentences) {
        const defining = DEFINING.exec(sentence.text);
        if (defining?.groups && isTermShaped(defining.groups.term)) {
          const { verb, english } = defining.groups;
          const soCalled = sentence.text.startsWith('所谓');
          // `X，即…` after an enumerator (`二是共识层，即…`) or a long `X是一种…` defines X as surely as `X是指…`.
          const defines = DEFINING_ONLY.has(verb) || soCalled || (verb === '是一种' && hanCount(defining.groups.term) >= 4) || (/^[一二三四五六七八九十]是/.test(sentence.text) && verb === '即');
          const candidate = this.candidate(defining.groups.term, defines ? 'defining' : STRONG_VERBS.has(verb) || english ? 'strong' : 'weak');
          if (defining.groups.english) glossAliases(defining.groups.english).forEach((alias) => candidate.aliases.add(alias));
        }
        for (const pair of sentence.text.matchAll(CHINESE_ENGLISH)) {
          const term = termAtEnd(pair.groups!.chinese);
          if (!isTermShaped(term)) continue;
          const candidate = this.candidate(term, 'pair');
          glossAliases(pair.groups!.english).forEach((alias) => candidate.aliases.add(alias));
        }
        for (const pair of sentence.text.matchAll(ENGLISH_CHINESE)) {
          const chinese = pair.groups!.chinese;
          if (isTermShaped(pair.groups!.english) && !/[、，]/.test(chinese)) this.candidate(pair.groups!.english, 'pair').aliases.add(chinese);
        }
      }
    }
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
    return candidates.filter((candidate) => {
      const into = owner.get(this.key(candidate.term));
      if (!into || into === candidate || EVIDENCE_RANK[into.evidence] < EVIDENCE_RANK[candidate.evidence]) return true;
      candidate.aliases.forEach((alias) => into.aliases.add(alias));
      return false;
    });
  }

  /** A matcher for the candidates' own spellings, and optionally their aliases too. */
  private matcherFor(candidates: Candidate[], withAliases: boolean): TermMatcher<Candidate> {
    const matcher = new TermMatcher<Candidate>(this.folding);
    for (const candidate of candidates) matcher.add(candidate.term, candidate);
    for (const candidate of candidates) for (const variant of scriptVariants(candidate.term)) matcher.add(variant, candidate);
    if (withAliases) for (const candidate of candidates) for (const alias of candidate.aliases) matcher.add(alias, candidate);
    return matcher;
  }

  /**
   * Definitions of a term, best first: sentences where the term opens a clause
   * with a defining verb (`X是指…`, `…，X是…`, `X，即…`), the subtitle under a
   * bullet label naming it, and the sentences that explain it best.
   */
  private definitionsOf(keys: Set<string>): Definition[] {
    const scored: { score: number; definition: Definition }[] = [];
    for (const report of this.reports) {
      const sentences = report.sentences;
      sentences.forEach((sentence, index) => {
        if (sentence.block.kind === 'label') {
          if (!keys.has(this.key(sentence.text.replace(/[：:]$/, '')))) return;
          // A subtitle with no subject (`关注如何用计算的方法…，是…之一`) explains; a slogan does not.
          const subtitle = nextParagraphSentences(sentences, index)[0];
          if (subtitle && /是|指|即|研究/.test(subtitle.text)) scored.push({ score: 6, definition: report.definition(subtitle, 'heading') });
          return;
        }
        if (sentence.block.kind !== 'paragraph') return;
        const keyed = this.key(sentence.text);
        const defining = definingScore(keyed, keys);
        const explaining = explanatoryScore(sentence.text, keyed, keys);
        if (defining === 0 && explaining === 0) return;
        // A sentence in a section named after the term (`3.1 数字孪生`) is about it.
        const title = this.key((report.sectionPath(sentence.blockIndex).path.split(' › ').at(-1) ?? '').replace(/^[\d.\s]+/, ''));
        const inOwnSection = keys.has(title);
        // A sentence that speaks of a definition (`明确新基建的定义及范围`) is one.
        const speaksOfDefinition = /定义|含义|概念/.test(sentence.text);
        const score = Math.max(defining, explaining) + (inOwnSection ? 2 : 0) + (speaksOfDefinition ? 2 : 0);
        scored.push({ score, definition: report.definition(sentence, defining > 0 ? 'explicit' : 'explanatory') });
      });
    }
    // A stable sort: equal scores keep report and text order.
    scored.sort((a, b) => b.score - a.score);
    const seen = new Set<string>();
    let explanatory = 0;
    const definitions: Definition[] = [];
    for (const { definition } of scored) {
      // The same sentence repeated in a digest is cited once per report; at most two merely explanatory sentences.
      const id = `${definition.reportId}\u0000${definition.quote}`;
      if (seen.has(id) || (definition.kind === 'explanatory' && explanatory >= 2)) continue;
      seen.add(id);
      if (definition.kind === 'explanatory') explanatory++;
      definitions.push(definition);
      if (definitions.length === 5) break;
    }
    return definitions;
  }

  private categoryOf(candidate: Candidate, definitions: Definition[]): string {
    if (candidate.category) return candidate.category;
    const haystacks = [candidate.term, ...candidate.aliases, ...definitions.slice(0, 1).map((definition) => definition.section.split(' › ').slice(0, 2).join(' '))];
    for (const haystack of haystacks) {
      for (const [keyword, category] of this.curation.categoryKeywords) if (haystack.includes(keyword)) return category;
    }
    return '其他';
  }

  /** The accepted terms, each with definitions and occurrences, in a stable order. */
  build(): Term[] {
    const candidates = this.mergeAliases([...this.candidates.values()].filter((candidate) => !this.curation.suppress.has(candidate.term)));
    const ownUses = this.countOccurrences(this.matcherFor(candidates, false));
    const occurrences = this.countOccurrences(this.matcherFor(candidates, true));
    const terms: Term[] = [];
    for (const candidate of candidates) {
      const found = occurrences.get(candidate) ?? [];
      if (candidate.evidence === 'curated' && found.length === 0) {
        throw new Error(`curated term "${candidate.term}" does not occur in any report`);
      }
      if (!isAccepted(candidate, ownUses.get(candidate)?.length ?? 0)) continue;
      const variants = scriptVariants(candidate.term);
      const keys = new Set([candidate.term, ...candidate.aliases, ...variants].map((text) => this.key(text)));
      const definitions = this.definitionsOf(keys);
      // A term the text found must be defined somewhere in it; merely mentioned is not enough.
      if (definitions.length === 0 || (candidate.evidence !== 'curated' && definitions.every((definition) => definition.kind === 'explanatory'))) continue;
      const aliases = [...new Set([...candidate.aliases, ...variants])].filter((alias) => alias !== candidate.term).sort();
      const term: Term = {
        id: `term:${candidate.term}`,
        term: candidate.term,
        aliases,
        category: this.categoryOf(candidate, definitions),
        definitions,
        occurrences: found,
        figureIds: [],
      };
      const pinyin = pinyinOf(candidate.term);
      if (pinyin) term.pinyin = pinyin;
      terms.push(term);
    }
    return terms.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  }
}

/** The sentences of the paragraph right after a label, up to the next label or heading. */
function nextParagraphSentences(sentences: Sentence[], labelIndex: number): Sentence[] {
  const label = sentences[labelIndex];
  const following = sentences.slice(labelIndex + 1).filter((sentence) => sentence.blockIndex > label.blockIndex);
  const firstBlock = following[0]?.blockIndex;
  return following.filter((sentence) => sentence.blockIndex === firstBlock && sentence.block.kind === 'paragraph');
}

const STRONG_DEFINING_VERB = /^[，,]?(?:是指|指的是|就是|即是|即|也就是|是一种|是一个|是一项|是一类|被定义为|可以定义为|研究如何|旨在|实质上是|本质上是|指(?![出导标挥引定向南令示明]))/u;
const WEAK_DEFINING_VERB = /^[，,]?是(?![否非不])/u;
/** A gloss right after the term: `（Microservice）`, `(IoT, The Internet of things)`. */
const GLOSS = /^[（(][^（）()]{0,40}[）)]/u;

/**
 * How strongly a (folded, simplified) sentence defines one of the keys: the key
 * opening the sentence or a clause, followed by a defining verb. 0 = it does not.
 */
export function definingScore(keyed: string, keys: Set<string>): number {
  let best = 0;
  for (const key of keys) {
    for (let at = keyed.indexOf(key); at >= 0; at = keyed.indexOf(key, at + 1)) {
      const after = keyed.slice(at + key.length).replace(GLOSS, '');
      if (!isWholeKey(keyed, key, at)) continue;
      const opensSentence = at === 0 || /^(?:所谓|而|其中[，,]?|[一二三四五六七八九十]是)$/.test(keyed.slice(0, at));
      const opensClause = opensSentence || /[，,：:；;]|所谓$|认为$|指出$|明确$/.test(keyed.slice(Math.max(0, at - 2), at));
      const strong = STRONG_DEFINING_VERB.test(after);
      let score = 0;
      if (opensSentence && strong) score = 10;
      else if (opensClause && strong) score = 7;
      else if (opensSentence && WEAK_DEFINING_VERB.test(after)) score = 6;
      else if (/^[，,](?:即|也就是|是指)/.test(after)) score = 4;
      else if (opensClause && WEAK_DEFINING_VERB.test(after)) score = 4;
      // `X是人工智能皇冠上的明珠。`, `X就是生产力。`: a short sentence-ending predicate praises more than it defines.
      const predicate = after.replace(STRONG_DEFINING_VERB, '').replace(WEAK_DEFINING_VERB, '');
      if (score > 0 && /^[^，,；;]{0,19}[。！？!?]?$/.test(predicate)) score -= 4;
      best = Math.max(best, score);
    }
  }
  return best;
}

/** Latin keys match whole words only: `5G` is not in `5G-V2X` nor `25G`. */
function isWholeKey(keyed: string, key: string, at: number): boolean {
  const wordy = /[a-z0-9]/;
  if (wordy.test(key[0]) && at > 0 && wordy.test(keyed[at - 1])) return false;
  const next = keyed[at + key.length] ?? '';
  return !(wordy.test(key[key.length - 1]) && /[a-z0-9\-]/.test(next));
}

/** How well a sentence explains a term it contains; 0 when it does not contain it. */
function explanatoryScore(text: string, keyed: string, keys: Set<string>): number {
  if (text.length < 20 || text.length > 220) return 0;
  let position = -1;
  for (const key of keys) {
    for (let at = keyed.indexOf(key); at >= 0 && (position < 0 || at < position); at = keyed.indexOf(key, at + 1)) {
      if (isWholeKey(keyed, key, at)) position = at;
    }
  }
  if (position < 0) return 0;
  let score = 1;
  if (position === 0) score += 2;
  else if (position < 6) score += 0.5;
  if (/是|指|即|意味着|通过|能够|实现|提供|包括/.test(text)) score += 1;
  // A sentence that glosses the term (`区块链即服务（BaaS）`) introduces it.
  if ([...keys].some((key) => keyed.includes(`${key}(`) || keyed.includes(`${key}（`) || keyed.includes(`(${key})`) || keyed.includes(`（${key}）`))) score += 2;
  // Quoted speech explains less than the report's own voice.
  if (/^[“"]/.test(text) || /[说表示认为指出]：?“/.test(text)) score -= 1;
  if (text.length >= 30 && text.length <= 150) score += 1;
  return Math.max(score, 0.5);
}
