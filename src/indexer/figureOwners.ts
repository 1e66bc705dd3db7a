/**
 * The owner pass: a figure's subject says whose the number is. `39.1%` of `城镇居民金融资产` is nothing a writer can
 * quote until it says 中国's; `2万台在网设备` needs 广睿达. After a subject is formed, one that names no owner (no country,
 * place, organisation, firm, platform or system name) takes the name its sentence gives before the figure in an
 * owner's place — opening a clause, before 的 or before its deed — or, for a sentence that goes on from the one
 * before (`其…`, `该…`, `同时…`, or one with no actor of its own), the name that sentence's owner places hold.
 * Nothing is added when the name is the whole world, when two different names compete for the figure, when the
 * figure counts the owner's partners or a list it is one item of, or when the only names are a source (`据IDC数据`,
 * `…院士邬贺铨表示`), a place where something is done (`在长三角建立`), a means (`依托京东科技的…`) or someone served
 * (`为…企业提供`).
 *
 * Names are recognised by a lexicon of general knowledge (countries, provinces, major cities, well-known firms and
 * institutions, Latin names) and by the endings of names (省, 市政府, 示范区, 有限公司 …), on the simplified form of the
 * text so that traditional script (`騰訊`, `臺灣`) is read the same — and by the names each report itself gives its
 * actors (`actorNamesOf`: `（下称广睿达）`, `恒逸石化是中国一家…企业`).
 *
 * Beyond a sentence that refers back, a sentence naming no one before its figure goes on from the sentence before when
 * that sentence's owner is a country (a paragraph of national statistics), or when it names that same owner again
 * after the figure.
 */
import { simplifiedCharacters } from './chinese';
import type { FigureSentence } from './figureSubjects';

/** Subjects longer than this with their owner are left without it (the figure pass keeps subjects to 28 characters; an owner may add a few). */
const MAX_OWNED_SUBJECT = 32;
/**
 * A product's subject may run a little longer: its owner's name and the product's are both part of what is measured
 * (京东科技智能运营解决方案在“618”和“11.11”活动中平均响应时间, 35 characters).
 */
const MAX_PRODUCT_SUBJECT = 36;

/** The whole world: a figure of it has no one owner to name, and a subject naming it needs none. */
const WORLD = '全球|全世界|世界';
const WORLD_ONLY = new RegExp(`^(?:${WORLD})$`, 'u');
/** Countries and unions, and the words for the writer's own country. */
const COUNTRIES =
  '中国|我国|全国|国内|美国|日本|德国|英国|法国|韩国|印度|俄罗斯|加拿大|澳大利亚|巴西|新加坡|以色列|意大利|西班牙|荷兰|瑞典|瑞士|芬兰|欧盟|欧洲|北美|东南亚|非洲';
/** A country's name alone (中国, 我国, 全国, 美国). */
const COUNTRY_ONLY = new RegExp(`^(?:${COUNTRIES})$`, 'u');
/** The provinces called by a name and 省 (湖南省), in simplified characters. */
export const PROVINCES_OF_SHENG = ['河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾'];
/** Provinces, autonomous regions and special regions of China, and their short forms a writer uses. */
const PROVINCES = ['北京', '天津', '上海', '重庆', ...PROVINCES_OF_SHENG, '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门'].join('|');
/** Major cities (sub-provincial cities and the largest prefecture cities) and city regions. */
const CITIES =
  '深圳|广州|杭州|南京|苏州|武汉|成都|西安|合肥|郑州|长沙|青岛|宁波|厦门|无锡|东莞|佛山|济南|福州|大连|沈阳|哈尔滨|长春|昆明|贵阳|南宁|南昌|石家庄|太原|兰州|乌鲁木齐|呼和浩特|温州|常州|徐州|烟台|珠海|泉州|南通|雄安|长三角|珠三角|京津冀|粤港澳大湾区|大湾区';
/** Well-known firms and institutions, longer names first where one opens another (阿里巴巴 before 阿里, 京东方 before 京东). */
const FIRMS =
  '中国移动|中国联通|中国电信|中国人民银行|央行|国家电网|阿里巴巴|阿里云|阿里|腾讯|百度|华为|菜鸟|字节跳动|京东方|京东|亚马逊|微软|谷歌|小米|美团|拼多多|滴滴|网易|蚂蚁集团|蚂蚁金服|科大讯飞|商汤|旷视|寒武纪|海尔|联想|中兴|台积电|中芯国际|三星|英特尔|英伟达|高通|特斯拉|达索系统|达索|西门子';
