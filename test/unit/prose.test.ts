import assert from 'node:assert/strict';
import { planCitation, type CitationFormat } from '../../src/core/citeEdits';
import { citationKeyTest, writersProse } from '../../src/core/prose';
import { Library } from '../../src/core/snapshot';
import { committedSnapshot } from './helpers';

describe('the writer\'s prose (Terms in this document)', () => {
  const library = new Library(committedSnapshot());
  const isCitationKey = citationKeyTest(library);

  /** Term counts as the view shows them: `term×n`. */
  function counts(text: string, languageId?: string): string[] {
    const found = new Map<string, number>();
    library.matcher.scan(writersProse(text, isCitationKey, languageId), (match) => {
      found.set(match.value.term, (found.get(match.value.term) ?? 0) + 1);
    });
    return [...found].map(([term, count]) => `${term}×${count}`).sort();
  }

  /** The draft after Report Lens cites the 智能+ report at the end of its first line, as the command would. */
  function cite(draft: string, format: CitationFormat): string {
    const source = library.sourceOf(library.term('term:智能+')!.definitions[0])!;
    assert.equal(source.report.id, 'aliresearch-2019-intelligence-plus', 'its title names 智能+');
    const cursor = draft.indexOf('\n');
    const plan = planCitation(draft, cursor, format, source, 'gbt7714-2025', '（阿里研究院，2019）');
    const edits = [...plan.edits, { start: cursor, end: cursor, text: plan.marker }].sort((a, b) => b.start - a.start);
    return edits.reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), draft);
  }

  it('does not count the reference entry of a Markdown footnote citation (智能+ stays ×1)', () => {
    const cited = cite('“智能+”时代，数字孪生正在改变制造业。\n', 'markdown-footnote');
    assert.match(cited, /\n\[\^aliresearch-2019-intelligence-plus\]: 阿里研究院\. 从连接到赋能：“智能\+”/);
    assert.deepEqual(counts(cited), ['数字孪生×1', '智能+×1']);
  });

  it('does not count a plain-text reference list, and keeps the writer\'s own footnotes', () => {
    const cited = cite('“智能+”时代。\n\n[^mine]: 我自己的脚注：智能+。\n', 'plain-numeric');
    assert.match(cited, /\n参考文献\n\n\[1\] 阿里研究院/);
    assert.deepEqual(counts(cited), ['智能+×2']);
  });

  it('does not count front matter, which is Markdown\'s: in plain text a block between `---` lines is prose', () => {
    const document = '---\ntitle: 智能+与区块链\nbibliography: refs.bib\n---\n\n区块链。\n';
    assert.deepEqual(counts(document, 'markdown'), ['区块链×1']);
    // Plain text, as the citation planner reads it since a notes header's `[1]` kept its number there while the list's moved.
    assert.deepEqual(counts(document), ['区块链×2', '智能+×1']);
  });

  it('counts the prose under a rule: `---` then a blank line is no front matter, for Pandoc as for the citation planner', () => {
    assert.deepEqual(counts('---\n\n智能+与区块链。\n\n---\n\n区块链。\n'), ['区块链×2', '智能+×1']);
    assert.deepEqual(counts('---\r\n\r\n智能+。\r\n...\r\n'), ['智能+×1']);
  });

  it('does not count code and comments: Markdown code blocks, <pre> and comments; LaTeX comments and verbatim', () => {
    const markdown = '区块链。\n\n```\n区块链\n```\n\n    区块链 = 1\n\n<!-- 区块链 -->\n<pre>\n区块链\n</pre>\n\n- 数字孪生\n\n  区块链。\n';
    assert.deepEqual(counts(markdown, 'markdown'), ['区块链×2', '数字孪生×1']);
    // Plain text has no code syntax: every word counts.
    assert.deepEqual(counts(markdown), ['区块链×6', '数字孪生×1']);
    const latex = '区块链。% 区块链\n\\begin{verbatim}\n区块链 50%\n\\end{verbatim}\n\\verb|区块链| 与数字孪生。\n';
    assert.deepEqual(counts(latex, 'latex'), ['区块链×1', '数字孪生×1']);
    assert.equal(writersProse(markdown, isCitationKey, 'markdown').length, markdown.length);
  });

  it('keeps offsets and lines where they were', () => {
    const draft = '---\ntitle: 智能+\n---\n“智能+”时代。[^aliresearch-2019-intelligence-plus]\n\n[^aliresearch-2019-intelligence-plus]: 阿里研究院. 从连接到赋能：“智能+”.\n';
    const prose = writersProse(draft, isCitationKey);
    assert.equal(prose.length, draft.length);
    assert.deepEqual(prose.split('\n').map((line) => line.length), draft.split('\n').map((line) => line.length));
  });
});
