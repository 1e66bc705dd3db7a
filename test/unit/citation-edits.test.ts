/**
 * The reproductions of issue #9 ("never lose a word"), each on the citation
 * planner with real catalogue entries: the writer's text survives every
 * citation, in place and in order.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorDateMarker, bibTeXEntry, cslItem, referenceEntry, reportTextIn, type CitationSource, type CitationStyle } from '../../src/core/citation';
import { appendBibTeX, appendCslJson, citedKeys, frontMatterBibliography, holdsNumericMarker, latexBibliography, missingLatexBibliography, planCitation, updateBibliography, updateCitations, type CitationFormat, type PlanOptions } from '../../src/core/citeEdits';
import { applyEdits, applyPlan } from './citation-helpers';
import type { Report } from '../../src/core/model';
import { Library } from '../../src/core/snapshot';
import { committedSnapshot, ROOT } from './helpers';

const report = (id: string): Report => committedSnapshot().reports.find((candidate) => candidate.id === id)!;
const ali: CitationSource = { report: report('aliresearch-2019-intelligence-plus') };
const jd: CitationSource = { report: report('jd-2021-future-tech-trends') };
const ALI = referenceEntry(ali, 'gbt7714-2025');
const JD = referenceEntry(jd, 'gbt7714-2025');

function cite(document: string, cursor: number, format: CitationFormat, source = ali, style: CitationStyle = 'gbt7714-2025', options: PlanOptions = {}): string {
  return applyPlan(document, cursor, planCitation(document, cursor, format, source, style, authorDateMarker(source, style), options));
}

describe('citations never lose a word (issue #9 reproductions)', () => {
  it('plain numeric: an appendix after the list stays, and its markers keep their source', () => {
    const document = `甲[1]。乙。\n\n参考文献\n\n[1] ${ALI}\n\n附录A\n\n这是附录正文[1]。\n`;
    assert.equal(cite(document, document.indexOf('乙') + 1, 'plain-numeric', jd), `甲[1]。乙[2]。\n\n参考文献\n\n[1] ${ALI}\n[2] ${JD}\n\n附录A\n\n这是附录正文[1]。\n`);
    assert.equal(cite(document, 0, 'plain-numeric', jd), `[1]甲[2]。乙。\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n\n附录A\n\n这是附录正文[2]。\n`);
  });

  it('plain numeric: a marker inside the list (同[1], or a paragraph right under it) keeps its source when the labels move', () => {
    const ibid = `甲[1]。乙[2]。\n\n参考文献\n\n[1] ${ALI}\n[2] 同[1]，第45页.\n`;
    assert.equal(cite(ibid, 0, 'plain-numeric', jd), `[1]甲[2]。乙[3]。\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n[3] 同[2]，第45页.\n`);
    const unspaced = `甲[1]。乙。\n\n参考文献\n\n[1] ${ALI}\n附录A 正文[1]。\n`;
    assert.equal(cite(unspaced, 0, 'plain-numeric', jd), `[1]甲[2]。乙。\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n附录A 正文[2]。\n`);
  });

  it('reStructuredText: a quote\'s own [1] (a user\'s report citing its sources) is written so no renumbering reads it', () => {
    const quote = reportTextIn('restructuredtext', '据测算[1]，规模达38.5万亿元。');
    // What Insert quote asks before writing a quote into a numbered plain-text draft, which has no escape.
    assert.deepEqual([holdsNumericMarker('据测算[1]，规模达38.5万亿元。'), holdsNumericMarker(quote), holdsNumericMarker('国发[2017]35号')], [true, false, true]);
    const document = `甲：「${quote}」[1]。乙。\n\n参考文献\n\n[1] ${ALI}\n`;
    const cited = cite(document, 0, 'plain-numeric', jd, 'gbt7714-2025', { language: 'restructuredtext' });
    assert.equal(cited, `[1]甲：「据测算\\[1\\]，规模达38.5万亿元。」[2]。乙。\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n`);
  });

  it('plain numeric: a policy\'s number in brackets (国发[2017]35号) is no citation to renumber, nor a reason to number past it', () => {
    // A report's sentence, and the State Council's plan by its number, as plain text types its 〔〕.
    const policy = '国务院《新一代人工智能发展规划》（国发[2017]35号）提出，到2030年人工智能理论、技术与应用总体达到世界领先水平。';
    const sentence = '2019年，中国数字经济规模达35.8万亿元，占GDP的比重达到36.2%[1]。';
    const listed = `${policy}\n${sentence}\n\n参考文献\n\n[1] ${ALI}\n`;
    // The new source is cited first, so [1] becomes [2] — and the plan's number stayed 2017 (it became 2018).
    assert.equal(cite(listed, listed.indexOf('提出'), 'plain-numeric', jd), `${policy.replace('）提出', '）[1]提出')}\n${sentence.replace('[1]', '[2]')}\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n`);
    // The first citation of a draft is [1] (it was [2018], one past every bracketed number).
    const first = `${policy}\n`;
    assert.equal(cite(first, first.indexOf('提出'), 'plain-numeric', jd), `${policy.replace('）提出', '）[1]提出')}\n\n参考文献\n\n[1] ${JD}\n`);
    // A marker one past the list names no entry yet: it still moves up, or it would come to name the last one.
    const dangling = `甲[1]。乙[2]。\n\n参考文献\n\n[1] ${ALI}\n`;
    assert.equal(cite(dangling, 0, 'plain-numeric', jd), `[1]甲[2]。乙[3]。\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n`);
  });

  it('Markdown: a code fence or an HTML comment holding a list, footnotes or markers is the writer\'s text, untouched', () => {
    const fence = '```text\n参考文献\n\n[1] 示例条目.\n```\n';
    const numeric = `甲[1]。\n\n${fence}\n乙。\n\n参考文献\n\n[1] ${ALI}\n`;
    const markdown = { language: 'markdown' };
    // The `[1]` in the fence is not renumbered, and its list is none.
    assert.equal(cite(numeric, 0, 'plain-numeric', jd, 'gbt7714-2025', markdown), `[1]甲[2]。\n\n${fence}\n乙。\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n`);
    // A cursor inside the fence (or on its closing line) puts the marker after the prose before it.
    assert.equal(cite(numeric, numeric.indexOf('示例'), 'plain-numeric', jd, 'gbt7714-2025', markdown), `甲[1]。[2]\n\n${fence}\n乙。\n\n参考文献\n\n[1] ${ALI}\n[2] ${JD}\n`);
    assert.equal(cite(numeric, numeric.indexOf('```\n\n乙') + 3, 'pandoc', jd), numeric.replace('甲[1]。', '甲[1]。[@jd-2021-future-tech-trends]'));
    // The only list is commented out: a new one at the end, the comment as it was.
    const commented = `正文。\n\n<!--\n参考文献\n\n[1] ${ALI}\n-->\n`;
    assert.equal(cite(commented, 3, 'plain-numeric', jd, 'gbt7714-2025', markdown), `正文。[1]\n\n<!--\n参考文献\n\n[1] ${ALI}\n-->\n\n参考文献\n\n[1] ${JD}\n`);
    // Footnote definitions in a fence (~~~, any length) are no definitions: the new one is not added inside.
    const notes = '正文。\n\n~~~~ markdown\n[^x]: 示例。\n~~~~\n';
    assert.equal(cite(notes, 3, 'markdown-footnote'), `正文。[^aliresearch-2019-intelligence-plus]\n\n~~~~ markdown\n[^x]: 示例。\n~~~~\n\n[^aliresearch-2019-intelligence-plus]: ${ALI}\n`);
    // A document ending in a fence left open: closed before the list, so the list is not code.
    assert.equal(cite('正文。\n\n```\n代码 [1]', 3, 'plain-numeric', jd, 'gbt7714-2025', markdown), `正文。[1]\n\n\`\`\`\n代码 [1]\n\`\`\`\n\n参考文献\n\n[1] ${JD}\n`);
    // Plain text is not Markdown unless the caller says so: there a ``` line is text.
    assert.match(cite('正文。\n```\n[1]\n```\n', 0, 'plain-numeric', jd), /^\[2\]正文/, 'the [1] counts as a marker: a new number');
    assert.match(cite('正文。\n```\n[1]\n```\n', 0, 'plain-numeric', jd, 'gbt7714-2025', markdown), /^\[1\]正文/);
  });

  it('Markdown: a code span is code — no marker goes into one, no `[n]` in one is renumbered, and `<!--` shown in one opens no comment', () => {
    const markdown = { language: 'markdown' };
    const key = '[^aliresearch-2019-intelligence-plus]';
    // A cursor inside a code span puts the marker after it, as after a word.
    const command = '运行 `npm install` 即可。\n';
    assert.equal(cite(command, command.indexOf('install') + 2, 'markdown-footnote'), `运行 \`npm install\`${key} 即可。\n\n${key}: ${ALI}\n`);
    // `arr[1]` is the writer's code: it keeps its 1 when the list's [1] becomes [2].
    const code = `代码 \`arr[1] = 0\` 与文献[1]。\n\n参考文献\n\n[1] ${ALI}\n`;
    assert.equal(cite(code, 0, 'plain-numeric', jd, 'gbt7714-2025', markdown), `[1]代码 \`arr[1] = 0\` 与文献[2]。\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n`);
    // A report's sentence, and a note on how to hide a line: the `<!--` in the code span hid the rest of the draft as a
    // comment, so the list was not found, a second one was appended after a stray `-->`, and 甲[1] came to name the
    // wrong source; a footnote's marker went into the code span.
    const sentence = '2019年，中国数字经济规模达35.8万亿元，占GDP的比重达到36.2%。';
    const note = `${sentence}用 \`<!--\` 隐藏一行。甲[1]。\n\n参考文献\n\n[1] ${ALI}\n`;
    assert.equal(cite(note, 0, 'plain-numeric', jd, 'gbt7714-2025', markdown), `[1]${note.replace('甲[1]', '甲[2]').replace(`[1] ${ALI}`, `[1] ${JD}\n[2] ${ALI}`)}`);
    const footnotes = `${sentence}用 \`<!--\` 隐藏一行。甲[^a]。\n\n[^a]: 注。\n`;
    assert.equal(cite(footnotes, footnotes.indexOf('甲') + 1, 'markdown-footnote'), footnotes.replace('甲', `甲${key}`).replace('[^a]: 注。\n', `[^a]: 注。\n${key}: ${ALI}\n`));
    // Update citations leaves an author-date marker shown in a code span as it is.
    const apa = authorDateMarker(ali, 'apa7');
    const shown = `正文${apa}。写法示例：\`${apa}\`。\n`;
    assert.deepEqual(updateCitations(shown, 'plain-author-date', 'gbt7714-2025', [ali], 'markdown').map((edit) => edit.start), [2]);
  });

  it('Markdown: a marker for a place in a fence after a list item\'s or quote\'s marker goes after the prose before, not after the `-` or `>`', () => {
    const markdown = { language: 'markdown' };
    // `-[1] ```bash` ended the list item and `>[1] ```js` turned the fence into text, its code into prose.
    const item = '安装方法如下：\n\n- ```bash\n  pip install x[1]\n  ```\n';
    assert.equal(cite(item, item.indexOf('pip'), 'plain-numeric', jd, 'gbt7714-2025', markdown), `安装方法如下：[1]\n\n- \`\`\`bash\n  pip install x[1]\n  \`\`\`\n\n参考文献\n\n[1] ${JD}\n`);
    const quote = '> 引文如下：\n>\n> ```js\n> arr[1] = 0;\n> ```\n';
    assert.equal(cite(quote, quote.indexOf('arr'), 'markdown-footnote', jd), quote.replace('如下：', '如下：[^jd-2021-future-tech-trends]') + `\n[^jd-2021-future-tech-trends]: ${JD}\n`);
    // With no prose before, the marker opens the draft, before the item.
    const first = '- ```bash\n  x[1]\n  ```\n';
    assert.equal(cite(first, first.indexOf('x'), 'pandoc', jd), `[@jd-2021-future-tech-trends]\n\n${first}`);
  });

  it('reStructuredText: literal blocks, code directives and comments are code — nothing renumbered or updated there, no marker put inside', () => {
    const rst = { language: 'restructuredtext' };
    const literal = '安装命令如下::\n\n    pip install x[1]\n\n';
    const numeric = `甲[1]。${literal}乙。\n\n参考文献\n\n[1] ${ALI}\n`;
    // The `[1]` in the literal block keeps its number; read as plain text, it was renumbered with the list.
    assert.equal(cite(numeric, 0, 'plain-numeric', jd, 'gbt7714-2025', rst), `[1]甲[2]。${literal}乙。\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n`);
    assert.match(cite(numeric, 0, 'plain-numeric', jd), /x\[2\]/, 'plain text: the literal block\'s [1] counts as a marker');
    // A cursor in the literal block puts the marker before the `::`, where it cannot turn the block into a quotation.
    assert.equal(cite(numeric, numeric.indexOf('pip'), 'plain-numeric', jd, 'gbt7714-2025', rst), numeric.replace('如下::', '如下[2]::').replace(`[1] ${ALI}\n`, `[1] ${ALI}\n[2] ${JD}\n`));
    // A list commented out, or shown in a code directive, is none: the new list goes at the end.
    const commented = `正文。\n\n.. 参考文献\n\n   [1] ${ALI}\n\n.. code-block:: text\n\n   [1] 示例条目.\n`;
    assert.equal(cite(commented, 3, 'plain-numeric', jd, 'gbt7714-2025', rst), `正文。[1]${commented.slice(3)}\n参考文献\n\n[1] ${JD}\n`);
    // Update citations leaves a list Report Lens wrote, commented out, as it is.
    const apa = referenceEntry(ali, 'apa7');
    const old = `正文[1]。\n\n..\n   参考文献\n\n   [1] ${apa}\n\n正文。\n`;
    assert.deepEqual(updateCitations(old, 'plain-numeric', 'gbt7714-2025', [ali], 'restructuredtext'), []);
    assert.equal(updateCitations(old, 'plain-numeric', 'gbt7714-2025', [ali], 'plaintext').length, 1, 'plain text: the list is the writer\'s');
  });

  it('Markdown: indented code and <pre> blocks are code as CommonMark reads them; a list item\'s or footnote\'s indented paragraph is prose', () => {
    const markdown = { language: 'markdown' };
    const listed = `\n\n参考文献\n\n[1] ${ALI}\n`;
    // `arr[1]` in an indented code block (four spaces or a tab, after a blank line) is code: not renumbered, no marker.
    const code = `甲[1]。\n\n    arr[1] = 0;\n\tx[1]++;\n\n乙。${listed}`;
    assert.equal(cite(code, 0, 'plain-numeric', jd, 'gbt7714-2025', markdown), `[1]甲[2]。\n\n    arr[1] = 0;\n\tx[1]++;\n\n乙。\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n`);
    // A cursor in the code puts the marker after the prose before it.
    assert.equal(cite(code, code.indexOf('arr'), 'pandoc', jd), code.replace('甲[1]。', '甲[1]。[@jd-2021-future-tech-trends]'));
    // An indented line right under a paragraph continues the paragraph: its marker is a citation.
    const continued = `甲。\n    乙[1]。${listed}`;
    assert.equal(cite(continued, 0, 'plain-numeric', jd, 'gbt7714-2025', markdown), `[1]甲。\n    乙[2]。\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n`);
    // In a list item, text indented to the item's content is its paragraph (prose); four columns more is code.
    const item = `- 甲\n\n    乙[1]。\n\n1. 丙\n\n       arr[1]\n${listed}`;
    assert.equal(cite(item, 0, 'plain-numeric', jd, 'gbt7714-2025', markdown), `[1]- 甲\n\n    乙[2]。\n\n1. 丙\n\n       arr[1]\n\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n`);
    // A footnote's indented paragraph stays part of it: the new definition goes after it, not between.
    const note = '正文[^x]。\n\n[^x]: 我的脚注。\n\n    续段。\n';
    assert.equal(cite(note, 0, 'markdown-footnote'), `[^aliresearch-2019-intelligence-plus]正文[^x]。\n\n[^x]: 我的脚注。\n\n    续段。\n[^aliresearch-2019-intelligence-plus]: ${ALI}\n`);
    // A <pre> block holding a list, blank lines included, is none; one left open is closed before the new list.
    const pre = `正文。\n<pre>\n参考文献\n\n[1] ${ALI}\n</pre>\n`;
    assert.equal(cite(pre, 3, 'plain-numeric', jd, 'gbt7714-2025', markdown), `正文。[1]\n<pre>\n参考文献\n\n[1] ${ALI}\n</pre>\n\n参考文献\n\n[1] ${JD}\n`);
    assert.equal(cite('正文。\n\n<PRE>\n[1] 示例', 3, 'plain-numeric', jd, 'gbt7714-2025', markdown), `正文。[1]\n\n<PRE>\n[1] 示例\n</pre>\n\n参考文献\n\n[1] ${JD}\n`);
    // Update citations leaves an entry in indented code as it is.
    const old = referenceEntry(ali, 'apa7');
    const updated = `正文[^aliresearch-2019-intelligence-plus]。\n\n        [^aliresearch-2019-intelligence-plus]: ${old}\n\n[^aliresearch-2019-intelligence-plus]: ${old}\n`;
    assert.deepEqual(updateCitations(updated, 'markdown-footnote', 'gbt7714-2025', [ali]).map((edit) => edit.start), [updated.lastIndexOf(old)]);
  });

  it('LaTeX: a citation asked for in verbatim text goes after the prose before it; a % there is no comment', () => {
    const key = '\\cite{aliresearch-2019-intelligence-plus}';
    const environment = '正文。\n\\begin{verbatim}\narr[1] = 50%\n\\end{verbatim}\n后文。\n';
    assert.equal(cite(environment, environment.indexOf('arr'), 'latex'), environment.replace('正文。', `正文。${key}`));
    assert.equal(cite(environment, environment.indexOf('\\end'), 'latex'), environment.replace('正文。', `正文。${key}`));
    // After the environment, its `%` is no comment to step before.
    assert.equal(cite(environment, environment.indexOf('后文') + 2, 'latex'), environment.replace('后文', `后文${key}`));
    for (const name of ['lstlisting', 'minted}{python', 'Verbatim', 'comment']) {
      const other = `正文。\n\\begin{${name}}\nx\n\\end{${name.replace(/\}.*/, '')}}\n`;
      assert.equal(cite(other, other.indexOf('x\n'), 'latex'), other.replace('正文。', `正文。${key}`), name);
    }
    // Inline verbatim: `\verb|…|` with a `%` in it.
    const inline = '用 \\verb|50%| 表示。\n';
    assert.equal(cite(inline, inline.indexOf('50'), 'latex'), inline.replace('用', `用${key}`));
    assert.equal(cite(inline, inline.indexOf('表示') + 2, 'latex'), inline.replace('表示', `表示${key}`));
    // A verbatim environment opened in a comment is none; one that opens the document takes the marker before it, on its own.
    const commented = '% \\begin{verbatim}\n正文。\n';
    assert.equal(cite(commented, commented.indexOf('正文') + 3, 'latex'), commented.replace('正文。', `正文。${key}`));
    assert.equal(cite('\\begin{verbatim}\nx\n\\end{verbatim}\n', 17, 'latex'), `${key}\n\n\\begin{verbatim}\nx\n\\end{verbatim}\n`);
  });

  it('LaTeX: a citation asked for inside a % comment goes before the comment', () => {
    const document = '正文。% 备注 \\cite{x}\n50\\% 的增长\\\\% 注\n';
    assert.equal(cite(document, document.indexOf('备注'), 'latex'), '正文。\\cite{aliresearch-2019-intelligence-plus}% 备注 \\cite{x}\n50\\% 的增长\\\\% 注\n');
    assert.equal(cite(document, document.indexOf('增长') + 2, 'latex'), '正文。% 备注 \\cite{x}\n50\\% 的增长\\cite{aliresearch-2019-intelligence-plus}\\\\% 注\n');
    assert.equal(cite(document, document.indexOf('注\n'), 'latex'), '正文。% 备注 \\cite{x}\n50\\% 的增长\\\\\\cite{aliresearch-2019-intelligence-plus}% 注\n');
  });

  it('LaTeX: a % in a URL (\\url, \\href) is part of the address, no comment: a citation after it stays where it was asked for', () => {
    // A report's sentence, its source's address percent-encoded as Chinese addresses are: the % was read as a comment
    // to the line's end, and the citation asked for after 万亿元 went into the address (`q=\cite{…}%E6…`).
    const sentence = '2019年，中国数字经济规模达35.8万亿元，占GDP的比重达到36.2\\%。';
    const key = '\\cite{aliresearch-2019-intelligence-plus}';
    const url = `工信部的统计（\\url{https://www.miit.gov.cn/search?q=%E6%95%B0%E5%AD%97}）：${sentence}\n`;
    assert.equal(cite(url, url.indexOf('万亿元') + 3, 'latex'), url.replace('万亿元', `万亿元${key}`));
    const href = `\\href{https://example.com/a%20b}{报告}：${sentence} % 待核\n`;
    assert.equal(cite(href, href.indexOf('万亿元') + 3, 'latex'), href.replace('万亿元', `万亿元${key}`));
    // A cursor inside the address puts the citation after the command, as inside any command.
    assert.equal(cite(url, url.indexOf('search'), 'latex'), url.replace('}）', `}${key}）`));
  });

  it('Update citations leaves a reference in a code fence or comment as it is', () => {
    const old = referenceEntry(ali, 'apa7');
    const document = `正文[^aliresearch-2019-intelligence-plus]。\n\n\`\`\`\n[^aliresearch-2019-intelligence-plus]: ${old}\n\`\`\`\n\n[^aliresearch-2019-intelligence-plus]: ${old}\n`;
    const edits = updateCitations(document, 'markdown-footnote', 'gbt7714-2025', [ali]);
    assert.deepEqual(edits.map((edit) => edit.start), [document.lastIndexOf(old)]);
  });

  it('plain numeric: a line 参考文献 in the body swallows nothing', () => {
    const document = '引言\n参考文献\n是本文的重点。\n结论。\n';
    assert.equal(cite(document, document.indexOf('结论') + 2, 'plain-numeric'), `引言\n参考文献\n是本文的重点。\n结论[1]。\n\n参考文献\n\n[1] ${ALI}\n`);
  });

  it('plain numeric: an entry without a space after its label, and wrapped lines, are kept and keep their markers', () => {
    const unspaced = '甲[1]。乙。\n\n参考文献\n\n[1]张三. 某报告[R]. 2020.\n';
    assert.equal(cite(unspaced, unspaced.indexOf('乙') + 1, 'plain-numeric'), `甲[1]。乙[2]。\n\n参考文献\n\n[1]张三. 某报告[R]. 2020.\n[2] ${ALI}\n`);
    const wrapped = '甲[1]。\n\n参考文献\n\n[1] 张三. 一个很长的\n    报告标题[R]. 2020.\n';
    assert.equal(cite(wrapped, 4, 'plain-numeric'), `甲[1][2]。\n\n参考文献\n\n[1] 张三. 一个很长的\n    报告标题[R]. 2020.\n[2] ${ALI}\n`);
    // Cited before it, the new source comes first: the wrapped entry moves down whole.
    assert.equal(cite(wrapped, 1, 'plain-numeric'), `甲[1][2]。\n\n参考文献\n\n[1] ${ALI}\n[2] 张三. 一个很长的\n    报告标题[R]. 2020.\n`);
  });

  it('author-date: a cursor inside a citation puts the new one after it, not into it', () => {
    const aliEntry = referenceEntry(ali, 'gbt7714-2025', 'author-date');
    const jdEntry = referenceEntry(jd, 'gbt7714-2025', 'author-date');
    const document = `正文（阿里研究院，2019）。\n\n参考文献\n\n${aliEntry}\n`;
    const cited = `正文（阿里研究院，2019）（京东集团技术委员会，2021）。\n\n参考文献\n\n${aliEntry}\n${jdEntry}\n`;
    for (const inside of ['（阿里研究院，', '（阿里研究院，20']) assert.equal(cite(document, document.indexOf(inside) + inside.length, 'plain-author-date', jd), cited, inside);
    const apa = '正文(阿里研究院, 2019, p. 12)。';
    assert.equal(cite(apa, apa.indexOf(', p.'), 'plain-author-date', jd, 'apa7').split('\n')[0], `正文(阿里研究院, 2019, p. 12)${authorDateMarker(jd, 'apa7')}。`);
  });

  it('author-date: text after the list is not sorted into it', () => {
    const aliEntry = referenceEntry(ali, 'gbt7714-2025', 'author-date');
    const jdEntry = referenceEntry(jd, 'gbt7714-2025', 'author-date');
    const document = `正文（阿里研究院，2019）。\n\n参考文献\n\n${aliEntry}\n\n后记：感谢。\n`;
    assert.equal(cite(document, 2, 'plain-author-date', jd), `正文（京东集团技术委员会，2021）（阿里研究院，2019）。\n\n参考文献\n\n${aliEntry}\n${jdEntry}\n\n后记：感谢。\n`);
  });

  it('footnotes: a definition block in mid-document takes the new definition; the appendix keeps its own line', () => {
    const document = '正文[^x]。\n\n[^x]: X.\n\n附录：更多正文。\n';
    assert.equal(cite(document, 2, 'markdown-footnote'), `正文[^aliresearch-2019-intelligence-plus][^x]。\n\n[^x]: X.\n[^aliresearch-2019-intelligence-plus]: ${ALI}\n\n附录：更多正文。\n`);
  });

  it('footnotes: a cursor after the block, or at the start of a definition, puts the marker after the prose, not into a definition', () => {
    const document = '正文[^x]。\n\n[^x]: X.\n';
    const expected = `正文[^x]。[^aliresearch-2019-intelligence-plus]\n\n[^x]: X.\n[^aliresearch-2019-intelligence-plus]: ${ALI}\n`;
    assert.equal(cite(document, document.length, 'markdown-footnote'), expected);
    assert.equal(cite(document, document.indexOf('[^x]:'), 'markdown-footnote'), expected);
  });

  it('a source cited again after switching the style is not listed twice', () => {
    const numeric = cite('甲。乙。', 1, 'plain-numeric', ali, 'apa7');
    const again = cite(numeric, numeric.indexOf('乙') + 1, 'plain-numeric', ali, 'gbt7714-2025');
    assert.equal(again, `甲[1]。乙[1]。\n\n参考文献\n\n[1] ${referenceEntry(ali, 'apa7')}\n`);
    const authorDate = cite('甲。', 1, 'plain-author-date', ali, 'gbt7714-2015');
    assert.equal((cite(authorDate, 1, 'plain-author-date', ali, 'apa7').match(/从连接到赋能/g) ?? []).length, 1);
  });

  it('puts the marker after the term or word under the cursor, never inside it', () => {
    const library = new Library(committedSnapshot());
    const termAt = (document: string, offset: number) => library.matcher.matchAt(document, offset);
    assert.equal(cite('区块链很重要。', 1, 'pandoc', ali, 'gbt7714-2025', { termAt }), '区块链[@aliresearch-2019-intelligence-plus]很重要。');
    assert.equal(cite('we use blockchain now', 9, 'latex'), 'we use blockchain\\cite{aliresearch-2019-intelligence-plus} now');
    // The new source is [1], the first number past the (empty) list that no marker uses; it was [13], one past every
    // bracketed number, until a policy's number (国发[2017]35号) made a draft's first citation [2018].
    assert.equal(cite('见[12]。', 2, 'plain-numeric').startsWith('见[12][1]。'), true, 'a marker is not split either, nor does the writer\'s [12] come to name the new entry');
  });

  it('CRLF documents get CRLF', () => {
    const lone = /(?<!\r)\n/;
    const numeric = cite('甲。\r\n乙。\r\n', 5, 'plain-numeric');
    assert.equal(numeric, `甲。\r\n乙[1]。\r\n\r\n参考文献\r\n\r\n[1] ${ALI}\r\n`);
    assert.ok(!lone.test(cite(numeric, 1, 'plain-numeric', jd)));
    assert.ok(!lone.test(cite('正文。\r\n', 2, 'markdown-footnote')));
    assert.ok(!lone.test(cite('正文[^x]。\r\n\r\n[^x]: X.\r\n', 2, 'markdown-footnote')));
    assert.ok(!lone.test(cite('甲。\r\n', 1, 'plain-author-date')));
  });

  it('a draft opening with a rule (`---` and a blank line) has no front matter: the marker stays at the cursor, and the markers above it keep their source', () => {
    // Pandoc's rule: the opening `---` of a metadata block is never followed by a blank line.
    const document = `---\n\n正文一[1]。\n\n---\n\n正文二。\n\n参考文献\n\n[1] ${ALI}\n`;
    assert.equal(cite(document, document.indexOf('正文一') + 3, 'plain-numeric', jd), `---\n\n正文一[1][2]。\n\n---\n\n正文二。\n\n参考文献\n\n[1] ${JD}\n[2] ${ALI}\n`);
    assert.equal(frontMatterBibliography('---\n\nbibliography: refs.bib\n---\n'), undefined);
  });

  it('plain text has no front matter: a block between `---` lines is the writer\'s prose, its markers renumbered with the list', () => {
    // Notes opening with a header between rules, its abstract citing a report: the block was read as YAML front
    // matter, so its [1] kept its number when the list's [1] became [2], and came to name the other source.
    const notes = `---\n摘要：2019年，中国数字经济规模达35.8万亿元[1]。\n---\n正文。\n\n参考文献\n\n[1] ${ALI}\n`;
    assert.equal(cite(notes, 0, 'plain-numeric', jd), `[1]${notes.replace('万亿元[1]', '万亿元[2]').replace(`[1] ${ALI}`, `[1] ${JD}\n[2] ${ALI}`)}`);
    // In Markdown it is front matter, as Pandoc reads it: no marker goes there, and none there is renumbered.
    assert.equal(cite(notes, 0, 'plain-numeric', jd, 'gbt7714-2025', { language: 'markdown' }), notes.replace('---\n正文', '---\n[1]正文').replace(`[1] ${ALI}`, `[1] ${JD}\n[2] ${ALI}`));
  });

  it('reads front matter as YAML: a list, a comment, an empty value', () => {
    assert.equal(frontMatterBibliography('---\ntitle: x\nbibliography: refs.bib\n---\n正文'), 'refs.bib');
    assert.equal(frontMatterBibliography('---\nbibliography:\n  - a.bib\n  - b.bib\n---\n'), 'a.bib');
    assert.equal(frontMatterBibliography('---\nbibliography: refs.bib # the lab file\n---\n'), 'refs.bib');
    assert.equal(frontMatterBibliography('---\nbibliography:\ntitle: 题目\n---\n'), undefined);
    assert.equal(frontMatterBibliography('---\nbibliography: ["a.json", "b.bib"]\n---\n'), 'a.json');
    assert.equal(frontMatterBibliography('正文'), undefined);
  });

  it('says what a LaTeX draft naming no bibliography file lacks for its citations to print (they printed [?], unsaid)', () => {
    const bare = '\\documentclass{article}\n\\begin{document}\n区块链\\cite{k}很重要。\n\\end{document}\n';
    assert.deepEqual(missingLatexBibliography(bare, 'references.bib'), ['\\usepackage{biblatex}', '\\addbibresource{references.bib}', '\\printbibliography']);
    // Only what is missing: the package loaded (with options), the list printed; a commented-out package is not loaded.
    assert.deepEqual(missingLatexBibliography('\\usepackage[style=gb7714-2015]{biblatex}\n\\printbibliography\n', 'refs.bib'), ['\\addbibresource{refs.bib}']);
    assert.deepEqual(missingLatexBibliography('% \\usepackage{biblatex}\n', 'refs.bib'), ['\\usepackage{biblatex}', '\\addbibresource{refs.bib}', '\\printbibliography']);
    // A draft that names its file (BibTeX or biblatex) lacks nothing.
    assert.equal(missingLatexBibliography(readFileSync(join(ROOT, 'samples', 'paper.tex'), 'utf8'), 'refs.bib'), undefined);
    assert.equal(missingLatexBibliography('\\addbibresource{refs.bib}\n', 'refs.bib'), undefined);
  });

  it('reads a LaTeX draft\'s bibliography and a draft\'s citations in linear time, a 10 MB line of commands never closed too', () => {
    const paper = readFileSync(join(ROOT, 'samples', 'paper.tex'), 'utf8');
    assert.deepEqual(latexBibliography(paper), { name: 'refs.bib', dialect: 'bibtex' });
    assert.deepEqual(latexBibliography('% \\bibliography{old}\n\\addbibresource[label=x]{refs.bib}\n'), { name: 'refs.bib', dialect: 'biblatex' });
    // A path with backslashes is named, to be refused by the workspace check, not passed over for another file.
    assert.deepEqual(latexBibliography('\\bibliography{..\\..\\x}\n'), { name: '..\\..\\x.bib', dialect: 'bibtex' });
    assert.deepEqual(citedKeys('[^a-p12] [^a]: 注 [@b, p. 3] \\citep[\\S~12]{c, d}\n\\cite{e,\nf} [^a]'), ['a-p12', 'b', 'c', 'd', 'e', 'f', 'a']);
    // Each open `[` or `{` was read to the line's end: 560 KB took 17 s, so 10 MB held the extension host for hours
    // when a citation was inserted; 100,000 distinct keys took 41 s to export.
    const started = performance.now();
    assert.equal(latexBibliography(`${'\\bibliography['.repeat(360_000)}${'\\bibliography{'.repeat(360_000)}`), undefined);
    assert.deepEqual(citedKeys(`${'\\cite['.repeat(850_000)}${'\\cite{'.repeat(850_000)}`), []);
    assert.equal(citedKeys(Array.from({ length: 100_000 }, (_, i) => `[@k${i}]`).join(' ')).length, 100_000);
    assert.ok(performance.now() - started < 5_000, `${Math.round(performance.now() - started)} ms`);
  });

  it('bibliography writes insert at the end: two writes from the same read keep both entries', () => {
    const existing = '@book{old,\n  title = {Old},\n}\n';
    const first = appendBibTeX(existing, 'aliresearch-2019-intelligence-plus', bibTeXEntry(ali))!;
    const second = appendBibTeX(existing, 'jd-2021-future-tech-trends', bibTeXEntry(jd))!;
    assert.deepEqual([first.start, first.end, second.start, second.end], [existing.length, existing.length, existing.length, existing.length]);
    const both = existing + first.text;
    const merged = both.slice(0, second.start) + second.text + both.slice(second.end);
    assert.ok(merged.startsWith(existing) && merged.includes('@report{aliresearch-2019-intelligence-plus,') && merged.includes('@report{jd-2021-future-tech-trends,'), merged);
    assert.equal(appendBibTeX(both, 'aliresearch-2019-intelligence-plus', bibTeXEntry(ali)), undefined, 'a key already there is not added again');
    for (const typed of ['@report(aliresearch-2019-intelligence-plus,\n  title = {x})', '@report{\n  aliresearch-2019-intelligence-plus,\n}', '@Report { aliresearch-2019-intelligence-plus , title = {x}}', '@misc{AliResearch-2019-Intelligence-Plus,}', '@misc{aliresearch-2019-intelligence-plus}']) {
      assert.equal(appendBibTeX(`${existing}${typed}\n`, 'aliresearch-2019-intelligence-plus', bibTeXEntry(ali)), undefined, `already there as ${typed}`);
    }
    assert.ok(appendBibTeX(`${existing}@misc{aliresearch-2019-intelligence-plus-a1,}\n`, 'aliresearch-2019-intelligence-plus', bibTeXEntry(ali)), 'a longer key is another key');
    const json = '[\n  {"id": "old", "type": "book"}\n]\n';
    const item = appendCslJson(json, { id: 'new', type: 'report' })!;
    assert.equal(item.start, item.end);
    assert.deepEqual(JSON.parse(json.slice(0, item.start) + item.text + json.slice(item.end)).map((entry: { id: string }) => entry.id), ['old', 'new']);
    // A data file named as the bibliography by mistake is no bibliography: refused, not appended to.
    // A database's export has ids too: its records are no CSL items without the `type` CSL-JSON requires.
    for (const data of ['[{"year": 2020, "value": 35.8}]\n', '[1, 2, 3]', '[{"id": "a", "type": "book"}, "b"]', '[{"id": 1, "city": "北京", "value": 35.8}]\n']) {
      assert.throws(() => appendCslJson(data, { id: 'new', type: 'report' }), /each with an "id"/, data);
    }
  });

  it('a corrected catalogue: the records written from the old version are rewritten, CRLF kept; the writer’s records stay', () => {
    const old: CitationSource = { report: { ...ali.report, publisher: '阿里研究中心' } };
    const former = [{ was: old, now: ali }];
    for (const eol of ['\n', '\r\n']) {
      const mine = `@book{old,${eol}  title = {Old},${eol}}${eol}`;
      const append = (text: string, source: CitationSource) => applyEdits(text, [appendBibTeX(text, 'aliresearch-2019-intelligence-plus', bibTeXEntry(source, 'bibtex'))!]);
      const written = append(mine, old);
      assert.ok(written.includes('阿里研究中心'));
      assert.equal(applyEdits(written, updateBibliography(written, 'bibtex', former)), append(mine, ali), JSON.stringify(eol));
      assert.deepEqual(updateBibliography(written, 'biblatex', former), [], 'a record of the other dialect is not what was written');
      assert.deepEqual(updateBibliography(written.replace('阿里研究中心', '阿里研究中心 '), 'bibtex', former), [], 'an edited record is the writer’s');
      const json = `[${eol}  {"id": "old", "type": "book"}${eol}]${eol}`;
      const item = (text: string, source: CitationSource) => applyEdits(text, [appendCslJson(text, cslItem(source))!]);
      const cited = item(json, old);
      assert.equal(applyEdits(cited, updateBibliography(cited, 'csl', former)), item(json, ali));
      assert.deepEqual(JSON.parse(applyEdits(cited, updateBibliography(cited, 'csl', former)))[1], cslItem(ali));
    }
    assert.deepEqual(updateBibliography(bibTeXEntry(ali), 'biblatex', [{ was: ali, now: ali }]), [], 'nothing to do for a source that did not change');
  });

  it('refuses a report id that is not a citation key, and keeps every field on one line', () => {
    const hostile: CitationSource = { report: { ...ali.report, id: 'ok,\ntouch pwned\n', title: '标题\n@misc{x,\n' } };
    assert.throws(() => planCitation('正文。', 0, 'latex', hostile, 'gbt7714-2025', ''), /not a valid citation key/);
    assert.throws(() => planCitation('正文。', 0, 'markdown-footnote', hostile, 'gbt7714-2025', ''), /not a valid citation key/);
    assert.throws(() => bibTeXEntry(hostile), /not a valid citation key/);
    const numbered = cite('正文。', 1, 'plain-numeric', hostile);
    assert.ok(!numbered.includes('\n@misc'), numbered);
    const safe: CitationSource = { report: { ...hostile.report, id: 'ok' } };
    for (const dialect of ['bibtex', 'biblatex'] as const) {
      const record = bibTeXEntry(safe, dialect);
      assert.equal(record.split('\n').filter((line) => line.startsWith('@')).length, 1, record);
      assert.ok(record.includes('title = {标题 @misc\\{x, },'), record);
    }
  });
});

