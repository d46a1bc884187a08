import { findAreas } from "../catalogue/areas.js";
import { INDICATORS } from "../catalogue/indicators.js";
import type { Kind, Measure } from "../facts/types.js";
import { findPeriods } from "../periods/mentions.js";
import { parseQuery } from "../search/query.js";
import { fold } from "../text/fold.js";

/** What a question asks for. */
export type QuestionType = "lookup" | "target" | "against_plan" | "list" | "status";

export interface Question {
  text: string;
  /** The question folded: no diacritics, lower case. */
  folded: string;
  /** Catalogue codes named in the question, longest alias first. */
  indicators: string[];
  /** Period codes named in the question ("2023", "2023-S1", "2020/2025"; "*-S1": a first half of any year). */
  periods: string[];
  /** Areas named in the question ("huyện Điện Biên"), as written. */
  areas: string[];
  /** Levels named without a name ("của huyện", "toàn tỉnh"): the area the reader means. */
  levels: string[];
  type: QuestionType;
  /** The question's words that say what it is about (question words dropped), folded. */
  terms: string[];
  /** The kinds of figure wanted (target for "chỉ tiêu … năm 2024"). */
  kinds: Kind[];
  /** The measures wanted (pct_of_target for "đạt bao nhiêu phần trăm kế hoạch"). */
  measures: Measure[];
}

interface Alias {
  folded: string;
  code: string;
}

/** Every alias of the catalogue, folded, without its context words, longest first. */
const ALIASES: Alias[] = INDICATORS.flatMap((ind) =>
  [ind.name_vi, ...ind.aliases].map((a) => ({
    folded: fold(a.replace(/\{.*\}$/, "")).trim(),
    code: ind.code,
  })),
)
  .filter((a) => a.folded.length > 2)
  .sort((a, b) => b.folded.length - a.folded.length);

const isWord = (c: string | undefined) => !!c && /[a-z0-9]/.test(c);

/** Catalogue codes whose aliases stand as whole words in the folded text, longest first. */
export function indicatorsIn(folded: string): string[] {
  const taken: [number, number][] = [];
  const codes: string[] = [];
  for (const a of ALIASES) {
    for (let i = folded.indexOf(a.folded); i !== -1; i = folded.indexOf(a.folded, i + 1)) {
      const e = i + a.folded.length;
      if (isWord(folded[i - 1]) || isWord(folded[e])) continue;
      if (taken.some(([s, t]) => i < t && e > s)) continue;
      taken.push([i, e]);
      if (!codes.includes(a.code)) codes.push(a.code);
    }
  }
  return codes;
}

/** Words of most questions that do not say what they are about. */
const PLAIN = new Set(
  "nam thang dau nua giua cua tinh huyen xa dat duoc la bao nhieu may phan tram ke hoach chi tieu muc tieu co khong so voi va cac nhung nao the gi ra sao".split(
    " ",
  ),
);

const YEAR = String.raw`((?:19|20)\d\d)`;

/**
 * Period codes of the question. `newestYear` is the year of the newest stored document: what
 * "năm nay" and a half year without its year are about.
 */
export function periodsIn(text: string, folded: string, newestYear: number | null): string[] {
  const out: string[] = [];
  const add = (c: string) => {
    if (!out.includes(c)) out.push(c);
  };
  for (const p of findPeriods(text)) if (!p.base && !p.price) add(p.code);
  // The same on folded text (a question typed without diacritics), and relative periods.
  const half = /(?:6 thang dau nam|nua dau nam|giua nam|6 thang qua|6 thang)(?:\s+(?:nam\s+)?(\d{4}))?/.exec(
    folded,
  );
  if (half) {
    // A half year without its year: the first half of any year, the newest preferred.
    const y = half[1] ?? new RegExp(YEAR).exec(folded)?.[1];
    add(y ? `${y}-S1` : "*-S1");
  }
  const span = new RegExp(`${YEAR}\\s*[-–—/]\\s*${YEAR}`).exec(folded);
  if (span) add(`${span[1]}/${span[2]}`);
  for (const m of folded.matchAll(new RegExp(`(?<![\\d/.,-])${YEAR}(?![\\d/.,]\\d|\\s*[-–—]\\s*\\d)`, "g"))) {
    if (!half || !out.some((c) => c.startsWith(m[1]))) add(m[1]);
  }
  if (newestYear) {
    if (/\bnam nay\b/.test(folded)) add(String(newestYear));
    if (/\bnam (?:truoc|ngoai|qua)\b/.test(folded)) add(String(newestYear - 1));
    if (/\bnam (?:toi|sau)\b/.test(folded)) add(String(newestYear + 1));
  }
  return out;
}

