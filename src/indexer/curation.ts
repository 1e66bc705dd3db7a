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
  /** Told where each pattern runs (`cleanReport`), when a watchdog on another thread may have to stop one. */
  watch?: PatternWatch;
}

/**
 * Told, before each cleaning pattern runs, the line of the report's text it runs on, and when the report's lines are
 * done. A workspace library's patterns come with the repository, and one that backtracks (`^(a|a)*$`) runs for hours
 * on a single line: the watchdog of `updateLibraryOffThread` reads these to stop it, naming the pattern and the line.
 */
export interface PatternWatch {
  running(line: number, pattern: RegExp): void;
  done(): void;
}

export interface TermCuration {
  term: string;
  aliases: string[];
  category?: string;
}

/** Where a curation entry is written, for the message when it names nothing the build made. */
export interface EntrySource {
  file: string;
  line: number | undefined;
}

/** One figure of one report, told apart from the report's other figures written the same by a part of its quote. */
export interface FigureChoice extends EntrySource {
  report: string;
  /** The figure as written (`70%`). */
  figure: string;
  /** Characters of the figure's quote that no other figure of the report written the same has. */
  sentence: string;
  /**
   * Which of the figures written the same in that sentence, counted from 1 in the report's order, when one sentence
   * states it twice (`…10家以上制造业隐形冠军企业，向国家推荐10家“小巨人”企业`); absent when the sentence tells it apart.
   */
  nth?: number;
}

/**
 * A figure whose subject, unit or year the rules get wrong, and what a reader wrote from the report's words: the
 * subject, the unit (one the number parser makes: `person-time` for 捐赠人次超过937万), the year (`null`: the text gives
 * none), or several.
 */
export interface FigureCorrection extends FigureChoice, CorrectedFields {
  /**
   * What the rules gave for each field the entry corrects, when it was written: a rule that later gives something else
   * (perhaps the right thing) stops the build at the entry, so a correction is never laid silently over a rule's change.
   */
  was: CorrectedFields;
}

/** The fields of a figure a correction may write. */
export interface CorrectedFields {
  subject?: string;
  unit?: string;
  year?: number | null;
}

/** A figure the rules keep that is no statistic (a label, an analogy, a threshold), and why. */
export interface FigureDrop extends FigureChoice {
  why: string;
}

/**
 * A sentence the rules take for an explanation of a term that only characterises it (a benefit, an aim, a stage, a
 * contrast, a prediction): shown as a use, ranked as the rules rank uses.
 */
export interface Characterisation extends EntrySource {
  term: string;
  /** Characters of the sentence, enough to name one of the term's sentences. */
  sentence: string;
  why: string;
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
  /** Sentences taken for explanations that only characterise their term (`terms.characterisations`). */
  characterisations: Characterisation[];
  /** Keyword → category, applied to terms the curation does not categorise. */
  categoryKeywords: [string, string][];
  /** Subjects, units and years read and corrected where the figure rules fail (`figures.correct`). */
  figureCorrections: FigureCorrection[];
  /** Figures that are no statistics although the rules keep them (`figures.drop`). */
  figureDrops: FigureDrop[];
}

type Fields = Record<string, unknown>;

/**
 * The category of the keyword at the head of a name, the one written last: a name is a kind of its head (供应链金融 is
 * finance, 数字孪生供应链 a supply chain), or of the field its modifier names where the head names none (区块链存证).
 * Between two keywords ending at the same character, the longer (加密货币 over 货币), then the one listed first. A
 * keyword read across the end of another is no word of the name (链上 in 产业链上下游, across 产业链).
 */
export function categoryByKeyword(name: string, keywords: readonly (readonly [string, string])[]): string | undefined {
  const found: { at: number; end: number; category: string }[] = [];
  for (const [keyword, category] of keywords) {
    for (let at = name.indexOf(keyword); at >= 0; at = name.indexOf(keyword, at + 1)) found.push({ at, end: at + keyword.length, category });
  }
  const acrossAnother = (word: (typeof found)[number]) => found.some((other) => other.at < word.at && word.at < other.end && other.end < word.end);
  let best: (typeof found)[number] | undefined;
  for (const word of found) {
    if (acrossAnother(word)) continue;
    if (best === undefined || word.end > best.end || (word.end === best.end && word.at < best.at)) best = word;
  }
  return best?.category;
}

/**
 * The phrases of a section path's headings (`A › B › C`), in the order they tell the field of what is written under
 * them: the chapter's (B), whose title names its subject; then its sections', outside in, for a chapter titled by
 * no field (`技术发展趋势及发展挑战 › 2.1 …`, `2020 信息技术的高光时刻 › 量子计算迎来里程碑式突破`); the part's (A), the
 * report's wider theme (`技术赋能数智化社会 供应链新业态`), last. A heading's phrases are read in turn, each as a name
 * (`数智化社会供应链 发展背景与关键技术` is about a supply chain).
 */
