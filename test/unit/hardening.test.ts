/**
 * Hostile user snapshots: validation refuses every field the extension would
 * trip over at run time, a user file cannot change how built-in data is
 * matched, and what passes validation loads, hovers and cites without throwing.
 */
import assert from 'node:assert/strict';
import type { Snapshot } from '../../src/core/model';
import { Library, mergeSnapshots, parseSnapshot, parseUserSnapshot, runInSlices, userFileProblem, userSnapshotSteps, validateSnapshot } from '../../src/core/snapshot';
import { serialiseSnapshot } from '../../src/indexer/build';
import { stringify as toYaml } from 'yaml';
import { parseYamlDocument } from '../../src/core/yaml';
import { SearchIndex } from '../../src/core/search';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandLink, escapeMarkdown, figureHover, shownQuote, SHOWN_QUOTE_LENGTH, termHover, tooltipMarkdown } from '../../src/core/hoverContent';
import { committedSnapshot, HOVER_COMMANDS, HOVER_LABELS, REPORTS_DIR } from './helpers';
import { userSnapshot } from './userSnapshot';

const labels = HOVER_LABELS;
const commands = HOVER_COMMANDS;

/** The user snapshot with one change, as JSON text. */
function broken(change: (snapshot: Snapshot) => void): string {
  const snapshot = userSnapshot();
  change(snapshot);
  return JSON.stringify(snapshot);
}

