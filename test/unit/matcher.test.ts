import assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/matcher';
import { FoldTable, KANGXI_RADICALS } from '../../src/core/normalize';
import { Library } from '../../src/core/snapshot';
import { committedSnapshot } from './helpers';

describe('normalisation', () => {
  it('has the NFKC form of every Kangxi radical, written out', () => {
    let expected = '';
    for (let code = 0x2f00; code <= 0x2fd5; code++) expected += String.fromCharCode(code).normalize('NFKC');
    assert.equal(KANGXI_RADICALS, expected);
  });

  it('folds width, case, Kangxi radicals and traditional characters without changing length', () => {
    const table = new FoldTable({ 聯: '联', 網: '网' });
    const input = 'ＩｏＴ核⼼芯片物聯網';
    const folded = table.fold(input);
    assert.equal(folded, 'iot核心芯片物联网');
    assert.equal(folded.length, input.length);
  });

  it('keeps what a UTF-16 decoder would change: a leading U+FEFF, unpaired surrogates, pairs across a chunk of 8,192', () => {
    const table = new FoldTable({ 網: '网' });
    assert.equal(table.fold('\ufeffＡ網'), '\ufeffa网');
    assert.equal(table.fold('Ａ\ud800網\udc00'), 'a\ud800网\udc00');
    // 𠀀 (U+20000) split by the fold's chunk edge: each half lies in a chunk of its own.
    const input = `Ａ${'网'.repeat(8190)}\u{20000}網`;
    assert.equal(table.fold(input), `a${'网'.repeat(8190)}\u{20000}网`);
  });

  it('folds a radical standing for a traditional character all the way to the simplified one (idempotent)', () => {
    const table = new FoldTable({ 魚: '鱼' });
    assert.equal(table.fold('⿂'), '鱼');
    assert.equal(table.fold(table.fold('⿂魚')), table.fold('⿂魚'));
  });
});