describe('updating the citations of a document to the current style (issue #14)', () => {
  const sources = [ali, jd];
  /** 甲。乙。 with ali cited after 甲 and jd after 乙, each in its own style. */
  const twoCitations = (format: CitationFormat, aliStyle: CitationStyle, jdStyle: CitationStyle) => {
    const first = cite('甲。乙。', 1, format, ali, aliStyle);
    return cite(first, first.indexOf('乙') + 1, format, jd, jdStyle);
  };

  it('re-renders footnote definitions and list entries Report Lens wrote, and nothing else', () => {
    const footnotes = twoCitations('markdown-footnote', 'apa7', 'gbt7714-2015');
    const mine = '\n[^own]: 我自己写的脚注。\n';
    const updated = applyEdits(footnotes + mine, updateCitations(footnotes + mine, 'markdown-footnote', 'gbt7714-2025', sources));
    assert.equal(updated, `甲[^aliresearch-2019-intelligence-plus]。乙[^jd-2021-future-tech-trends]。\n\n[^aliresearch-2019-intelligence-plus]: ${ALI}\n[^jd-2021-future-tech-trends]: ${JD}\n${mine}`);
    const numbered = twoCitations('plain-numeric', 'apa7', 'gbt7714-2015') + '\n附录：[1] 见上。\n';
    assert.equal(applyEdits(numbered, updateCitations(numbered, 'plain-numeric', 'gbt7714-2025', sources)), `甲[1]。乙[2]。\n\n参考文献\n\n[1] ${ALI}\n[2] ${JD}\n\n附录：[1] 见上。\n`);
  });

  it('author-date: entries and markers follow the style; a writer-edited entry stays', () => {
    const document = twoCitations('plain-author-date', 'apa7', 'apa7');
    const updated = applyEdits(document, updateCitations(document, 'plain-author-date', 'gbt7714-2025', sources));
    assert.equal(updated, `甲（阿里研究院，2019）。乙（京东集团技术委员会，2021）。\n\n参考文献\n\n${referenceEntry(ali, 'gbt7714-2025', 'author-date')}\n${referenceEntry(jd, 'gbt7714-2025', 'author-date')}\n`);
    const edited = document.replace('[Report]', '[报告，作者修改]');
    assert.ok(applyEdits(edited, updateCitations(edited, 'plain-author-date', 'gbt7714-2025', sources)).includes('[报告，作者修改]'));
  });
});
