/**
 * The picker's full-text search, offered when no name matches: every quote
 * the snapshot ships (all definitions, figure sentences, caption titles) and
 * the passage around it, by folded substring. Slower than the name search,
 * so it runs only when the writer asks for it.
 */
import type { Item, Quote } from './model';
import type { Library } from './snapshot';

export interface FullTextHit {
  item: Item;
  /** What the picker shows as the label. */
  label: string;
  /** The verbatim quote whose passage matched. */
  quote: string;
  /** For a term: which of its definitions matched. */
  definition?: number;
}

/** Items whose quote or passage contains `query`, in snapshot order, at most `limit`. */
export function searchFullText(library: Library, query: string, limit: number): FullTextHit[] {
  const wanted = library.folding.fold(query.trim());
  if (wanted.length === 0) return [];
  const contains = (text: string) => library.folding.fold(text).includes(wanted);
  const passageContains = (quote: Quote) => contains(quote.before + quote.quote + quote.after);
  const hits: FullTextHit[] = [];
  for (const term of library.snapshot.terms) {
    const definition = term.definitions.findIndex(passageContains);
    if (definition >= 0) hits.push({ item: { kind: 'term', term }, label: term.term, quote: term.definitions[definition].quote, definition });
  }
  for (const figure of library.snapshot.figures) {
    if (passageContains(figure)) hits.push({ item: { kind: 'figure', figure }, label: `${figure.text} · ${figure.subject}`, quote: figure.quote });
  }
  for (const caption of library.snapshot.captions) {
    const label = `${caption.label} ${caption.title}`;
    if (contains(label)) hits.push({ item: { kind: 'caption', caption }, label, quote: caption.title });
  }
  return hits.slice(0, limit);
}
