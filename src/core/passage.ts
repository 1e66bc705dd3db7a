/**
 * The passage around a quote, laid out for reading: one paragraph per
 * sentence of the surrounding text, the quote kept whole on its own line (or
 * joined to the sentence it starts or finishes), so selecting it selects the
 * exact report span.
 */

/** A sentence ends at 。！？!? and any closing quotes or brackets right after. */
const SENTENCE_END = /[。！？!?][”’」』）)"']*/g;

function endsSentence(text: string): boolean {
  return /[。！？!?][”’」』）)"']*\s*$/.test(text);
}

/** Splits text after each sentence end; the last piece may be unfinished. */
function sentences(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    pieces.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
}

/**
 * The passage text and where the quote is in it. `before` and `after` are the
 * report text either side of the quote (cut mid-sentence, so marked with …).
 */
export function passageLayout(before: string, quote: string, after: string): { text: string; quoteStart: number; quoteEnd: number } {
  const head = sentences(before);
  const tail = sentences(after);
  if (head.length > 0) head[0] = `…${head[0]}`;
  if (tail.length > 0) tail[tail.length - 1] = `${tail[tail.length - 1]}…`;
  // A quote that starts or ends mid-sentence stays on one line with the rest of its sentence.
  const lead = head.length > 0 && !endsSentence(head[head.length - 1]) ? head.pop()! : '';
  const trail = tail.length > 0 && !endsSentence(quote) ? tail.shift()! : '';
  const prefix = head.map((sentence) => `${sentence}\n\n`).join('') + lead;
  const suffix = trail + tail.map((sentence) => `\n\n${sentence}`).join('');
  return { text: `${prefix}${quote}${suffix}\n`, quoteStart: prefix.length, quoteEnd: prefix.length + quote.length };
}

/** Characters of `a` before `end` and of `b` at its end that agree, read backwards. */
function sharedTail(a: string, end: number, b: string): number {
  let shared = 0;
  while (shared < end && shared < b.length && a.charCodeAt(end - 1 - shared) === b.charCodeAt(b.length - 1 - shared)) shared++;
  return shared;
}

/**
 * Where a quote is on the line of the report file it starts on, for the source view to select it: the place whose
 * text before it agrees longest with the quote's own `before` (its first words may be said twice in one paragraph:
 * `半监督、无监督和强化学习…` opens two sentences of one line, and the first was selected for the second). The whole quote
 * where the line holds it, else its first twelve characters and as much of the rest as the line holds (a quote can
 * run onto the next line); undefined when the line holds neither.
 */
export function quoteInLine(line: string, quote: string, before: string): { start: number; end: number } | undefined {
  for (const sought of [quote, quote.slice(0, 12)]) {
    if (sought === '') return undefined;
    let best: number | undefined;
    let bestShared = -1;
    for (let at = line.indexOf(sought); at >= 0; at = line.indexOf(sought, at + 1)) {
      const shared = sharedTail(line, at, before);
      if (shared > bestShared) [best, bestShared] = [at, shared];
    }
    if (best !== undefined) return { start: best, end: Math.min(line.length, best + quote.length) };
  }
  return undefined;
}
