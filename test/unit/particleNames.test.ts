/**
 * Names the rules refused for a character they hold (issue #11: `a term containing 的/不/与/有/以 is rejected; one
 * starting with 第 too`). Names of the field that hold a particle's character as part of a word: 对 in 生成对抗网络, 以
 * in 工业以太网, 向 in 支持向量机. A run of text is cut at a particle to find the name at its end (`推出了区块链即服务` →
 * 区块链即服务); where the glossary knows a longer name holding that character, the name stays whole. And a generation
 * (第三代人工智能), whose 第 opens no enumeration (`第一，…`). The five reports write none of these in a gloss or a
 * definition, so the cases are made up, as someone else's report would write them.
 */
import assert from 'node:assert/strict';
import { glossFindings, termAtEnd } from '../../src/indexer/termSources';
import { termsOfText } from './helpers';

const ADVERSARIAL = (run: string) => (run.endsWith('生成对抗网络') ? '生成对抗网络' : undefined);

describe('names holding a particle’s character or a generation’s ordinal', () => {
  it('cuts a run at its last particle, unless a name of the field ends the run across it', () => {
    assert.equal(termAtEnd('生成对抗网络'), '抗网络', 'without the glossary: the fragment this guards against');
    assert.equal(termAtEnd('生成对抗网络', ADVERSARIAL), '生成对抗网络');
    assert.equal(termAtEnd('我们推出了区块链即服务', ADVERSARIAL), '区块链即服务', 'a run the name does not end is cut as before');
    assert.deepEqual(glossFindings('生成对抗网络（GAN）是一种深度学习模型。', ADVERSARIAL), [{ term: '生成对抗网络', aliases: ['GAN'], evidence: 'gloss', looseAliases: true }]);
    assert.deepEqual(glossFindings('GAN（生成对抗网络）是一种深度学习模型。', ADVERSARIAL), [{ term: '生成对抗网络', aliases: ['GAN'], evidence: 'gloss' }]);
    assert.deepEqual(glossFindings('GAN（生成对抗网络）是一种深度学习模型。'), [], 'a Chinese side holding a particle is no name without the glossary');
  });

  it('makes a report’s 生成对抗网络（GAN）, 工业以太网 and 支持向量机 whole terms, in either script', () => {
    const named = (text: string) => termsOfText(text).map((term) => [term.term, term.status, term.aliases.includes('GAN') || term.aliases.includes('SVM')]);
    assert.deepEqual(named('生成对抗网络（GAN）是一种深度学习模型。GAN 可以生成图像。').find(([name]) => name !== '深度学习'), ['生成对抗网络', 'defined', true]);
    assert.deepEqual(named('我们推出了生成对抗网络（GAN），可以生成图像。'), [['生成对抗网络', 'used', true]]);
    assert.deepEqual(named('生成對抗網絡（GAN）是一種深度學習模型。').find(([name]) => name !== '深度学习'), ['生成对抗网络', 'defined', true]);
    assert.deepEqual(named('支持向量机（SVM）是一种分类模型。'), [['支持向量机', 'defined', true]]);
    const ethernet = termsOfText('工业以太网是一种工业网络。企业采用工业以太网连接设备，工业以太网可靠。');
    assert.deepEqual(ethernet.map((term) => [term.term, term.status]), [['工业以太网', 'defined']]);
    assert.ok(!termsOfText('生成对抗网络（GAN）是一种深度学习模型。').some((term) => term.term === '抗网络'));
  });

  it('takes a generation or a party (第三代人工智能, 第三方支付) for a name, and an ordinal’s stage (第一阶段) for none', () => {
    const status = (text: string, name: string) => termsOfText(text).find((term) => term.term === name)?.status;
    assert.equal(status('第三代人工智能是融合知识驱动和数据驱动的人工智能。第三代人工智能的发展需要四个要素。', '第三代人工智能'), 'explained');
    assert.equal(status('第三方支付是指具备一定实力和信誉保障的独立机构，通过与银行签约提供交易支持的网络支付模式。第三方支付需要牌照。', '第三方支付'), 'defined');
    assert.equal(status('第一阶段是指企业把业务系统迁移到云上的过程。', '第一阶段'), undefined);
  });
});
