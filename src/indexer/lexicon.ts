/**
 * The dictionary of the field: a general glossary of China's digital-economy vocabulary, shipped with the indexer as a
 * spell checker ships its dictionary (lexicon/digital-economy.tsv, written by someone who never saw the reports, so
 * that it applies to anyone's reports and recall measured on readings of these stays honest).
 *
 * The rules find the names the reports define, explain or repeat; a writer also hovers the names a report writes once
 * (前置仓, 获客成本, 贷后管理), which no count of uses can tell from a phrase. A glossary entry a report writes as a word
 * of its own is a candidate like the names found by their uses: the extractor's rules still decide from the text whether
 * it stands, how it is labelled and which sentence shows it. Its aliases (English, acronyms, the Taiwan word) become
 * the term's, so a writer's own form hovers, and its topic gives a category where the rules give none.
 *
 * Format, one entry a line: `HEADWORD<TAB>ALIASES<TAB>TOPIC`, aliases separated by ` / ` (the column may be empty),
 * the topic one of LEXICON_TOPICS.
 */
import { readFileSync } from 'node:fs';
import { FoldTable, isAllCapitals } from '../core/normalize';
import { TermMatcher } from '../core/matcher';
import { simplifiedCharacters } from './chinese';
import { DIGITAL_ECONOMY_LINES } from './lexicon/digitalEconomy';
import { boundedOnBothSides, gluedInsideWord } from './usedTerms';
import { NOT_IN_TERM } from './termSources';
import { InputError } from './yamlFile';

/** The glossary's topics, and the snapshot's category each one gives a term the curation's keywords give none. */
export const CATEGORY_OF_TOPIC = {
  政策与经济: '产业与政策',
  通信网络: '通信网络',
  云与算力: '云计算与算力',
  数据: '数据',
  人工智能: '人工智能',
  区块链与金融科技: '金融科技',
  芯片与硬件: '芯片与硬件',
  工业互联网与制造: '物联网与工业互联网',
  // Its logistics terms name what they are (物流, 仓储, 配送: 供应链与物流); the rest is retail, an application.
  电商零售与物流: '智能应用',
  智慧城市与政务: '智能应用',
  网络安全: '网络安全',
  前沿技术: '智能应用',
} as const;

export type LexiconTopic = keyof typeof CATEGORY_OF_TOPIC;

/**
 * Topics whose category is only the nearest the snapshot has, or one of two: a quantum computer's 相干时间 is no 智能应用,
 * a blockchain's 时间戳 no 金融科技. For their terms the nearest heading over the term's first definition comes before the
 * topic.
 */
export const LOOSE_TOPICS: ReadonlySet<LexiconTopic> = new Set(['前沿技术', '区块链与金融科技']);

export interface LexiconEntry {
  headword: string;
  /** Other names of the same thing: English, acronyms, traditional script, the Taiwan word, a full form. */
  aliases: readonly string[];
  topic: LexiconTopic;
}

export type Lexicon = readonly LexiconEntry[];

/** How the aliases of an entry are separated in their column. */
const ALIAS_SEPARATOR = ' / ';

function isTopic(text: string): text is LexiconTopic {
  return Object.hasOwn(CATEGORY_OF_TOPIC, text);
}

/**
 * Parses a glossary's lines (see the module comment), failing with the line of the first entry that is not
 * well-formed: not three columns, an unknown topic, a headword given twice, or a name that two entries claim (a
 * headword that is another entry's alias, an alias of two entries) — a name must lead to one thing.
 */
