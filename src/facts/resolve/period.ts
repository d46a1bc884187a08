import type { Section } from "../../document/types.js";
import { endYear, periodClass, periodEnd, periodStart, samePeriodLastYear } from "../../periods/codes.js";
import type { PeriodMention } from "../../periods/mentions.js";
import { wordsFirst } from "../../text/words-first.js";
import * as cue from "../cues.js";
import type { DocScope, Figure, Scope, SectionScope } from "../figure.js";
import { workingYearOf } from "../scope.js";
import type { Measure, PeriodRule } from "../types.js";

/**
 * Period: the number's own (written right after it), its clause's, its sentence's, its
 * paragraph's, its section's; in a term review, events over the term and states at the time of
 * writing; yearly averages over the plan years.
 */
export function period(f: Figure, s: Scope): void {
  const [code, why] = periodOf(f, s);
  // ("số liệu từ ngày 01/01/2025 đến ngày 31/12/2025": the twelve months of a year are the year.)
  const year = code.replace(/^(\d{4})-01\/\1-12$/, "$1");
  // In a report whose head defines its year as a working year ("từ ngày 01/10/2025 đến hết ngày
  // 30/9/2026 … gọi tắt là năm 2026"), a year is that working year, whichever rule found it — but
  // money keeps the budget's calendar year ("Kinh phí năm ngân sách 2026 được giao …").
  const working = workingYearOf(year, s.doc.coverage);
  f.period = working && !BUDGET_YEAR.test(s.sentence.text) ? working : year;
  f.why.period = why;
}

const BUDGET_YEAR = /(?<![\p{L}])(?:năm ngân sách|ngân sách nhà nước|NSNN|dự toán|kinh phí)(?![\p{L}])/iu;

/** What the document is about, for a figure nothing else dates. */
export function documentPeriod(f: Figure, s: Scope): void {
  if (f.period) return;
  f.period = s.doc.info.period;
  f.why.period = f.period ? "document" : "none";
}

/** Compared with a span ("so với giai đoạn 2016-2020"), a figure is about the next span. */
export function periodAfterBase(f: Figure, _s: Scope): void {
  if (f.base && /^\d{4}\/\d{4}$/.test(f.base) && periodClass(f.period) !== "span") {
    const [ba, bb] = f.base.split("/").map(Number);
    f.period = `${bb + 1}/${bb + 1 + (bb - ba)}`;
    f.why.period = "after-base-span";
  }
}

