import { FORWARD_TITLE, isForwardTitle, REVIEW_TITLE } from "../document/metadata.js";
import type { DocumentTree, Section } from "../document/types.js";
import { endYear, periodClass, periodEnd, periodStart, refDate } from "../periods/codes.js";
import { findPeriods, planSpanOf, type RefDate, seasonMonths } from "../periods/mentions.js";
import type { DocScope, SectionScope } from "./figure.js";
import type { DocumentInfo } from "./types.js";

const AHEAD =
  /phương hướng|(?:thời gian|năm|những năm|giai đoạn) tới|cuối năm|kế hoạch (?:năm|phát triển)|nhiệm vụ,? giải pháp (?:trọng tâm|chủ yếu)/iu;

const PAGE_FORWARD =
  /(?<![\p{L}])(?:phấn đấu|mục tiêu|chỉ tiêu kế hoạch|phương hướng|định hướng)(?![\p{L}])/iu;

/** The scope of the whole document: what the walk starts from. */
export function documentScope(tree: DocumentTree, info: DocumentInfo): DocScope {
  const head = tree.blocks
    .slice(0, 400)
    .map((b) => b.text.text)
    .join("\n");
  const terms = congressTerms(head);
  const dated = refDate(info.date, info.period);
  const seasons = seasonMonths(head, dated);
  const planSpan = planSpanOf(
    tree.blocks
      .slice(0, 25)
      .map((b) => b.text.text)
      .join(" "),
    dated,
  );
  const ref = dated && (seasons || planSpan) ? { ...dated, seasons, planSpan } : dated;
  return {
    source: tree.source,
    info,
    sections: new SectionScopes(info, ref, terms),
    ref,
    written:
      info.date && info.date.length >= 7 ? (info.date.length === 7 ? `${info.date}-15` : info.date) : "",
    refYear: info.date ? Number(info.date.slice(0, 4)) : info.period ? endYear(info.period) : Number.NaN,
    terms,
    cutoff: cutoffDay(tree, refDate(info.date, info.period)),
    coverage: coverageOf(tree, refDate(info.date, info.period)),
    topicCutoffs: topicCutoffs(tree, refDate(info.date, info.period)),
    disbursing: disbursing(tree, info),
    verbUnits: new Map(),
  };
}

/**
 * Whether the document is about disbursing capital: its title says so ("Gia Lai: Giải ngân vốn
 * đầu tư công đạt 62,2% …", "Báo cáo tình hình giải ngân …"), or a short line above its first part
 * does, as a page's headline under its menu.
 */
function disbursing(tree: DocumentTree, info: DocumentInfo): boolean {
  if (DISBURSING.test(info.title)) return true;
  for (const b of tree.blocks.slice(0, 12)) {
    if (b.section.numbering) break;
    if (b.text.text.length < 200 && DISBURSING.test(b.text.text)) return true;
  }
  return false;
}
const DISBURSING = /(?<![\p{L}])giải ngân(?![\p{L}])/iu;

/**
 * "Số liệu đội tàu tính đến ngày 30/11/2025; số liệu sản xuất … là số ước": a note under the
 * title that counts one topic's figures to a day; it holds in the parts named for that topic.
 */
const TOPIC_CUTOFF =
  /(?<![\p{L}])số liệu\s+([\p{L}]+(?:,?\s+[\p{L}]+){0,3}?)\s+(?:được\s+)?(?:tính|tổng hợp)\s+đến\s+(?:hết\s+)?ngày\s+(\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)/giu;
const TOPIC_GENERIC = /^(?:trong|của|tại|báo cáo|này|trên|các|toàn|chung)/iu;

