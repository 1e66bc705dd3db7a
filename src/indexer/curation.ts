/**
 * The curation file (`data/curation.yaml`): the small set of human decisions
 * the extraction cannot make — which lines are boilerplate, which spliced
 * spam to cut, which terms to make sure of, their aliases, categories,
 * merges and suppressions. Definitions always come from the text.
 */
import { YamlFile } from './yamlFile';

export interface DropBlock {
  start: RegExp;
  /** The first line after the block; absent = to the end of the file. */
  end?: RegExp;
  endInclusive?: boolean;
}

export interface CleaningRules {
  dropLines: RegExp[];
  cutSpans: RegExp[];
  dropBlocks: DropBlock[];
}

export interface TermCuration {
  term: string;
  aliases: string[];
  category?: string;
}

export interface Curation {
  /** Rules for every report, merged with the report's own. */
  cleaning(reportId: string): CleaningRules;
  /** Terms to look for even if no definition pattern names them. */
  terms: TermCuration[];
  /** Extracted candidates that are not terms (organisations included). */
  suppress: Set<string>;
  /** Companies and institutions: no name beginning with one is a term either (京东健康, 腾讯云). */
  organisations: Set<string>;
  /** Variant → canonical term. */
  merge: Map<string, string>;
  /** Keyword → category, applied to terms the curation does not categorise. */
  categoryKeywords: [string, string][];
}

type Fields = Record<string, unknown>;

function regexList(file: YamlFile, path: (string | number)[], raw: unknown, flags: string): RegExp[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) file.fail(path, 'must be a list of regular expressions');
  return raw.map((pattern, i) => compile(file, [...path, i], pattern, flags));
}

function compile(file: YamlFile, path: (string | number)[], pattern: unknown, flags: string): RegExp {
  if (typeof pattern !== 'string') file.fail(path, 'a pattern must be text');
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    file.fail(path, `invalid regular expression: ${(error as Error).message}`);
  }
}

function readRules(file: YamlFile, path: (string | number)[], raw: unknown): CleaningRules {
  const fields = (raw ?? {}) as Fields;
  const blocks = fields.dropBlocks ?? [];
  if (!Array.isArray(blocks)) file.fail([...path, 'dropBlocks'], 'must be a list of {start, end} patterns');
  return {
    dropLines: regexList(file, [...path, 'dropLines'], fields.dropLines, 'u'),
    cutSpans: regexList(file, [...path, 'cutSpans'], fields.cutSpans, 'gu'),
    dropBlocks: blocks.map((block: Fields, i: number) => ({
      start: compile(file, [...path, 'dropBlocks', i, 'start'], block?.start, 'u'),
      end: block?.end === undefined ? undefined : compile(file, [...path, 'dropBlocks', i, 'end'], block.end, 'u'),
      endInclusive: block?.endInclusive === true,
    })),
  };
}

function stringList(file: YamlFile, path: (string | number)[], raw: unknown): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.some((value) => typeof value !== 'string' && typeof value !== 'number')) {
    file.fail(path, 'must be a list of text');
  }
  return raw.map(String);
}

/** Reads and validates the curation file; no path means no curation. */
export function readCuration(path: string | undefined): Curation {
  if (path === undefined) {
    return { cleaning: () => ({ dropLines: [], cutSpans: [], dropBlocks: [] }), terms: [], suppress: new Set(), organisations: new Set(), merge: new Map(), categoryKeywords: [] };
  }
  const file = YamlFile.read(path);
  const root = (file.value() ?? {}) as Fields;
  const cleaning = (root.cleaning ?? {}) as Fields;
  const common = readRules(file, ['cleaning', 'all'], cleaning.all);
  const perReport = new Map<string, CleaningRules>();
  for (const [reportId, rules] of Object.entries(cleaning)) {
    if (reportId !== 'all') perReport.set(reportId, readRules(file, ['cleaning', reportId], rules));
  }
  const termsRoot = (root.terms ?? {}) as Fields;
  const include = termsRoot.include ?? [];
  if (!Array.isArray(include)) file.fail(['terms', 'include'], 'must be a list of {term, aliases, category}');
  const terms = (include as (Fields | string)[]).map((raw: Fields | string, i: number): TermCuration => {
    if (typeof raw === 'string') return { term: raw, aliases: [] };
    if (typeof raw?.term !== 'string' && typeof raw?.term !== 'number') file.fail(['terms', 'include', i], 'missing "term"');
    return {
      term: String(raw.term),
      aliases: stringList(file, ['terms', 'include', i, 'aliases'], raw.aliases),
      category: typeof raw.category === 'string' ? raw.category : undefined,
    };
  });
  const merge = new Map<string, string>();
  for (const [variant, canonical] of Object.entries((termsRoot.merge ?? {}) as Fields)) {
    if (typeof canonical !== 'string') file.fail(['terms', 'merge', variant], 'must map a variant to a term');
    merge.set(variant, canonical as string);
  }
  const categoryKeywords: [string, string][] = [];
  for (const [category, keywords] of Object.entries((root.categories ?? {}) as Fields)) {
    for (const keyword of stringList(file, ['categories', category], keywords)) categoryKeywords.push([keyword, category]);
  }
  const organisations = new Set(stringList(file, ['terms', 'organisations'], termsRoot.organisations));
  return {
    cleaning: (reportId) => {
      const own = perReport.get(reportId);
      if (!own) return common;
      return {
        dropLines: [...common.dropLines, ...own.dropLines],
        cutSpans: [...common.cutSpans, ...own.cutSpans],
        dropBlocks: [...common.dropBlocks, ...own.dropBlocks],
      };
    },
    terms,
    suppress: new Set([...stringList(file, ['terms', 'suppress'], termsRoot.suppress), ...organisations]),
    organisations,
    merge,
    categoryKeywords,
  };
}