export function parseLexicon(lines: readonly string[], source: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  /** Each name given so far, and the line of the entry that gave it. */
  const owner = new Map<string, number>();
  lines.forEach((line, index) => {
    if (line.trim().length === 0) return;
    const fail = (message: string): never => {
      throw new InputError(source, index + 1, message);
    };
    const columns = line.replace(/\r$/u, '').split('\t');
    if (columns.length !== 3) fail(`an entry has three columns separated by tabs (headword, aliases, topic), not ${columns.length}`);
    const [headword, aliasColumn, topic] = columns.map((column) => column.trim());
    if (headword.length === 0) fail('the headword is empty');
    if (!isTopic(topic)) fail(`topic "${topic}" must be one of ${Object.keys(CATEGORY_OF_TOPIC).join(', ')}`);
    const aliases = aliasColumn.length === 0 ? [] : aliasColumn.split(ALIAS_SEPARATOR).map((alias) => alias.trim());
    if (aliases.some((alias) => alias.length === 0)) fail(`an alias is empty (aliases are separated by "${ALIAS_SEPARATOR}")`);
    for (const name of new Set([headword, ...aliases])) {
      const earlier = owner.get(name);
      if (earlier !== undefined) fail(`"${name}" is already a name of the entry on line ${earlier}`);
      owner.set(name, index + 1);
    }
    entries.push({ headword, aliases: aliases.filter((alias) => alias !== headword), topic: topic as LexiconTopic });
  });
  return entries;
}

