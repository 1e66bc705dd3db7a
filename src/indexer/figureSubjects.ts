/**
 * What a statistic measures, in words a writer would put in a sentence:
 * `中国云计算市场规模` for `3555.3亿元`, `分支机构` for `120家`, `量子计算机`
 * for `二百秒`. Taken from the figure's own clause, else from the words it
 * counts (`120家分支机构`), else from the previous clause — the sentence's topic.
 *
 * Every walk is bounded (`MAX_CLAUSE`), so a sentence of megabytes without
 * punctuation costs the same per figure as a short one.
 */
import type { ParsedFigure } from '../core/numbers';

/** The longest stretch of text looked at on either side of a figure. */
const MAX_CLAUSE = 60;
/** Subjects longer than this keep their end, the words closest to the number. */
const MAX_SUBJECT = 28;
const CLAUSE_BREAK = /[，。；：！？,;:!?]/;
const OPENING = /[（(《“「]/;
const CLOSING = /[）)》”」]/;

/** Verbs, adverbs and years between a subject and its number that say nothing about what is measured. */
const TRAILING_FILLER =
  /(?:\d{4}\s?年(?:底|末|初)?|预计将达到|预计将达|预计达到|预计|将达到|将达|已达到|已达|达到|高达|达|约为|大约|约|接近|超过|超|突破|逾|近|增长至|增至|增长到|增长|下降|逼近|提升至|提升|提高|降低|降至|缩短至|缩短为|缩短到|为|是|占到|可占|拥有|了|将|已经|已|到|至|共计|共|累计|合计|总计|分别为|分别|仅用|仅需|只用|只需|需要|仅|多达|的|在|从|上升|实现|同比|环比|按年|以上|左右|可以|可|能|只有|只|用不到|不到|相当于|骤降至|骤降|大幅|持续扩大|成长|将在|更是|更|还|也|就|，|,|、|\s)+$/u;
