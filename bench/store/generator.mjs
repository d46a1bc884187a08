// Stage 2 of the store bench: the synthetic store's documents, made from the corpus's rows
// (templates.mjs), the same every run.
import { createHash } from "node:crypto";
import { prng } from "../synthetic.mjs";
import { BATCH_DOCS, SYNTHETIC } from "./settings.mjs";

const DISTRICT_LEVELS = ["huyện", "thị xã", "thành phố", "quận"];
const COMMUNE_LEVELS = ["xã", "phường", "thị trấn"];

/**
 * The generator: document i of the synthetic store, the same every run. Document i copies a run
 * of consecutive facts of corpus document i mod 4 with the segments on their lines and those raw
 * lines, moved by a whole number of years (periods, dates, and years written in the text alike);
 * a report on a district (or commune) is spread over its siblings under the same parent, its own
 * unit keeping a quarter; a provincial report stays provincial, as most of a province's reports are.
 */
export function generator(lib, tpl) {
  const variants = new Map();
  const siblings = tpl.list.map((t) => siblingsOf(tpl.areas, t.doc.area));
  const variant = (ti, shift, area) => {
    const key = `${ti}|${shift}|${area}`;
    let v = variants.get(key);
    if (!v) {
      const t = tpl.list[ti];
      const tx = textChanger(t.doc.area, area, shift);
      v = {
        lines: t.lines.map(tx),
        facts: t.facts.map((f) => ({
          ...f,
          id: undefined,
          period: shiftYears(f.period, shift),
          base: f.base === null ? null : shiftYears(f.base, shift),
          sentence: tx(f.sentence),
          area: f.area === t.doc.area ? area : f.area,
        })),
        segments: t.segments.map((s) => {
          const text = tx(s.text);
          return { ...s, id: undefined, text, folded: lib.fold(text) };
        }),
        title: tx(t.doc.title),
        issuer: tx(t.doc.issuer),
        period: shiftYears(t.doc.period, shift),
        plan_period: t.doc.plan_period === null ? null : shiftYears(t.doc.plan_period, shift),
      };
      variants.set(key, v);
    }
    return v;
  };

  return (i) => {
    const ti = i % tpl.list.length;
    const t = tpl.list[ti];
    const rnd = prng(i + 1);
    // Pairs of documents: 100 + d facts and 100 - d, so the total is exact.
    const d = Math.floor(prng(0x5eed + (i >> 1))() * (SYNTHETIC.spread + 1));
    const want = SYNTHETIC.factsPerDocument + (i % 2 ? -d : d);
    const shift = SYNTHETIC.shifts[Math.floor(rnd() * SYNTHETIC.shifts.length)];
    const sib = siblings[ti];
    const area =
      sib.length && rnd() >= SYNTHETIC.ownArea ? sib[Math.floor(rnd() * sib.length)].name : t.doc.area;
    const v = variant(ti, shift, area);

    const size = Math.min(want, v.facts.length);
    const k = Math.floor(rnd() * (v.facts.length - size + 1));
    const facts = v.facts.slice(k, k + size);
    let lo = facts.length ? facts[0].line : 1;
    let hi = facts.length ? facts[facts.length - 1].line : v.lines.length;
    const segments = v.segments.filter((s) => s.line <= hi && s.line_end >= lo);
    for (const s of segments) {
      lo = Math.min(lo, s.line);
      hi = Math.max(hi, s.line_end);
    }
    const id = i + 1;
    const date = shiftDate(t.doc.date, shift, rnd);
    const code = areaCode(tpl.areas, area);
    const name = `${t.doc.name.replace(/\.[^.]+$/, "").slice(0, 8)}_${code}_${(date ?? v.period).replace("/", "-")}_${String(id).padStart(5, "0")}.txt`;
    return {
      doc: {
        id,
        name,
        format: t.doc.format,
        title: v.title,
        type: t.doc.type,
        issuer: v.issuer,
        area,
        period: v.period,
        plan_period: v.plan_period,
        date,
        order_date: date ?? lib.periodEnd(v.period),
        draft: t.doc.draft,
        lines: hi - lo + 1,
        content_hash: createHash("sha256").update(name).digest("hex"),
        raw_text: v.lines.slice(lo - 1, hi).join("\n"),
        ingested_at: new Date(Date.UTC(2025, 0, 1) + id * 60_000).toISOString(),
        given: t.doc.given,
      },
      facts: facts.map((f) => ({ ...f, document_id: id, line: f.line - lo + 1 })),
      segments: segments.map((s) => ({
        ...s,
        document_id: id,
        line: s.line - lo + 1,
        line_end: s.line_end - lo + 1,
      })),
    };
  };
}

function siblingsOf(areas, name) {
  const unit = areas.find((a) => a.name === name);
  if (!unit?.parent) return [];
  const levels = DISTRICT_LEVELS.includes(unit.level)
    ? DISTRICT_LEVELS
    : COMMUNE_LEVELS.includes(unit.level)
      ? COMMUNE_LEVELS
      : [unit.level];
  return areas.filter((a) => a.parent === unit.parent && a.name !== name && levels.includes(a.level));
}

function areaCode(areas, name) {
  return areas.find((a) => a.name === name)?.code ?? "area";
}

/** Years 2000–2049 written as such (not inside 14.955,28), moved by `shift`. */
function shiftYears(s, shift) {
  if (!shift || !s) return s;
  return s.replace(/(?<![\d.,])(20[0-4]\d)(?![\d]|[.,]\d)/g, (y) => String(Number(y) + shift));
}

/** The text of a copy: years moved, the report's own unit renamed (not "huyện Điện Biên Đông"). */
function textChanger(from, to, shift) {
  const re =
    from && to !== from
      ? new RegExp(`${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?! ?\\p{Lu})(?!\\p{Ll})`, "gu")
      : null;
  return (s) => {
    const moved = shiftYears(s, shift);
    return re ? moved.replace(re, to) : moved;
  };
}

/** The document's date moved by `shift` years, in its own precision, and a little apart from the others. */
function shiftDate(date, shift, rnd) {
  if (!date) return null;
  const pad = (n) => String(n).padStart(2, "0");
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const t = new Date(
      Date.UTC(Number(m[1]) + shift, Number(m[2]) - 1, Number(m[3]) + Math.floor(rnd() * 61) - 30),
    );
    return t.toISOString().slice(0, 10);
  }
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) {
    const month = Math.min(12, Math.max(1, Number(m[2]) + Math.floor(rnd() * 3) - 1));
    return `${Number(m[1]) + shift}-${pad(month)}`;
  }
  return shiftYears(date, shift);
}

/** Batches of generated documents, BATCH_DOCS at a time. */
export function* batches(generate) {
  for (let i = 0; i < SYNTHETIC.documents; i += BATCH_DOCS) {
    const out = [];
    for (let j = i; j < Math.min(i + BATCH_DOCS, SYNTHETIC.documents); j++) out.push(generate(j));
    yield out;
  }
}
