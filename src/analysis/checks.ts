import type { Finding as FindingOfTheApi, FindingType, Same, StoredFact } from "../api/types.js";
import type { Fact } from "../facts/types.js";
import { fold } from "../text/fold.js";
import { type Interval, overlaps, ratio, scale, vi, writtenRange } from "./interval.js";
import { between, bySentence, type Placed } from "./sentence-order.js";
import { convert, decimalsOf, quantityOf } from "./units.js";

export type { FindingType };

/** Something the reports say that does not add up, over facts of type F. Flagged, never fixed. */
export interface Finding<F extends Fact = Fact> {
  type: FindingType;
  message: string;
  facts: F[];
}

/** Over stored facts, a finding is what the API answers (src/api/schemas.ts Finding). */
const findingIsTheContract: Same<Finding<StoredFact>, FindingOfTheApi> = true;
void findingIsTheContract;

/** Every check over a set of facts (read or stored), each finding once. */
export function checkFacts<F extends Fact>(facts: F[]): Finding<F>[] {
  // A finding holds the very facts given.
  return findingsOf(facts) as Finding<F>[];
}

function findingsOf(facts: Fact[]): Finding[] {
  const sentences = bySentence(
    [...facts].sort((a, b) =>
      a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.line - b.line || a.column - b.column,
    ),
  );
  return [
    ...statedRatios(sentences),
    ...conflictingValues(facts),
    ...partsAgainstTotal(facts),
    ...growthAgainstLevels(facts),
    ...unreportedTargets(facts),
  ];
}

const cite = (f: Fact) =>
  `${f.value_text}${f.unit && f.unit !== "%" ? ` ${f.unit}` : f.unit} (${f.doc} L${f.line})`;
/** Whole things counted ("11 tập thể", "15/18 người") are exact; amounts and measures are rounded. */
const MEASURED = /đồng|usd|\$|tấn|tạ|kg|ha|km|m2|m²|m3|lít|kwh|%|‰/iu;
function written(value: number, text: string, unit: string): Interval {
  if (decimalsOf(text) === 0 && !MEASURED.test(unit)) return { lo: value, hi: value };
  return writtenRange(value, text);
}
const range = (f: Fact): Interval => written(f.value, f.value_text, f.unit);

// --- (a) a stated percentage against the values it relates ------------------------------

