import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { passageLayout, quoteInLine } from '../../src/core/passage';
import { committedSnapshot, ROOT } from './helpers';

describe('passage layout (source view)', () => {
  const snapshot = committedSnapshot();
  const contexts = [...snapshot.figures, ...snapshot.terms.flatMap((term) => term.definitions)];

  it('keeps every quote whole at the offsets it gives, and the passage in order', () => {
    for (const { before, quote, after } of contexts) {
      const { text, quoteStart, quoteEnd } = passageLayout(before, quote, after);
      assert.equal(text.slice(quoteStart, quoteEnd), quote);
      const squeeze = (value: string) => value.replace(/[\s…]/g, '');
      assert.equal(squeeze(text), squeeze(before + quote + after));
    }
  });

  it('puts one sentence per paragraph around a quote', () => {
    const figure = snapshot.figures.find((candidate) => candidate.text === '6560亿美金')!;
    const { text } = passageLayout(figure.before, figure.quote, figure.after);
    assert.deepEqual(text.split('\n\n').slice(0, 4), [
      '…整车企业的核心业务将发生巨大变化，移动出行服务（Mobilityasaservices）将对车企的市场份额和利润造成巨大的冲击。',
      '根据普华永道预测，到2030年，出行服务将为汽车行业贡献30%的利润。',
      '中国的出行服务市场规模预计将达到6560亿美金，是2017年的43倍。',
      '占中国人口50%以上的千禧一代期望获得全面集成、多模式及按需的个性化出行体验。',
    ]);
    assert.ok(text.endsWith('…\n'));
  });

  it('keeps a quote that starts mid-sentence on the line of its sentence', () => {
    assert.deepEqual(passageLayout('前一句。它说', '数字孪生是一种技术', '，后半句。下一句。'), {
      text: '…前一句。\n\n它说数字孪生是一种技术，后半句。\n\n下一句。…\n',
      quoteStart: '…前一句。\n\n它说'.length,
      quoteEnd: '…前一句。\n\n它说数字孪生是一种技术'.length,
    });
  });
});

describe('a quote on its report file\'s line (source view)', () => {
  const snapshot = committedSnapshot();
  const quotes = [...snapshot.figures, ...snapshot.terms.flatMap((term) => term.definitions)];
  const reportLines = new Map(snapshot.reports.map((report) => [report.id, readFileSync(join(ROOT, 'data', 'reports', report.file), 'utf8').split('\n')]));

  it('finds every quote its line holds where the report has it, after its own text before', () => {
    let placed = 0;
    for (const { reportId, line, quote, before } of quotes) {
      const text = reportLines.get(reportId)![line - 1];
      const at = text.indexOf(before + quote);
      if (at < 0) continue;
      assert.deepEqual(quoteInLine(text, quote, before), { start: at + before.length, end: at + before.length + quote.length }, `${reportId}:${line} ${quote}`);
      placed++;
    }
    assert.ok(placed > 1500, `only ${placed} quotes checked`);
  });

  it('takes the occurrence its text before agrees with, when its first words are said twice', () => {
    const line = '半监督学习可以部分依赖标签。另一句。半监督学习可以部分依赖或者完全不依赖于任何标签。';
    const quote = '半监督学习可以部分依赖或者完全不依赖于任何标签。';
    assert.deepEqual(quoteInLine(line, quote, '另一句。'), { start: line.lastIndexOf('半监督'), end: line.length });
    // Only its start on this line (it runs onto the next): the start after its text before.
    const cut = '半监督学习可以部分依赖标签。另一句。半监督学习可以部分依赖或者';
    assert.deepEqual(quoteInLine(cut, quote, '另一句。'), { start: cut.lastIndexOf('半监督'), end: cut.length });
    assert.equal(quoteInLine('没有它。', quote, ''), undefined);
  });
});
