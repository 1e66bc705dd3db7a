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
import Fuse, { type FuseResult } from 'fuse.js';
import type { Caption, Figure, Item, Term } from './model';
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

function termEntry(term: Term, fold: (text: string) => string): SearchEntry {
  return {
    item: { kind: 'term', term },
    label: term.term,
    names: [term.term, ...term.aliases].map(fold),
    pinyin: term.pinyin ? [term.pinyin.full.replace(/\s+/g, ''), term.pinyin.initials] : [],
    text: fold(term.definitions[0]?.quote ?? ''),
  };
}

function figureEntry(figure: Figure, fold: (text: string) => string): SearchEntry {
  return { item: { kind: 'figure', figure }, label: `${figure.text} · ${figure.subject}`, names: [fold(figure.text), fold(figure.subject)], pinyin: [], text: fold(figure.quote) };
}

function captionEntry(caption: Caption, fold: (text: string) => string): SearchEntry {
  const label = `${caption.label} ${caption.title}`;
  return { item: { kind: 'caption', caption }, label, names: [fold(label), fold(caption.title)], pinyin: [], text: '' };
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

export class SearchIndex {
  private readonly fuse: Fuse<SearchEntry>;

  constructor(
    private readonly library: Library,
    readonly entries: SearchEntry[] = searchEntries(library),
  ) {
    const options = { keys: KEYS, includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: 1 };
    // The index is prepared once; every query reuses it.
    this.fuse = new Fuse(entries, options, Fuse.createIndex(KEYS, entries));
  }

  /**
   * Up to `limit` hits for a query, best first; an empty query lists terms
   * first. Ties keep snapshot order, so results are stable across keystrokes.
   */
  search(query: string, limit = 50): SearchHit[] {
    const folded = this.library.folding.fold(query.trim());
    if (folded.length === 0) return this.entries.slice(0, limit).map((entry) => ({ entry, score: 0 }));
    // Long inputs add nothing but cost: Fuse's bitap handles patterns up to 32 units.
    const pattern = folded.slice(0, 32);
    const results: FuseResult<SearchEntry>[] = this.fuse.search(pattern, { limit: limit * 2 });
    const hits = results.map((result) => ({ entry: result.item, score: adjust(result, pattern) }));
    // Words inside definitions and sentences, for queries long enough to mean something there.
    if (pattern.length >= 2) {
      const named = new Set(hits.map((hit) => hit.entry));
      for (const entry of this.entries) {
        if (!named.has(entry) && entry.text.includes(pattern)) hits.push({ entry, score: TEXT_HIT_SCORE + (entry.item.kind === 'term' ? 0 : 0.05) });
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
  const closest = Math.min(...entry.names.map((name) => Math.abs(name.length - pattern.length)), 99);
  return score + 0.05 * Math.min(closest, 10);
}
