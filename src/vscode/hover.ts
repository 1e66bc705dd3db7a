/**
 * Hover: the term under the pointer (longest match over terms and aliases,
 * in Chinese without spaces, English on word boundaries, either script), or a
 * statistic that the reports state.
 */
import * as vscode from 'vscode';
import { figureHover, termHover, type HoverLabels, type HoverPlace } from '../core/hoverContent';
import { withLatinCase } from '../core/normalize';
import { findFigures } from '../core/numbers';
import type { Library } from '../core/snapshot';
import { COMMANDS } from './commands';
import { settings } from './config';
import { registerForEnabledLanguages } from './documents';

/** Lines longer than this are read only around the pointer: hovers stay instant on minified or 10 MB one-line files. */
const WINDOW = 2000;

/** `line 12`, or `p. 3, line 12` for a report with pages (a PDF). */
export function locationLabel(line: number, page?: number): string {
  return page === undefined ? vscode.l10n.t('line {0}', line) : vscode.l10n.t('p. {0}, line {1}', page, line);
}

export function hoverLabels(): HoverLabels {
  return {
    line: locationLabel,
    notDefined: vscode.l10n.t('The reports do not define this term; a sentence that explains it:'),
    onlyUsed: vscode.l10n.t('The reports use this term without defining it; one of their sentences:'),
    usedIn: (counts) => vscode.l10n.t('Lines that use it: {0}', counts),
    relatedTerms: vscode.l10n.t('Related terms'),
    relatedFigures: vscode.l10n.t('Related figures'),
    insertCitation: vscode.l10n.t('Insert citation'),
    insertQuote: vscode.l10n.t('Insert quote'),
    openSource: vscode.l10n.t('Open source'),
    revealInSidebar: vscode.l10n.t('Reveal in sidebar'),
    sameFigureElsewhere: (count) => vscode.l10n.t('…and {0} more places stating this figure', count),
  };
}

const HOVER_COMMANDS = { insertCitation: COMMANDS.insertCitation, insertQuote: COMMANDS.insertQuote, openSource: COMMANDS.openSource, reveal: COMMANDS.reveal };

/** Trusted for the extension's own commands only: report text is escaped, never trusted. */
export function trustedMarkdown(value: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value, true);
  markdown.isTrusted = { enabledCommands: [COMMANDS.insertCitation, COMMANDS.insertQuote, COMMANDS.openSource, COMMANDS.reveal] };
  markdown.supportHtml = false;
  return markdown;
}

/** The hovered word's end in its document, where the hover's Insert links put the quote or citation. */
function placeOf(document: vscode.TextDocument, range: vscode.Range): HoverPlace {
  return { uri: document.uri.toString(), version: document.version, line: range.end.line, character: range.end.character };
}

export class ReportHoverProvider implements vscode.HoverProvider {
  /** `library` waits for the library when the first hover comes before it has loaded. */
  constructor(private readonly library: () => Promise<Library | undefined>) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!settings.hoverEnabled()) return undefined;
    const library = await this.library();
    if (!library || token.isCancellationRequested) return undefined;
    const lineText = document.lineAt(position.line).text;
    const from = Math.max(0, position.character - WINDOW);
    const text = lineText.slice(from, position.character + WINDOW);
    const offset = position.character - from;
    const match = library.matcher.matchAt(text, offset);
    if (match) {
      const range = new vscode.Range(position.line, from + match.start, position.line, from + match.end);
      return new vscode.Hover(trustedMarkdown(termHover(library, match.value, settings.hoverMaxFigures(), hoverLabels(), HOVER_COMMANDS, placeOf(document, range))), range);
    }
    // Through the folding with the text's capitals (`withLatinCase`), as the figure check reads a draft: `35.8萬億元` is
    // 35.8万亿元, not 35.8萬 and a word, and `11.7GB` keeps its unit. Folding keeps lengths, so the offsets are the text's.
    const figure = findFigures(withLatinCase(text, library.folding.fold(text))).find((candidate) => candidate.start <= offset && offset < candidate.end);
    const stated = figure && library.figuresWithValue(figure.value, figure.unit, figure);
    if (figure && stated && stated.length > 0) {
      const range = new vscode.Range(position.line, from + figure.start, position.line, from + figure.end);
      return new vscode.Hover(trustedMarkdown(figureHover(library, stated, hoverLabels(), HOVER_COMMANDS, placeOf(document, range))), range);
    }
    return undefined;
  }
}

export function registerHover(context: vscode.ExtensionContext, library: () => Promise<Library | undefined>): void {
  const provider = new ReportHoverProvider(library);
  registerForEnabledLanguages(context, (selector) => vscode.languages.registerHoverProvider(selector, provider));
}
