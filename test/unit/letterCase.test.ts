/**
 * Names that differ only by letter case (issue #11): one name where the reports write one thing in two cases (IoT and
 * IOT, ZigBee and Zigbee), two where the glossary gives an acronym in capitals and another spelling to two things (GAN,
 * a generative adversarial network; GaN, gallium nitride).
 */
import assert from 'node:assert/strict';
import type { Term } from '../../src/core/model';
import { committedSnapshot, termsOfText as termsOf } from './helpers';

const answeringTo = (terms: Term[], name: string): Term[] => terms.filter((term) => term.term === name || term.aliases.includes(name));

describe('letter case: names that differ only by case', () => {
  it('keeps GAN and GaN two terms, each with its own glossary names', () => {
    const terms = termsOf('GAN（生成对抗网络）是一种深度学习模型。GAN 可以生成图像，GAN 也用于数据增强。\n\n氮化镓（GaN）是一种宽禁带半导体材料，具有高击穿电场。GaN 器件用于快充，GaN 也用于射频。');
    const [adversarial] = answeringTo(terms, 'GAN');
    const [nitride] = answeringTo(terms, 'GaN');
    assert.ok(adversarial && nitride && adversarial !== nitride, 'two terms');
    assert.ok(adversarial.term === '生成对抗网络' && !adversarial.aliases.includes('氮化镓'), [adversarial.term, ...adversarial.aliases].join(', '));
    assert.ok(nitride.aliases.includes('Gallium Nitride') && !nitride.aliases.includes('GAN'), nitride.aliases.join(', '));
    assert.equal(adversarial.category, '人工智能');
    assert.equal(nitride.category, '芯片与硬件');
    // The sentences searched for each are those writing it in its own case: neither is defined by the other's.
    assert.deepEqual(adversarial.definitions.filter((definition) => definition.quote.includes('GaN')), []);
    assert.deepEqual(nitride.definitions.filter((definition) => /GAN/.test(definition.quote)), []);
    assert.match(nitride.definitions[0].quote, /^氮化镓（GaN）是/);
  });

  it('gives a GAN the reports write none of the glossary\'s GaN (氮化镓, Gallium Nitride)', () => {
    const terms = termsOf('GAN（生成对抗网络）是一种深度学习模型。GAN 可以生成图像，GAN 也用于数据增强。');
    const [adversarial] = answeringTo(terms, 'GAN');
    assert.ok(adversarial, 'GAN is a term');
    assert.deepEqual(adversarial.aliases.filter((alias) => ['GaN', '氮化镓', 'Gallium Nitride'].includes(alias)), []);
    assert.deepEqual(answeringTo(terms, 'GaN'), []);
  });

  it('keeps one term of one thing the reports write in two cases (IoT and IOT, Blockchain and blockchain)', () => {
    const terms = termsOf('物联网（IoT）是人、物、服务泛在相连的互联网。IOT 设备连接量持续增长，IoT 应用也在增长。\n\n区块链（Blockchain）是一种分布式账本技术。blockchain 的共识机制保证数据一致。');
    assert.deepEqual(answeringTo(terms, 'IOT').map((term) => term.term), ['物联网']);
    assert.deepEqual(answeringTo(terms, 'IoT').map((term) => term.term), ['物联网']);
    assert.deepEqual(answeringTo(terms, 'Blockchain').map((term) => term.term), ['区块链']);
  });

  it('finds 物联网 where the Ali report writes IOT, and one Zigbee answering to the glossary\'s ZigBee', () => {
    const snapshot = committedSnapshot();
    const term = (name: string) => snapshot.terms.find((candidate) => candidate.term === name)!;
    assert.ok(term('物联网').occurrences.some((occurrence) => occurrence.reportId === 'aliresearch-2019-intelligence-plus' && occurrence.line === 18));
    assert.ok(term('Zigbee').aliases.includes('ZigBee'));
    assert.ok(term('金融科技').aliases.includes('FinTech') && term('金融科技').aliases.includes('Fintech'));
  });
});
