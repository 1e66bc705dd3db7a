/**
 * The curation's characterisations (`terms.characterisations`): a sentence the rules take for a term's explanation that
 * only characterises it is shown as a use, the term kept; an entry naming no sentence stops the build at its line.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSnapshot } from '../../src/indexer/build';
import { readCuration } from '../../src/indexer/curation';
import { committedSnapshot, CURATION } from './helpers';

/** A folder with one small report and a curation file of `yaml`; returns the build options. */
function folderWith(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'report-lens-characterisation-'));
  writeFileSync(join(dir, 'catalog.yaml'), 'reports:\n  - id: demo\n    file: demo.md\n    title: 演示\n    type: report\n    language: zh-Hans\n');
  writeFileSync(join(dir, 'demo.md'), '一、概述\n\n区块链是一种分布式账本技术，用于在多方之间记录交易。区块链将给很多产业带来新的机会。区块链应用广泛。\n');
  writeFileSync(join(dir, 'curation.yaml'), yaml);
  return { reportsDir: dir, curationPath: join(dir, 'curation.yaml'), lexicon: [] };
}

const entry = (sentence: string) => `terms:\n  characterisations:\n    - term: 区块链\n      sentence: ${sentence}\n      why: a test\n`;

describe('characterisations in the curation', () => {
  it('shows the sentence an entry names as a use, ahead of the other uses, and keeps the term', () => {
    const plain = buildSnapshot(folderWith('terms: {}\n')).terms.find((term) => term.term === '区块链');
    assert.equal(plain?.status, 'defined');
    const curated = buildSnapshot(folderWith(entry('是一种分布式账本技术'))).terms.find((term) => term.term === '区块链');
    assert.equal(curated?.status, 'used');
    assert.match(curated?.definitions[0].quote ?? '', /^区块链是一种分布式账本技术/);
    assert.ok(curated?.definitions.every((definition) => definition.kind === 'explanatory'));
  });

  it('stops the build at the entry’s line when it names no sentence of the term', () => {
    assert.throws(() => buildSnapshot(folderWith(entry('不在报告里的话'))), /curation\.yaml:3: no sentence of the term 区块链 holds "不在报告里的话"/);
    assert.throws(() => readCuration(folderWith('terms:\n  characterisations:\n    - term: 区块链\n      why: x\n').curationPath), /curation\.yaml:3: missing "sentence"/);
  });

  it('ships each characterisation of data/curation.yaml: the term kept, that sentence a use', () => {
    const terms = new Map(committedSnapshot().terms.map((term) => [term.term, term]));
    const entries = readCuration(CURATION).characterisations;
    assert.ok(entries.length >= 8);
    for (const { term: name, sentence } of entries) {
      const term = terms.get(name);
      assert.ok(term, name);
      const named = term.definitions.filter((definition) => definition.quote.includes(sentence));
      assert.ok(named.length > 0 && named.every((definition) => definition.kind === 'explanatory'), name);
    }
  });
});
