import { fold } from "../text/fold.js";
import { tokenize } from "./tokens.js";

/**
 * A search query as typed (with or without diacritics) turned into what the index matches.
 * Done here, not in SQL, so that SQLite and PostgreSQL see exactly the same terms.
 */
export interface SearchQuery {
  /** Folded words to match, any of them (OR), distinct, in query order. */
  terms: string[];
  /** Quoted phrases: each must occur, word for word, in a hit. */
  phrases: string[][];
  /**
   * Pairs of terms written next to each other in the query: Vietnamese words are mostly two
   * syllables (tăng trưởng, hộ nghèo), and a segment holding the pair is a better hit than one
   * holding both syllables apart. Used for ranking only.
   */
  pairs: [string, string][];
}

/**
 * Question and function words that carry nothing a report sentence would also say: "bao nhiêu"
 * asks for the number, "có … không" for a yes or no. Numbers, years and content words stay.
 * Kept deliberately short and general: words like "đạt", "chưa", "còn", "năm", "tỉnh" are in
 * the answers too (chưa đạt, giảm còn, năm 2023), and rarity weighting already discounts
 * them where they are common.
 */
const STOP_PHRASES = [
  "bao nhiêu",
  "bao giờ",
  "là gì",
  "thế nào",
  "như thế nào",
  "ra sao",
  "khi nào",
  "ở đâu",
  "hay không",
  "hay chưa",
  "phải không",
].map((p) => fold(p).split(" "));

const STOP_WORDS = new Set(
  [
    "của",
    "và",
    "là",
    "có",
    "các",
    "những",
    "được",
    "đã",
    "đang",
    "sẽ",
    "cho",
    "với",
    "về",
    "trong",
    "tại",
    "theo",
    "từ",
    "thì",
    "mà",
    "này",
    "đó",
    "ấy",
    "cũng",
    "bị",
    "do",
    "bởi",
    "nên",
    "vì",
    "hoặc",
    "hay",
    "rất",
    "gì",
    "nào",
    "mấy",
    "không",
    "ạ",
    "nhé",
    "hãy",
    "ở",
  ].map((w) => w.normalize("NFC")),
);

/**
 * Written without marks, some of those words are also common content words of the reports
 * (co: cơ cấu; da: đa chiều; dang: đảng; tu: tư; do: tốc độ; trong: trọng; the: thể…), so only
 * the unambiguous ones are dropped from a query typed without diacritics.
 */
const AMBIGUOUS_WITHOUT_MARKS = new Set([
  "co",
  "da",
  "dang",
  "tu",
  "thi",
  "do",
  "trong",
  "tai",
  "ve",
  "bi",
  "vi",
  "nen",
  "nhung",
  "the",
  "ma",
  "nay",
  "o",
]);

const STOP_FOLDED = new Set(
  [...STOP_WORDS].map((w) => fold(w)).filter((w) => !AMBIGUOUS_WITHOUT_MARKS.has(w)),
);

/** Words of a query kept: a pasted paragraph costs no more than a long question. */
const MAX_TERMS = 32;

/** Opening and closing quotes that make a phrase. */
const QUOTED = /["“”„]([^"“”„]*)["“”„]/g;

export function parseQuery(input: string): SearchQuery {
  const text = input.normalize("NFC");
  const phrases: string[][] = [];
  const rest = text.replace(QUOTED, (_, inner: string) => {
    const words = tokenize(fold(inner)).map((t) => t.text);
    if (words.length) phrases.push(words);
    return " , ";
  });

  const tokens = tokenize(rest);
  const folded = tokens.map((t) => fold(t.text));
  const keep = tokens.map((t, i) => !isStopWord(t.text, folded[i]));
  for (let i = 0; i < tokens.length; i++) {
    for (const p of STOP_PHRASES) {
      if (p.every((w, k) => folded[i + k] === w)) for (let k = 0; k < p.length; k++) keep[i + k] = false;
    }
  }

  const terms: string[] = [];
  const pairs: [string, string][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!keep[i]) continue;
    if (!terms.includes(folded[i])) {
      if (terms.length === MAX_TERMS) break;
      terms.push(folded[i]);
    }
    const j = i + 1;
    if (j < tokens.length && keep[j] && !breaksBetween(rest, tokens[i].end, tokens[j].start)) {
      if (!pairs.some(([a, b]) => a === folded[i] && b === folded[j])) pairs.push([folded[i], folded[j]]);
    }
  }
  return { terms, phrases, pairs };
}

function isStopWord(word: string, folded: string): boolean {
  const lower = word.toLowerCase();
  if (STOP_WORDS.has(lower)) return true;
  // Typed without marks: only the words that are unambiguous without them.
  return lower === folded && STOP_FOLDED.has(folded);
}

/**
 * Two query words stop being a pair across clause punctuation ("đạt bao nhiêu, tăng") but not
 * across the joiners inside one written item (2020-2025, 6.792,13, CN-TTCN).
 */
function breaksBetween(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return /\s/.test(gap) && /[,;:?!()[\]…]/.test(gap);
}
