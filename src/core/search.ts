/**
 * The picker's search: one fuzzy index over terms, figures and captions.
 *
 * Built on fuse.js with its index created once per library (not per query
 * or per picker open). Each item carries search keys in several scripts —
 * the folded label, aliases, pinyin in full and as initials (`szls` →
 * 数字孪生), and the definition or sentence — so a writer can type whatever
 * they remember. Queries are folded the same way (traditional → simplified,
 * full width → ASCII, case).
 */
import Fuse, { type FuseIndex, type FuseResult } from 'fuse.js';
import { figureLabel } from './hoverContent';
import { statusRank, type Caption, type Figure, type Item, type Term } from './model';
import type { Library } from './snapshot';

export interface SearchEntry {
  item: Item;
  /** What the picker shows as the label. */
  label: string;
  /** Folded label and aliases. */
  names: string[];
  /** Pinyin (full, without spaces, and initials). */
  pinyin: string[];
  /** Definition or sentence, folded; matched by substring. */
  text: string;
}

export interface SearchHit {
  entry: SearchEntry;
  /** 0 = perfect, 1 = barely. */
  score: number;
}

/** Builds the search entries of a library: the same for every query. */
export function searchEntries(library: Library): SearchEntry[] {
  const fold = (text: string) => library.folding.fold(text);
  const entries: SearchEntry[] = [];
  for (const term of library.snapshot.terms) entries.push(termEntry(term, fold));
  for (const figure of library.snapshot.figures) entries.push(figureEntry(figure, fold));
  for (const caption of library.snapshot.captions) entries.push(captionEntry(caption, fold));
  return entries;
}

/** The most names, and the longest, an entry is searched by (the built-in reports: 7 names of a term, 55 characters). */
const MAX_SEARCHED_NAMES = 32;
const MAX_SEARCHED_NAME_LENGTH = 200;

/**
 * The names an entry is searched by: its first `MAX_SEARCHED_NAMES`, each cut at `MAX_SEARCHED_NAME_LENGTH`. A user
 * snapshot's term may have 200,000 aliases or one of megabytes, and the fuzzy pass reads every name of every
 * candidate at each keystroke (0.3 s a keystroke for 200,000 aliases, growing with them). Hovers still match them all.
 */
function searchedNames(names: string[]): string[] {
  return names.slice(0, MAX_SEARCHED_NAMES).map((name) => name.slice(0, MAX_SEARCHED_NAME_LENGTH));
}

function termEntry(term: Term, fold: (text: string) => string): SearchEntry {
  return {
    item: { kind: 'term', term },
    label: term.term,
    names: searchedNames([term.term, ...term.aliases]).map(fold),
    pinyin: term.pinyin ? searchedNames([term.pinyin.full.replace(/\s+/g, ''), term.pinyin.initials]) : [],
    // Every definition, not only the first: a word of the third sentence finds the term too.
    text: fold(term.definitions.map((definition) => definition.quote).join('\n')),
  };
}

/** A figure is found by what it measures (`云计算市场规模`) as well as by its value (`3555.3亿`). */
function figureEntry(figure: Figure, fold: (text: string) => string): SearchEntry {
  return { item: { kind: 'figure', figure }, label: figureLabel(figure), names: searchedNames([figure.subject, figure.text]).map(fold), pinyin: [], text: fold(figure.quote) };
}

function captionEntry(caption: Caption, fold: (text: string) => string): SearchEntry {
  const label = `${caption.label} ${caption.title}`;
  // The bare label (`图 2.1`, also typed `图2.1`) is a name of its own, so typing it exactly ranks it first.
  const bareLabel = fold(caption.label);
  const names = [fold(label), fold(caption.title), bareLabel, bareLabel.replace(/\s+/g, '')];
  return { item: { kind: 'caption', caption }, label, names: searchedNames(names), pinyin: [], text: '' };
}

/**
 * Fuzzy keys: names beat pinyin. Running text (definitions, figure sentences)
 * is matched by substring instead: fuzzy matching inside long sentences costs
 * ten times more per keystroke and mostly finds noise.
 */
const KEYS = [
  { name: 'names', weight: 3 },
  { name: 'pinyin', weight: 2 },
];
/** The score a substring hit in running text gets: below a good name match, above a poor one. */
const TEXT_HIT_SCORE = 0.45;

/**
 * A map from int32 keys to their numbers 0, 1, 2 … in the order first seen, by open addressing in typed arrays: the
 * search index numbers every character and pair of characters of every name, hundreds of thousands of look-ups, and a
 * `Map` of arrays made that most of building the index, and its garbage.
 */