/** Words that tie a percentage to the figure just before it: "15/18 = 72%", "11 tập thể (đạt 24,4%)". */
const TIES = /^[^,;.\d]{0,40}?(?:=|\(\s*(?:đạt|bằng|chiếm)?|,?\s*(?:đạt|bằng|chiếm)(?: tỷ lệ)?)\s*$/iu;
/** What names a whole a share is of: "tổng số 49 tập thể", "Tổng số người …: 18". */
const TOTAL = /tổng số(?: [\p{L}]+){0,4}\s*(?:là|có|:)?\s*$/iu;
/** What names a plan a "% kế hoạch" is of: "Tổng kế hoạch … giao chi tiết 4.704.465". */
const PLAN = /(?:kế hoạch|dự toán)(?![\p{L}])[^,;.()]{0,100}$/iu;
/** A percentage said to be of the plan. */
const OF_PLAN = /^\s*%?\s*(?:kế hoạch|KH|dự toán)(?![\p{L}])/iu;

function statedRatios(sentences: Placed[][]): Finding[] {
  const out: Finding[] = [];
  for (let n = 0; n < sentences.length; n++) {
    const placed = sentences[n];
    // The sentence before, when it runs on in the same paragraph ("Tổng kế hoạch … 4.704.465
    // triệu đồng. Ước giải ngân … 2.305.129 triệu đồng, đạt 49,85% kế hoạch").
    const before = n > 0 ? sentences[n - 1] : [];
    const runOn =
      before.length &&
      placed.length &&
      before[0].fact.doc === placed[0].fact.doc &&
      placed[0].fact.line - before[before.length - 1].fact.line <= 1
        ? before
        : [];
    for (let i = 1; i < placed.length; i++) {
      const pct = placed[i].fact;
      if (pct.unit !== "%" || (pct.measure !== "share" && pct.measure !== "pct_of_target")) continue;
      if (pct.qualifier) continue;
      const part = placed[i - 1];
      if (!TIES.test(between(part, placed[i]))) continue;
      const stated = range(pct);
      if (part.fact.measure === "count_of_total" && part.fact.total) {
        const [num, den] = part.fact.value_text.split("/");
        const r = ratio(
          written(part.fact.value, num, part.fact.unit),
          written(part.fact.total, den ?? "", part.fact.unit),
        );
        if (!r || overlaps(scale(r, 100), stated)) continue;
        const computed = (part.fact.value / part.fact.total) * 100;
        out.push({
          type: "stated_ratio",
          message: `${part.fact.value_text} = ${vi(computed)}%, báo cáo ghi ${pct.value_text}% (${pct.doc} L${pct.line})`,
          facts: [part.fact, pct],
        });
        continue;
      }
      if (part.fact.measure !== "level" || part.fact.unit === "%") continue;
      const ofPlan = OF_PLAN.test(pct.sentence.slice(placed[i].end));
      const whole =
        wholeBefore(placed, i - 1, ofPlan ? PLAN : TOTAL) ??
        (ofPlan && !sameUnitBefore(placed, i - 1)
          ? wholeBefore([...runOn, placed[i - 1]], runOn.length, PLAN)
          : null);
      if (!whole) continue;
      const wholeValue = whole.fact.total ?? whole.fact.value;
      const wholeText = whole.fact.total
        ? (whole.fact.value_text.split("/")[1] ?? "")
        : whole.fact.value_text;
      const partValue = convert(part.fact.value, part.fact.unit, whole.fact.unit);
      if (partValue === null) continue;
      const k = partValue / part.fact.value;
      const r = ratio(scale(range(part.fact), k), written(wholeValue, wholeText, whole.fact.unit));
      if (!r || overlaps(scale(r, 100), stated)) continue;
      const computed = (partValue / wholeValue) * 100;
      out.push({
        type: "stated_ratio",
        message: `${cite(part.fact)} / ${wholeText} ${whole.fact.unit} = ${vi(computed)}%, báo cáo ghi ${pct.value_text}% (${pct.doc} L${pct.line})`,
        facts: [whole.fact, part.fact, pct],
      });
    }
  }
  return out;
}

function sameUnitBefore(placed: Placed[], partIndex: number): boolean {
  return placed.slice(0, partIndex).some((p) => p.fact.unit === placed[partIndex].fact.unit);
}

/** The nearest earlier figure in the sentence named as the whole the part belongs to. */
function wholeBefore(placed: Placed[], partIndex: number, names: RegExp): Placed | null {
  const part = placed[partIndex].fact;
  for (let j = partIndex - 1; j >= 0; j--) {
    const w = placed[j];
    if (w.fact.unit !== part.unit) continue;
    const value = w.fact.total ?? w.fact.value;
    if (value <= part.value) continue;
    const lead = w.fact.sentence.slice(Math.max(0, w.start - 160), w.start);
    if (names.test(lead)) return w;
    // A nearer amount of the same unit that is not the whole stands between: the pairing is unsure.
    return null;
  }
  return null;
}

// --- (b) one indicator, area, period and kind with different values ---------------------

/** Report synonyms that name one action two ways. */
const SYNONYMS: [RegExp, string][] = [[/\bxay dung moi\b/g, "xay moi"]];
const PERIOD_WORDS =
  /\b(?:giai doan(?: \d{4}\s*[-–]\s*\d{4})?|tu nam \d{4} den nay|den nay|nam \d{4}|\d{4}|ca nam|cuoi nam|uoc dat|uoc|dat|theo gia [a-z]+ \d{4}|theo gia ss|binh quan|hang nam|moi nam)\b/g;
/** Figures this close together are one passage's list, where a subject is often reused. */
const APART = 10;
const isTableRow = (f: Fact) => f.sentence.includes(" | ");

/** The words of an indicator text, by text: a store repeats few texts over many facts. */
const wordsOfText = new Map<string, string[]>();
function words(f: Fact): string[] {
  let w = wordsOfText.get(f.indicator.text);
  if (!w) {
    if (wordsOfText.size > 50_000) wordsOfText.clear();
    w = textWords(f.indicator.text);
    wordsOfText.set(f.indicator.text, w);
  }
  return w;
}

function textWords(text: string): string[] {
  let t = fold(text).replace(PERIOD_WORDS, " ");
  for (const [re, to] of SYNONYMS) t = t.replace(re, to);
  return t
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/** Whether two facts name the same thing: most of their words shared, and enough of them. */
function sameSubject(a: Fact, b: Fact): boolean {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (Math.min(wa.size, wb.size) < 2) return false;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / (wa.size + wb.size - common) >= 0.5 && common >= 2;
}

/** Money at constant and at current prices is two figures. */
const PRICE_BASIS = /giá (?:so sánh|ss|hiện hành|thực tế|cố định)/iu;

/**
 * Whether two facts state the same figure: the same catalogue indicator named alike, the same
 * words of a specific subject, or the same counted thing ("xây mới 12 trạm y tế").
 */
/**
 * What an organisation did ("Huyện ủy đã ban hành 04 đề án") is counted over different scopes
 * in different passages (one field, the whole term): such counts are not restatements.
 */
const ACTOR =
  /huyện ủy|tỉnh ủy|thành ủy|đảng ủy|cấp ủy|ubnd|ủy ban|hđnd|hội đồng|ubkt|ban thường vụ|ban chấp hành|chi bộ|mặt trận|đoàn thể|công an|tòa án|viện kiểm sát/iu;

function sameThing(a: Fact, b: Fact, say: Map<string, number>): boolean {
  // Both state a price basis and they differ: two figures.
  const basis = (f: Fact) =>
    /giá (?:so sánh|ss)/iu.test(f.sentence) ? "ss" : PRICE_BASIS.test(f.sentence) ? "ht" : "";
  if (basis(a) && basis(b) && basis(a) !== basis(b)) return false;
  if (a.indicator.code || b.indicator.code) return a.indicator.code === b.indicator.code && sameSubject(a, b);
  // By words alone only within a document, and only for a subject it uses exactly twice: a
  // phrase repeated down a list of actors ("giám sát chuyên đề 15 tổ chức đảng") is many figures.
  if (a.doc !== b.doc || ACTOR.test(a.indicator.text) || ACTOR.test(b.indicator.text)) return false;
  const wa = words(a).join(" ");
  if (wa !== words(b).join(" ") || say.get(`${a.doc}|${wa}|${a.unit}`) !== 2) return false;
  const counted = a.unit === b.unit && a.unit.includes(" ") && a.unit !== "%";
  return wa.split(" ").length >= 4 || (counted && wa.split(" ").length >= 2);
}

/** Equal at the precision written: "1.924" may be "1.924,6" cut short; "99,81" is not "99,51". */
function agree(a: Fact, b: Fact, bInA: number): boolean {
  const da = decimalsOf(a.value_text);
  const db = decimalsOf(b.value_text);
  if (da === db) return a.value.toFixed(da) === bInA.toFixed(da);
  const coarse = da < db ? range(a) : written(bInA, b.value_text, a.unit);
  const fine = da < db ? bInA : a.value;
  return fine >= coarse.lo && fine < coarse.hi;
}

function near(a: number, b: number, unit: string): boolean {
  if (unit.startsWith("%")) return Math.abs(a - b) <= 5;
  const lo = Math.min(Math.abs(a), Math.abs(b));
  return lo > 0 && Math.max(Math.abs(a), Math.abs(b)) / lo <= 1.25;
}

/** Two periods a document means as one: equal, or terms a year apart ("2021-2025" / "từ 2020 đến nay"). */
function samePeriod(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = /^(\d{4})\/(\d{4})$/.exec(a);
  const sb = /^(\d{4})\/(\d{4})$/.exec(b);
  return !!sa && !!sb && Math.abs(+sa[1] - +sb[1]) <= 1 && Math.abs(+sa[2] - +sb[2]) <= 1;
}

function conflictingValues(facts: Fact[]): Finding[] {
  // Candidates meet by indicator, area, measure, unit and target-or-result; the subject decides.
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.kind === "forecast" || f.qualifier === "~" || f.measure === "count_of_total") continue;
    // Only facts that sameThing could pair share a bucket (the same code; else the same words in
    // one document), so a large store is not compared pair by pair.
    const thing = f.indicator.code ?? `${f.doc}|${words(f).join(" ")}`;
    // Spans meet spans a year apart (samePeriod); any other period only itself.
    const when = /^\d{4}\/\d{4}$/.test(f.period) ? "span" : f.period;
    // A change or growth is of one figure only against the same base ("so với năm 2015" is not
    // "so với Nghị quyết").
    const base = f.measure === "level" || f.measure === "share" || f.measure === "rate" ? "" : (f.base ?? "");
    const g = `${thing}|${when}|${f.area}|${f.measure}|${base}|${quantityOf(f.unit).base}|${f.kind === "target" ? "target" : "result"}`;
    const list = groups.get(g) ?? [];
    list.push(f);
    groups.set(g, list);
  }
  // How often each document says a subject of a unit.
  const say = new Map<string, number>();
  for (const f of facts) {
    const k = `${f.doc}|${words(f).join(" ")}|${f.unit}`;
    say.set(k, (say.get(k) ?? 0) + 1);
  }
  const out: Finding[] = [];
  for (const list of groups.values()) {
    const used = new Set<Fact>();
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      if (used.has(a)) continue;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j];
        // The same number in the same unit agrees, whatever else (versions repeat most figures).
        if (a.value === b.value && a.unit === b.unit) continue;
        if (used.has(b) || !samePeriod(a.period, b.period) || a.qualifier !== b.qualifier) continue;
        if (a.doc === b.doc && Math.abs(a.line - b.line) < APART) continue;
        // Tables repeat a label over the rows of its parts; two rows are not two statements.
        if (isTableRow(a) && isTableRow(b)) continue;
        // Within a document an estimate and an actual are both its result; across documents a
        // later actual replacing an estimate is a new version, not a contradiction.
        if (a.doc !== b.doc && a.kind !== b.kind) continue;
        if (!sameThing(a, b, say)) continue;
        const bv = convert(b.value, b.unit, a.unit);
        if (bv === null) continue;
        if (agree(a, b, bv)) continue;
        // Two statements of one figure differ by a slip or a revision, not by an order of
        // magnitude: far-apart values are a part and its whole under a reused subject.
        if (!near(a.value, bv, a.unit)) continue;
        used.add(a);
        used.add(b);
        const periods = [...new Set([a.period, b.period])].join(", ");
        out.push({
          type: "conflicting_values",
          message: `${a.indicator.text} (${a.area}, ${periods}): ${cite(a)} ≠ ${cite(b)}`,
          facts: [a, b],
        });
        break;
      }
    }
  }
  return out;
}

