/**
 * What the citation planner, the figure check and "Terms in this document" read as code or comment in a
 * reStructuredText draft: literal blocks, code directives and comments, checked against what docutils makes of the
 * same text.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { codeAndComments, linesOf, restructuredTextHidden } from '../../src/core/hiddenText';
import { propertySeed } from './helpers';

const rstCode = (document: string): string[] => restructuredTextHidden(document, linesOf(document)).ranges.map((range) => document.slice(range.start, range.end));

/** docutils' reading of each document: the text of each literal block and comment, in order (none of its error messages'). */
const DOCUTILS = `
import json, sys
from docutils import nodes
from docutils.core import publish_doctree
def texts(document):
    tree = publish_doctree(document, settings_overrides={'report_level': 5, 'halt_level': 5})
    found = tree.findall(lambda node: isinstance(node, (nodes.literal_block, nodes.comment)))
    return [node.astext() for node in found if not in_message(node)]
def in_message(node):
    while node.parent is not None:
        node = node.parent
        if isinstance(node, nodes.system_message):
            return True
    return False
print(json.dumps([texts(document) for document in json.load(sys.stdin)], ensure_ascii=False))
`;

/** The literal blocks and comments docutils finds in each document, or undefined when docutils is not installed. */
function docutilsTexts(documents: string[]): string[][] | undefined {
  const result = spawnSync('python3', ['-c', DOCUTILS], { input: JSON.stringify(documents), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error || (result.status !== 0 && /No module named .?docutils/.test(result.stderr))) return undefined;
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as string[][];
}

/** docutils' inline literals of each document, as their text (undefined when docutils is not installed). */
function docutilsLiterals(documents: string[]): string[][] | undefined {
  const script = DOCUTILS.replace('(nodes.literal_block, nodes.comment)', 'nodes.literal');
  const result = spawnSync('python3', ['-c', script], { input: JSON.stringify(documents), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error || (result.status !== 0 && /No module named .?docutils/.test(result.stderr))) return undefined;
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as string[][];
}

/** Lines without their common indentation, blank lines at the end dropped (and at the start, unless `keepStart`). */
function dedented(lines: string[], keepStart = false): string {
  const indents = lines.filter((line) => line.trim().length > 0).map((line) => /^ */.exec(line)![0].length);
  const common = Math.min(...indents);
  return lines.map((line) => line.slice(common).trimEnd()).join('\n').replace(keepStart ? /\n+$/ : /^\n+|\n+$/g, '');
}

/**
 * One of our hidden ranges as docutils gives its text: a literal block's lines, a code directive's body, a comment's
 * text; undefined for a code directive docutils makes no block of (no body after a blank line: an error to it), whose
 * lines are hidden all the same.
 */
function asDocutilsText(range: string): string | undefined {
  const [first, ...rest] = range.split('\n');
  if (first.trimEnd().endsWith('::') && !first.startsWith('..')) return dedented(rest);
  if (/^\.\. +code::/.test(first)) {
    const body = rest.findIndex((line) => !/^\s+:/.test(line));
    if (body < 0 || rest[body].trim().length > 0) return undefined;
    // Options indented past the body are an error to docutils too.
    const indent = (line: string) => (line.trim().length > 0 ? /^ */.exec(line)![0].length : Infinity);
    if (body > 0 && Math.min(...rest.slice(body).map(indent)) < indent(rest[0])) return undefined;
    return dedented(rest.slice(body));
  }
  // A comment's text: its first line's, then its indented lines, blank ones between kept.
  const text = first.replace(/^\.\.\s*/, '');
  if (text.length === 0 || rest.length === 0) return text || dedented(rest);
  return `${text}\n${dedented(rest, true)}`;
}

describe('code and comments of a reStructuredText draft', () => {
  it('literal blocks after `::`, from the `::` on, and only when indented past their paragraph', () => {
    // Found by an audit: a literal block's `[1]` was renumbered with the reference list, and a citation went inside it.
    assert.deepEqual(rstCode('安装命令如下::\n\n    pip install x[1]\n\n    x[2] = 1\n\n正文[1]\n'), ['::\n\n    pip install x[1]\n\n    x[2] = 1']);
    assert.deepEqual(rstCode('安装命令如下 ::\n\n  x[1]\n'), ['::\n\n  x[1]'], 'the expanded form');
    assert.deepEqual(rstCode('正文\n\n::\n\n  x[1]\n'), ['::\n\n  x[1]'], 'a `::` paragraph of its own');
    assert.deepEqual(rstCode('- 项目::\n\n    x[1]\n\n  续[1]\n'), ['::\n\n    x[1]'], "a list item's: past its body's column");
    assert.deepEqual(rstCode('- 项目::\n\n  续[1]\n'), [], "text at the item's body column is no literal block");
    assert.deepEqual(rstCode('段落::\n\n> 引文[1]\n> 续[2]\n\n正文[1]\n'), ['::\n\n> 引文[1]\n> 续[2]'], 'a quoted literal block');
    assert.deepEqual(rstCode('段落::\n正文[1]\n'), [], 'the paragraph goes on: no blank line');
  });

  it('code directives and comments with their indented lines; other explicit markup is prose', () => {
    assert.deepEqual(rstCode('.. code-block:: python\n   :linenos:\n\n   a[1] = 2\n\n正文[1]\n'), ['.. code-block:: python\n   :linenos:\n\n   a[1] = 2']);
    assert.deepEqual(rstCode('.. code:: js\n\n   a[1]\n.. sourcecode::\n\n   b[2]\n'), ['.. code:: js\n\n   a[1]', '.. sourcecode::\n\n   b[2]']);
    assert.deepEqual(rstCode('.. 待办：补上来源[1]\n   第二行[2]\n\n正文[1]\n'), ['.. 待办：补上来源[1]\n   第二行[2]']);
    assert.deepEqual(rstCode('..\n\n   引文[1]\n'), ['..'], 'an empty comment ends at its blank line: the indented text after it is a quotation');
    assert.deepEqual(rstCode('.. note::\n\n   注意[1]::\n\n      x[1]\n\n.. [1] 脚注\n.. _目标: https://x.cn\n.. |甲| replace:: 乙\n'), ['::\n\n      x[1]'], 'a note is prose, its literal block code');
    assert.deepEqual(rstCode('正文\n.. 注释[1]\n'), [], 'explicit markup starts after a blank line');
  });

  it('inline literals where docutils finds them: not glued to a letter, closed before white space or punctuation', () => {
    assert.deepEqual(rstCode('见 ``npm install [1]`` 命令。\n'), ['``npm install [1]``']);
    assert.deepEqual(rstCode('（``x[2]``）与 ``a\nb`` 后。\n'), ['``x[2]``', '``a\nb``'], 'after a bracket; across a line of the paragraph');
    assert.deepEqual(rstCode('见``arr[1]``命令。\n'), [], 'glued to Han characters the backticks are text, as docutils prints them');
    assert.deepEqual(rstCode('甲 ``未闭合 [1]\n\n乙 ``x``\n'), ['``x``'], 'an unclosed one ends with its paragraph');
    assert.deepEqual(rstCode('命令 ``a``::\n\n    b[1]\n'), ['``a``', '::\n\n    b[1]'], 'beside a literal block, in order');
  });

  it('finds the inline literals docutils finds (1,000 generated paragraphs)', function () {
    this.timeout(120_000);
    const piece = fc.constantFrom('见 ``npm install [1]`` 命令', '见``arr[1]``命令', '（``x[2]``）', '``a\nb``', '`` x``', '``x ``', '\\``x``', 'a``b``', '``x``y', '``x``。', '``未闭合', '正文[1]', ' ', '\n', '``', '。``y``，');
    const documents = fc.sample(fc.array(piece, { minLength: 1, maxLength: 8 }), { numRuns: 1_000, seed: propertySeed() })// Lines start at the margin: an indented line after a paragraph's first is a definition or a quotation.
      .map((pieces) => `${pieces.join(' ').split('\n').map((line) => line.trim()).join('\n').trim() || '正文'}\n`);
    const expected = docutilsLiterals(documents);
    if (!expected) {
      console.log('      skipped: docutils is not installed (Debian package python3-docutils; .ci/run installs it)');
      this.skip();
    }
    documents.forEach((document, index) => {
      const ours = restructuredTextHidden(document, linesOf(document))
        .ranges.filter((range) => range.inline)
        .map((range) => document.slice(range.start + 2, range.end - 2));
      assert.deepEqual(ours, expected[index], JSON.stringify(document));
    });
  });

  it('reaches the draft only as reStructuredText', () => {
    const draft = '命令::\n\n    x[1]\n';
    assert.equal(codeAndComments(draft, 'restructuredtext').ranges.length, 1);
    assert.deepEqual(codeAndComments(draft, 'plaintext').ranges, []);
    assert.deepEqual(codeAndComments(draft, 'markdown').ranges.map((range) => draft.slice(range.start, range.end)), ['    x[1]'], 'Markdown reads it as indented code');
  });

  it('finds the literal blocks and comments docutils finds (1,000 generated documents)', function () {
    this.timeout(120_000);
    /** Blocks of a draft: paragraphs (one ending in `::`), indented text, list items, comments, directives, footnotes, targets, quotes. */
    const block = fc.constantFrom('正文[1]。', '正文[1]\n续行', '段落::', '段落 ::', '::', '段落::\n  紧跟[1]', '正文\n续行::\n  紧跟[1]', '  缩进[1]', '    代码[1]\n\n    更多', '      更深', '- 项目', '- 项目::', '- 项目\n  续::', '  - 嵌套::', '1. 第一\n2. 第二::', '.. 注释[1]', '.. 注释[1]\n   续[2]', '.. 注释[1]\n正文[1]', '..', '.. code:: js\n   :class: demo\n\n   x[1]', '.. code:: js\n\n   x[1]\n\n   y', '.. note::\n\n   注意[1]', '.. [1] 脚注', '.. _目标: https://x.cn', '> 引用\n> 续');
    const documents = fc.sample(fc.array(block, { minLength: 1, maxLength: 8 }), { numRuns: 1_000, seed: propertySeed() }).map((blocks) => `${blocks.join('\n\n')}\n`);
    const expected = docutilsTexts(documents);
    if (!expected) {
      console.log('      skipped: docutils is not installed (Debian package python3-docutils; .ci/run installs it)');
      this.skip();
    }
    documents.forEach((document, index) => {
      const ours = rstCode(document)
        .map(asDocutilsText)
        .filter((text) => text !== undefined);
      assert.deepEqual(ours, expected[index], JSON.stringify(document));
    });
  });
});