class KeyNumbers {
  private keys = new Int32Array(1024);
  private numbers = new Int32Array(1024).fill(-1);
  /** 32 − log2 of the table's size: the shift that takes a hash's top bits as a slot. */
  private shift = 22;
  size = 0;

  /** The key's number, or −1. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(key, 0x9e37_79b1) >>> this.shift; this.numbers[slot] >= 0; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) return this.numbers[slot];
    }
    return -1;
  }

  /** The key's number, numbering it if new. */
  number(key: number): number {
    const found = this.get(key);
    if (found >= 0) return found;
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.place(key, this.size);
    return this.size++;
  }

  private place(key: number, number: number): void {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e37_79b1) >>> this.shift;
    while (this.numbers[slot] >= 0) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.numbers[slot] = number;
  }

  private grow(): void {
    const { keys, numbers } = this;
    this.keys = new Int32Array(2 * keys.length);
    this.numbers = new Int32Array(2 * keys.length).fill(-1);
    this.shift--;
    for (let slot = 0; slot < keys.length; slot++) if (numbers[slot] >= 0) this.place(keys[slot], numbers[slot]);
  }
}

/** Postings from a key (a character, or a pair of adjacent characters) to entry indexes, packed once built. */
class Postings {
  /** Each key's number; `starts[number]` is where its list is in `indexes`: its length, then its entry indexes. */
  private readonly numbers = new KeyNumbers();
  private starts = new Int32Array(0);
  private indexes = new Int32Array(0);
  /** While building: every (key number, entry index) added, in order. */
  private added = new Int32Array(2048);
  private addedCount = 0;

  add(key: number, index: number): void {
    if (this.addedCount + 2 > this.added.length) {
      const added = new Int32Array(2 * this.added.length);
      added.set(this.added);
      this.added = added;
    }
    this.added[this.addedCount++] = this.numbers.number(key);
    this.added[this.addedCount++] = index;
  }

  /**
   * Packs the lists into one typed array (a library of hundreds of reports holds millions of postings): each key's
   * entries in the order added, an entry once however many times its names hold the key.
   */
  pack(): void {
    const keys = this.numbers.size;
    const counts = new Int32Array(keys);
    for (let i = 0; i < this.addedCount; i += 2) counts[this.added[i]]++;
    this.starts = new Int32Array(keys);
    let total = 0;
    for (let number = 0; number < keys; number++) {
      this.starts[number] = total;
      total += counts[number] + 1;
    }
    this.indexes = new Int32Array(total);
    const lengths = counts.fill(0);
    for (let i = 0; i < this.addedCount; i += 2) {
      const number = this.added[i];
      const start = this.starts[number];
      const index = this.added[i + 1];
      if (lengths[number] > 0 && this.indexes[start + lengths[number]] === index) continue;
      this.indexes[start + 1 + lengths[number]++] = index;
    }
    for (let number = 0; number < keys; number++) this.indexes[this.starts[number]] = lengths[number];
    this.added = new Int32Array(0);
    this.addedCount = 0;
  }

  /** The entry indexes listed under `key`, in entry order: a view, not a copy. */
  list(key: number): Int32Array {
    const number = this.numbers.get(key);
    if (number < 0) return this.indexes.subarray(0, 0);
    const start = this.starts[number];
    return this.indexes.subarray(start + 1, start + 1 + this.indexes[start]);
  }

  /** Adds one to `counts[index]` (up to 255) for each entry index listed under `key`. */
  count(key: number, counts: Uint8Array): void {
    const number = this.numbers.get(key);
    if (number < 0) return;
    const start = this.starts[number];
    const end = start + 1 + this.indexes[start];
    for (let i = start + 1; i < end; i++) if (counts[this.indexes[i]] < 255) counts[this.indexes[i]]++;
  }
}

/** Fuse's threshold: a name matches when at most this share of the query's characters are edits. */
const FUZZY_THRESHOLD = 0.34;

/** Fuse's index as plain data: its keys and its records. */
type PreparedIndex = ReturnType<FuseIndex<SearchEntry>['toJSON']>;

const keysOf = (entry: SearchEntry) => [...entry.names, ...entry.pinyin];

/** Two UTF-16 code units in one int32 (the key numbering takes int32 keys). */
const pairKey = (text: string, i: number) => (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);

/**
 * Entries per character and per pair of adjacent characters of their names and
 * pinyin: a query only reaches the entries that could match it, so the fuzzy
 * pass costs about the same whether the library holds five reports or five
 * hundred. Characters alone select little for a Latin query (every pinyin holds
 * `e`, `d`, `g`); pairs do, and — a name within k edits of a query of m
 * characters shares at least m − 1 − 2k of its pairs — they lose no match Fuse
 * would make.
 */
