/**
 * Term matching in running text without word boundaries.
 *
 * Chinese has no spaces, so "the word under the cursor" is meaningless: the
 * matcher finds the longest term or alias that covers a position, over folded
 * text (width, case, radicals, traditional → simplified). English keys match
 * only on word boundaries, so `IoT` does not match inside `IoTs` and `5G`
 * not inside `25G`.
 *
 * Keys live in a trie whose root is a flat table indexed by UTF-16 code unit,
 * so the common case — a character that starts no term — costs one array read.
 * Keys are added to a trie of maps; matching reads a flat copy of it (node
 * numbers, and one open-addressing table of edges in typed arrays), built on
 * the first match after an `add`: a step of a walk is then a few array reads
 * instead of a map look-up, and walks are most of a whole-document scan.
 */
import { FoldTable, isAllCapitals, isWordCode } from './normalize';

/** A found key: offsets in the searched text (end exclusive) and what it names. */
export interface Match<T> {
  start: number;
  end: number;
  value: T;
  /** The key as given (term or alias), before folding. */
  key: string;
}

/** What a key names, and whether it must stand on English word boundaries. */
interface KeyEntry<T> {
  value: T;
  key: string;
  wordStart: boolean;
  wordEnd: boolean;
  /**
   * Keys added later that fold to this one but are spelled otherwise (`GAN`, generative adversarial network, beside
   * `GaN`, gallium nitride): a text spelling one of them exactly names that one's value.
   */
  spelledOtherwise?: KeyEntry<T>[];
}

interface TrieNode<T> {
  children: Map<number, TrieNode<T>>;
  /** Set when a key ends here: the first added, with the keys spelled otherwise that fold to it. */
  entry?: KeyEntry<T>;
}

/** Where the pair (first, second) falls in `TermMatcher.pairs`. */
function pairHash(first: number, second: number): number {
  return ((first << 5) ^ second) & 0xffff;
}

function newNode<T>(): TrieNode<T> {
  return { children: new Map() };
}

/** Slot of the edge (node, code) in a table of `mask + 1` slots (a power of two). */
function edgeSlot(node: number, code: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
}

/**
 * The trie as numbers: node 0 is unused, `rootOf[code]` is the node a key
 * starting with `code` continues from (0: none), and the edge from `node` on
 * `code` is found by probing `edgeSlot` linearly until its node matches or
 * the slot is empty (`edgeNode` 0).
 */
interface FlatTrie<T> {
  rootOf: Int32Array;
  edgeNode: Int32Array;
  edgeCode: Uint16Array;
  edgeChild: Int32Array;
  mask: number;
  entryOf: (KeyEntry<T> | undefined)[];
}

/**
 * The flat trie of the keys, in the order they were added (the first of
 * identical keys wins). A trie of maps is built to number the nodes and then
 * dropped: kept beside the flat one, it doubled the matcher of a library of
 * hundreds of reports.
 */
function flatten<T>(keys: readonly { folded: string; entry: KeyEntry<T> }[]): FlatTrie<T> {
  const roots = new Map<number, TrieNode<T>>();
  for (const { folded, entry } of keys) {
    let node: TrieNode<T> | undefined = roots.get(folded.charCodeAt(0));
    if (!node) roots.set(folded.charCodeAt(0), (node = newNode<T>()));
    for (let i = 1; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let child: TrieNode<T> | undefined = node.children.get(code);
      if (!child) node.children.set(code, (child = newNode<T>()));
      node = child;
    }
    if (node.entry === undefined) node.entry = entry;
    else if (node.entry.key !== entry.key && !node.entry.spelledOtherwise?.some((other) => other.key === entry.key)) {
      // A copy: the added keys' entries stay as added, for the next flattening.
      node.entry = { ...node.entry, spelledOtherwise: [...(node.entry.spelledOtherwise ?? []), entry] };
    }
  }
  const entryOf: FlatTrie<T>['entryOf'] = [undefined];
  const edges: [number, number, number][] = [];
  const rootOf = new Int32Array(0x10000);
  const number = (node: TrieNode<T>): number => {
    const id = entryOf.push(node.entry) - 1;
    for (const [code, child] of node.children) edges.push([id, code, number(child)]);
    return id;
  };
  for (const [code, root] of roots) rootOf[code] = number(root);
  let size = 2;
  while (size < 2 * edges.length) size *= 2;
  const mask = size - 1;
  const edgeNode = new Int32Array(size);
  const edgeCode = new Uint16Array(size);
  const edgeChild = new Int32Array(size);
  for (const [node, code, child] of edges) {
    let slot = edgeSlot(node, code, mask);
    while (edgeNode[slot] !== 0) slot = (slot + 1) & mask;
    edgeNode[slot] = node;
    edgeCode[slot] = code;
    edgeChild[slot] = child;
  }
  return { rootOf, edgeNode, edgeCode, edgeChild, mask, entryOf };
}

