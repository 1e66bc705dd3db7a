import assert from 'node:assert/strict';
import { searchFullText } from '../../src/core/fullText';
import { SearchIndex } from '../../src/core/search';
import { Library } from '../../src/core/snapshot';
import { committedSnapshot } from './helpers';

describe('full-text search of the reports\' quotes (picker fallback)', () => {
  const library = new Library(committedSnapshot());

  it('finds words that only the passage around a quote holds, where the name search finds nothing', () => {
    // 移动出行服务 became a term of its own (a gloss of Mobility as a service); 清洁能源汽车 is named by no item.
    assert.deepEqual(new SearchIndex(library).search('清洁能源汽车', 10), []);
    const hits = searchFullText(library, '清洁能源汽车', 10);
    const figure = hits.find((hit) => hit.item.kind === 'figure' && hit.item.figure.text === '6560亿美金');
    assert.ok(figure, hits.map((hit) => hit.label).join(' | '));
    assert.ok(figure.item.kind === 'figure' && `${figure.item.figure.before}${figure.item.figure.quote}${figure.item.figure.after}`.includes('清洁能源汽车'));
  });

  it('searches every definition of a term, folding traditional characters, and names the one that matched', () => {
    let checked = 0;
    for (const term of library.snapshot.terms.filter((candidate) => candidate.definitions.length > 1)) {
      const last = term.definitions.length - 1;
      const words = term.definitions[last].quote.slice(2, 14);
      if (term.definitions.slice(0, last).some((definition) => (definition.before + definition.quote + definition.after).includes(words))) continue;
      const hit = searchFullText(library, words, 1000).find((candidate) => candidate.item.kind === 'term' && candidate.item.term === term);
      assert.equal(hit?.definition, last, `${term.term}: ${words}`);
      assert.equal(hit?.quote, term.definitions[last].quote);
      checked++;
    }
    assert.ok(checked >= 3, `only ${checked} terms with a later definition to find`);
    assert.ok(searchFullText(library, '數字經濟', 5).length > 0, 'traditional characters are folded');
  });

  it('says nothing for a query no quote contains', () => {
    assert.deepEqual(searchFullText(library, 'qwertyzz', 10), []);
    assert.deepEqual(searchFullText(library, '  ', 10), []);
  });
});