export class CandidateIndex {
  private readonly characters = new Postings();
  private readonly pairs = new Postings();
  private readonly counts: Uint8Array;

  constructor(private readonly entries: SearchEntry[]) {
    this.counts = new Uint8Array(entries.length);
    entries.forEach((entry, index) => {
      for (const key of keysOf(entry)) {
        for (let i = 0; i < key.length; i++) {
          this.characters.add(key.charCodeAt(i), index);
          if (i + 1 < key.length) this.pairs.add(pairKey(key, i), index);
        }
      }
    });
    this.characters.pack();
    this.pairs.pack();
  }

  /**
   * Entries listed under at least `need` of `keys` (counted once each), in entry
   * order, with how many they are listed under. One pass over a byte per entry
   * collects them: cheaper than tracking the touched ones when `e` lists most.
   */
  private holding(postings: Postings, keys: Set<number>, need: number): { index: number; count: number }[] {
    const counts = this.counts;
    for (const key of keys) postings.count(key, counts);
    const found: { index: number; count: number }[] = [];
    for (let index = 0; index < counts.length; index++) {
      if (counts[index] === 0) continue;
      if (counts[index] >= need) found.push({ index, count: counts[index] });
      counts[index] = 0;
    }
    return found;
  }

  /** Entries whose names or pinyin hold the character `code`, in entry order. */
  containing(code: number): Int32Array {
    return this.characters.list(code);
  }

  /** How many of the pattern's distinct characters (bits of `bits`) an entry's names and pinyin hold. */
  private charactersHeld(index: number, bits: Map<number, number>): number {
    let held = 0;
    const { names, pinyin } = this.entries[index];
    for (const keys of [names, pinyin]) for (const key of keys) for (let i = 0; i < key.length; i++) held |= bits.get(key.charCodeAt(i)) ?? 0;
    let count = 0;
    for (; held !== 0; held &= held - 1) count++;
    return count;
  }

  /**
   * Entries holding all but (for three or more distinct characters) one of the
   * pattern's characters — and, when the query is long enough for its pairs to
   * tell, as many of its pairs as a match within Fuse's threshold keeps — at
   * most `cap` of them, those holding most of its pairs first, in entry order.
   */
  candidates(pattern: string, cap = Infinity): number[] {
    // A bit per distinct character (a pattern has at most 32 units).
    const bits = new Map<number, number>();
    for (let i = 0; i < pattern.length; i++) if (pattern[i] !== ' ' && !bits.has(pattern.charCodeAt(i))) bits.set(pattern.charCodeAt(i), 1 << bits.size);
    const need = bits.size <= 2 ? Math.max(1, bits.size) : bits.size - 1;
    const pairs = new Set<number>();
    for (let i = 0; i + 1 < pattern.length; i++) pairs.add(pairKey(pattern, i));
    // Shared pairs are counted once each: of the pattern's m − 1 pair occurrences at least m − 1 − 2k survive k edits, and
    // the m − 1 − distinct repeats may all be among them (`1,000` keeps only `00` of `1000`), so distinct − 2k are sure.
    const pairsNeeded = pairs.size - 2 * Math.floor(FUZZY_THRESHOLD * pattern.length);
    if (pairsNeeded >= 1) {
      // The pairs select few entries; their characters are then checked on those few (the postings of `e` list nearly all),
      // those holding most pairs first, until `cap` pass.
      const byPairs = this.holding(this.pairs, pairs, pairsNeeded);
      if (byPairs.length > cap) byPairs.sort((a, b) => b.count - a.count);
      const passing: number[] = [];
      for (const entry of byPairs) {
        if (passing.length >= cap) break;
        if (this.charactersHeld(entry.index, bits) >= need) passing.push(entry.index);
      }
      return passing.sort((a, b) => a - b);
    }
    let found = this.holding(this.characters, new Set(bits.keys()), need);
    if (found.length > cap) {
      // In a library of hundreds of reports a short query reaches thousands: rank them by the pairs they hold.
      const pairCounts = new Map(this.holding(this.pairs, pairs, 1).map((entry) => [entry.index, entry.count]));
      found = found.map((entry) => ({ index: entry.index, count: pairCounts.get(entry.index) ?? 0 }));
      found = found.sort((a, b) => b.count - a.count).slice(0, cap).sort((a, b) => a.index - b.index);
    }
    return found.map((entry) => entry.index);
  }
}

