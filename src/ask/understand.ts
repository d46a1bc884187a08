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
  /** The codes of its first (longest) name: what it is about. */
  primary: string[];
  /** The codes of a group the question names instead (the economy's structure, a sector). */
  group: string[];
  /** The measures the catalogue gives the indicators named ("change" for "giảm nghèo"). */
  measuresOf: Measure[];
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
  /** Units the question counts in, folded ("ty dong" for "bao nhiêu tỷ đồng", "%" for "mấy phần trăm"). */
  units: string[];
  /** It asks by how much a figure falls short of or passes its plan ("hụt bao nhiêu"). */
  gap: boolean;
  /** It asks the figure itself before how it moved ("đạt bao nhiêu và tăng bao nhiêu"). */
  levelFirst: boolean;
  /** It is a question of a target only because its period is after the newest report's. */
  future: boolean;
  /** It names a term or a span without its years ("nhiệm kỳ tới", "cả giai đoạn"). */
  span: boolean;
  /** The year of the newest stored report, if known. */
  newestYear: number | null;
}

/** How much a figure grew: "tăng bao nhiêu (phần trăm)", "tăng trưởng", "so với cùng kỳ". */
const GROWTH =
  /\btang (?:bao nhieu|may)(?! (?:diem|nguoi|ho|xa|con|luot|du an|doanh nghiep|dang vien|lao dong|truong|ha|tan)\b)|\btang truong (?:binh quan )?(?:bao nhieu|may|la)\b|\bso voi (?:cung ky|nam truoc|nam \d{4}|giai doan truoc|ky truoc)|\btang (?:bao nhieu )?phan tram\b|\btang hay giam\b|\bthe nao so voi\b|\btoc do tang\b|\b(?:muc tieu |chi tieu )?tang truong (?!binh quan dau nguoi)/;
/** A change in points or in its own unit: "giảm bao nhiêu điểm phần trăm", "mức giảm". */
const CHANGE =
  /\b(?:giam|tang) (?:bao nhieu|may) (?:diem|nguoi|ho|xa|con|luot|du an|doanh nghiep|dang vien|lao dong|truong|ha|tan)\b|\bdiem phan tram\b|\bmuc giam\b|\bhut\b|\b(?:thap|cao) hon\b[^?]*\bbao nhieu\b|\bchenh lech\b/;
/** The gap to a plan: "hụt bao nhiêu", "thấp hơn kế hoạch bao nhiêu", "vượt bao nhiêu". */
const GAP = /\bhut\b|\b(?:thap|cao) hon\b.*\bbao nhieu\b|\bvuot bao nhieu\b|\bcon thieu\b/;

/** Units a figure may be asked in, folded, longest first. */
const UNITS = [
  "nghin ty dong",
  "ty dong",
  "trieu dong",
  "trieu usd",
  "usd",
  "nghin luot",
  "luot",
  "ha",
  "tan",
  "nguoi",
  "ho",
  "xa",
  "con",
  "can",
  "nha",
  "truong",
  "lao dong",
  "doanh nghiep",
  "hop tac xa",
  "dang vien",
  "du an",
  "vu",
  "doi tuong",
  "ngay",
  "tieu chi",
  "bac si",
  "giuong",
  "km",
  "diem",
  "san pham",
  "nghi quyet",
  "dai bieu",
];

/**
 * Whether the figure itself is asked before its growth or its share of the plan: "đạt bao nhiêu
 * và tăng bao nhiêu", "đón bao nhiêu khách, được mấy phần trăm kế hoạch".
 */
