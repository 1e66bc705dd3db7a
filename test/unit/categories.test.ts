/**
 * The term browser's topics (issue #11): the fields a writer browses by, each term filed where a writer would look for
 * it, on the reports' own terms and headings.
 */
import assert from 'node:assert/strict';
import type { Term } from '../../src/core/model';
import { categoryByKeyword, headingsNamingField, readCuration } from '../../src/indexer/curation';
import { committedSnapshot, CURATION } from './helpers';

const termNamed = (name: string): Term => {
  const term = committedSnapshot().terms.find((candidate) => candidate.term === name);
  assert.ok(term, name);
  return term;
};

const categoriesOf = (names: string[]) => names.map((name) => [name, termNamed(name).category]);

describe('term categories', () => {
  const keywords = readCuration(CURATION).categoryKeywords;

  it('files a term by the keyword at the head of its name, not by a character it contains', () => {
    assert.equal(categoryByKeyword('供应链金融', keywords), '金融科技');
    assert.equal(categoryByKeyword('数字孪生供应链', keywords), '供应链与物流');
    assert.equal(categoryByKeyword('区块链存证', keywords), '区块链');
    // 链上 read across 产业链 is no blockchain's; 网络 names no field (贝叶斯网络, 网络效应), 人机 is in 无人机.
    assert.equal(categoryByKeyword('产业链上下游', keywords), '产业与政策');
    assert.equal(categoryByKeyword('贝叶斯网络', keywords), undefined);
    assert.equal(categoryByKeyword('无人机', keywords), undefined);
  });

  it('reads a section path chapter first, then its sections, the part last, each heading a phrase at a time', () => {
    assert.deepEqual(headingsNamingField('技术赋能数智化社会 供应链新业态 › 京东智能金融 › 5.3 企业数字化解决方案'), ['京东智能金融', '5', '3', '企业数字化解决方案', '技术赋能数智化社会', '供应链新业态']);
    assert.deepEqual(headingsNamingField('第二章：智能技术群的“核聚变”推动智能+时代到来'), ['第二章', '智能技术群的', '核聚变', '推动智能+时代到来']);
  });

  it('files no supply chain or industrial chain under 区块链, though the reports write them under a blockchain chapter', () => {
    // 数字供应链 is first written under 区块链技术背景.
    assert.deepEqual(categoriesOf(['供应链', '数字供应链', '智能供应链', '供应链管理']), [
      ['供应链', '供应链与物流'],
      ['数字供应链', '供应链与物流'],
      ['智能供应链', '供应链与物流'],
      ['供应链管理', '供应链与物流'],
    ]);
    // 产业链上下游 was one too, until the reading of the glossary's terms deleted it as a generic phrase (产业链 + 上下游).
    for (const name of ['产业链', '链长制', '延链']) assert.equal(termNamed(name).category, '产业与政策', name);
  });

  it('files chips and hardware under 芯片与硬件, not 云计算与算力 nor 其他', () => {
    for (const name of ['CPU', 'GPU', 'DRAM', 'EDA', '半导体', '先进封装', '处理器', 'DDR', '3D 封装技术', 'OLED', '智能穿戴']) {
      assert.equal(termNamed(name).category, '芯片与硬件', name);
    }
  });

  it('files finance under 金融科技, not 区块链, whichever chapter writes it', () => {
    // All first written under JD's finance chapter of a part titled `…供应链新业态`, or a chapter on 大数据风控.
    for (const name of ['保理', '信贷科技', '反洗钱', '仓单质押', '供应链金融', '电子钱包', '信用评分', '网络小贷']) {
      assert.equal(termNamed(name).category, '金融科技', name);
    }
  });

  it('keeps a blockchain term of a blockchain chapter under 区块链, by its name or its chapter\'s', () => {
    // By name: 共识, 联盟链, 账本, 跨链. By heading, the glossary's topic (区块链与金融科技) being loose: 时间戳 and 电子发票
    // under 京东区块链技术与应用优势, 不可能三角 under `3.1 高性能共识机制`.
    for (const name of ['共识机制', '联盟链', '分布式账本', '跨链', '加密货币', '时间戳', '电子发票', '不可能三角']) {
      assert.equal(termNamed(name).category, '区块链', name);
    }
  });

  it('gives the security glossary topic its own category (网络安全, 密钥, 访问控制), and a network keyword no security term', () => {
    for (const name of ['网络安全', '网络安全法', '密钥', '访问控制', '身份认证', '数据安全']) assert.equal(termNamed(name).category, '网络安全', name);
    assert.equal(termNamed('贝叶斯网络').category, '人工智能');
    assert.equal(termNamed('网络效应').category, '产业与政策');
  });

  it('files every term under one of the curation\'s categories or 其他', () => {
    const categories = new Set([...keywords.map(([, category]) => category), '其他']);
    for (const term of committedSnapshot().terms) assert.ok(categories.has(term.category), `${term.term}: ${term.category}`);
  });
});
