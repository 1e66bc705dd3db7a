/**
 * The curation's corrections of figures (`figures.subjects`, `figures.drop` in data/curation.yaml): what a reader of
 * every figure found the rules of figures.ts get wrong and no rule of their shape could tell apart. Applied after the
 * rules and before figures are linked to each other and to terms, so links and hovers see the corrected figures.
 */
import type { Figure } from '../core/model';
import type { Curation, FigureChoice } from './curation';
import { InputError } from './yamlFile';

/**
 * The one figure `choice` names. A choice that names none (the report's text or the rules changed) or several fails
 * the build with the entry's line: a correction silently applied to no figure, or to the wrong one, is worse than none.
 */
function chosenFigure(figures: readonly Figure[], choice: FigureChoice): number {
  const matching: number[] = [];
  figures.forEach((figure, index) => {
    if (figure.reportId === choice.report && figure.text === choice.figure && figure.quote.includes(choice.sentence)) matching.push(index);
  });
  if (matching.length !== 1) {
    const found = matching.length === 0 ? 'no figure' : `${matching.length} figures`;
    throw new InputError(choice.file, choice.line, `${found} of ${choice.report} written ${choice.figure} with "${choice.sentence}" in its sentence: the entry must name exactly one`);
  }
  return matching[0];
}

/** The figures with the curation's subjects written in and its drops left out, each report's ids numbered again in order. */
export function curatedFigures(figures: readonly Figure[], curation: Curation): Figure[] {
  if (curation.figureSubjects.length === 0 && curation.figureDrops.length === 0) return [...figures];
  const corrected = figures.map((figure) => ({ ...figure }));
  for (const choice of curation.figureSubjects) corrected[chosenFigure(figures, choice)].subject = choice.subject;
  const dropped = new Set(curation.figureDrops.map((choice) => chosenFigure(figures, choice)));
  const kept = corrected.filter((_, index) => !dropped.has(index));
  const numbered = new Map<string, number>();
  for (const figure of kept) {
    const n = (numbered.get(figure.reportId) ?? 0) + 1;
    numbered.set(figure.reportId, n);
    figure.id = `${figure.reportId}:f${n}`;
  }
  return kept;
}
