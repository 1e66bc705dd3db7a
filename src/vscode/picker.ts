/**
 * The search picker: one QuickPick over terms, figures and captions, with a
 * codicon per kind, the source as description, the definition or sentence as
 * detail, and buttons to cite, open the source or copy.
 */
import * as vscode from 'vscode';
import { plainLabel, shownQuote, type ItemRef } from '../core/hoverContent';
import { searchFullText } from '../core/fullText';
import type { SearchEntry, SearchIndex } from '../core/search';
import type { Library } from '../core/snapshot';
import { COMMANDS } from './commands';
import { settings } from './config';

interface EntryPick extends vscode.QuickPickItem {
  /** The item it stands for; absent on the no-match notice and the full-text offer. */
  ref?: ItemRef;
  /** Accepting it searches the full text of the reports' quotes. */
  searchFullText?: boolean;
}

const ICONS = { term: 'symbol-key', figure: 'symbol-number', caption: 'symbol-file' } as const;

/** What a pick shows and cites: a search entry, or a full-text hit with the definition that matched. */
type Shown = Pick<SearchEntry, 'item' | 'label'> & { definition?: number };

function refOf({ item, definition }: Shown): ItemRef {
  if (item.kind === 'term') return definition === undefined ? { kind: 'term', id: item.term.id } : { kind: 'term', id: item.term.id, definition };
  return item.kind === 'figure' ? { kind: 'figure', id: item.figure.id } : { kind: 'caption', id: item.caption.id };
}

function toPick(library: Library, shown: Shown, buttons: vscode.QuickInputButton[]): EntryPick {
  const item = shown.item;
  const definition = item.kind === 'term' ? item.term.definitions[shown.definition ?? 0] : undefined;
  const reportId = definition ? definition.reportId : item.kind === 'figure' ? item.figure.reportId : item.kind === 'caption' ? item.caption.reportId : '';
  const report = library.report(reportId);
  const detail = definition ? shownQuote(definition.quote) : item.kind === 'figure' ? shownQuote(item.figure.quote) : item.kind === 'caption' ? item.caption.section : '';
  return {
    // QuickPick renders labels, descriptions and details as plain text apart from `$(icon)`: report text is de-iconised.
    label: `$(${ICONS[item.kind]}) ${plainLabel(shown.label)}`,
    description: plainLabel(`${report?.shortTitle ?? reportId}${report?.date ? ` · ${report.date.slice(0, 4)}` : ''}`),
    detail: plainLabel(detail),
    ref: refOf(shown),
    buttons,
    alwaysShow: true,
  };
}

/** Shown instead of an empty list: says nothing matched, and offers the full-text search. */
function noMatchPicks(query: string): EntryPick[] {
  const quoted = plainLabel(query.trim());
  return [
    { label: `$(circle-slash) ${vscode.l10n.t('No term, figure or caption is named “{0}”', quoted)}`, alwaysShow: true },
    { label: `$(search) ${vscode.l10n.t('Search the full text of the reports\' quotes for “{0}”', quoted)}`, searchFullText: true, alwaysShow: true },
  ];
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
  // Keep our ranking: by default the workbench re-sorts items whose label contains the query by
  // label length, which put 图 2.15 before 图 2.1. `sortByLabel` is still a proposed API
  // (quickPickSortByLabel), so not in @types/vscode, but the extension host honours it.
  Object.assign(quickPick, { sortByLabel: false });
  const update = () => {
    // Fuse decides what matches; the QuickPick's own filter is bypassed by alwaysShow.
    const hits = index.search(quickPick.value, 60);
    quickPick.items = hits.length > 0 ? hits.map((hit) => toPick(library, hit.entry, buttons)) : noMatchPicks(quickPick.value);
    // Enter on "nothing matched" searches the full text.
    if (hits.length === 0) quickPick.activeItems = quickPick.items.filter((pick) => pick.searchFullText);
  };
  const showFullText = () => {
    const hits = searchFullText(library, quickPick.value, 60);
    const none = { label: `$(circle-slash) ${vscode.l10n.t('The reports\' quotes do not contain “{0}” either', plainLabel(quickPick.value.trim()))}`, alwaysShow: true };
    quickPick.items = hits.length > 0 ? hits.map((hit) => toPick(library, hit, buttons)) : [none];
  };
  update();
  return new Promise<ItemRef | undefined>((resolve) => {
    let chosen: ItemRef | undefined;
    const disposables = [
      quickPick.onDidChangeValue(update),
      quickPick.onDidAccept(() => {
        const accepted = quickPick.selectedItems[0];
        if (accepted?.searchFullText) showFullText();
        else if (accepted?.ref) {
          chosen = accepted.ref;
          quickPick.hide();
          if (runDefault) void vscode.commands.executeCommand(`reportLens.${settings.pickerDefaultAction()}`, chosen);
        }
      }),
      quickPick.onDidTriggerItemButton((event) => {
        if (!event.item.ref) return;
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