/**
 * Of the keys folding to one (`entry` and those spelled otherwise), the one `text[start, end)` spells exactly: case
 * folding must not make one term of two names that differ only by case. Spelled as none, the first added not in
 * capitals (`gan`, `Gan` are GaN's, not GAN's: an acronym in capitals is written so, as the indexer reads the reports),
 * else `entry`, the first added.
 */
function spelledAs<T>(entry: KeyEntry<T>, text: string, start: number, end: number): KeyEntry<T> {
  if (text.startsWith(entry.key, start) && entry.key.length === end - start) return entry;
  if (entry.spelledOtherwise === undefined) return entry;
  const exact = entry.spelledOtherwise.find((other) => other.key.length === end - start && text.startsWith(other.key, start));
  return exact ?? [entry, ...entry.spelledOtherwise].find((key) => !isAllCapitals(key.key.replace(/\s+/g, ''))) ?? entry;
}

/**
 * Whether an English key (three letters or more, not ending in s) is followed by the s of its plural and then the
 * word's end: `smart contracts`, `GANs` are the terms Smart Contract and GAN. The match stays the key itself.
 */
function isPlural(text: string, start: number, end: number, limit: number, table: Uint16Array): boolean {
  const S = 0x73;
  if (end - start < 3 || table[text.charCodeAt(end)] !== S || table[text.charCodeAt(end - 1)] === S) return false;
  return end + 1 >= limit || !isWordCode(table[text.charCodeAt(end + 1)]);
}

/**
 * The plural in -ies of an English key ending in a consonant and y (`Smart City` → `Smart Cities`), which the matcher's
 * own plural (an `s` after the key) cannot read: the word's end changes. Undefined for any other key.
 */
export function pluralInIes(key: string): string | undefined {
  return /^[\x20-\x7e]*[A-Za-z]{2}[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]y$/.test(key.trim()) ? `${key.trim().slice(0, -1)}ies` : undefined;
}

export class TermMatcher<T> {
  /** Every key added, folded, in order: what the flat trie is built from. */
  private readonly keys: { folded: string; entry: KeyEntry<T> }[] = [];
  /** 1 where a code unit (after folding) starts some key: the fast path of every scan. */
  private readonly starts = new Uint8Array(0x10000);
  /**
   * 1 where a hash of a key's first two code units falls (a Bloom filter of one hash):
   * 数, 智, 云 start many keys yet are mostly followed by a character that continues
   * none, and this rejects those positions without walking the trie.
   */
  private readonly pairs = new Uint8Array(0x10000);
  /** 1 where a one-character key starts, which the pair filter cannot see. */
  private readonly singles = new Uint8Array(0x10000);
  /** Length of the longest key, which bounds the look-behind at a position. */
  private longest = 0;
  /** The trie as matching reads it, rebuilt after keys are added. */
  private flat?: FlatTrie<T>;

  constructor(readonly folding: FoldTable) {}

  /**
   * Adds a key; an existing identical key keeps its first value (callers add
   * canonical terms before aliases, so a term wins over another term's alias).
   */
  add(key: string, value: T): void {
    const folded = this.folding.fold(key.trim());
    if (folded.length === 0) return;
    this.flat = undefined;
    this.starts[folded.charCodeAt(0)] = 1;
    if (folded.length === 1) this.singles[folded.charCodeAt(0)] = 1;
    else this.pairs[pairHash(folded.charCodeAt(0), folded.charCodeAt(1))] = 1;
    this.keys.push({ folded, entry: { value, key, wordStart: isWordCode(folded.charCodeAt(0)), wordEnd: isWordCode(folded.charCodeAt(folded.length - 1)) } });
    this.longest = Math.max(this.longest, folded.length);
  }

