/**
 * Item references (`{kind, id}`) as commands, tree items and hovers pass them,
 * resolved against the library into what a command needs: the quote, its
 * location and what to cite.
 */
import type { Caption, Figure, Location, Term } from '../core/model';
import type { CitationSource } from '../core/citation';
import { figureLabel, type ItemRef } from '../core/hoverContent';
import type { Library } from '../core/snapshot';

export interface ResolvedItem {
  ref: ItemRef;
  label: string;
  /** The verbatim text a quote inserts (a definition, a figure's sentence, a caption title). */
  quote: string;
  location: Location;
  source: CitationSource;
  term?: Term;
  figure?: Figure;
  caption?: Caption;
  /** Offset of the quote in the cleaned report and the passage around it (absent for captions). */
  context?: { offset: number; before: string; after: string };
}

/** Accepts only well-formed references: command arguments can come from anywhere. */
export function isItemRef(value: unknown): value is ItemRef {
  if (typeof value !== 'object' || value === null) return false;
  const ref = value as Record<string, unknown>;
  return ['term', 'figure', 'caption'].includes(ref.kind as string) && typeof ref.id === 'string' && (ref.definition === undefined || Number.isInteger(ref.definition));
}

export function resolveItem(library: Library, ref: ItemRef): ResolvedItem | undefined {
  if (ref.kind === 'term') {
    const term = library.term(ref.id);
    const definition = term?.definitions[ref.definition ?? 0];
    if (!term || !definition) return undefined;
    const source = library.sourceOf(definition);
    if (!source) return undefined;
    return { ref, label: term.term, quote: definition.quote, location: definition, source, term, context: definition };
  }
  if (ref.kind === 'figure') {
    const figure = library.figure(ref.id);
    const source = figure && library.sourceOf(figure);
    if (!figure || !source) return undefined;
    return { ref, label: figureLabel(figure), quote: figure.quote, location: figure, source, figure, context: figure };
  }
  const caption = library.caption(ref.id);
  const source = caption && library.sourceOf(caption);
  if (!caption || !source) return undefined;
  return { ref, label: `${caption.label} ${caption.title}`, quote: caption.title, location: caption, source, caption };
}