/** What a firm names after its own name: one of its businesses (京东健康, 阿里云, 腾讯云). */
const DIVISIONS = '健康|物流|零售|科技|数科|金融|云|集团|公司|研究院|商城|智能|达摩院';
/** A character inside a name: none of the particles and verbs that end one (`長三角|建立超算中心`). */
const NAME_CHARACTER = '(?:(?![在的是为為与與和及将將已把被对對从從向建立设設打造推动動实實现現达達到成了])[\\u4e00-\\u9fffA-Za-z\\d])';
/** What follows a province's or a city's name as its rank (湖南省, 重庆市), not a word it opens (市场, 市值, 市域, 区块链). */
const ADMINISTRATIVE = '(?:省|市(?![场場值民域])|县|区(?![块塊域])|地区)?';
/** Endings that make a place's name a body of it (宿迁市政府, 山西转型综改示范区, 中国裁判文书网). */
const PLACE_BODIES = `(?:人民政府|政府|${NAME_CHARACTER}{0,6}?(?:示范区|开发区|高新区|新区|园区|自贸区|(?<![互联聯物])网|平台|系统|中心|研究院|研究所|工程院|科学院|银行))?`;
/** A company's full name (`重庆广睿达科技有限公司`): the run of characters before it, from a break or a preposition. */
const FULL_COMPANY = '(?<=^|[，,。；;、：:（(“”\\s在由为与和及的])[\\u4e00-\\u9fff]{2,12}?(?:股份有限公司|有限责任公司|有限公司)';
/** Latin words of the field that name no one (`AI`, `5G`, `SaaS`, `CAGR`). */
const LATIN_WORDS = new Set(['AI', 'IT', 'ICT', 'VR', 'AR', 'XR', 'MR', 'CT', 'RNA', 'DNA', 'GDP', 'APP', 'App', 'IoT', 'CPU', 'GPU', 'PC', 'OS', 'GB', 'TB', 'PB', 'KW', 'MW', 'SaaS', 'PaaS', 'IaaS', 'CAPEX', 'OPEX', 'CAGR', 'API', 'AGV', 'NB', 'TOP', 'ERP', 'MES', 'CRM', 'OCR', 'NLP', 'AIoT', 'IDC', 'BAT', 'ABC', 'IPO', 'ICU', 'CEO', 'CTO', 'N95', 'PCB', 'LED', 'OLED', 'LCD', 'MEMS', 'USB', 'SDK', 'EDA', 'IP', 'UI', 'KPI', 'ROI', 'Wi', 'Fi', 'B2B', 'B2C', 'C2M', 'O2O', 'GMV', 'MAU', 'DAU', 'PUE', 'RPA', 'FPGA', 'ASIC', 'SoC', 'HPC', 'DC', 'QoS', 'VIP', 'TCO', 'IPv4', 'IPv6', 'FAQ', 'DDR', 'RFID', 'TPS', 'BaaS', 'CA', 'SLAM', 'GPS']);
/** A name: a firm (with a business of it), a place (with a body of it), a company's full name, or a Latin name. */
const NAME = new RegExp(
  `(?:${FIRMS})(?:${DIVISIONS})?|${FULL_COMPANY}|(?:${WORLD}|${COUNTRIES})${PLACE_BODIES}|(?:${PROVINCES}|${CITIES})${ADMINISTRATIVE}${PLACE_BODIES}|(?:(?![从在向由对为的与和及将把被给据自于到了者])[\\u4e00-\\u9fff]){2}市(?:人民政府|政府)|(?<![A-Za-z\\d])[A-Z][A-Za-z\\d]*(?:[\\s-]?[A-Z][A-Za-z\\d]*)*(?![A-Za-z\\d])`,
  'gu',
);
/** A quoted name opening a clause before its deed (`“京东家医”为用户…提供`): only there is a quotation a name, not a slogan. */
const QUOTED_TOPIC = /(?<=^|[，,。；;：:]\s?)[“「][^”」，,]{2,12}[”」](?=为|為|已|将|將|可|通过|通過|实现|實現|是|共|累计|累計|目前|拥有|擁有|推出)/gu;
/** Words that open a subject by referring to a name said before (`其用户`, `该园区`) or to the whole (`全市`, `全行业`): they are an owner already. */
const REFERRED_OWNER = /^(?:其|该|这|此|上述|全市|全省|全区|全县|全行业|本市|本省|我市|我省)/u;

/** A name and where it was found in its text. */
interface NameAt {
  name: string;
  start: number;
  end: number;
}

/** The longest name a learned actor's name is looked for within (a company's full name and a little more). */
const MAX_NAME_LENGTH = 16;
/** A short name the report defines for a longer one (`重庆广睿达科技有限公司（下称广睿达）`). */
const ALIAS = /[（(](?:以下|下文)?(?:简称|簡稱|下称|下稱)[“「"]?([\u4e00-\u9fffA-Za-z\d]{2,10}?)[”」"]?[）)]/gu;
/** A firm or a body the report introduces as one (`恒逸石化是中国一家大型化纤生产企业`, `中和农信是一家…机构`). */
const INTRODUCED =
  /(?<=^|[。；;，,：:！？\s-])([\u4e00-\u9fffA-Za-z]{2,8}?)(?:是|為|为)(?:中国|中國|我国|我國|国内|國內|全球|国际|國際)?(?:一家|一傢|一个|一個|一所)[^，,。；;]{0,20}?(?:企业|企業|公司|集团|集團|机构|機構|平台|厂商|廠商|银行|銀行)/gu;