function periodOf(f: Figure, s: Scope): [string, PeriodRule] {
  const { tok, measure, unit, kind } = f;
  const { text, periods, cues } = s.sentence;
  if (f.compared) return comparatorPeriod(f, s);
  const respective = respectiveYear(f, s);
  if (respective) return [respective, "respective"];
  // "So với năm 2024 (352,4 tỷ đồng), tổng nguồn lực tăng 38,0%": the bracket right after the
  // period compared with holds its level.
  // (Only a bracket that holds the level alone: "(100% dân di cư đi ngoại tỉnh)" says more.)
  const open = text.lastIndexOf("(", tok.start);
  const close = text.indexOf(")", tok.after);
  // ("So với mùa khô 2024 - 2025 (31 vụ, 142,8 ha)": or its levels, one per unit.)
  if (
    open >= 0 &&
    close > 0 &&
    ((/^\(\s*$/.test(text.slice(open, tok.start)) && /^[^\d()]{0,20}$/u.test(text.slice(tok.after, close))) ||
      /^\(\s*[\d.,]+\s*[^\d(),;]{1,20}(?:[,;]\s*[\d.,]+\s*[^\d(),;]{1,20})+$/u.test(text.slice(open, close)))
  ) {
    const base = periods.find((p) => p.base && p.end <= open && /^\s*$/.test(text.slice(p.end, open)));
    if (base)
      return [baseJustBefore(f, text, open) ?? monthsOfBase(f, text, base) ?? base.code, "base-bracket"];
  }
  const ctx = s.section;
  const env = s.doc;
  // ("11 tháng, kim ngạch xuất khẩu … tăng 13,8%, vượt mục tiêu tăng 12% đề ra cho cả năm": a target
  // said to be the whole year's is the year's, whatever months the sentence opened on.)
  const yearOf = ctx.period ?? env.info.period;
  if (
    kind === "target" &&
    yearOf &&
    /^\s*(?:đề ra|đặt ra|được giao|giao)?\s*(?:cho|của)\s+cả năm(?![\p{L}])/iu.test(
      text.slice(tok.after, tok.after + 40),
    )
  )
    return [String(endYear(yearOf)), "whole-year-word"];
  const cutoff = env.cutoff ?? topicCutoff(s);
  const prevAfter = f.prev ? f.prev.tok.after : 0;
  // (A comparator or a plan in brackets does not date what follows it: the figure it restates
  // or plans does — "đạt 71,8% kế hoạch (3.463,5 tỷ đồng), tăng 8,6% so với cùng kỳ".)
  // (Nor does the level of the period compared with: "so với nhiệm kỳ 2021 - 2026 (28,81%) tăng
  // 3,45 điểm phần trăm" is a change up to now.)
  let beforeBase = f.prev;
  while (beforeBase?.why.period === "base-bracket") beforeBase = beforeBase.prev;
  const prev = f.inherited
    ? f.prev?.compared && (f.prev.comparator || f.prev.planBeside)
      ? f.prev.compared
      : beforeBase
    : null;
  const clause = f.before.slice(f.before.lastIndexOf(";") + 1);
  // A plan's or a name's dates and what stands in a closed bracket before the number are
  // not the number's period (only its own, right after it, is).
  // (Those an earlier figure of the sentence owns: "từ 26,20% cuối năm 2023 xuống còn 22,47%; giảm
  // 5.218 hộ".)
  const owned = new Set<number>();
  for (let g = f.prev; g; g = g.prev) if (g.ownPeriodAt !== undefined) owned.add(g.ownPeriodAt);
  // (A yearly average runs from the years its sentence names: "từ 48,14% đầu năm 2016 … còn 30,67%
  // năm 2020, bình quân hàng năm giảm 3,49 điểm".)
  const all = isAverage(text.slice(prevAfter, tok.after), unit)
    ? periods.filter((p) => !p.base)
    : periods.filter((p) => !p.base && !owned.has(p.start));
  const usable = all.filter(
    (p) => (!p.named || (kind === "target" && !p.noPeriod)) && !closedBracketBetween(text, p.end, tok.start),
  );
  // The number's own: right after it, "(năm 2015)", " năm 2020", "(GD 2021-2023)".
  const section0 = ctx.period ?? env.info.period;
  // In a half-year report, "năm 2023" beside a result names the year's programme, while the
  // figure is the half-year's.
  // ("Ước đến cuối năm 2025 giảm 296 hộ nghèo": the year's end is named, not its programme.)
  const narrow = (code: string, p?: PeriodMention) =>
    !p?.until &&
    !ctx.forward &&
    kind !== "target" &&
    // (nor does a forecast for the year: "số ca mắc cả năm 2025 có thể lên tới khoảng 3.000 ca")
    kind !== "forecast" &&
    kind !== "estimate" &&
    section0 &&
    periodClass(section0) === "sub" &&
    periodClass(code) === "year" &&
    endYear(code) === endYear(section0) &&
    // (A report on "tháng 12 và năm 2025" speaks of the year where it names it.)
    env.info.period !== code
      ? section0
      : code;
  // A month or quarter named without its year among the tasks for the coming one ("tháng 9"
  // under "THÁNG 9/2024", written in August) is the coming one.
  // (A numbered task may itself be a section named by its month: then the plan period frames it.)
  const ahead = (p: PeriodMention, code: string) => {
    const next = code.replace(/\d{4}/g, (y) => String(Number(y) + 1));
    return ctx.forward &&
      p.cls === "sub" &&
      section0 &&
      !/\d{4}/.test(text.slice(p.start, p.end)) &&
      (within(next, section0) ||
        (section0 === code && !!env.info.plan_period && within(next, env.info.plan_period)))
      ? next
      : code;
  };
  // "(cùng kỳ năm 2024 chiếm 64,5%)" in a report on ten months: those ten months of 2024.
  const sameMonths = (p: PeriodMention, code: string) =>
    p.cls === "year" &&
    section0 &&
    periodClass(section0) === "sub" &&
    /^\d{4}$/.test(code) &&
    /(?<![\p{L}])cùng kỳ\s+(?:năm\s+)?$/iu.test(text.slice(Math.max(0, p.start - 16), p.start))
      ? section0.replace(/\d{4}/g, code)
      : code;
  const sameSpell = (p: PeriodMention, code: string) => sameMonths(p, ahead(p, code));
  const own = all.find(
    (p) =>
      p.start >= tok.after &&
      p.start - tok.after <= 14 &&
      /^(?:\[\d{1,3}\])?[\s(,]*(?:của\s+)?(?:(?:cuối|đầu|hết|giữa)\s+)?(?:năm|tính đến|đến|GD|giai đoạn|ngày|tháng|quý|\d)/iu.test(
        text.slice(tok.after, p.start + 4),
      ) &&
      // "đạt 7,06%, (6 tháng đầu năm 2022 đạt 9,64%)": a period with a verb after it opens the
      // next statement.
      // ("gấp 3 lần (năm 2020 chỉ đạt 540.000 lượt)")
      !/^\s*(?:,\s*)?(?:(?:chỉ|mới|đã|cũng)\s+)?(?:đạt|là|tăng|giảm|chiếm|ước|có|còn|phấn đấu|dự kiến|mục tiêu|sẽ)(?![\p{L}])/iu.test(
        text.slice(p.end, p.end + 14),
      ) &&
      // ("ước tính 2,14% (năm 2024: 2,31%)": a bracket with a figure of its own is its period's.)
      !(/\(/.test(text.slice(tok.after, p.start)) && /^[^()]*\d[^()]*\)/u.test(text.slice(p.end))),
  );
  if (own) {
    // ("mức tăng 7,05% của quý I năm trước": a period the figure owns dates no later one.)
    // ("giảm từ 26,20% cuối năm 2023 xuống còn 22,47%": nor does the date of where a move began.)
    if (/của\s*$/iu.test(text.slice(tok.after, own.start)) || /(?<![\p{L}])từ\s*$/iu.test(f.local))
      f.ownPeriodAt = own.start;
    return [narrow(sameSpell(own, atStart(own)), own), "own"];
  }
  // "giảm từ 38,6% năm 2020 xuống còn 30,2% năm 2025; công nghiệp tăng từ 24,1% lên 28,5%": a
  // move written like one dated just before it spans the same two years.
  const pair = movePair(text, tok.start, f.local, prev?.why.period === "move-pair");
  if (pair) {
    const m = periods.find((p) => !p.base && p.start >= pair[0] && p.end <= pair[1]);
    if (m) return [m.code, "move-pair"];
  }
  // ("Năm 2023, huyện được công nhận …; đến nay 28/28 xã đạt chuẩn": "đến nay" dates what
  // follows it to the time of writing, whatever year was named before.)
  const nowAt = cues.last(cue.STOCK_NOW, tok.start);
  // (Nor does a period in a reason an earlier figure gave: "… 7,85% do học phí năm học 2026-2027
  // tăng; nhóm nhà ở … tăng 5,12%".)
  const dating = (nowAt < 0 ? usable : usable.filter((p) => p.end > nowAt || p.cls === "span")).filter(
    (p) => !inReason(text, p.start),
  );
  // Written between the previous figure and this one.
  const near = [...dating].reverse().find((p) => p.end <= tok.start && p.start >= prevAfter);
  // "cả năm", "cuối năm", "hết năm", "năm nay" without a year: the year of the part reported on.
  const part = ctx.period ?? env.info.period;
  // (A target's: anywhere in its clause — "mục tiêu cả năm là đón 3,1 triệu lượt khách, doanh
  // thu trên 12.000 tỷ đồng".)
  const wholeYearFrom = kind === "target" ? text.lastIndexOf(";", tok.start) + 1 : prevAfter;
  // ("6 tháng cuối năm, thành phố phấn đấu giá trị sản xuất cả năm tăng 5,5%": the nearer word.)
  const wholeYear = part ? text.slice(wholeYearFrom, tok.start).search(WHOLE_YEAR) : -1;
  // The day the results are counted to, where a lead-in or a line under the title names one:
  // a result it would date to that day's year ("Vốn năm 2023 kéo dài sang năm 2024: … giải ngân
  // 13,0 tỷ đồng" under "Tính đến ngày 15/11/2024, …") is of the day.
  const countedTo =
    s.lead?.period && /^\d{4}-\d{2}-\d{2}$/.test(s.lead.period.code) ? s.lead.period.code : cutoff;
  const toDay = (code: string): string =>
    kind === "actual" &&
    !ctx.forward &&
    countedTo &&
    periodClass(code) === "year" &&
    countedTo.startsWith(code)
      ? countedTo
      : code;
  // "giải ngân 100% kế hoạch vốn năm 2024 trước ngày 31/01/2025": a target is due by the
  // deadline in its clause, whatever was named before it (the year names the plan).
  if (kind === "target") {
    const segEnd = segmentEnd(text, tok.after);
    const due = usable.find(
      (p) =>
        p.start >= tok.after &&
        p.end <= segEnd &&
        DEADLINE.test(text.slice(Math.max(0, p.start - 24), p.start)),
    );
    // ("trong tháng 7 và tháng 8" among the tasks of the coming half-year: the coming months.)
    if (due) return [narrow(ahead(due, due.code)), "after-it"];
  }
  if (near && !(wholeYear >= 0 && wholeYearFrom + wholeYear >= near.end))
    return [
      toDay(narrow(sameSpell(near, atStart(near, averaged(near, clause, unit, ctx, s))), near)),
      "before-it",
    ];
  if (part && wholeYear >= 0) {
    // ("Năm 2024, dù …; ước thực hiện cả năm có 13/15 chỉ tiêu đạt" in a plan for 2025: the
    // sentence named the year it speaks of.)
    const at = wholeYearFrom + wholeYear;
    const named = [...dating].reverse().find((p) => p.end <= at && p.cls === "year");
    return [named ? named.code : String(endYear(part)), "whole-year-word"];
  }
  // (How many of the year's targets are expected to be met is said of the year.)
  if (f.why.kind === "targets-expected" && part && periodClass(part) === "sub" && !near)
    return [String(endYear(part)), "targets-of-year"];
  // A figure that continues its clause's subject ("…, tăng 7,86%", "…, đạt 93,13% so với NQ")
  // is about the same period, unless it is a yearly average over a span.
  // (Nor does a level after a yearly average take the average's span: "giảm bình quân 1,5%/năm,
  // còn 3,2%".)
  const averagedBefore =
    /average$/.test(prev?.why.period ?? "") && cue.TO_LEVEL.test(text.slice(prevAfter, tok.start));
  // ("giảm từ 26,20% cuối năm 2023 xuống còn 22,47%": where it ends is not when it started.)
  const endOfOwn = prev?.why.period === "own" && cue.TO_LEVEL.test(text.slice(prevAfter, tok.start));
  if (
    prev?.period &&
    !endOfOwn &&
    !(isAverage(text.slice(prevAfter, tok.after), unit) && (measure === "growth" || measure === "change")) &&
    !(averagedBefore && !isAverage(text.slice(prevAfter, tok.after), unit))
  ) {
    // (A plan beside a result over the months a report covers is the year's: plans are yearly.)
    if (kind === "target" && (overCoverage(env.coverage, prev.period) || ofLeadMonths(s, ctx, prev.period)))
      return [String(endYear(prev.period)), "section"];
    // (After a result over its target, "48/35%, đạt 137,1% NQ", the result's.)
    return [prev.tok.pairedTarget && prev.prev ? prev.prev.period : prev.period, "previous-figure"];
  }
  // (A rank is a place at a time: a span named in an earlier clause — "bình quân giai đoạn
  // 2021-2024 tăng gấp 1,35 lần …; quy mô nền kinh tế xếp thứ 23/63" — does not date it.)
  const clauseFrom = text.lastIndexOf(";", tok.start);
  const earlier = [...dating]
    .reverse()
    .find((p) => p.end <= tok.start && !(measure === "rank" && p.cls === "span" && p.end < clauseFrom));
  if (earlier) {
    // (The start of a year dates what follows until the sentence turns to the year's end: "đầu
    // năm 2023 có 96 hộ nghèo …; 138 hộ cận nghèo" but not "…; cuối năm còn 98 hộ (giảm 40 hộ)".)
    const code = averaged(earlier, clause, unit, ctx, s);
    const turned = WHOLE_YEAR.test(text.slice(earlier.end, tok.start));
    return [toDay(narrow(turned ? code : atStart(earlier, code), earlier)), "sentence"];
  }
  const segEnd = segmentEnd(text, tok.after);
  // (Not a period in the reason given after it: "tăng 7,85% do học phí năm học 2026-2027 tăng".)
  const later = usable.find(
    (p) => p.start >= tok.after && p.end <= segEnd && !BECAUSE.test(text.slice(tok.after, p.start)),
  );
  if (later) return [narrow(ahead(later, later.code), later), "after-it"];
  // "Tổng thu ngân sách 5 năm đạt …" in a review of a five-year term: the term's total.
  const span = ctx.period ?? env.info.period;
  const years = /(?<![\d.,])(\d{1,2})\s*năm(?:\s+qua)?(?![\p{L}\d])/iu.exec(clause.slice(-120));
  if (years && span && periodClass(span) === "span" && !ctx.forward) {
    const [a, b] = span.split("/").map(Number);
    // (The five years of a 2015-2020 term are 2016 to 2020.)
    if (b - a === Number(years[1])) return [`${a + 1}/${b}`, "term"];
  }
  // A news page on a congress: the figures of the resolution it reviews are of that term.
  const term = s.sentence.term;
  if (
    term &&
    term.at < tok.start &&
    !(ctx.period && periodClass(ctx.period) === "span") &&
    periodClass(env.info.period) !== "span"
  )
    return [term.code, "resolution-term"];
  // Points above a target ("vượt 8,5% NQ") are no yearly rate, whatever "hằng năm" says nearby.
  // (A level reached — "…, còn 3,2%" — is no average, whatever its clause says.)
  const average =
    isAverage(clause, unit) &&
    !(measure === "change" && cue.OF_TARGET_AFTER.test(text.slice(tok.after))) &&
    !cue.TO_LEVEL.test(text.slice(prevAfter, tok.start));
  const section = ctx.period ?? (ctx.forward ? env.info.plan_period : null) ?? env.info.period;

  // "Đến thời điểm báo cáo", "đến nay": the time of writing, whatever the paragraph said.
  const now = cues.last(cue.STOCK_NOW, tok.start) >= 0 || cues.last(cue.REPORT_TIME, tok.start) >= 0;
  // The parts listed after a whole ("… ước tăng 6,88%. Trong đó, A tăng 3,46%; …") are of its period.
  const whole = s.paragraph.lastHead;
  if (whole?.period && cue.PARTS_OPENER.test(text) && !now) return [whole.period, "its-whole"];
  // "Tổng chi … cùng thời điểm 5.968 triệu đồng": the day the paragraph last named.
  if (
    s.paragraph.day &&
    /cùng (?:thời điểm|thời gian) (?:này|trên|đó)?/iu.test(text.slice(prevAfter, tok.start))
  )
    return [s.paragraph.day.code, "same-day"];
  // "Tổng vốn đầu tư … cả nhiệm kỳ ước đạt 42.500 tỷ đồng" in a term's review: the term's.
  if (
    section &&
    periodClass(section) === "span" &&
    !ctx.forward &&
    /(?<![\p{L}])(?:cả|toàn|trong|suốt) nhiệm kỳ(?![\p{L}])(?!\s+(?:tới|sau|mới|20\d\d))/iu.test(clause)
  )
    return [section, "term-whole"];
  const paragraphPeriod = s.paragraph.period;
  // (In a term's review, a year named in an earlier sentence — "đến cuối năm 2022 còn 21,35%.
  // Tỷ lệ trường đạt chuẩn …" — does not date a new subject's state, which is at writing.)
  const termReview = !!section && periodClass(section) === "span" && !ctx.forward;
  const newSubject =
    termReview &&
    !f.prev &&
    periodClass(paragraphPeriod?.code ?? "") === "year" &&
    !!env.refYear &&
    Number(paragraphPeriod?.code) < env.refYear;
  if (paragraphPeriod && !now && !(average && termReview) && !newSubject)
    return [paragraphPeriod.code, "paragraph"];
  // A meeting's own figures (those present, resolutions passed, questions put) are of its day.
  const meetingDay =
    s.paragraph.day?.code ?? (/^\d{4}-\d{2}-\d{2}$/.test(env.info.date ?? "") ? env.info.date : null);
  if (meetingDay && !now && isMeetingFigure(f, text)) return [meetingDay, "meeting-day"];
  // The lead-in above the list the figure is in ("trong 6 tháng đầu năm 2023 … như sau:").
  // (A plan beside the results listed under "Tính đến ngày 15/11/2024, …" is the year's.)
  const leadDay = !!s.lead?.period && /^\d{4}-\d{2}-\d{2}$/.test(s.lead.period.code);
  // (Nor is a plan beside results listed under "Kết quả 11 tháng như sau:" of those months:
  // plans are yearly — "đạt chỉ tiêu KH (dưới 117)".)
  const leadMonths = !!s.lead?.period && ofLeadMonths(s, ctx, s.lead.period.code);
  if (
    s.lead?.period &&
    !now &&
    !(average && section && periodClass(section) === "span") &&
    !((leadDay || leadMonths) && kind === "target")
  )
    return [s.lead.period.code, "lead-in"];
  if (!section) return ["", "none"];
  // A yearly target under "chỉ tiêu đến năm 2030" holds over the plan's span.
  const plan = env.info.plan_period;
  if (
    ctx.forward &&
    periodClass(section) === "year" &&
    plan &&
    periodClass(plan) === "span" &&
    endYear(plan) === endYear(section)
  ) {
    const [pa, pb] = plan.split("/").map(Number);
    if (average && /^%/.test(unit) && (measure === "growth" || measure === "change"))
      return [`${pb - pa === 5 ? pa + 1 : pa}/${pb}`, "plan-years-average"];
    if (average || cue.EVENT.test(eventPhrase(text, tok.start, prevAfter, measure)))
      return [plan, "plan-span"];
  }
  // (A target quoted in a review of months — "phải … để thu ngân sách cả năm đạt 5.600 tỷ đồng;
  // giải ngân đạt trên 95%" in a report on 11 months — is the year's: plans are yearly.)
  if (kind === "target" && !ctx.forward && periodClass(section) === "sub")
    return [String(endYear(section)), "section"];
  // Tasks for the rest of the year ("6 tháng cuối năm", "quý IV"): a state to reach by its end
  // ("giảm số hộ nghèo xuống còn dưới 4 hộ", "lên 95% vào cuối năm") or the year's plan named
  // ("để hoàn thành kế hoạch 50 ha") is the year's.
  if (
    kind === "target" &&
    ctx.forward &&
    periodClass(section) === "sub" &&
    periodEnd(section).endsWith("-12-31") &&
    (cue.TO_LEVEL.test(text.slice(prevAfter, tok.start)) ||
      /^[^;.]{0,30}?(?<![\p{L}])(?:vào|đến|trước)\s+cuối năm(?![\p{L}])/iu.test(text.slice(tok.after)) ||
      /(?<![\p{L}])kế hoạch(?:\s+năm)?\s*$/iu.test(text.slice(prevAfter, tok.start)))
  )
    return [String(endYear(section)), "whole-year-word"];
  if (periodClass(section) !== "span") {
    // "(Số liệu tính đến ngày 15/11/2024)" under the title: the results of that year are of the day.
    // (So is an estimate dated by nothing but the section — "Tổng thiệt hại ước tính khoảng
    // 1.162 tỷ đồng" under "(… tính đến 17 giờ ngày 15/9/2024)".)
    const day = kind === "estimate" && !ctx.forward && cutoff?.startsWith(section) ? cutoff : toDay(section);
    if (day !== section && cutoff === day) return [day, "cutoff-day"];
    return covered(f, s, section, prevAfter) ?? [section, "section"];
  }
  const [a, b] = section.split("/").map(Number);
  // A school year or a season ("năm học 2023-2024", "vụ Đông Xuân 2023-2024") is one period,
  // not a term with stocks at its end.
  if (b - a <= 1) return [section, "section"];
  // A term or plan span. Forward: yearly targets are about the whole span, levels about its
  // end. Review: averages over the five-year plan, stocks at the time of writing, totals over
  // the term.
  if (ctx.forward) {
    // Yearly rates over a term's plan run over its five plan years; other yearly targets and
    // things to be done through the term hold over the term as written.
    if (average && /^%/.test(unit) && (measure === "growth" || measure === "change"))
      return [`${b - a === 5 ? a + 1 : a}/${b}`, "plan-years-average"];
    return average || cue.EVENT.test(eventPhrase(text, tok.start, prevAfter, measure))
      ? [section, "plan-span"]
      : [String(b), "plan-end"];
  }
  const upTo = kind === "actual" && env.refYear && env.refYear < b ? env.refYear : b;
  // Midway through a term ("Sơ kết giữa nhiệm kỳ …", written in 2023 on 2020-2025), what was done
  // so far runs from its first plan year to the year of writing, and a target is where the
  // term should end.
  // (A congress's report written in the term's last year or two reviews the whole term.)
  const midTerm = !!env.refYear && env.refYear > a && env.refYear <= b - 2;
  const soFar = midTerm ? `${b - a === 5 ? a + 1 : a}/${env.refYear}` : section;
  // A target quoted in a term's review is the term's target.
  if (kind === "target") return midTerm && !average ? [String(b), "term-target"] : [section, "term-target"];
  // Yearly growth rates run over the plan years so far; other yearly figures over the term.
  if (average)
    return /^[%‰]/.test(unit) && (measure === "growth" || measure === "change")
      ? [`${b - a === 5 ? a + 1 : a}/${upTo}`, "term-years-average"]
      : [section, "term-average"];
  // Stocks dated to the time of writing ("hiện có", "đến nay", "toàn huyện có 70 trường").
  // "Từ đầu nhiệm kỳ đến nay": what the term has done so far.
  if (cues.last(cue.TERM_SO_FAR, tok.start) >= 0) return [soFar, "term-so-far"];
  // "có 19/22 chỉ tiêu chủ yếu đạt và vượt": how many of the term's targets were met is said of
  // the term, not a stock at writing (a new-countryside district's criteria are a state).
  if (
    /^chỉ tiêu/iu.test(unit) &&
    (measure === "count_of_total" || measure === "level") &&
    !/nông thôn mới|NTM|tiêu chí/iu.test(text.slice(Math.max(0, tok.start - 80), tok.after + 40))
  )
    return [soFar, "term-targets-met"];
  const atWriting =
    cues.last(cue.STOCK_NOW, tok.start) >= 0 ||
    cues.last(cue.WHOLE_AREA_HAS, tok.start) >= 0 ||
    /(?<![\p{L}])có\s+(?:\S+\s+){0,2}$/iu.test(text.slice(prevAfter, tok.start));
  if (atWriting) return [String(upTo), "stock-at-writing"];
  // What was done over the term (tuyển quân 638/638, giải quyết xong 250/265 đơn, kết nạp
  // 1.194 đảng viên) is the term's; a state (100% xã có điện, diện tích 2.017 ha) is dated to
  // the time of writing.
  const clauseText = text.slice(Math.max(text.lastIndexOf(";", tok.start) + 1, 0), tok.start);
  const rateLike = measure === "share" || measure === "rate" || measure === "count_of_total";
  if (cue.EVENT.test(eventPhrase(text, tok.start, prevAfter, measure))) return [soFar, "term-event"];
  const stock = rateLike || cue.STATE.test(clauseText);
  return stock ? [String(upTo), "state-at-writing"] : [soFar, "term"];
}

/** The day a note under the title counts the topic of the figure's part to. */
function topicCutoff(s: Scope): string | null {
  if (!s.doc.topicCutoffs.length) return null;
  const titles: string[] = [];
  for (let at: Section | undefined = s.sentence.block.section; at && at.level > 0; at = at.parent)
    titles.push(at.title.toLowerCase());
  const hit = s.doc.topicCutoffs.find((t) => titles.some((title) => title.includes(t.topic)));
  return hit?.day ?? null;
}

/**
 * A result dated by nothing but its part's year, in a report whose head says which span its
 * figures cover ("tính từ ngày 01/01/2025 đến ngày 30/11/2025"): done over those months, or
 * standing on their last day ("Toàn tỉnh có 438.615 đoàn viên", "còn 86 đơn vị").
 */
function covered(f: Figure, s: Scope, section: string, prevAfter: number): [string, PeriodRule] | null {
  const c = s.doc.coverage;
  if (!c || periodClass(section) !== "year") return null;
  const shift = Number(section) - endYear(c.code);
  const now = shift === 0 && f.kind === "actual" && !s.section.forward;
  // A working year that turns off the calendar: a part's year is the working year that ends in
  // it, for plans as for results ("Phương hướng năm 2026" in a court's report).
  if (c.working) {
    if (Math.abs(shift) > 1) return null;
    if (now && standing(f, s, prevAfter)) return [c.end, "coverage-end"];
    return [workingYearOf(section, c) ?? section, "coverage"];
  }
  // (How many targets were met — "có 18/20 chỉ tiêu đạt và vượt" — is said of the year.)
  if (!now || /^chỉ tiêu/u.test(f.unit)) return null;
  if (standing(f, s, prevAfter)) return [c.end, "coverage-end"];
  return c.yearly ? null : [c.code, "coverage"];
}

/** Whether a period is the calendar months a note under the title covers, or their last day. */
function overCoverage(cover: DocScope["coverage"], period: string | null): boolean {
  return !!cover && !cover.working && (period === cover.code || period === cover.end);
}

/**
 * What stands at a time rather than was done over one, by the words of its clause: "Toàn tỉnh
 * có 438.615 đoàn viên", "còn 86 đơn vị", "hiện có". (A share or a count of a total is of what
 * was done — "làm rõ 221/236 vụ, đạt 93,6%" — unless its words say it stands.)
 */
function standing(f: Figure, s: Scope, prevAfter: number): boolean {
  const { text, cues } = s.sentence;
  const from = Math.max(text.lastIndexOf(";", f.tok.start) + 1, prevAfter);
  const clause = text.slice(from, f.tok.start);
  return (
    cues.last(cue.STOCK_NOW, f.tok.start, from) >= 0 ||
    cues.last(cue.WHOLE_AREA_HAS, f.tok.start, from) >= 0 ||
    cue.STATE.test(clause) ||
    /(?<![\p{L}])(?:có|còn|tổng số)\s+(?:[^\s\d]+\s+){0,2}$/iu.test(clause)
  );
}

/** "(cùng kỳ …)": the figure's period a year earlier; "(6 tháng đầu năm 2022 …)": its own. */
function comparatorPeriod(f: Figure, s: Scope): [string, PeriodRule] {
  const prev = f.compared as Figure;
  // "(NQ 9%/năm)", "52/40%, đạt 130% NQ" in the review of a term: the resolution's target is
  // the term's.
  const term = s.section.period ?? s.doc.info.period;
  const text = s.sentence.text;
  const bracket = text.lastIndexOf("(", f.tok.start);
  const inBracket = bracket > text.lastIndexOf(")", f.tok.start);
  const said = inBracket
    ? text.slice(bracket + 1, f.tok.start)
    : f.tok.pairedTarget
      ? text.slice(f.tok.after).split(/[;.]/)[0]
      : "";
  if (
    f.planBeside &&
    term &&
    periodClass(term) === "span" &&
    !s.section.forward &&
    /(?<![\p{L}])(?:NQ|nghị quyết|đại hội)(?![\p{L}])/iu.test(said)
  ) {
    // (Midway through the term, where it should end; at its end, the term's.)
    const end = endYear(term);
    const refYear = s.doc.refYear;
    if (refYear && refYear <= end - 2 && refYear > Number(term.slice(0, 4)))
      return /\/\s*năm/u.test(f.unit) ? [term, "term-target"] : [String(end), "term-target"];
    // ("Thu nhập bình quân đầu người năm 2025 ước đạt 92,5 triệu đồng (Nghị quyết: 90 triệu
    // đồng)": at the term's end, the target of a figure dated in its last year is for that year.)
    // ("48/35%" is the term's pair as the annex writes it.)
    return inBracket && prev.period && periodClass(prev.period) === "year" && endYear(prev.period) === end
      ? [prev.period, "its-result"]
      : [term, "term-target"];
  }
  if (f.planBeside) {
    // ("(chỉ tiêu năm 2024 là 16,2%)": the plan's own year.)
    const open = text.lastIndexOf("(", f.tok.start);
    const own = s.sentence.periods.filter((p) => !p.base && p.start > open && p.end <= f.tok.start);
    if (open > text.lastIndexOf(")", f.tok.start) && own.length)
      return [own[own.length - 1].code, "comparator-own"];
    // ("đạt 64,2% dự toán 6 tháng cuối năm (20.010 triệu đồng)": the period the plan names.)
    const after = f.prev?.measure === "pct_of_target" ? f.prev.tok.after : -1;
    const named = s.sentence.periods.filter(
      (p) => !p.base && after >= 0 && p.start >= after && p.end <= open,
    );
    if (named.length) return [named[named.length - 1].code, "comparator-own"];
    // ("9 tháng đạt 71,8% kế hoạch giao (3.463,5 tỷ đồng)": what part of the plan was met names
    // the year's plan; so does "(kế hoạch năm 95%)".)
    const yearPlan = /(?:kế hoạch|KH|chỉ tiêu|mục tiêu)\s+(?:cả\s+)?năm(?!\s+(?:học|\d))/iu.test(
      text.slice(open, f.tok.start),
    );
    // (So is a plan beside a result over the months a report covers.)
    const overMonths = overCoverage(s.doc.coverage, prev.period);
    // (And beside a stock counted to a day: "đạt 11,3 bác sĩ/vạn dân (KH 11,5 …)" at 31/10 is set
    // against the year's plan.)
    const stockDay = /^\d{4}-\d{2}-\d{2}$/.test(prev.period) && !prev.period.endsWith("-12-31");
    if (
      (f.prev?.measure === "pct_of_target" || yearPlan || overMonths || stockDay) &&
      periodClass(prev.period) === "sub"
    )
      return [String(endYear(prev.period)), "its-result"];
    return [prev.period, "its-result"];
  }
  // "tăng 6,7% (1.124/1.053 lượt) so với cùng kỳ năm 2022": the level the change was taken from.
  if (f.tok.pairedTarget && prev.period) {
    const change = prev.prev;
    const year = change?.base && /^\d{4}(?:[-/]|$)/.test(change.base) ? change.base : null;
    return [year ?? samePeriodLastYear(prev.period), "comparator-last-year"];
  }
  const open = s.sentence.text.lastIndexOf("(", f.tok.start);
  const inner = s.sentence.text.slice(open + 1, f.tok.start);
  if (/cùng kỳ|(?<![\p{L}])CK(?![\p{L}])/iu.test(inner) && prev.period)
    return [samePeriodLastYear(prev.period), "comparator-last-year"];
  const own = s.sentence.periods.filter((p) => p.start > open && p.end <= f.tok.start && !p.price);
  if (own.length) return [own[own.length - 1].code, "comparator-own"];
  // ("so với cùng kỳ năm 2025 (cả nước tăng 3,21%)": the same months in another place.)
  if (
    /^\s*(?:(?:bình quân|trung bình)(?:\s+chung)?\s+)?(?:cả nước|toàn quốc)(?![\p{L}])/iu.test(inner) &&
    prev.period
  )
    return [prev.period, "comparator-same"];
  // ("giảm 6,2% so với cùng kỳ năm 2025 (1.968 vụ)", "gấp 1,37 lần cùng kỳ (…)": the level of
  // the base the change before the bracket was taken on.)
  const base = baseJustBefore(f, s.sentence.text, open);
  if (base) return [base, "comparator-last-year"];
  // ("cao hơn năm 2024 (10,28%)": the period named right before the bracket.)
  const before = s.sentence.periods.filter((p) => p.end <= open && open - p.end <= 2 && !p.price);
  if (before.length) return [before[before.length - 1].code, "comparator-own"];
  return [prev.period, "comparator-same"];
}

/** The base period of a change or multiple right before a bracket, set against it there. */
function baseJustBefore(f: Figure, text: string, open: number): string | null {
  const change = f.prev;
  if (!change?.base || !/^\d{4}(?:[-/]|$)/.test(change.base) || change.tok.after > open) return null;
  if (!["growth", "change", "multiple"].includes(change.measure)) return null;
  const between = text.slice(change.tok.after, open);
  return !/[;()]/.test(between) && /(?<![\p{L}])(?:so với|so|cùng kỳ|CK|lần)(?![\p{L}])/iu.test(between)
    ? change.base
    : null;
}

/** "cùng kỳ năm 2025" after a figure of 9 months of 2026: the same months of 2025. */
function monthsOfBase(f: Figure, text: string, base: PeriodMention): string | null {
  const own = f.prev?.period;
  if (!own || periodClass(own) !== "sub" || !/cùng kỳ\s*(?:năm\s*)?$/iu.test(text.slice(0, base.start)))
    return null;
  const last = samePeriodLastYear(own);
  return endYear(last) === endYear(base.code) ? last : null;
}

const BECAUSE = /(?<![\p{L}])(?:do|vì|nhờ|bởi)(?![\p{L}])/iu;

/**
 * Whether a position stands in the reason a figure of its clause gives ("tăng 7,85% do …", "vì
 * …"). (After a noun, "do" names who: "nguồn vốn do địa phương quản lý năm 2025".)
 */
function inReason(text: string, at: number): boolean {
  const clause = text.slice(Math.max(text.lastIndexOf(",", at), text.lastIndexOf(";", at)) + 1, at);
  const why = clause.search(BECAUSE);
  return why > 0 && /\d[^\d]{0,20}$/u.test(clause.slice(0, why));
}

/** The words that put a deadline on a target: trước ngày, chậm nhất là, đến hết ngày. */
const DEADLINE = /(?<![\p{L}])(?:trước|chậm nhất(?:\s+là)?|đến hết|trong)\s+(?:ngày\s*)?$/iu;

const MEETING_COUNT =
  /^(?:đại biểu|đồng chí|ủy viên|uỷ viên|nghị quyết|vấn đề|ý kiến|lượt ý kiến|lượt đại biểu|phiên|tờ trình|báo cáo|câu hỏi|giám đốc|ngày)(?![\p{L}])/iu;
const MEETING_WORDS =
  /(?<![\p{L}])(?:kỳ họp|hội nghị|phiên họp|phiên thảo luận|phiên chất vấn|chất vấn|thông qua|dự kỳ họp|tham dự|phát biểu|được tổ chức|đã bầu|bầu)(?![\p{L}])/iu;

/** A count of what a meeting is made of, in a sentence about the meeting. */
function isMeetingFigure(f: Figure, text: string): boolean {
  const counted = `${f.unit} ${f.after.slice(0, 20)}`.replace(/\s+/g, " ").trim();
  return f.measure !== "share" && MEETING_COUNT.test(counted) && MEETING_WORDS.test(text);
}

export function insideBracket(text: string, at: number): boolean {
  return text.lastIndexOf("(", at) > text.lastIndexOf(")", at);
}

/** Whether period a lies within period b. */
function within(a: string, b: string): boolean {
  const [as, ae, bs, be] = [periodStart(a), periodEnd(a), periodStart(b), periodEnd(b)];
  return !!as && !!bs && as >= bs && ae <= be;
}

/** A bracket opened after `from` and closed before `to`: "(… mục tiêu đến năm 2025 …)". */
export function closedBracketBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  // (A bracket may close right where the period ends: "(thực hiện trong tháng 01/2025): có …".)
  const open = text.lastIndexOf("(", from - 1);
  const close = text.lastIndexOf(")", from - 1);
  return open > close && between.includes(")");
}

/** Where a verb of doing must stand to govern a figure: right before a rate, in an amount's clause. */
function eventPhrase(text: string, start: number, prevAfter: number, measure: Measure): string {
  const rateLike =
    measure === "share" || measure === "rate" || measure === "count_of_total" || measure === "pct_of_target";
  return rateLike
    ? text.slice(Math.max(prevAfter, start - 60), start)
    : text.slice(text.lastIndexOf(";", start) + 1, start);
}

function isAverage(clause: string, unit: string): boolean {
  if (/(?:triệu|nghìn)?\s*(?:đồng|USD)\/(?:người\/)?năm/iu.test(unit)) return false; // per head a year: a level
  if (/\/\s*năm/.test(unit)) return true;
  // A yearly average: "hằng năm", "mỗi năm", "tăng bình quân", "bình quân giai đoạn" — not
  // "dân số trung bình" (the mean population) nor "bình quân 14 tiêu chí/xã".
  return /(?<![\p{L}])(?:hằng năm|hàng năm|mỗi năm)(?![\p{L}])|(?:tăng|giảm|tăng trưởng|tốc độ|phát triển)[^,;]{0,30}(?:bình quân|trung bình)|(?:bình quân|trung bình)\s+(?:giai đoạn|cả giai đoạn|mỗi năm|hằng năm|hàng năm|\d{4})/iu.test(
    clause,
  );
}

/** A single year written beside a yearly average stands for the span that ends in it. */
/** Months a lead-in of results names ("Kết quả 11 tháng như sau:"), which date no plan beside them. */
function ofLeadMonths(s: Scope, ctx: SectionScope, period: string): boolean {
  const lead = s.lead?.period?.code;
  return (
    !!lead && lead === period && periodClass(lead) === "sub" && s.lead?.kind !== "target" && !ctx.forward
  );
}

/** "Đầu năm 2024, … còn 1.132 hộ nghèo": a stock at a year's start is the year before's end. */
function atStart(p: PeriodMention, code = p.code): string {
  return p.yearStart && code === p.code ? String(Number(code) - 1) : code;
}

function averaged(p: PeriodMention, clause: string, unit: string, ctx: SectionScope, s: Scope): string {
  // "bình quân 9,2%/năm trong nhiệm kỳ 2020-2025": a yearly rate over the term's five plan years.
  if (
    p.cls === "span" &&
    isAverage(clause, unit) &&
    /^[%‰]/.test(unit) &&
    s.sentence.text.slice(Math.max(0, p.start - 10), p.start).match(/nhiệm kỳ\s*$/iu)
  ) {
    const [a, b] = p.code.split("/").map(Number);
    return b - a === 5 ? `${a + 1}/${b}` : p.code;
  }
  if (p.cls !== "year" || !isAverage(clause, unit)) return p.code;
  const section = ctx.period ?? s.doc.info.period;
  if (!section || periodClass(section) !== "span" || endYear(section) !== endYear(p.code)) return p.code;
  const [a, b] = section.split("/").map(Number);
  return ctx.forward ? section : `${b - a === 5 ? a + 1 : a}/${b}`;
}

/** The end of the number's segment: the next comma, semicolon or bracket. */
function segmentEnd(text: string, from: number): number {
  const m = /[,;(]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** "cả năm", "cuối năm", "hết năm", "năm nay" (scanned words first: see text/words-first.ts). */
const WHOLE_YEAR = wordsFirst(
  // ("tăng 4% so với năm nay": the year compared with dates nothing.)
  /(?<![\p{L}])(?<!tháng (?:đầu )?)(?<!so với (?:cùng kỳ )?)(?:cả năm|cuối năm|hết năm|năm nay)(?![\p{L}]|\s*\d)/iu,
);

/** A move dated at both ends: "từ 38,6% năm 2020 xuống còn 30,2% năm 2025". */
const DATED_MOVE =
  /(?<![\p{L}])từ\s+[\d.,]+\s*%\s*((?:cuối\s+|đầu\s+)?năm\s+\d{4})\s*,?\s*(?:lên|xuống)(?:\s+còn|\s+mức)?\s+[\d.,]+\s*%\s*((?:cuối\s+|đầu\s+)?năm\s+\d{4})/dgiu;

/**
 * Where the year of an undated move's end stands ("tăng từ 24,1% lên 28,5%" after a move dated
 * at both ends, earlier in the sentence): the first year for its start, the second for its end.
 */
function movePair(text: string, at: number, local: string, afterStart: boolean): [number, number] | null {
  const fromSide =
    /(?<![\p{L}])từ\s*$/iu.test(local) &&
    /^[\d.,]+\s*%\s*,?\s*(?:lên|xuống)(?![\p{L}])/iu.test(text.slice(at));
  const toSide = afterStart && /(?<![\p{L}])(?:lên|xuống)(?:\s+còn|\s+mức)?\s*$/iu.test(local);
  if (!fromSide && !toSide) return null;
  let last: RegExpExecArray | null = null;
  DATED_MOVE.lastIndex = 0;
  for (let m = DATED_MOVE.exec(text); m && m.index < at; m = DATED_MOVE.exec(text))
    if (m.index + m[0].length <= at) last = m;
  if (!last?.indices) return null;
  return last.indices[fromSide ? 1 : 2] as [number, number];
}

/**
 * "… các năm 2023, 2024, 2025 lần lượt là: 1,2%; 8,4%; 9,1%": the years named, then the figures
 * after "lần lượt" / "tương ứng", one for each in order (the part of the year the sentence names
 * before them — "11 tháng" — taken in each).
 */
function respectiveYear(f: Figure, s: Scope): string | null {
  const { text, periods } = s.sentence;
  let years: string[] | null = null;
  let at = -1;
  let from = -1;
  for (const m of text.slice(0, f.tok.start).matchAll(RESPECTIVE_YEARS)) {
    years = m[1].split(/\s*(?:,|và)\s*/u);
    at = m.index;
    from = m.index + m[0].length;
  }
  if (!years) return null;
  let k = 0;
  for (let g = f.prev; g && g.tok.start >= from; g = g.prev) k++;
  if (k >= years.length) return null;
  const part = periods.filter((p) => p.end <= at && !p.base && periodClass(p.code) === "sub").pop();
  const year = years[k];
  return part ? part.code.replace(/\d{4}/g, year) : year;
}
const RESPECTIVE_YEARS =
  /(?<![\p{L}])năm\s+((?:19|20)\d\d(?:\s*(?:,|và)\s*(?:19|20)\d\d)+)\s*,?\s*(?:lần lượt|tương ứng)(?![\p{L}])/giu;
