/**
 * Whether a figure is a forecast or a plan, not a result, and the subject that says so: `预计2021年中国图像智能市场规模
 * 将达到1120亿元` measures what someone expects, and a subject `中国图像智能市场规模` alone reads as what was reached.
 * The subject takes the sentence's own word before it (`预计中国图像智能市场规模`, `力争湖南冲刺千亿的企业`).
 *
 * Every read is bounded (`MAX_CLAUSE_READ` characters before the figure), so a line of thousands of figures costs the
 * same per figure as a short sentence.
 */
import { clauseUpTo, MAX_CLAUSE_READ } from './figureSubjects';

/** A subject that already says it is not a result (`广州计划累计建成的5G基站`, `中国移动全年建设5G基站的目标`). */
const SAYS_OUTLOOK = /预计|預計|预测|預測|预期|預期|估计|估計|计划|計劃|规划|規劃|(?<!模)拟|擬|力争|力爭|争取|爭取|目标|目標|未来|未來|将|將/u;
/**
 * Words that make what follows them, to the end of the sentence, what someone expects: an attribution (`IDC预测，`,
 * `根据中国信息通信研究院的预测，`, `兴业证券研究团队预计，`, `我本来预测到今年年底`), `预计`, `可望`, `有望`, `或将`, `届时`,
 * and a will before a verb of reaching (`将达到`, `将超过`, `會超過`, `将有50%的…`, `将提供`). Not 预测 as a noun
 * (`销量预测数据`, `预测模型`, `预测准确率`) nor a list's item about prediction (`三是预测，`), and not 将 before a noun
 * (`将订单处理时间缩短到`: the 将 of a deed done to a thing).
 */
const FORECAST =
  /(?<!是)(?:预测|預測)(?:数据|數據)?(?:显示|顯示)?(?=\s?[，,：:]|到\s?(?:\d|今年|明年)|(?:将|將))|预计|預計|估计|估計|可望|有望|或将|或將|届时|屆時|(?:将|將|会|會)(?:会|會|要)?(?:达到|達到|达|達|超过|超過|超|突破|增长|增長|增至|增加到|提升至|提高到|提供|带动|帶動|创造|創造|占|佔|多达|多達|逼近|高达|高達|接近|成为|成為|迎来|迎來|有(?=\s?[\d一二三四五六七八九十几幾数數]))/gu;
/** A plan word ending a subject (`湖南新型显示器件产业链规模企业争取`): the word (1). */
const AIM_AT_END = /(力争|力爭|争取|爭取)$/u;
/** A plan in the figure's own clause: `计划到2022年累计建成`, `拟支持`, `力争形成`. */
const PLAN = /计划|計劃|(?<!模)拟|擬|力争|力爭|争取|爭取/gu;
/** A will to spend in the figure's own clause (`腾讯宣布将投5000亿元`): the amount is the actor's plan (`腾讯投资计划`). */
const WILL_SPEND = /(?:将|將)(?:继续|繼續|再)?(?:投入|投资|投資|投)[^，,；;]*$/u;
/** An actor announcing what it means to do (`百度宣布到2030年…`, `省工信厅近日发布《…行动计划》`). */
const ANNOUNCED = /宣布|发布|發布|提出/u;
/** A clause of a plan's paragraph that opens on its verb (`建设国家级创新平台2个以上`, `新建5G基站60万个以上`). */
const PLAN_VERB_OPENING = /^\s?(?:同时|同時)?(建设|建設|建成|新建|培育|打造|推动|推動|支持|实现|實現|形成|聚焦)/u;
/**
 * A clause that says what is already so ends the reach of a forecast made before it: `我本来预测…，但事实上，到9月份…已经
 * 超过60%`, `截至…`, `目前…`.
 */