// --- (c) parts against their total -------------------------------------------------------

const SECTORS = ["grdp_share_agriculture", "grdp_share_industry", "grdp_share_services"];

function partsAgainstTotal(facts: Fact[]): Finding[] {
  const out: Finding[] = [];
  const byCell = new Map<string, Map<string, Fact>>();
  for (const f of facts) {
    if (!f.indicator.code) continue;
    const cell = `${f.doc}|${f.area}|${f.period}|${f.kind}`;
    const m = byCell.get(cell) ?? new Map<string, Fact>();
    // The first statement of each part in a document stands for it.
    if (!m.has(f.indicator.code)) m.set(f.indicator.code, f);
    byCell.set(cell, m);
  }
  for (const m of byCell.values()) {
    // Shares of the economy: the three sectors and product taxes make 100 %.
    const sectors = SECTORS.map((c) => m.get(c)).filter((f): f is Fact => !!f && f.unit === "%");
    if (sectors.length === 3) {
      const taxes = m.get("grdp_share_taxes");
      const parts = taxes && taxes.unit === "%" ? [...sectors, taxes] : sectors;
      const sum = sumRange(parts);
      const total = parts.reduce((s, f) => s + f.value, 0);
      if (sum.lo > 100.5 || (parts.length === 4 && sum.hi < 99.5)) {
        out.push({
          type: "parts_total",
          message: `${parts.map(cite).join(" + ")} = ${vi(total)}%, không phải 100%`,
          facts: parts,
        });
      }
    }
    // Trade: exports and imports make the turnover.
    const [exp, imp, all] = ["exports", "imports", "trade_turnover"].map((c) => m.get(c));
    if (exp && imp && all && exp.measure === "level" && imp.measure === "level" && all.measure === "level") {
      const e = convert(exp.value, exp.unit, all.unit);
      const i = convert(imp.value, imp.unit, all.unit);
      if (e !== null && i !== null) {
        const sum = e + i;
        const slack = 10 ** -decimalsOf(all.value_text) + Math.abs(all.value) * 0.005;
        if (Math.abs(sum - all.value) > slack) {
          out.push({
            type: "parts_total",
            message: `${cite(exp)} + ${cite(imp)} = ${vi(sum)} ${all.unit}, tổng ghi ${cite(all)}`,
            facts: [exp, imp, all],
          });
        }
      }
    }
  }
  return out;
}