function topicCutoffs(tree: DocumentTree, ref: RefDate | undefined): DocScope["topicCutoffs"] {
  const out: DocScope["topicCutoffs"] = [];
  for (const b of tree.blocks.slice(0, 20)) {
    if (b.section.numbering) break;
    TOPIC_CUTOFF.lastIndex = 0;
    for (let m = TOPIC_CUTOFF.exec(b.text.text); m; m = TOPIC_CUTOFF.exec(b.text.text)) {
      const day = findPeriods(m[2], ref)[0]?.code;
      if (day && /^\d{4}-\d{2}-\d{2}$/.test(day) && !TOPIC_GENERIC.test(m[1]))
        // ("giải ngân vốn ĐTC" names the part "Tình hình giải ngân vốn đầu tư công": a long topic is
        // found by its first two words, an abbreviation after them aside.)
        out.push({ topic: m[1].toLowerCase().split(/\s+/).slice(0, 2).join(" "), day });
    }
  }
  return out;
}

/**
 * "Số liệu trong báo cáo … tính từ ngày 01/01/2025 đến ngày 30/11/2025", "Kỳ báo cáo: từ ngày
 * 15/12/2024 đến ngày 14/6/2025": a note under the title on the span the report's figures cover.
 */
const COVERAGE =
  /(?<![\p{L}])(?:số liệu|kỳ báo cáo|thời gian (?:lấy|tính|tổng hợp) số liệu)(?![\p{L}])[^.;!?]{0,120}?(?<![\p{L}])từ\s+(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)/iu;

const SENTENCE_CUTOFF =
  /(?:^|[.;]\s+)số liệu(?:\s+(?:trong|của))?(?:\s+báo cáo)?(?:\s+này)?\s+(?:được\s+)?(?:tính|tổng hợp|cập nhật)\s+đến\s+(?:hết\s+)?(ngày\s+\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)(?=\s*[,.;]|\s*$)/iu;

const WORKING_YEAR = /(?<![\p{L}])năm công tác(?![\p{L}])/iu;

function coverageOf(tree: DocumentTree, ref: RefDate | undefined): DocScope["coverage"] {
  for (const b of tree.blocks.slice(0, 20)) {
    // (Only the head: a note in a numbered part speaks of that part.)
    if (b.section.numbering) break;
    const m = COVERAGE.exec(b.text.text);
    const upTo = m ? null : SENTENCE_CUTOFF.exec(b.text.text);
    // "Số liệu trong báo cáo tính đến ngày 30/11/2026, trừ các số liệu có ghi thời điểm khác": the
    // year so far, from its first day to that one.
    if (upTo) {
      const end = findPeriods(upTo[1], ref)[0]?.code;
      if (!end || !/^\d{4}-\d{2}-\d{2}$/.test(end) || (ref && Number(end.slice(0, 4)) !== ref.year)) continue;
      return { code: `${end.slice(0, 4)}-01/${end.slice(0, 7)}`, end, yearly: false, working: false };
    }
    if (!m) continue;
    const span = findPeriods(m[0].slice(m[0].search(/từ\s/u)), ref).find((p) => p.code.includes("/"));
    const end = findPeriods(m[2], ref)[0]?.code;
    if (!span || !end || !/^\d{4}-\d{2}-\d{2}$/.test(end)) continue;
    // Twelve months from a day near the year's turn ("từ ngày 15/12/2024 đến ngày 14/12/2025")
    // are the year the report is named for; twelve that turn elsewhere ("từ ngày 01/10/2024 đến
    // ngày 30/9/2025") are a working year of their own.
    const DAY = 86_400_000;
    const from = Date.parse(periodStart(span.code));
    const yearLong = (Date.parse(end) - from) / DAY >= 360;
    // A note that names its months a working year ("Số liệu năm công tác 2026: từ ngày 01/12/2025
    // đến ngày 30/11/2026") means them, however near the turn they start.
    const nearTurn =
      Math.abs(Date.parse(`${endYear(span.code)}-01-01`) - from) <= 31 * DAY && !WORKING_YEAR.test(m[0]);
    return { code: span.code, end, yearly: yearLong && nearTurn, working: yearLong && !nearTurn };
  }
  return null;
}

/**
 * A year in a report whose head names a working year that turns off the calendar ("từ ngày
 * 01/10/2025 đến ngày 30/9/2026"): the working year that ends in it ("Năm 2025" → 2024-10/2025-09).
 */