/** Reads a glossary file (`--lexicon FILE`). */
export function readLexicon(path: string): Lexicon {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(path, undefined, `cannot read the glossary (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  // A byte-order mark, as spreadsheet programs write one, is no part of the first headword.
  return parseLexicon(text.replace(/^\uFEFF/u, '').split('\n'), path);
}

let shipped: Lexicon | undefined;

/** The glossary shipped with the indexer, parsed on first use. */
export function shippedLexicon(): Lexicon {
  shipped ??= parseLexicon(DIGITAL_ECONOMY_LINES, 'src/indexer/lexicon/digital-economy.tsv');
  return shipped;
}

/** An entry found in the reports, named as they write it (the headword where they write it, else the alias they write). */
export interface LexiconFind {
  name: string;
  entry: LexiconEntry;
}

/**
 * A suffix after a use deriving another word from it: an adjective (`嵌入式`, embedded), a process (`容器化`), a property
 * (`安全性`). Not 化学, 化工, 化石.
 */
const DERIVED_AFTER = /^(?:[式性]|化(?![学工石]))/u;
/**
 * An alias of two Han characters (`北斗` for 北斗卫星导航系统, `社零`) is as often the start of another name (`北斗新仓`, a
 * warehouse): a use of one must stand as a word on both sides.
 */
const SHORT_ALIAS = /^\p{Script=Han}{2}$/u;
/**
 * An English word (capitalised, not an acronym) after a capitalised one and a space is part of that English name (`Full
 * Spectrum`, a firm's slogan, is no use of Spectrum, 频谱); an acronym there is one of its own (`JD Cloud GaN`).
 */
const ENGLISH_WORD = /^[A-Z][a-z]+$/u;
const ENGLISH_NAME_BEFORE = /[A-Z][A-Za-z]*\s$/u;
/** A body whose name a use opens (`Linux基金会`, a foundation, is no use of Linux). */
const ORGANISATION_AFTER = /^\s?(?:基金会|协会|联盟(?!链))/u;

/** A name of a glossary entry as the matcher reads it (see lexiconNames). */
interface EntryName {
  entry: LexiconEntry;
  /** Whether the name is one of the entry's short aliases (see SHORT_ALIAS). */
  shortAlias: boolean;
  /** The name as the glossary writes it, or in simplified script. */
  form: string;
}

/** A word written this often after a word boundary is one the reports use on its own (see wordsOnTheirOwn). */
const MIN_OWN_WORD_USES = 2;

/**
 * How often each word of two or three Han characters, no particle among them, is written right after a word boundary
 * (not a Han character, or a particle) in the sentences: the words the reports use on their own (`集中`, `，集中存储`).
 */
function wordsOnTheirOwn(sentences: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (let at = 0; at < sentence.length; at++) {
      const before = sentence[at - 1] ?? '';
      if (/\p{Script=Han}/u.test(before) && !NOT_IN_TERM.test(before)) continue;
      for (let length = 2; length <= 3; length++) {
        const word = sentence.slice(at, at + length);
        // Not a particle inside: `同的` after 不 is no word.
        if (/^\p{Script=Han}+$/u.test(word) && word.length === length && !NOT_IN_TERM.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * The entries the sentences (simplified script) write as a word of their own, in first-seen order: a headword or an
 * alias at a place where it is
 * - not glued inside a longer word (see gluedInsideWord: `基站` in `…、5G基站等`, not in `微基站` unless that is an
 *   entry too), nor before a suffix deriving another word (`嵌入式`, see DERIVED_AFTER);
 * - not inside a longer known name written there (`边缘计算` inside `移动边缘计算`, a term the rules found, is that
 *   term's use);
 * - not ending where a word the reports use on their own begins with its last character (`数据集中存储` is 数据 + 集中,
 *   no use of 数据集);
 * - through a short alias, bounded on both sides (see SHORT_ALIAS);
 * - a Latin word not inside a longer English name (see ENGLISH_NAME_BEFORE), and no name opening a body's
 *   (see ORGANISATION_AFTER).
 * One pass per sentence: the entries and the known names in one trie, read leftmost-longest, so a known name written
 * around an entry is read first and the entry inside it not at all. Names the curation suppresses and names opening with
 * an organisation's are not taken.
 */
export function lexiconNames(sentences: readonly string[], lexicon: Lexicon, known: ReadonlySet<string>, notTerms: ReadonlySet<string>, organisations: ReadonlySet<string> = new Set()): LexiconFind[] {
  if (lexicon.length === 0) return [];
  // The names of entries folding to one key (GAN and GaN, SWIFT), each with its entry and whether it is one of its short
  // aliases; `null` for a known name, which only hides the entries written inside it.
  const folding = new FoldTable();
  const matcher = new TermMatcher<EntryName[] | null>(folding);
  const namesByKey = new Map<string, EntryName[]>();
  for (const entry of lexicon) {
    for (const name of [entry.headword, ...entry.aliases]) {
      const shortAlias = name !== entry.headword && SHORT_ALIAS.test(name);
      for (const form of new Set([name, simplifiedCharacters(name)])) {
        const key = folding.fold(form.trim());
        namesByKey.set(key, [...(namesByKey.get(key) ?? []), { entry, shortAlias, form }]);
      }
    }
  }
  // Entries first: a known name identical to an entry's name is that entry (the first of identical keys wins).
  for (const names of namesByKey.values()) matcher.add(names[0].form, names);
  for (const name of known) matcher.add(name, null);
  const ownWords = wordsOnTheirOwn(sentences);
  // Whether the word beginning with the last character of a use, at `end - 1`, is one the reports use on their own.
  const runsIntoWord = (sentence: string, end: number) => [2, 3].some((length) => end + length - 1 <= sentence.length && (ownWords.get(sentence.slice(end - 1, end - 1 + length)) ?? 0) >= MIN_OWN_WORD_USES);
  const written = new Map<LexiconEntry, string>();
  for (const sentence of sentences) {
    matcher.scan(sentence, ({ start, end, value }) => {
      if (value === null || gluedInsideWord(sentence, start, end - start) || DERIVED_AFTER.test(sentence.slice(end, end + 2)) || runsIntoWord(sentence, end)) return;
      const name = sentence.slice(start, end);
      if ((ENGLISH_WORD.test(name) && ENGLISH_NAME_BEFORE.test(sentence.slice(Math.max(0, start - 24), start))) || ORGANISATION_AFTER.test(sentence.slice(end, end + 4))) return;
      // An acronym in capitals (SWIFT, GAN) is written so: in another case it is another name (`JD Cloud Swift`, a product;
      // GaN). A name in mixed case (ZigBee, IoT) is often written in another.
      const named = value.find(({ form }) => form === name) ?? value.find(({ form }) => !isAllCapitals(form));
      if (named === undefined) return;
      const { entry, shortAlias } = named;
      if (shortAlias && !boundedOnBothSides(sentence, start, end - start)) return;
      if (notTerms.has(name) || notTerms.has(entry.headword) || [...organisations].some((organisation) => name.startsWith(organisation))) return;
      if (!written.has(entry) || name === entry.headword) written.set(entry, name);
    });
  }
  return [...written].map(([entry, name]) => ({ name, entry }));
}