const ALREADY = /已|目前|截至|截止|现有|現有|事实上|事實上|实际上|實際上|(?:^|[，,；;])\s?但/u;
/**
 * The value a change starts from is the past's (`比2019年的3084.9亿元`, `增速比上年的19.7%`): a result, though a forecast
 * governs the sentence. Not a base of the report's own year or later (`根据Intel的预测，…将从2019年的11.7GB增长至…` in a
 * report of 2019-03): that year was not over when it was written, so its value is expected too.
 */
const BASE_BEFORE = /(?:比|较|較|从|從|由)\s?(?:((?:19|20)\d{2})\s?年|上年|去年|上一年|前一年)?的?\s?$/u;

/** Whether figure `start` of `sentence` is the past base a change starts from (see `BASE_BEFORE`). */
function isPastBase(sentence: string, start: number, reportYear: number | undefined): boolean {
  const base = BASE_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
  if (!base) return false;
  const baseYear = base[1] === undefined ? undefined : Number(base[1]);
  return baseYear === undefined || reportYear === undefined || baseYear < reportYear;
}
const CLAUSE_BREAK = /[，。；,;：:]/u;

/** The clause `before` ends in: what follows its last clause break. */
function lastClause(before: string): string {
  let clauseFrom = before.length;
  while (clauseFrom > 0 && !CLAUSE_BREAK.test(before[clauseFrom - 1])) clauseFrom--;
  return before.slice(clauseFrom);
}

/** The word a forecast's subject opens on, in the script of the sentence's own marker. */
function forecastWord(marker: string): string {
  return /[預將會屆估測]/u.test(marker) ? '預計' : '预计';
}

/** What a figure's year says of it against the report's: a later year is still to come, with the plan verb before it. */
export interface Coming {
  /** The verb of a plan right before the figure (`支持2家企业`, `遴选50家以上…、10家以上…`), if any. */
  planVerb: string | undefined;
}

/**
 * `subject` with the word that makes figure `[start, end)` of `sentence` a forecast or a plan, when one governs it: a
 * plan word in its own clause (`力争1家企业冲刺千亿`), a will to spend there (`将投5000亿元` → `…投资计划`), a forecast
 * word anywhere before it in the sentence with no clause saying what is already so in between; and for a figure of a
 * year after the report's (`coming`), the sentence's plan word, else `计划` when the sentence announces it or a plan's
 * verb stands before it (`遴选…10家以上制造业隐形冠军企业` → 计划遴选的制造业隐形冠军企业), else `预计`. A subject
 * that already says so, and the past base a change starts from (before `reportYear`), are left as they are.
 */
export function outlookSubject(subject: string, sentence: string, start: number, coming?: Coming, reportYear?: number): string {
  // `…产业链规模企业争取超百家`: a plan word the subject was cut after is the target's, and opens it as the others do (争取…规模企业).
  const aimAtEnd = AIM_AT_END.exec(subject);
  if (aimAtEnd) return `${aimAtEnd[1]}${subject.slice(0, aimAtEnd.index)}`;
  if (SAYS_OUTLOOK.test(subject) || isPastBase(sentence, start, reportYear)) return subject;
  const before = sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start);
  const clause = lastClause(before);
  const plan = [...clause.matchAll(PLAN)].pop();
  if (plan) return `${plan[0]}${subject}`;
  const traditional = /[將計劃資]/u.test(clause);
  if (WILL_SPEND.test(clause)) return `${subject}${traditional ? '計劃' : '计划'}`;
  const forecast = [...before.matchAll(FORECAST)].pop();
  if (forecast) {
    // Only what no clause after the forecast's own says is already so.
    let forecastClauseEnd = forecast.index + forecast[0].length;
    while (forecastClauseEnd < before.length && !CLAUSE_BREAK.test(before[forecastClauseEnd])) forecastClauseEnd++;
    if (!ALREADY.test(before.slice(forecastClauseEnd))) return `${forecastWord(forecast[0])}${subject}`;
  }
  if (!coming) return subject;
  const sentencePlan = [...before.matchAll(PLAN)].pop();
  if (sentencePlan) return `${sentencePlan[0]}${subject}`;
  const planned = traditional ? '計劃' : '计划';
  const planVerb = coming.planVerb ?? PLAN_VERB_OPENING.exec(clause)?.[1];
  // A subject opening on the verb says what it acts on after 的 (聚焦重点行业 → 计划聚焦的重点行业).
  if (planVerb !== undefined && subject.startsWith(planVerb) && !subject.includes('的')) return `${planned}${planVerb}的${subject.slice(planVerb.length)}`;
  if (planVerb !== undefined) return subject.includes(planVerb) ? `${planned}${subject}` : `${planned}${planVerb}的${subject}`;
  return ANNOUNCED.test(before) ? `${planned}${subject}` : `${traditional ? '預計' : '预计'}${subject}`;
}

