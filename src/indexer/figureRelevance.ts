/**
 * Which figures a term's hover shows: only those really about the term. A
 * sentence that names 产业互联网 in its first clause and counts 物联网模组
 * in its last is not a figure about 产业互联网. A figure is about a term when
 * its subject names the term, or when the term is written in the figure's
 * own clause; subject matches rank first, then definition sentences, then text order.
 */
import type { Figure, Term } from '../core/model';
import { FoldTable } from '../core/normalize';

/** How many related figures a term keeps (the hover shows fewer, by setting). */
const MAX_RELATED = 8;
const CLAUSE_BREAK = /[，。；！？,;!?]/u;

/** The clause of the figure's quote that holds the figure (the first occurrence of its text). */
function figureClause(figure: Figure): string {
  const at = figure.quote.indexOf(figure.text);
  if (at < 0) return figure.quote;
  let from = at;
  while (from > 0 && !CLAUSE_BREAK.test(figure.quote[from - 1])) from--;
  let to = at + figure.text.length;
  while (to < figure.quote.length && !CLAUSE_BREAK.test(figure.quote[to])) to++;
  return figure.quote.slice(from, to);
}

const LIST_SEPARATOR = /[、和与及與]/u;
/** An item of a list is at most this long: longer runs between separators are prose, not items. */
const MAX_ITEM = 12;
/** An item stops at 的 (`排名在四位的微软云` → 微软云), at 等 closing the list, at the figure's own place and at a space. */
const ITEM_STOP = /[的等\u0000\s，,]/u;

/**
 * Whether `subject` names another item of the list that holds `key` in `clause`:
 * `微软云、谷歌云、阿里云…分别为19%、7%和6%` — 19 % is 微软云's share, not 阿里云's,
 * though the three share a clause. An item is named when the subject holds a tail of
 * it (three characters or more) that the key does not (`微软云`; 云 or 设备 alone is shared by kinds).
 * Linear in the clause: only the items next to the key, joined by list separators, are read.
 */
export function namesAnotherItem(clause: string, key: string, subject: string): boolean {
  const at = clause.indexOf(key);
  if (at < 0) return false;
  const items: string[] = [];
  // Walk left and right of the key's item through separators.
  let from = at;
  while (from > 0 && LIST_SEPARATOR.test(clause[from - 1])) {
    let start = from - 1;
    while (start > 0 && !LIST_SEPARATOR.test(clause[start - 1]) && !ITEM_STOP.test(clause[start - 1]) && from - 1 - start < MAX_ITEM) start--;
    items.push(clause.slice(start, from - 1));
    if (start > 0 && ITEM_STOP.test(clause[start - 1])) break;
    from = start;
  }
  let to = at + key.length;
  while (to < clause.length && LIST_SEPARATOR.test(clause[to])) {
    let end = to + 1;
    while (end < clause.length && !LIST_SEPARATOR.test(clause[end]) && !ITEM_STOP.test(clause[end]) && end - to - 1 < MAX_ITEM) end++;
    items.push(clause.slice(to + 1, end));
    if (end < clause.length && ITEM_STOP.test(clause[end])) break;
    to = end;
  }
  return items.some((item) => {
    for (let length = Math.min(item.length, 6); length >= 3; length--) {
      const tail = item.slice(item.length - length);
      if (!key.includes(tail) && subject.includes(tail)) return true;
    }
    return false;
  });
}

/**
 * Whether `text` names `key`: a key that opens or closes on a Latin letter is a word of its own, not part of a longer one
 * (the term ET is not named by `OneNET物联网开放平台`).
 */
export function namesKey(text: string, key: string): boolean {
  const latinStart = /^[A-Za-z]/u.test(key);
  const latinEnd = /[A-Za-z]$/u.test(key);
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    if (latinStart && /[A-Za-z]/u.test(text[at - 1] ?? '')) continue;
    if (latinEnd && /[A-Za-z]/u.test(text[at + key.length] ?? '')) continue;
    return true;
  }
  return false;
}

/** Sets `figureIds` of every term. */
export function relateFigures(terms: Term[], figures: Figure[]): void {
  const folding = new FoldTable();
  const subjects = figures.map((figure) => folding.fold(figure.subject));
  // The figure's own text never names a term: `84.4GB` does not speak of 4G.
  const clauses = figures.map((figure) => folding.fold(figureClause(figure).replace(figure.text, '\u0000')));
  for (const term of terms) {
    const keys = [term.term, ...term.aliases].map((key) => folding.fold(key)).filter((key) => key.length > 0);
    const definitionQuotes = new Set(term.definitions.map((definition) => definition.quote));
    const related: { figure: Figure; rank: number; index: number }[] = [];
    figures.forEach((figure, index) => {
      const inSubject = keys.some((key) => namesKey(subjects[index], key));
      if (!inSubject && !keys.some((key) => namesKey(clauses[index], key) && !namesAnotherItem(clauses[index], key, subjects[index]))) return;
      related.push({ figure, index, rank: (inSubject ? 0 : 2) + (definitionQuotes.has(figure.quote) ? 0 : 1) });
    });
    related.sort((a, b) => a.rank - b.rank || a.index - b.index);
    term.figureIds = related.slice(0, MAX_RELATED).map(({ figure }) => figure.id);
  }
}
