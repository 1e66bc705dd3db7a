import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { FigureChecker, figureReadingOf, ignoredOnLine, ignoreListEntry, isIgnoredNumber, isScaleSlip, numberAsMeant, isTransposition, ignoreComment, ignoreCommentInsertion, reportValueAsWritten, yearNear } from '../../src/core/figureCheck';
import { Library, runSteps } from '../../src/core/snapshot';
import { evaluate, generateEvaluationSet } from './figureEval';
import { committedSnapshot } from './helpers';

describe('figure check', () => {
  const checker = new FigureChecker(new Library(committedSnapshot()));

  it('checks in steps of a few sentences, with the findings of a check at once, even on one long line', () => {
    const sentences = committedSnapshot().figures.map((figure) => figure.quote.replace(/[。！？!?\n]/g, '，'));
    // One line of every figure's sentence, as a 10 MB file without line breaks would be read.
    const line = sentences.join('。');
    let steps = 0;
    const inSteps = checker.checkInSteps(line);
    let next = inSteps.next();
    for (; !next.done; next = inSteps.next()) steps++;
    assert.ok(steps >= Math.floor(sentences.length / 16), `${steps} steps for ${sentences.length} sentences`);
    assert.deepEqual(next.value, new FigureChecker(checker.library).check(line));
    assert.deepEqual(runSteps(checker.checkInSteps(line)), next.value);
    assert.ok(next.value.filter((finding) => finding.status === 'agrees').length > sentences.length / 2, 'most of the reports’ own figures agree');
  });
  /** `number: status[: error: the report's figure]` for each number of a draft sentence. */
  const check = (text: string) => checker.check(text).map((finding) => [finding.text, finding.status, finding.error, finding.figure?.text].filter(Boolean).join(': '));

  describe('on the reports’ digital-economy figures (信通院: 2019 年 35.8 万亿元, 36.2%; 2018 年 31.3 万亿元)', () => {
    it('confirms a figure the report states, about the same subject and year', () => {
      assert.deepEqual(check('2019年，我国数字经济规模达到35.8万亿元，占GDP比重为36.2%。'), ['35.8万亿元: agrees: 35.8万亿元', '36.2%: agrees: 36.2%']);
    });

    it('reads units written in capitals (GB, TPS), which folding lower-cases for the subject words', () => {
      // 阿里研究院: 5G用户的月平均流量将从2019年的11.7GB增长至2028年的84.4GB. Read lower-cased, `17.1gb` was no figure.
      assert.deepEqual(check('5G用户的月平均流量将从2019年的17.1GB增长至2028年的84.4GB。'), ['17.1GB: contradicts: transposed-digits: 11.7GB', '84.4GB: agrees: 84.4GB']);
      assert.deepEqual(check('5G用户的月平均流量将从2019年的１１.７ＧＢ增长至2028年的84.4GB。').map((finding) => finding.split(': ').slice(1).join(': ')), ['agrees: 11.7GB', 'agrees: 84.4GB']);
    });

    it('flags transposed digits, 万/亿 and percent for percentage points, naming the report’s figure', () => {
      assert.deepEqual(check('2019年，我国数字经济规模达到38.5万亿元。'), ['38.5万亿元: contradicts: transposed-digits: 35.8万亿元']);
      assert.deepEqual(check('2019年，我国数字经济规模达到35.8亿元。'), ['35.8亿元: contradicts: scale: 35.8万亿元']);
      // LaTeX writes the percent sign escaped: read as written, `36.2\\%` had no unit and was never compared.
      const latex = '2019年，我国数字经济规模达到35.8万亿元，占GDP比重为63.2\\%\\cite{key}。';
      const read = figureReadingOf('latex', latex);
      assert.equal(read.length, latex.length);
      assert.deepEqual(check(latex), ['35.8万亿元: agrees: 35.8万亿元']);
      const percent = checker.check(read).find((finding) => finding.text.startsWith('63.2'))!;
      assert.equal(numberAsMeant('latex', latex, percent.start, percent.end), '63.2%');
      assert.equal(percent.status, 'contradicts');
      assert.equal(figureReadingOf('markdown', latex), latex);
      assert.deepEqual(check('2019年，我国数字经济规模达到35.8万亿元，占GDP比重为36.2个百分点。'), ['35.8万亿元: agrees: 35.8万亿元', '36.2个百分点: contradicts: percent-vs-points: 36.2%']);
    });

    it('flags a value given for the wrong year, naming the report’s figure for the year the draft gives', () => {
      assert.deepEqual(check('2018年，我国数字经济规模达到35.8万亿元。'), ['35.8万亿元: contradicts: year: 31.3万亿元']);
    });

    it('matches subjects written in traditional script, and reads 萬億 as 万亿', () => {
      assert.deepEqual(check('2019年，我國數字經濟規模達到38.5萬億元。'), ['38.5萬億元: contradicts: transposed-digits: 35.8万亿元']);
      assert.deepEqual(check('2019年，我國數字經濟規模達到35.8萬億元。'), ['35.8萬億元: agrees: 35.8万亿元']);
    });

    it('stays silent on a value that differs in no way writers err, and on subjects the reports do not measure', () => {
      assert.deepEqual(check('2019年，我国数字经济规模达到40.1万亿元。'), ['40.1万亿元: unknown']);
      assert.deepEqual(check('本课题组今年共走访了35家社区诊所。'), ['35家: unknown']);
      assert.deepEqual(check('学院图书馆的纸质藏书增长了36.2%。'), ['36.2%: unknown']);
    });

    it('flags a slip in a sentence that names no calendar year (今年), against the report’s figure of any year', () => {
      assert.deepEqual(check('截至今年6月底，全球建成了27万5G基站，其中中国占50%。'), ['27万: contradicts: transposed-digits: 72万', '50%: agrees: 50%']);
      assert.deepEqual(check('據統計,上海現有人工智能重點企業1161傢,2019年企業產值約1477億元,比2018年增長10.7%。'), ['1161傢: contradicts: transposed-digits: 1116傢', '1477億元: agrees: 1477億元', '10.7%: agrees: 10.7%']);
    });

    it('flags the value of the figure next door written in this figure’s words, and confirms each in its own', () => {
      // 京东 white paper: 郑州亚一可存储中小件商品近2000万件，大件商品30万件 — the large items given the small items' count.
      assert.deepEqual(check('仓储方面，郑州亚一可存储中小件商品近2000万件，大件商品2000万件。'), ['2000万件: agrees: 2000万件', '2000万件: contradicts: neighbour: 30万件']);
      assert.deepEqual(check('仓储方面，郑州亚一可存储中小件商品近2000万件，大件商品30万件。'), ['2000万件: agrees: 2000万件', '30万件: agrees: 30万件']);
    });

    it('stays silent when the unit family differs (a share is no amount of money)', () => {
      assert.deepEqual(check('2019年，我国数字经济规模达到38.5%。'), ['38.5%: unknown']);
    });
  });

  // The reports' vague amounts (round 21): 几百米 is 200–900 m, 上千万元 10 million yuan or more; neither states an exact value.
  it('stays silent on a vague amount rather than read it as exact: neither agreement with a number at a bound nor a slip (round 21)', () => {
    assert.deepEqual(check('很多工人不必再下井进行几百米深的地下作业。'), ['几百米: agrees: 几百米']);
    assert.deepEqual(check('很多工人不必再下井进行500米深的地下作业。'), ['500米: unknown'], 'inside the range, yet no value the report states');
    assert.deepEqual(check('这意味着一家工厂一年可节省1000万元的燃煤成本。'), ['1000万元: unknown'], 'agreed with 上千万元 before');
    assert.deepEqual(check('这意味着一家工厂一年可节省上千元的燃煤成本。'), ['上千元: unknown'], 'a 万 dropped from 上千万元 was a scale slip before');
    assert.deepEqual(check('阿里工程师目前已完成数十件高度精细的商品模型。'), ['数十件: unknown']);
  });

  // 信息产业监测 2020: `截至今年7月末，工商登记公示系统…日均查询量870.8万次。` — a daily average, 次/天.
  it('reads a figure over a span of years (no one year) as about each year its sentence names (round 24)', () => {
    // 预计2020—2025年期间工业互联网领域累计投资将达到6500亿元左右: the figure has no year; a draft writing the span out reads as 2025.
    assert.deepEqual(check('预计2020—2025年期间工业互联网领域累计投资将达到5600亿元左右。'), ['5600亿元: contradicts: transposed-digits: 6500亿元']);
    assert.deepEqual(check('预计2020—2025年期间工业互联网领域累计投资将达到6500亿元左右。'), ['6500亿元: agrees: 6500亿元']);
  });

  it('flags a slip in a short sentence restating part of a long report sentence (all its words are there), and stays silent on one of other words', () => {
    // `目前京东科技数据中心巡检机器人可在平均30秒内完成单个机柜的巡检，且检测准确率达到98%以上，…`: the draft shares little of
    // the whole sentence by Dice, but everything it says is in it.
    assert.deepEqual(check('且检测准确率达到98个百分点。'), ['98个百分点: contradicts: percent-vs-points: 98%']);
    assert.deepEqual(check('且检测准确率达到98%。'), ['98%: agrees: 98%']);
    assert.deepEqual(check('我们的问卷回收率达到98个百分点。'), ['98个百分点: unknown']);
  });

  it('compares an amount per day only with amounts per day, with or without its counter', () => {
    assert.deepEqual(check('截至2020年7月末，工商登记公示系统日均查询量870.8万次。'), ['870.8万次: agrees: 870.8万次']);
    assert.deepEqual(check('截至2020年7月末，工商登记公示系统日均查询量870.8万。'), ['870.8万: agrees: 870.8万次']);
    assert.deepEqual(check('截至2020年7月末，工商登记公示系统日均查询量780.8万次。'), ['780.8万次: contradicts: transposed-digits: 870.8万次']);
    // The same number as a total is another statistic: no agreement, no alarm.
    assert.deepEqual(check('截至2020年7月末，工商登记公示系统查询量870.8万次。'), ['870.8万次: unknown']);
  });

  it('gives the offsets of each number in the checked text, line by line', () => {
    const text = '前言\n2019年，我国数字经济规模达到38.5万亿元。';
    const [finding] = checker.check(text);
    assert.equal(text.slice(finding.start, finding.end), '38.5万亿元');
  });

  it('finds the same figures through its postings as by comparing every figure (the benchmark’s baseline)', () => {
    const text = committedSnapshot().figures.slice(0, 120).map((figure) => figure.quote).join('\n');
    assert.deepEqual(checker.check(text), checker.check(text, true));
  });

  it('gives a repeated sentence the same findings at each of its places, checked again or not', () => {
    const sentence = '2019年，我国数字经济规模达到38.5万亿元。';
    const text = `${sentence}\n前言\n${sentence}`;
    const first = checker.check(text);
    assert.deepEqual(checker.check(text), first);
    assert.deepEqual(first.map((finding) => [finding.start, finding.status]), [[sentence.indexOf('38.5'), 'contradicts'], [sentence.length + 4 + sentence.indexOf('38.5'), 'contradicts']]);
  });

  it('recognises the slips by value alone', () => {
    assert.ok(isTransposition(12.3, 13.2));
    assert.ok(isTransposition(67, 76));
    assert.ok(isTransposition(3.58e13, 3.85e13));
    assert.ok(!isTransposition(12.3, 32.1), 'not adjacent');
    assert.ok(!isTransposition(12.3, 12.3));
    assert.ok(!isTransposition(123, 1230));
    assert.ok(isScaleSlip(3.58e13, 3.58e9));
    assert.ok(isScaleSlip(2e4, 2e8));
    assert.ok(!isScaleSlip(3.58e13, 3.58e12));
  });

  it('reads the year a number refers to as the indexer does: nearest before, else first after', () => {
    assert.equal(yearNear('从2019年的11.7GB增长至2028年的84.4GB', '从2019年的11.7GB增长至2028年的'.length), 2028);
    assert.equal(yearNear('规模达35.8万亿元（2019年）', 2), 2019);
    assert.equal(yearNear('规模达35.8万亿元', 2), undefined);
    assert.equal(yearNear('上海現有人工智能重點企業1116傢,2019年企業產值約1477億元', 12), undefined, 'a year after the clause is another statement’s');
  });

  it('writes the report’s value in the draft’s own unit and script for “Use the report’s value” (a new user’s two cases)', () => {
    const replaced = (line: string) => {
      const finding = checker.check(line).find((found) => found.status === 'contradicts')!;
      return `${finding.text} → ${reportValueAsWritten(finding, finding.figure!, line)}`;
    };
    // The report writes `5000亿` (its 元 implied): the writer's 元 stays.
    assert.equal(replaced('腾讯宣布未来五年将投入5000万元用于新基建。'), '5000万元 → 5000亿元');
    // A traditional-script draft gets the report's simplified 万亿 in its own script.
    assert.equal(replaced('2019年，我國數字經濟規模已達38.5萬億元。'), '38.5萬億元 → 35.8萬億元');
    assert.equal(replaced('2019年，我国数字经济规模达到38.5万亿元。'), '38.5万亿元 → 35.8万亿元');
    // Another unit (percent for percentage points), or a range: the report's figure as written.
    const figure = (id: string) => committedSnapshot().figures.find((candidate) => candidate.id === id)!;
    assert.equal(reportValueAsWritten({ text: '4.1%', unit: 'percent' }, figure('info-industry-monitor-2020:f65'), '增速提升了4.1%。'), '4.1个百分点');
    assert.equal(reportValueAsWritten({ text: '4.1%', unit: 'percent' }, figure('info-industry-monitor-2020:f65'), '增速提升了4.1%，這是'), '4.1個百分點');
    assert.equal(reportValueAsWritten({ text: '50%', unit: 'percent' }, figure('info-industry-monitor-2020:f49'), '占50%。'), '60%~70%');
  });

  it('marks an ignored number with a comment of the document’s own syntax naming it; the other numbers of its line stay checked', () => {
    assert.equal(ignoreComment('markdown', '38.5 万亿元'), '<!-- report-lens: ignore 38.5万亿元 -->');
    assert.equal(ignoreComment('latex', '36.2%'), '% report-lens: ignore 36.2%');
    assert.equal(ignoreComment('plaintext', '36.2%'), undefined);
    const line = '2019年规模达38.5万亿元，增速为1350.6%，投入2000万元。';
    const ignored = ignoredOnLine(`${line} <!-- report-lens: ignore 1350.6% --> <!-- report-lens: ignore 2000万元 -->`);
    assert.deepEqual(['38.5万亿元', '1350.6%', '2000 万元'].map((number) => isIgnoredNumber(ignored, number)), [false, true, true]);
    assert.equal(ignoredOnLine(`${line} % report-lens: ignore 38.5万亿元`) instanceof Set, true);
    // A marker naming no number (as earlier versions wrote it, or a writer types it) silences the whole line.
    assert.equal(ignoredOnLine(`${line} <!-- report-lens: ignore -->`), 'line');
    assert.equal(ignoredOnLine(`${line} % report-lens: ignore`), 'line');
    assert.equal(ignoredOnLine(line), undefined);
    assert.equal(isIgnoredNumber(undefined, '38.5万亿元'), false);
    // The list of a language without comments names the number and its line.
    assert.equal(ignoreListEntry(`  ${line} `, '38.5 万亿元'), `38.5万亿元\t${line}`);
  });

  it('puts the ignore comment where it changes nothing the line meant: before a Markdown hard break, closing pipe or closing #s', () => {
    const ignored = (languageId: string, line: string) => {
      const insertion = ignoreCommentInsertion(languageId, line, 0);
      return insertion && line.slice(0, insertion.at) + insertion.text + line.slice(insertion.at);
    };
    const comment = '<!-- report-lens: ignore -->';
    assert.equal(ignored('markdown', '规模达38.5万亿元。'), `规模达38.5万亿元。 ${comment}`);
    // After the two spaces or the backslash, the break would be gone: the next line would join this one.
    assert.equal(ignored('markdown', '规模达38.5万亿元。  '), `规模达38.5万亿元。 ${comment}  `);
    assert.equal(ignored('markdown', '规模达38.5万亿元。\\'), `规模达38.5万亿元。 ${comment}\\`);
    assert.equal(ignored('markdown', '规模达38.5万亿元。\\\\\\'), `规模达38.5万亿元。 ${comment}\\\\\\`, 'an escaped backslash, then a break');
    assert.equal(ignored('markdown', '路径 C:\\\\'), `路径 C:\\\\ ${comment}`, 'an escaped backslash is no break');
    // After the closing pipe, the comment would be one more cell (a header row no longer matching its delimiter row).
    assert.equal(ignored('markdown', '| 2019 | 38.5万亿元 |'), `| 2019 | 38.5万亿元 ${comment} |`);
    assert.equal(ignored('markdown', '| 2019 | 38.5万亿元 \\|'), `| 2019 | 38.5万亿元 \\| ${comment}`, 'an escaped pipe is text');
    // After the closing #s, they would show as part of the heading.
    assert.equal(ignored('markdown', '## 规模达38.5万亿元 ##'), `## 规模达38.5万亿元 ${comment} ##`);
    assert.equal(ignored('latex', '规模达38.5万亿元。\\\\'), '规模达38.5万亿元。\\\\ % report-lens: ignore');
    assert.equal(ignored('plaintext', '规模达38.5万亿元。'), undefined);
  });

  it('puts no ignore comment into code, a comment or front matter, where it would show or end the comment: the line goes on the list', () => {
    const line = '2019年，我国数字经济规模达到38.5万亿元。';
    const lineOf = (document: string) => document.split('\n').findIndex((text) => text.includes('38.5万亿元'));
    const noComment = [
      // A comment inside an HTML comment ends it at its `-->`: the rest of the hidden note would show.
      ['markdown', `正文。\n\n<!-- 私人笔记：\n${line}\n未公开的内容\n-->\n`],
      ['markdown', `${line} <!-- 待核实：\n来源不明\n-->\n`],
      ['markdown', `\`\`\`text\n${line}\n\`\`\`\n`],
      ['markdown', `正文。\n\n\`\`\`\n${line}`],
      ['markdown', `正文。\n\n    ${line}\n`],
      ['markdown', `---\ntitle: x\n${line}\n---\n\n正文。\n`],
      ['latex', `\\begin{verbatim}\n${line}\n\\end{verbatim}\n`],
    ] as const;
    for (const [languageId, document] of noComment) assert.equal(ignoreCommentInsertion(languageId, document, lineOf(document)), undefined, document);
    // Prose beside such blocks still takes its comment, CRLF too.
    for (const document of [`\`\`\`\ncode\n\`\`\`\n\n${line}\n`, `<!-- note -->\r\n${line}\r\n`, `${line.replace('。', ' <!-- 已核 -->。')}\n`]) {
      const insertion = ignoreCommentInsertion('markdown', document, lineOf(document));
      assert.ok(insertion, document);
      assert.ok(document.slice(0, insertion.at).endsWith('。') && /^\r?\n/.test(document.slice(insertion.at)), `at the end of the line: ${document}`);
    }
    const latex = `${line}\n\\begin{verbatim}\nx\n\\end{verbatim}\n`;
    assert.deepEqual(ignoreCommentInsertion('latex', latex, 0), { at: line.length, text: ' % report-lens: ignore' });
  });

  it('puts no ignore comment on a Markdown link reference definition: text after its title shows the definition (markdown-it)', () => {
    const title = '"2019年我国数字经济规模达到38.5万亿元"';
    const renderer = new MarkdownIt({ html: true });
    /** What a reader of the rendered draft sees. */
    const shown = (document: string) => renderer.render(document).replace(/<!--.*?-->|<[^>]*>|\s/g, '');
    const definitions = [`[报告]: https://example.com/r ${title}`, `> [报告]: https://example.com/r ${title}`, `[报告]: https://example.com/r\n   ${title}`];
    for (const definition of definitions) {
      const document = `见[数字经济报告][报告]。\n\n${definition}\n`;
      const lineNumber = document.split('\n').findIndex((line) => line.includes('38.5'));
      const commented = document.split('\n').map((line, index) => (index === lineNumber ? `${line} ${ignoreComment('markdown', '38.5万亿元')}` : line)).join('\n');
      // A comment after the title makes the definition, or its title, a paragraph of the draft.
      assert.equal(shown(document), '见数字经济报告。', definition);
      assert.notEqual(shown(commented), '见数字经济报告。', definition);
      assert.equal(ignoreCommentInsertion('markdown', document, lineNumber, '38.5万亿元'), undefined, definition);
    }
    // A footnote definition is prose: its comment goes at the end of its line.
    const footnote = `正文[^1]。\n\n[^1]: ${title}\n`;
    assert.deepEqual(ignoreCommentInsertion('markdown', footnote, 2), { at: footnote.length - 1, text: ` ${ignoreComment('markdown')}` });
  });

  describe('evaluation on generated drafts', () => {
    // The seed is printed with the results; any seed reproduces its set.
    for (const seed of [20261123, 7, 42]) {
      // The aim, recall ≥ 80 %, is met on the three seeds (81.7–87.2 % on 6 December, README): the floor guards it.
      it(`warns with precision ≥ 95 % and recall ≥ 80 %, never on numbers the reports do not state (seed ${seed})`, () => {
        const result = evaluate(checker, generateEvaluationSet(committedSnapshot(), seed), seed);
        console.log(`      ${JSON.stringify(result)}`);
        assert.ok(result.precision >= 0.95, `precision ${result.precision}`);
        assert.ok(result.recall >= 0.8, `recall ${result.recall}`);
        assert.equal(result.warningsOnNeverStated, 0);
        assert.ok(result.altered >= result.faithful * 0.9, 'about half the figures are altered');
      });
    }
  });
});
