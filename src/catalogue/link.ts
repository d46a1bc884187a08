import type { Measure } from "../facts/types.js";
import { fold } from "../text/fold.js";
import { INDICATORS, type Indicator } from "./indicators.js";

interface Alias {
  folded: string;
  indicator: Indicator;
  /** Words one of which must stand in the sentence: the alias's own, else its indicator's. */
  context: string[];
}

const ALIASES: Alias[] = INDICATORS.flatMap((ind) =>
  [ind.name_vi, ...ind.aliases].map((a) => {
    const own = /^(.*)\{(.*)\}$/.exec(a);
    return {
      folded: fold(own ? own[1] : a).trim(),
      indicator: ind,
      context: (own ? own[2].split(/[;|]/) : (ind.context ?? [])).map((c) => fold(c).trim()).filter(Boolean),
    };
  }),
).sort((a, b) => b.folded.length - a.folded.length);

const BY_CODE = new Map(INDICATORS.map((i) => [i.code, i]));

export function indicatorByCode(code: string): Indicator | undefined {
  return BY_CODE.get(code);
}

/** Aliases by their first folded word, longest first, so a text is only tried against
 * the aliases that can start at each of its words. */
const BY_FIRST_WORD = new Map<string, Alias[]>();
for (const a of ALIASES) {
  const w = a.folded.split(/[^a-z0-9]+/).find(Boolean) ?? "";
  const list = BY_FIRST_WORD.get(w) ?? [];
  list.push(a);
  BY_FIRST_WORD.set(w, list);
}

const wordsOf = (folded: string) => folded.split(/[^a-z0-9]+/).filter(Boolean);

/**
 * The same lists cut by the alias's second word: at a word of a text only the aliases whose
 * second word is the text's next word can stand there, and the one-word ones (ONE_WORD). Each
 * keeps its list's order, so the search below meets the candidates as it did the whole list.
 */
const BY_TWO_WORDS = new Map<string, Map<string, Alias[]>>();
const ONE_WORD = new Map<string, Alias[]>();
for (const [first, list] of BY_FIRST_WORD) {
  const second = new Map(list.map((a) => [a, wordsOf(a.folded)[1] ?? ""]));
  const bySecond = new Map<string, Alias[]>();
  for (const w of new Set(second.values()))
    if (w)
      bySecond.set(
        w,
        list.filter((a) => second.get(a) === w || second.get(a) === ""),
      );
  BY_TWO_WORDS.set(first, bySecond);
  ONE_WORD.set(
    first,
    list.filter((a) => second.get(a) === ""),
  );
}

/** Aliases by their last folded word, longest first: the names a short subject can be the end of. */
const BY_LAST_WORD = new Map<string, Alias[]>();
for (const a of ALIASES) {
  const w =
    a.folded
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .pop() ?? "";
  const list = BY_LAST_WORD.get(w) ?? [];
  list.push(a);
  BY_LAST_WORD.set(w, list);
}

const isWord = (c: string | undefined) => !!c && /[a-z0-9]/.test(c);

function containsWord(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    if (!isWord(hay[i - 1]) && !isWord(hay[i + needle.length])) return true;
  }
  return false;
}

const folded = new Map<string, string>();
function foldCached(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size > 20_000) folded.clear();
    f = fold(text);
    folded.set(text, f);
  }
  return f;
}

/**
 * What follows an alias that makes it name something else: a table's component row
 * ("Tăng trưởng GRDP - Nông, lâm nghiệp") or the value added of an output ("… tăng thêm").
 */
const PART_OF = /^(?:[^-–]*\s)?[-–]\s*[a-z]|^\s*tang them\b/;

/**
 * An alias inside the name of a place ("tại" and a capital) is no indicator: "tại Cơ sở Cai
 * nghiện ma túy tỉnh 851 lượt người" counts those treated at one centre, a part of the figure.
 */