function levelFirst(folded: string): boolean {
  const level =
    /\b(?:dat|la|co|duoc|don|thu|bao nhieu)\s+(?:duoc\s+)?(?:bao nhieu|may)\b(?! (?:phan tram|%|lan|diem))/.exec(
      folded,
    );
  if (!level) return false;
  // ("đạt bao nhiêu so với dự toán": the share of the plan is what is asked.)
  if (
    /^\s*(?:phan tram\s+)?so voi (?:du toan|ke hoach|kh|chi tieu|muc tieu|nghi quyet)\b/.test(
      folded.slice(level.index + level[0].length),
    )
  )
    return false;
  const other = /\b(?:tang|giam|phan tram|%|so voi|bang may|gap)\b/.exec(
    folded.slice(level.index + level[0].length),
  );
  return !!other;
}

/** The units named right after "bao nhiêu" or "mấy": "bao nhiêu tỷ đồng", "mấy xã". */
function unitsAsked(folded: string): string[] {
  const out: string[] = [];
  for (const m of folded.matchAll(/\b(?:bao nhieu|may)\s+([a-z ]{1,20})/g)) {
    const after = m[1];
    if (/^phan tram\b/.test(after)) out.push("%");
    const unit = UNITS.find((u) => after === u || after.startsWith(`${u} `));
    if (unit) out.push(unit);
  }
  return [...new Set(out)];
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

/**
 * What a question may name as a whole rather than one indicator: the economy's structure (the
 * shares of GRDP's sectors), or a sector of the catalogue ("ngành du lịch", "lĩnh vực y tế").
 */
const STRUCTURE =
  /\bco cau (?:kinh te|grdp|nen kinh te|tong san pham|cac khu vuc|cac nganh)\b|\bty trong (?:cac|tung) (?:khu vuc|nganh)\b/;
const SHARES_OF_GRDP = INDICATORS.filter((i) => i.parent === "grdp" && i.measures.includes("share")).map(
  (i) => i.code,
);
const SECTORS = [...new Set(INDICATORS.map((i) => i.sector))].map((s) => ({
  folded: fold(s),
  codes: INDICATORS.filter((i) => i.sector === s).map((i) => i.code),
}));

/** The indicators a question names as a group, when it names none by itself. */
export function groupIn(folded: string): string[] {
  if (STRUCTURE.test(folded)) return SHARES_OF_GRDP;
  for (const s of SECTORS)
    if (new RegExp(`\\b(?:nganh|linh vuc|ve) ${s.folded}\\b`).test(folded)) return s.codes;
  return [];
}

/** Catalogue codes whose aliases stand as whole words in the folded text, longest first. */
export function indicatorsIn(folded: string): string[] {
  return indicatorSpans(folded)
    .flatMap((s) => s.codes)
    .filter((c, i, all) => all.indexOf(c) === i);
}

/**
 * The names of indicators in a question, longest first, each with every code it names ("GRDP"
 * is the product and its growth: the measure asked tells them apart).
 */
function indicatorSpans(folded: string): { start: number; end: number; codes: string[] }[] {
  const spans: { start: number; end: number; codes: string[] }[] = [];
  for (const a of ALIASES) {
    for (let i = folded.indexOf(a.folded); i !== -1; i = folded.indexOf(a.folded, i + 1)) {
      const e = i + a.folded.length;
      if (isWord(folded[i - 1]) || isWord(folded[e])) continue;
      const same = spans.find((s) => s.start === i && s.end === e);
      if (same) {
        if (!same.codes.includes(a.code)) same.codes.push(a.code);
        continue;
      }
      if (spans.some((s) => i < s.end && e > s.start)) continue;
      spans.push({ start: i, end: e, codes: [a.code] });
    }
  }
  return spans;
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
    // What the figure is compared with ("so với năm 2022") or priced at ("giá so sánh 2010")
    // is not the period asked.
    const before = folded.slice(Math.max(0, (m.index ?? 0) - 24), m.index);
    if (
      /(?:so voi|so|gia so sanh|gia ss|gia hien hanh|gia co dinh)(?:\s+(?:nam|cung ky|ky|giai doan))?\s*$/.test(
        before,
      )
    )
      continue;
    if (!half || !out.some((c) => c.startsWith(m[1]))) add(m[1]);
  }
  // A year named within a part of it ("6 tháng đầu năm 2023") is that part only.
  for (const c of [...out]) {
    if (/^\d{4}$/.test(c) && out.some((o) => o !== c && o.startsWith(`${c}-`))) out.splice(out.indexOf(c), 1);
  }
  if (newestYear) {
    if (/\bnam nay\b/.test(folded) && !half) add(String(newestYear));
    // ("… năm 2023 tăng bao nhiêu so với năm trước": the base of a comparison, not the year asked.)
    if (/(?<!\bso voi |\bso )\bnam (?:truoc|ngoai|qua)\b/.test(folded) && !out.length)
      add(String(newestYear - 1));
    if (/\bnam (?:toi|sau)\b/.test(folded)) add(String(newestYear + 1));
  }
  return out;
}

