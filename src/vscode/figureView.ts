/**
 * "Figures in this document": every number of the active draft with what the
 * reports say about it (stated, contradicted, not in the reports); a click
 * goes to the number.
 */
import * as vscode from 'vscode';
import { plainLabel, tooltipMarkdown } from '../core/hoverContent';
import type { Library } from '../core/snapshot';
import { VIEWS } from './commands';
import { statusLabel, type DocumentFinding, type FigureDiagnostics } from './figureDiagnostics';

const ICONS = {
  agrees: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  contradicts: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  unknown: new vscode.ThemeIcon('circle-outline'),
};

export class DocumentFiguresTree implements vscode.TreeDataProvider<DocumentFinding> {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly diagnostics: FigureDiagnostics,
    private readonly library: () => Library | undefined,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: DocumentFinding): DocumentFinding[] {
    const document = vscode.window.activeTextEditor?.document;
    return node || !document ? [] : this.diagnostics.findings(document.uri);
  }

  getTreeItem({ finding, range }: DocumentFinding): vscode.TreeItem {
    const item = new vscode.TreeItem(plainLabel(finding.text), vscode.TreeItemCollapsibleState.None);
    const figure = finding.figure;
    const source = figure && (this.library()?.report(figure.reportId)?.shortTitle ?? figure.reportId);
    item.description = plainLabel([statusLabel(finding), figure && `${figure.text}${figure.year === undefined ? '' : ` (${figure.year})`} · ${source}`, vscode.l10n.t('line {0}', range.start.line + 1)].filter(Boolean).join(' — '));
    item.iconPath = ICONS[finding.status];
    if (figure) {
      // Report text is shown as text: escaped, never trusted.
      const tooltip = new vscode.MarkdownString(tooltipMarkdown(figure.quote, source ?? ''));
      tooltip.isTrusted = false;
      item.tooltip = tooltip;
    }
    item.contextValue = `figureFinding.${finding.status}`;
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (uri) item.command = { command: 'vscode.open', title: vscode.l10n.t('Go to the figure'), arguments: [uri, { selection: range }] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerFigureView(context: vscode.ExtensionContext, diagnostics: FigureDiagnostics, library: () => Library | undefined): DocumentFiguresTree {
  const tree = new DocumentFiguresTree(diagnostics, library);
  const view = vscode.window.createTreeView(VIEWS.documentFigures, { treeDataProvider: tree });
  context.subscriptions.push(
    tree,
    view,
    vscode.window.onDidChangeActiveTextEditor(() => tree.refresh()),
    diagnostics.onDidChange((uri) => {
      if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) tree.refresh();
    }),
  );
  return tree;
}