const IN_A_PLACE = /(?:^|[\s(])(?:tại|Tại)\s+\p{Lu}[^,;:.]*$/u;

/** Measures said of an indicator without naming a new one: how it moved, how it stands to plan. */
const OF_AN_INDICATOR = new Set<Measure>(["growth", "change", "multiple", "pct_of_target"]);
const AMOUNT = new Set<Measure>(["level", "rate", "score", "count_of_total"]);

/**
 * How well an indicator takes a kind of number: 4 when it names that measure itself, 2–3 when
 * the number says how the indicator moved or stands to its plan (a growth, a change, a multiple,
 * a "% of plan"; a growth or multiple rather of an amount), and 0 otherwise.
 */
function measureFit(ind: Indicator, m: Measure): number {
  if (ind.measures.includes(m)) return 4;
  if (m === "multiple" && ind.measures.includes("growth")) return 4;
  if (!OF_AN_INDICATOR.has(m)) return 0;
  if ((m === "growth" || m === "multiple") && ind.measures.some((x) => AMOUNT.has(x))) return 3;
  return 2;
}

/**
 * The catalogue code for what a number measures: the longest alias found in the indicator
 * text whose indicator takes this kind of number, with its context words in the sentence.
 * Of aliases as long, the indicator that names the measure itself wins, then one whose alias
 * asks for words of the sentence (it is the more particular).
 */
export function linkIndicator(text: string, measure: Measure, sentence: string): string | null {
  // "Các chính sách … (BHXH bắt buộc 42.184 người": a bracket left open names the figure.
  const open = text.lastIndexOf("(");
  if (open >= 0 && !text.includes(")", open)) {
    const inner = linkText(text.slice(open + 1), measure, sentence);
    if (inner) return inner;
  }
  return cutFromLonger(text, measure, sentence) ?? linkText(text, measure, sentence);
}

/**
 * A part of a whole stated in the sentence before ("GRDP … tăng 9,77%. Trong đó, nhóm dịch vụ
 * tăng 7,94%"): linked in the terms of both sentences, and kept only when it is one of the
 * whole's parts (a sector of GRDP), never the whole again.
 */
export function linkPart(text: string, measure: Measure, context: string, whole: string): string | null {
  const code = linkIndicator(text, measure, context);
  if (!code || code === whole) return null;
  const parent = BY_CODE.get(code)?.parent;
  const family = [whole, whole.replace(/_(?:growth|per_capita)$/, ""), BY_CODE.get(whole)?.parent];
  return parent && family.includes(parent) ? code : null;
}

/**
 * A short subject cut from a longer name at a comma ("tổng kim ngạch xuất, nhập khẩu năm 2020
 * là 102 triệu USD" read as "nhập khẩu"): the longer name, when every place the sentence says
 * the subject is inside it.
 */
function cutFromLonger(text: string, measure: Measure, sentence: string): string | null {
  const t = foldCached(text).trim();
  if (!t || t.split(/\s+/).length > 3) return null;
  const candidates = BY_LAST_WORD.get(
    t
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .pop() ?? "",
  );
  if (!candidates) return null;
  const s = foldSentence(sentence);
  const places: number[] = [];
  for (let i = s.indexOf(t); i !== -1; i = s.indexOf(t, i + 1))
    if (!isWord(s[i - 1]) && !isWord(s[i + t.length])) places.push(i);
  if (!places.length) return null;
  let best: Alias | null = null;
  for (const a of candidates) {
    if (
      a.folded.length <= t.length ||
      !a.folded.endsWith(t) ||
      isWord(a.folded[a.folded.length - t.length - 1])
    )
      continue;
    if (best && a.folded.length <= best.folded.length) continue;
    if (!measureFit(a.indicator, measure)) continue;
    const lead = a.folded.length - t.length;
    if (!places.every((i) => s.startsWith(a.folded, i - lead) && !isWord(s[i - lead - 1]))) continue;
    if (a.context.length && !a.context.some((c) => containsWord(s, c))) continue;
    best = a;
  }
  return best ? best.indicator.code : null;
}

function linkText(text: string, measure: Measure, sentence: string): string | null {
  const t = foldCached(text);
  if (!t) return null;
  let s: string | null = null; // folded only when an alias needs its context
  let best: Alias | null = null;
  let bestScore = 0;
  const words = wordsAt(t);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1]?.word;
    const list = (next !== undefined && BY_TWO_WORDS.get(w.word)?.get(next)) || ONE_WORD.get(w.word);
    if (!list) continue;
    for (const a of list) {
      if (best && a.folded.length < best.folded.length) break;
      // (Whether the alias stands here first: it is the cheaper test, and few do.)
      if (!t.startsWith(a.folded, w.at) || isWord(t[w.at + a.folded.length])) continue;
      const f = measureFit(a.indicator, measure);
      if (!f) continue;
      if (PART_OF.test(t.slice(w.at + a.folded.length))) continue;
      if (IN_A_PLACE.test(text.slice(0, w.at))) continue;
      if (a.context.length) {
        s ??= foldSentence(sentence);
        const folded = s;
        if (!a.context.some((c) => containsWord(folded, c))) continue;
      }
      const score = f * 2 + (a.context.length ? 1 : 0);
      if (best && a.folded.length === best.folded.length && score <= bestScore) continue;
      best = a;
      bestScore = score;
    }
  }
  return best ? best.indicator.code : null;
}

/** The words of a folded text (runs of a-z and 0-9) and where each starts: read by hand, a regex's matches cost more. */
function wordsAt(t: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && isWordCode(t.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push({ word: t.slice(start, i), at: start });
      start = -1;
    }
  }
  return out;
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

// Facts of one sentence ask for its folded text in turn: keep the last one.
let lastSentence = "";
let lastFolded = "";
function foldSentence(sentence: string): string {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastFolded = fold(sentence);
  }
  return lastFolded;
}

/** Measures whose figures are of one kind (an amount, a rate per person, a score, x of N). */
const FAMILY: Record<string, string> = {
  level: "amount",
  rate: "amount",
  score: "amount",
  count_of_total: "amount",
  multiple: "growth",
};
const familyOf = (m: Measure) => FAMILY[m] ?? m;

/**
 * The series a fact's figure belongs to, for exports that keep one value per indicator, period
 * and place (DHIS2 data elements, SDMX's INDICATOR): the indicator's code for a figure of the
 * kind it is measured in (its first measure), else the code and the measure
 * ("total_investment_growth", "exports_pct_of_target", "schools_national_standard_count_of_total").
 */
export function seriesCode(code: string, measure: Measure): string {
  const ind = BY_CODE.get(code);
  if (!ind || familyOf(ind.measures[0]) === familyOf(measure)) return code;
  return `${code}_${measure}`;
}
