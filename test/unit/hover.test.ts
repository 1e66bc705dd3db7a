import assert from 'node:assert/strict';
import { commandLink, escapeMarkdown, inertMessage, plainLabel, shownAliases, termHover } from '../../src/core/hoverContent';
import { spacedForm } from '../../src/indexer/terms';
import { Library, parseSnapshot, SnapshotError } from '../../src/core/snapshot';
import Fuse from 'fuse.js';
import { CandidateIndex, FUSE_OPTIONS, SearchIndex, searchEntries } from '../../src/core/search';
import { committedSnapshot, HOVER_COMMANDS, HOVER_LABELS } from './helpers';
import { readFileSync } from 'node:fs';
import { SNAPSHOT_PATH } from './helpers';

const labels = HOVER_LABELS;
const commands = HOVER_COMMANDS;

describe('hover content', () => {
  it('makes a notification message link nowhere: a path or id holding [label](command:…) reads as it did', () => {
    // The expression VS Code reads a notification's links with (src/vs/base/common/linkedText.ts).
    const links = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^\)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
    const hostile = 'Report Lens writes only .bib and .json bibliography files, not /ws/[Choose one](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22x%22%7D)';
    assert.equal([...hostile.matchAll(links)].length, 1, 'the message as it was: a link');
    const inert = inertMessage(hostile);
    assert.equal([...inert.matchAll(links)].length, 0);
    assert.equal(inert.replace(/\u200b/g, ''), hostile, 'the text is all there');
    assert.equal(inertMessage('正文（见第3页）[1]'), '正文（见第3页）[1]');
  });

  it('escapes report text so Markdown, HTML and command links stay text', () => {
    const hostile = '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** `code`';
    const escaped = escapeMarkdown(hostile);
    assert.ok(!escaped.includes('](command:'));
    assert.ok(!escaped.includes('<img'));
    assert.ok(!/(?<!\\)\*\*/.test(escaped));
    assert.equal(escaped.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&amp;/g, '&'), hostile);
  });

  it('keeps $(icon) syntax in report text from rendering as an icon in picker labels', () => {
    assert.equal(plainLabel('$(alert) 数字孪生\n第二行'), '$\u200b(alert) 数字孪生 第二行');
    assert.equal(plainLabel('一\r\n\r\n二\u2028三'), '一 二 三');
  });

  it('shows the controls of bidirectional text as their code points, which would reorder the text after them', () => {
    // U+202E before `%01` shows `10%`: a hover, picker row or tree item would say what the report does not.
    assert.equal(plainLabel('增长率为\u202e%01，\u2066x\u2069'), '增长率为[U+202E]%01，[U+2066]x[U+2069]');
    assert.equal(escapeMarkdown('增长率为\u202e%01'), '增长率为\\[U\\+202E\\]%01');
    for (const control of ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      assert.ok(!plainLabel(control).includes(control) && !escapeMarkdown(control).includes(control), `U+${control.charCodeAt(0).toString(16)}`);
    }
    assert.equal(plainLabel('数字\u200d孪生'), '数字\u200d孪生', 'other invisible characters of text stay');
  });

  it('builds links only to the commands it is given', () => {
    assert.equal(commandLink('Cite', 'reportLens.insertCitation', [{ kind: 'term', id: 'term:区块链' }]), `[Cite](command:reportLens.insertCitation?${encodeURIComponent('[{"kind":"term","id":"term:区块链"}]')})`);
  });

  it('shows the term, its best definition verbatim with source, and related figures', () => {
    const library = new Library(committedSnapshot());
    const term = library.term('term:区块链')!;
    const markdown = termHover(library, term, 2, labels, commands);
    assert.ok(markdown.startsWith('**区块链**'));
    assert.ok(markdown.includes(escapeMarkdown(term.definitions[0].quote)));
    assert.ok(markdown.includes(`line ${term.definitions[0].line}`));
    assert.equal((markdown.match(/^- .*\*\*/gm) ?? []).length, Math.min(2, term.figureIds.length));
    assert.equal((markdown.match(/\]\(command:/g) ?? []).length, 4);
    assert.ok(!markdown.includes('not defined'), 'an explicit definition is not flagged');
  });

  it('names a glued Latin name by its spaced form, which a writer types and the hover matches (InternetofEverything)', () => {
    const library = new Library(committedSnapshot());
    const term = library.term('term:万物互联')!;
    // IoE comes with the glossary's entry for 万物互联; the glued form is the reports' own.
    assert.deepEqual(term.aliases.filter((alias) => /^[A-Za-z ]+$/.test(alias)).sort(), ['Internet of Everything', 'InternetofEverything', 'IoE']);
    assert.deepEqual(shownAliases(term).filter((alias) => /^[A-Za-z ]+$/.test(alias)), ['Internet of Everything', 'IoE']);
    assert.match(termHover(library, term, 0, labels, commands), /^\*\*万物互联\*\* · Internet of Everything, /);
    assert.equal(library.matcher.matchAt('the Internet of Everything era', 8)?.value, term);
    // Names written glued on purpose keep their one form.
    for (const name of ['DevOps', 'FinTech', 'ZigBee', 'WiFi', 'AutoML']) assert.equal(spacedForm(name), undefined, name);
    assert.equal(spacedForm('MicroserviceArchitecture'), 'Microservice Architecture');
  });

  it('says so when the reports only use a term without defining it', () => {
    const library = new Library(committedSnapshot());
    const term = library.snapshot.terms.find((candidate) => candidate.definitions[0].kind === 'explanatory')!;
    assert.ok(termHover(library, term, 0, labels, commands).includes('_only used_'));
  });
});

