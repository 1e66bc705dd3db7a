/**
 * Citation commands: insert a citation or a quote with its citation in the
 * document's own syntax, keep the reference list or bibliography file right,
 * export a document's bibliography. Each insertion is one undo step.
 */
import * as vscode from 'vscode';
import { authorDateMarker, bibTeXEntry, citationKey, cslItem, type CitationSource } from '../core/citation';
import { frontMatterBibliography, mergeBibTeX, mergeCslJson, planCitation, type CitationFormat, type CitationPlan } from '../core/citeEdits';
import type { ItemRef } from '../core/hoverContent';
import type { Library } from '../core/snapshot';
import { COMMANDS } from './commands';
import { settings } from './config';
import { rangeOf } from './convert';
import { isItemRef, resolveItem, type ResolvedItem } from './items';
import { SOURCE_SCHEME } from './sourceView';

/** Escapes text for a SnippetString, where `$`, `}` and `\` are syntax. */
function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (char) => `\\${char}`);
}

/** The snippet at the cursor: the quote in the writer's marks (if any), the marker, and a tab stop after it. */
export function citationSnippet(marker: string, quote: string | undefined): vscode.SnippetString {
  const [open, close] = settings.quoteMarks();
  const quoted = quote === undefined ? '' : `${open}${snippetText(quote)}${close}`;
  // Pandoc's locator (`[@key, p. 3]`) is worth a tab stop; other markers get the final stop after them.
  const pandoc = /^\[@(.+)\]$/.exec(marker);
  const body = pandoc ? `[@${snippetText(pandoc[1])}\${1}]` : snippetText(marker);
  return new vscode.SnippetString(`${quoted}${body}$0`);
}

/** Where a Pandoc or LaTeX document keeps its bibliography, or why it cannot be found. */
function bibliographyUri(document: vscode.TextDocument): vscode.Uri | string {
  const text = document.getText();
  const named = frontMatterBibliography(text) ?? /\\(?:addbibresource|bibliography)\{([^}]+)\}/.exec(text)?.[1]?.split(',')[0].trim();
  const setting = settings.bibliographyFile();
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  if (named && document.uri.scheme !== 'untitled') {
    const withExtension = /\.[a-z]+$/i.test(named) || document.languageId !== 'latex' ? named : `${named}.bib`;
    return vscode.Uri.joinPath(document.uri, '..', withExtension);
  }
  if (setting) {
    if (/^(?:\/|[a-zA-Z]:[\\/])/.test(setting)) return vscode.Uri.file(setting);
    if (folder) return vscode.Uri.joinPath(folder, setting);
  }
  if (document.uri.scheme !== 'untitled') return vscode.Uri.joinPath(document.uri, '..', 'references.bib');
  return vscode.l10n.t('Save the document first, or set "reportLens.bibliographyFile", so the citation has a bibliography file to go to.');
}

/**
 * Adds a record to the bibliography file (created if absent). Returns an error
 * message instead of writing when the file cannot be read as a bibliography.
 */
export async function addToBibliography(document: vscode.TextDocument, bibliography: NonNullable<CitationPlan['bibliography']>): Promise<string | undefined> {
  const uri = bibliographyUri(document);
  if (typeof uri === 'string') return uri;
  let existing = '';
  let exists = true;
  try {
    existing = (await vscode.workspace.openTextDocument(uri)).getText();
  } catch {
    exists = false;
  }
  let merged: string | undefined;
  try {
    merged = uri.path.endsWith('.json') ? mergeCslJson(existing, bibliography.csl) : mergeBibTeX(existing, bibliography.key, bibliography.bibtex);
  } catch (error) {
    return vscode.l10n.t('The bibliography file {0} could not be read ({1}); it was left unchanged.', uri.fsPath, (error as Error).message);
  }
  if (merged === undefined) return undefined;
  const edit = new vscode.WorkspaceEdit();
  if (exists) {
    const open = await vscode.workspace.openTextDocument(uri);
    edit.replace(uri, new vscode.Range(0, 0, open.lineCount, 0), merged);
  } else {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), merged);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return vscode.l10n.t('The bibliography file {0} could not be written.', uri.fsPath);
  await (await vscode.workspace.openTextDocument(uri)).save();
  return undefined;
}

/** Source views and read-only file systems cannot take a citation. */
function isReadOnly(document: vscode.TextDocument): boolean {
  return document.uri.scheme === SOURCE_SCHEME || vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false;
}

/** The citation format of a document: its language's setting, or Pandoc when Markdown front matter names a bibliography. */
export function citationFormatOf(document: vscode.TextDocument): CitationFormat {
  const configured = settings.citationFormat(document.languageId);
  return configured === 'markdown-footnote' && frontMatterBibliography(document.getText()) ? 'pandoc' : configured;
}

/**
 * Cites an item in an editor: the marker (and quote) at every cursor, the
 * reference list or bibliography kept right. One undo step.
 */
