import { findAreas } from "../catalogue/areas.js";
import type { DocumentHints, DocumentInfo } from "../facts/types.js";
import { periodStart, refDate, widest } from "../periods/codes.js";
import { findPeriods, type PeriodMention, type RefDate } from "../periods/mentions.js";
import { lineCount } from "../text/source.js";
import { datelineDate } from "./datelines.js";
import type { DocumentTree, Section } from "./types.js";

/** A review section reports results; a forward section sets targets and tasks. */
// ("Đặc trưng khí tượng thủy văn tháng 10", "Diễn biến dịch bệnh": what happened, as a title
// opens with it.)
export const REVIEW_TITLE =
  /^\s*(?:[IVXLC]+\.|\d+\.)?\s*(?:đặc trưng|diễn biến)(?![\p{L}])|tình hình|kết quả|đánh giá|tổng kết|sơ kết|thực hiện (?:nhiệm vụ|kế hoạch|nghị quyết|các chỉ tiêu)|tồn tại|hạn chế|nguyên nhân|bài học|kinh nghiệm|(?:chưa|không) đạt|đạt và vượt|đã đạt/iu;
export const FORWARD_TITLE =
  /phương hướng|mục tiêu|chỉ tiêu|nhiệm vụ|giải pháp|kế hoạch|dự toán|dự báo|định hướng|đột phá|phấn đấu/iu;

export function isForwardTitle(title: string): boolean {
  return FORWARD_TITLE.test(title) && !REVIEW_TITLE.test(title);
}

const DOC_TYPE_START =
  /^(?:BÁO CÁO|KẾ HOẠCH|NGHỊ QUYẾT|TỜ TRÌNH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|THÔNG BÁO)(?![\p{L}])/u;

/**
 * The periods a title or heading names for the document. (A year no figure is about — "phục vụ
 * trồng mới năm 2026" — names none; a programme's span still tells what the report reviews; an
 * elected body's term not yet over does not.)
 */
function titlePeriods(text: string, ref: RefDate | undefined): PeriodMention[] {
  return findPeriods(text, ref).filter((p) => !p.base && !p.bodyTerm && !(p.noPeriod && p.cls !== "span"));
}

