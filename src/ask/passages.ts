import type { Passage, SearchHit } from "../api/types.js";
import { refDate } from "../periods/codes.js";
import { findPeriods } from "../periods/mentions.js";
import type { Store } from "../store/connect.js";

/**
 * Questions whose answer is no figure: "Khi nào … phải trình phê duyệt?" asks for a time,
 * "Nghị quyết nào quy định …?" for a document's number. Their answer is read from the passages
 * that match the question best: the dates, or the document symbols, written there.
 */
export type PassageKind = Passage["kind"];

const WHEN =
  /(?<![a-z])(?:khi nao|bao gio|thoi han|han chot|thoi diem nao|den khi nao|ngay nao|thang nao|quy nao|truoc ngay nao)(?![a-z])/;
const WHICH_DOCUMENT =
  /(?<![a-z])(?:nghi quyet|quyet dinh|van ban|chi thi|ket luan|thong tu|nghi dinh|cong van|de an|ke hoach)(?:\s+[a-z]+){0,2}?\s+(?:(?<!the )nao|so may|so bao nhieu)(?![a-z])|(?<![a-z])so hieu(?![a-z])/;
/** "… bao nhiêu căn, hạn chót khi nào": a figure asked first is answered by figures. */
const HOW_MANY = /(?<![a-z])(?<!so )(?:bao nhieu|may)(?![a-z])/;

/** What a question (folded: no diacritics, lower case) asks for that is no figure, if anything. */
export function passageAsked(folded: string): PassageKind | null {
  if (WHICH_DOCUMENT.test(folded)) return "document";
  if (WHEN.test(folded) && !HOW_MANY.test(folded)) return "date";
  return null;
}

/** "126/NQ-HĐND", "65/2006/NQ-HĐND", "20-NQ/TU", "1719/QĐ-TTg". */
const SYMBOL =
  /(?<![\p{L}\d/])\d{1,5}(?:\/(?:19|20)\d\d)?(?:\/\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)+|-\p{Lu}[\p{L}]*\/\p{Lu}[\p{L}]*)(?![\p{L}\d])/gu;

/** The dates or symbols written in the hits' lines, in the hits' order. */
export async function passagesFor(
  store: Store,
  kind: PassageKind,
  hits: SearchHit[],
  limit: number,
  question = "",
): Promise<Passage[]> {
  // (The periods the question names are what it asks about, not its answer: "Quy hoạch … tầm
  // nhìn 2050 phải trình khi nào?")
  const named = new Set(findPeriods(question).map((p) => p.code));
  const ids = [...new Set(hits.map((h) => h.document_id))];
  if (!ids.length) return [];
  const docs = await store.db
    .selectFrom("documents")
    .select(["id", "raw_text", "date", "period"])
    .where("id", "in", ids)
    .execute();
  // (Each document's lines are split once, however many of the hits stand in it.)
  const byId = new Map(
    docs.map((d) => [d.id, { lines: d.raw_text.split("\n"), ref: refDate(d.date, d.period) }]),
  );
  const out: Passage[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const doc = byId.get(hit.document_id);
    if (!doc) continue;
    const { lines, ref } = doc;
    for (let n = hit.line; n <= hit.line_end && out.length < limit; n++) {
      const text = (lines[n - 1] ?? "").replace(/\r$/, "");
      for (const [column, written] of kind === "date" ? datesIn(text, ref, named) : symbolsIn(text)) {
        const key = `${hit.doc}\u0000${n}\u0000${column}`;
        if (seen.has(key) || out.length >= limit) continue;
        seen.add(key);
        out.push({ doc: hit.doc, line: n, column, text: written, kind, sentence: text.trim() });
      }
    }
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Months, quarters and days named in a line ("trong tháng 9/2023", "trước ngày 31/12/2025"),
 * before whole years.
 */
function datesIn(text: string, ref: ReturnType<typeof refDate>, named: Set<string>): [number, string][] {
  return findPeriods(text, ref)
    .filter((p) => !p.base && !p.price && p.cls !== "span" && !named.has(p.code))
    .sort((a, b) => Number(a.cls === "year") - Number(b.cls === "year") || a.start - b.start)
    .map((p) => [p.start, text.slice(p.start, p.end)]);
}

function symbolsIn(text: string): [number, string][] {
  return [...text.matchAll(SYMBOL)].map((m) => [m.index ?? 0, m[0]]);
}