function sumRange(parts: Fact[]): Interval {
  return parts.reduce(
    (s, f) => {
      const r = writtenRange(f.value, f.value_text);
      return { lo: s.lo + r.lo, hi: s.hi + r.hi };
    },
    { lo: 0, hi: 0 },
  );
}

// --- (d) a stated growth against the two levels -----------------------------------------

/** Money is written at current prices and its growth at constant ones: only physical units compare. */
const MONEY = /đồng|usd|\$/iu;

function growthAgainstLevels(facts: Fact[]): Finding[] {
  const levels = new Map<string, Fact[]>();
  for (const f of facts) {
    if (
      f.measure !== "level" ||
      !f.indicator.code ||
      f.kind === "target" ||
      f.kind === "forecast" ||
      f.qualifier
    )
      continue;
    const k = `${f.indicator.code}|${f.area}|${f.period}`;
    const list = levels.get(k) ?? [];
    list.push(f);
    levels.set(k, list);
  }
  const out: Finding[] = [];
  for (const g of facts) {
    if (g.measure !== "growth" || !g.base || !g.indicator.code || g.unit !== "%" || g.qualifier) continue;
    if (g.kind === "target" || g.kind === "forecast") continue;
    const now = (levels.get(`${g.indicator.code}|${g.area}|${g.period}`) ?? []).find((f) => f.doc === g.doc);
    const then = (levels.get(`${g.indicator.code}|${g.area}|${g.base}`) ?? []).find((f) => f.doc === g.doc);
    if (!now || !then || MONEY.test(now.unit)) continue;
    const thenValue = convert(then.value, then.unit, now.unit);
    if (thenValue === null || thenValue <= 0) continue;
    const k = thenValue / then.value;
    const r = ratio(range(now), scale(range(then), k));
    if (!r) continue;
    const implied = { lo: (r.lo - 1) * 100, hi: (r.hi - 1) * 100 };
    if (overlaps(implied, range(g))) continue;
    const computed = (now.value / thenValue - 1) * 100;
    out.push({
      type: "growth_levels",
      message: `${cite(now)} so với ${cite(then)} là tăng ${vi(computed)}%, báo cáo ghi ${g.value_text}% (${g.doc} L${g.line})`,
      facts: [then, now, g],
    });
  }
  return out;
}

