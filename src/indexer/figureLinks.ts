/**
 * Links equal statistics across and within reports: same value, bound, unit
 * and level, and subjects (or sentences) that share enough of their wording —
 * `35.8万亿元` of 数字经济规模 in 002 and of 数字经济增加值 in 001, but not
 * 2000亿元 of Alibaba's investment and of Hunan's display industry.
 *
 * Linear in the number of figures: each figure is compared with at most
 * `WINDOW` earlier figures of the same value (every earlier one while a value
 * occurs fewer times than that, as in real reports), with word sets computed
 * once. Bounded output: a statistic stated more than `MAX_LINKED` + 1 times
 * alike (one line repeating a number) is repetition, not a source to compare,
 * and is not linked — so one statistic never lists thousands of others.
 * Links are symmetric and transitive: every member of a linked group lists all the others.
 */
import type { Figure } from '../core/model';

/** How many earlier figures of the same value a figure is compared with. */
const WINDOW = 32;
/** The most other occurrences one figure may list. */
export const MAX_LINKED = 16;

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

/** Shared bigrams over the smaller set; two empty texts are alike only when equal. */
function similarity(left: Set<string>, right: Set<string>, a: string, b: string): number {
  if (left.size === 0 || right.size === 0) return a === b ? 1 : 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared / small.size;
}

export function linkSameFigures(figures: Figure[]): void {
  const groups = new Map<string, number[]>();
  figures.forEach((figure, index) => {
    const key = `${figure.value}|${figure.valueMax ?? ''}|${figure.unit}|${figure.level ? 'level' : ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(index);
  });
  const subjects = new Map<number, Set<string>>();
  const quotes = new Map<number, Set<string>>();
  const words = (cache: Map<number, Set<string>>, index: number, text: string): Set<string> => {
    let set = cache.get(index);
    if (!set) cache.set(index, (set = bigrams(text)));
    return set;
  };
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Union-find over the pairs that look alike.
    const parent = group.map((_, position) => position);
    const root = (position: number): number => {
      while (parent[position] !== position) position = parent[position] = parent[parent[position]];
      return position;
    };
    for (let j = 1; j < group.length; j++) {
      const b = figures[group[j]];
      for (let i = Math.max(0, j - WINDOW); i < j; i++) {
        if (root(i) === root(j)) continue;
        const a = figures[group[i]];
        const alike =
          similarity(words(subjects, group[i], a.subject), words(subjects, group[j], b.subject), a.subject, b.subject) >= 0.4 ||
          similarity(words(quotes, group[i], a.quote), words(quotes, group[j], b.quote), a.quote, b.quote) >= 0.5;
        if (alike) parent[root(j)] = root(i);
      }
    }
    const members = new Map<number, number[]>();
    group.forEach((_, position) => {
      const top = root(position);
      let list = members.get(top);
      if (!list) members.set(top, (list = []));
      list.push(group[position]);
    });
    for (const linked of members.values()) {
      if (linked.length < 2 || linked.length > MAX_LINKED + 1) continue;
      for (const index of linked) figures[index].sameAs = linked.filter((other) => other !== index).map((other) => figures[other].id);
    }
  }
}
