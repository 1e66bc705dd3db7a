/**
 * Hover content as Markdown text: the term, its aliases and topic, the best
 * definition as a quotation with its source, related figures, and action links.
 *
 * Report text is never trusted: every character Markdown or HTML could read
 * as syntax is escaped, so a quote containing `[x](command:…)`, `<img>` or
 * `**` shows as those characters. Only the links built here are links.
 */
import type { Figure, Location, Report, Term } from './model';
import type { Library } from './snapshot';

/** Labels in the UI language, supplied by the editor layer (which owns localisation). */
export interface HoverLabels {
  /** A location: its line, and its page when the report has pages. */
  line: (line: number, page?: number) => string;
  /** Said of a quote that uses the term without defining it. */
  notDefined: string;
  relatedFigures: string;
  insertCitation: string;
  insertQuote: string;
  openSource: string;
  revealInSidebar: string;
  sameFigureElsewhere: (count: number) => string;
}

/** An item reference, as command arguments carry it. */
export interface ItemRef {
  kind: 'term' | 'figure' | 'caption';
  id: string;
  /** For terms: which definition (default: the best, 0). */
  definition?: number;
}

/** Escapes text for Markdown: every ASCII punctuation that could start syntax, and HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

/**
 * Report text for places that render `$(icon)` syntax but no Markdown (QuickPick
 * labels, tree labels): a zero-width space keeps `$(` from becoming an icon.
 */
export function plainLabel(text: string): string {
  return text.replace(/\$\(/g, '$\u200b(').replace(/[\r\n]+/g, ' ');
}

/** A `command:` link to one of the extension's own commands, arguments JSON-encoded. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** `京东《未来科技趋势白皮书》 (2021) · 物联网 › 3.1 数字孪生 · 第 536 行` */
export function sourceLine(report: Report | undefined, location: Location, labels: HoverLabels): string {
  const parts = [`${report?.shortTitle ?? location.reportId}${report?.date ? ` (${report.date.slice(0, 4)})` : ''}`];
  if (location.section) parts.push(location.section);
  parts.push(labels.line(location.line, location.page));
  return parts.map(escapeMarkdown).join(' · ');
}

export interface HoverCommands {
  insertCitation: string;
  insertQuote: string;
  openSource: string;
  reveal: string;
}

function actions(ref: ItemRef, labels: HoverLabels, commands: HoverCommands): string {
  return [
    commandLink(`$(quote) ${labels.insertQuote}`, commands.insertQuote, [ref]),
    commandLink(`$(references) ${labels.insertCitation}`, commands.insertCitation, [ref]),
    commandLink(`$(go-to-file) ${labels.openSource}`, commands.openSource, [ref]),
    commandLink(`$(list-tree) ${labels.revealInSidebar}`, commands.reveal, [ref]),
  ].join(' · ');
}

/** Markdown of a term's hover. */
export function termHover(library: Library, term: Term, maxFigures: number, labels: HoverLabels, commands: HoverCommands): string {
  const definition = term.definitions[0];
  const aliases = term.aliases.length > 0 ? ` · ${escapeMarkdown(term.aliases.slice(0, 6).join(', '))}` : '';
  const lines = [`**${escapeMarkdown(term.term)}**${aliases} · _${escapeMarkdown(term.category)}_`, ''];
  // When no sentence of the reports defines the term, the writer is told the quote only uses it.
  if (definition.kind === 'explanatory') lines.push(`_${escapeMarkdown(labels.notDefined)}_`, '');
  lines.push(`> ${escapeMarkdown(definition.quote)}`, '');
  lines.push(`— ${sourceLine(library.report(definition.reportId), definition, labels)}`, '');
  const figures = library.figuresOf(term).slice(0, Math.max(0, maxFigures));
  if (figures.length > 0) {
    lines.push(`${escapeMarkdown(labels.relatedFigures)}:`, '');
    for (const figure of figures) {
      const report = library.report(figure.reportId);
      lines.push(`- **${escapeMarkdown(figure.text)}** ${escapeMarkdown(figure.subject)} — ${escapeMarkdown(report?.shortTitle ?? figure.reportId)}, ${escapeMarkdown(labels.line(figure.line, figure.page))}`);
    }
    lines.push('');
  }
  lines.push(actions({ kind: 'term', id: term.id }, labels, commands));
  return lines.join('\n');
}

/** Markdown of the hover over a statistic typed in a draft that the reports state. */
export function figureHover(library: Library, figures: Figure[], labels: HoverLabels, commands: HoverCommands): string {
  const lines: string[] = [];
  for (const figure of figures.slice(0, 3)) {
    lines.push(`**${escapeMarkdown(figure.text)}** · ${escapeMarkdown(figure.subject)}`, '');
    lines.push(`> ${escapeMarkdown(figure.quote)}`, '');
    lines.push(`— ${sourceLine(library.report(figure.reportId), figure, labels)}`, '');
    lines.push(actions({ kind: 'figure', id: figure.id }, labels, commands), '');
  }
  if (figures.length > 3) lines.push(escapeMarkdown(labels.sameFigureElsewhere(figures.length - 3)));
  return lines.join('\n').trim();
}
