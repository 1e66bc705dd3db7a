/**
 * Script conversion and pinyin, at build time only: the extension ships the
 * results (aliases, a small character table, pinyin keys), not the libraries.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const fromTaiwan = OpenCC.Converter({ from: 'twp', to: 'cn' });
const fromTraditional = OpenCC.Converter({ from: 't', to: 'cn' });
/** Over-conversions of the simplified → traditional tool the 004 text went through (瞭 for 了 …). */
const OVER_CONVERSIONS: Record<string, string> = { 瞭: '了', 傢: '家', 隻: '只', 註: '注', 裡: '里' };

const OVER_CONVERTED = /[瞭傢隻註裡]/gu;

/** The over-converted characters of a text (`1116傢` → `傢`), for the folding table: its script variants lose them. */
export function overConvertedCharacters(text: string): string {
  return (text.match(OVER_CONVERTED) ?? []).join('');
}

const memo = new Map<string, string>();

/** Traditional (including Taiwan phrasing: 人工智慧) → simplified (人工智能). */
export function toSimplified(text: string): string {
  let simplified = memo.get(text);
  if (simplified === undefined) {
    simplified = fromTaiwan(text.replace(OVER_CONVERTED, (char) => OVER_CONVERSIONS[char]));
    memo.set(text, simplified);
  }
  return simplified;
}

/** Traditional characters → simplified, keeping the wording (產業互聯網 → 产业互联网, but 人工智慧 stays). */
export function simplifiedCharacters(text: string): string {
  return fromTraditional(text.replace(OVER_CONVERTED, (char) => OVER_CONVERSIONS[char]));
}

/**
 * OpenCC keeps 云 where a phrase of its table reads it as classical 'to say' (有云, 云云): in 专有云 or 私有云 it is
 * cloud, and a traditional-script writer types 專有雲. A term of these reports never quotes the classics.
 */
function cloudAsCloud(traditional: string): string {
  return traditional.replaceAll('云', '雲');
}

/**
 * The other-script spellings of a term a writer may type: 物联网 → 物聯網; 人工智能 → 人工智慧; 智慧城市 → 智能城市.
 * `writtenInReports`: whether the reports write a mainland wording. Taiwan's phrase table rewrites words that mainland
 * writers use in a sense of their own (程序 read as Taiwan's word for 进程, 影像 as 图像): for a term already written
 * in simplified characters, its mainland wording is a spelling a writer uses only if the reports use it too (智能城市
 * beside 智慧城市; not 小进程 for 小程序, 医学图像 for 医学影像).
 */
export function scriptVariants(term: string, writtenInReports: (wording: string) => boolean = () => true): string[] {
  const characters = simplifiedCharacters(term);
  const reworded = toSimplified(term);
  const simplified = term === characters && reworded !== characters && !writtenInReports(reworded) ? characters : reworded;
  const variants = new Set([simplified, cloudAsCloud(toTraditional(simplified)), cloudAsCloud(toTaiwan(simplified))]);
  variants.delete(term);
  return [...variants].filter((variant) => variant.length > 0);
}

/**
 * Traditional → simplified for single characters, restricted to the characters
 * given: the runtime folding table needs only what the terms contain.
 */
export function characterTable(texts: Iterable<string>): Record<string, string> {
  const table: Record<string, string> = {};
  for (const text of texts) {
    for (const char of text) {
      if (char.length !== 1 || table[char] !== undefined) continue;
      const simplified = OVER_CONVERSIONS[char] ?? fromTaiwan(char);
      if (simplified.length === 1 && simplified !== char) table[char] = simplified;
    }
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Pinyin of a Chinese term, full (`shu zi luan sheng`) and initials (`szls`); undefined for Latin terms. */
export function pinyinOf(term: string): { full: string; initials: string } | undefined {
  if (!/\p{Script=Han}/u.test(term)) return undefined;
  const syllables = pinyin(term, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((syllable) => syllable.toLowerCase());
  return {
    full: syllables.join(' '),
    initials: syllables.map((syllable) => (/^[a-z]/.test(syllable) ? syllable[0] : syllable)).join(''),
  };
}
