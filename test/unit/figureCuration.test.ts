/**
 * The curation's corrections of figures (`figures.correct`, `figures.drop`): each entry names exactly one figure of
 * the real snapshot or the build fails with the entry's line, and the shipped snapshot carries every correction.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from '../../src/core/model';
import { readCuration } from '../../src/indexer/curation';
import { chosenFigure, curatedFigures } from '../../src/indexer/figureCuration';
import { committedSnapshot, CURATION } from './helpers';

/** A curation file of `yaml` in a fresh directory, read. */
function curationOf(yaml: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'report-lens-curation-')), 'curation.yaml');
  writeFileSync(path, yaml);
  return readCuration(path);
}

const REPORT = 'info-industry-monitor-2020';
// Two figures of the report written 70%: the share of 哈、大、齐 in the province's industry, and a growth rate.
const SHARE = { figure: '70%', sentence: '规模占比超过70%的哈、大、齐三市' };

describe('figure curation', () => {
  const figures: readonly Figure[] = committedSnapshot().figures;

  /** The subject the (committed) figures give the share: what the rules gave, for the entries' `was`. */
  const shareSubject = () => figures.find((figure) => figure.reportId === REPORT && figure.text === SHARE.figure && figure.quote.includes(SHARE.sentence))!.subject;

  it('writes a subject into the one figure an entry names, and changes nothing else', () => {
    const subject = '哈、大、齐三市占黑龙江全省规上工业规模比重';
    const curated = curatedFigures(figures, curationOf(`figures:\n  correct:\n    - report: ${REPORT}\n      figure: '${SHARE.figure}'\n      sentence: ${SHARE.sentence}\n      subject: ${subject}\n      was: {subject: '${shareSubject()}'}\n`));
    const changed = curated.filter((figure, index) => JSON.stringify(figure) !== JSON.stringify(figures[index]));
    assert.deepEqual(changed.map((figure) => [figure.reportId, figure.text, figure.subject]), [[REPORT, '70%', subject]]);
  });

  it('drops a figure and numbers its report’s figures again, the other reports’ unchanged', () => {
    const curated = curatedFigures(figures, curationOf(`figures:\n  drop:\n    - report: ${REPORT}\n      figure: '${SHARE.figure}'\n      sentence: ${SHARE.sentence}\n      why: a test\n`));
    assert.equal(curated.length, figures.length - 1);
    assert.ok(!curated.some((figure) => figure.quote.includes(SHARE.sentence) && figure.text === '70%'));
    const ofReport = curated.filter((figure) => figure.reportId === REPORT);
    assert.deepEqual(ofReport.map((figure) => figure.id), ofReport.map((_, i) => `${REPORT}:f${i + 1}`));
    const others = (list: readonly Figure[]) => list.filter((figure) => figure.reportId !== REPORT).map((figure) => figure.id);
    assert.deepEqual(others(curated), others(figures));
  });

  it('fails with the entry’s line when it names no figure (the text or the rules changed) or several', () => {
    const stale = curationOf(`figures:\n  correct:\n    - report: ${REPORT}\n      figure: '70%'\n      sentence: 这句话不在报告里\n      subject: x\n      was: {subject: y}\n`);
    assert.throws(() => curatedFigures(figures, stale), /curation\.yaml:3: no figure of info-industry-monitor-2020 written 70% with "这句话不在报告里"/);
    const loose = curationOf(`figures:\n  drop:\n    - report: ${REPORT}\n      figure: '70%'\n      sentence: 占比\n      why: x\n`);
    assert.throws(() => curatedFigures(figures, loose), /curation\.yaml:3: 2 figures of info-industry-monitor-2020 written 70%/);
  });

  it('tells apart two figures written the same in one sentence by nth, and writes a year or none and a known unit', () => {
    // `遴选…10家以上制造业隐形冠军企业，向国家推荐10家“小巨人”企业`: the second 10家 is the 小巨人.
    const tens = figures.filter((figure) => figure.reportId === REPORT && figure.text === '10家' && figure.quote.includes('10家以上制造业隐形冠军企业'));
    assert.equal(tens.length, 2);
    const entry = (nth: number, year: string) => `figures:\n  correct:\n    - report: ${REPORT}\n      figure: 10家\n      sentence: 10家以上制造业隐形冠军企业\n      nth: ${nth}\n      year: ${year}\n      was: {year: ${tens[nth - 1]?.year ?? null}}\n`;
    const second = curatedFigures(figures, curationOf(entry(2, 'null'))).find((figure, index) => figure.year !== figures[index].year);
    assert.match(second?.quote ?? '', /向国家推荐10家“小巨人”企业/);
    assert.ok(second && second.year === undefined && second.subject.includes('小巨人'));
    const first = curatedFigures(figures, curationOf(entry(1, '2019'))).find((figure, index) => figure.year !== figures[index].year);
    assert.equal(first?.year, 2019);
    assert.match(first?.subject ?? '', /隐形冠军/);
    assert.throws(() => curatedFigures(figures, curationOf(entry(3, '2019'))), /2 figures .* asks for number 3 of several/);
    assert.throws(() => curationOf(entry(1, '"二〇二一"')), /"year" must be a calendar year, or null for none/);
    const unit = (name: string) => `figures:\n  correct:\n    - report: ${REPORT}\n      figure: 10家\n      sentence: 10家以上制造业隐形冠军企业\n      nth: 1\n      unit: ${name}\n      was: {unit: ${tens[0].unit}}\n`;
    assert.equal(curatedFigures(figures, curationOf(unit('person'))).find((figure, index) => figure.unit !== figures[index].unit)?.unit, 'person');
    assert.throws(() => curatedFigures(figures, curationOf(unit('人'))), /unit "人" is none the figures' units \(.*person.*\)/);
  });

  it('refuses an entry missing a field, naming it', () => {
    assert.throws(() => curationOf(`figures:\n  correct:\n    - report: ${REPORT}\n      figure: '70%'\n      subject: x\n      was: {subject: y}\n`), /curation\.yaml:3: missing "sentence"/);
  });

  it('stops at an entry whose rules now give something else than its "was", or whose "was" does not match what it corrects', () => {
    const correction = (was: string) => `figures:\n  correct:\n    - report: ${REPORT}\n      figure: '${SHARE.figure}'\n      sentence: ${SHARE.sentence}\n      subject: 三市比重\n${was}`;
    // A rule that changed the subject since the entry was written: the correction may no longer be needed.
    assert.throws(
      () => curatedFigures(figures, curationOf(correction("      was: {subject: '规模占比'}\n"))),
      new RegExp(`curation\\.yaml:3: the rules now give subject "${shareSubject()}", not "规模占比" as when the entry was written`),
    );
    assert.throws(() => curationOf(correction('')), /curation\.yaml:3: must say in "was" what the rules gave for subject/);
    assert.throws(() => curationOf(correction('      was: {year: 2020}\n')), /"was" must give exactly the fields the entry corrects \(subject\), not year/);
    assert.throws(() => curationOf(correction('      was: {subject: [a]}\n')), /"was": missing "subject"/);
  });

  it('ships every correction of data/curation.yaml in the committed snapshot', () => {
    const curation = readCuration(CURATION);
    for (const correction of curation.figureCorrections) {
      const figure = figures[chosenFigure(figures, correction)];
      const where = `${correction.report} ${correction.figure} ${correction.sentence}`;
      if (correction.subject !== undefined) assert.equal(figure.subject, correction.subject, where);
      if (correction.unit !== undefined) assert.equal(figure.unit, correction.unit, where);
      if (correction.year !== undefined) assert.equal(figure.year, correction.year ?? undefined, where);
    }
    for (const choice of curation.figureDrops) {
      assert.ok(!figures.some((candidate) => candidate.reportId === choice.report && candidate.text === choice.figure && candidate.quote.includes(choice.sentence)), `${choice.report} ${choice.figure} ${choice.sentence}`);
    }
  });
});