describe('user snapshots: validation matches what the code reads', () => {
  it('accepts the valid example', () => {
    assert.equal(parseSnapshot(JSON.stringify(userSnapshot())).terms.length, 1);
  });

  it('accepts names of up to 10,000 characters, and quotes of any length (they are shown cut)', () => {
    const long = userSnapshot();
    long.reports[0].shortTitle = '报'.repeat(10_000);
    long.terms[0].definitions[0].quote = '长'.repeat(1_000_000);
    assert.equal(parseSnapshot(JSON.stringify(long)).reports[0].shortTitle.length, 10_000);
  });

  // Wrong types are what a hostile file holds: `as never` writes them past the compiler.
  const cases: [string, (snapshot: Snapshot) => void, RegExp][] = [
    ['a folding entry that is not one character', (s) => (s.fold.t2s['試'] = 7 as never), /^fold\.t2s\.試: must map one character to one character$/],
    ['a folding table that is not an object', (s) => (s.fold = { t2s: [] as never }), /^fold: must be/],
    ['a term without figureIds', (s) => Reflect.deleteProperty(s.terms[0], 'figureIds'), /^terms\[0\]: missing "figureIds"$/],
    ['figureIds holding a number', (s) => (s.terms[0].figureIds = [1 as never]), /^terms\[0\]\.figureIds: must be a list of texts of at most 10,000 characters each$/],
    ['a term with no definition', (s) => (s.terms[0].definitions = []), /^terms\[0\]\.definitions: must not be empty$/],
    ['a definition of unknown kind', (s) => (s.terms[0].definitions[0].kind = 'guess' as never), /^terms\[0\]\.definitions\[0\]\.kind: must be/],
    ['an empty term', (s) => (s.terms[0].term = ''), /^terms\[0\]\.term: must be non-empty text of at most 10,000 characters$/],
    ['a numeric date', (s) => (s.reports[0].date = 2020 as never), /^reports\[0\]\.date: must be a date/],
    ['an impossible date', (s) => (s.reports[0].date = '2020-13-45'), /^reports\[0\]\.date: must be a date/],
    ['the 30th of February', (s) => (s.reports[0].date = '2021-02-30'), /^reports\[0\]\.date: must be a date/],
    ['an article with a numeric date', (s) => (s.reports[0].articles = [{ title: '文', date: 1 as never }]), /^reports\[0\]\.articles\[0\]\.date: must be a date/],
    ['pinyin as one string', (s) => (s.terms[0].pinyin = 'szls' as never), /^terms\[0\]\.pinyin: must be/],
    ['two terms with one id', (s) => s.terms.push({ ...s.terms[0], term: '别的' }), /^terms\[1\]\.id: duplicate id "term:测试术语"$/],
    ['two figures with one id', (s) => s.figures.push(s.figures[0]), /^figures\[1\]\.id: duplicate id/],
    ['two reports with one id', (s) => s.reports.push(s.reports[0]), /^reports\[1\]\.id: duplicate id/],
    ['a section that is its own parent', (s) => (s.sections[0].parentId = 'mine#s1'), /^sections\[0\]\.parentId: section "mine#s1" is its own ancestor/],
    ['two sections that are each other’s parent', (s) => (s.sections[0].parentId = 'mine#s2'), /^sections\[0\]\.parentId: .*own ancestor/],
    ['a report id with a line break', (s) => (s.reports[0].id = 'ok,\ntouch pwned\n'), /^reports\[0\]\.id: must be letters, digits/],
    ['a report id with BibTeX syntax', (s) => (s.reports[0].id = 'a}{b'), /^reports\[0\]\.id: must be letters/],
    ['a report file that climbs out of the reports folder', (s) => (s.reports[0].file = '../../../etc/passwd'), /^reports\[0\]\.file: must be a relative path inside the reports folder/],
    ['a report file that climbs out from below', (s) => (s.reports[0].file = 'text/../../x.txt'), /^reports\[0\]\.file: must be a relative path/],
    ['an absolute report file', (s) => (s.reports[0].file = '/etc/passwd'), /^reports\[0\]\.file: must be a relative path/],
    ['a report file on a Windows drive', (s) => (s.reports[0].file = 'C:\\Windows\\win.ini'), /^reports\[0\]\.file: must be a relative path/],
    ['a line 0 (the editor indexes line − 1)', (s) => (s.figures[0].line = 0), /^figures\[0\]\.line: must be a whole number from 1$/],
    ['a fractional offset', (s) => (s.figures[0].offset = 1.5), /^figures\[0\]\.offset: must be a whole number from 0$/],
    ['a figure without sameAs', (s) => Reflect.deleteProperty(s.figures[0], 'sameAs'), /^figures\[0\]: missing "sameAs"$/],
    ['an occurrence of an unknown report', (s) => (s.terms[0].occurrences[0].reportId = 'nope'), /^terms\[0\]\.occurrences\[0\]\.reportId: names no report/],
    // Names are shown whole in every picker row, tree item and message naming their item: a 10 MB short title took 4 s a keystroke.
    ['a report short title of megabytes', (s) => (s.reports[0].shortTitle = '报'.repeat(10_000_001)), /^reports\[0\]\.shortTitle: must be text of at most 10,000 characters$/],
    ['a term of more than 10,000 characters', (s) => (s.terms[0].term = '术'.repeat(10_001)), /^terms\[0\]\.term: must be non-empty text of at most/],
    ['an alias of megabytes', (s) => (s.terms[0].aliases = ['TT', 'x'.repeat(3_000_000)]), /^terms\[0\]\.aliases: must be a list of texts of at most/],
    ['a section path of megabytes', (s) => (s.figures[0].section = '一 › '.repeat(1_000_000)), /^figures\[0\]\.section: must be text of at most/],
    ['a figure subject of megabytes', (s) => (s.figures[0].subject = '规模'.repeat(1_000_000)), /^figures\[0\]\.subject: must be text of at most/],
    ['a caption title of megabytes', (s) => (s.captions[0].title = '图'.repeat(1_000_000)), /^captions\[0\]\.title: must be text of at most/],
    ['a section title of megabytes', (s) => (s.sections[0].title = '章'.repeat(1_000_000)), /^sections\[0\]\.title: must be text of at most/],
    ['a category of megabytes', (s) => (s.terms[0].category = '类'.repeat(1_000_000)), /^terms\[0\]\.category: must be text of at most/],
    ['a numeric sectionId', (s) => (s.captions[0].sectionId = 3 as never), /^captions\[0\]\.sectionId: must be text of at most 10,000 characters$/],
  ];
  for (const [what, change, problem] of cases) {
    it(`refuses ${what}`, () => {
      assert.throws(() => parseSnapshot(broken(change)), (error: Error) => problem.test(error.message) || assert.fail(error.message));
    });
  }

  it('refuses a parent cycle deep in a long chain of sections, walking each section once', () => {
    const snapshot = userSnapshot();
    snapshot.sections = Array.from({ length: 5_000 }, (_, i) => ({ id: `s${i}`, reportId: 'mine', title: `${i}`, level: 1, line: i + 1, parentId: i === 0 ? 's4999' : `s${i - 1}` }));
    assert.throws(() => validateSnapshot(snapshot), /sections\[0\]\.parentId: section "s0" is its own ancestor/);
    snapshot.sections[0].parentId = undefined;
    assert.equal(validateSnapshot(snapshot).sections.length, 5_000);
  });
});