/** What the document says about itself: type, issuer, area, period, date, draft. */
export function documentInfo(tree: DocumentTree, hints: DocumentHints = {}): DocumentInfo {
  const blocks = tree.blocks;
  const head = blocks.slice(0, 40).map((b) => b.text.text);
  const top = blocks
    .slice(0, 6)
    .map((b) => b.text.text)
    .join("\n");
  const headText = head.join("\n");
  const all = blocks.map((b) => b.text.text).join("\n");
  const headings = blocks
    .filter((b) => b.kind === "heading")
    .slice(0, 4)
    .map((b) => b.text.text.trim());
  // The title starts at the document's type ("BÁO CÁO …"), after any letterhead.
  const typed = headings.findIndex((h) => DOC_TYPE_START.test(h));
  const titleBlocks = typed >= 0 ? headings.slice(typed, typed + 1) : headings.slice(0, 2);

  const type = /báo cáo chính trị/iu.test(headText)
    ? "Báo cáo chính trị"
    : capitalise(
        /^\s*(NGHỊ QUYẾT|KẾ HOẠCH|TỜ TRÌNH|QUYẾT ĐỊNH|THÔNG BÁO|BÁO CÁO)(?![\p{L}])/mu.exec(top)?.[1] ??
          "BÁO CÁO",
      );

  let area = hints.area || mainArea(all);
  const issuer = hints.issuer || issuerOf(all, area, top);
  // A short report may never name its area in the text: its letterhead does.
  if (!area) area = /^(?:UBND|HĐND) (.+)$/u.exec(issuer)?.[1] ?? "";

  // Periods: the first section that reviews gives the period reported on, the first forward
  // section after it the plan period.
  const sections: Section[] = [];
  for (const b of blocks) if (b.kind === "heading" && !sections.includes(b.section)) sections.push(b.section);
  const date = hints.date || dateOf(headText, all);
  // Periods named without a year ("9 tháng", "quý III") are dated by when it was written.
  const ref = refDate(date, "");
  let period = hints.period || "";
  let plan: string | null = null;
  // Numbered parts and sections first (the title block may name the next term too).
  for (const pass of [true, false]) {
    for (const s of sections) {
      if (pass !== !!s.numbering) continue;
      const ps = widest(titlePeriods(s.title, ref));
      if (!ps.length) continue;
      if (!period && REVIEW_TITLE.test(s.title)) period = ps[0].code;
      else if (!plan && period && isForwardTitle(s.title)) plan = ps[ps.length - 1].code;
    }
  }
  if (!period || !plan) {
    const ps = widest(titlePeriods(headings.join(" "), ref));
    // A heading below the title that looks ahead ("## Mục tiêu đến năm 2030" in an interview on
    // the term just ended) names the plan, not the period reported on.
    const back = headings.filter((h) => h === titleBlocks[0] || !isForwardTitle(h));
    const reported = widest(titlePeriods(back.join(" "), ref));
    if (!period && reported.length) period = reported[0].code;
    if (!plan && ps.length > 1) plan = ps[ps.length - 1].code;
  }
  // A plan or a resolution on targets ("Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm
  // 2025", written in December 2024): its title names the plan period, not the year it was written.
  const titleText = titleBlocks.join(" ");
  if (!plan && isForwardTitle(titleText)) {
    const ps = widest(titlePeriods(titleText, ref));
    if (ps.length) plan = ps[ps.length - 1].code;
  }
  // A page with no numbered parts: the period its title or first sentences are about.
  if (!period) period = leadPeriod(blocks, ref);
  // Undated, it may still say its year by what it compares with: "so với cùng kỳ năm 2021",
  // "so với 31/12/2021" are written in 2022; "9 tháng" then is of 2022.
  if (!period && !date) {
    const year = comparedYear(blocks);
    if (year) period = leadPeriod(blocks, { year }) || String(year);
  }
  if (!period && date) period = date.slice(0, 4);
  // "… 6 tháng đầu năm; nhiệm vụ 6 tháng cuối năm 2023" read as the year: a report whose plan is
  // the rest of a year reviews the part of that year before it.
  if (plan && /^\d{4}$/.test(period) && plan.startsWith(period) && plan !== period) {
    const before = Number(periodStart(plan).slice(5, 7)) - 1;
    if (before === 6) period = `${period}-S1`;
    else if (before >= 1) period = `${period}-01/${period}-${String(before).padStart(2, "0")}`;
  }
  return {
    doc: tree.source.name,
    format: tree.source.format,
    title: hints.title || titleBlocks.join(" — ").slice(0, 300),
    type,
    issuer,
    area,
    period,
    plan_period: plan,
    date,
    draft: /dự thảo/iu.test(headText),
    lines: lineCount(tree.source),
  };
}

/**
 * The period a page's opening is about: of the first sentence that names one, the widest
 * ("quý IV và cả năm 2023" is about the year, "tháng 9 và 9 tháng năm 2024" about nine months).
 * A base, a price base or a plan's name ("Đại hội … nhiệm kỳ 2020-2025") does not count.
 */
