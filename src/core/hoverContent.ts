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
  /** Said of a quote when the reports neither define nor explain the term, only use it. */
  onlyUsed: string;
  /** How often each report uses a term it does not define: `used in: 京东《…》 ×30 · …`. */
  usedIn: (counts: string) => string;
  /** Heads the names of the term's family (量子计算 ⇄ 量子计算机). */
  relatedTerms: string;
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

/**
 * The controls of bidirectional text — embeddings, overrides, isolates and marks — shown as their code points
 * (`[U+202E]`). Invisible, they reorder what follows them on the line: a report's U+202E before `%01` makes it read
 * `10%` in a hover, a picker row or a tree item, while Insert quote inserts `%01` with the control (the editor shows
 * such characters; those views do not). Chinese report text has no use for them.
 */
export function visibleControls(text: string): string {
  return text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => `[U+${char.charCodeAt(0).toString(16).toUpperCase()}]`);
}

/**
 * Escapes text for Markdown: every ASCII punctuation that could start syntax,
 * HTML, `:` and `@` (so `https://…`, `mailto:` and `name@host` are not turned
 * into live links), `$` (so `$(alert)` is not an icon where icons render),
 * and every line break — `\r` alone included — becomes a space, so a quote
 * cannot end its line and start a heading or a fake source line. Bidirectional controls show (`visibleControls`).
 */
