import assert from 'node:assert/strict';
import { findFigures, parseChineseNumber } from '../../src/core/numbers';

const parse = (text: string) => findFigures(text).map((figure) => [figure.text, figure.value, figure.valueMax, figure.unit]);

describe('number and unit parsing', () => {
  it('reads Chinese numerals', () => {
    assert.equal(parseChineseNumber('十'), 10);
    assert.equal(parseChineseNumber('三十'), 30);
    assert.equal(parseChineseNumber('一百'), 100);
    assert.equal(parseChineseNumber('两千五百'), 2500);
  });

  it('normalises scales, currencies, percentages, ranges and separators', () => {
    assert.deepEqual(parse('已达 35.8 万亿元，占 36.2%'), [['35.8 万亿元', 3.58e13, undefined, 'CNY'], ['36.2%', 36.2, undefined, 'percent']]);
    assert.deepEqual(parse('6,500亿元'), [['6,500亿元', 6.5e11, undefined, 'CNY']]);
    assert.deepEqual(parse('6560亿美金'), [['6560亿美金', 6.56e11, undefined, 'USD']]);
    assert.deepEqual(parse('50万~80万元'), [['50万~80万元', 5e5, 8e5, 'CNY']]);
    assert.deepEqual(parse('60%~70%'), [['60%~70%', 60, 70, 'percent']]);
    assert.deepEqual(parse('3到5个百分点'), [['3到5个百分点', 3, 5, 'percentage-point']]);
    assert.deepEqual(parse('同比-8.6%'), [['-8.6%', -8.6, undefined, 'percent']]);
    assert.deepEqual(parse('快一百万亿倍'), [['一百万亿倍', 1e14, undefined, 'times']]);
    assert.deepEqual(parse('三十分之一'), [['三十分之一', 1 / 30, undefined, 'fraction']]);
    assert.deepEqual(parse('1/3人工智能人才'), [['1/3', 1 / 3, undefined, 'fraction']]);
    assert.deepEqual(parse('超过300万台'), [['300万台', 3e6, undefined, '台']]);
  });

  it('gives a unit written once to every number of an enumeration', () => {
    assert.deepEqual(parse('分别为1.4万亿和0.7万亿元'), [['1.4万亿', 1.4e12, undefined, 'CNY'], ['0.7万亿元', 7e11, undefined, 'CNY']]);
    assert.deepEqual(parse('784.33万元、1.17亿元和4.44亿元').map((figure) => figure[1]), [7843300, 117000000, 444000000]);
  });

  it('reads a change from one quantity to another as the first quantity, not a range', () => {
    assert.deepEqual(parse('同比猛增70%至43亿美元'), [['70%', 70, undefined, 'percent']]);
  });

  it('gives the same answer on every call (no regex state leaks between texts)', () => {
    const text = '2.6亿单/天，前11个月，亚马逊市值达到1.6万亿美元';
    assert.deepEqual(parse(text), parse(text));
    assert.deepEqual(parse(text).map((figure) => figure[0]), ['2.6亿单', '1.6万亿美元']);
  });

  it('ignores years, dates, names, model numbers, codes and section numbers', () => {
    for (const text of ['2019年', '12月24日', '5G、4G和L4', 'GPT-3', '麒麟 990', '14nmFinFET', '128层', 'GB/T 25064-2010', '2013-2019年', '“12365”', '11.11', '3、4年前', '十四五', '前11个月', '不到2个月']) {
      assert.deepEqual(parse(text), [], text);
    }
  });
});
