/**
 * The search picker: one QuickPick over terms, figures and captions, with a
 * codicon per kind, the source as description, the definition or sentence as
 * detail, and buttons to cite, open the source or copy.
 */
import * as vscode from 'vscode';
import { plainLabel, type ItemRef } from '../core/hoverContent';
import type { SearchEntry, SearchIndex } from '../core/search';
import type { Library } from '../core/snapshot';
import { COMMANDS } from './commands';
import { settings } from './config';

interface EntryPick extends vscode.QuickPickItem {
  ref: ItemRef;
}

const ICONS = { term: 'symbol-key', figure: 'symbol-number', caption: 'symbol-file' } as const;

function refOf(entry: SearchEntry): ItemRef {
  const item = entry.item;
  return item.kind === 'term' ? { kind: 'term', id: item.term.id } : item.kind === 'figure' ? { kind: 'figure', id: item.figure.id } : { kind: 'caption', id: item.caption.id };
}

function toPick(library: Library, entry: SearchEntry, buttons: vscode.QuickInputButton[]): EntryPick {
  const item = entry.item;
  const reportId = item.kind === 'term' ? item.term.definitions[0].reportId : item.kind === 'figure' ? item.figure.reportId : item.caption.reportId;
  const report = library.report(reportId);
  const detail = item.kind === 'term' ? item.term.definitions[0].quote : item.kind === 'figure' ? item.figure.quote : item.caption.section;
  return {
    // QuickPick renders labels as plain text apart from `$(icon)`: report text is de-iconised.
    label: `$(${ICONS[item.kind]}) ${plainLabel(entry.label)}`,
    description: `${report?.shortTitle ?? reportId}${report?.date ? ` · ${report.date.slice(0, 4)}` : ''}`,
    detail: plainLabel(detail),
    ref: refOf(entry),
    buttons,
    alwaysShow: true,
  };
}

/** Shows the picker; resolves to the chosen item, or undefined. `action` runs on Enter or a button. */
export async function showPicker(library: Library, index: SearchIndex, title: string, runDefault: boolean): Promise<ItemRef | undefined> {
  const buttons: (vscode.QuickInputButton & { command: string })[] = [
    { iconPath: new vscode.ThemeIcon('references'), tooltip: vscode.l10n.t('Insert citation'), command: COMMANDS.insertCitation },
    { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: vscode.l10n.t('Open source'), command: COMMANDS.openSource },
    { iconPath: new vscode.ThemeIcon('copy'), tooltip: vscode.l10n.t('Copy quote with citation'), command: COMMANDS.copy },
  ];
  const quickPick = vscode.window.createQuickPick<EntryPick>();
  quickPick.title = title;
  quickPick.placeholder = vscode.l10n.t('Search terms, figures and captions — Chinese, pinyin (szls), English, traditional');
  quickPick.matchOnDescription = false;
  quickPick.matchOnDetail = false;
  const update = () => {
    // Fuse decides what matches; the QuickPick's own filter is bypassed by alwaysShow.
    quickPick.items = index.search(quickPick.value, 60).map((hit) => toPick(library, hit.entry, buttons));
  };
  update();
  return new Promise<ItemRef | undefined>((resolve) => {
    let chosen: ItemRef | undefined;
    const disposables = [
      quickPick.onDidChangeValue(update),
      quickPick.onDidAccept(() => {
        chosen = quickPick.selectedItems[0]?.ref;
        quickPick.hide();
        if (chosen && runDefault) void vscode.commands.executeCommand(`reportLens.${settings.pickerDefaultAction()}`, chosen);
      }),
      quickPick.onDidTriggerItemButton((event) => {
        const button = event.button as (typeof buttons)[number];
        quickPick.hide();
        void vscode.commands.executeCommand(button.command, event.item.ref);
      }),
      quickPick.onDidHide(() => {
        disposables.forEach((disposable) => disposable.dispose());
        quickPick.dispose();
        resolve(chosen);
      }),
    ];
    quickPick.show();
  });
}
