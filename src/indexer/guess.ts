/**
 * A first catalogue entry for a new report, guessed from what the document
 * states — its metadata, its title page, its file name — for the writer to
 * confirm or correct. Nothing is invented: a field the document does not
 * state is left out (the citation then omits it), and each guess says where
 * it came from.
 */
import { basename, extname } from 'node:path';
import { KEY_SUFFIX } from '../core/citation';
import type { Report } from '../core/model';
import { isHan, replaceRadicals } from '../core/normalize';
import { simplifiedCharacters } from './chinese';
import { PAGE_BREAK, type DocumentMetadata } from './extract/document';

export type GuessSource = 'metadata' | 'title page' | 'file name' | 'text';

export interface CatalogueGuess {
  report: Report;
  /** Where each guessed field came from. */
  sources: Partial<Record<'title' | 'subtitle' | 'publisher' | 'date' | 'type' | 'language', GuessSource>>;
}

/** Metadata titles that name a template, a program or a file rather than the document. */
const PLACEHOLDER_TITLE = /^(?:untitled|无标题|未命名|document\d*|文档\d*|slide \d+|powerpoint 演示文稿|microsoft word - .*|.*\.(?:docx?|pdf|pptx?|wps))$/i;
/** Metadata authors that name a machine account or a program, not who is responsible for the report. */
const PLACEHOLDER_AUTHOR = /^(?:admin(?:istrator)?|user|owner|unknown|微软用户|微软中国|lenovo|dell|hp|pc|作者|.*(?:microsoft|office|adobe|acrobat|wps|skia|chrome|mozilla).*)$/i;
/** An organisation's name ends with what it is. */
const ORGANISATION = /(?:研究院|研究中心|研究所|研究会|实验室|智库|协会|联盟|学会|委员会|基金会|大学|学院|集团|公司|部|局|厅|署|办公室|中心|Institute|Association|Alliance|Academy|Council|Foundation|University|Group|Inc\.?|Ltd\.?|Corporation|Center|Centre)$/i;
const CHINESE_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** `2019年3月12日`, `2019年3月`, `2019-03-12`, `2019.03`, `二〇二〇年十二月`. */
const DATE_LINE = /^(?:[\s\S]{0,20}?)((?:19|20)\d{2}|[二〇零一三四五六七八九]{4})\s*(?:年\s*([0-9一二三四五六七八九十]{1,3})\s*月(?:\s*([0-9一二三四五六七八九十]{1,3})\s*日)?|[-./](\d{1,2})(?:[-./](\d{1,2}))?|年)?\s*$/;

/** `十二` → 12, `3` → 3. */
function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.includes('十')) {
    const [tens, units] = text.split('十');
    return (tens ? Number(CHINESE_DIGITS[tens]) : 1) * 10 + (units ? Number(CHINESE_DIGITS[units]) : 0);
  }
  return Number(CHINESE_DIGITS[text] ?? NaN);
}

/** An ISO date (YYYY, YYYY-MM, YYYY-MM-DD) from a line that is only a date (a title page's), or undefined. */
export function dateOfLine(line: string): string | undefined {
  const match = DATE_LINE.exec(line.trim());
  if (!match || match[0].trim().length > 24) return undefined;
  const year = /^\d+$/.test(match[1]) ? match[1] : [...match[1]].map((char) => CHINESE_DIGITS[char]).join('');
  const month = match[2] !== undefined ? chineseNumber(match[2]) : match[4] !== undefined ? Number(match[4]) : undefined;
  const day = match[3] !== undefined ? chineseNumber(match[3]) : match[5] !== undefined ? Number(match[5]) : undefined;
  // A year alone counts only as a line of its own (`2020年`), not inside other text.
  if (month === undefined) return /^(?:19|20)\d{2}\s*年?$/.test(line.trim()) ? year : undefined;
  if (!(month >= 1 && month <= 12)) return undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  if (day === undefined) return `${year}-${pad(month)}`;
  return day >= 1 && day <= 31 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
}

