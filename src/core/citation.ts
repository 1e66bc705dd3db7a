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

/** Joins the present parts of an entry with `. ` and ends it with a full stop. */
function sentence(parts: (string | undefined)[]): string {
  const present = parts.filter((part): part is string => part !== undefined && part.length > 0);
  return `${present.join('. ')}.`.replace(/([.。？！?!])\.$/u, '$1');
}

function gbEntry(source: CitationSource, style: 'gbt7714-2025' | 'gbt7714-2015'): string {
  const { report, article } = source;
  const author = report.publisher ? formatNames([report.publisher]) : undefined;
  // —2025 gives the release date of reports as published; —2015 the year of publication.
  const date = style === 'gbt7714-2025' ? report.date : year(report.date);
  if (article) {
    const articleDate = style === 'gbt7714-2025' ? (article.date ?? report.date) : year(article.date ?? report.date);
    return sentence([article.author, `${article.title}[N]//${author ? `${author}. ` : ''}${fullTitle(report)}[${GB_TYPE[report.type]}]`, articleDate]);
  }
  const title = `${fullTitle(report)}[${GB_TYPE[report.type]}]`;
  if (report.type === 'web-page') return sentence([author, title, date ? `(${date})` : undefined]);
  return sentence([author, title, date]);
}

function apaDate(date: string | undefined): string {
  if (!date) return '(n.d.)';
  const [y, m, d] = date.split('-');
  if (!m) return `(${y})`;
  return d ? `(${y}, ${MONTHS[Number(m) - 1]} ${Number(d)})` : `(${y}, ${MONTHS[Number(m) - 1]})`;
}

function apaEntry(source: CitationSource): string {
  const { report, article } = source;
  if (article) {
    const container = [fullTitle(report), article.outlet].filter(Boolean).join(', ');
    return `${article.author ? `${article.author}. ` : ''}${article.title}. ${apaDate(article.date ?? report.date)}. In ${container}.`;
  }
  const description = APA_DESCRIPTION[report.type];
  const title = `${fullTitle(report)}${description ? ` [${description}]` : ''}`;
  // With no author, the title moves to the author position.
  if (!report.publisher) return `${title}. ${apaDate(report.date)}.${report.container ? ` ${report.container}.` : ''}`;
  return `${report.publisher}. ${apaDate(report.date)}. ${title}.${report.container ? ` ${report.container}.` : ''}`;
}

/** The reference-list entry of a source in a style. */
export function referenceEntry(source: CitationSource, style: CitationStyle): string {
  return style === 'apa7' ? apaEntry(source) : gbEntry(source, style);
}

/** An author-date marker for running text: （阿里研究院，2019） or (阿里研究院, 2019). */
export function authorDateMarker(source: CitationSource, style: CitationStyle): string {
  const { report, article } = source;
  const who = report.publisher ?? shortTitle(article?.title ?? report.title);
  const when = year(article?.date ?? report.date) ?? 'n.d.';
  return style === 'apa7' || !isChinese(who) ? `(${who}, ${when})` : `（${who}，${when}）`;
}

function shortTitle(title: string): string {
  return title.length > 12 ? `${title.slice(0, 12)}…` : title;
}

const BIBTEX_TYPE: Record<ReportType, string> = {
  report: 'report',
  'white-paper': 'report',
  compilation: 'collection',
  'news-article': 'article',
  'web-page': 'online',
};

/** Escapes BibTeX's special characters in a field value. */
export function escapeBibTeX(value: string): string {
  return value.replace(/[\\{}%&#_$^~]/g, (char) => (char === '\\' ? '\\textbackslash{}' : char === '^' || char === '~' ? `\\${char}{}` : `\\${char}`));
}

/** A biblatex record (`@report{…}`), the organisation braced so it is not split into names. */
export function bibTeXEntry(source: CitationSource): string {
  const { report, article } = source;
  const fields: [string, string | undefined][] = article
    ? [
        ['title', article.title],
        ['author', article.author],
        ['journaltitle', article.outlet],
        ['booktitle', fullTitle(report)],
        ['date', article.date ?? report.date],
      ]
    : [
        ['title', report.title],
        ['subtitle', report.subtitle],
        ['author', report.publisher ? `{${escapeBibTeX(report.publisher)}}` : undefined],
        ['institution', BIBTEX_TYPE[report.type] === 'report' ? report.publisher : undefined],
        ['type', report.type === 'white-paper' ? 'White paper' : undefined],
        ['date', report.date],
      ];
  const language = report.language.startsWith('zh') ? 'chinese' : report.language;
  const lines = [...fields, ['langid', language] as [string, string]]
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${name === 'author' && value.startsWith('{') ? value : escapeBibTeX(value)}},`);
  return `@${article ? 'article' : BIBTEX_TYPE[report.type]}{${citationKey(source)},\n${lines.join('\n')}\n}\n`;
}

const CSL_TYPE: Record<ReportType, string> = {
  report: 'report',
  'white-paper': 'report',
  compilation: 'collection',
  'news-article': 'article-newspaper',
  'web-page': 'webpage',
};

/** A CSL-JSON item, as Pandoc's citeproc reads it. */
export function cslItem(source: CitationSource): Record<string, unknown> {
  const { report, article } = source;
  const date = article?.date ?? report.date;
  const item: Record<string, unknown> = {
    id: citationKey(source),
    type: article ? 'article-newspaper' : CSL_TYPE[report.type],
    title: article ? article.title : fullTitle(report),
    language: report.language,
  };
  if (article) {
    item['container-title'] = article.outlet ?? fullTitle(report);
  } else if (report.publisher) {
    item.author = [{ literal: report.publisher }];
    item.publisher = report.publisher;
  }
  if (date) item.issued = { 'date-parts': [date.split('-').map(Number)] };
  return item;
}