describe('user snapshots: loading', () => {
  const base = committedSnapshot();

  it('walks up a section cycle a boundedly even when validation was skipped', () => {
    const snapshot = userSnapshot();
    snapshot.sections[0].parentId = 'mine#s2';
    const library = new Library(snapshot);
    assert.deepEqual(library.sourceOf({ reportId: 'mine', sectionId: 'mine#s2' }), { report: snapshot.reports[0] });
  });

  it('finds every figure of one value and unit', () => {
    const snapshot = userSnapshot();
    snapshot.figures = Array.from({ length: 3 }, (_, i) => ({ ...snapshot.figures[0], id: `mine:f${i}` }));
    assert.deepEqual(new Library(snapshot).figuresWithValue(4.2e9, 'CNY').map((figure) => figure.id), ['mine:f0', 'mine:f1', 'mine:f2']);
  });

  it('refuses a user section that reuses a built-in section id', () => {
    const snapshot = userSnapshot();
    snapshot.sections[0].id = base.sections[0].id;
    snapshot.sections[1].parentId = base.sections[0].id;
    assert.throws(() => mergeSnapshots(base, snapshot), /sections\[0\]\.id: id ".*" is already used by another snapshot$/);
  });

  it('refuses a user report whose id is the citation key of a page or an article of another report', () => {
    for (const suffix of ['-p12', '-a2']) {
      const snapshot = userSnapshot();
      const id = `${base.reports[0].id}${suffix}`;
      for (const list of [snapshot.sections, snapshot.terms.flatMap((term) => [...term.definitions, ...term.occurrences]), snapshot.figures, snapshot.captions]) for (const item of list) item.reportId = id;
      snapshot.reports[0].id = id;
      assert.throws(() => mergeSnapshots(base, snapshot), new RegExp(`^.*reports\\[0\\]\\.id: report id "${id}" is the citation key of an article or a page of report "${base.reports[0].id}"$`));
    }
    // Ending in a number alone is no such key.
    const snapshot = userSnapshot();
    snapshot.reports[0].id = `${base.reports[0].id}-2`;
    assert.doesNotThrow(() => mergeSnapshots(base, snapshot));
  });

  it('never lets a user folding table change how built-in terms are matched', () => {
    const builtIn = new Library(base);
    const twin = builtIn.term('term:数字孪生')!;
    const snapshot = userSnapshot();
    // 数 occurs in built-in terms, 內 is a built-in traditional character, 们 a built-in simplified one.
    snapshot.fold.t2s = { 数: 'X', 內: 'Y', [Object.values(base.fold.t2s)[0]]: 'Z', 試: '试' };
    const merged = new Library(mergeSnapshots(base, snapshot));
    for (const probe of ['数字孪生', '內容', Object.values(base.fold.t2s)[0]]) assert.equal(merged.folding.fold(probe), builtIn.folding.fold(probe), probe);
    assert.equal(merged.matcher.matchAt('这是数字孪生。', 3)?.value, twin);
    assert.equal(merged.folding.fold('測試'), builtIn.folding.fold('測') + '试', 'a character the built-in terms do not use is added');
  });

  it('hovers the term a writer\'s report defines over the built-in one of its name the reports only use, and not the other way', () => {
    const defined = userSnapshot();
    defined.terms[0] = { ...defined.terms[0], id: 'library:term:城市大脑', term: '城市大脑', aliases: [], status: 'defined' };
    const merged = new Library(mergeSnapshots(base, defined));
    assert.equal(new Library(base).matcher.matchAt('城市大脑', 0)?.value.status, 'used', 'the built-in reports only use it');
    assert.equal(merged.matcher.matchAt('建设城市大脑。', 2)?.value.id, 'library:term:城市大脑');
    const used = userSnapshot();
    used.terms[0] = { ...used.terms[0], id: 'library:term:数字孪生', term: '数字孪生', aliases: [], status: 'used' };
    assert.equal(new Library(mergeSnapshots(base, used)).matcher.matchAt('数字孪生', 0)?.value.id, 'term:数字孪生', 'the built-in explanation stays');
  });

  it('loads, hovers and searches whatever passes validation, merged with the built-in snapshot', () => {
    const snapshot = userSnapshot();
    snapshot.terms[0].figureIds = ['mine:f1', 'no-such-figure'];
    snapshot.terms[0].definitions[0].kind = 'explanatory';
    const library = new Library(mergeSnapshots(base, parseSnapshot(JSON.stringify(snapshot))));
    const term = library.term('term:测试术语')!;
    assert.match(termHover(library, term, 3, labels, commands), /^\*\*测试术语\*\* · TT · _测试_\n\n_only used_/);
    assert.equal(new SearchIndex(library).search('cssy')[0]?.entry.label, '测试术语');
    assert.deepEqual(library.sourceOf({ reportId: 'mine', sectionId: 'mine#s2' }), { report: snapshot.reports[0] });
  });

  it('hovers and scans beside a user alias of 10,000 characters, which it does not match', () => {
    // The matcher's trie was numbered by recursion as deep as its longest key: an alias of 8,000 characters overflowed
    // the stack on the first hover, and every hover and scan failed.
    const snapshot = userSnapshot();
    snapshot.terms[0].aliases = ['数'.repeat(9_999) + '字'];
    const library = new Library(mergeSnapshots(base, parseSnapshot(JSON.stringify(snapshot))));
    assert.equal(library.matcher.matchAt('这是数字孪生。', 3)?.value.id, 'term:数字孪生');
    assert.equal(library.matcher.matchAt('这是测试术语。', 3)?.value.id, 'term:测试术语');
    const found: string[] = [];
    library.matcher.scan('数'.repeat(20_000) + '数字孪生', (match) => void found.push(match.value.id));
    assert.deepEqual(found, ['term:数字孪生']);
    assert.ok(library.matcher.maxKeyLength <= 128, 'a scan walks no further than 128 characters from a position');
  });

  it('searches a term of 200,000 aliases, or of the longest aliases a snapshot may hold, by its first names', () => {
    // Building the picker's index spread every name of an entry into Math.min's arguments: past about 120,000 the
    // stack overflowed, and no search of the workspace worked. Then each keystroke reaching the term read every alias.
    const many = userSnapshot();
    many.terms[0].aliases = Array.from({ length: 200_000 }, (_, i) => `alias${i}`);
    const huge = userSnapshot();
    huge.terms[0].aliases = Array.from({ length: 100 }, (_, i) => `${i}${'长'.repeat(9_990)}`);
    for (const snapshot of [many, huge]) {
      const index = new SearchIndex(new Library(mergeSnapshots(base, parseSnapshot(JSON.stringify(snapshot)))));
      assert.equal(index.search('测试术语')[0]?.entry.label, '测试术语');
      assert.equal(index.search('cssy')[0]?.entry.label, '测试术语');
      const entry = index.entries.find((candidate) => candidate.label === '测试术语')!;
      assert.ok(entry.names.length <= 32 && entry.names.every((name) => name.length <= 200), 'the names searched are bounded');
    }
  });

  it('shows a quote of a whole report cut at its first thousand characters, marked, and inserts it whole', () => {
    // A report extracted with no sentence marks is one "sentence": the quote is the whole text, a few hundred KB.
    const report = readFileSync(join(REPORTS_DIR, 'jd-2021-future-tech-trends.txt'), 'utf8');
    const snapshot = userSnapshot();
    snapshot.terms[0].definitions[0].quote = report;
    snapshot.figures[0].quote = report;
    const library = new Library(mergeSnapshots(base, parseSnapshot(JSON.stringify(snapshot))));
    const term = library.term('term:测试术语')!;
    const shown = `${report.slice(0, SHOWN_QUOTE_LENGTH)}…`;
    assert.ok(report.length > 100 * SHOWN_QUOTE_LENGTH);
    assert.equal(shownQuote(report), shown);
    assert.ok(termHover(library, term, 3, labels, commands).includes(`> ${escapeMarkdown(shown)}\n`));
    assert.ok(figureHover(library, [library.figure('mine:f1')!], labels, commands).includes(`> ${escapeMarkdown(shown)}\n`));
    assert.ok(termHover(library, term, 3, labels, commands).length < 4 * SHOWN_QUOTE_LENGTH);
    assert.equal(tooltipMarkdown(report, '我的报告'), `${escapeMarkdown(shown)}\n\n— ${escapeMarkdown('我的报告')}`);
    assert.equal(library.term('term:测试术语')!.definitions[0].quote, report, 'the snapshot keeps the quote whole: Insert quote inserts all of it');
    // A cut never splits a surrogate pair: 𠀀 (U+20000) across the thousandth character stays out whole.
    const astral = `${'数'.repeat(SHOWN_QUOTE_LENGTH - 1)}𠀀${'字'.repeat(10)}`;
    assert.equal(shownQuote(astral), `${'数'.repeat(SHOWN_QUOTE_LENGTH - 1)}…`);
    assert.equal(shownQuote(report.slice(0, SHOWN_QUOTE_LENGTH)), report.slice(0, SHOWN_QUOTE_LENGTH), 'a quote of exactly the limit is whole');
  });
});