/** A sentence opening on one who adopts, carries or joins a known name (`盼达用车采用AliOS…`, `蚂蚁与雄安新区一起打造…`): an actor. */
const PARTNER_OF_NAME = /(?<=^|[。；;！？!?\n]\s?)([\u4e00-\u9fffA-Za-z]{2,6}?)(?:采用|採用|搭载|搭載|接入|携手|攜手|联合|聯合|与|與)/gu;
/**
 * What the cues above catch that is a class, a place inside something, a word referring back or a name with an adverb
 * or a connector glued on (`华为已经是一家…`, `同时与华为…`), not an actor's name.
 */
const NO_ACTOR_NAME =
  /(?:内|內|中|上|里|裡|外|企业|企業|公司|用户|用戶|政府|行业|行業|们|們|平台|机构|機構|技术|技術|已经|已經|已|也|仍|仍然|则|則|就|还|還|都|均|目前|现在|現在|如今|本身|正|将|將|曾)$|^(?:其|该|該|这|這|此|本|各|我|全|在|从|從|对|對|同时|同時|此外|另外|目前|如今|当前|當前|并|並|而|但|还|還|也|已|将|將|可|近年|今年|去年|随着|隨著|通过|通過)/u;

/**
 * The names `reportText` itself treats as actors' beyond the lexicon: the short names it defines, the firms and bodies
 * it introduces, and those opening a sentence to adopt or join a known name. A bare name such as 广睿达 or 盼达用车,
 * said again and again as a paragraph's topic, is then read as one wherever the report writes it. In simplified script.
 */
export function actorNamesOf(reportText: string): string[] {
  const text = simplifiedCharacters(reportText);
  const found = [...text.matchAll(ALIAS), ...text.matchAll(INTRODUCED)].map((match) => match[1]);
  const partners = new Set<string>();
  for (const match of text.matchAll(PARTNER_OF_NAME)) {
    const next = namesIn(text.slice(match.index + match[0].length, match.index + match[0].length + MAX_NAME_LENGTH));
    if (next[0]?.start === 0) partners.add(match[1]);
  }
  // An actor is named again and again; words once at a sentence's opening are more likely a phrase than a name.
  // (Each distinct word is counted once, so a long report costs one pass per candidate, not per sentence.)
  for (const partner of partners) if (occurrences(text, partner).length >= 2) found.push(partner);
  return [...new Set(found.filter((name) => !NO_ACTOR_NAME.test(name) && !LATIN_WORDS.has(name)))];
}

/** The names of `text` (the lexicon above, and `actors` the report names: see `actorNamesOf`), as they are written there. */
export function namesIn(text: string, actors: readonly string[] = []): NameAt[] {
  const simplified = simplifiedCharacters(text);
  // Script conversion keeps one character for one almost always; when it does not, read the text as it is.
  const read = simplified.length === text.length ? simplified : text;
  const at = (start: number, end: number): NameAt => ({ name: text.slice(start, end), start, end });
  const names: NameAt[] = [];
  for (const match of read.matchAll(NAME)) {
    const name = match[0].trim();
    if (name.length < 2 || LATIN_WORDS.has(name) || /^[A-Z]$/u.test(name)) continue;
    names.push(at(match.index, match.index + name.length));
  }
  // A quoted name holds the names inside it (`“京东互联网医院”`): it is the one name there. So does an actor's name the
  // report gives (中国科大 holds 中国), unless it is itself the short form inside a longer name (广睿达 in its company's).
  const quoted = [...read.matchAll(QUOTED_TOPIC)].map((match) => at(match.index, match.index + match[0].length));
  const learned = actors.flatMap((actor) => occurrences(read, actor).map((start) => at(start, start + actor.length))).filter((name) => !names.some((other) => other.end - other.start > name.end - name.start && other.start <= name.start && other.end >= name.end));
  const holders = [...quoted, ...learned];
  return [...names.filter((name) => !holders.some((holder) => name.start >= holder.start && name.end <= holder.end)), ...holders].sort((a, b) => a.start - b.start);
}

/** Where `word` starts in `text`, each time. */
function occurrences(text: string, word: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) starts.push(at);
  return starts;
}

/** Whether a subject already says whose it is: a name of the lexicon or of the report's actors in it, or a word referring to one. */
export function namesAnOwner(subject: string, actors: readonly string[] = []): boolean {
  return REFERRED_OWNER.test(subject) || namesIn(subject, actors).length > 0;
}

