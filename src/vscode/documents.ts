/**
 * Where Report Lens works: every document of an enabled language
 * (`reportLens.languages`), whatever file system it comes from — a disk, an
 * untitled draft, github.dev's `vscode-vfs`, a browser's `memfs` or the folder
 * `@vscode/test-web` mounts. Providers are registered by language, never by a
 * list of schemes (a list would always miss the next file system).
 */
import * as vscode from 'vscode';
import { settings } from './config';

/** The enabled languages as a selector, every scheme included. */
export function enabledLanguages(): vscode.DocumentFilter[] {
  return settings.languages().map((language) => ({ language }));
}

/** Registers a provider for the enabled languages, and again whenever the setting changes, so it applies live. */
export function registerForEnabledLanguages(context: vscode.ExtensionContext, register: (selector: vscode.DocumentFilter[]) => vscode.Disposable): void {
  let registration = register(enabledLanguages());
  context.subscriptions.push(
    { dispose: () => registration.dispose() },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('reportLens.languages')) return;
      registration.dispose();
      registration = register(enabledLanguages());
    }),
  );
}