/** The lines of the title page: the first page of a paged text, else the first lines. */
function titlePageLines(text: string): string[] {
  // PDF fonts often map 人, 月, 二 to Kangxi radicals (⼈ ⽉ ⼆): read the characters meant.
  const firstPage = replaceRadicals(text.split(`\n${PAGE_BREAK}\n`)[0]);
  return firstPage
    .split('\n')
    // A Markdown report's heading is its text without the #s (`# 城市大脑发展报告（2022）`) and emphasis marks.
    .map((line) => line.trim().replace(/^#{1,6}\s+|\s+#+$/g, '').replace(/^(\*\*|__)(.+)\1$/u, '$2'))
    .filter((line) => line.length > 0)
    .slice(0, 15);
}

/** A line that can be a title: a few words, no sentence, no TOC leaders, not a date or a bare number. */
function looksLikeTitle(line: string): boolean {
  if (line.length < 4 || line.length > 60) return false;
  if (/[。！？；]|\.{4,}|·{3,}/.test(line) || /^[\d\s.\-/]+$/.test(line) || dateOfLine(line)) return false;
  return /[\p{L}]/u.test(line);
}

function fileStem(file: string): string {
  return basename(file, extname(file));
}

/** A title from a file name: separators become spaces, a leading or trailing date goes. */
function titleOfFileName(file: string): string {
  return fileStem(file)
    .replace(/[_]+/g, ' ')
    .replace(/^(?:19|20)\d{2}(?:[-.]?\d{2}){0,2}[\s-]+|[\s-]+(?:19|20)\d{2}(?:[-.]?\d{2}){0,2}$/g, '')
    .trim();
}

/** BCP 47 tag of the text's language: Chinese in simplified or traditional script, else English. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  let han = '';
  let latin = 0;
  for (const char of sample) {
    if (isHan(char.charCodeAt(0))) han += char;
    else if (/[A-Za-z]/.test(char)) latin++;
  }
  if (han.length < latin / 4) return 'en';
  const simplified = simplifiedCharacters(han);
  let changed = 0;
  for (let i = 0; i < han.length; i++) if (han[i] !== simplified[i]) changed++;
  return changed > han.length * 0.02 ? 'zh-Hant' : 'zh-Hans';
}

/** A catalogue id from a file name: lower-case ASCII words, or `report` when the name has none; unique among `taken`. */
export function reportId(file: string, taken: Set<string>): string {
  const slug = fileStem(file)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  // `annual-p3.pdf` must not become the key of page 3 of `annual` (see `KEY_SUFFIX`).
  const base = /^[a-z0-9]/.test(slug) ? slug.replace(KEY_SUFFIX, (suffix) => `-${suffix[1]}-${suffix.slice(2)}`) : 'report';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Guesses the catalogue entry of a report. `file` is the path the catalogue
 * will give; `taken` the ids already in use (built-in and library).
 */
export function guessCatalogue(file: string, text: string, metadata: DocumentMetadata, taken: Set<string>): CatalogueGuess {
  const sources: CatalogueGuess['sources'] = {};
  const lines = titlePageLines(text);
  let title: string | undefined;
  let titleLine = -1;
  const metadataTitle = metadata.title?.trim();
  if (metadataTitle && !PLACEHOLDER_TITLE.test(metadataTitle) && metadataTitle !== fileStem(file)) {
    title = metadataTitle;
    sources.title = 'metadata';
    titleLine = lines.findIndex((line) => line.replace(/\s+/g, '') === metadataTitle.replace(/\s+/g, ''));
  } else {
    titleLine = lines.findIndex(looksLikeTitle);
    if (titleLine >= 0) {
      title = lines[titleLine];
      sources.title = 'title page';
    } else {
      title = titleOfFileName(file) || fileStem(file);
      sources.title = 'file name';
    }
  }
  const report: Report = { id: reportId(file, taken), file, title, shortTitle: title, type: 'report', language: guessLanguage(text) };
  sources.language = 'text';

  // A subtitle is the title page's next line when it is set off as one (`——…`, `—…`).
  const next = titleLine >= 0 ? lines[titleLine + 1] : undefined;
  const subtitle = next && /^[—–-]{1,2}\s*\S/.test(next) ? next.replace(/^[—–-]{1,2}\s*/, '').trim() : undefined;
  if (subtitle) {
    report.subtitle = subtitle;
    sources.subtitle = 'title page';
  }

  const author = metadata.author?.trim();
  if (author && !PLACEHOLDER_AUTHOR.test(author)) {
    report.publisher = author;
    sources.publisher = 'metadata';
  } else {
    const organisation = lines.find((line) => line.length <= 30 && ORGANISATION.test(line) && !/[，。；]/.test(line) && line !== title);
    if (organisation) {
      report.publisher = organisation.replace(/^(?:发布|编制|出品|主编|编著|撰写)(?:单位|机构)?\s*[：:]\s*/, '');
      sources.publisher = 'title page';
    }
  }

  const titlePageDate = lines.map(dateOfLine).find((date) => date !== undefined);
  const fileNameYear = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(fileStem(file))?.[1];
  if (titlePageDate) {
    report.date = titlePageDate;
    sources.date = 'title page';
  } else if (fileNameYear) {
    report.date = fileNameYear;
    sources.date = 'file name';
  }

  if (/白皮书|white\s*paper/i.test(`${title} ${report.subtitle ?? ''}`)) {
    report.type = 'white-paper';
    sources.type = sources.title;
  }
  return { report, sources };
}
