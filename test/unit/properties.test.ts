/**
 * Property tests (fast-check) on the core: any input, no exception, and the
 * invariants that make results trustworthy. 100,000 generated inputs in all;
 * the seed is printed so a failure can be replayed with REPORT_LENS_SEED=….
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { numberedList, occurrencesOf, planCitation, CITATION_FORMATS, type CitationPlan } from '../../src/core/citeEdits';
import { authorDateMarker, citationKey, citationKeyProblem, CITATION_STYLES, referenceEntry, type CitationSource } from '../../src/core/citation';
import { applyPlan } from './citation-helpers';
import { findFigures } from '../../src/core/numbers';
import { FoldTable } from '../../src/core/normalize';
import { Library } from '../../src/core/snapshot';
import type { Report, ReportType } from '../../src/core/model';
import { committedSnapshot, propertySeed } from './helpers';

const seed = propertySeed();
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

  it('the markers Update citations looks for are found where an indexOf loop per marker finds them (20,000 inputs)', () => {
    // Markers sharing openings, one inside another, repeated and overlapping themselves: the one pass over a 10 MB
    // draft must find what reading it once per marker found, or an update would rewrite other text.
    const piece = fc.constantFrom('(', '（', '甲', '乙', ', ', '，', '2019', ')', '）', 'p. ', '¹²', 'a', 'aa', '\uD840\uDC00');
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.uniqueArray(text.filter((needle) => needle.length > 0), { maxLength: 8 }), (document, needles) => {
        const found = occurrencesOf(document, needles);
        for (const needle of needles) {
          const expected: number[] = [];
          for (let at = document.indexOf(needle); at >= 0; at = document.indexOf(needle, at + needle.length)) expected.push(at);
          assert.deepEqual(found.get(needle) ?? [], expected, `${JSON.stringify(needle)} in ${JSON.stringify(document)}`);
        }
      }),
      { numRuns: 20_000, seed: propertySeed() },
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
        const plan = () => planCitation(document, cursor, format, source, style, authorDateMarker(source, style));
        // A key that BibTeX or Pandoc could not read (validation refuses such report ids when a snapshot loads)
        // is refused again here, before it could reach a marker or a .bib file.
        if (format !== 'plain-numeric' && format !== 'plain-author-date' && citationKeyProblem(source)) {
          assert.throws(plan, /not a valid citation key/);
          return;
        }
        const { marker, edits: planned } = plan();
        assert.ok(marker.length > 0);
        const edits = [...planned].sort((a, b) => a.start - b.start);
        edits.forEach((edit, i) => {
          assert.ok(edit.start <= edit.end && edit.end <= document.length);
          if (i > 0) assert.ok(edits[i - 1].end <= edit.start, 'edits do not overlap');
        });
      }),
      params(20_000),
    );
  });

  describe('the citation planner never costs the writer a character (10,000 generated documents per format)', () => {
    const catalogue: CitationSource[] = library.snapshot.reports.flatMap((report) => [{ report }, ...(report.articles ?? []).slice(0, 4).map((article, articleIndex) => ({ report, article, articleIndex }))]);
    const entries = catalogue.flatMap((source) => CITATION_STYLES.flatMap((style) => [referenceEntry(source, style), referenceEntry(source, style, 'author-date')]));
    // No fence, comment or HTML syntax in generated text: those come only as the blocks below, whose place the oracle
    // knows. Nor the indentation of an indented code block or a list item's marker at a line's start: indented code
    // comes only as a block below too, and list items (containers that make indented text prose) are tested on their own.
    const unindented = (text: string) => text.replace(/^[ \t]+/gm, '').replace(/^([-+*]|\d+[.)])/gm, 'x$1');
    const line = (maxLength: number) => fc.string({ maxLength }).map((value) => unindented(value.replace(/[\r\n`~<]/g, ' ')));
    const prose = fc
      .array(
        fc.oneof(
          fc.constantFrom('甲', '乙。', '区块链', '数字经济', ' ', '，', 'word', '[1]', '[2]', '[3]', '[9]', '[0]', '[^x]', '[^y]', `[^${citationKey(catalogue[0])}]`, `[^${citationKey(catalogue[0])}-p3]`, '\\cite{k}', '[@k]', '[1]¹²', '[2]³', '（阿里研究院，2019）¹²', '(阿里研究院, 2019, p. 12)', '[@k, p. 3]', '\\cite[3]{k}', '\n', '\n\n', '\n参考文献\n', '\nReferences\n', '\n[^x]: 正文里的定义。\n', '\t'),
          line(4),
        ),
        { maxLength: 12 },
      )
      .map((parts) => unindented(parts.join('')));
    const entry = fc.record({ text: fc.oneof(fc.constantFrom(...entries), line(16)), wrapped: fc.option(fc.oneof(line(10), fc.constant('    续行.')), { nil: undefined }), spaced: fc.boolean(), label: fc.option(fc.nat(12), { nil: undefined }) });
    /** A reference list: numbered 1…n (or with gaps, repeats, missing spaces), or author-date lines; wrapped entries; blank lines between. */
    const list = fc.record({ heading: fc.constantFrom('参考文献', 'References', '参考文献：', ' 参考文献 '), numbered: fc.boolean(), loose: fc.boolean(), entries: fc.array(entry, { maxLength: 5 }) }).map(({ heading, numbered, loose, entries: items }) =>
      [
        heading,
        '',
        ...items.map((item, index) => `${numbered ? `[${item.label ?? index + 1}]${item.spaced ? ' ' : ''}` : ''}${item.text}${item.wrapped === undefined ? '' : `\n${item.wrapped}`}${loose ? '\n' : ''}`),
      ].join('\n'),
    );
    const footnotes = fc
      .array(fc.record({ key: fc.constantFrom('x', 'y', 'z1', citationKey(catalogue[0])), text: line(12), more: fc.option(fc.oneof(line(8), fc.constant('\n    缩进的续段。')), { nil: undefined }) }), { minLength: 1, maxLength: 3 })
      .map((items) => items.map((item) => `[^${item.key}]: ${item.text}${item.more === undefined ? '' : `\n${item.more}`}`).join('\n'));
    /** Look-alikes of everything the planner reads, for code fences and comments to hold. */
    const lookalikes = fc.array(fc.constantFrom('参考文献', 'References', '', '[1] 示例条目.', '[2] 另一条.', '[^x]: 示例。', `[^${citationKey(catalogue[0])}]: ${entries[0]}`, '甲[1]乙[3]', '[2]³', '（阿里研究院，2019）', '    缩进'), { maxLength: 5 });
    /**
     * A code fence (``` or ~~~, any length, an info string or none), an HTML comment, a `<pre>` block, or an indented
     * code block after a blank line (which the oracle does not count as hidden), indented eight columns: code even in a
     * footnote definition, where four would be the definition's own paragraph.
     */
    const hidden = fc.oneof(
      fc.record({ fence: fc.constantFrom('```', '````', '~~~', '~~~~~'), info: fc.constantFrom('', 'text', ' markdown', 'js {.x}'), body: lookalikes }).map(({ fence, info, body }) => ({ text: [`${fence}${info}`, ...body, fence].join('\n') })),
      fc.record({ body: lookalikes, inline: fc.boolean() }).map(({ body, inline }) => ({ text: inline ? `<!-- ${body.join(' ')} -->` : ['<!--', ...body, '-->'].join('\n') })),
      fc.record({ tag: fc.constantFrom('pre', 'PRE', 'script', 'style', 'textarea'), body: lookalikes }).map(({ tag, body }) => ({ text: [`<${tag}>`, ...body, `</${tag}>`].join('\n') })),
      fc.record({ indent: fc.constantFrom('        ', '\t\t', '    \t'), body: lookalikes }).map(({ indent, body }) => ({ text: ['x', ...body.filter((text) => text.length > 0)].map((text) => `${indent}${text}`).join('\n'), blankBefore: true })),
    );
    /** What may end a document: nothing, or a fence, comment or `<pre>` block left open (it runs to the end). */
    const open = fc.option(fc.tuple(fc.constantFrom('```', '~~~~', '<!--', '<pre>'), lookalikes).map(([opening, body]) => [opening, ...body].join('\n')), { nil: undefined });
    const frontMatter = fc.constantFrom('', '---\ntitle: 题目\nbibliography: refs.bib\ntags: [1, 2]\n---\n', '---\nbibliography:\n  - a.json\n---\n', '---\nnot closed\n');
    /**
     * Prose, then a list, footnotes, code fences, comments and an appendix in any order, each maybe absent, maybe a
     * fence or comment left open at the end; LF or CRLF. With where the fences and comments are.
     */
    const documents = fc
      .record({
        front: frontMatter,
        blocks: fc.array(fc.oneof(prose, list, footnotes, hidden.map((text) => ({ hidden: text }))), { minLength: 1, maxLength: 5 }),
        separator: fc.constantFrom('\n', '\n\n', '\n\n\n'),
        ending: fc.constantFrom('', '\n', '\n\n', ' \n'),
        open,
        crlf: fc.boolean(),
      })
      .map(({ front, blocks, separator, ending, open: unclosed, crlf }) => {
        const eol = (text: string) => (crlf ? text.replace(/\n/g, '\r\n') : text);
        let text = eol(front);
        const hiddenRanges: { start: number; end: number }[] = [];
        blocks.forEach((block, index) => {
          if (index > 0) text += eol(separator);
          if (typeof block !== 'string' && 'blankBefore' in block.hidden) text += eol('\n\n');
          const content = eol(typeof block === 'string' ? block : block.hidden.text);
          if (typeof block !== 'string') hiddenRanges.push({ start: text.length, end: text.length + content.length });
          text += content;
        });
        if (unclosed === undefined) text += eol(ending);
        else {
          text += eol('\n');
          hiddenRanges.push({ start: text.length, end: text.length + eol(unclosed).length });
          text += eol(unclosed);
        }
        return { document: text, hiddenRanges };
      });

    /**
     * `[n]` markers after the front matter, all but the numbered list's labels (a marker in an entry, `同[1]`, names
     * a source too), with the entry each names: its text, where the markers it holds may be renumbered.
     */
    const markerTargets = (document: string, bodyStart: number, hiddenRanges: { start: number; end: number }[]): { at: number; target: string | undefined }[] => {
      // The list the planner reads, passing over the fences and comments the generator put in (not the planner's reading of them).
      const found = numberedList(document, undefined, { ranges: hiddenRanges });
      const labels = new Set(found?.entries.map((listed) => listed.labelStart - 1));
      return [...document.matchAll(/\[(\d{1,9})\]/g)]
        .filter((match) => match.index >= bodyStart && !labels.has(match.index) && !hiddenRanges.some((range) => range.start <= match.index && match.index < range.end))
        .map((match) => ({ at: match.index, target: found?.entries.find((listed) => listed.label === Number(match[1]))?.text.replace(/\[\d{1,9}\]/g, '[n]') }));
    };
    const isSubsequence = (short: string, long: string): boolean => {
      let i = 0;
      for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
      return i === short.length;
    };

    for (const format of CITATION_FORMATS) {
      it(`${format}: the original is a subsequence of the result, only named numbers change, markers keep their sources, CRLF stays CRLF`, function () {
        this.timeout(120_000);
        fc.assert(
          fc.property(documents, fc.nat(), fc.constantFrom(...catalogue), fc.constantFrom(...CITATION_STYLES), fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }), fc.constantFrom('markdown', 'plaintext', 'restructuredtext'), ({ document, hiddenRanges }, rawCursor, source, style, page, plainLanguage) => {
            const cursor = rawCursor % (document.length + 1);
            // The plain formats serve Markdown and reStructuredText too (the caller says the language); the others are Markdown or LaTeX.
            const language = format === 'markdown-footnote' || format === 'pandoc' ? 'markdown' : format.startsWith('plain-') ? plainLanguage : 'plaintext';
            const markdown = language === 'markdown';
            const plan: CitationPlan = planCitation(document, cursor, format, source, style, authorDateMarker(source, style, page), { termAt: (text, offset) => library.matcher.matchAt(text, offset), page, language });
            const edits = [...plan.edits].sort((a, b) => a.start - b.start || a.end - b.end);
            let renumbered = '';
            let copied = 0;
            edits.forEach((edit, i) => {
              assert.ok(edit.start <= edit.end && edit.end <= document.length, 'edits lie inside the document');
              if (i > 0) assert.ok(edits[i - 1].end <= edit.start, 'edits do not overlap');
              if (edit.start === edit.end) return;
              // A replacement is a label or marker number inside brackets, changed as the renumbering says.
              const old = document.slice(edit.start, edit.end);
              assert.match(old, /^\d+$/);
              assert.equal(document[edit.start - 1], '[');
              assert.equal(document[edit.end], ']');
              assert.equal(edit.text, String(plan.renumbering.get(Number(old))), `number ${old} changed as the renumbering names`);
              renumbered += document.slice(copied, edit.start) + edit.text;
              copied = edit.end;
            });
            renumbered += document.slice(copied);
            const result = applyPlan(document, cursor, plan);
            /** Where text at `offset` of the document is in the result: after every edit before it, and an insertion at it. */
            const moved = (offset: number) => [...edits, { start: plan.at, end: plan.at, text: plan.marker }].filter((edit) => edit.start < offset || (edit.start === offset && edit.end === offset)).reduce((at, edit) => at + edit.text.length - (edit.end - edit.start), offset);
            const hiddenInResult = markdown ? hiddenRanges.map((range) => ({ start: moved(range.start), end: moved(range.start) + range.end - range.start })) : [];
            hiddenInResult.forEach((range, i) => {
              const original = document.slice(hiddenRanges[i].start, hiddenRanges[i].end);
              // Byte-identical, and still whole lines: nothing was put inside, nor on its first or last line.
              assert.equal(result.slice(range.start, range.end), original, 'a code fence or comment stays as it was');
              assert.ok(range.start === 0 || result[range.start - 1] === '\n', 'a code fence or comment still starts its line');
              const next = result[range.end];
              assert.ok(next === document[hiddenRanges[i].end] || /[\r\n]/.test(next) || result[range.end - 1] === '\n', 'nothing is put on a code fence\'s or comment\'s last line');
            });
            assert.ok(isSubsequence(renumbered, result), 'the original (renumbered) is a subsequence of the result');
            assert.ok(plan.at >= 0 && plan.at <= document.length);
            if (/\r\n/.test(document) && !/(?<!\r)\n/.test(document)) assert.ok(!/(?<!\r)\n/.test(result), 'a CRLF document gets CRLF');
            if (format === 'plain-numeric' && numberedList(document)) {
              const closing = /\n(?:---|\.\.\.)\r?\n/.exec(document);
              // Front matter is Markdown's: in plain text the lines between `---` are prose, their markers counted.
              const bodyStart = markdown && document.startsWith('---') && closing ? closing.index + closing[0].length : 0;
              const before = markerTargets(document, bodyStart, markdown ? hiddenRanges : []);
              const after = markerTargets(result, bodyStart, hiddenInResult);
              // The new marker is the one more in the result; every other marker names the entry it named.
              assert.equal(after.length, before.length + 1);
              const shift = edits.filter((edit) => edit.end <= plan.at && edit.start < plan.at).reduce((sum, edit) => sum + edit.text.length - (edit.end - edit.start), 0);
              const others = after.filter((marker) => marker.at !== plan.at + shift);
              assert.equal(others.length, before.length, 'the new marker is where the plan put it');
              assert.deepEqual(others.map((marker) => marker.target), before.map((marker) => marker.target));
            }
            // A superscript page stays with its citation: the new marker never lands between them (its own page would merge with theirs).
            const pages = (text: string) => (text.match(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu) ?? []).length;
            const superscripted = page !== undefined && (format === 'plain-numeric' || (format === 'plain-author-date' && style !== 'apa7'));
            assert.equal(pages(result), pages(document) + (superscripted ? 1 : 0), 'every superscript page stays apart');
            if (format === 'markdown-footnote') {
              const definitions = (text: string) => (text.match(/^ {0,3}\[\^[^\]\s]+\]:/gm) ?? []).length;
              assert.ok(definitions(result) >= definitions(document), 'no footnote definition is broken');
            }
          }),
          params(10_000),
        );
      });
    }
  });
});