/** Connectors and framing that open a clause but are not its topic. */
const LEADING_FILLER =
  /^(?:[“”"（(\s]|同时|其中|此外|另外|而且|而|并且|并|且|但是|但|据统计|据了解|据悉|数据显示|目前|当前|截至|截止到|截止|按照|根据|相比|相较|与此同时|另据|预计到|预计|到|(?:19|20)\d{2}\s?年(?:底|末|初)?|今年|去年|明年|前三季度|上半年|下半年|年内|还有|已有|已经|还|也|了|届时|\d+\s?年代)+/u;
/** Words that name no quantity on their own: `30%的要求` is about what the clause before says. */
const GENERIC = /^(?:要求|目标|水平|比例|比重|规模|速度|幅度|程度|增长|增速|时间|时候|情况|问题|作用|能力|国内|同时|目前|其中|此外|之间|以上|左右)$/u;
/** A growth or change: `同比增长13.1%` measures the change of the clause before. */
const CHANGE = /(?:同比|环比|按年|年均|较上年|比上年)?(?:增长|下降|增速|增幅|提升|提高|减少|下滑)$/u;
/** A clause subject that starts with a plan or a verb: its actor is in the clause before. */
const HEADLESS = /^(?:未来|计划|预计|将|再|拟|力争|新建|培养|遴选|投入|推动|支持|帮助)/u;
/** Where a counted noun stops: a verb, a particle or the next number. */
const NOUN_END = /(?:[的，。；：、,;:和与及或将已在为是被对从到至由还并也都等因“”「」（(]|实现|进行|用于|可以|可能|超过|达到)[\s\S]*$|\d[\s\S]*$/u;

function tidy(text: string): string {
  let subject = text.replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '').replace(LEADING_FILLER, '').trim();
  // A long list ending `…达福鑫等骨干企业` is about what follows its 等.
  if (subject.length > MAX_SUBJECT && subject.includes('等')) subject = subject.slice(subject.lastIndexOf('等') + 1);
  if (subject.length > MAX_SUBJECT) subject = subject.slice(subject.length - MAX_SUBJECT);
  // A bracket left open or closed by the cut is noise at the edge.
  return subject.replace(/^[的）)》“”」、，,\s]+/u, '').replace(/[（(《“”「、，,\s]+$/u, '');
}

/** Start of the clause that holds `at`, not crossing `MAX_CLAUSE` nor a break outside brackets. */
function clauseStart(sentence: string, at: number): number {
  let depth = 0;
  let from = at;
  while (from > 0 && at - from < MAX_CLAUSE) {
    const char = sentence[from - 1];
    if (CLOSING.test(char)) depth++;
    else if (OPENING.test(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_BREAK.test(char)) break;
    from--;
  }
  return from;
}

function clauseEnd(sentence: string, at: number): number {
  let to = at;
  while (to < sentence.length && to - at < MAX_CLAUSE && !CLAUSE_BREAK.test(sentence[to])) to++;
  return to;
}

/** The words of the clause before `end`, up to the first figure of that clause. */
function wordsBefore(sentence: string, end: number, firstFigureFrom: (from: number) => number): { raw: string; from: number } {
  const from = clauseStart(sentence, end);
  const raw = sentence.slice(from, Math.min(end, firstFigureFrom(from)));
  return { raw: raw.replace(/从[^，,]*$/u, ''), from };
}

/** `120家分支机构`, `8个国家大数据综合试验区`: the noun a counter counts, when it follows directly. */
function countedNoun(sentence: string, end: number): string {
  // `50家以上“专精特新”中小企业`, `500万AI人才`: past 以上 and an opening quote, Latin letters included.
  const after = sentence.slice(end, clauseEnd(sentence, end)).replace(/^(?:以上|以下|左右)?[“「]?/u, '');
  if (!/^[A-Za-z\u4e00-\u9fff]/u.test(after)) return '';
  const noun = after.replace(NOUN_END, '');
  return noun.length >= 2 && !GENERIC.test(noun) ? noun.slice(0, MAX_SUBJECT) : '';
}

/** The kinds of unit whose figure is followed by the thing it counts (`家`, `个`, `人`, `nm` …). */
function countsThings(unit: string): boolean {
  return !['CNY', 'USD', 'EUR', 'percent', 'percentage-point', 'times', 'fraction'].includes(unit) && !/^(?:year|month|week|day|hour|minute|second|ms|µs|ns)$/.test(unit);
}

/**
 * What a figure measures. `figures` are all the figures of the sentence, in
 * order, and `index` is this one's place among them: in an enumeration
 * (`分别为32%、19%…`) the subject is the words before the first figure.
 */
export function subjectOf(sentence: string, figures: Pick<ParsedFigure, 'start' | 'end' | 'unit' | 'level'>[], index: number): string {
  const { start, end, unit, level } = figures[index];
  // The first figure at or after `from` in this sentence (figures are few per clause; scan back from this one).
  const firstFigureFrom = (from: number): number => {
    let first = start;
    for (let i = index - 1; i >= 0 && figures[i].start >= from; i--) first = figures[i].start;
    return first;
  };
  // `63%的企业加快数字转型`, `54 量子比特的量子计算原型机`: the words after `的` say what it counts.
  if (sentence[end] === '的') {
    const after = sentence.slice(end + 1, clauseEnd(sentence, end + 1)).replace(NOUN_END, '');
    if (after.length >= 2 && !GENERIC.test(after)) return tidy(after);
  }
  const own = wordsBefore(sentence, start, firstFigureFrom);
  const ownSubject = tidy(own.raw);
  const firstInClause = firstFigureFrom(own.from) === start;
  // `12亿小时机器学习时间`: a duration followed by the time it measures.
  const counted = countedNoun(sentence, end);
  // `千亿级产业`: a level is followed by what it is the level of.
  const noun = countsThings(unit) || level || /时间$/u.test(counted) ? counted : '';
  // `5G将带动800万人就业` → 5G将带动就业; in a list (`9个委办局、3个化工园区`) the noun alone.
  if (noun) return firstInClause && ownSubject.length >= 2 && ownSubject.length + noun.length <= MAX_SUBJECT ? `${ownSubject}${noun}` : noun;
  // `力争1家企业冲刺千亿`: the words since the previous figure of the clause, when they say something.
  if (!firstInClause) {
    const since = tidy(sentence.slice(figures[index - 1].end, start));
    if (since.length >= 2 && !GENERIC.test(since)) return since;
  }
  const change = CHANGE.exec(own.raw.replace(/[了\s，,]+$/u, ''))?.[0] ?? '';
  if (ownSubject.length >= 2 && !GENERIC.test(ownSubject)) {
    // `腾讯宣布，未来五年将投入5000亿元`: a clause that opens on a plan or a verb has its actor in the clause before.
    if (HEADLESS.test(ownSubject) && own.from > 1) {
      const actor = tidy(wordsBefore(sentence, own.from - 1, firstFigureFrom).raw);
      if (actor.length >= 2 && actor.length + ownSubject.length <= MAX_SUBJECT) return `${actor}${ownSubject}`;
    }
    // `中国高新技术制造业增加值同比增长5.9%`: say it is a change, not a share.
    return change && !ownSubject.endsWith(change) ? `${ownSubject}${change}` : ownSubject;
  }
  // The clause only says how it changed (`同比增长`) or nothing: the topic is in the clause before.
  if (own.from > 1) {
    const previous = tidy(wordsBefore(sentence, own.from - 1, firstFigureFrom).raw);
    if (previous.length >= 2 && !GENERIC.test(previous)) return `${previous}${change}`;
  }
  // `用20天时间达到日产3000套防护服产能`: what the time was spent on, numbers included.
  const after = sentence.slice(end, clauseEnd(sentence, end)).replace(/^[的，,\s]+/u, '').replace(/^时间/u, '').slice(0, MAX_SUBJECT);
  return tidy(after) || ownSubject;
}
