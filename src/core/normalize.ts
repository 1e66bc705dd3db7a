/**
 * Text folding for matching: full/half width, Kangxi radicals, case and
 * traditional → simplified, one UTF-16 code unit for one code unit.
 *
 * Folding never changes a string's length, so an offset found in folded text
 * is the same offset in the original: matches map back to the document (and
 * quotes to their report) without an offset table. Stored quotes are never
 * folded — folding is for comparing, not for showing.
 */

const TABLE_SIZE = 0x10000;

/**
 * The ideographs that Kangxi radicals U+2F00–U+2FD5 stand for, in code-point
 * order (their NFKC forms, written out: computing them with `normalize()` at
 * start-up woke the Unicode library and cost milliseconds of every cold
 * activation). A unit test checks this string against NFKC.
 */
export const KANGXI_RADICALS =
  '一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮' +
  '皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠';

/** The two CJK radical supplements (U+2E80–U+2EFF) with a one-character NFKC form. */
const RADICAL_SUPPLEMENTS: [number, string][] = [
  [0x2e9f, '母'],
  [0x2ef3, '龟'],
];

function addCompatibilityIdeographs(table: Uint16Array): void {
  for (let i = 0; i < KANGXI_RADICALS.length; i++) table[0x2f00 + i] = KANGXI_RADICALS.charCodeAt(i);
  for (const [code, ideograph] of RADICAL_SUPPLEMENTS) table[code] = ideograph.charCodeAt(0);
}

/** The identity table plus width, case and radical folding, shared by every FoldTable. */
function baseTable(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) table[code] = code;
  // Full-width ASCII (！ to ～) → ASCII, then the ideographic space.
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0;
  table[0x3000] = 0x20;
  table[0x00a0] = 0x20;
  addCompatibilityIdeographs(table);
  // Case: ASCII and full-width capitals both fold to lower-case ASCII.
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 0x20;
  for (let code = 0xff21; code <= 0xff3a; code++) table[code] = code - 0xfee0 + 0x20;
  return table;
}

let sharedBase: Uint16Array | undefined;

const FOLD_CHUNK = 8192;
const foldBuffer = new Uint16Array(FOLD_CHUNK);
/**
 * Makes the folded string from `foldBuffer`. Not `String.fromCharCode.apply` alone: apply first spreads the buffer into
 * an argument list, about 8 bytes a character — a sixth of what checking a 5 MB draft allocated. The decoder keeps a
 * leading U+FEFF (`ignoreBOM`) but would replace an unpaired surrogate with U+FFFD, so a chunk holding any surrogate
 * is made by `fromCharCode`, code unit for code unit.
 */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * A folding table: width, case, radicals, plus a traditional → simplified
 * character map (from the snapshot, which holds just the characters its terms need).
 */
export class FoldTable {
  readonly codes: Uint16Array;

  constructor(t2s: Record<string, string> = {}) {
    sharedBase ??= baseTable();
    this.codes = sharedBase.slice();
    for (const [traditional, simplified] of Object.entries(t2s)) {
      // Only one-unit ↔ one-unit pairs keep folding length-preserving.
      if (traditional.length === 1 && simplified.length === 1) {
        this.codes[traditional.charCodeAt(0)] = this.codes[simplified.charCodeAt(0)];
      }
    }
    // A radical or full-width form may stand for a traditional character the table just folded (⿂ → 魚 → 鱼):
    // one more step keeps folding idempotent.
    for (let code = 0; code < TABLE_SIZE; code++) this.codes[code] = this.codes[this.codes[code]];
  }

  /** Folds a string; the result has exactly the same length (and is the same string when nothing folds). */
  fold(text: string): string {
    const codes = this.codes;
    let first = 0;
    while (first < text.length && codes[text.charCodeAt(first)] === text.charCodeAt(first)) first++;
    if (first === text.length) return text;
    // The unchanged start goes through the buffer too: a slice of it joined to the folded rest is a cons string, and
    // every later read of the result (the figure parser's expressions, `charCodeAt`) paid for that — a fifth of
    // parsing a 5 MB draft whose sentences each open with a full-width colon.
    let out = '';
    // Chunked fromCharCode keeps long lines fast without exceeding argument limits; one buffer serves every
    // call (folding runs per clause of a 5 MB draft, and allocating a typed array each time cost more than the fold).
    for (let start = 0; start < text.length; start += FOLD_CHUNK) {
      const end = Math.min(start + FOLD_CHUNK, text.length);
      let surrogates = 0;
      for (let i = start; i < end; i++) {
        const code = codes[text.charCodeAt(i)];
        foldBuffer[i - start] = code;
        surrogates |= (code & 0xf800) === 0xd800 ? 1 : 0;
      }
      const chunk = foldBuffer.subarray(0, end - start);
      out += surrogates === 0 ? UTF16.decode(chunk) : String.fromCharCode.apply(null, chunk as unknown as number[]);
    }
    return out;
  }
}

/** Upper-case Latin letters, half- and full-width: folding makes them lower-case. */
const UPPER_LATIN = /[A-ZＡ-Ｚ]/u;

/**
 * `folded` with the upper-case Latin letters of `original` upper-case again (same length: offsets hold). Folding
 * lower-cases them for the subject keys, but the parser's units are written in capitals (`GB`, `TPS`, `GHz`), so the figure
 * check and the hover read numbers in it: `从17.1GB增长至…` held no figure, `35.8萬億元` one only once folded.
 */
export function withLatinCase(original: string, folded: string): string {
  if (!UPPER_LATIN.test(original)) return folded;
  return folded.replace(/[a-z]/gu, (letter, at: number) => {
    const code = original.charCodeAt(at);
    return (code >= 0x41 && code <= 0x5a) || (code >= 0xff21 && code <= 0xff3a) ? letter.toUpperCase() : letter;
  });
}

/** Replaces Kangxi radicals and radical supplements with the ideographs they stand for (length-preserving). */
export function replaceRadicals(text: string): string {
  sharedBase ??= baseTable();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code >= 0x2e80 && code <= 0x2fdf ? String.fromCharCode(sharedBase[code]) : text[i];
  }
  return out;
}

/** True for CJK unified ideographs (BMP blocks), the characters Chinese words are made of. */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3007;
}

/** True for ASCII letters and digits after folding: the characters an English word boundary separates. */
export function isWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * An acronym in capitals (GAN, POS, SOC, SWIFT): where two things share its letters, it is written so, and a spelling
 * in another case (GaN, gallium nitride; PoS, proof of stake) names the other.
 */
const ALL_CAPITALS = /^(?=.*[A-Z].*[A-Z])[A-Z0-9+\-]+$/u;

export function isAllCapitals(name: string): boolean {
  return ALL_CAPITALS.test(name);
}
