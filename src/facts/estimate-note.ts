import type { Block, Section } from "../document/types.js";
import { periodEnd } from "../periods/codes.js";
import { findPeriods } from "../periods/mentions.js";
import type { DocScope } from "./figure.js";
import type { Fact } from "./types.js";

/**
 * "Các số liệu dưới đây là số ước thực hiện quý I năm 2025", "Số liệu tháng 12 là số ước
 * tính": a note that the results of its part (from where it stands, through its subsections)
 * are estimates — those of the period it names, or of the period reported on.
 */
export interface EstimateNote {
  section: Section;
  /** The month the estimated period ends in ("2025-03"). */
  ends: string;
  /** A month the note names ("số liệu tháng 12/2025 là số ước"): only that month's figures. */
  month?: string;
  /**
   * The topic a note names ("Số liệu giáo dục nghề nghiệp (GDNN) 9 tháng là số ước"): only the
   * parts whose titles name it. Its words, and its abbreviation when the note gives one.
   */
  topic?: { words: string; short?: RegExp };
  /** A part's own title says so ("1. Ước thực hiện cả năm 2024:"): it speaks even in a part that looks ahead. */
  titled?: boolean;
}

const NOTE =
  /(?<![\p{L}])số liệu(?:\s+(?:[^.;:!?(),]|\(\s*[\p{Lu}&]{2,8}\s*\)){0,80}?)?\s+(?:là|đều là)\s+(?:các\s+)?(?:số\s+(?:liệu\s+)?)?(?:ước|ước tính|ước thực hiện|dự ước)(?![\p{L}])/iu;

/**
 * "Báo cáo sử dụng số liệu chính thức 10 tháng, ước thực hiện tháng 11 và tháng 12 năm 2026",
 * "số liệu thực hiện 9 tháng, ước 3 tháng cuối năm": the period reported on is counted to a month
 * and estimated for the rest, so its sums are estimates.
 */
const REST_ESTIMATED =
  /(?<![\p{L}])số liệu\s+(?:chính thức|thực hiện|thống kê)[^.;:!?]{0,60}?(?:,|và)\s*(?:số liệu\s+)?(?:ước|ước tính|ước thực hiện|dự ước)(?:\s+thực hiện)?\s+(?:tháng\s+\d{1,2}|\d{1,2}\s+tháng\s+cuối năm)/iu;

export function estimateNoteOf(block: Block, doc: DocScope): EstimateNote | null {
  if (block.kind === "heading") return estimateTitle(block, doc);
  if (block.kind !== "paragraph" && block.kind !== "item") return null;
  if (REST_ESTIMATED.test(block.text.text) && /^\d{4}$/.test(doc.info.period ?? ""))
    return { section: notedPart(block.section), ends: `${doc.info.period}-12` };
  const m = NOTE.exec(block.text.text) ?? clauseNote(block.text.text);
  if (!m) return null;
  const named = findPeriods(m[0], doc.ref).filter((p) => !p.base && !p.price);
  // ("số liệu vận tải là số ước": a note on one topic's figures is not one on the part's, but on
  // the parts named for it.)
  let topic = m[0].slice(0, m[0].search(/\s(?:là|đều là)\s/u));
  for (const p of named) topic = topic.replace(m[0].slice(p.start, p.end), " ");
  const own = topicOf(topic);
  if (own === null) return null;
  const code = named.length ? named[named.length - 1].code : doc.info.period;
  const end = code ? periodEnd(code).slice(0, 7) : "";
  const whole = notedPart(block.section);
  if (!end) return null;
  // (A month's note — "số liệu tháng 12/2025 là số ước" — in a report on the year leaves the
  // year's sums as counted; in one on the months to it, or on that month, their sums include it.)
  const monthly = named.length && /^\d{4}-\d\d$/.test(code as string);
  const mm = Number((code as string).slice(5, 7));
  const month =
    monthly &&
    /^\d{4}$/.test(doc.info.period ?? "") &&
    !new RegExp(`(?<![\\p{L}])tháng\\s*0?${mm}(?!\\d)`, "iu").test(doc.info.title ?? "")
      ? (code as string)
      : undefined;
  return { section: whole, ends: end, month, ...(own ? { topic: own } : {}) };
}

/** The topic of a note's subject, "" when it names none, null when it cannot be told. */
function topicOf(subject: string): EstimateNote["topic"] | "" | null {
  const rest = subject
    .replace(/^\s*số liệu\s*/iu, "")
    .replace(GENERIC, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!/\p{L}/u.test(rest)) return "";
  // ("giáo dục nghề nghiệp (GDNN)": the words, and the abbreviation the note gives them.)
  const m = /^([\p{Ll}\s]{4,60}?)\s*(?:\(\s*([\p{Lu}&]{2,8})\s*\))?$/u.exec(rest);
  if (!m || m[1].trim().split(" ").length < 2) return null;
  return {
    words: m[1].trim().toLowerCase(),
    ...(m[2] ? { short: new RegExp(`(?<![\\p{L}])${m[2]}(?![\\p{L}])`, "u") } : {}),
  };
}

