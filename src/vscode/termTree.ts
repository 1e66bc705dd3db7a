/**
 * The sidebar: Terms (topic → term → definitions and figures), Reports
 * (report → section → items) and Terms in this document, kept up to date as
 * the writer types. Items can be dragged into the editor to cite them.
 */
import * as vscode from 'vscode';
import type { Caption, Definition, Figure, Report, Section, Term } from '../core/model';
import type { ItemRef } from '../core/hoverContent';
import { figureLabel, plainLabel, shownQuote, tooltipMarkdown } from '../core/hoverContent';
import { citationKeyTest, writersProse } from '../core/prose';
import type { Library } from '../core/snapshot';
import { COMMANDS, VIEWS } from './commands';
import { isEnabledFor, settings } from './config';
import { locationLabel } from './hover';
import { SOURCE_SCHEME } from './sourceView';

export type Node =
  | { kind: 'topic'; topic: string }
  | { kind: 'term'; term: Term; count?: number }
  | { kind: 'definition'; term: Term; index: number }
  | { kind: 'figure'; figure: Figure }
  | { kind: 'caption'; caption: Caption }
  | { kind: 'report'; report: Report }
  | { kind: 'section'; section: Section };

export function refOfNode(node: Node): ItemRef | undefined {
  switch (node.kind) {
    case 'term':
      return { kind: 'term', id: node.term.id };
    case 'definition':
      return { kind: 'term', id: node.term.id, definition: node.index };
    case 'figure':
      return { kind: 'figure', id: node.figure.id };
    case 'caption':
      return { kind: 'caption', id: node.caption.id };
    default:
      return undefined;
  }
}

/** A tooltip that shows report text as text: escaped, never trusted, no icons. */
function plainTooltip(quote: string, source: string): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(tooltipMarkdown(quote, source), false);
  tooltip.isTrusted = false;
  return tooltip;
}

/** Shared rendering of item nodes; the three views differ in their children. */
abstract class ItemTree implements vscode.TreeDataProvider<Node> {
  protected readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(protected readonly library: () => Library | undefined) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  abstract getChildren(node?: Node): Node[];

  protected sourceLabel(reportId: string, location: { line: number; page?: number; section: string }): string {
    const report = this.library()?.report(reportId);
    return `${report?.shortTitle ?? reportId} · ${location.section ? `${location.section} · ` : ''}${locationLabel(location.line, location.page)}`;
  }

  /** The item as shown: report text in its label and description as text (`plainLabel`: no icon, bidirectional controls shown). */
  getTreeItem(node: Node): vscode.TreeItem {
    const item = this.itemOf(node);
    if (typeof item.label === 'string') item.label = plainLabel(item.label);
    if (typeof item.description === 'string') item.description = plainLabel(item.description);
    return item;
  }

