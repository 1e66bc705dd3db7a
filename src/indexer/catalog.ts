/**
 * The reports folder's `catalog.yaml`: citation metadata of each report.
 * Validated field by field, so a typo stops the indexer with the file and line.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { KEY_SUFFIX } from '../core/citation';
import type { Article, Report, ReportType } from '../core/model';
import { isCalendarDate } from '../core/snapshot';
import { YamlFile } from './yamlFile';

const REPORT_TYPES: ReportType[] = ['report', 'white-paper', 'compilation', 'news-article', 'web-page'];
const ID = /^[a-z0-9][a-z0-9-]*$/;

type Fields = Record<string, unknown>;

function text(file: YamlFile, path: (string | number)[], fields: Fields, key: string, required: boolean): string | undefined {
  const value = fields[key];
  if (value === undefined || value === null) {
    if (required) file.fail(path, `missing "${key}"`);
    return undefined;
  }
  // YAML reads 2020 or 2019-03-12 as a number or date only with other schemas; keep strings strict.
  if (typeof value !== 'string' && typeof value !== 'number') file.fail([...path, key], `"${key}" must be text`);
  return String(value).trim();
}

function readArticle(file: YamlFile, path: (string | number)[], raw: unknown): Article {
  if (typeof raw !== 'object' || raw === null) file.fail(path, 'an article must be a mapping with a "title"');
  const fields = raw as Fields;
  const article: Article = { title: text(file, path, fields, 'title', true)! };
  for (const key of ['outlet', 'date', 'author'] as const) {
    const value = text(file, path, fields, key, false);
    if (value !== undefined) article[key] = value;
  }
  if (article.date && !isCalendarDate(article.date)) file.fail([...path, 'date'], `date "${article.date}" must be a date that exists, as YYYY, YYYY-MM or YYYY-MM-DD`);
  return article;
}

/** Is `inner` inside `folder` (or the folder itself)? */
function isInside(folder: string, inner: string): boolean {
  const path = relative(folder, inner);
  return !path.startsWith('..') && !isAbsolute(path);
}

/**
 * A report's file, confined to the reports folder (the catalogue's own):
 * `../../etc/hostname`, an absolute path or a link that leads out is refused.
 */
function reportFile(file: YamlFile, path: (string | number)[], name: string): string {
  const folder = dirname(file.path);
  const target = resolve(folder, name);
  const outside = isAbsolute(name) || !isInside(folder, target) || (existsSync(target) && !isInside(realpathSync(folder), realpathSync(target)));
  if (outside) file.fail([...path, 'file'], `file "${name}" must be inside the reports folder`);
  return name;
}

function readReport(file: YamlFile, index: number, raw: unknown): Report {
  const path = ['reports', index];
  if (typeof raw !== 'object' || raw === null) file.fail(path, 'each report must be a mapping');
  const fields = raw as Fields;
  const id = text(file, path, fields, 'id', true)!;
  if (!ID.test(id)) file.fail([...path, 'id'], `id "${id}" must be lower-case letters, digits and hyphens`);
  if (KEY_SUFFIX.test(id)) file.fail([...path, 'id'], `id "${id}" must not end in -a or -p and a number: citation keys use those endings for an article and a page of a report`);
  const type = text(file, path, fields, 'type', true) as ReportType;
  if (!REPORT_TYPES.includes(type)) file.fail([...path, 'type'], `type "${type}" must be one of ${REPORT_TYPES.join(', ')}`);
  const date = text(file, path, fields, 'date', false);
  if (date !== undefined && !isCalendarDate(date)) file.fail([...path, 'date'], `date "${date}" must be a date that exists, as YYYY, YYYY-MM or YYYY-MM-DD`);
  const title = text(file, path, fields, 'title', true)!;
  const report: Report = {
    id,
    file: reportFile(file, path, text(file, path, fields, 'file', true)!),
    title,
    shortTitle: text(file, path, fields, 'shortTitle', false) ?? title,
    type,
    language: text(file, path, fields, 'language', true)!,
  };
  for (const key of ['subtitle', 'publisher', 'container', 'note'] as const) {
    const value = text(file, path, fields, key, false);
    if (value !== undefined) report[key] = value;
  }
  if (date !== undefined) report.date = date;
  if (fields.articles !== undefined) {
    if (!Array.isArray(fields.articles)) file.fail([...path, 'articles'], '"articles" must be a list');
    report.articles = fields.articles.map((article, i) => readArticle(file, [...path, 'articles', i], article));
  }
  return report;
}

/** Reads and validates a catalogue; throws an InputError naming the file and line of the first problem. */
export function readCatalog(path: string): Report[] {
  const file = YamlFile.read(path);
  const root = file.value() as { reports?: unknown } | null;
  const list = root?.reports;
  if (!Array.isArray(list)) file.fail([], 'expected a top-level "reports:" list');
  const reports = (list as unknown[]).map((raw, index) => readReport(file, index, raw));
  const seen = new Set<string>();
  reports.forEach((report, index) => {
    if (seen.has(report.id)) file.fail(['reports', index, 'id'], `duplicate id "${report.id}"`);
    seen.add(report.id);
  });
  return reports;
}