/**
 * Entries the fuzzy pass scores at most. Above what five reports give any query
 * (at most 346 candidates, for `hai`: results on the built-in snapshot are the
 * same as without a cap for all 15,244 prefixes, names and typos of its names);
 * in a library of hundreds of reports it keeps a keystroke's cost flat, scoring
 * the entries closest by shared pairs (Fuse's scoring is most of a keystroke).
 */
const MAX_FUZZY_CANDIDATES = 350;

export const FUSE_OPTIONS = { keys: KEYS, includeScore: true, ignoreLocation: true, threshold: FUZZY_THRESHOLD, minMatchCharLength: 1 };

export class SearchIndex {
  /** Fuse's keys, prepared once. */
  private readonly fuseKeys: PreparedIndex['keys'];
  /**
   * Fuse's record of each entry, prepared the first time the entry is a
   * candidate: a library of hundreds of reports never holds records for the
   * entries no query reached (a full index of 100 times the snapshot is 70 MB).
   */
  private readonly records: (PreparedIndex['records'][number] | undefined)[] = [];
  private readonly characters: CandidateIndex;
  /** The entries in the order an empty query lists them, computed on the first empty query. */
  private browsing?: SearchEntry[];
  /** All running texts in one string, so a substring search is one native scan. */
  private readonly texts: string;
  private readonly textStarts: Int32Array;
  /** Per entry, what ranks it for a one-character query besides the match: its shortest name (at most 10), plus 16 for a figure or caption. */
  private readonly shortestName: Uint8Array;

  constructor(
    private readonly library: Library,
    readonly entries: SearchEntry[] = searchEntries(library),
  ) {
    this.fuseKeys = Fuse.createIndex(KEYS, []).toJSON().keys;
    this.characters = new CandidateIndex(entries);
    this.textStarts = new Int32Array(entries.length);
    let offset = 0;
    entries.forEach((entry, index) => {
      this.textStarts[index] = offset;
      offset += entry.text.length + 1;
    });
    this.texts = entries.map((entry) => entry.text).join('\u0000');
    // Not `Math.min(...names)`: spread arguments overflow the stack past about 120,000 (a user's term of 200,000 aliases).
    this.shortestName = Uint8Array.from(entries, (entry) => (entry.item.kind === 'term' ? 0 : 16) + entry.names.reduce((shortest, name) => Math.min(shortest, name.length), 10));
  }

  /** Fuse's records of these entries, preparing those not prepared yet (`i` of a record is its entry's index). */
  private recordsOf(candidates: number[]): PreparedIndex['records'] {
    const missing = candidates.filter((index) => this.records[index] === undefined);
    if (missing.length > 0) {
      Fuse.createIndex(KEYS, missing.map((index) => this.entries[index]))
        .toJSON()
        .records.forEach((record, position) => {
          record.i = missing[position];
          this.records[missing[position]] = record;
        });
    }
    return candidates.map((index) => this.records[index]!);
  }

  /** The fuzzy pass, over the prefiltered candidates, with records prepared once per entry and reused by every keystroke. */
  private fuzzy(pattern: string, limit: number): FuseResult<SearchEntry>[] {
    const candidates = this.characters.candidates(pattern, MAX_FUZZY_CANDIDATES);
    const index = Fuse.parseIndex<SearchEntry>({ keys: this.fuseKeys, records: this.recordsOf(candidates) });
    return new Fuse(this.entries, FUSE_OPTIONS, index).search(pattern, { limit });
  }

  /**
   * The first keystroke: fuzzy matching one character means containing it, so
   * rank the entries that contain it directly — exact, then prefix, then shorter names.
   */
  private oneCharacter(pattern: string, limit: number): SearchHit[] {
    // In a library of hundreds of reports one character reaches tens of thousands of entries: each is ranked
    // with plain loops (no arrays per entry), and only those that can still reach the first `limit` are kept.
    const code = pattern.charCodeAt(0);
    const hits: SearchHit[] = [];
    let cutoff = Infinity;
    for (const index of this.characters.containing(code)) {
      const entry = this.entries[index];
      let base = 0.2;
      for (const keys of [entry.names, entry.pinyin]) for (const key of keys) base = Math.min(base, key === pattern ? 0 : key.charCodeAt(0) === code ? 0.1 : 0.2);
      const shortest = this.shortestName[index];
      const score = base + (shortest >= 16 ? 0.05 : 0) + 0.01 * (shortest & 15);
      // Ties keep entry order (the stable sort below), so an entry equal to the cutoff cannot enter either.
      if (score >= cutoff) continue;
      hits.push({ entry, score });
      if (hits.length >= 4 * limit) {
        hits.sort((a, b) => a.score - b.score).length = limit;
        cutoff = hits[limit - 1].score;
      }
    }
    return hits.sort((a, b) => a.score - b.score).slice(0, limit);
  }