describe('user snapshots: reading is bounded', () => {
  const MB = 2 ** 20;

  it('reads only regular files under the size cap', () => {
    assert.equal(userFileProblem({ isFile: true, size: 20 * MB }, 20 * MB), undefined);
    assert.match(userFileProblem({ isFile: false, size: 0 }, 20 * MB)!, /^not a regular file/);
    assert.equal(userFileProblem({ isFile: true, size: 20 * MB + 1 }, 20 * MB), '20.0 MB is over the 20 MB cap (reportLens.maxSnapshotMegabytes)');
  });

  it('reads a YAML snapshot, aliases included, and refuses one whose aliases expand past the cap', () => {
    const snapshot = userSnapshot();
    const yaml = toYaml(snapshot);
    assert.equal(parseUserSnapshot(yaml, 'yaml', MB).terms[0].term, '测试术语');
    const withAlias = yaml.replace(/^(\s+)text: 42亿元$/m, '$1text: &s 42亿元').replace(/^(\s+)subject: 规模$/m, '$1subject: *s');
    assert.equal(parseUserSnapshot(withAlias, 'yaml', MB).figures[0].subject, '42亿元');
    // 99 aliases of a 2 MB string: a 2 MB file that is 200 MB of text once expanded.
    const bomb = `${yaml}bomb:\n  - &big "${'x'.repeat(2 * MB)}"\n${'  - *big\n'.repeat(99)}`;
    assert.throws(() => parseUserSnapshot(bomb, 'yaml', 20 * MB), /^SnapshotError: its YAML aliases expand to more than 20971520 characters$/);
  });

  it('refuses exponential alias nesting (a billion laughs)', () => {
    const levels = Array.from({ length: 10 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`);
    const laughs = `l0: &l0 "lol"\n${levels.join('\n')}\n`;
    assert.throws(() => parseUserSnapshot(laughs, 'yaml', 20 * MB), /not valid YAML \(Excessive alias count/);
  });

  it('refuses a key repeated in a mapping, at any depth, and tells 1 from "1" (the check is one pass, not the parser\'s own of every pair)', () => {
    const yaml = toYaml(userSnapshot());
    assert.throws(() => parseUserSnapshot(`${yaml}schemaVersion: 1\n`, 'yaml', MB), /^SnapshotError: not valid YAML \(Map keys must be unique\)$/);
    assert.deepEqual(parseYamlDocument('fold:\n  t2s:\n    體: 体\n    體: 休\n').errors.map((error) => error.code), ['DUPLICATE_KEY'], 'nested');
    const document = parseYamlDocument('a:\n  1: x\n  "1": y\nb: [{c: 1}, {c: 2}]\n');
    assert.deepEqual(document.errors, []);
    assert.deepEqual(document.toJS(), { a: { 1: 'y' }, b: [{ c: 1 }, { c: 2 }] }, 'two keys for YAML, one property for JavaScript, as before');
    const repeated = parseYamlDocument('a: 1\nb: 2\na: 3\n');
    assert.deepEqual(repeated.errors.map((error) => [error.code, error.pos[0]]), [['DUPLICATE_KEY', 10]], 'at the second a');
  });

  it('parses JSON as JSON, with the same validation', () => {
    assert.throws(() => parseUserSnapshot('{"schemaVersion": 1, "reports": 3}', 'json', MB), /^SnapshotError: reports: must be a list$/);
  });
});

describe('user snapshots: a large library loads in slices', () => {
  /** The committed snapshot, laid out as the indexer writes every snapshot and library. */
  const text = serialiseSnapshot(committedSnapshot());
  const steps = (json: string) => userSnapshotSteps(json, 'json', 100 * 2 ** 20);
  /** The load with a pause after every step, and how many pauses it made. */
  async function sliced(json: string): Promise<{ snapshot: Snapshot; pauses: number }> {
    let pauses = 0;
    const snapshot = await runInSlices(steps(json), async () => void pauses++, 0);
    return { snapshot, pauses };
  }

  it("parses the indexer's layout a slice at a time, to the value JSON.parse gives", async () => {
    const { snapshot, pauses } = await sliced(text);
    assert.deepEqual(snapshot, JSON.parse(text));
    // About one step per 128 K characters of list items, and one per 512 items checked.
    assert.ok(pauses >= Math.floor(text.length / 2 ** 17), `${pauses} pauses for ${text.length} characters`);
  });

  it('parses any other layout whole, to the same value', async () => {
    const minified = JSON.stringify(JSON.parse(text));
    const withCarriageReturns = text.replace(/\n/g, '\r\n');
    for (const json of [minified, withCarriageReturns]) assert.deepEqual((await sliced(json)).snapshot, JSON.parse(text));
  });

  it("reports broken JSON with JSON's own message, and a bad field deep in a slice at its index", async () => {
    const truncated = text.slice(0, Math.floor(text.length * 0.6));
    let jsonError = '';
    try {
      JSON.parse(truncated);
    } catch (error) {
      jsonError = (error as Error).message;
    }
    await assert.rejects(sliced(truncated), { name: 'SnapshotError', message: `not valid JSON (${jsonError})` });
    const figures = committedSnapshot().figures;
    const last = figures.length - 1;
    const badValue = text.replace(new RegExp(`("id": "${figures[last].id}",\\n   "text": "[^"]*",\\n   "value": )[^,]+`), '$1"many"');
    assert.notEqual(badValue, text);
    await assert.rejects(sliced(badValue), { message: `figures[${last}].value: must be a number` });
  });
});

describe('hover Markdown of hostile report text (exact output)', () => {
  /** The user snapshot with hostile text in every field a hover shows, and ids holding `)`. */
  function hostileLibrary(): Library {
    const snapshot = userSnapshot();
    snapshot.reports[0].shortTitle = '报告](command:workbench.action.terminal.new) $(alert)';
    const term = snapshot.terms[0];
    snapshot.terms[0] = { ...term, id: 'term:a)b', figureIds: ['mine:f1)'], term: '术语 https://evil.example', aliases: ['a)b', 'me@evil.example'], category: '# 类别\r===\r' };
    term.definitions[0] = { ...term.definitions[0], quote: '见 www.evil.example 与 $(alert)\r> 伪造\n— 来源', section: 'sec\r===\rtail' };
    snapshot.figures[0] = { ...snapshot.figures[0], id: 'mine:f1)', text: '42亿元)', subject: '<img src=x> **规模**', quote: 'ftp://x.example/\u2028# h' };
    return new Library(snapshot);
  }
  const link = (icon: string, label: string, command: string, argument: string) => `[$(${icon}) ${label}](command:reportLens.${command}?${argument})`;
  const actions = (argument: string) =>
    [link('quote', 'Insert quote', 'insertQuote', argument), link('references', 'Insert citation', 'insertCitation', argument), link('go-to-file', 'Open source', 'openSource', argument), link('list-tree', 'Reveal', 'revealInSidebar', argument)].join(' · ');
  const source = String.raw`报告\]\(command\:workbench\.action\.terminal\.new\) \$\(alert\)`;

  it('shows a term: no live URL, no icon, no line break, no HTML, and links that keep an id with “)”', () => {
    const library = hostileLibrary();
    assert.equal(
      termHover(library, library.term('term:a)b')!, 3, labels, commands),
      [
        String.raw`**术语 https\://evil\.example** · a\)b, me\@evil\.example · _\# 类别 === _`,
        '',
        String.raw`> 见 www\.evil\.example 与 \$\(alert\) \> 伪造 — 来源`,
        '',
        String.raw`— ${source} \(2024\) · sec === tail · line 3`,
        '',
        'Related figures:',
        '',
        String.raw`- &lt;img src=x\> \*\*规模\*\* **42亿元\)** — ${source}, line 3`,
        '',
        actions('%5B%7B%22kind%22%3A%22term%22%2C%22id%22%3A%22term%3Aa%29b%22%7D%5D'),
      ].join('\n'),
    );
  });

  it('shows a figure the same way', () => {
    const library = hostileLibrary();
    assert.equal(
      figureHover(library, [library.figure('mine:f1)')!], labels, commands),
      [
        String.raw`&lt;img src=x\> \*\*规模\*\* **42亿元\)**`,
        '',
        String.raw`> ftp\://x\.example/ \# h`,
        '',
        String.raw`— ${source} \(2024\) · 一 › 二 · line 3`,
        '',
        actions('%5B%7B%22kind%22%3A%22figure%22%2C%22id%22%3A%22mine%3Af1%29%22%7D%5D'),
      ].join('\n'),
    );
  });

  it('encodes every character of a command argument that would end or break the link', () => {
    const link = commandLink('Cite', 'reportLens.insertCitation', [{ kind: 'term', id: "x)(!'*] y" }]);
    assert.equal(link, '[Cite](command:reportLens.insertCitation?%5B%7B%22kind%22%3A%22term%22%2C%22id%22%3A%22x%29%28%21%27%2A%5D%20y%22%7D%5D)');
    assert.deepEqual(JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1, -1))), [{ kind: 'term', id: "x)(!'*] y" }]);
  });

  it('shows a tree tooltip as text', () => {
    assert.equal(tooltipMarkdown('$(alert) see https://e.example\r# x', 'r](command:x) · sec\r==='), String.raw`\$\(alert\) see https\://e\.example \# x` + '\n\n— ' + String.raw`r\]\(command\:x\) · sec ===`);
  });

  it('escapes a lone carriage return, and every escape reads back as the original text', () => {
    assert.equal(escapeMarkdown('sec\r===\rtail'), 'sec === tail');
    const hostile = 'a:b@c $(x) https://e.example';
    assert.equal(escapeMarkdown(hostile).replace(/\\(.)/g, '$1'), hostile);
  });
});
