import { storeStatus } from "../analysis/load.js";
import type { Passage, StatusRow, StoredFact } from "../api/types.js";
import { areasNamedIn, knownAreas, spellingsOf } from "../store/areas.js";
import type { Store } from "../store/connect.js";
import { documentAreas, documentDates } from "../store/documents.js";
import { factsNear, queryFacts } from "../store/query.js";
import { search } from "../store/search.js";
import { fold } from "../text/fold.js";
import { passageAsked, passagesFor } from "./passages.js";
import { type Question, understand } from "./understand.js";

export interface AskOptions {
  /** Facts to return (10). */
  limit?: number;
  /** Also return every candidate's score (for tuning and tests). */
  explain?: boolean;
}

export interface Answer {
  /** One Vietnamese sentence citing the best fact, or saying that nothing was found. */
  answer: string;
  /** The facts that answer, best first. */
  facts: StoredFact[];
  /** Asked when, or which document: the dates or document numbers quoted where it is said. */
  passages: Passage[];
  question: Question;
  /** With `explain`: every candidate fact's score, best first. */
  scores?: { id: number; score: number }[];
}

/** Search hits whose facts are candidates. */
const HITS = 15;
/** Facts of a structured query kept as candidates. */
const STRUCTURED = 300;

export const NO_ANSWER = "Không tìm thấy số liệu trả lời câu hỏi này";

interface Candidate {
  fact: StoredFact;
  score: number;
  /** Best search rank of the fact's hit (0 first), or null when it came from a query only. */
  rank: number | null;
  /** It is the result or the target of a status row the question is about. */
  status: boolean;
  /** The fact's catalogue code, or for a figure without one (a "% of plan") its sentence's. */
  code: string | null;
  /** Where the figure stands among its sentence's (0 first). */
  order: number;
}

