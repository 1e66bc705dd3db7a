import * as assert from 'node:assert/strict';
import { NEWLY_COVERED } from '../../support/newlyCovered';
import { api, closeAll, hoverText, openDraft, positionOf, unescapeMarkdown } from './helpers';

describe('terms newly covered (real extension host)', () => {
  afterEach(closeAll);

  it('hovers each with its report sentence, verbatim', async () => {
    const library = (await api()).library()!;
    const draft = NEWLY_COVERED.map(([typed]) => `关于 ${typed} 的讨论。`).join('\n');
    const editor = await openDraft(draft);
    for (const [typed, name] of NEWLY_COVERED) {
      const term = library.snapshot.terms.find((candidate) => candidate.term === name);
      assert.ok(term, `no term ${name}`);
      const text = unescapeMarkdown(await hoverText(editor.document, positionOf(editor.document, `关于 ${typed}`, 4)));
      assert.ok(text.includes(`**${name}**`), `${typed}: ${text.slice(0, 200)}`);
      assert.ok(text.includes(term.definitions[0].quote), `${typed}: the first sentence`);
    }
  });

  it('says when the reports only use a term, and how often, and names its family', async () => {
    const editor = await openDraft('工业互联网与设备孪生');
    const used = await hoverText(editor.document, positionOf(editor.document, '工业互联网', 1));
    assert.match(used, /×\d+/, 'usage per report');
    const family = unescapeMarkdown(await hoverText(editor.document, positionOf(editor.document, '设备孪生', 1)));
    assert.ok(family.includes('数字孪生'), 'names the family');
  });
});