/** A name before these is a source or a speaker, not an owner (`IDC数据显示`, `张立军透露`). */
const SOURCE_AFTER = /^\s?(?:的)?(?:数据|數據|显示|顯示|报告|報告|统计|統計|预测|預測|发布|發布|称|稱|表示|认为|認為|透露|调查|調查|指出|测算|測算|有关人士|有關人士)/u;
/** A name after these is a source, a place something is done at, a thing compared with or someone acted upon. */
const NOT_OWNER_BEFORE = /(?:据|據|根据|根據|在|于|於|占|佔|比|较|較|与|與|和|及|、|同|跟|对|對|向|给|給|为|為|被|把|将|將|让|讓|使|支持|服务|服務|相当于|相當於|超过|超過|走出|来自|來自|位于|位於|面向|依托|依託|基于|基於|借助|利用|通过|通過|以)\s?$/u;
/** The clause of a speaker (`中国工程院院士邬贺铨表示，`): what follows is what they say, not theirs. */
const SPEAKER_CLAUSE = /^[^，,。；;]*?(?:表示|透露|称|稱|认为|認為|指出|说|說|介绍|介紹|获悉|獲悉)\s?(?:[，,：:]|$)/u;
/** What may stand between the start of a clause and its owner: a connector, a time or a span of years, or 预计. */
const OWNER_OPENING = /^(?:\s|而|但|且|并|並|同时|同時|此外|另外|其中|目前|如今|当前|當前|现在|現在|譬如|例如|比如|据悉|據悉|截至|截止至|截止到|截止|(?:19|20)\d{2}\s?年(?:\s?\d{1,2}\s?月)?(?:底|末|初)?|(?:19|20)\d{2}\s?[—–-]\s?(?:19|20)\d{2}\s?年(?:间|間|期间|期間)?|预计|預計|\d{1,2}\s?月\s?\d{1,2}\s?[日号號]|今年|去年|近年来|近年來|(?:前|第)?[一二三四]季度|[上下]半年|全年)*$/u;
/** What follows an owner: 的 and what it has, a count of what it has (`南通75个部门`), or its deed. */
const OWNER_FOLLOWED_BY = /^\s?(?:\d|的|在|实现|實現|为|為|已|将|將|可|能|通过|通過|共|累计|累計|拥有|擁有|建成|建立|推出|采用|採用|打造|部署|覆盖|覆蓋|完成|就|则|則|也|还|還|目前|近年|正|再|又|于|於|每|日均|作为|作為|是|有|自|从|從|全年|今年|[（(])/u;
/** A clause break. */
const BREAK = /[，,。；;：:！？!?]/u;
/**
 * The most text read around a figure for its owner: the sentence's opening up to this far back, the sentence before
 * up to this far in, and a clause up to this long. A line of megabytes without punctuation costs the same per figure
 * as a sentence.
 */
const MAX_OWNER_DISTANCE = 300;

/** Where the clause holding `at` ends, not further on than `MAX_OWNER_DISTANCE`. */
function clauseEndOf(text: string, at: number): number {
  let to = at;
  while (to < text.length && to - at < MAX_OWNER_DISTANCE && !BREAK.test(text[to])) to++;
  return to;
}

/** A speaker's first person as the actor (`我们就部署了`): the body they speak for. */
const FIRST_PERSON = /我们|我們/u;
/**
 * Whether `at` is inside quoted speech: a quotation opens before it and is not closed between, or one closes after it
 * that did not open between (a quote running over sentences, `…部署了10万台服务器。”`). The report's own 我们 (its
 * authors) is no body the sentence names.
 */
function inQuotation(text: string, at: number): boolean {
  // Read as far as an owner is (a line of megabytes costs the same per figure as a sentence).
  const before = text.slice(Math.max(0, at - MAX_OWNER_DISTANCE), at);
  const after = text.slice(at, at + MAX_OWNER_DISTANCE);
  const opened = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'));
  const closedBefore = Math.max(before.lastIndexOf('”'), before.lastIndexOf('」'));
  const closes = after.search(/[”」]/u);
  const opensAfter = after.search(/[“「]/u);
  return opened > closedBefore || (closes >= 0 && (opensAfter < 0 || closes < opensAfter));
}

/** The deed the speaker did right before a count (`我们就部署了|1万台`). */
const SPEAKER_DEED = /(?:我们|我們)\s?(?:就|已|已经|已經|都|也|还|還)?\s?([\u4e00-\u9fff]{2})了?\s?$/u;

/** Where the clause holding `at` starts, not further back than `MAX_OWNER_DISTANCE`. */
function clauseFromOf(text: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < MAX_OWNER_DISTANCE && !BREAK.test(text[from - 1])) from--;
  return from;
}

/** The names of `text` between `from` and `to`, placed in `text`. */
function namesBetween(text: string, from: number, to: number, actors: readonly string[]): NameAt[] {
  return namesIn(text.slice(from, to), actors).map((name) => ({ name: name.name, start: name.start + from, end: name.end + from }));
}

/** `由重庆市大数据发展局研发的…系统`: the maker of what the clause is about is its owner, though a preposition stands before it. */
const MAKER_BEFORE = /由\s?$/u;
/** The deed of making after the maker (`…研发的`). */
const MADE_AFTER = /^[^，,。；;的]{0,12}?(?:研发|研發|打造|建设|建設|建成|开发|開發|搭建|推出|运营|運營)/u;