  /** Entries whose running text contains the pattern, in snapshot order, at most `limit`. */
  private inText(pattern: string, limit: number): SearchEntry[] {
    const found: SearchEntry[] = [];
    let index = 0;
    for (let at = this.texts.indexOf(pattern); at >= 0 && found.length < limit; at = this.texts.indexOf(pattern, at + 1)) {
      while (index + 1 < this.textStarts.length && this.textStarts[index + 1] <= at) index++;
      if (found[found.length - 1] !== this.entries[index]) found.push(this.entries[index]);
    }
    return found;
  }

  /**
   * What an empty query lists: the terms the reports define, then those they explain, then those they only use, each
   * most used first, then the figures and captions. In snapshot order, a writer's first screen was 2B, 2G, 3D, 3G.
   */
  private browsingOrder(): SearchEntry[] {
    if (!this.browsing) {
      const terms = this.entries.filter((entry): entry is SearchEntry & { item: { kind: 'term'; term: Term } } => entry.item.kind === 'term');
      terms.sort((a, b) => statusRank(a.item.term) - statusRank(b.item.term) || b.item.term.occurrences.length - a.item.term.occurrences.length);
      this.browsing = [...terms, ...this.entries.filter((entry) => entry.item.kind !== 'term')];
    }
    return this.browsing;
  }

  /**
   * Up to `limit` hits for a query, best first; an empty query lists the terms the reports define first (see
   * `browsingOrder`). Ties keep snapshot order, so results are stable across keystrokes.
   */
  search(query: string, limit = 50): SearchHit[] {
    const folded = this.library.folding.fold(query.trim());
    if (folded.length === 0) return this.browsingOrder().slice(0, limit).map((entry) => ({ entry, score: 0 }));
    // Long inputs add nothing but cost: Fuse's bitap handles patterns up to 32 units.
    const pattern = folded.slice(0, 32);
    const hits = pattern.length === 1 ? this.oneCharacter(pattern, limit * 2) : this.fuzzy(pattern, limit * 2).map((result) => ({ entry: result.item, score: adjust(result, pattern) }));
    // Words inside definitions and sentences, for queries long enough to mean something there — unless `limit`
    // names already rank at or above any text hit: then none could show, and the scan of every text is spared
    // (in a library of hundreds of reports it is most of a keystroke).
    if (pattern.length >= 2 && hits.filter((hit) => hit.score <= TEXT_HIT_SCORE).length < limit) {
      const named = new Set(hits.map((hit) => hit.entry));
      for (const entry of this.inText(pattern, limit * 2)) {
        if (!named.has(entry)) hits.push({ entry, score: TEXT_HIT_SCORE + (entry.item.kind === 'term' ? 0 : 0.05) });
      }
    }
    // A stable sort: equal scores keep snapshot order.
    return hits.sort((a, b) => a.score - b.score).slice(0, limit);
  }
}

/** Exact and prefix matches of a name or pinyin rank above fuzzy ones, terms above figures. */
function adjust(result: FuseResult<SearchEntry>, pattern: string): number {
  const entry = result.item;
  let score = result.score ?? 1;
  if (entry.names.some((name) => name === pattern) || entry.pinyin.includes(pattern)) score -= 0.5;
  else if (entry.names.some((name) => name.startsWith(pattern)) || entry.pinyin.some((key) => key.startsWith(pattern))) score -= 0.25;
  if (entry.item.kind !== 'term') score += 0.05;
  // Among fuzzy matches, the name closest in length to what was typed (区快链 → 区块链, not 区块链智能审计).
  // A Latin query is compared with the Latin names and the full pinyin (bianyuan → 边缘计算, not 边缘业务上云).
  const latin = /^[a-z ]+$/.test(pattern);
  const comparable = latin ? [...entry.names.filter((name) => /^[a-z ]+$/.test(name)), ...entry.pinyin.slice(0, 1)] : entry.names;
  const closest = comparable.reduce((nearest, name) => Math.min(nearest, Math.abs(name.length - pattern.length)), 99);
  // Between names equally close, the term the reports use more (区快链 → 区块链, not 区块链网络).
  const uses = entry.item.kind === 'term' ? entry.item.term.occurrences.length : 0;
  return score + 0.05 * Math.min(closest, 10) - 0.02 * Math.min(Math.log2(1 + uses), 6);
}