const LIST = /\bchi tieu\b.*\bnao\b|\b(?:nhung|cac)\b.*\bnao\b.*\b(?:khong|chua) (?:dat|hoan thanh)\b/;
const STATUS = /\bco (?:dat|vuot|hoan thanh|theo kip)\b.*\bkhong\b|\bdat\b.*\bkhong\b/;
const AGAINST_PLAN =
  /(?:phan tram|%|bang may|vuot)\s*(?:so voi\s*)?(?:chi tieu|ke hoach|du toan|nghi quyet|kh|nq)|so voi (?:du toan|ke hoach|nghi quyet|chi tieu)|vuot ke hoach/;
const TARGET = /\b(?:chi tieu|ke hoach|muc tieu|phan dau|dat ra|de ra|yeu cau|giao|du kien|dat muc tieu)\b/;

/**
 * "Chỉ tiêu … của huyện", "toàn tỉnh": a level without a name. Folded "tinh" is also "tính"
 * (ước tính), so a level word counts after a word that governs a place, or opening the question.
 */
function levelsIn(folded: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|\b(?:cua|toan|dia ban|trong|cap|tai|o|moi|ca))\s*(huyen|tinh)\b/g;
  for (let m = re.exec(folded); m; m = re.exec(folded)) out.add(m[1] === "huyen" ? "huyện" : "tỉnh");
  return [...out];
}

/** Read a question: indicators, periods, area, and what kind of answer it wants. */
export function understand(text: string, newestYear: number | null = null): Question {
  const folded = fold(text).replace(/\s+/g, " ").trim();
  const periods = periodsIn(text, folded, newestYear);
  const areas = [...new Set(findAreas(text).map((a) => a.area))];
  let type: QuestionType = "lookup";
  const future = newestYear !== null && periods.some((p) => Number(p.slice(-4)) > newestYear);
  if (LIST.test(folded)) type = "list";
  else if (STATUS.test(folded)) type = "status";
  else if (AGAINST_PLAN.test(folded)) type = "against_plan";
  else if (TARGET.test(folded) || future) type = "target";
  const kinds: Kind[] = type === "target" ? ["target", "forecast"] : ["actual", "estimate"];
  const measures: Measure[] = [];
  if (type === "against_plan" || type === "status" || type === "list") measures.push("pct_of_target");
  if (/\bxep\b|\bthu may\b|\bxep hang\b|\bhang\b/.test(folded)) measures.push("rank");
  if (/\bty trong\b|\bco cau\b/.test(folded)) measures.push("share");
  if (/\btang\b.*\b(?:phan tram|%)|\btang truong\b|\btoc do\b/.test(folded)) measures.push("growth");
  if (/\bgap\b.*\blan\b/.test(folded)) measures.push("multiple");
  if (/\bty le\b/.test(folded)) measures.push("rate", "share");
  const terms = [...new Set(parseQuery(text).terms)].filter((t) => !/\d/.test(t) && !PLAIN.has(t));
  const levels = areas.length ? [] : levelsIn(folded);
  return {
    text,
    folded,
    indicators: indicatorsIn(folded),
    periods,
    areas,
    levels,
    type,
    terms,
    kinds,
    measures,
  };
}
