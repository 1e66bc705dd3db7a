/**
 * Citation formatting: reference entries in GB/T 7714—2025 (the Chinese norm
 * since 2026-07-01), GB/T 7714—2015 and APA 7, plus BibTeX and CSL-JSON
 * records for Pandoc and LaTeX bibliographies.
 *
 * Nothing is invented: a field the catalogue does not know (place, URL,
 * access date, page) is left out rather than filled with a placeholder.
 */
import type { Article, Report, ReportType } from './model';

export type CitationStyle = 'gbt7714-2025' | 'gbt7714-2015' | 'apa7';
export const CITATION_STYLES: CitationStyle[] = ['gbt7714-2025', 'gbt7714-2015', 'apa7'];

/** What is cited: a report, or one article of a compilation. */
export interface CitationSource {
  report: Report;
  article?: Article;
  /** Position of the article in the compilation, for its key. */
  articleIndex?: number;
}

/** GB/T 7714 document type codes. */
const GB_TYPE: Record<ReportType, string> = {
  report: 'R',
  'white-paper': 'R',
  compilation: 'G',
  'news-article': 'N',
  'web-page': 'EB/OL',
};

const APA_DESCRIPTION: Partial<Record<ReportType, string>> = { report: 'Report', 'white-paper': 'White paper' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether text is mainly Chinese (decides 等 or et al., and punctuation). */
export function isChinese(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/**
 * Responsible persons or organisations, GB/T style: up to three, then 等
 * (Chinese names) or et al. (others).
 */
export function formatNames(names: string[]): string {
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')}, ${isChinese(names[0]) ? '等' : 'et al.'}`;
}

/** Title with subtitle, joined the way the language joins them. */
function fullTitle(report: Report): string {
  if (!report.subtitle) return report.title;
  return isChinese(report.title) ? `${report.title}：${report.subtitle}` : `${report.title}: ${report.subtitle}`;
}

function year(date: string | undefined): string | undefined {
  return date?.slice(0, 4);
}

/** A stable citation key: the report id, and `-a3` for the third article of a compilation. */
export function citationKey(source: CitationSource): string {
  return source.articleIndex === undefined ? source.report.id : `${source.report.id}-a${source.articleIndex + 1}`;
}

/**
 * What BibTeX, biber and Pandoc all read as one key: no spaces, commas,
 * braces, quotes, `#`, `%`, `~` or line breaks. A user snapshot's report id
 * becomes a key, and a key is written into `.bib` files and `[^key]` markers.
 */
const CITATION_KEY = /^[A-Za-z0-9][A-Za-z0-9_:./+-]{0,199}$/;

/** Why a source's key cannot be written, or undefined when it can. */
export function citationKeyProblem(source: CitationSource): string | undefined {
  const key = citationKey(source);
  return CITATION_KEY.test(key) ? undefined : `the report id ${JSON.stringify(key)} is not a valid citation key (letters, digits and _ : . / + - only)`;
}

/** Line breaks (of any kind) and other control characters become one space: a field is one line of the file it goes into. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/gu, ' ');
}

/** Joins the present parts of an entry with `. `; a part that already ends a sentence (a title ending in ？) takes no full stop. */
function sentence(parts: (string | undefined)[]): string {
  const present = parts.filter((part): part is string => part !== undefined && part.length > 0);
  return present.map((part) => (/[.。？！?!]$/u.test(part) ? part : `${part}.`)).join(' ');
}

/** How a reference list is ordered: numbered in order of citation, or by author and year (著者-出版年制). */
export type ReferenceSystem = 'numeric' | 'author-date';

/** 佚名 (or Anon. for other languages) where GB/T 7714's author-date system needs an author the source does not name. */
function anonymous(report: Report): string {
  return report.language.startsWith('zh') ? '佚名' : 'Anon';
}

function gbEntry(source: CitationSource, style: 'gbt7714-2025' | 'gbt7714-2015', system: ReferenceSystem): string {
  const { report, article } = source;
  const publisher = report.publisher ? formatNames([report.publisher]) : undefined;
  const releaseDate = article?.date ?? report.date;
  // —2025 gives the release date of reports as published; —2015 the year of publication.
  const date = style === 'gbt7714-2025' ? releaseDate : year(releaseDate);
  // A contribution to a larger work: one type code, the host's, then `//` and the host (GB/T 7714 析出文献).
  const title = article
    ? `${article.title}[${GB_TYPE[report.type]}]//${publisher ? `${publisher}. ` : ''}${fullTitle(report)}`
    : `${fullTitle(report)}[${GB_TYPE[report.type]}]`;
  const author = article ? article.author : publisher;
  const updated = report.type === 'web-page' && date ? `(${date})` : undefined;
  if (system === 'author-date') {
    // 著者-出版年制: the year right after the author, 佚名 when there is none.
    return sentence([`${author ?? anonymous(report)}, ${year(releaseDate) ?? 'n.d.'}`, title, updated]);
  }
  return sentence([author, title, updated ?? date]);
}

/** APA 7 dates: the year for reports and compilations, the full date for news and web pages. */
function apaDate(date: string | undefined, yearOnly: boolean): string {
  if (!date) return '(n.d.)';
  const [y, m, d] = date.split('-');
  if (!m || yearOnly) return `(${y})`;
  return d ? `(${y}, ${MONTHS[Number(m) - 1]} ${Number(d)})` : `(${y}, ${MONTHS[Number(m) - 1]})`;
}

function apaEntry(source: CitationSource): string {
  const { report, article } = source;
  if (article) {
    const date = apaDate(article.date ?? report.date, false);
    // A reprinted news article cites the newspaper it appeared in, then the compilation the writer read it in (the
    // quote's location is there), as the BibTeX and CSL records' note does; an article of unknown outlet cites the compilation.
    const where = article.outlet ? [article.outlet, reprintNote(source)] : [`In ${fullTitle(report)}`];
    // With no author, the title moves to the author position.
    return article.author ? sentence([article.author, date, article.title, ...where]) : sentence([article.title, date, ...where]);
  }
  const description = APA_DESCRIPTION[report.type];
  const title = `${fullTitle(report)}${description ? ` [${description}]` : ''}`;
  const date = apaDate(report.date, report.type === 'report' || report.type === 'white-paper' || report.type === 'compilation');
  // With no author, the title moves to the author position.
  if (!report.publisher) return sentence([title, date, report.container]);
  return sentence([report.publisher, date, title, report.container]);
}

/**
 * The reference-list entry of a source in a style (numbered lists unless
 * `system` says author-date), on one line. With a `page`, the entry of a note
 * that cites that page (a footnote): GB/T 7714 puts the 引文页码 after the
 * date (`2019-03-12: 12.`, as in `出版年: 引文页码`), APA adds `p. 12.`.
 * Author-date lists never carry pages: their markers do.
 */
export function referenceEntry(source: CitationSource, style: CitationStyle, system: ReferenceSystem = 'numeric', page?: number): string {
  const entry = oneLine(style === 'apa7' ? apaEntry(source) : gbEntry(source, style, system));
  return page === undefined || system === 'author-date' ? entry : withPage(entry, style, page);
}

/** An entry with the page it is cited at: `…2019-03-12: 12.` (GB/T 7714) or `… [Report]. p. 12.` (APA). */
function withPage(entry: string, style: CitationStyle, page: number): string {
  if (style === 'apa7') return `${entry} p. ${page}.`;
  return entry.endsWith('.') ? `${entry.slice(0, -1)}: ${page}.` : `${entry}: ${page}.`;
}

/**
 * How an entry written for a note may carry a page: the entry without it and
 * the page, for each way Report Lens writes one (GB/T 7714 `: 12.`, APA
 * ` p. 12.`); empty when the text ends with neither.
 */
export function splitNotePage(text: string): { entry: string; page: number }[] {
  const found: { entry: string; page: number }[] = [];
  const gb = /^(.*): (\d{1,9})\.$/u.exec(text);
  // Both ways back: the full stop the page took, or none when the entry ended a sentence itself (a title in ？).
  if (gb) for (const entry of [`${gb[1]}.`, gb[1]]) found.push({ entry, page: Number(gb[2]) });
  const apa = /^(.*) p\. (\d{1,9})\.$/u.exec(text);
  if (apa) found.push({ entry: apa[1], page: Number(apa[2]) });
  return found;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A run of superscript digits, as a page after a marker is written in plain text: `[1]¹²`, `（阿里研究院，2019）¹²`. */
export const SUPERSCRIPT_PAGE = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u;

/** A page number in superscript digits (12 → ¹²): GB/T 7714's 引文页码 as a superscript, in text that has no markup. */
export function superscriptPage(page: number): string {
  return String(page).replace(/\d/g, (digit) => SUPERSCRIPT_DIGITS[Number(digit)]);
}

/** The page a run of superscript digits writes (¹² → 12): `superscriptPage` read back. */
export function pageOfSuperscript(digits: string): number {
  return Number(digits.replace(/./gu, (digit) => String(SUPERSCRIPT_DIGITS.indexOf(digit))));
}

/**
 * The key of a note citing a source at a page: `key-p12`, so that each page
 * cited gets its own footnote, as GB/T 7714 repeats an entry with its page
 * where notes are numbered automatically.
 */
export function pageKey(key: string, page: number | undefined): string {
  return page === undefined ? key : `${key}-p${page}`;
}

/**
 * The endings a citation key gives an article (`-a2`) and a page (`-p12`) of
 * a report: no report id may end so (a citation could name the wrong report).
 */
export const KEY_SUFFIX = /-[ap]\d+$/;

/** The key a note label may name, page removed (`key-p12` → `key`), or undefined when it carries no page. */
export function keyWithoutPage(label: string): { key: string; page: number } | undefined {
  const paged = /^(.+)-p(\d{1,9})$/.exec(label);
  return paged ? { key: paged[1], page: Number(paged[2]) } : undefined;
}

/** Every entry Report Lens may have written for a source, in any style and system: how a list already holding it is recognised. */
export function referenceEntriesOf(source: CitationSource): Set<string> {
  return new Set(CITATION_STYLES.flatMap((style) => [referenceEntry(source, style), referenceEntry(source, style, 'author-date')]));
}

/**
 * An author-date marker for running text: （阿里研究院，2019） or (阿里研究院, 2019).
 * With no author, GB/T 7714 writes 佚名 and APA the title, in full. With a
 * page: APA `(阿里研究院, 2019, p. 12)`; GB/T 7714 puts the 引文页码 after the
 * parentheses as a superscript, `（阿里研究院，2019）¹²`.
 */
export function authorDateMarker(source: CitationSource, style: CitationStyle, page?: number): string {
  const { report, article } = source;
  const author = article ? article.author : report.publisher;
  const who = author ?? (style === 'apa7' ? (article?.title ?? fullTitle(report)) : anonymous(report));
  const when = year(article?.date ?? report.date) ?? 'n.d.';
  if (style === 'apa7') return oneLine(page === undefined ? `(${who}, ${when})` : `(${who}, ${when}, p. ${page})`);
  const marker = oneLine(isChinese(who) ? `（${who}，${when}）` : `(${who}, ${when})`);
  return page === undefined ? marker : `${marker}${superscriptPage(page)}`;
}

/** Escapes LaTeX's special characters, so the text prints as it is: `%` would comment out the rest of its line, `&` stop the build. */
function escapeLaTeX(value: string): string {
  return value.replace(/[\\{}%&#_$^~]/g, (char) => (char === '\\' ? '\\textbackslash{}' : char === '^' || char === '~' ? `\\${char}{}` : `\\${char}`));
}

/** Escapes BibTeX's special characters in a field value; line breaks become spaces. */
export function escapeBibTeX(value: string): string {
  return escapeLaTeX(oneLine(value));
}

/**
 * Markdown's inline punctuation that can reach past a quote into the draft around it: `<` opens an HTML comment or raw
 * HTML (`<!--`, `<script>`) that hides the rest of the draft; a backtick or `$` a code or math span that swallows the
 * citation after the quote; `[`, `]` a link or a footnote reference (`[^1]`) that *Update citations* would count; `|`
 * a table cell; `*`, `_`, `~`, `^` emphasis, strikethrough and Pandoc's super- and subscripts, paired with the writer's
 * own; `@` a Pandoc citation; `&` an entity (`&amp;` prints `&`); and `\` itself. Each is written with a backslash,
 * which CommonMark and Pandoc read as the character itself.
 */
const MARKDOWN_INLINE = /[\\`*_[\]<|~^$@]|&(?=#?[0-9A-Za-z]+;)/g;

/**
 * reStructuredText's inline markup: emphasis, literals and roles, substitutions (`|x|`), references (`x_`); brackets,
 * as a quote's `[1]` would be read as a numbered citation of the draft and renumbered with them; and `\` itself.
 */
const RESTRUCTUREDTEXT_INLINE = /[\\`*|_[\]]/g;

/**
 * Report text (a quote, a figure's value) as a document in `languageId` must hold it to print it as the report wrote
 * it, and leave the draft around it as it was:
 * - in LaTeX with its special characters escaped (`36.2%` as `36.2\%`; a bare `%` turned the rest of the line, the
 *   citation after the quote with it, into a comment), line breaks kept;
 * - in Markdown and reStructuredText on one line (a line break in a paragraph prints as a space, and a quote's second
 *   line could open a heading, a list, a footnote definition or an rST comment) with the inline markup escaped
 *   (`MARKDOWN_INLINE`, `RESTRUCTUREDTEXT_INLINE`): a user's report or snapshot may hold any text;
 * - in plain text as it is.
 */
export function reportTextIn(languageId: string, text: string): string {
  if (languageId === 'latex') return escapeLaTeX(text);
  const inline = languageId === 'markdown' ? MARKDOWN_INLINE : languageId === 'restructuredtext' ? RESTRUCTUREDTEXT_INLINE : undefined;
  return inline ? oneLine(text).replace(inline, (char) => `\\${char}`) : text;
}

/**
 * Which BibTeX a `.bib` file is for: `bibtex` (classic, `\bibliography{}`:
 * standard types and `year`/`month`, as `plain.bst` and `gbt7714-*.bst` read
 * them) or `biblatex` (`\addbibresource{}`, Pandoc: `@report`, `date`).
 */
export type BibTeXDialect = 'bibtex' | 'biblatex';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The note that says where a digest article was reprinted, the same in BibTeX and CSL-JSON. */
function reprintNote(source: CitationSource): string | undefined {
  const { report, article } = source;
  if (!article?.outlet) return undefined;
  return isChinese(report.title) ? `收录于《${fullTitle(report)}》` : `Reprinted in ${fullTitle(report)}`;
}

/**
 * The record's type and its type-specific fields. Classic records name the
 * GB/T 7714 type code in `mark`, which `gbt7714-*.bst` reads and the other
 * styles ignore, where the standard type alone would say [Z] (unknown).
 */
function bibTeXShape(source: CitationSource, dialect: BibTeXDialect): { type: string; fields: [string, string | undefined][] } {
  const { report, article } = source;
  const classic = dialect === 'bibtex';
  const journal = classic ? 'journal' : 'journaltitle';
  const mark = (code: string): [string, string | undefined][] => (classic ? [['mark', code]] : []);
  if (article?.outlet) return { type: 'article', fields: [['entrysubtype', 'newspaper'], [journal, article.outlet], ['note', reprintNote(source)]] };
  if (article) return { type: 'incollection', fields: [['booktitle', fullTitle(report)], ...mark(GB_TYPE[report.type])] };
  const chinese = report.language.startsWith('zh');
  switch (report.type) {
    case 'report':
    case 'white-paper':
      return {
        type: classic ? 'techreport' : 'report',
        fields: [
          ['institution', report.publisher],
          ['type', report.type === 'white-paper' ? (chinese ? '白皮书' : 'White paper') : chinese ? '报告' : 'Report'],
        ],
      };
    case 'compilation':
      // Not a CSL `collection` (an archive): a book-length compilation, GB/T 7714 [G].
      return { type: classic ? 'misc' : 'collection', fields: mark('G') };
    case 'news-article':
      return { type: 'article', fields: [['entrysubtype', 'newspaper'], [journal, report.container], ...mark('N')] };
    case 'web-page':
      return { type: classic ? 'misc' : 'online', fields: [['organization', report.container], ...mark('EB'), ...(classic ? ([['medium', 'OL']] as [string, string][]) : [])] };
  }
}

/**
 * A BibTeX record for a source, in the dialect of the file it goes into; the
 * organisation braced so it is not split into names. Every field escaped and
 * on one line; throws on a key BibTeX cannot read.
 */
export function bibTeXEntry(source: CitationSource, dialect: BibTeXDialect = 'biblatex'): string {
  const keyProblem = citationKeyProblem(source);
  if (keyProblem) throw new Error(keyProblem);
  const { report, article } = source;
  const shape = bibTeXShape(source, dialect);
  const author = article ? article.author : report.publisher;
  const date = article?.date ?? report.date;
  const [y, m] = date?.split('-') ?? [];
  const dates: [string, string | undefined][] = dialect === 'bibtex' ? [['year', y]] : [['date', date]];
  const fields: [string, string | undefined][] = [['title', article ? article.title : fullTitle(report)], ['author', author], ...shape.fields, ...dates];
  const language = report.language.startsWith('zh') ? 'chinese' : report.language;
  const lines = [...fields, [dialect === 'bibtex' ? 'language' : 'langid', language] as [string, string]]
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${name === 'author' ? `{${escapeBibTeX(value)}}` : escapeBibTeX(value)}},`);
  // A month macro (`mar`) rather than text, as the standard styles expect.
  if (dialect === 'bibtex' && m && MONTH_MACROS[Number(m) - 1]) lines.splice(lines.length - 1, 0, `  month = ${MONTH_MACROS[Number(m) - 1]},`);
  return `@${shape.type}{${citationKey(source)},\n${lines.join('\n')}\n}\n`;
}

const CSL_TYPE: Record<ReportType, string> = {
  report: 'report',
  'white-paper': 'report',
  // Not `collection`, which CSL means as an archive ([A]): a compilation is a book.
  compilation: 'book',
  'news-article': 'article-newspaper',
  'web-page': 'webpage',
};

/** A CSL-JSON item, as Pandoc's citeproc reads it; it says what the biblatex record says. */
export function cslItem(source: CitationSource): Record<string, unknown> {
  const keyProblem = citationKeyProblem(source);
  if (keyProblem) throw new Error(keyProblem);
  const { report, article } = source;
  const date = article?.date ?? report.date;
  const item: Record<string, unknown> = {
    id: citationKey(source),
    type: article ? (article.outlet ? 'article-newspaper' : 'chapter') : CSL_TYPE[report.type],
    title: article ? article.title : fullTitle(report),
    language: report.language,
  };
  const author = article ? article.author : report.publisher;
  if (article) {
    item['container-title'] = article.outlet ?? fullTitle(report);
    const note = reprintNote(source);
    if (note) item.note = note;
  } else {
    const genre = bibTeXShape(source, 'biblatex').fields.find(([name]) => name === 'type')?.[1];
    if (genre) item.genre = genre;
    if (report.publisher && CSL_TYPE[report.type] === 'report') item.publisher = report.publisher;
    if (report.container) item['container-title'] = report.container;
  }
  for (const [field, value] of Object.entries(item)) if (typeof value === 'string') item[field] = oneLine(value);
  if (author) item.author = [{ literal: oneLine(author) }];
  if (date) item.issued = { 'date-parts': [date.split('-').map(Number)] };
  return item;
}
