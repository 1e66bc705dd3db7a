/**
 * Property tests (fast-check) on the core: any input, no exception, and the
 * invariants that make results trustworthy. 100,000 generated inputs in all;
 * the seed is printed so a failure can be replayed with REPORT_LENS_SEED=….
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planCitation, CITATION_FORMATS } from '../../src/core/citeEdits';
import { authorDateMarker, CITATION_STYLES, referenceEntry, type CitationSource } from '../../src/core/citation';
import { findFigures } from '../../src/core/numbers';
import { FoldTable } from '../../src/core/normalize';
import { Library } from '../../src/core/snapshot';
import type { Report, ReportType } from '../../src/core/model';
import { committedSnapshot } from './helpers';

const seed = Number(process.env.REPORT_LENS_SEED ?? Date.now() % 2 ** 31);
console.log(`      property tests: seed ${seed} (replay with REPORT_LENS_SEED=${seed})`);
const params = (numRuns: number) => ({ seed, numRuns });

const library = new Library(committedSnapshot());
const keys = library.snapshot.terms.flatMap((term) => [term.term, ...term.aliases]);

/** Text a writer (or a hostile file) might contain: report words, CJK, emoji, combining marks, zero-width, RTL, CRLF. */
const piece = fc.oneof(
  fc.constantFrom(...keys),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constantFrom('\u200b', '\u200d', '\u0301', '\u202e', '\r\n', '\ud83d\ude00', '\ud800', '人工智慧', '物聯網', 'ＩｏＴ', '⼼', '35.8万亿元', '60%~70%', '三十分之一', '1/3'),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('property tests', () => {
  it('the term matcher never throws and only reports ranges that hold a term or alias (30,000 inputs)', () => {
    const folded = new Set(keys.map((key) => library.folding.fold(key)));
    fc.assert(
      fc.property(text, fc.nat(), (input, rawOffset) => {
        const offset = input.length === 0 ? 0 : rawOffset % input.length;
        const match = library.matcher.matchAt(input, offset);
        if (match) {
          assert.ok(match.start >= 0 && match.end <= input.length && match.start <= offset && offset < match.end);
          assert.ok(folded.has(library.folding.fold(input.slice(match.start, match.end))));
        }
        let previousEnd = 0;
        library.matcher.scan(input, (found) => {
          assert.ok(found.start >= previousEnd && found.end <= input.length);
          assert.ok(folded.has(library.folding.fold(input.slice(found.start, found.end))));
          previousEnd = found.end;
        });
      }),
      params(30_000),
    );
  });

  it('the number parser never throws and returns spans of the text with finite values (30,000 inputs)', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const figure of findFigures(input)) {
          assert.equal(input.slice(figure.start, figure.end), figure.text);
          assert.ok(Number.isFinite(figure.value) && figure.unit.length > 0);
        }
      }),
      params(30_000),
    );
  });

  it('folding is length-preserving and idempotent (20,000 inputs)', () => {
    const table = new FoldTable(library.snapshot.fold.t2s);
    fc.assert(
      fc.property(text, (input) => {
        const once = table.fold(input);
        assert.equal(once.length, input.length);
        assert.equal(table.fold(once), once);
      }),
      params(20_000),
    );
  });

  it('citations of any catalogue entry, in any style and format, never throw or invent (20,000 inputs)', () => {
    const optional = fc.option(fc.string({ maxLength: 30 }), { nil: undefined });
    const report = fc.record({
      // Catalogue ids, and what a hostile user snapshot could hold: line breaks, BibTeX and Markdown syntax, any code unit.
      id: fc.oneof(
        fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
        fc.constantFrom('ok,\ntouch pwned\n', 'a}{b', 'x)y]', '$(alert)', '@{a', '\\cite{x}', 'a b', '\r', '^[x]', '%0A'),
      ),
      file: fc.constant('x.txt'),
      title: fc.string({ minLength: 1, maxLength: 40 }),
      subtitle: optional,
      shortTitle: fc.string({ minLength: 1, maxLength: 20 }),
      publisher: optional,
      date: fc.option(fc.constantFrom('2019', '2021-01', '2019-03-12'), { nil: undefined }),
      type: fc.constantFrom<ReportType>('report', 'white-paper', 'compilation', 'news-article', 'web-page'),
      language: fc.constantFrom('zh-Hans', 'zh-Hant', 'en'),
    });
    fc.assert(
      fc.property(report, text, fc.nat(), fc.constantFrom(...CITATION_STYLES), fc.constantFrom(...CITATION_FORMATS), (raw, document, rawCursor, style, format) => {
        const source: CitationSource = { report: Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)) as unknown as Report };
        const entry = referenceEntry(source, style);
        assert.ok(!/\bundefined\b|\bnull\b|\[出版地不详\]/.test(entry.replace(raw.title, '').replace(raw.subtitle ?? '', '').replace(raw.publisher ?? '', '')), entry);
        const cursor = document.length === 0 ? 0 : rawCursor % (document.length + 1);
        const plan = planCitation(document, cursor, format, source, style, authorDateMarker(source, style));
        assert.ok(plan.marker.length > 0);
        const edits = [...plan.edits].sort((a, b) => a.start - b.start);
        edits.forEach((edit, i) => {
          assert.ok(edit.start <= edit.end && edit.end <= document.length);
          if (i > 0) assert.ok(edits[i - 1].end <= edit.start, 'edits do not overlap');
        });
      }),
      params(20_000),
    );
  });
});