/** The unit most stored documents are about. */
async function mainArea(store: Store): Promise<string | null> {
  const counts = new Map<string, number>();
  for (const area of await documentAreas(store)) if (area) counts.set(area, (counts.get(area) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The year of the newest stored document (its date, or else its period). */
async function newestYear(store: Store): Promise<number | null> {
  const rows = await documentDates(store);
  let best: number | null = null;
  for (const r of rows) {
    const y = Number(
      /(?:19|20)\d\d/.exec(r.date ?? "")?.[0] ?? /(?:19|20)\d\d(?!.*(?:19|20)\d\d)/.exec(r.period)?.[0],
    );
    if (y && (best === null || y > best)) best = y;
  }
  return best;
}

const periodYear = (p: string) => Number(/(\d{4})(?!.*\d{4})/.exec(p)?.[1] ?? 0);
const isYear = (p: string) => /^\d{4}$/.test(p);
const isSpan = (p: string) => /^\d{4}\/\d{4}$/.test(p);

/**
 * How well a fact's period fits the periods asked: the same (3), one written for it ("2023" for
 * a term ending in 2023, a half year of a year asked: 1), or another (-3). No period asked: 0.
 */
function periodScore(q: Question, p: string): number {
  // A term asked without its years ("nhiệm kỳ tới", "cả giai đoạn"): its spans.
  // The current term first: the one ending nearest the newest report.
  if (!q.periods.length)
    return q.span && isSpan(p) ? (q.newestYear && periodYear(p) >= q.newestYear - 1 ? 1.5 : 0.5) : 0;
  if (q.periods.includes(p)) return 3;
  // A stock on a day of the month asked ("đến cuối tháng 9/2022": 2022-09-30), or on the last
  // day of the months asked ("9 tháng năm 2022": what stood at 30/9).
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) {
    if (q.periods.some((w) => /^\d{4}-\d{2}$/.test(w) && p.startsWith(w))) return 2;
    if (q.periods.some((w) => /\/(\d{4}-\d{2})$/.test(w) && p.startsWith(w.slice(-7)))) return 1.5;
  }
  if (q.periods.some((w) => w.startsWith("*") && p.endsWith(w.slice(1)))) return 3;
  // A term asked ("nhiệm kỳ 2015-2020") and its spans or last year, a year asked and its spans.
  if (q.periods.some((w) => isSpan(w) && isSpan(p) && Math.abs(periodYear(w) - periodYear(p)) <= 1)) return 2;
  if (q.periods.some((w) => isSpan(w) && periodYear(w) === periodYear(p))) return 1.5;
  if (q.periods.some((w) => isYear(w) && isSpan(p) && periodYear(p) === Number(w))) return 0;
  // A year asked, a part of it given (a stock at a day, a half year): near; a part asked, the year: far.
  if (q.periods.some((w) => isYear(w) && periodYear(p) === Number(w))) return 0.5;
  if (q.periods.some((w) => periodYear(w) === periodYear(p) && !isYear(p))) return 0;
  return -3;
}

/** The question's words in a text, as a share of them. */
function coverage(q: Question, text: string): number {
  if (!q.terms.length) return 0;
  const words = new Set(fold(text).split(/[^a-z0-9]+/));
  return q.terms.filter((t) => words.has(t)).length / q.terms.length;
}

/** Measures that say how a figure moved or stands to plan rather than the figure itself. */
const ABOUT_A_FIGURE = new Set(["growth", "change", "multiple", "pct_of_target"]);

function score(q: Question, c: Candidate, main: string | null): number {
  const f = c.fact;
  let s = 0;
  if (c.rank !== null) s += 4 / (1 + c.rank * 0.5);
  // The indicator asked: its code, and the question's words in what the figure is said of.
  if (c.code && q.indicators.includes(c.code)) s += q.primary.includes(c.code) ? 5 : 3.5;
  else if (c.code && q.group.includes(c.code)) s += 3.5;
  // Another code, unless it is the same measure of a near indicator ("giảm nghèo" asked, the
  // change of "tỷ lệ hộ nghèo" given).
  else if (
    q.indicators.length &&
    c.code &&
    !(q.measuresOf.includes(f.measure) && coverage(q, f.indicator.text) >= 0.5)
  )
    s -= 2;
  s += 3 * coverage(q, f.indicator.text) + 1.5 * coverage(q, f.sentence);
  s += periodScore(q, f.period);
  if (q.areas.length) s += q.areas.some((a) => fold(a) === fold(f.area)) ? 1.5 : -2;
  else if (q.levels.length && f.area) s += q.levels.some((l) => f.area.startsWith(`${l} `)) ? 2 : -2;
  // No unit asked: the one the reports are mostly about.
  else if (main && f.area !== main) s -= 1;
  // The kind of figure: a plan for a question about one, a result for the others.
  // (A question about a year not reported yet is of a plan, or of an estimate for it.)
  if (q.type === "target") s += f.kind === "target" ? 3 : f.kind === "forecast" ? 1 : q.future ? 0 : -2;
  else if (q.kinds.includes(f.kind)) s += 1;
  else if (f.kind === "target") s -= q.type === "lookup" ? 1.5 : 1;
  // The measure: what the question asks (a growth, a rank, a % of plan…), else the figure itself.
  if (q.measures.includes(f.measure)) {
    if (f.measure === "pct_of_target") s += q.type === "against_plan" && !q.levelFirst ? 3 : 1.5;
    else if (ABOUT_A_FIGURE.has(f.measure) || f.measure === "rank") s += q.levelFirst ? 1 : 2.5;
    else s += 1.5;
  }
  // ("xếp thứ mấy về quy mô kinh tế": the rank is asked, not the size it ranks nor its growth.)
  else if (q.measures.includes("rank")) s -= 4;
  else if (ABOUT_A_FIGURE.has(f.measure) || f.measure === "rank") s -= 2;
  // "đạt bao nhiêu và tăng bao nhiêu": the figure itself is asked first.
  if (q.levelFirst && !ABOUT_A_FIGURE.has(f.measure) && f.measure !== "rank") s += 1.5;
  if (q.gap && f.measure === "change") s += 2;
  // How a figure stands to its plan, said so ("vượt 0,84% NQ", "thấp hơn kế hoạch 2,63 điểm %"):
  // what a question about a plan asks.
  if ((q.type === "status" || q.type === "against_plan") && f.measure === "change" && againstPlan(f)) s += 4;
  // The unit asked for ("bao nhiêu tỷ đồng", "mấy phần trăm").
  if (q.units.length) {
    const unit = fold(f.unit);
    const named = q.units.some((u) => (u === "%" ? unit.startsWith("%") : ` ${unit} `.includes(` ${u}`)));
    s += named ? 2 : unit && !unit.startsWith("%") ? -1 : 0;
  }
  if (c.status) s += 2;
  // Among a sentence's figures, the first is usually what it is about.
  s -= Math.min(c.order, 6) * 0.1;
  return s;
}

/** A change written against a plan: "vượt 0,84% NQ", "thấp hơn 2,63 điểm % so với kế hoạch". */
function againstPlan(f: StoredFact): boolean {
  if (f.base === "plan" || f.base === "resolution" || f.base === "budget_estimate") return true;
  const at = f.sentence.indexOf(f.value_text);
  if (at < 0) return false;
  const before = fold(f.sentence.slice(Math.max(0, at - 40), at));
  const after = fold(f.sentence.slice(at + f.value_text.length, at + f.value_text.length + 40));
  // ("thấp hơn kế hoạch 1,3 điểm %": the plan named before the figure.)
  if (
    /\b(?:vuot|hut|thap hon|cao hon)\s+(?:so voi\s+)?(?:ke hoach|kh|chi tieu|nq|nghi quyet|du toan|muc tieu|kich ban)\b[^,;]{0,20}$/.test(
      before,
    )
  )
    return true;
  return (
    /\b(?:vuot|hut|thap hon|cao hon|chua dat)\b[^,;]*$/.test(before) &&
    /^\s*(?:diem\s*)?%?\s*(?:so voi\s*)?(?:ke hoach|kh|chi tieu|nq|nghi quyet|du toan|muc tieu)\b/.test(after)
  );
}

/** A list asked of what fell short: "chưa đạt", "không hoàn thành", "đạt thấp", "hụt". */
const NEGATIVE = /\b(?:khong|chua) (?:dat|hoan thanh)|\bdat thap\b|\bhut\b/;

/** The status rows a question asks about: those not met (or met), or its indicators'. */
function statusRowsFor(q: Question, rows: StatusRow[], main: string | null): StatusRow[] {
  const negative = NEGATIVE.test(q.folded);
  const judged = (r: StatusRow) => !!r.target && !!r.result;
  // Of the unit asked: named, or its level ("của huyện"); else of any.
  const inArea = (r: StatusRow) =>
    q.areas.length
      ? q.areas.some((a) => fold(a) === fold(r.area))
      : q.levels.length
        ? q.levels.some((l) => r.area.startsWith(`${l} `))
        : !main || r.area === main;
  const chosen = rows.filter(
    (r) =>
      inArea(r) &&
      (q.type === "list"
        ? judged(r) && (negative ? r.status === "not_met" : r.status === "exceeded" || r.status === "met")
        : r.indicator.code !== null && q.indicators.includes(r.indicator.code)),
  );
  // An indicator's row against its plan first, of the period asked, the newest document first.
  return chosen.sort(
    (a, b) =>
      Number(judged(b)) - Number(judged(a)) ||
      periodScore(q, b.period) - periodScore(q, a.period) ||
      periodYear(b.period) - periodYear(a.period) ||
      (b.result?.document?.date ?? "").localeCompare(a.result?.document?.date ?? ""),
  );
}

/**
 * The stored figures of a status row: its result, the "% of plan" stated beside it, then its
 * target — for a list of indicators against plan, the "% of plan" first.
 */
function rowFacts(r: StatusRow, pctFirst = false): StoredFact[] {
  const target = r.target && "derived" in r.target ? r.target.from : r.target;
  const pct =
    r.stated_pct_of_target === null
      ? undefined
      : r.versions.find(
          (v) =>
            v.measure === "pct_of_target" && v.doc === r.result?.doc && v.sentence === r.result?.sentence,
        );
  const order = pctFirst ? [pct, r.result, target] : [r.result, pct, target];
  const out: StoredFact[] = [];
  for (const f of order)
    if (f && typeof f.id === "number" && f.document && !out.includes(f as StoredFact))
      out.push(f as StoredFact);
  return out;
}

/** The indicator as a reader says it: the document's words, lower-cased at the start. */
function describe(f: StoredFact): string {
  const t = f.indicator.text.trim() || f.indicator.code || "số liệu";
  return t.charAt(0).toLowerCase() + t.slice(1);
}

function periodWords(p: string): string {
  let m = /^(\d{4})-S1$/.exec(p);
  if (m) return `6 tháng đầu năm ${m[1]}`;
  m = /^(\d{4})-S2$/.exec(p);
  if (m) return `6 tháng cuối năm ${m[1]}`;
  m = /^(\d{4})-Q(\d)$/.exec(p);
  if (m) return `quý ${m[2]} năm ${m[1]}`;
  m = /^(\d{4})\/(\d{4})$/.exec(p);
  if (m) return `giai đoạn ${m[1]}–${m[2]}`;
  m = /^(\d{4})-(\d\d)$/.exec(p);
  if (m) return `tháng ${Number(m[2])}/${m[1]}`;
  if (/^\d{4}$/.test(p)) return `năm ${p}`;
  return p ? `kỳ ${p}` : "";
}

const KIND_WORDS: Record<string, string> = { target: "chỉ tiêu", forecast: "dự báo", estimate: "ước" };

const figure = (f: { value_text: string; unit: string; qualifier?: string }) =>
  `${f.qualifier === ">" ? "trên " : f.qualifier === "<" ? "dưới " : f.qualifier === "~" ? "khoảng " : ""}${f.value_text}${f.unit ? ` ${f.unit}` : ""}`;

/** "Theo <doc> (dòng <line>), <indicator> <period> là <value> <unit>." */
export function sentenceFor(f: StoredFact): string {
  const kind = KIND_WORDS[f.kind] ? ` (${KIND_WORDS[f.kind]})` : "";
  const period = periodWords(f.period);
  return `Theo ${f.doc} (dòng ${f.line}), ${describe(f)}${kind}${period ? ` ${period}` : ""} là ${figure(f)}.`;
}

const VERDICT: Record<string, string> = {
  exceeded: "vượt kế hoạch",
  met: "đạt kế hoạch",
  not_met: "không đạt kế hoạch",
};

/**
 * A status row said as a verdict with both figures: "Theo 001.txt (dòng 19), tốc độ tăng trưởng
 * kinh tế (GRDP) năm 2023 là 7,86 %, kế hoạch trên 10,0 % (000.txt, dòng 1382): không đạt kế
 * hoạch (78,6% kế hoạch)."
 */
export function verdictFor(r: StatusRow): string | null {
  if (!r.result || !r.target || !VERDICT[r.status]) return null;
  const name = r.name.charAt(0).toLowerCase() + r.name.slice(1);
  const period = periodWords(r.period);
  const t = r.target;
  const plan =
    "derived" in t
      ? `kế hoạch khoảng ${t.value_text}${t.unit ? ` ${t.unit}` : ""} (suy ra từ ${t.from.value_text}% kế hoạch, dòng ${t.line})`
      : `kế hoạch ${figure(t)} (${t.doc}, dòng ${t.line})`;
  const pct = r.stated_pct_of_target ?? r.pct_of_target;
  const share =
    pct !== null && r.direction === "up"
      ? ` (${pct.toLocaleString("vi-VN", { maximumFractionDigits: 2 })}% kế hoạch)`
      : "";
  return `Theo ${r.result.doc} (dòng ${r.result.line}), ${name}${period ? ` ${period}` : ""} là ${figure(r.result)}, ${plan}: ${VERDICT[r.status]}${share}.`;
}

/** Answer a question from the stored facts, deterministically: the facts best first and a sentence. */
export async function ask(store: Store, text: string, opts: AskOptions = {}): Promise<Answer> {
  const limit = opts.limit ?? 10;
  const q = understand(text, await newestYear(store));
  const main = await mainArea(store);
  // A unit the catalogue did not find: named without diacritics ("huyen Dien Bien") or without
  // its level word ("Nghệ An", "Nam Giang"), among the units the store knows.
  if (!q.areas.length) {
    const named = areasNamedIn(await knownAreas(store), text);
    if (named.length) {
      q.areas.push(...new Set(named.flatMap(spellingsOf)));
      q.levels = [];
    }
  }
  const byId = new Map<number, Candidate>();
  const add = (fact: StoredFact, rank: number | null, status = false) => {
    const c = byId.get(fact.id);
    if (c) {
      if (rank !== null && (c.rank === null || rank < c.rank)) c.rank = rank;
      c.status ||= status;
    } else byId.set(fact.id, { fact, score: 0, rank, status, code: fact.indicator.code, order: 0 });
  };

  const { hits } = await search(store, text, { limit: HITS });
  const asked = passageAsked(q.folded);
  const passages = asked ? await passagesFor(store, asked, hits, limit, text) : [];
  hits.forEach((h, i) => {
    for (const f of h.facts) add(f, i);
  });
  for (const code of [...q.indicators, ...q.group]) {
    const periods = q.periods.length ? q.periods : [undefined];
    for (const period of periods) {
      const exact = period?.startsWith("*") ? undefined : period;
      const facts = await queryFacts(store, { indicator: code, period: exact, limit: STRUCTURED });
      for (const f of facts) add(f, null);
    }
  }
  let rows: StatusRow[] = [];
  if (q.type === "list" || q.type === "status" || q.type === "against_plan") {
    const period =
      q.periods.find((p) => /^\d{4}$|^\d{4}\/\d{4}$/.test(p)) ?? q.periods.find((p) => !p.startsWith("*"));
    rows = statusRowsFor(q, await storeStatus(store, { period, area: q.areas[0] }), main);
    // The figures of rows set against a plan: a plan without its result answers no status.
    for (const r of rows)
      if (r.target && r.result) for (const f of rowFacts(r, q.type === "list")) add(f, null, true);
  }
  // Indicators listed as short of (or up to) their plan: what the reports say in "% of plan".
  if (q.type === "list") {
    const negative = NEGATIVE.test(q.folded);
    for (const f of await queryFacts(store, { area: q.areas[0], limit: 5000 })) {
      if (f.measure !== "pct_of_target" || f.kind === "target" || f.kind === "forecast") continue;
      if (q.periods.length && periodScore(q, f.period) <= 0) continue;
      if (q.levels.length && !q.levels.some((l) => f.area.startsWith(`${l} `))) continue;
      const at = f.sentence.indexOf(f.value_text);
      const exceeds = /\bvuot\s*$/.test(fold(f.sentence.slice(Math.max(0, at - 12), Math.max(0, at))));
      const below = f.value < 100 && !exceeds;
      if (below === negative) add(f, null, true);
    }
  }

  // The other figures of the best candidates' sentences: the one asked may carry no code ("có 48
  // xã đạt chuẩn …" reads its noun after the figure) where its neighbours do.
  const first = [...byId.values()]
    .map((c) => ({ c, s: score(q, c, main) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, 10);
  const sentences = new Map(first.map(({ c }) => [`${c.fact.doc}\u0000${c.fact.sentence}`, c.rank]));
  if (first.length) {
    // The figures of those sentences: stored with them, on their lines (a sentence spans a few).
    const near = await factsNear(
      store,
      first.map(({ c }) => ({ documentId: c.fact.document.id, line: c.fact.line })),
      12,
    );
    for (const f of near) {
      const key = `${f.doc}\u0000${f.sentence}`;
      if (sentences.has(key)) add(f, sentences.get(key) ?? null);
    }
  }

  // A figure without a code is about what its neighbours in the sentence are: a "% of plan" what
  // the figure before it is, a figure whose noun follows it ("có 48 xã đạt chuẩn …, tăng 04 xã")
  // what the figure after it is.
  const orderIn = new Map<string, StoredFact[]>();
  for (const c of byId.values()) {
    const key = `${c.fact.doc}\u0000${c.fact.sentence}`;
    orderIn.set(key, [...(orderIn.get(key) ?? []), c.fact]);
  }
  for (const list of orderIn.values()) list.sort((a, b) => a.line - b.line || a.column - b.column);
  for (const list of orderIn.values()) {
    // In reading order, so that a "% of plan" takes what its figure was given.
    const codes: (string | null)[] = list.map((f) => f.indicator.code);
    list.forEach((f, i) => {
      const c = byId.get(f.id);
      if (!c) return;
      c.order = i;
      if (c.code) return;
      const before = codes[i - 1] ?? null;
      const after = list[i + 1]?.indicator.code ?? null;
      // Else the nearest figure of the sentence before it in the same unit ("… công nghiệp ước
      // đạt 2.095 tỷ đồng …; năm 2025, ước đạt 2.297 tỷ đồng").
      let same: string | null = null;
      for (let j = i - 1; j >= 0 && !same && f.unit && !f.unit.startsWith("%"); j--)
        if (codes[j] && list[j].unit === f.unit) same = codes[j];
      c.code = (f.measure === "pct_of_target" ? (before ?? after) : (after ?? before)) ?? same;
      codes[i] = c.code;
    });
  }
  // A figure restated later in its report (a summary repeats the headline figures) is cited
  // where it is first stated.
  const firstSaid = new Map<string, number>();
  for (const c of byId.values()) {
    const key = `${c.fact.doc}|${c.code}|${c.fact.measure}|${c.fact.period}|${c.fact.value}`;
    firstSaid.set(key, Math.min(firstSaid.get(key) ?? Number.MAX_SAFE_INTEGER, c.fact.line));
  }
  const restated = (c: Candidate) =>
    (firstSaid.get(`${c.fact.doc}|${c.code}|${c.fact.measure}|${c.fact.period}|${c.fact.value}`) ??
      c.fact.line) < c.fact.line;
  // Asked whether a plan was met: the result stated beside its plan ("chỉ đạt 7,06%, thấp hơn
  // kịch bản … (đã dự kiến 9,69%)") before the same result stated alone.
  const sentenceKey = (f: StoredFact) => `${f.doc}\u0000${f.line}\u0000${f.sentence}`;
  const besidePlan = new Set(
    [...byId.values()]
      .filter((c) => c.fact.kind === "target" || (c.fact.measure === "change" && againstPlan(c.fact)))
      .map((c) => sentenceKey(c.fact)),
  );
  const planQuestion = q.type === "status";
  const ranked = [...byId.values()]
    .map((c) => ({
      ...c,
      score:
        score(q, c, main) -
        (restated(c) ? 1.5 : 0) +
        (planQuestion && c.fact.kind !== "target" && besidePlan.has(sentenceKey(c.fact)) ? 1 : 0),
    }))
    .sort((a, b) => b.score - a.score || (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.fact.id - b.fact.id);

  const explained = opts.explain ? { scores: ranked.map((c) => ({ id: c.fact.id, score: c.score })) } : {};

  // A status question is answered by its indicator's row: the verdict, with both figures first.
  const row = q.type === "status" ? rows.find((r) => r.target && r.result) : undefined;
  const verdict = row ? verdictFor(row) : null;
  if (row && verdict) {
    // ("… có đạt kế hoạch không, hụt bao nhiêu?": the shortfall stated against the plan first.)
    const shortfall = q.gap
      ? ranked.find(
          (c) =>
            c.fact.measure === "change" &&
            againstPlan(c.fact) &&
            c.fact.area === row.area &&
            c.fact.period === row.period &&
            row.indicator.code !== null &&
            (c.code ?? c.fact.indicator.code) === row.indicator.code,
        )?.fact
      : undefined;
    const lead = [...(shortfall ? [shortfall] : []), ...rowFacts(row)];
    const ids = new Set(lead.map((f) => f.id));
    const facts = [...lead, ...ranked.map((c) => c.fact).filter((f) => !ids.has(f.id))].slice(0, limit);
    return { answer: verdict, facts, passages, question: q, ...explained };
  }

  const facts = ranked.slice(0, limit).map((c) => c.fact);
  // A fact fits when it is the indicator asked about (or, for a question naming none, among the
  // first search hits and saying what the question says), and of the period asked.
  const named = [...q.indicators, ...q.group];
  const fit = ranked.find(
    (c) =>
      (named.length
        ? c.code !== null && named.includes(c.code)
        : c.status ||
          (c.rank !== null &&
            c.rank < 3 &&
            coverage(q, `${c.fact.sentence} ${c.fact.indicator.text}`) >= 0.5)) &&
      (!q.periods.length || periodScore(q, c.fact.period) > 0),
  );
  // Asked when or which document: the passage that says it, quoted.
  const quoted = passages[0];
  if (quoted)
    return {
      answer: `Theo ${quoted.doc} (dòng ${quoted.line}): ${quoted.text} — «${excerpt(quoted.sentence, quoted.text)}».`,
      facts,
      passages,
      question: q,
      ...explained,
    };
  // Nothing fits: no figure is given as the answer; the nearest are listed for the reader to see.
  if (!fit) return { answer: `${NO_ANSWER}.`, facts, passages, question: q, ...explained };
  return { answer: sentenceFor(fit.fact), facts, passages, question: q, ...explained };
}

/** Up to 200 characters of a line around what it quotes. */
function excerpt(line: string, text: string): string {
  const at = Math.max(0, line.indexOf(text));
  const start = Math.max(0, at - 100);
  const cut = line.slice(start, start + 200).trim();
  return `${start > 0 ? "…" : ""}${cut}${start + 200 < line.length ? "…" : ""}`;
}
