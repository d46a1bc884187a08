import { storeStatus } from "../analysis/load.js";
import type { StatusRow } from "../analysis/status.js";
import type { Store } from "../store/connect.js";
import { queryFacts, type StoredFact } from "../store/query.js";
import { search } from "../store/search.js";
import { fold } from "../text/fold.js";
import { type Question, understand } from "./understand.js";

export interface AskOptions {
  /** Facts to return (10). */
  limit?: number;
}

export interface Answer {
  /** One Vietnamese sentence citing the best fact, or saying that nothing was found. */
  answer: string;
  /** The facts that answer, best first. */
  facts: StoredFact[];
  question: Question;
}

/** Search hits whose facts are candidates. */
const HITS = 12;
/** Facts of a structured query kept as candidates. */
const STRUCTURED = 300;

export const NO_ANSWER = "Chưa tìm thấy số liệu trả lời câu hỏi này";

interface Candidate {
  fact: StoredFact;
  score: number;
  /** Best search rank of the fact's hit (0 first), or null when it came from a query only. */
  rank: number | null;
  status: boolean;
  /** The fact's catalogue code, or for a figure without one (a "% of plan") its sentence's. */
  code: string | null;
}

/** The year of the newest stored document (its date, or else its period). */
async function newestYear(store: Store): Promise<number | null> {
  const rows = await store.db.selectFrom("documents").select(["date", "period"]).execute();
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

function periodScore(q: Question, p: string): number {
  if (!q.periods.length) return 0;
  if (q.periods.includes(p)) return 2;
  if (q.periods.some((w) => w.startsWith("*") && p.endsWith(w.slice(1)))) return 2;
  // A year asked takes in its half years and spans ending that year, a little less.
  if (q.periods.some((w) => periodYear(w) > 0 && periodYear(w) === periodYear(p))) return 1;
  return -1;
}

function score(q: Question, c: Candidate): number {
  const f = c.fact;
  let s = 0;
  if (c.rank !== null) s += 6 / (1 + c.rank * 0.6);
  if (c.code && q.indicators.includes(c.code)) s += 3;
  else if (q.indicators.length && c.code) s -= 0.5;
  s += periodScore(q, f.period);
  if (q.areas.length && q.areas.some((a) => fold(a) === fold(f.area))) s += 1;
  else if (q.levels.length && f.area) s += q.levels.some((l) => f.area.startsWith(`${l} `)) ? 1 : -0.5;
  if (q.kinds.includes(f.kind)) s += 1;
  if (q.measures.includes(f.measure))
    s += q.type === "against_plan" && f.measure === "pct_of_target" ? 3 : 1.5;

  // The unit asked for ("bao nhiêu tỷ đồng", "mấy phần trăm").
  const unit = fold(f.unit);
  if (unit && (q.folded.includes(` ${unit}`) || (unit === "%" && /phan tram|%/.test(q.folded)))) s += 1;
  if (c.status) s += 2;
  return s;
}

/** The share of the question's words that the fact's sentence holds. */
function coverage(q: Question, f: StoredFact): number {
  const words = new Set(fold(`${f.sentence} ${f.indicator.text}`).split(/[^a-z0-9]+/));
  return q.terms.filter((t) => words.has(t)).length / q.terms.length;
}

/** The facts of status rows the question asks about: those not met, or its indicators'. */
function statusFacts(q: Question, rows: StatusRow[]): StoredFact[] {
  const negative = /\b(?:khong|chua) (?:dat|hoan thanh)|\bdat thap\b|\bhut\b/.test(q.folded);
  const chosen = rows.filter((r) =>
    q.type === "list"
      ? negative
        ? r.status === "not_met"
        : r.status === "exceeded" || r.status === "met"
      : r.indicator.code !== null && q.indicators.includes(r.indicator.code),
  );
  const out: StoredFact[] = [];
  for (const r of chosen) {
    for (const f of [r.result, r.target]) {
      // Stored facts only: a derived target has no line of its own.
      if (f && "id" in f && typeof f.id === "number" && "document" in f) out.push(f as StoredFact);
    }
  }
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

/** "Theo <doc> (dòng <line>), <indicator> <period> là <value> <unit>." */
export function sentenceFor(f: StoredFact): string {
  const kind = KIND_WORDS[f.kind] ? ` (${KIND_WORDS[f.kind]})` : "";
  const period = periodWords(f.period);
  const value = `${f.qualifier === ">" ? "trên " : f.qualifier === "<" ? "dưới " : f.qualifier === "~" ? "khoảng " : ""}${f.value_text}`;
  return `Theo ${f.doc} (dòng ${f.line}), ${describe(f)}${kind}${period ? ` ${period}` : ""} là ${value}${f.unit ? ` ${f.unit}` : ""}.`;
}

/** Answer a question from the stored facts, deterministically: the facts best first and a sentence. */
export async function ask(store: Store, text: string, opts: AskOptions = {}): Promise<Answer> {
  const limit = opts.limit ?? 10;
  const q = understand(text, await newestYear(store));
  const byId = new Map<number, Candidate>();
  const add = (fact: StoredFact, rank: number | null, status = false) => {
    const c = byId.get(fact.id);
    if (c) {
      if (rank !== null && (c.rank === null || rank < c.rank)) c.rank = rank;
      c.status ||= status;
    } else byId.set(fact.id, { fact, score: 0, rank, status, code: fact.indicator.code });
  };

  const { hits } = await search(store, text, { limit: HITS });
  hits.forEach((h, i) => {
    for (const f of h.facts) add(f, i);
  });
  for (const code of q.indicators) {
    const periods = q.periods.length ? q.periods : [undefined];
    for (const period of periods) {
      const exact = period?.startsWith("*") ? undefined : period;
      const facts = await queryFacts(store, { indicator: code, period: exact, limit: STRUCTURED });
      for (const f of facts) add(f, null);
    }
  }
  if (q.type === "list" || q.type === "status") {
    const period =
      q.periods.find((p) => /^\d{4}$|^\d{4}\/\d{4}$/.test(p)) ?? q.periods.find((p) => !p.startsWith("*"));
    const rows = await storeStatus(store, { period, area: q.areas[0] });
    for (const f of statusFacts(q, rows)) add(f, null, true);
  }

  // A figure without a code (a "% of plan") is about what the other figures of its line are.
  const codesAt = new Map<string, string>();
  for (const c of byId.values()) if (c.code) codesAt.set(`${c.fact.doc}:${c.fact.line}`, c.code);
  for (const c of byId.values()) c.code ??= codesAt.get(`${c.fact.doc}:${c.fact.line}`) ?? null;
  const ranked = [...byId.values()]
    .map((c) => ({ ...c, score: score(q, c) }))
    .sort((a, b) => b.score - a.score || (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.fact.id - b.fact.id);
  const facts = ranked.slice(0, limit).map((c) => c.fact);
  // A fact fits when it is the indicator asked about (or, for a question naming none, among the
  // first search hits), and of the period asked.
  const fit = ranked.find(
    (c) =>
      (q.indicators.length
        ? c.code !== null && q.indicators.includes(c.code)
        : c.status || (c.rank !== null && c.rank < 3 && coverage(q, c.fact) >= 0.5)) &&
      (!q.periods.length || periodScore(q, c.fact.period) > 0),
  );
  if (!fit) {
    // Nothing fits: the facts of the closest search hits.
    const closest = ranked.filter((c) => c.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    return { answer: `${NO_ANSWER}.`, facts: closest.slice(0, limit).map((c) => c.fact), question: q };
  }
  return { answer: sentenceFor(fit.fact), facts, question: q };
}