export function escapeMarkdown(text: string): string {
  return visibleControls(text)
    .replace(/[\\`*_{}[\]()#+\-.!|~>:@$]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/**
 * Report text for places that render `$(icon)` syntax but no Markdown (QuickPick
 * labels, tree labels): a zero-width space keeps `$(` from becoming an icon; line breaks
 * are spaces and bidirectional controls show (`visibleControls`).
 */
export function plainLabel(text: string): string {
  return visibleControls(text).replace(/\$\(/g, '$\u200b(').replace(/(?:\r\n|[\r\n\u2028\u2029])+/g, ' ');
}

/**
 * Text for a notification's message. VS Code renders `[label](command:…)`, `(https:…)` or `(file:…)` in one as a
 * link, and a click runs the command with the arguments the link carries: a path from a repository's settings or a
 * draft's front matter, a file name or a snapshot's id could offer "[Fix it](command:…)". Report Lens's own messages
 * hold no links, so every `](` is broken by a zero-width space: the text reads as it did and links nowhere.
 */
export function inertMessage(text: string): string {
  return text.replace(/\]\(/g, ']\u200b(');
}

/**
 * A `command:` link to one of the extension's own commands, arguments
 * JSON-encoded. `encodeURIComponent` leaves `()!'*` as they are, and a `)` in
 * an id would end the link early: those are encoded too. The icon (`quote`
 * for `$(quote)`) is the extension's own; the label is escaped.
 */
export function commandLink(label: string, command: string, args: unknown[], icon?: string): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()!'*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${icon ? `$(${icon}) ` : ''}${escapeMarkdown(label)}](command:${command}?${encoded})`;
}

/**
 * Quotes longer than this are shown cut. A user's snapshot may hold a quote of a whole page, or megabytes (a report
 * extracted with no sentence marks, a hand-made file): rendered whole in a hover, a tooltip or a message it held up
 * the editor. The built-in reports' quotes are at most about 300 characters. Inserted quotes stay whole.
 */
export const SHOWN_QUOTE_LENGTH = 1000;

/**
 * A quote as hovers, tooltips, pickers and messages show it: whole, or its first `SHOWN_QUOTE_LENGTH` characters and
 * `…` — still an exact span of the report, from its start, with the cut marked (never through a surrogate pair).
 */
export function shownQuote(quote: string): string {
  if (quote.length <= SHOWN_QUOTE_LENGTH) return quote;
  const end = SHOWN_QUOTE_LENGTH - (isHighSurrogate(quote.charCodeAt(SHOWN_QUOTE_LENGTH - 1)) ? 1 : 0);
  return `${quote.slice(0, end)}…`;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Markdown of a tree item's tooltip: the quote (`shownQuote`), then its source, both escaped. */
export function tooltipMarkdown(quote: string, source: string): string {
  return `${escapeMarkdown(shownQuote(quote))}\n\n— ${escapeMarkdown(source)}`;
}

/**
 * A figure as a writer reads it: what it measures, then the value as written —
 * `中国云计算市场规模 3555.3亿元`, `量子计算机 二百秒` (a level shows as written: `千亿级`).
 */
export function figureLabel(figure: Figure): string {
  return figure.subject ? `${figure.subject} ${figure.text}` : figure.text;
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

/**
 * Where a hover was shown: the document and the end of the term or number under the pointer. Its Insert links carry
 * it, so the quote or citation goes where the writer pointed — not to the text cursor, which may be pages away, nor
 * into another editor that has the focus.
 */
export interface HoverPlace {
  uri: string;
  /** The document's version when hovered: a place in a text that changed since may be another word's. */
  version: number;
  line: number;
  character: number;
}

function actions(ref: ItemRef, labels: HoverLabels, commands: HoverCommands, place: HoverPlace | undefined): string {
  const insertArgs = place ? [ref, place] : [ref];
  return [
    commandLink(labels.insertQuote, commands.insertQuote, insertArgs, 'quote'),
    commandLink(labels.insertCitation, commands.insertCitation, insertArgs, 'references'),
    commandLink(labels.openSource, commands.openSource, [ref], 'go-to-file'),
    commandLink(labels.revealInSidebar, commands.reveal, [ref], 'list-tree'),
  ].join(' · ');
}

/** Markdown of a term's hover. */
export function termHover(library: Library, term: Term, maxFigures: number, labels: HoverLabels, commands: HoverCommands, place?: HoverPlace): string {
  const definition = term.definitions[0];
  const shown = shownAliases(term);
  const aliases = shown.length > 0 ? ` · ${escapeMarkdown(shown.slice(0, 6).join(', '))}` : '';
  const lines = [`**${escapeMarkdown(term.term)}**${aliases} · _${escapeMarkdown(term.category)}_`, ''];
  // When no sentence of the reports defines the term, the writer is told the quote only uses it, and how often they do.
  const onlyUsed = definition.kind === 'explanatory';
  if (onlyUsed || definition.kind === 'explanation') lines.push(`_${escapeMarkdown(onlyUsed ? labels.onlyUsed : labels.notDefined)}_`, '');
  lines.push(`> ${escapeMarkdown(shownQuote(definition.quote))}`, '');
  lines.push(`— ${sourceLine(library.report(definition.reportId), definition, labels)}`, '');
  if (onlyUsed) lines.push(escapeMarkdown(labels.usedIn(usageByReport(library, term))), '');
  const family = (term.related ?? []).map((id) => library.term(id)?.term).filter((name): name is string => name !== undefined);
  if (family.length > 0) lines.push(`${escapeMarkdown(labels.relatedTerms)}: ${family.map(escapeMarkdown).join(' · ')}`, '');
  const figures = library.figuresOf(term).slice(0, Math.max(0, maxFigures));
  if (figures.length > 0) {
    lines.push(`${escapeMarkdown(labels.relatedFigures)}:`, '');
    for (const figure of figures) {
      const report = library.report(figure.reportId);
      lines.push(`- ${escapeMarkdown(figure.subject)} **${escapeMarkdown(figure.text)}** — ${escapeMarkdown(report?.shortTitle ?? figure.reportId)}, ${escapeMarkdown(labels.line(figure.line, figure.page))}`);
    }
    lines.push('');
  }
  lines.push(actions({ kind: 'term', id: term.id }, labels, commands, place));
  return lines.join('\n');
}

/**
 * The aliases a hover names: not the glued spelling of a spaced one (`InternetofEverything` beside `Internet of
 * Everything`), which is there to match PDF text that lost its spaces, not for the writer to read.
 */
export function shownAliases(term: Term): string[] {
  const spaced = new Set([term.term, ...term.aliases].filter((name) => / /.test(name)).map((name) => name.replace(/ /g, '')));
  return term.aliases.filter((alias) => / /.test(alias) || !spaced.has(alias));
}

/** `京东《未来科技趋势白皮书》 ×30 · 《行业信息监测…》 ×9`: lines using the term, per report, most first. */
export function usageByReport(library: Library, term: Term): string {
  const counts = new Map<string, number>();
  for (const occurrence of term.occurrences) counts.set(occurrence.reportId, (counts.get(occurrence.reportId) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([reportId, count]) => `${library.report(reportId)?.shortTitle ?? reportId} ×${count}`)
    .join(' · ');
}

/** Markdown of the hover over a statistic typed in a draft that the reports state. */
export function figureHover(library: Library, figures: Figure[], labels: HoverLabels, commands: HoverCommands, place?: HoverPlace): string {
  const lines: string[] = [];
  for (const figure of figures.slice(0, 3)) {
    lines.push(`${escapeMarkdown(figure.subject)} **${escapeMarkdown(figure.text)}**`, '');
    lines.push(`> ${escapeMarkdown(shownQuote(figure.quote))}`, '');
    lines.push(`— ${sourceLine(library.report(figure.reportId), figure, labels)}`, '');
    lines.push(actions({ kind: 'figure', id: figure.id }, labels, commands, place), '');
  }
  if (figures.length > 3) lines.push(escapeMarkdown(labels.sameFigureElsewhere(figures.length - 3)));
  return lines.join('\n').trim();
}