export function workingYearOf(code: string, cover: DocScope["coverage"]): string | null {
  if (!cover?.working || !/^\d{4}$/.test(code)) return null;
  const shift = Number(code) - endYear(cover.code);
  return Math.abs(shift) > 1 ? null : cover.code.replace(/\d{4}/g, (y) => String(Number(y) + shift));
}

/** A short bracketed line near the top: "(Số liệu tính đến ngày 15/11/2024)", "(Tính đến hết ngày 30/9)". */
const CUTOFF_LINE =
  /^\(\s*(?:số liệu\s+)?(?:[\p{L}\s]{0,30}?\s)?(?:tính\s+)?đến\s+(?:hết\s+)?(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*)?ngày\s+[^()]{4,20}\)$/iu;

const TITLE_CUTOFF =
  /(?<![\p{L}])((?:tính\s+)?đến\s+(?:hết\s+)?ngày\s+\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)\s*$/iu;

/**
 * The day a report's figures are counted to, where a line under its title says so
 * ("(Số liệu tính đến ngày 15/11/2024)", "(… tính đến 17 giờ ngày 15/9/2024)").
 */
function cutoffDay(tree: DocumentTree, ref: RefDate | undefined): string | null {
  for (const b of tree.blocks.slice(0, 15)) {
    // (The line may be joined to the paragraph under it: only the bracket that opens the block counts.)
    const text = b.text.text.trimStart();
    // (Or the title ends with it: "Tình hình giải ngân … năm 2024 tính đến ngày 15/11/2024".)
    const titled = b.kind === "heading" ? TITLE_CUTOFF.exec(text) : null;
    const line = titled ? `(${titled[1]})` : text.startsWith("(") ? text.slice(0, text.indexOf(")") + 1) : "";
    if (!line || line.length > 80 || !CUTOFF_LINE.test(line)) continue;
    const day = findPeriods(line, ref).find((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.code));
    if (day) return day.code;
  }
  return null;
}

/** Each section's scope, from its title and its parent's. */
export class SectionScopes {
  private memo = new Map<number, SectionScope>();
  constructor(
    private info: DocumentInfo,
    private ref: RefDate | undefined,
    private terms: Map<string, [number, number]> = new Map(),
  ) {}