export async function citeInEditor(editor: vscode.TextEditor, item: ResolvedItem, withQuote: boolean): Promise<boolean> {
  const document = editor.document;
  if (isReadOnly(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is read-only: open your draft to insert a citation into it.', document.uri.path.split('/').pop() ?? document.uri.toString()));
    return false;
  }
  const style = settings.citationStyle();
  const format = citationFormatOf(document);
  const marker = authorDateMarker(item.source, style);
  const firstPlan = planCitation(document.getText(), document.offsetAt(editor.selection.active), format, item.source, style, marker);
  if (firstPlan.bibliography) {
    const problem = await addToBibliography(document, firstPlan.bibliography);
    if (problem) {
      void vscode.window.showErrorMessage(`Report Lens: ${problem}`);
      return false;
    }
  }
  // Planned again from the text as it is now: the document may have changed while the bibliography was written.
  const plan = planCitation(document.getText(), document.offsetAt(editor.selection.active), format, item.source, style, marker);
  const snippet = citationSnippet(plan.marker, withQuote ? item.quote : undefined);
  // List edits first, then the snippet, as one undo step. An edit inserted right at a cursor (a footnote
  // appended at the end of the document) would push the cursor past it, so the cursors are put back where
  // they were, moved only by the edits wholly before them.
  const cursors = editor.selections.map((selection) => [document.offsetAt(selection.anchor), document.offsetAt(selection.active)] as const);
  const moved = (offset: number) => offset + plan.edits.filter((edit) => edit.end <= offset && edit.start < offset).reduce((sum, edit) => sum + edit.text.length - (edit.end - edit.start), 0);
  let edited = true;
  if (plan.edits.length > 0) {
    edited = await editor.edit(
      (builder) => {
        for (const edit of plan.edits) builder.replace(rangeOf(document, edit.start, edit.end), edit.text);
      },
      { undoStopBefore: true, undoStopAfter: false },
    );
    if (edited) editor.selections = cursors.map(([anchor, active]) => new vscode.Selection(document.positionAt(moved(anchor)), document.positionAt(moved(active))));
  }
  edited &&= await editor.insertSnippet(snippet, editor.selections, { undoStopBefore: plan.edits.length === 0, undoStopAfter: true });
  if (!edited) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Report Lens could not edit {0} (is it read-only?). Nothing was changed.', document.uri.scheme === 'untitled' ? document.uri.path : document.fileName));
  }
  return edited;
}

/** The editor to cite into: the active one, or the last text editor when a view has focus. */
function targetEditor(): vscode.TextEditor | undefined {
  return vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
}

/** Keys of the citations a document makes, in order of first use. */
export function citedKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(/\[\^([\w-]+)\](?!:)|\[@([\w-]+)|\\cite[pt]?\*?(?:\[[^\]]*\])?\{([^}]+)\}/g)) {
    for (const key of (match[1] ?? match[2] ?? match[3]).split(',').map((part) => part.trim())) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** The sources a key can name: report ids and their articles (`-aN`). */
function sourcesByKey(library: Library): Map<string, CitationSource> {
  const sources = new Map<string, CitationSource>();
  for (const report of library.snapshot.reports) {
    sources.set(citationKey({ report }), { report });
    (report.articles ?? []).forEach((article, articleIndex) => {
      const source = { report, article, articleIndex };
      sources.set(citationKey(source), source);
    });
  }
  return sources;
}

export function registerCitations(context: vscode.ExtensionContext, library: () => Library | undefined, pick: () => Promise<ItemRef | undefined>): void {
  const cite = async (withQuote: boolean, ref?: unknown): Promise<boolean> => {
    const current = library();
    if (!current) return false;
    const editor = targetEditor();
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to insert a citation into.'));
      return false;
    }
    const chosen = isItemRef(ref) ? ref : await pick();
    const item = chosen && resolveItem(current, chosen);
    if (!item) return false;
    return citeInEditor(editor, item, withQuote);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.insertCitation, (ref?: unknown) => cite(false, ref)),
    vscode.commands.registerCommand(COMMANDS.insertQuote, (ref?: unknown) => cite(true, ref)),
    vscode.commands.registerCommand(COMMANDS.citeTermAtCursor, async () => {
      const current = library();
      const editor = targetEditor();
      if (!current || !editor) return false;
      const position = editor.selection.active;
      const line = editor.document.lineAt(position.line).text;
      // The term under the cursor, or the one the cursor sits right after.
      const match = current.matcher.matchAt(line, position.character) ?? current.matcher.matchAt(line, position.character - 1);
      if (!match) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No term from the reports at the cursor.'));
        return false;
      }
      return cite(false, { kind: 'term', id: match.value.id });
    }),
    vscode.commands.registerCommand(COMMANDS.exportBibliography, async (given?: unknown) => {
      const current = library();
      const editor = targetEditor();
      if (!current || !editor) return undefined;
      const sources = sourcesByKey(current);
      const cited = citedKeys(editor.document.getText()).map((key) => sources.get(key)).filter((source): source is CitationSource => source !== undefined);
      if (cited.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This document cites none of the reports yet.'));
        return undefined;
      }
      const formats = [{ label: 'BibTeX', id: 'bibtex' }, { label: 'CSL-JSON', id: 'csl' }];
      const format = formats.find((candidate) => candidate.id === given) ?? (await vscode.window.showQuickPick(formats, { placeHolder: vscode.l10n.t('Export the bibliography as') }));
      if (!format) return undefined;
      const content = format.id === 'bibtex' ? cited.map(bibTeXEntry).join('\n') : `${JSON.stringify(cited.map(cslItem), null, 2)}\n`;
      const document = await vscode.workspace.openTextDocument({ language: format.id === 'bibtex' ? 'bibtex' : 'json', content });
      await vscode.window.showTextDocument(document);
      return document;
    }),
  );
}