  get maxKeyLength(): number {
    return this.longest;
  }

  /**
   * The longest key starting at `start` in `text`, read through the folding
   * table (no folded copy of the text is made), honouring word boundaries for
   * English keys; the characters before `lower` and from `limit` on are not read.
   */
  private longestAt(text: string, start: number, lower: number, limit: number): Match<T> | undefined {
    const table = this.folding.codes;
    const first = table[text.charCodeAt(start)];
    if (this.starts[first] === 0) return undefined;
    if (this.singles[first] === 0 && (start + 1 >= limit || this.pairs[pairHash(first, table[text.charCodeAt(start + 1)])] === 0)) return undefined;
    const { rootOf, edgeNode, edgeCode, edgeChild, mask, entryOf } = (this.flat ??= flatten(this.keys));
    let node = rootOf[first];
    let best: KeyEntry<T> | undefined;
    let bestEnd = 0;
    let i = start + 1;
    while (node !== 0) {
      const entry = entryOf[node];
      if (entry && this.boundaryOk(text, start, i, entry.wordStart, entry.wordEnd, lower, limit)) {
        best = entry;
        bestEnd = i;
      }
      if (i >= limit) break;
      const code = table[text.charCodeAt(i)];
      let slot = edgeSlot(node, code, mask);
      while (edgeNode[slot] !== 0 && (edgeNode[slot] !== node || edgeCode[slot] !== code)) slot = (slot + 1) & mask;
      // An empty slot's child is 0: no key continues with this code.
      node = edgeChild[slot];
      i++;
    }
    if (best?.spelledOtherwise) best = spelledAs(best, text, start, bestEnd);
    return best && { start, end: bestEnd, value: best.value, key: best.key };
  }

  private boundaryOk(text: string, start: number, end: number, wordStart: boolean, wordEnd: boolean, lower: number, limit: number): boolean {
    const table = this.folding.codes;
    if (wordStart && start > lower && isWordCode(table[text.charCodeAt(start - 1)])) return false;
    if (wordEnd && end < limit && isWordCode(table[text.charCodeAt(end)])) return isPlural(text, start, end, limit, table);
    return true;
  }

  /**
   * The longest match covering `offset` (the character under the pointer), or
   * undefined. Reads at most `maxKeyLength` characters either side, so the cost
   * does not grow with the line's length.
   */
  matchAt(text: string, offset: number): Match<T> | undefined {
    if (offset < 0 || offset >= text.length || this.longest === 0) return undefined;
    // One extra character each side, so word boundaries can be checked.
    const from = Math.max(0, offset - this.longest - 1);
    const to = Math.min(text.length, offset + this.longest + 1);
    let best: Match<T> | undefined;
    for (let start = Math.max(0, offset - this.longest); start <= offset; start++) {
      const match = this.longestAt(text, start, from, to);
      if (!match || match.end <= offset) continue;
      if (!best || match.end - start > best.end - best.start) best = match;
    }
    return best;
  }

  /**
   * Every non-overlapping match in `text[from, to)`, leftmost-longest, calling
   * `onMatch` for each; `onMatch` may return false to stop early. The text is
   * read in place through the folding table: no copy, whatever its length.
   */
  scan(text: string, onMatch: (match: Match<T>) => boolean | void, from = 0, to = text.length): void {
    const { starts, singles, pairs } = this;
    const table = this.folding.codes;
    let i = from;
    while (i < to) {
      // The two filters of `longestAt`, inline: most positions fail one, and a call per position cost a third of the scan.
      const first = table[text.charCodeAt(i)];
      if (starts[first] === 0 || (singles[first] === 0 && (i + 1 >= to || pairs[pairHash(first, table[text.charCodeAt(i + 1)])] === 0))) {
        i++;
        continue;
      }
      const match = this.longestAt(text, i, from, to);
      if (!match) {
        i++;
        continue;
      }
      i = match.end;
      if (onMatch(match) === false) return;
    }
  }
}