  get(s: Section): SectionScope {
    const hit = this.memo.get(s.id);
    if (hit) return hit;
    const parent = s.parent ? this.get(s.parent) : { forward: false, period: null, review: false };
    // (What a title's brackets say is a note on its figures — "(trong ngoặc là kế hoạch giao)" —
    // not what the part does.)
    const said = s.title.replace(/\([^()]*\)/g, " ");
    // A page's title speaks of its news ("… bàn giải pháp phát triển năm 2024" over a report
    // on 2023): it sets targets and their period only when it says so ("25 chỉ tiêu phấn đấu
    // năm 2024").
    if (s.page) {
      const forward = PAGE_FORWARD.test(said) && !REVIEW_TITLE.test(said);
      const own = forward
        ? findPeriods(s.title, this.ref).filter((p) => !p.base && !p.noPeriod && !p.bodyTerm)
        : [];
      const scope = {
        forward,
        period: own.length ? own[own.length - 1].code : parent.period,
        review: parent.review,
      };
      this.memo.set(s.id, scope);
      return scope;
    }
    const own: { code: string }[] = findPeriods(s.title, this.ref).filter(
      (p) => !p.base && !p.noPeriod && !p.bodyTerm,
    );
    // "Kết quả 5 năm thực hiện Nghị quyết Đại hội … lần thứ XV": the term of that congress, where
    // the text has named it ("lần thứ XV, nhiệm kỳ 2020-2025").
    const congress = own.length ? null : CONGRESS_NAMED.exec(s.title);
    const term = congress ? this.terms.get(congress[1].toUpperCase()) : undefined;
    if (term && REVIEW_TITLE.test(said)) own.push({ code: `${term[0]}/${term[1]}` });
    let forward = parent.forward;
    // A title that reviews one period and looks ahead to the next ("Tổng kết … năm 2025, phương
    // hướng nhiệm vụ năm 2026") leaves each of its parts to say which it does.
    const both = own.length > 1 && REVIEW_TITLE.test(said) && FORWARD_TITLE.test(said);
    // ("NGHỊ QUYẾT về lãnh đạo thực hiện nhiệm vụ chính trị năm 2025", passed in December 2024:
    // carrying out next year's tasks is no review.)
    const written = this.info.date && this.info.date.length >= 7 ? this.info.date : "";
    const ahead = own.length > 0 && !!written && periodStart(own[own.length - 1].code) > written;
    const review = parent.review || (REVIEW_TITLE.test(said) && !isForwardTitle(said) && !both && !ahead);
    // Inside a part that reviews results, only an explicit look ahead turns to targets
    // ("Thực hiện ba đột phá" reviews the breakthroughs; "Nhiệm vụ thời gian tới" sets tasks).
    // ("III. Mục tiêu năm 2025" in a report on 2024 looks ahead by its year.)
    const reviewed = parent.period ?? this.info.period;
    // ("V. ĐỊNH HƯỚNG GIAI ĐOẠN 2025 - 2030" after a review of the term to 2025: a span that runs on
    // past the period reviewed looks ahead too.)
    const lastOwn = own.length ? own[own.length - 1].code : "";
    const later =
      !!lastOwn &&
      !!reviewed &&
      (periodStart(lastOwn) > periodEnd(reviewed) ||
        (periodClass(lastOwn) === "span" && periodEnd(lastOwn) > periodEnd(reviewed)));
    // (A title that does both — "Kết quả … năm 2025; kế hoạch năm 2026" — sets no targets itself:
    // its parts that look ahead say so, and those that do not — "I. ĐẶC ĐIỂM TÌNH HÌNH" — are of the
    // period reviewed.)
    if (both && !parent.forward) forward = false;
    else if (isForwardTitle(said) && (!parent.review || AHEAD.test(said) || later || PLAN_GIVEN.test(said)))
      forward = true;
    else if (REVIEW_TITLE.test(said) && s.level <= 3) forward = false;
    // "Tổng kết … năm 2024, phương hướng nhiệm vụ năm 2025": a part that reviews is about the
    // first period its title names; the plan period is for the parts that look ahead.
    const first = REVIEW_TITLE.test(said) && !forward;
    let period = own.length ? own[first ? 0 : own.length - 1].code : parent.period;
    if (!own.length && s.level <= 1 && s.parent === undefined) period = null;
    if (!own.length && forward && !parent.forward && this.info.plan_period) period = this.info.plan_period;
    if (!period && forward && this.info.plan_period) period = this.info.plan_period;
    const scope = { forward, period, review: review && !forward };
    this.memo.set(s.id, scope);
    return scope;
  }
}

const CONGRESS_NAMED = /(?:Đại hội|ĐH)(?:\s+[\p{L}]+){0,6}?\s+lần thứ\s+([IVXL]{1,6})(?![\p{L}])/iu;

/** "I. KẾ HOẠCH VỐN ĐƯỢC GIAO" in a report on disbursement: the plan of the year it reviews. */
const PLAN_GIVEN = /(?:kế hoạch|dự toán|chỉ tiêu)(?:\s+[\p{L}\d]+){0,4}?\s+(?:được\s+)?giao(?![\p{L}])/iu;

/** Resolutions of party congresses and their terms: "Đại hội … lần thứ XIII, nhiệm kỳ 2015-2020". */
export function congressTerms(text: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const re =
    /(?:lần thứ|Đại hội|ĐH|khóa|khoá)\s+([IVXL]{1,6})(?![\p{L}])[^.;\n]{0,80}?nhiệm kỳ\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const k = m[1].toUpperCase();
    if (!out.has(k)) out.set(k, [Number(m[2]), Number(m[3])]);
  }
  return out;
}