/** Whether part `s`, or one above it, is titled for the topic. */
function titledFor(s: Section | undefined, topic: NonNullable<EstimateNote["topic"]>): boolean {
  // (Not the report's own title: "Báo cáo … giao thông vận tải" names every part.)
  for (let at = s; at; at = at.parent) {
    if (!at.numbering) continue;
    if (at.title.toLowerCase().includes(topic.words) || topic.short?.test(at.title)) return true;
  }
  return false;
}

/**
 * "Số liệu năm 2021, 2022 là số chính thức; năm 2023 là số ước thực hiện; năm 2024, 2025 là số
 * dự báo": a legend of the years, one clause each, the later ones saying no "số liệu" again.
 */
function clauseNote(text: string): [string] | null {
  if (!/^\s*(?:\(?\*\)?\s*|ghi chú:\s*)?số liệu(?![\p{L}])/iu.test(text)) return null;
  const c = LEGEND_CLAUSE.exec(text);
  return c ? [`số liệu ${c[1]}`] : null;
}
const LEGEND_CLAUSE =
  /;\s*((?:năm|tháng|quý)\s+[^.;:!?()]{1,40}?\s+(?:là|đều là)\s+(?:các\s+)?số\s+(?:liệu\s+)?(?:ước|ước tính|ước thực hiện|dự ước)(?![\p{L}]))/iu;

/** The part a note speaks for: its own, or the whole report's when it stands under the title, before the outline. */
function notedPart(s: Section): Section {
  return !s.numbering && s.parent && !s.parent.parent ? s.parent : s;
}

/**
 * "II. ƯỚC THỰC HIỆN CẢ NĂM 2026", "4. Tài chính (số liệu ước đến 31/12/2025)": a part whose
 * title says it estimates the period it names (else the period reported on).
 */
function estimateTitle(block: Block, doc: DocScope): EstimateNote | null {
  const title = block.text.text;
  const m = ESTIMATE_TITLE.exec(title) ?? ESTIMATE_BRACKET.exec(title);
  if (!m) return null;
  const named = findPeriods(title.slice(m.index), doc.ref).filter((p) => !p.base && !p.price && !p.noPeriod);
  const code = named.length === 1 ? named[0].code : named.length ? null : doc.info.period;
  return code ? { section: block.section, ends: periodEnd(code).slice(0, 7), titled: true } : null;
}
const ESTIMATE_TITLE = /^\s*(?:[IVXLC]+\.|\d+\.|[a-zđ]\))?\s*(?:ước thực hiện|ước tính|ước)(?![\p{L}])/iu;
const ESTIMATE_BRACKET = /\(\s*(?:số liệu\s+)?(?:ước thực hiện|ước tính|dự ước|ước)(?![\p{L}])[^()]*\)/iu;

/** What a note's subject may say besides its period: which figures, not which topic. */
const GENERIC =
  /(?<![\p{L}])(?:số liệu|thực hiện|các|trong|tại|của|báo cáo|này|dưới đây|sau đây|nêu trên|còn lại|thống kê|nêu|trên|ở|đây|năm|tháng|quý|kỳ)(?![\p{L}])/giu;

/** The kinds a note may turn: results read by default, not ones a word or a column marks. */
const PLAIN = new Set(["default-result", "unmarked-part", "lead-in", "column-actual", "column-compare"]);

const AT_WRITING = new Set(["stock-at-writing", "state-at-writing"]);

/** Results of `section` a note in force calls estimates become estimates. */
export function applyEstimateNotes(facts: Fact[], section: Section, notes: EstimateNote[]): void {
  const inForce = notes.filter(
    (n) => within(section, n.section) && (!n.topic || titledFor(section, n.topic)),
  );
  if (!inForce.length) return;
  // (What stands at the time of writing — "đến nay có 48/51 xã đạt chuẩn" — is counted, not
  // estimated; nor is a figure dated by one that is.)
  let last: boolean | null = null;
  for (const f of facts) {
    // (What a part that looks ahead holds is turned only by its own title: "1. Ước thực hiện cả
    // năm 2024:" under "III. NHIỆM VỤ 3 THÁNG CUỐI NĂM".)
    const ahead = f.kind === "target" && f.why?.kind === "section-forward";
    const turns: boolean =
      !!f.why &&
      ((f.kind === "actual" && PLAIN.has(f.why.kind)) || ahead) &&
      !!f.period &&
      !AT_WRITING.has(f.why.period) &&
      !(f.why.period === "previous-figure" && last === false) &&
      inForce.some(
        (n) =>
          (!ahead || n.titled) &&
          (n.month ? n.month === f.period : n.ends === periodEnd(f.period as string).slice(0, 7)),
      );
    // (A plan beside a result — "(dự toán thu: 720 tỷ đồng)" — breaks no run of estimates.)
    if (f.why?.kind !== "plan-beside") last = turns;
    if (!turns || !f.why) continue;
    f.kind = "estimate";
    f.why.kind = "estimate-note";
  }
}

/** Whether part `s` is `outer` or lies under it. */
export function within(s: Section | undefined, outer: Section): boolean {
  for (let at = s; at; at = at.parent) if (at.id === outer.id) return true;
  return false;
}
