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
      const inSubject = keys.some((key) => subjects[index].includes(key));
      if (!inSubject && !keys.some((key) => clauses[index].includes(key))) return;
      related.push({ figure, index, rank: (inSubject ? 0 : 2) + (definitionQuotes.has(figure.quote) ? 0 : 1) });
    });
    related.sort((a, b) => a.rank - b.rank || a.index - b.index);
    term.figureIds = related.slice(0, MAX_RELATED).map(({ figure }) => figure.id);
  }
}