  private itemOf(node: Node): vscode.TreeItem {
    const openSource = (ref: ItemRef): vscode.Command => ({ command: COMMANDS.openSource, title: vscode.l10n.t('Open source'), arguments: [ref] });
    switch (node.kind) {
      case 'topic': {
        const item = new vscode.TreeItem(node.topic, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${this.constructor.name}:topic:${node.topic}`;
        item.iconPath = new vscode.ThemeIcon('folder-library');
        item.description = String(this.getChildren(node).length);
        item.contextValue = 'topic';
        return item;
      }
      case 'term': {
        const item = new vscode.TreeItem(node.term.term, vscode.TreeItemCollapsibleState.Collapsed);
        // Its own namespace: a user snapshot's term id `topic:数据` was the id of the topic 数据, and the view keeps one element per id.
        item.id = `${this.constructor.name}:term:${node.term.id}`;
        item.iconPath = new vscode.ThemeIcon('symbol-key');
        item.description = node.count !== undefined ? `×${node.count}` : node.term.aliases.slice(0, 2).join(', ');
        item.tooltip = plainTooltip(node.term.definitions[0].quote, this.sourceLabel(node.term.definitions[0].reportId, node.term.definitions[0]));
        item.contextValue = 'term';
        return item;
      }
      case 'definition': {
        const definition: Definition = node.term.definitions[node.index];
        const item = new vscode.TreeItem(shownQuote(definition.quote), vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('quote');
        item.description = this.library()?.report(definition.reportId)?.shortTitle;
        item.tooltip = plainTooltip(definition.quote, this.sourceLabel(definition.reportId, definition));
        item.contextValue = 'definition';
        item.command = openSource({ kind: 'term', id: node.term.id, definition: node.index });
        return item;
      }
      case 'figure': {
        const item = new vscode.TreeItem(figureLabel(node.figure), vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('symbol-number');
        item.description = this.library()?.report(node.figure.reportId)?.shortTitle;
        item.tooltip = plainTooltip(node.figure.quote, this.sourceLabel(node.figure.reportId, node.figure));
        item.contextValue = 'figure';
        item.command = openSource({ kind: 'figure', id: node.figure.id });
        return item;
      }
      case 'caption': {
        const item = new vscode.TreeItem(`${node.caption.label} ${node.caption.title}`, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('file-media');
        item.tooltip = plainTooltip(`${node.caption.label} ${node.caption.title}`, this.sourceLabel(node.caption.reportId, node.caption));
        item.contextValue = 'caption';
        item.command = openSource({ kind: 'caption', id: node.caption.id });
        return item;
      }
      case 'report': {
        const item = new vscode.TreeItem(node.report.shortTitle, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('book');
        item.description = [node.report.publisher, node.report.date].filter(Boolean).join(' · ');
        item.tooltip = plainTooltip(node.report.title, node.report.note ?? '');
        item.contextValue = 'report';
        return item;
      }
      case 'section': {
        const children = this.getChildren(node).length;
        const item = new vscode.TreeItem(node.section.title, children > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('symbol-namespace');
        item.description = children > 0 ? String(children) : undefined;
        item.contextValue = 'section';
        return item;
      }
    }
  }

  protected termChildren(term: Term): Node[] {
    const library = this.library();
    const figures = library ? library.figuresOf(term) : [];
    return [...term.definitions.map((_definition, index): Node => ({ kind: 'definition', term, index })), ...figures.map((figure): Node => ({ kind: 'figure', figure }))];
  }
}

/** Topic → term → definitions and figures, with a filter. */
export class TermsTree extends ItemTree {
  filter = '';
  private served: () => void = () => undefined;
  /**
   * Resolves once the workbench has asked for the top level, i.e. the view has
   * been shown and its tree exists. Until then the workbench holds no items to
   * expand or select, and a reveal does nothing.
   */
  readonly shown = new Promise<void>((resolve) => (this.served = resolve));

  /**
   * How well a term matches the filter by any of its names or pinyin: 0 a name is the filter, 1 a name starts with
   * it, 2 a name holds it; undefined when none does. Every term ranks 0 with no filter.
   */
  private filterRank(term: Term, library: Library): number | undefined {
    if (!this.filter) return 0;
    const wanted = library.folding.fold(this.filter);
    let best: number | undefined;
    for (const name of [term.term, ...term.aliases, term.pinyin?.initials ?? '', term.pinyin?.full.replace(/\s+/g, '') ?? '']) {
      const folded = library.folding.fold(name);
      const rank = folded === wanted ? 0 : folded.startsWith(wanted) ? 1 : folded.includes(wanted) ? 2 : undefined;
      if (rank !== undefined && (best === undefined || rank < best)) best = rank;
    }
    return best;
  }

  getChildren(node?: Node): Node[] {
    const library = this.library();
    if (!library) return [];
    if (!node) this.served();
    // The filter's exact matches first (数字孪生 for `szls`, before 城市数字孪生), then names it starts, then the rest.
    const terms = library.snapshot.terms
      .map((term) => ({ term, rank: this.filterRank(term, library) }))
      .filter((ranked): ranked is { term: Term; rank: number } => ranked.rank !== undefined)
      .sort((a, b) => a.rank - b.rank)
      .map((ranked) => ranked.term);
    if (!node) {
      const topics = [...new Set(terms.map((term) => term.category))].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
      return topics.map((topic) => ({ kind: 'topic', topic }));
    }
    if (node.kind === 'topic') return terms.filter((term) => term.category === node.topic).map((term) => ({ kind: 'term', term }));
    if (node.kind === 'term') return this.termChildren(node.term);
    return [];
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === 'term') return { kind: 'topic', topic: node.term.category };
    if (node.kind === 'definition') return { kind: 'term', term: node.term };
    return undefined;
  }
}

/** Report → section tree → the figures, captions and definitions located in each section. */
export class ReportsTree extends ItemTree {
  private index?: { library: Library; children: Map<string, Node[]> };

  /** Children per report and section id, computed once per library. */
  private childrenIndex(library: Library): Map<string, Node[]> {
    if (this.index?.library === library) return this.index.children;
    const children = new Map<string, Node[]>();
    const add = (key: string, node: Node) => children.set(key, [...(children.get(key) ?? []), node]);
    for (const section of library.snapshot.sections) add(section.parentId ?? `report:${section.reportId}`, { kind: 'section', section });
    for (const term of library.snapshot.terms) {
      term.definitions.forEach((definition, index) => add(definition.sectionId ?? `report:${definition.reportId}`, { kind: 'definition', term, index }));
    }
    for (const figure of library.snapshot.figures) add(figure.sectionId ?? `report:${figure.reportId}`, { kind: 'figure', figure });
    for (const caption of library.snapshot.captions) add(caption.sectionId ?? `report:${caption.reportId}`, { kind: 'caption', caption });
    this.index = { library, children };
    return children;
  }

  getChildren(node?: Node): Node[] {
    const library = this.library();
    if (!library) return [];
    if (!node) return library.snapshot.reports.map((report) => ({ kind: 'report', report }));
    const children = this.childrenIndex(library);
    if (node.kind === 'report') return children.get(`report:${node.report.id}`) ?? [];
    if (node.kind === 'section') return children.get(node.section.id) ?? [];
    return [];
  }
}

/** The terms the active draft's prose uses, most used first, rescanned as the writer types (debounced). */
export class DocumentTermsTree extends ItemTree {
  private counts: { term: Term; count: number }[] = [];
  /** Why the document was not scanned, if it was not (too large). */
  notice?: string;
  /**
   * Whether the last scan read a draft (Markdown, LaTeX, plain text … as `reportLens.languages` says). The views'
   * welcome, shown when they are empty, reads it (`reportLens.draftShown`): an empty list of an open draft asked the
   * writer to open a draft.
   */
  draftShown = false;

  /** Rescans a document; skips documents over the size limit with a notice rather than freeze the host. */
  scan(document: vscode.TextDocument | undefined): void {
    const library = this.library();
    this.counts = [];
    this.notice = undefined;
    const draftShown = Boolean(library && document && isEnabledFor(document));
    if (draftShown !== this.draftShown) void vscode.commands.executeCommand('setContext', 'reportLens.draftShown', draftShown);
    this.draftShown = draftShown;
    if (library && document && isEnabledFor(document)) {
      const limit = settings.maxScanCharacters();
      const text = document.getText();
      if (text.length > limit) {
        this.notice = vscode.l10n.t('Not scanned: the document has {0} characters, more than reportLens.maxScanCharacters ({1}).', text.length, limit);
      } else {
        const counts = new Map<Term, number>();
        // Only the writer's prose: not the reference entries and front matter citations add, nor code and comments.
        library.matcher.scan(writersProse(text, citationKeyTest(library), document.languageId), (match) => {
          counts.set(match.value, (counts.get(match.value) ?? 0) + 1);
        });
        this.counts = [...counts.entries()].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count || a.term.term.localeCompare(b.term.term, 'zh-Hans-CN'));
      }
    }
    this.refresh();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.counts.map(({ term, count }) => ({ kind: 'term', term, count }));
    if (node.kind === 'term') return this.termChildren(node.term);
    return [];
  }
}

/** The MIME type VS Code gives drags from the Terms view; the drop provider accepts it. */
export const DRAG_MIME = `application/vnd.code.tree.${VIEWS.terms.toLowerCase()}`;

class DragController implements vscode.TreeDragAndDropController<Node> {
  readonly dragMimeTypes = [DRAG_MIME];
  readonly dropMimeTypes: string[] = [];

  handleDrag(source: readonly Node[], dataTransfer: vscode.DataTransfer): void {
    const refs = source.map(refOfNode).filter((ref): ref is ItemRef => ref !== undefined);
    if (refs.length > 0) dataTransfer.set(DRAG_MIME, new vscode.DataTransferItem(JSON.stringify(refs)));
  }
}

export interface Trees {
  terms: TermsTree;
  termsView: vscode.TreeView<Node>;
  reports: ReportsTree;
  documentTerms: DocumentTermsTree;
}

export function registerTrees(context: vscode.ExtensionContext, library: () => Library | undefined): Trees {
  const terms = new TermsTree(library);
  const reports = new ReportsTree(library);
  const documentTerms = new DocumentTermsTree(library);
  const dragAndDropController = new DragController();
  const termsView = vscode.window.createTreeView(VIEWS.terms, { treeDataProvider: terms, dragAndDropController, showCollapseAll: true });
  const reportsView = vscode.window.createTreeView(VIEWS.reports, { treeDataProvider: reports, dragAndDropController, showCollapseAll: true });
  const documentView = vscode.window.createTreeView(VIEWS.documentTerms, { treeDataProvider: documentTerms, dragAndDropController });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const rescan = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const document = vscode.window.activeTextEditor?.document;
      // The list keeps the draft's terms while no text editor is active (for a moment while editors switch, or
      // a view such as Settings has the focus) and while a source view opened from it shows a report's passage.
      if (!document || document.uri.scheme === SOURCE_SCHEME) return;
      documentTerms.scan(document);
      documentView.message = documentTerms.notice;
    }, delay);
  };
  rescan(0);
  const setFilter = (filter: string) => {
    terms.filter = filter;
    termsView.description = filter ? vscode.l10n.t('filter: {0}', filter) : undefined;
    void vscode.commands.executeCommand('setContext', 'reportLens.termsFiltered', filter.length > 0);
    terms.refresh();
  };
  context.subscriptions.push(
    terms,
    reports,
    documentTerms,
    termsView,
    reportsView,
    documentView,
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(() => rescan(0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) rescan(300);
    }),
    vscode.commands.registerCommand(COMMANDS.filterTerms, async (value?: unknown) => {
      const filter = typeof value === 'string' ? value : await vscode.window.showInputBox({ prompt: vscode.l10n.t('Filter terms (Chinese, pinyin, English)'), value: terms.filter });
      if (filter !== undefined) setFilter(filter.trim());
    }),
    vscode.commands.registerCommand(COMMANDS.clearFilter, () => setFilter('')),
    vscode.commands.registerCommand(COMMANDS.reveal, async (ref?: unknown) => {
      const current = library();
      const term = current && typeof ref === 'object' && ref !== null && (ref as ItemRef).kind === 'term' ? current.term((ref as ItemRef).id) : undefined;
      if (!term) return;
      if (terms.filter) setFilter('');
      // A view never shown has no tree yet: the first reveal would find nothing to select.
      // Show it, and wait (a bounded time) until it has loaded its top level.
      if (!termsView.visible) await vscode.commands.executeCommand(`${VIEWS.terms}.focus`);
      await Promise.race([terms.shown, new Promise((resolve) => setTimeout(resolve, 5000))]);
      await termsView.reveal({ kind: 'term', term }, { select: true, focus: true, expand: true });
    }),
  );
  return { terms, termsView, reports, documentTerms };
}