function leadPeriod(blocks: DocumentTree["blocks"], ref: ReturnType<typeof refDate>): string {
  // (A two-tier letterhead and its dateline may take the first six blocks: the title's lines
  // come after them.)
  for (const [i, b] of blocks.slice(0, 9).entries()) {
    if (b.kind === "row" || b.kind === "footnote") continue;
    // ("## Định hướng đến năm 2035" under a page's title: the goals, not what it reports on.)
    if (i > 0 && b.kind === "heading" && isForwardTitle(b.text.text)) continue;
    for (const sentence of b.text.text.split(/(?<=[.!?])\s+/).slice(0, 3)) {
      // "… đánh giá kết quả 5 năm thực hiện Nghị quyết Đại hội …, nhiệm kỳ 2020-2025": a page on a
      // review of a term or plan span is about that span.
      const review = REVIEWED_SPAN.exec(sentence);
      const span = review && `${review[1]}/${review[2]}`;
      if (span && !findPeriods(sentence, ref).some((p) => p.bodyTerm && p.code === span)) return span;
      // (A dateline's day is when the page was written, not what it reports on.)
      const ps = findPeriods(sentence, ref).filter(
        (p) =>
          !p.base &&
          !p.price &&
          !p.named &&
          p.cls !== "span" &&
          (p.until || !/^\d{4}-\d{2}-\d{2}$/.test(p.code)) &&
          // (Nor is last year, nor a comparison in brackets.)
          !/năm (?:trước|ngoái)/iu.test(sentence.slice(p.start, p.end)) &&
          // (Nor a deadline not yet reached when it was written: "đến năm 2035 có 500 …".)
          !(p.until && ref && periodStart(p.code).slice(0, 4) > String(ref.year)) &&
          sentence.lastIndexOf("(", p.start) <= sentence.lastIndexOf(")", p.start),
      );
      if (!ps.length) continue;
      // The first, unless another it is part of is named beside it.
      return widest(ps)[0].code;
    }
  }
  return "";
}

const REVIEWED_SPAN =
  /(?:đánh giá|tổng kết|sơ kết)\s+(?:kết quả\s+)?(?:\d+\s+năm\s+)?(?:thực hiện\s+)?[^.;:]{0,120}?(?:nhiệm kỳ|giai đoạn)\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/iu;

/** The year after the one an opening's comparisons name ("so với cùng kỳ năm 2021" → 2022). */
function comparedYear(blocks: DocumentTree["blocks"]): number | null {
  for (const b of blocks.slice(0, 12)) {
    const m =
      /so(?: với)?\s+(?:cùng kỳ\s+(?:năm\s+)?|cuối năm\s+|(?:ngày\s+)?31\/12\/)((?:19|20)\d\d)(?!\d)/iu.exec(
        b.text.text,
      );
    if (m) return Number(m[1]) + 1;
  }
  return null;
}

function capitalise(s: string): string {
  const l = s.toLowerCase();
  return l.charAt(0).toUpperCase() + l.slice(1);
}

