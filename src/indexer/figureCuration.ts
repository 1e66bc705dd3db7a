/**
 * The curation's corrections of figures (`figures.correct`, `figures.drop` in data/curation.yaml): what a reader of
 * every figure found the rules of figures.ts get wrong and no rule of their shape could tell apart. Applied after the
 * rules and before figures are linked to each other and to terms, so links and hovers see the corrected figures.
 */
import type { Figure } from '../core/model';
import type { Curation, FigureChoice } from './curation';
import { InputError } from './yamlFile';

/**
 * The one figure `choice` names (the `nth` of those its sentence holds, when it holds several). A choice that names none
 * (the report's text or the rules changed), several, or asks for the nth of fewer fails the build with the entry's line:
 * a correction silently applied to no figure, or to the wrong one, is worse than none.
 */
export function chosenFigure(figures: readonly Figure[], choice: FigureChoice): number {
  const matching: number[] = [];
  figures.forEach((figure, index) => {
    if (figure.reportId === choice.report && figure.text === choice.figure && figure.quote.includes(choice.sentence)) matching.push(index);
  });
  const chosen = choice.nth === undefined ? matching : matching.slice(choice.nth - 1, choice.nth);
  if (chosen.length !== 1 || (choice.nth !== undefined && matching.length < 2)) {
    const found = matching.length === 0 ? 'no figure' : matching.length === 1 ? 'one figure' : `${matching.length} figures`;
    const asked = choice.nth === undefined ? 'the entry must name exactly one' : `the entry asks for number ${choice.nth} of several`;
    throw new InputError(choice.file, choice.line, `${found} of ${choice.report} written ${choice.figure} with "${choice.sentence}" in its sentence: ${asked}`);
  }
  return chosen[0];
}

/** The figures with the curation's subjects, units and years written in and its drops left out, each report's ids numbered again in order. */
export function curatedFigures(figures: readonly Figure[], curation: Curation): Figure[] {
  if (curation.figureCorrections.length === 0 && curation.figureDrops.length === 0) return [...figures];
  const corrected = figures.map((figure) => ({ ...figure }));
  // A unit the rules give some figure: one the figure check and the hover know how to compare and show.
  const units = new Set(figures.map((figure) => figure.unit));
  for (const correction of curation.figureCorrections) {
    const figure = corrected[chosenFigure(figures, correction)];
    const { was } = correction;
    const changed = Object.entries(was).find(([field, value]) => (figure[field as keyof typeof was] ?? null) !== value);
    if (changed) {
      const [field, value] = changed;
      const now = figure[field as keyof typeof was];
      throw new InputError(correction.file, correction.line, `the rules now give ${field} ${JSON.stringify(now ?? null)}, not ${JSON.stringify(value)} as when the entry was written: check whether the correction is still needed, then update "was" or remove the entry`);
    }
    if (correction.subject !== undefined) figure.subject = correction.subject;
    if (correction.unit !== undefined) {
      if (!units.has(correction.unit)) throw new InputError(correction.file, correction.line, `unit "${correction.unit}" is none the figures' units (${[...units].sort().join(', ')})`);
      figure.unit = correction.unit;
    }
    if (correction.year === null) delete figure.year;
    else if (correction.year !== undefined) figure.year = correction.year;
  }
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
