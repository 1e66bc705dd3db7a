/**
 * What VS Code for the web cannot do, said once instead of failing quietly.
 * In the web worker extension host there is no disk: `reportLens.reportsFolder`
 * (a folder of original reports on disk) cannot be read there, so the source
 * view shows the passage the snapshot keeps around each quote.
 */
import * as vscode from 'vscode';
import { settings } from './config';
import { notify } from './notify';

/** True in the web worker extension host (VS Code for the web), where no Node runtime exists. */
export function inWebWorkerHost(): boolean {
  return typeof process === 'undefined' || !process.versions?.node;
}

export function registerWebLimits(context: vscode.ExtensionContext): void {
  if (!inWebWorkerHost()) return;
  let told = false;
  const tell = () => {
    if (told || !settings.reportsFolder()) return;
    told = true;
    void notify.info(
      vscode.l10n.t('Report Lens: VS Code for the web cannot read the folder on disk that "reportLens.reportsFolder" names; Open source shows the passage around each quote instead.'),
    );
  };
  tell();
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('reportLens.reportsFolder') && tell()));
}