// --- (e) targets never reported on --------------------------------------------------------

/** An area and period count as reported on when some document gives this many results for them. */
const REPORTED = 20;

function unreportedTargets(facts: Fact[]): Finding[] {
  const results = new Map<string, number>();
  const resultCodes = new Set<string>();
  for (const f of facts) {
    if (f.kind !== "actual" && f.kind !== "estimate") continue;
    for (const p of periodsOf(f.period)) {
      const k = `${f.area}|${p}`;
      results.set(k, (results.get(k) ?? 0) + 1);
      if (f.indicator.code) resultCodes.add(`${f.indicator.code}|${k}`);
    }
  }
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const t of facts) {
    if (t.kind !== "target" || !t.indicator.code) continue;
    const k = `${t.area}|${t.period}`;
    if ((results.get(k) ?? 0) < REPORTED) continue;
    const key = `${t.indicator.code}|${k}`;
    // (A term's target is reported on by a result for the term or for its last year.)
    const reported = periodsOf(t.period).some((p) => resultCodes.has(`${t.indicator.code}|${t.area}|${p}`));
    if (reported || seen.has(key)) continue;
    seen.add(key);
    out.push({
      type: "unreported_target",
      message: `Chỉ tiêu ${t.indicator.text} (${t.area}, ${t.period}): kế hoạch ${cite(t)}, không báo cáo nào nêu kết quả`,
      facts: [t],
    });
  }
  return out;
}

/** A term (2016/2020) is spoken of by what is said of it and of its last year; a year by itself. */
function periodsOf(period: string): string[] {
  const span = /^(\d{4})\/(\d{4})$/.exec(period);
  return span ? [period, span[2]] : [period];
}