/** The unit the document is about: the level it says "toàn …" of most, named where first met. */
function mainArea(all: string): string {
  const count = (re: RegExp) => (all.match(re) ?? []).length;
  const levels: [string, number][] = [
    ["tỉnh", count(/(?:toàn|địa bàn|của|cấp) tỉnh(?![\p{L}])/giu)],
    ["huyện", count(/(?:toàn|địa bàn|của|cấp) huyện(?![\p{L}])/giu) + count(/đảng bộ huyện/giu) * 2],
    ["thành phố", count(/(?:toàn|địa bàn) thành phố(?![\p{L}])/giu)],
    ["thị xã", count(/(?:toàn|địa bàn) thị xã(?![\p{L}])/giu)],
    ["xã", count(/(?:toàn|địa bàn) xã(?![\p{L}])/giu)],
  ];
  levels.sort((a, b) => b[1] - a[1]);
  const level = levels[0][1] > 0 ? levels[0][0] : "tỉnh";
  const names = new Map<string, number>();
  for (const m of findAreas(all.slice(0, 200_000)))
    if (m.level === level) names.set(m.area, (names.get(m.area) ?? 0) + 1);
  const best = [...names.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : "";
}

function issuerOf(all: string, area: string, head = ""): string {
  // The letterhead names the issuer: "ỦY BAN NHÂN DÂN XÃ THANH YÊN", "HUYỆN ỦY ĐIỆN BIÊN".
  const letterhead =
    /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s+(TỈNH|HUYỆN|XÃ|THÀNH PHỐ|THỊ XÃ|PHƯỜNG|THỊ TRẤN)[ \t]+([\p{Lu} \t]+?)[ \t]*$/mu.exec(
      head,
    );
  if (letterhead) {
    const body = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)$/u.test(letterhead[1]) ? "UBND" : "HĐND";
    const name = letterhead[3]
      // A title block run together ends the name at the document's type or its number.
      .replace(
        /\s+(?:BÁO CÁO|KẾ HOẠCH|NGHỊ QUYẾT|TỜ TRÌNH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|CÔNG VĂN|SỐ|CỘNG HÒA|CỘNG HOÀ)(?:\s.*)?$/u,
        "",
      )
      .toLowerCase()
      .replace(/(^|\s)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    return `${body} ${letterhead[2].toLowerCase()} ${name}`;
  }
  const name = area.replace(/^\S+(?:\s(?:phố|xã|trấn))?\s/, "");
  const level = area.split(" ")[0];
  if (
    /T\/?M\.?\s*(?:ỦY BAN NHÂN DÂN|UBND)/iu.test(all) ||
    /UBND\s+(?:tỉnh|huyện)\s+[\p{Lu}][^\n]{0,30}báo cáo/u.test(all)
  )
    return `UBND ${area}`.trim();
  if (/Ban Chấp hành Đảng bộ|BCH Đảng bộ/iu.test(all) && /Báo cáo chính trị/iu.test(all))
    return `Ban Chấp hành Đảng bộ ${area}`.trim();
  if (/T\/?M\.?\s*TỈNH ỦY|Tỉnh ủy\s/iu.test(all) && level === "tỉnh") return `Tỉnh ủy ${name}`.trim();
  if (/T\/?M\.?\s*HUYỆN ỦY|Huyện ủy/iu.test(all) && level === "huyện") return `Huyện ủy ${name}`.trim();
  if (/HĐND|Hội đồng nhân dân/iu.test(all)) return `UBND ${area}`.trim();
  return "";
}

/** The date written on the document (or the date it was published), as far as it is given. */
/** The end of a cited document's number: "số 126/NQ-HĐND", "05/2018/NQ-HĐND,". */
const CITED = /\d+(?:\/\d{4})?\/[\p{Lu}Đ][\p{L}Đ-]*\s*,?\s*$/u;

function dateOf(head: string, all: string): string | null {
  const pad = (n: string) => n.padStart(2, "0");
  // (A date right after a document's number — "Nghị quyết số 126/NQ-HĐND ngày 09 tháng 12 năm
  // 2022" — is that document's, not this one's.)
  for (const full of head.matchAll(/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)/giu))
    if (!CITED.test(head.slice(Math.max(0, (full.index ?? 0) - 40), full.index)))
      return `${full[3]}-${pad(full[2])}-${pad(full[1])}`;
  const web = /(?:Thứ\s+\p{L}+|Chủ nhật),?\s+(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)/iu.exec(head);
  if (web) return `${web[3]}-${pad(web[2])}-${pad(web[1])}`;
  // A page's dateline: "20:03 11-12-2023 | :155", "Ngày 11/11/2022-09:13:00 AM".
  for (const line of head.split("\n").slice(0, 12)) {
    const d = datelineDate(line);
    if (d) return d;
  }
  // A meeting's days: "Kỳ họp … diễn ra từ ngày 13-14/7/2023" is written on its last day.
  for (const range of head.matchAll(
    /ngày\s+\d{1,2}\s*[-–]\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*((?:19|20)\d\d)/giu,
  ))
    if (!CITED.test(head.slice(Math.max(0, (range.index ?? 0) - 40), range.index)))
      return `${range[3]}-${pad(range[2])}-${pad(range[1])}`;
  const partial = /ngày\s*[.…\s]*\/\s*(\d{1,2})\s*\/\s*((?:19|20)\d\d)/iu.exec(all);
  if (partial) return `${partial[2]}-${pad(partial[1])}`;
  const yearOnly = /ngày\s+tháng\s+năm\s+((?:19|20)\d\d)/iu.exec(head);
  if (yearOnly) return yearOnly[1];
  return null;
}