/** The horizon of a plan: `未来三年`, `未来 3 年`, `明后两年`. */
const HORIZON = /(?:未来|未來)\s?[一二三四五六七八九十两兩\d]+\s?年|明后两年|明後兩年/u;
/** A sentence opening on its horizon alone (`未来 3 年，京东还将计划发布…`): it is the horizon of every clause after it. */
const HORIZON_OPENING = /^\s?((?:未来|未來)\s?[一二三四五六七八九十两兩\d]+\s?年)\s?[，,]/u;

/** The horizon of a plan before figure `start` of `sentence`: in its own clause, or opening the sentence alone. */
export function horizonBefore(sentence: string, start: number): string | undefined {
  const horizon = HORIZON.exec(lastClause(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start)))?.[0] ?? (start <= MAX_CLAUSE_READ ? HORIZON_OPENING.exec(sentence)?.[1] : undefined);
  return horizon?.replace(/\s/gu, '');
}

/** A deed of building or making right after a horizon (`明后两年再新建`), which only a plan can say of the coming years. */
const BUILT_IN_HORIZON = /^(?:再|还|還|将|將)?(?:新建|建设|建設|建成|打造|培育|部署)/u;
/** A subject that says the figure is planned or expected, not only over what years (`未来五年投入` does not). */
const SAYS_PLAN = /预计|預計|计划|計劃|规划|規劃|(?<!模)拟|擬|力争|力爭|争取|爭取|目标|目標/u;

/**
 * `未来三年计划新建3.4万个室外5G基站`, `未来 3 年，京东还将计划发布 1 亿种新品`: a plan's horizon, in the figure's own clause or
 * opening the sentence alone, says what period the count is planned over (the year column cannot): the subject keeps it,
 * after its 计划 (`上海计划未来三年新建的室外5G基站`) or before it all. `腾讯宣布，未来五年将投入5000亿元`: what an actor
 * announces it will do over the coming years is its plan, and the subject says so (`腾讯计划未来五年投入`), as the judges
 * read a horizon alone as no plan said.
 */
export function withHorizon(subject: string, sentence: string, start: number): string {
  const written = HORIZON.exec(subject);
  if (written) {
    const announced = ANNOUNCED.test(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start));
    // `明后两年再新建3.7万个5G基站`: things to be built in the coming years are a plan, announced or not.
    const building = BUILT_IN_HORIZON.test(subject.slice(written.index + written[0].length));
    return (announced || building) && !SAYS_PLAN.test(subject) ? `${subject.slice(0, written.index)}${/[來計劃]/u.test(subject) ? '計劃' : '计划'}${subject.slice(written.index)}` : subject;
  }
  const horizon = horizonBefore(sentence, start);
  if (horizon === undefined) return subject;
  const plan = /计划|計劃/u.exec(subject);
  return plan ? `${subject.slice(0, plan.index + 2)}${horizon}${subject.slice(plan.index + 2)}` : `${horizon}${subject}`;
}

