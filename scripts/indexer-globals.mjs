// Injected into the indexer bundle (see build.mjs): PDF.js reads and fills in
// `navigator` (platform, userAgent). In VS Code's Node extension host reading
// the global `navigator` throws (PendingMigrationError), so the bundle's
// references go to this object of its own instead of the host's global.
export const indexerHost = { navigator: { platform: '', userAgent: 'node', language: 'en-US' } };
