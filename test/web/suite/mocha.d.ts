/** Mocha's browser build, as scripts/test-web.mjs bundles it: the default export is the `mocha` instance. */
declare module 'mocha/mocha.js' {
  interface BrowserMocha {
    setup(options: { ui: 'bdd'; reporter: unknown; timeout: number; color: boolean; grep?: RegExp; invert?: boolean }): void;
    run(done: (failures: number) => void): { on(event: 'pass' | 'fail', listener: (test: { fullTitle(): string; duration?: number }, error?: unknown) => void): void };
  }
  const mocha: BrowserMocha;
  export default mocha;
}