describe('snapshot loading', () => {
  it('validates the committed snapshot field by field (the extension trusts it at run time because of this test)', () => {
    assert.ok(parseSnapshot(readFileSync(SNAPSHOT_PATH, 'utf8')).terms.length > 40);
  });

  it('still refuses a built-in snapshot of another schema version', () => {
    assert.throws(() => parseSnapshot('{"schemaVersion": 2}', { builtIn: true }), /schemaVersion is 2/);
  });

  it('refuses broken snapshots with the path of the problem', () => {
    assert.throws(() => parseSnapshot('{'), /not valid JSON/);
    assert.throws(() => parseSnapshot('{"schemaVersion": 99}'), (error: unknown) => error instanceof SnapshotError && /schemaVersion is 99/.test(error.message));
    const broken = structuredClone(committedSnapshot()) as unknown as { terms: { definitions: { quote: unknown }[] }[] };
    broken.terms[3].definitions[0].quote = 42;
    assert.throws(() => parseSnapshot(JSON.stringify(broken)), /terms\[3\]\.definitions\[0\]\.quote: must be text/);
  });
});

describe('search on the real snapshot', () => {
  const library = new Library(committedSnapshot());
  const index = new SearchIndex(library);
  const top = (query: string) => index.search(query, 3)[0]?.entry.label;

  it('lists, before anything is typed, the terms the reports define, most used first, then the rest (not 2B, 2G, 3D)', () => {
    const listed = index.search('', 5_000).map((hit) => hit.entry.item);
    assert.equal(listed.length, index.search('', 5_000).length);
    const terms = listed.flatMap((item) => (item.kind === 'term' ? [item.term] : []));
    assert.equal(listed.findIndex((item) => item.kind !== 'term'), terms.length, 'every term before the figures and captions');
    const strength = (status: string | undefined) => ['defined', 'explained'].indexOf(status ?? '') + 1 || 3;
    terms.forEach((term, i) => {
      if (i === 0) return;
      const before = terms[i - 1];
      assert.ok(strength(before.status) < strength(term.status) || (strength(before.status) === strength(term.status) && before.occurrences.length >= term.occurrences.length), `${before.term} before ${term.term}`);
    });
    assert.equal(terms[0].status, 'defined');
  });

  it('finds terms by pinyin (initials and full), traditional, English, typos', () => {
    assert.equal(top('szls'), '数字孪生');
    // `bianyuan` alone also names 边缘端, a shorter term.
    assert.equal(top('bianyuan jisuan'), '边缘计算');
    assert.equal(top('數字孿生'), '数字孪生');
    assert.equal(top('digital twin'), '数字孪生');
    assert.equal(top('区快链'), '区块链');
    assert.equal(top('人工智慧'), '人工智能');
  });

  it('finds figures and captions by their words', () => {
    assert.match(top('6560') ?? '', /6560亿美金$/);
    assert.equal(top('机器学习分类'), '图 2.2 机器学习分类');
  });

  it('ranks an exact caption label first, before longer labels that start with it', () => {
    for (const query of ['图 2.1', '图2.1']) {
      const labels = index.search(query, 10).map((hit) => hit.entry.label);
      assert.equal(labels[0], '图 2.1 2018–2022 年中国人工智能赋能实体经济市场规模', query);
      assert.ok(labels.indexOf('图 2.15 可信供应链') > 0 && labels.indexOf('图 2.11 区块链发展历程') > 0, labels.join(' | '));
    }
    assert.equal(top('图 2.11'), '图 2.11 区块链发展历程');
  });

  it('ranks a one-character query as sorting every entry that contains it would (exact, prefix, terms, short names; ties in snapshot order)', () => {
    const entries = index.entries;
    const reference = (character: string, limit: number) =>
      entries
        .filter((entry) => [...entry.names, ...entry.pinyin].some((key) => key.includes(character)))
        .map((entry) => {
          const keys = [...entry.names, ...entry.pinyin];
          const base = keys.includes(character) ? 0 : keys.some((key) => key.startsWith(character)) ? 0.1 : 0.2;
          return { label: entry.label, score: base + (entry.item.kind === 'term' ? 0 : 0.05) + 0.01 * Math.min(...entry.names.map((name) => name.length), 10) };
        })
        .sort((a, b) => a.score - b.score)
        .slice(0, limit);
    const characters = [...new Set(entries.flatMap((entry) => [...entry.names, ...entry.pinyin]).join(''))].filter((character) => character.trim() !== '');
    let pruned = 0;
    for (const character of characters) {
      // A small limit makes the ranking keep only the best few while it walks: the path a large library takes.
      for (const limit of [3, 50]) {
        const found = index.search(character, limit).map((hit) => ({ label: hit.entry.label, score: hit.score }));
        assert.deepEqual(found, reference(character, limit), `${character} (limit ${limit})`);
      }
      if (reference(character, Infinity).length > 4 * 2 * 3) pruned++;
    }
    assert.ok(pruned > 20, `only ${pruned} characters reach the pruning`);
  });

  it('prefilters by characters and pairs without losing a name Fuse matches (seeded edits of real names)', () => {
    const entries = searchEntries(library);
    const candidates = new CandidateIndex(entries);
    const fuse = new Fuse(entries, FUSE_OPTIONS);
    const keys = entries.flatMap((entry) => [...entry.names, ...entry.pinyin]).filter((key) => key.length >= 2);
    const alphabet = [...new Set(keys.join(''))];
    let seed = 20261202n;
    const random = (n: number) => {
      seed = (seed * 1103515245n + 12345n) % 2n ** 31n;
      return Number((seed * BigInt(n)) / 2n ** 31n);
    };
    console.log('      (queries drawn with seed 20261202)');
    let checked = 0;
    for (let draw = 0; draw < 400; draw++) {
      const key = keys[random(keys.length)];
      const start = random(key.length - 1);
      const query = [...key.slice(start, start + 2 + random(7))];
      // Up to two edits, as a writer's typos: replace, drop or add a character.
      for (let edits = random(3); edits > 0; edits--) {
        const at = random(query.length);
        const kind = random(3);
        if (kind === 0) query[at] = alphabet[random(alphabet.length)];
        else if (kind === 1 && query.length > 2) query.splice(at, 1);
        else query.splice(at, 0, alphabet[random(alphabet.length)]);
      }
      const pattern = query.join('').trim();
      if (pattern.length < 2) continue;
      const found = new Set(candidates.candidates(pattern));
      const characters = new Set(pattern.replace(/ /g, ''));
      const need = characters.size <= 2 ? characters.size : characters.size - 1;
      for (const match of fuse.search(pattern)) {
        const held = [...characters].filter((character) => [...match.item.names, ...match.item.pinyin].some((name) => name.includes(character))).length;
        // The character rule (all but one of the query's characters) is the prefilter's documented cut; the pairs must lose nothing more.
        if (held < need) continue;
        checked++;
        assert.ok(found.has(match.refIndex), `${pattern}: ${match.item.label} matched by Fuse is not a candidate`);
      }
    }
    assert.ok(checked > 1000, `only ${checked} matches checked`);
  });
});