describe('term matching on real report terms', () => {
  const library = new Library(committedSnapshot());
  const termAt = (text: string, offset: number) => library.matcher.matchAt(text, offset)?.value.term;

  it('finds the longest term covering every offset of a sentence without spaces', () => {
    const sentence = '“智能+”时代，数字孪生与边缘计算正在改变制造业。';
    const start = sentence.indexOf('数字孪生');
    for (let offset = start; offset < start + 4; offset++) assert.equal(termAt(sentence, offset), '数字孪生', `offset ${offset}`);
    const edge = sentence.indexOf('边缘计算');
    for (let offset = edge; offset < edge + 4; offset++) assert.equal(termAt(sentence, offset), '边缘计算');
    assert.equal(termAt(sentence, sentence.indexOf('与')), undefined);
    assert.equal(termAt(sentence, sentence.indexOf('智能+') + 2), '智能+');
  });

  it('matches English aliases case-insensitively on word boundaries only', () => {
    assert.equal(termAt('A Digital Twin helps', 5), '数字孪生');
    assert.equal(termAt('EDGE COMPUTING', 3), '边缘计算');
    assert.equal(termAt('IoTx', 1), undefined);
    assert.equal(termAt('Digital Twinning', 3), undefined);
    // An English plural is its term (a new user's `smart contracts` got no hover); the match is the singular.
    assert.equal(termAt('two smart contracts run', 6), '智能合约');
    assert.deepEqual(library.matcher.matchAt('Digital Twins.', 0), { ...library.matcher.matchAt('Digital Twin.', 0), end: 'Digital Twin'.length });
    assert.equal(termAt('IoTs', 1), '物联网');
    // Not after a key ending in s, nor a short one, nor with more of a word after the s.
    assert.equal(termAt('smart contractss', 6), undefined);
    assert.equal(termAt('5Gs', 0), undefined);
    assert.equal(termAt('smart contractsy', 6), undefined);
    assert.equal(termAt('25G network', 1), undefined);
    // A plural in -ies is its term too (`smart cities` got no hover, where `smart contracts` did); not `citiess`.
    assert.equal(termAt('Smart cities use IoT', 8), '智慧城市');
    assert.equal(termAt('SMART CITIES', 0), '智慧城市');
    assert.equal(termAt('smart citiess', 8), undefined);
    assert.equal(termAt('smart citie', 8), undefined);
    // 5G网络 is a term of its own (explained); 5G时代 is not, nor 5G手机 since the census of 7 December.
    assert.equal(termAt('5G时代', 0), '5G');
    assert.equal(termAt('5G手机', 0), '5G');
    assert.equal(termAt('5G网络', 0), '5G网络');
  });

  it('matches traditional script and Taiwan wording', () => {
    assert.equal(termAt('人工智慧', 1), '人工智能');
    assert.equal(termAt('物聯網', 0), '物联网');
    assert.equal(termAt('產業互聯網', 2), '产业互联网');
  });

  it('scans a whole document leftmost-longest', () => {
    const found: string[] = [];
    library.matcher.scan('区块链与微服务（Microservice），物联网。', (match) => {
      found.push(match.value.term);
    });
    assert.deepEqual(found, ['区块链', '微服务', '微服务', '物联网']);
  });

  it('lets a term beat another term\'s alias with the same spelling', () => {
    const matcher = new TermMatcher<string>(new FoldTable());
    matcher.add('AI', 'canonical');
    matcher.add('ai', 'alias');
    assert.equal(matcher.matchAt('AI', 0)?.value, 'canonical');
  });

  it('tells apart two names that differ only by case (GaN, gallium nitride; GAN, a generative adversarial network)', () => {
    const matcher = new TermMatcher<string>(new FoldTable());
    matcher.add('GaN', '氮化镓');
    matcher.add('GAN', '生成对抗网络');
    matcher.add('Generative Adversarial Network', '生成对抗网络');
    const sentence = 'GaN功率器件与GAN生成的图像，gan一词';
    const found: string[] = [];
    matcher.scan(sentence, (match) => void found.push(`${sentence.slice(match.start, match.end)}→${match.value}`));
    // Spelled as neither, the name not in capitals: an acronym in capitals is written so.
    assert.deepEqual(found, ['GaN→氮化镓', 'GAN→生成对抗网络', 'gan→氮化镓']);
    assert.equal(matcher.matchAt('用GAN生成', 2)?.key, 'GAN');
    // Added again after a match: the flat trie is rebuilt from the keys as added, each spelling still its own.
    matcher.add('SiC', '碳化硅');
    assert.equal(matcher.matchAt('GAN', 0)?.value, '生成对抗网络');
    assert.equal(matcher.matchAt('GaN', 0)?.value, '氮化镓');
  });

  it('reads a spelling of neither (gan, Gan) as the name not in capitals, whichever was added first', () => {
    const matcher = new TermMatcher<string>(new FoldTable());
    matcher.add('GAN', '生成对抗网络');
    matcher.add('GaN', '氮化镓');
    assert.equal(matcher.matchAt('gan', 0)?.value, '氮化镓');
    assert.equal(matcher.matchAt('Gan', 0)?.value, '氮化镓');
    assert.equal(matcher.matchAt('GAN', 0)?.value, '生成对抗网络');
    // Names neither of them in capitals: the first added stands (IoT, Iot).
    const mixed = new TermMatcher<string>(new FoldTable());
    mixed.add('IoT', '物联网');
    mixed.add('Iot', 'other');
    assert.equal(mixed.matchAt('IOT', 0)?.value, '物联网');
  });

  it('scans a long text in place: a term and a word boundary 64K characters in, an early stop', () => {
    const far = 65_536;
    for (let shift = -6; shift <= 2; shift++) {
      // `IoT` must not match inside `IoTx`, however far into the text.
      const text = `${'的'.repeat(far + shift)}数字孪生，IoTx与IoT。`;
      const found: string[] = [];
      library.matcher.scan(text, (match) => void found.push(`${match.start}:${text.slice(match.start, match.end)}`));
      assert.deepEqual(found, [`${far + shift}:数字孪生`, `${far + shift + 10}:IoT`], `shift ${shift}`);
      let calls = 0;
      library.matcher.scan(text, () => ++calls < 1);
      assert.equal(calls, 1, 'stops when told');
    }
  });

  it('finds keys added after a match (the flat trie is rebuilt), and every one of thousands of keys sharing prefixes', () => {
    const matcher = new TermMatcher<string>(new FoldTable());
    matcher.add('数字', 'a');
    assert.equal(matcher.matchAt('数字孪生', 2)?.value, undefined);
    matcher.add('数字孪生', 'b');
    assert.equal(matcher.matchAt('数字孪生', 2)?.value, 'b');
    // Many keys on few first characters: the edge table's probing is exercised by collisions.
    const keys: string[] = [];
    for (let i = 0; i < 3000; i++) keys.push(`数${String.fromCharCode(0x4e00 + ((i * 37) % 500))}${String.fromCharCode(0x4e00 + i)}`);
    keys.forEach((key) => matcher.add(key, key));
    for (const key of keys) assert.equal(matcher.matchAt(`在${key}中`, 2)?.value, key);
    // 数丁 starts a key (数丁 + U+4FD9) but 数丁丁 none: a walk that ends in an empty slot finds nothing.
    assert.equal(matcher.matchAt('数丁丁丁', 1), undefined);
  });
});
