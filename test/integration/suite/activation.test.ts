import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { api } from './helpers';

describe('activation (real extension host)', () => {
  it('activates with its snapshot loaded, and reports how long that took', async () => {
    const { library, activationMs, activationPhases } = await api();
    assert.ok(library(), 'the snapshot is loaded');
    // Recorded for `npm run bench` (activation_vscode_ms); the bound only catches a hang.
    assert.ok(activationMs >= 0 && activationMs < 10_000, `activation took ${activationMs} ms`);
    if (process.env.REPORT_LENS_METRICS) writeFileSync(process.env.REPORT_LENS_METRICS, JSON.stringify({ activation_vscode_ms: activationMs, activation_vscode_load_ms: activationPhases.loadMs, activation_vscode_register_ms: activationPhases.registerMs }));
  });
});