const LIST =
  /\bchi tieu\b.*(?<!\bthe )\bnao\b|\b(?:nhung|cac)\b.*(?<!\bthe )\bnao\b.*\b(?:khong|chua) (?:dat|hoan thanh)\b/;
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
  // ("có bao nhiêu chỉ tiêu đạt và vượt kế hoạch?": a count of the targets met, out of all the
  // plan set — a result looked up, not a plan.)
  const countsTargetsMet =
    /\b(?:bao nhieu|may) chi tieu\b.*\b(?:dat|vuot|hoan thanh)\b|\b(?:dat|vuot|hoan thanh)\b.*\b(?:bao nhieu|may) chi tieu\b/.test(
      folded,
    );
  if (countsTargetsMet) type = "lookup";
  else if (LIST.test(folded)) type = "list";
  else if (STATUS.test(folded)) type = "status";
  else if (AGAINST_PLAN.test(folded)) type = "against_plan";
  else if (TARGET.test(folded) || future) type = "target";
  const kinds: Kind[] = type === "target" ? ["target", "forecast"] : ["actual", "estimate"];
  const measures: Measure[] = [];
  if (type === "against_plan" || type === "status" || type === "list") measures.push("pct_of_target");
  // A rank asked ("đứng thứ mấy") is the figure asked, whatever the indicator's words.
  const rank = /\bxep\b|\bthu may\b|\bxep hang\b|\bhang (?:may|thu)\b|\bdung thu\b/.test(folded);
  if (rank) measures.push("rank");
  if (/\bty trong\b|\bco cau\b|\bchiem\b/.test(folded)) measures.push("share");
  if (GROWTH.test(folded) && !rank) measures.push("growth");
  if (CHANGE.test(folded)) measures.push("change");
  if (/\bgap\b|\bbao nhieu lan\b|\bmay lan\b/.test(folded)) measures.push("multiple");
  if (countsTargetsMet) measures.push("count_of_total");
  if (/\bty le\b|\bphan tram\b(?! ke hoach| chi tieu| du toan| nghi quyet| kh\b)/.test(folded))
    measures.push("rate", "share");
  const terms = [...new Set(parseQuery(text).terms)].filter((t) => !/\d/.test(t) && !PLAIN.has(t));
  const levels = areas.length ? [] : levelsIn(folded);
  const spans = indicatorSpans(folded);
  const indicators = indicatorsIn(folded);
  return {
    text,
    folded,
    indicators,
    primary: spans[0]?.codes ?? [],
    group: indicators.length ? [] : groupIn(folded),
    measuresOf: [
      ...new Set(INDICATORS.filter((i) => indicators.includes(i.code)).flatMap((i) => i.measures)),
    ],
    periods,
    areas,
    levels,
    type,
    terms,
    kinds,
    measures,
    units: unitsAsked(folded),
    gap: GAP.test(folded),
    levelFirst: levelFirst(folded),
    future: type === "target" && !TARGET.test(folded),
    span: /\b(?:nhiem ky|giai doan|5 nam|nam nam)\b/.test(folded),
    newestYear,
  };
}