export function headingsNamingField(sectionPath: string): string[] {
  const [part, ...chapterAndSections] = sectionPath.split(' › ');
  return [...chapterAndSections, part].flatMap((heading) => heading.split(/[\s\p{P}]+/u)).filter((phrase) => phrase.length > 0);
}

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
    return { cleaning: () => ({ dropLines: [], cutSpans: [], dropBlocks: [] }), terms: [], suppress: new Set(), organisations: new Set(), merge: new Map(), characterisations: [], categoryKeywords: [], figureCorrections: [], figureDrops: [] };
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
  const figuresRoot = (root.figures ?? {}) as Fields;
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
    characterisations: entriesOf(file, ['terms', 'characterisations'], termsRoot.characterisations, 'term, sentence, why').map(
      ({ entry, fail, source }): Characterisation => ({ term: entryText(entry, 'term', fail), sentence: entryText(entry, 'sentence', fail), why: entryText(entry, 'why', fail), ...source }),
    ),
    categoryKeywords,
    figureCorrections: figureChoices(file, ['figures', 'correct'], figuresRoot.correct, 'subject, unit, year, was').map(({ choice, entry, fail }) => {
      const corrected = correctedFields(entry, fail);
      const fields = Object.keys(corrected);
      if (fields.length === 0) fail('says none of "subject", "unit", "year"');
      if (typeof entry.was !== 'object' || entry.was === null || Array.isArray(entry.was)) fail(`must say in "was" what the rules gave for ${fields.join(', ')}`);
      const was = correctedFields(entry.was as Fields, (message) => fail(`"was": ${message}`));
      const wasFields = Object.keys(was);
      if (wasFields.join() !== fields.join()) fail(`"was" must give exactly the fields the entry corrects (${fields.join(', ')}), not ${wasFields.join(', ') || 'none'}`);
      return { ...choice, ...corrected, was };
    }),
    figureDrops: figureChoices(file, ['figures', 'drop'], figuresRoot.drop, 'why').map(({ choice, entry, fail }) => ({ ...choice, why: entryText(entry, 'why', fail) })),
  };
}

/** The subject, unit and year an entry gives (in that order, each only when given). */
function correctedFields(entry: Fields, fail: (message: string) => never): CorrectedFields {
  const fields: CorrectedFields = {};
  if (entry.subject !== undefined) fields.subject = entryText(entry, 'subject', fail);
  if (entry.unit !== undefined) fields.unit = entryText(entry, 'unit', fail);
  if (entry.year !== undefined) {
    if (entry.year !== null && !(Number.isInteger(entry.year) && (entry.year as number) >= 1900 && (entry.year as number) <= 2100)) fail('"year" must be a calendar year, or null for none');
    fields.year = entry.year as number | null;
  }
  return fields;
}

/** A field of an entry that must be text. */
function entryText(entry: Fields, name: string, fail: (message: string) => never): string {
  const value = entry[name];
  if (typeof value !== 'string' && typeof value !== 'number') fail(`missing "${name}"`);
  return String(value).trim();
}

/** A list of entries of the shape `fields` (none when absent), each with a way to fail at its line and where it is written. */
function entriesOf(file: YamlFile, path: (string | number)[], raw: unknown, fields: string): { entry: Fields; fail: (message: string) => never; source: EntrySource }[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) file.fail(path, `must be a list of {${fields}}`);
  return raw.map((value: unknown, i: number) => ({
    entry: (value ?? {}) as Fields,
    fail: (message: string): never => file.fail([...path, i], message),
    source: { file: file.path, line: file.lineOf([...path, i]) },
  }));
}

/** A list of entries naming one figure each (`{report, figure, sentence, …}`), with a way to fail at an entry's line. */
function figureChoices(file: YamlFile, path: (string | number)[], raw: unknown, fields: string): { choice: FigureChoice; entry: Fields; fail: (message: string) => never }[] {
  return entriesOf(file, path, raw, `report, figure, sentence, ${fields}`).map(({ entry, fail, source }) => {
    const choice: FigureChoice = { report: entryText(entry, 'report', fail), figure: entryText(entry, 'figure', fail), sentence: entryText(entry, 'sentence', fail), ...source };
    if (entry.nth !== undefined) {
      if (!Number.isInteger(entry.nth) || (entry.nth as number) < 1) fail('"nth" must be a whole number from 1');
      choice.nth = entry.nth as number;
    }
    return { choice, entry, fail };
  });
}