/** Whether the name found at `at` stands where an owner does in `text`: opening its clause or before 的 or a deed, and not a source nor an object. */
function inOwnerPlace(text: string, at: NameAt): boolean {
  const before = text.slice(clauseFromOf(text, at.start), at.start);
  const after = text.slice(at.end, at.end + MAX_OWNER_DISTANCE);
  if (MAKER_BEFORE.test(before) && MADE_AFTER.test(after)) return true;
  // `5G在中国的发展速度`, `在美国市场上`: what is in a country or its market is the country's, as a writer of national statistics means it.
  if (/(?:在|於|于)\s?$/u.test(before) && /^\s?(?:的|市场|市場)/u.test(after) && COUNTRY_ONLY.test(simplifiedCharacters(at.name))) return true;
  if (NOT_OWNER_BEFORE.test(before) || /(?:据|據|根据|根據)/u.test(before) || SOURCE_AFTER.test(after) || SPEAKER_CLAUSE.test(after)) return false;
  // Inside a bracket (`（下称广睿达）`) a name only restates another.
  if ((before.match(/[（(]/gu)?.length ?? 0) > (before.match(/[）)]/gu)?.length ?? 0)) return false;
  return OWNER_OPENING.test(before) || OWNER_FOLLOWED_BY.test(after);
}

/** The one name that owns what `text` says in its owner places, or undefined when there is none or two compete. */
function soleOwner(names: NameAt[]): NameAt | undefined {
  // A shorter form of a longer name (京东 of 京东健康) is the same owner: the longer one says it in full.
  const distinct = names.filter((name) => !names.some((other) => other !== name && other.name.length > name.name.length && other.name.includes(name.name)));
  // The same name said twice is one owner, where it is first said.
  const owners = new Map<string, NameAt>();
  for (const name of distinct) if (!owners.has(name.name)) owners.set(name.name, name);
  if (owners.size !== 1) return undefined;
  const [owner] = owners.values();
  return WORLD_ONLY.test(simplifiedCharacters(owner.name)) ? undefined : owner;
}

/**
 * The owner of a figure among the owners its sentence names before it: the one name, or, when clauses before name
 * different ones (`目前全國已有…集聚上海,上海的人工智能核心企業已超過1000傢,泛人工智能企業超過3000傢`), the one the
 * latest of them names — a later clause's topic takes over from an earlier one's. Two names in one clause compete.
 */
function nearestOwner(text: string, names: NameAt[]): NameAt | undefined {
  const last = names.at(-1);
  if (!last) return undefined;
  const clauseFrom = clauseFromOf(text, last.start);
  return soleOwner(names) ?? soleOwner(names.filter((name) => name.start >= clauseFrom));
}

/**
 * A sentence that goes on from the one before: it opens on a word referring back, a connector or an example
 * (`比如，`), or on a deed or a means with no actor (`利用专业的数字化结算团队，…`).
 */
const GOES_ON = /^(?:(?:目前|如今|当前|當前|同时|同時|此外|另外|(?:19|20)\d{2}\s?年(?:\s?\d{1,2}\s?月)?(?:底|末)?|(?:今年|去年)(?:\d{1,2}\s?月)?)\s?[，,]?\s?)*(?:而|其(?!他|它|余|餘|实|實|次)|该|該|这|這|此|同时|同時|并|並|也|还|還|已|(?:为|為)[^，,。；;]{1,12}?提供|累计|累計|共|完成|实现|實現|拥有|擁有|建成|覆盖|覆蓋|形成|打造|推出|新增|建设|建設|培育|推动|推動|力争|力爭|争取|爭取|计划|計劃|利用|依托|依託|借助|基于|基於|通过|通過|比如|例如|譬如)/u;
/**
 * A sentence opening on a deed with no actor (`为商户与企业提供…`, `累计建成…`), not on a means (`通过云计算，X的…`) nor an
 * example: its actor is the one the paragraph tells of, however far back it was last named.
 */
const DEED_OPENING = /^(?:同时|同時|并|並|也|还|還|已)?\s?(?:(?:为|為)[^，,。；;]{1,12}?提供|提供|累计|累計|完成|实现|實現|拥有|擁有|建成|覆盖|覆蓋|形成|打造|推出|新增)/u;
/** The product a sentence opening on providing names in its first clause (`为商户与企业提供|智能运营解决方案|，`). */
const PROVIDED = /^\s?(?:为|為)[^，,。；;]{1,12}?提供([\u4e00-\u9fff]{2,10}(?:解决方案|解決方案|系统|系統|平台|产品|產品))[，,]/u;
/** `旗下云和认知软件部门`: a part of an owner the sentence does not name, so the sentence before does. */
const PART_OF_OWNER = /旗下/u;