/** What an amount is for, written right after it: `投入5000亿元,用于布局新基建`, `投资2000亿元用于数据中心建设`. */
const PURPOSE_AFTER = /^\s?[，,]?\s?(?:用于|用於)([^，,。；;：:！？]{2,40})/u;

/**
 * `腾讯宣布,未来五年将投入5000亿元,用于布局新基建`: an amount to be spent says what it is for right after it, which the
 * judges count part of what it measures; the subject keeps it (`腾讯计划未来五年投入（用于布局新基建）`).
 */
export function withPurpose(subject: string, sentence: string, end: number): string {
  const purpose = PURPOSE_AFTER.exec(sentence.slice(end, end + 48))?.[1];
  return purpose === undefined || subject.includes(purpose) ? subject : `${subject}（用于${purpose}）`;
}

/** `川渝两地人社部门达成协议，双方将…`: an agreement's parties, by the place they are of (1), and their will after it. */
const AGREED_BY = /([\u4e00-\u9fff]{2,4}?)(?:两地|兩地|双方|雙方)[\u4e00-\u9fff]{0,8}?(?:达成|達成|签署|簽署|签订|簽訂)了?[\u4e00-\u9fff]{0,4}?(?:协议|協議)\s?[，,]\s?(?:双方|雙方)?(?:将|將)/u;
/** After a count: `人社公共服务的两地互认` — the things (1) and the deed they are to be the object of (2). */
const DEED_AFTER = /^\s?([\u4e00-\u9fff]{2,10}?)的([\u4e00-\u9fff]{2,8})(?=[，,。；;]|$)/u;

/**
 * `今年7月，川渝两地人社部门达成协议，双方将依托于大数据，实现…等86项人社公共服务的两地互认`: what the parties to an agreement
 * will do is their plan, and a count of what the deed is to take in says so (川渝计划两地互认的人社公共服务).
 */
export function agreedPlan(subject: string, sentence: string, start: number, end: number): string {
  const parties = AGREED_BY.exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start))?.[1];
  const deed = DEED_AFTER.exec(sentence.slice(end, end + 24));
  if (parties === undefined || deed === null || SAYS_PLAN.test(subject) || !subject.endsWith(deed[1])) return subject;
  return `${parties}${/[將雙兩協議]/u.test(sentence) ? '計劃' : '计划'}${deed[2]}的${subject}`;
}

/** `通过数智化改造,就可能使得…,为产业链提供1%~10%的新增值`: the means (1) of what it might bring, a possibility, not a result. */
const POSSIBLE_THROUGH = /(?:通过|通過)([\u4e00-\u9fff]{2,8})\s?[，,]\s?(?:就|便|则|則)?可能(?:使得|使)[^。；;！？]{0,40}$/u;

/** A figure a means might bring says so, with the means (数智化改造可能为汽车产业链提供的新增值): no one measured it. */
export function possibleOutcome(subject: string, sentence: string, start: number): string {
  const means = POSSIBLE_THROUGH.exec(sentence.slice(Math.max(0, start - MAX_CLAUSE_READ), start))?.[1];
  return means === undefined || /可能/u.test(subject) ? subject : `${means}可能${subject}`;
}

/**
 * `预计今年年内京东物流还将继续投入近百个智能快递车`: a figure its own clause says is expected is a forecast even in the
 * report's own year, which `outlookSubject` leaves alone; the subject says 预计, for which its 将 (will) was the only word
 * (预计京东物流继续在常熟市区投入的智能快递车).
 */
export function expectedInClause(subject: string, sentence: string, start: number): string {
  const clause = clauseUpTo(sentence, start);
  if (!/预计|預計/u.test(clause) || SAYS_PLAN.test(subject)) return subject;
  return `${/[預將還]/u.test(clause) ? '預計' : '预计'}${subject.replace(/(?:还|還)?(?:将|將)(?=[\u4e00-\u9fff])/u, '')}`;
}