/** `该示范区`, `該平台`: 该 and the kind of a name said before. */
const THIS_KIND = /(?:该|該)(示范区|示範區|开发区|開發區|园区|園區|新区|新區|平台|系统|系統|公司|集团|集團|项目|項目|中心|银行|銀行)/u;
/**
 * A subject a name cannot be written straight before: one opening on a quotation or a bracket (`“物竞天择”项目`), or on a
 * preposition (`对红帽的收购`). The owner is joined to it by 的, as a Latin name is to a Latin word (`IBM的Z15`).
 */
const NEEDS_OF = /^(?:[“「"（(]|在|为|為|与|與|和)/u;
/** Words after which an owner is written inside a subject (`股票占|城镇居民资产`): a share, a possession, a part. */
const RELATION_BEFORE = /(?:占|的|中|在|和|与|及|、)$/u;

/** `subject` with `owner` put where a writer would: before the words it is written before in its sentence, else in front. */
function owned(subject: string, owner: NameAt, text: string): string {
  // `中国城镇居民…，股票…分别仅占城镇居民资产的6.4%`: when the words right after the name are in the subject after a
  // share or a possession, the name goes before them (股票占中国城镇居民资产).
  for (let length = 4; length >= 2; length--) {
    const next = text.slice(owner.end, owner.end + length);
    const at = /^[\u4e00-\u9fff]+$/u.test(next) ? subject.indexOf(next) : -1;
    if (at > 0 && RELATION_BEFORE.test(subject.slice(0, at))) return `${subject.slice(0, at)}${owner.name}${subject.slice(at)}`;
  }
  // `京东物流` and `物流中心`: a name ending on the word the subject opens on is joined by 的 too.
  return NEEDS_OF.test(subject) || owner.name.endsWith(subject[0]) || /[A-Za-z\d]$/u.test(owner.name) && /^[A-Za-z\d]/u.test(subject) ? `${owner.name}的${subject}` : `${owner.name}${subject}`;
}

/** Words between an owner and the thing it qualifies that say how it owns it (`蚂蚁|区块链保障的|公益慈善平台`). */
const OWNING_MODIFIER = /^[\u4e00-\u9fffA-Za-z]{1,10}的$/u;

/**
 * `蚂蚁区块链保障的公益慈善平台…，捐赠人次超过937万`: when the subject's words follow the owner in the text after words that
 * qualify them (区块链保障的), the owner is written with those words, as the text says (蚂蚁区块链保障的公益慈善平台捐赠人次):
 * without them the owner is another's (蚂蚁公益慈善平台). `between` is the text from the owner's end to the subject's words.
 */
function ownedWithModifier(subject: string, owner: NameAt, between: string): string | undefined {
  return OWNING_MODIFIER.test(between) ? `${owner.name}${between}${subject}` : undefined;
}

/** A place's name alone (郑州, 中国), which may open a longer name. */
const PLACE_ONLY = new RegExp(`^(?:${COUNTRIES}|${PROVINCES}|${CITIES})$`, 'u');
/** The rest of a name a place opens, up to 的 (`郑州|亚一的投放`), not a deed (`我国|建成的5G基站`). */
const PLACE_NAME_GOES_ON = new RegExp(`^${NAME_CHARACTER}{1,3}(?=的)`, 'u');
/** The rest of a name a known name opens, up to a kind of name (`京东智能|客服系统`). */
const NAME_GOES_ON = new RegExp(`^${NAME_CHARACTER}{0,8}?(?:系统|系統|平台|中心|项目|項目|园区|園區|公司|集团|集團|银行|銀行|研究院)`, 'u');

/**
 * A known name opening its clause that opens a longer one: up to a kind of name (`京东智能客服系统支持…`), or, for a place,
 * up to 的 for a few characters (`郑州亚一的投放`).
 */
function wholeName(text: string, owner: NameAt, subject: string): NameAt {
  if (!OWNER_OPENING.test(text.slice(clauseFromOf(text, owner.start), owner.start))) return owner;
  const rest = text.slice(owner.end, owner.end + MAX_OWNER_DISTANCE);
  const more = NAME_GOES_ON.exec(rest)?.[0] ?? (PLACE_ONLY.test(simplifiedCharacters(owner.name)) ? PLACE_NAME_GOES_ON.exec(rest)?.[0] : undefined);
  // `央行征信系统…，个人和企业征信系统…`: a subject naming the rest itself (征信系统) needs only the known name.
  return more && !subject.includes(more.slice(-4)) ? { name: `${owner.name}${more}`, start: owner.start, end: owner.end + more.length } : owner;
}

/**
 * Whether what lies between the owner and the figure makes the figure another's: a partner in one clause
 * (`韩国…部与包括…在内的19家公司`), or a list before 等 the names are items of (`騰訊…、順絡電子等9個項目`,
 * `签约了山西先进计算中心…，山西大地紫晶…平台…等21个项目`). A name with a count of its own before the list
 * (`汇聚了南通75个部门…数据，构建…1张总图及党建、…等16张专题图`) is no item of it but the owner of what it lists.
 */
function countsOthers(current: FigureSentence, owner: NameAt, index: number): boolean {
  const between = current.text.slice(owner.end, current.figures[index].start);
  const countedBetween = current.figures.some((figure) => figure.start >= owner.end && figure.start < current.figures[index].start);
  return (!BREAK.test(between) && /[与與同跟]/u.test(between)) || (/等\s?$/u.test(between) && !countedBetween);
}

/** A clause opening on a bare word for a firm (`公司每年…`), not on a count of firms. */
const THE_FIRM = /^\s?(公司|集团|集團)/u;

/** Whether two names are one owner's: the same, or one the short form of the other (京东 of 京东物流). */
function sameOwner(one: string, other: string): boolean {
  const [a, b] = [simplifiedCharacters(one), simplifiedCharacters(other)];
  return a.includes(b) || b.includes(a);
}

/**
 * `subject` with the owner the figure's sentence (or the sentence before it goes on from) names, when it names none
 * itself: see the head of this file.
 */
export function withNamedOwner(subject: string, current: FigureSentence, index: number, previous: FigureSentence | undefined, actors: readonly string[] = []): string {
  if (subject.length < 2 || namesAnOwner(subject, actors)) return subject;
  const { text, figures } = current;
  const start = figures[index].start;
  const from = Math.max(0, start - MAX_OWNER_DISTANCE);
  const read = text.slice(from, start);
  // The owner is named before the words the subject is taken from: a name after them is part of what they say.
  const opening = read.lastIndexOf(subject.slice(0, 2));
  const limit = opening >= 0 ? from + opening : start;
  const here = nearestOwner(text, namesBetween(text, from, start, actors).filter((name) => name.end <= limit && inOwnerPlace(text, name)));
  if (here) return countsOthers(current, here, index) ? subject : fits(ownedWithModifier(subject, here, text.slice(here.end, limit)) ?? owned(subject, wholeName(text, here, subject), text), subject);
  // `1小时内我们就部署了1万台服务器,疫情期间阿里云已经紧急部署了10万台服务器`: a speaker's 我们 in the figure's clause is
  // the body the sentence names as an actor after it, the one name there.
  const speaker = FIRST_PERSON.test(text.slice(clauseFromOf(text, start), clauseEndOf(text, start))) && inQuotation(text, start) ? soleOwner(namesBetween(text, start, Math.min(text.length, start + MAX_OWNER_DISTANCE), actors).filter((name) => inOwnerPlace(text, name))) : undefined;
  // A count right after the speaker's deed (`我们就部署了1万台服务器`) counts what the body did: 阿里云部署的服务器.
  const deed = speaker && text.startsWith(subject, figures[index].end) ? SPEAKER_DEED.exec(text.slice(clauseFromOf(text, start), start))?.[1] : undefined;
  if (speaker) return fits(deed ? `${speaker.name}${deed}的${subject}` : owned(subject, speaker, text), subject);
  // `化纤属于高耗能行业，公司每年煤炭消耗达几亿元`: a clause opening on a bare 公司 means the firm the text is about.
  const theFirm = THE_FIRM.exec(text.slice(clauseFromOf(text, start), start))?.[1];
  const goesOn = GOES_ON.test(text.slice(0, MAX_OWNER_DISTANCE).trimStart()) || PART_OF_OWNER.test(read) || theFirm !== undefined;
  // A sentence naming no one before the figure may go on from the one before (below), whatever it opens on. Read no
  // further back than the owner is looked for: from the sentence's start, a line of thousands of figures read its
  // whole opening again for each (18,000 statistics on one line took 200 s).
  const namedHere = namesBetween(text, from, Math.min(text.length, start + MAX_OWNER_DISTANCE), actors);
  // A subject whose words the sentence before says already names what that sentence is about (`该系统` → 智能履约决策大脑).
  if (!previous || !(goesOn || namedHere.length === 0 || namedHere.every((name) => name.start > start)) || previous.text.slice(0, MAX_OWNER_DISTANCE).includes(subject.slice(0, 4))) return subject;
  // `该示范区被…命名为…`: 该 and a kind of name refer to the name of that kind the sentence before gives, wherever it stands there.
  const kind = THIS_KIND.exec(read)?.[1];
  const named = namesBetween(previous.text, 0, MAX_OWNER_DISTANCE, actors);
  const ofKind = kind ? named.filter((name) => simplifiedCharacters(name.name).endsWith(simplifiedCharacters(kind))) : [];
  const before = soleOwner(ofKind.length > 0 ? ofKind : named.filter((name) => inOwnerPlace(previous.text, name)));
  // `我国建成的5G基站总量超过62万个…。5G的终端连接数已经超过2亿`: a paragraph of a country's statistics goes on with it
  // until a sentence names another; a firm's or a place's case does not (what follows may be said of any) — unless the
  // sentence names that owner again after the figure (`京东正在江苏常熟建设…。…首批30余台智能快递车…，预计今年年内京东物流…`).
  const again = (name: NameAt) => namedHere.length > 0 && namedHere.every((other) => sameOwner(other.name, name.name));
  if (!before || !(goesOn || namedHere.length === 0 && COUNTRY_ONLY.test(simplifiedCharacters(before.name)) || again(before))) {
    const further = ofKind.length === 0 ? ownerFurtherBack(current, index, previous, before, namedHere, actors) : undefined;
    if (!further) return subject;
    // `为商户与企业提供智能运营解决方案，…，可支持10轮以上深度交流`: a later clause tells of what the sentence provides.
    const provided = PROVIDED.exec(text.slice(0, Math.min(start, MAX_OWNER_DISTANCE)))?.[1];
    const product = provided && `${further.owner.name}${provided}`;
    // `在“618”和“11.11”活动中平均响应时间`: an occasion the text puts after 在 is when the product is measured, not the product's (的).
    const withProduct = product && (text.includes(`在${subject.slice(0, 6)}`) ? `${product}在${subject}` : owned(subject, { ...further.owner, name: product }, further.text));
    return withProduct && withProduct.length <= MAX_PRODUCT_SUBJECT ? withProduct : fits(owned(subject, further.owner, further.text), subject);
  }
  const owner = wholeName(previous.text, before, subject);
  // The firm's name stands for the 公司 that meant it (恒逸石化每年煤炭消耗).
  if (theFirm && subject.startsWith(theFirm)) return fits(`${owner.name}${subject.slice(theFirm.length)}`, subject);
  return fits(owned(subject, owner, previous.text), subject);
}

/** The owner `text` names before `at` in an owner's place (`譬如，广睿达近年来走出重庆…，其…系统` → 广睿达), or undefined. */
export function ownerNamedBefore(text: string, at: number, actors: readonly string[] = []): string | undefined {
  return nearestOwner(text, namesBetween(text, Math.max(0, at - MAX_OWNER_DISTANCE), at, actors).filter((name) => inOwnerPlace(text, name)))?.name;
}

/** The one name `sentence` holds in an owner's place within the first `MAX_OWNER_DISTANCE` characters. */
function ownerOfSentence(sentence: FigureSentence, actors: readonly string[]): NameAt | undefined {
  return soleOwner(namesBetween(sentence.text, 0, MAX_OWNER_DISTANCE, actors).filter((name) => inOwnerPlace(sentence.text, name)));
}

/**
 * The owner two sentences back, for a sentence naming no one whose sentence before names no one either:
 * `京东科技为企业提供了…解决方案。通过…等产品提供…服务。为商户与企业提供智能运营解决方案，…可支持10轮以上深度交流`.
 * When this sentence opens on a deed with no actor and the sentence before goes on from the one before it, that one's owner carries over both (the paragraph still
 * tells of it). When the sentence before names an owner itself, and the one before it one of the same firm
 * (`京东物流在武汉完成了…。之后京东智能快递车又承担了…`), the paragraph tells that firm's case, and a sentence naming
 * no one goes on with the firm (京东), not the thing the sentence before names with it.
 */
function ownerFurtherBack(current: FigureSentence, index: number, previous: FigureSentence, before: NameAt | undefined, namedHere: NameAt[], actors: readonly string[]): { owner: NameAt; text: string } | undefined {
  const earlier = previous.before;
  // Names in a later clause (`…的订单量，依托L4级别自动驾驶技术`) say nothing of the figure's owner.
  const clauseEnd = clauseEndOf(current.text, current.figures[index].end);
  if (!earlier || namedHere.some((name) => name.start < clauseEnd)) return undefined;
  const earlierOwner = ownerOfSentence(earlier, actors);
  if (!earlierOwner) return undefined;
  if (!before) {
    const opening = (sentence: FigureSentence) => sentence.text.slice(0, MAX_OWNER_DISTANCE).trimStart();
    return DEED_OPENING.test(opening(current)) && GOES_ON.test(opening(previous)) && namesBetween(previous.text, 0, MAX_OWNER_DISTANCE, actors).length === 0 ? { owner: earlierOwner, text: earlier.text } : undefined;
  }
  const firm = sharedFirm(before.name, earlierOwner.name, actors);
  return firm ? { owner: { name: firm, start: before.start, end: before.start + firm.length }, text: previous.text } : undefined;
}

/** The firm two names share at their start (京东 of 京东物流 and 京东智能), when that is a name itself; else undefined. */
function sharedFirm(one: string, other: string, actors: readonly string[]): string | undefined {
  let length = 0;
  while (length < Math.min(one.length, other.length) && one[length] === other[length]) length++;
  const shared = one.slice(0, length);
  const names = namesIn(shared, actors);
  return length >= 2 && names.length === 1 && names[0].name === shared && !COUNTRY_ONLY.test(simplifiedCharacters(shared)) && !PLACE_ONLY.test(simplifiedCharacters(shared)) ? shared : undefined;
}

/** The owned subject, when it is not too long to read; else the subject as it was. */
function fits(ownedSubject: string, subject: string): string {
  return ownedSubject.length <= MAX_OWNED_SUBJECT ? ownedSubject : subject;
}
