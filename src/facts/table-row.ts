import { headerArea } from "../catalogue/areas.js";
import { linkIndicator } from "../catalogue/link.js";
import type { Block } from "../document/types.js";
import { scanNumbers } from "../numbers/tokens.js";
import { countedNounAt, nounCase, readUnit } from "../numbers/units.js";
import { endYear, periodClass, periodEnd, periodStart, samePeriodLastYear } from "../periods/codes.js";
import { findPeriods } from "../periods/mentions.js";
import * as cue from "./cues.js";
import type { DocScope } from "./figure.js";
import { place } from "./place.js";
import { workingYearOf } from "./scope.js";
import type { Fact, Kind, Measure } from "./types.js";

/**
 * Facts of a table row. The column header decides kind and period ("Nghị quyết Đại hội XIII":
 * the target of that congress's term; "Thực hiện đến năm 2020": the result for 2020; "Mục
 * tiêu đến 2025"), the row's unit decides the measure, and a "So sánh" column is a ratio to
 * the target for amounts but a difference in points for rates.
 */
interface ColumnRole {
  role: "target" | "actual" | "estimate" | "forecast" | "compare" | "other";
  period: string | null;
  /** The column holds a span's yearly average when the row's unit is per year. */
  span: string | null;
  /** A column that is a measure of its own, with its unit in the header: "Diện tích (ha)". */
  unit?: string;
  /** "Cùng kỳ 2024", "Cùng kỳ năm trước": the same months of an earlier year (that year, if named). */
  earlier?: number | "previous";
  /** "Tăng/giảm", "Chênh lệch": the gap between the result and the earlier or planned figure. */
  gap?: boolean;
  /** "Huyện Mường Chà", "An Giang (cũ)": a column per unit, the figures of that unit. */
  area?: string;
  /** "Số kiến nghị", "Số hộ": a column counting the row's items, in that noun. */
  count?: boolean;
  /** The header names what the cells measure ("Đang giải quyết"): it goes into the indicator's name. */
  names?: boolean;
  /** A price index table's column: the base the index of the period reported is taken on. */
  index?: string;
  /** "TMĐT", "Tổng mức đầu tư": a project's approved total, planned over the years it is built. */
  project?: boolean;
  /** "TH 2022 - 2026": results summed over the years the header names (more than two). */
  summed?: boolean;
}

/** A word of a header, not part of one: "TH" but not the "Th" of "Tháng". */
const word = (w: string) => new RegExp(`(?<![\\p{L}])(?:${w})(?![\\p{L}])`, "iu");
const COMPARE_HEAD =
  /so sánh|so với|(?<![\p{L}])so\s+(?:cùng kỳ|CK|KH|kế hoạch|dự toán)(?![\p{L}])|tỷ lệ\s*%|%\s*(?:so|KH|kế hoạch)|\(%\)/iu;
const ESTIMATE_HEAD = word("ước|dự ước|ƯTH|UTH|ƯTH");
/** "Dự báo 2025": what is expected of a period ahead, not planned. */
const FORECAST_HEAD = word("dự báo|dự kiến");
const TARGET_HEAD = word("nghị quyết|NQ|NQĐH|kế hoạch|KH|mục tiêu|chỉ tiêu|dự toán|định hướng");
const ACTUAL_HEAD = word(
  "thực hiện|TH|kết quả|đạt|quyết toán|QT|cộng dồn|lũy kế|luỹ kế|giải ngân|thực thu|thực chi",
);
const TOTAL_HEAD =
  /^(?:chung|tổng|cộng|tổng cộng|tổng số|toàn (?:tỉnh|thành phố|huyện|thị xã|xã|phường|vùng)|cả (?:tỉnh|huyện|xã))$/iu;
// ("TH cùng kỳ 2025", "Thực hiện CK năm trước": what was done in the same months a year before.)
const EARLIER_HEAD =
  /^(?:(?:TH|thực hiện|kết quả)\s+)?(?:(?:cùng kỳ|CK)(?:\s+năm)?\s*(?:((?:19|20)\d\d)|(trước|ngoái))?|(?:NH|năm học)\s+trước)\s*(?:\(\s*%\s*\))?$/iu;
// ("Giảm (điểm %)" beside two years' rates: the fall from one to the other.)
const GAP_HEAD =
  /^(?:tăng\s*(?:\(\+\))?\s*[/,]?\s*giảm\s*(?:\(-\))?|\+\s*\/\s*-|chênh lệch|tăng|giảm)(?:\s*\([^()]*\))?$/iu;

const COUNT_HEAD = /^(?:tổng\s+)?số\s+(\p{L}+(?:\s+\p{L}+)?)$/iu;
const COUNT_THEN_WORDS =
  /^(?:tổng\s+)?số\s+(hộ|người|xã|doanh nghiệp|hợp tác xã|đơn vị|trường|lượt(?:\s+(?:cơ sở|người|khách|hộ))?|dự án|cơ sở|mẫu|vụ(?:\s+việc)?|học sinh|lao động)\s+(?:được|đạt|có|tham gia|đăng ký|hoàn thành|thoát|vi phạm|bị|không đạt|chưa đạt)(?:\s+[\p{L}/]+){0,4}$/iu;
/** "Số lượng", "Số tiền", "Số thu": an amount, not a count of items. */
const NOT_COUNTED = /^(?:lượng|tiền|vốn|thu|chi|dư|liệu|hiệu|thứ tự|TT|năm|tháng|ngày|giờ)(?:\s|$)/iu;
/** "Đã giải quyết, trả lời", "Đang giải quyết", "Còn tồn": how many of the counted are in that state. */
const STATE_HEAD = /^(?:đã|đang|chưa|còn)\s+[\p{L}\s,]{2,40}$/iu;
/** "Tỷ lệ (%)", "Tỷ lệ %": a row's share, unless the table also has a plan it would be the ratio to. */
const SHARE_HEAD = /^tỷ lệ\s*(?:\(\s*%\s*\)|%)?(?:\s+[\p{L}\s]{2,40}?(?:\s*\(\s*%\s*\))?)?$/iu;

/** "Doanh thu bình quân 1 HTX", "Diện tích bình quân mỗi hộ": a row measured per one of a kind. */
const PER_ONE =
  /(?<![\p{L}])(?:(?:bình quân|trung bình)\s+(?:1|01|một)|(?:bình quân\s+)?mỗi)\s+(\p{L}+)\s*$/iu;

/** "Năm 2025 (CK)": a column of the same period a year before, marked as such. */
const EARLIER_MARK = /\s*\(\s*(?:CK|cùng kỳ)\s*\)\s*$/iu;

export function columnRole(header: string, env: DocScope): ColumnRole {
  const marked = EARLIER_MARK.exec(header);
  const h = (marked ? header.slice(0, marked.index) : header).replace(/\s+/g, " ");
  let role: ColumnRole["role"] = "other";
  const earlier = EARLIER_HEAD.exec(h);
  const gap = GAP_HEAD.test(h);
  // ("Tỷ trọng (%)", "Cơ cấu (%)": each row's part of the whole, a share as the row's figure is.)
  // ("Tỷ lệ so với tổng đàn trong diện tiêm (%)": a part of a whole the header names, not a plan.)
  const part =
    /^(?:tỷ trọng|cơ cấu)(?:\s*\(\s*%\s*\)|\s*%)?$/iu.test(h.trim()) ||
    /^tỷ lệ(?:\s+[\p{L}]+){0,4}\s+(?:so với|trên)\s+tổng(?![\p{L}])/iu.test(h.trim());
  // ("Số hộ nghèo cuối năm 2023", "Tỷ lệ cuối năm 2022 (%)": what the header says, its period aside.)
  const hu = undated(h, env);
  // ("NH 2022 - 2023 (%)", "Năm 2023 (%)": a period's own rates, not a comparison.)
  const periodRates = /^(?:NH|năm học|năm)?\s*(?:\(\s*%\s*\)|%)$/iu.test(hu) && /\d{4}/.test(h);
  const project = PROJECT_TOTAL.test(h.trim());
  if (earlier) role = "actual";
  else if (project) role = "target";
  else if (part || periodRates) role = "actual";
  else if (gap) role = "compare";
  else if (COMPARE_HEAD.test(h)) role = "compare";
  else if (ESTIMATE_HEAD.test(h)) role = "estimate";
  else if (TARGET_HEAD.test(h)) role = "target";
  // ("Dự báo 2025"; "KH dự kiến 2026" is still a plan.)
  else if (FORECAST_HEAD.test(h)) role = "forecast";
  // ("Quyết toán 2024" in a budget settlement: what was spent or collected; "Cộng dồn 4 tháng".)
  else if (ACTUAL_HEAD.test(h)) role = "actual";
  // ("Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (tấn)": each column measures the rows'
  // items in its own unit; what the part reports on decides the kind.)
  let unit: string | undefined;
  let measured = false;
  const bracket = /^([^()\d]{2,40}?)\s*\(\s*([^()\d%]{1,20}?)\s*\)\s*$/u.exec(h);
  if (role === "other" && bracket && !/^(?:TT|STT|ĐVT|đơn vị)/iu.test(bracket[1].trim())) {
    const read = readUnit(bracket[2]);
    if (read && read.length >= bracket[2].trim().length) {
      role = "actual";
      unit = read.unit;
      measured = true;
    }
  }
  // ("Số kiến nghị", "Tổng số hộ": how many of the row's items there are, counted in that noun.)
  // ("Số hộ đạt danh hiệu": a counting noun, then what the counted are.)
  // ("Số hộ nghèo cuối năm 2023": the count, whatever period the header also names.)
  const counted =
    role === "other"
      ? (COUNT_HEAD.exec(hu) ?? COUNT_THEN_WORDS.exec(hu))
      : role === "actual" && !unit
        ? COUNT_THEN_WORDS.exec(hu)
        : null;
  const count = !!counted && !NOT_COUNTED.test(counted[1]);
  if (counted && count) {
    const read = readUnit(counted[1]);
    role = "actual";
    unit = read && read.length >= counted[1].length ? read.unit : counted[1].toLowerCase();
  }
  // ("Dự toán 2025 (tỷ đồng)", "Ước quý I/2025 (tỷ đồng)": the unit of the column's cells.)
  const tail = role !== "other" && role !== "compare" ? /\(\s*([^()\d%]{1,20}?)\s*\)\s*$/u.exec(h) : null;
  if (tail && !unit) {
    const read = readUnit(tail[1]);
    if (read && read.length >= tail[1].trim().length) unit = read.unit;
  }
  let period: string | null = null;
  let span: string | null = null;
  const ps = findPeriods(h, env.ref).filter((p) => !p.base);
  const congress = /(?:đại hội|ĐH|NQĐH)\s*([IVXL]{2,6})/iu.exec(h);
  const term = congress ? env.terms.get(congress[1].toUpperCase()) : undefined;
  if (ps.length) {
    const p = ps[ps.length - 1];
    // (A span of two years — "NH 2022 - 2023", a season — is one period, not its end year.)
    const [from, to] = p.code.split("/").map((y) => Number(y.slice(0, 4)));
    period = p.cls === "span" && !(to - from === 1) ? String(endYear(p.code)) : p.code;
    const y = endYear(p.code);
    // (A yearly average in a year's column runs over the five years to it, or, in a review of a
    // five-year plan, over the plan's years to it: "Ước TH 2023" of a 2021-2025 plan is 2021-2023.)
    const plan = env.ref?.planSpan;
    const first = plan && plan[0] < y && y <= plan[1] ? plan[0] : y - 4;
    span = p.cls === "span" ? p.code : `${first}/${y}`;
  } else if (term) {
    period = String(term[1]);
    span = `${term[0] + 1}/${term[1]}`;
  }
  // ("Tháng 4", "Quý I/2025", "Năm 2024": a column named by its period alone holds results.)
  // ("Mùa khô 2024 - 2025 (vụ)": a season named by its years, with the unit of its cells.)
  const unitBracket = /\s*\(\s*([^()\d%]{1,20}?)\s*\)\s*$/u.exec(h);
  const bracketUnit = unitBracket ? readUnit(unitBracket[1]) : null;
  const unitOk = !!bracketUnit && bracketUnit.length >= (unitBracket?.[1].trim().length ?? 0);
  const bare = (unitOk && unitBracket ? h.slice(0, unitBracket.index) : h)
    .replace(/^(?:mùa khô|mùa mưa|niên vụ|năm học|vụ đông xuân)\s*/iu, "")
    .replace(/\s+/g, " ");
  if (role === "other" && ps.length && bare.length - (ps[ps.length - 1].end - ps[ps.length - 1].start) <= 6) {
    role = "actual";
    if (unitOk && bracketUnit && !unit) unit = bracketUnit.unit;
  }
  // ("Huyện A | Huyện B | Toàn tỉnh": figures of each unit, of the period the table is about.)
  const area = role === "other" && !ps.length ? headerArea(h) : null;
  if (area) role = "actual";
  return {
    ...(area ? { area } : {}),
    // ("NH trước (%)": the rates of the period before.)
    ...(part
      ? { unit: "%", names: true }
      : periodRates || (earlier && /\(\s*%\s*\)\s*$/u.test(h))
        ? { unit: "%" }
        : {}),
    ...(count ? { count: true, names: true } : {}),
    ...(measured ? { names: true } : {}),
    role,
    period,
    span,
    ...(unit ? { unit } : {}),
    ...(earlier
      ? { earlier: earlier[1] ? Number(earlier[1]) : ("previous" as const) }
      : marked && role === "actual"
        ? { earlier: period && /^\d{4}$/.test(period) ? Number(period) : ("previous" as const) }
        : {}),
    ...(gap ? { gap } : {}),
    ...(project ? { project } : {}),
    ...(span &&
    ps.length &&
    ps[ps.length - 1].cls === "span" &&
    role === "actual" &&
    endYear(span) - Number(span.slice(0, 4)) > 1
      ? { summed: true }
      : {}),
  };
}

const PROJECT_TOTAL = /^(?:TMĐT|tổng mức đầu tư)(?![\p{L}])/iu;
/** "Thời gian KC - HT", "Thời gian thực hiện": the column of the years a project is built in. */
const BUILD_TIME = /thời gian|KC\s*[-–]\s*HT|khởi công/iu;

const PERIOD_LEAD =
  /(?<![\p{L}])(?:(?:tính\s+)?(?:đến|tới)\s+)?(?:(?:cuối|đầu|hết|giữa)\s+)?(?:năm|tháng|quý|ngày)?\s*$/iu;
/**
 * A cell of a term's review table ("NQ Đại hội XI | Ước TH nhiệm kỳ", read over 2020-2025): a row
 * summed "(5 năm)" and a yearly rate run over the term's five plan years (2021-2025); a share or
 * a state reached is where the term ends.
 */
function termCell(
  period: string,
  label: string,
  measure: Measure,
  unit: string,
  kind: Kind,
  perYear: boolean,
  env: DocScope,
): string {
  // (A target column "NQ Đại hội XI" holds the term's end year; the document names the term.)
  const doc = env.info.period ?? "";
  const term =
    periodClass(period) === "span"
      ? period
      : periodClass(doc) === "span" && doc.endsWith(`/${period}`)
        ? doc
        : null;
  if (!term) return period;
  const [a, b] = term.split("/").map(Number);
  if (b - a < 4) return period;
  const years = /(?<![\d.,])(\d{1,2})\s*năm(?![\p{L}\d])/iu.exec(label);
  if (years && Number(years[1]) === b - a) return `${a + 1}/${b}`;
  if (term !== period) return period;
  if (perYear && /^[%‰]/.test(unit) && (measure === "growth" || measure === "change"))
    return `${b - a === 5 ? a + 1 : a}/${b}`;
  const forward = !!env.info.plan_period && env.info.plan_period === period;
  // (A share "%/năm" — of party cells rated each year — is the term's average, not its end.)
  if (
    kind !== "target" &&
    !forward &&
    !perYear &&
    (measure === "share" || measure === "rate" || measure === "count_of_total" || cue.STATE.test(label))
  )
    return String(b);
  return period;
}

/** A header without the periods it names: "Tỷ lệ cuối năm 2022 (%)" → "Tỷ lệ (%)". */
function undated(h: string, env: DocScope): string {
  let out = h;
  for (const p of findPeriods(h, env.ref).reverse()) {
    // (With the words that lead to it: "cuối năm 2022", "đến ngày 31/12".)
    const lead = PERIOD_LEAD.exec(out.slice(0, p.start))?.[0].length ?? 0;
    out = `${out.slice(0, p.start - lead)} ${out.slice(p.end)}`;
  }
  return out.replace(/\s+/g, " ").trim();
}

/**
 * A result column a note under the table calls estimates: all of them, or those whose period
 * ends where the note's does ("số liệu 9 tháng 2025 là số ước tính" leaves "9 tháng 2024").
 */
function estimatedBy(note: string | undefined, role: ColumnRole, env: DocScope): ColumnRole {
  if (note === undefined || role.role !== "actual" || role.earlier !== undefined) return role;
  const named = findPeriods(note, env.ref).filter((p) => !p.base);
  const ends = (code: string) => code.split("/").pop()?.slice(0, 7);
  if (named.length && !named.some((p) => role.period && ends(p.code) === ends(role.period))) return role;
  return { ...role, role: "estimate" };
}

/** "Tổng lượt khách (triệu lượt)" in a table with no unit column: the row's unit in its name. */
function labelUnit(label: string): string {
  const m = /\(\s*([^()\d]{1,24}?)\s*\)\s*$/u.exec(label);
  if (!m) return "";
  const read = readUnit(m[1]);
  if (read && read.length >= m[1].trim().length) return read.unit;
  // ("Giao dịch qua mã QR (triệu giao dịch)": so many million of what the row counts.)
  const scaled = /^(nghìn|ngàn|triệu|tỷ)\s+(\p{Ll}+(?:\s+\p{Ll}+)?)$/u.exec(m[1].trim());
  return scaled ? `${scaled[1]} ${scaled[2]}` : "";
}

/** "Kiểm tra tổ chức đảng", "Giám sát chuyên đề đảng viên": a row that counts what it ends on. */
function countedInLabel(label: string): string {
  return countedNounAt(label, "end");
}

/** "Đơn vị tính: triệu đồng" above a table with no unit column: the unit of all its cells. */
function captionUnit(caption: string): string {
  const m = /(?:đơn vị tính|đơn vị|ĐVT)\s*[:：]\s*([^;,.()]{1,30})/iu.exec(caption);
  if (!m) return "";
  const read = readUnit(m[1].trim());
  return read && read.length >= m[1].trim().length ? read.unit : "";
}

export function tableFacts(block: Block, env: DocScope): Fact[] {
  const row = block.row;
  if (!row) return [];
  const out: Fact[] = [];
  const ctx = env.sections.get(block.section);
  // The unit column as the grammar spells units ("Tỷ đồng" → "tỷ đồng"), else as written.
  const unitCell = row.unit?.text.trim() ?? "";
  const read = unitCell ? readUnit(unitCell) : null;
  // (A unit cell written with a capital, "Xã", "Người", is the common noun; "USD" stays.)
  const written =
    read && read.length >= unitCell.length
      ? read.unit
      : unitCell || labelUnit(row.label.text) || captionUnit(row.caption) || countedInLabel(row.label.text);
  const unitText = /^\p{Lu}\p{Ll}/u.test(written)
    ? written.charAt(0).toLowerCase() + written.slice(1)
    : written;
  // (Per head a year — "triệu đồng/người/năm" — is a level in its year, not a yearly average.)
  const perYear =
    (/\/\s*năm/iu.test(unitText) && !/(?:đồng|USD)\s*\/\s*người\s*\/\s*năm/iu.test(unitText)) ||
    /hằng năm|hàng năm|\/\s*năm|mỗi năm/iu.test(row.label.text);
  const label = row.label.text.replace(/^\s*[-+•]\s*/, "").trim();
  const perOne = PER_ONE.exec(label)?.[1];
  const name = [...row.groups, label].join(" - ");
  // ("Giải ngân vốn đầu tư công đến 30/6" under columns that name no period: that day.)
  const labelPeriod =
    findPeriods(label, env.ref)
      .filter((p) => !p.base && !p.price && !p.noPeriod)
      .pop()?.code ?? null;
  const rateRow = /^(?:%|‰)/.test(unitText) || /bác s[ĩỹ]|giường|\/\s*1?\s*vạn/iu.test(unitText + label);
  // Which column holds the result, to take its period for the comparison column.
  const roles = row.cells.map((c) => estimatedBy(row.estimated, columnRole(c.column.header, env), env));
  // ("Chung", "Toàn tỉnh", "Tổng cộng" beside columns per unit: the whole of the report's unit.)
  if (roles.some((r) => r.area))
    roles.forEach((r, i) => {
      if (r.role === "other" && TOTAL_HEAD.test(row.cells[i].column.header.trim()))
        roles[i] = estimatedBy(row.estimated, { ...r, role: "actual" }, env);
    });
  // ("Cấp ủy các cấp | UBKT các cấp | Cộng | Cùng kỳ 2025": set against the same months a year
  // before, the columns that name no period, kind or unit are the figures of the part's own.)
  if (
    roles.some((r) => r.earlier !== undefined) &&
    !roles.some((r) => r.earlier === undefined && ["actual", "estimate", "target"].includes(r.role))
  )
    roles.forEach((r, i) => {
      if (r.role === "other") roles[i] = estimatedBy(row.estimated, { ...r, role: "actual" }, env);
    });
  // ("Số kiến nghị | Đã giải quyết, trả lời | Đang giải quyết | Tỷ lệ (%)": the counted items in
  // each state, and the share of them; with no plan column, no percent is a ratio to a plan.)
  const counts = roles.find((r) => r.count);
  if (counts)
    roles.forEach((r, i) => {
      const h = row.cells[i].column.header.replace(/\s+/g, " ").trim();
      if (r.role === "other" && STATE_HEAD.test(h))
        roles[i] = { ...r, role: "actual", unit: counts.unit, names: true };
    });
  if (!roles.some((r) => r.role === "target"))
    roles.forEach((r, i) => {
      const h = row.cells[i].column.header.replace(/\s+/g, " ").trim();
      if (r.role === "compare" && !r.gap && SHARE_HEAD.test(undated(h, env)) && !sinceHeader(h))
        roles[i] = { ...r, role: "actual", unit: "%", names: true };
    });
  const captioned = captionPeriod(row.caption, env);
  const reportedPeriod = captioned ?? ctx.period ?? env.info.period;
  // ("CHỈ SỐ GIÁ THÁNG 11 NĂM 2026" over "Kỳ gốc (2024) | Tháng 11/2025 | Tháng 12/2025": a price
  // index table, each column naming the base the index of the month reported is taken on.)
  if (reportedPeriod && PRICE_INDEX.test(`${block.section.title} ${row.caption} ${label}`))
    roles.forEach((r, i) => {
      if ((r.role !== "actual" && r.role !== "other") || r.earlier !== undefined || !r.period) return;
      const h = row.cells[i].column.header;
      if (/kỳ gốc|gốc/iu.test(h) || periodEnd(r.period) < periodStart(reportedPeriod))
        roles[i] = { ...r, role: "compare", index: r.period };
    });
  // (The latest: "TH 2023 | KH 2024 | ƯTH 2024 | So sánh ƯTH/KH (%)" compares 2024's estimate.)
  const resultRole = [...roles]
    .reverse()
    .find((r) => (r.role === "actual" || r.role === "estimate") && r.earlier === undefined);
  // ("Cộng dồn 4 tháng | Cùng kỳ 2024 | Tăng/giảm": the same months of 2024, and the gap to them.)
  const resultPeriod = (perYear ? resultRole?.span : resultRole?.period) ?? reportedPeriod;
  const earlierRole = roles.find((r) => r.earlier !== undefined);
  // ("Tỷ lệ cuối năm 2022 | Tỷ lệ cuối năm 2023 | Giảm": a gap runs from the older result.)
  const latest = resultRole?.period;
  // (Of "Năm 2023 | Năm 2024 | Năm 2025 | Tăng/giảm", the year before the latest.)
  const olderPeriod = latest
    ? roles
        .filter(
          (r) =>
            r.role === "actual" &&
            r.earlier === undefined &&
            !!r.period &&
            periodEnd(r.period) < periodStart(latest),
        )
        .map((r) => r.period as string)
        .sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)))
        .pop()
    : undefined;
  const earlierPeriod =
    earlierRole && resultPeriod
      ? earlierRole.earlier === "previous"
        ? samePeriodLastYear(resultPeriod)
        : resultPeriod.replace(/\d{4}/g, String(earlierRole.earlier))
      : undefined;
  // ("2023 - 2025" under "Thời gian KC - HT": the years a project's total is planned over.)
  const buildAt = row.cells.findIndex((c) => BUILD_TIME.test(c.column.header));
  const built =
    buildAt >= 0
      ? /^\s*((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\s*$/u.exec(row.cells[buildAt].text.text)
      : null;
  const buildYears = built ? (built[2] ? `${built[1]}/${built[2]}` : built[1]) : null;
  // (Where the row names none, a group's total: the year of the plan beside it.)
  const planYear = roles.find((r) => r.role === "target" && !r.project && r.period)?.period ?? null;
  // The row's plan and result, to tell a ratio to the plan from a gap in points.
  const valueAt = (j: number) => scanNumbers(row.cells[j].text.text).find((t) => !t.skip)?.value;
  const first = (role: string) => {
    const i = roles.findIndex((r) => r.role === role || (role === "result" && r === resultRole));
    return i < 0 ? undefined : valueAt(i);
  };
  const planValue = first("target");
  const resultValue = first("result");
  // "Dự toán năm 2026 | So ước TH 2025 (%)": next year's plan set against this year's result
  // is that plan's growth.
  const planOverResult = (i: number) => {
    const left = roles[i - 1];
    return left?.role === "target" && RESULT_BASE.test(row.cells[i].column.header) ? left : undefined;
  };
  const nearestResult = (i: number) => {
    for (let j = i - 1; j >= 0; j--) {
      const r = roles[j];
      if ((r.role === "actual" || r.role === "estimate") && r.earlier === undefined && !r.index) return r;
    }
    return undefined;
  };
  // ("Năm 2025 (CK) | Năm 2026 | So sánh (%)", "Năm 2025 | Năm 2026 | So sánh (%)" with no plan:
  // the comparison is the result over the earlier column's figure, an index on that period.)
  const earlierThan = (i: number): string | undefined => {
    if (planValue !== undefined) return undefined;
    const res = nearestResult(i);
    const at = res ? roles.indexOf(res) : -1;
    const resValue = at >= 0 ? valueAt(at) : undefined;
    const index = valueAt(i);
    if (!res || resValue === undefined || index === undefined) return undefined;
    for (let j = at - 1; j >= 0; j--) {
      const r = roles[j];
      if (r.role !== "actual") continue;
      const period =
        r.earlier !== undefined
          ? earlierPeriod
          : r.period &&
              res.period &&
              periodClass(r.period) === periodClass(res.period) &&
              periodEnd(r.period) < periodStart(res.period)
            ? r.period
            : undefined;
      const value = valueAt(j);
      if (period && value && Math.abs(index - (100 * resValue) / value) < 0.6) return period;
    }
    return undefined;
  };
  row.cells.forEach((cell, i) => {
    const role = roles[i];
    if (role.role === "other") return;
    const indexOn =
      role.role === "compare" && !role.gap && !role.index && !sinceHeader(cell.column.header)
        ? earlierThan(i)
        : undefined;
    // ("TH 10 tháng | So KH (%) | So CK (%) | Ước cả năm": a comparison speaks of the result just
    // left of it.)
    const resultHere = role.role === "compare" ? (nearestResult(i) ?? resultRole) : resultRole;
    const tokens = scanNumbers(cell.text.text).filter((t) => !t.skip);
    for (const tok of tokens) {
      let kind: Kind =
        role.role === "target" || role.role === "estimate" || role.role === "forecast" ? role.role : "actual";
      let measure: Measure;
      let unit = tok.unit || role.unit || unitText;
      if (role.gap) {
        // ("Tăng/giảm" -23 ca: a change in the row's unit; in "%", the growth.)
        const pct = /%/.test(cell.column.header) || /^%/.test(tok.unit);
        // ("Giảm (điểm %)": a rate's move in points.)
        const points = /(?<![\p{L}])điểm(?![\p{L}])/iu.test(cell.column.header);
        measure = pct && !rateRow && !points ? "growth" : "change";
        if (pct) unit = points ? "điểm phần trăm" : "%";
        kind = resultHere?.role === "estimate" ? "estimate" : "actual";
      } else if (role.index) {
        measure = "growth";
        unit = "%";
      } else if (role.role === "compare" && sinceHeader(cell.column.header)) {
        // ("% so cùng kỳ": the index against last year's same period, a growth as written; a cell
        // that names its own unit — "giảm 9 vụ" under "So với năm trước" — is a change in it.)
        // ("gấp 1,7 lần" there: so many times the earlier figure.)
        const own = tok.unit && !/^[%‰]/.test(tok.unit);
        measure = tok.unit === "lần" ? "multiple" : own ? "change" : "growth";
        unit = own ? tok.unit : "%";
        kind = planOverResult(i) ? "target" : resultHere?.role === "estimate" ? "estimate" : "actual";
      } else if (indexOn) {
        measure = "growth";
        unit = "%";
        kind = resultHere?.role === "estimate" ? "estimate" : "actual";
      } else if (role.role === "compare") {
        // ("So sánh (%)" beside a rate of 8,6% against a plan of 9,0%: 95,6 is the ratio.)
        const ratio =
          planValue && resultValue !== undefined
            ? Math.abs(tok.value - (100 * resultValue) / planValue) <
              Math.abs(tok.value - (resultValue - planValue))
            : !rateRow;
        measure = ratio ? "pct_of_target" : "change";
        if (ratio) unit = "%";
        // "So sánh ƯTH/KH (%)": an estimate set against the plan is an estimate too.
        kind =
          /ƯTH|(?<![\p{L}])ước(?![\p{L}])/iu.test(cell.column.header) || resultHere?.role === "estimate"
            ? "estimate"
            : "actual";
      } else if (
        /^(?:%|‰)/.test(unit) &&
        /(?<![\p{L}])(?:tăng|giảm)\s*(?:[≥≤<>]|ít nhất|tối thiểu|trên|dưới|khoảng)?\s*$/iu.test(
          cell.text.text.slice(0, tok.start),
        )
      ) {
        // ("giảm 1-1,5" in a rate's plan column, "giảm ≥ 5%": the move the plan sets.)
        measure = rateRow ? "change" : "growth";
      } else if (/^(?:%|‰)/.test(unit)) {
        measure =
          // ("Thu NSNN trên địa bàn tăng bình quân | %/năm": a yearly growth.)
          /tăng trưởng|tốc độ tăng|tốc độ phát triển|(?<![\p{L}])tăng\s+(?:bình quân|trung bình|hằng năm|hàng năm|mỗi năm)(?![\p{L}])/iu.test(
            name,
          ) && !/tỷ lệ|tỷ trọng/iu.test(label)
            ? "growth"
            : /^mức giảm|^giảm/iu.test(label)
              ? "change"
              : "share";
      } else if (
        (/\//.test(unit) && !/\/\s*năm$/iu.test(unit)) ||
        /bác s[ĩỹ]|giường/iu.test(unit) ||
        /đầu người|\/\s*người/iu.test(label)
      ) {
        measure = "rate";
      } else if (perOne && unit && !/^[%‰]/.test(unit)) {
        // ("Doanh thu bình quân 1 HTX | tỷ đồng": so much per cooperative.)
        measure = "rate";
        unit = `${unit}/${nounCase(perOne)}`;
      } else measure = tok.form === "fraction" && tok.total !== undefined ? "count_of_total" : "level";
      const src = role.role === "compare" ? (planOverResult(i) ?? resultHere ?? role) : role;
      const columnPeriod = role.index ? reportedPeriod : perYear ? src.span : src.period;
      // ("Kế hoạch năm", "KH năm" in a report on nine months: the year's plan.)
      const reported = reportedPeriod;
      const yearPlan =
        role.role === "target" &&
        !columnPeriod &&
        reported &&
        /(?<![\p{L}])năm(?![\p{L}])/iu.test(cell.column.header)
          ? String(endYear(reported))
          : null;
      // ("Dự toán TP giao | Dự toán HĐND xã giao | Ước TH năm 2026": the plans of the year estimated.)
      const resultYear =
        role.role === "target" &&
        !columnPeriod &&
        resultRole?.period &&
        periodClass(resultRole.period) === "year"
          ? resultRole.period
          : null;
      // ("KH TTg giao" in a table counted to 07/11/2026: a plan is set for the year, not the day.)
      const dayPlan =
        role.role === "target" && !columnPeriod && reported && /^\d{4}-\d{2}-\d{2}$/.test(reported)
          ? String(endYear(reported))
          : null;
      const written =
        role.earlier !== undefined
          ? (earlierPeriod ?? columnPeriod ?? reported)
          : role.project
            ? (buildYears ?? planYear ?? reported)
            : (columnPeriod ?? yearPlan ?? resultYear ?? labelPeriod ?? dayPlan ?? reported);
      // (A court's "Năm 2026" column is its working year, as the text's "năm 2026" is.)
      const dated = written ? (workingYearOf(written, env.coverage) ?? written) : written;
      // ("TH 2022 - 2026": what was done over those years is their sum; a share or a state stands
      // where they end.)
      const summed =
        src.summed &&
        !perYear &&
        !role.index &&
        !(measure === "share" || measure === "rate" || measure === "count_of_total" || cue.STATE.test(label));
      const period =
        summed && src.span
          ? src.span
          : dated
            ? termCell(dated, label, measure, unit, kind, perYear, env)
            : dated;
      const pos = place(env.source, cell.text, tok.start, tok.end);
      const named = role.names ? `${name} - ${cell.column.header.replace(/\s+/g, " ").trim()}` : name;
      out.push({
        doc: env.source.name,
        line: pos.line,
        column: pos.column,
        value_text: pos.value_text,
        // ("giảm 9 vụ" in a comparison column: a decrease, as in a sentence.)
        // (Under a column headed "Giảm", every figure is a fall.)
        value:
          role.role === "compare" &&
          (measure === "change" || measure === "growth") &&
          tok.value > 0 &&
          (/(?<![\p{L}])giảm\s*$/iu.test(cell.text.text.slice(0, tok.start)) ||
            (!tok.signed && /^giảm(?![\p{L}])/iu.test(cell.column.header.trim())))
            ? -tok.value
            : tok.value,
        ...(tok.valueMax !== undefined ? { value_max: tok.valueMax } : {}),
        ...(tok.total !== undefined ? { total: tok.total } : {}),
        unit,
        measure,
        kind,
        period,
        indicator: { code: linkIndicator(named, measure, `${row.caption} ${named}`), text: named },
        area: role.area ?? env.info.area,
        ...(role.gap
          ? earlierPeriod || planValue !== undefined || olderPeriod
            ? { base: earlierPeriod ?? (planValue !== undefined ? "plan" : (olderPeriod as string)) }
            : {}
          : role.index
            ? { base: role.index }
            : indexOn
              ? { base: workingYearOf(indexOn, env.coverage) ?? indexOn }
              : role.role === "compare"
                ? { base: compareBase(cell.column.header, env) }
                : {}),
        qualifier: tok.qualifier,
        sentence: block.text.text.replace(/\s+/g, " ").trim(),
        why: {
          kind: `column-${role.role}`,
          period: role.project
            ? buildYears
              ? "row"
              : "column"
            : columnPeriod || yearPlan
              ? "column"
              : labelPeriod
                ? "row"
                : captioned
                  ? "lead-in"
                  : ctx.period
                    ? "section"
                    : env.info.period
                      ? "document"
                      : "none",
        },
        ...(pos.page !== undefined ? { page: pos.page } : {}),
      });
    }
  });
  return out;
}

const PRICE_INDEX = /chỉ số giá|(?<![\p{L}])CPI(?![\p{L}])/iu;

/** What a comparison column compares with: "TH/KH (%)" the plan, "so với NQ" the resolution. */
/** "% so cùng kỳ", "So với năm 2023 (%)", "Sản lượng so với vụ Đông Xuân 2023-2024 (%)": an index on an earlier period. */
function sinceHeader(header: string): boolean {
  return (
    (/cùng kỳ|năm trước|CK/u.test(header) ||
      RESULT_BASE.test(header) ||
      // ("So 2025 (%)": over the year named.)
      /(?<![\p{L}])so\s+(?:năm\s+)?(?:19|20)\d\d(?!\d)/iu.test(header) ||
      /so\s+(?:với|sánh)\s+(?:cùng\s+)?(?:năm|vụ|quý|tháng|mùa|\d{4})/iu.test(header) ||
      // ("So sánh ƯTH 2024/TH 2023 (%)": this year's over last year's.)
      /\/\s*(?:TH|thực hiện|năm|cùng kỳ)?\s*\d{4}/iu.test(header)) &&
    !/kế hoạch|\bKH\b|nghị quyết|\bNQ|dự toán|chỉ tiêu|mục tiêu/iu.test(header)
  );
}

/** "So ước TH 2025", "So với TH năm 2024": a result of a named year as the base. */
const RESULT_BASE =
  /(?<![\p{L}])so\s+(?:với\s+)?(?:(?:ƯTH|UTH|TH|ước thực hiện|ước TH|thực hiện)\s*(?:năm\s+)?)((?:19|20)\d\d)(?!\d)/iu;

function compareBase(header: string, env?: DocScope): string {
  if (sinceHeader(header)) {
    const over =
      /\/\s*(?:TH|thực hiện|năm|cùng kỳ)?\s*((?:19|20)\d\d)(?!\d)/iu.exec(header) ?? RESULT_BASE.exec(header);
    if (over) return over[1];
    const base = env ? findPeriods(header, env.ref).filter((p) => p.base) : [];
    return base.length ? base[base.length - 1].code : "same_period_last_year";
  }
  if (/dự toán/iu.test(header)) return "budget_estimate";
  if (/nghị quyết|\bNQ|đại hội|ĐH/iu.test(header)) return "resolution";
  if (/kế hoạch|\bKH\b/iu.test(header)) return "plan";
  return "resolution";
}

/**
 * The period a caption that leads into its table names in its last sentence ("… Kết quả bình
 * xét năm trước toàn tỉnh có 34.504 hộ đạt danh hiệu, cụ thể:"), for columns that name none.
 */
function captionPeriod(caption: string, env: DocScope): string | null {
  if (!/:\s*$/.test(caption)) return null;
  const last = caption.split(/[.!?]\s+(?=\p{Lu})/u).pop() ?? "";
  return (
    findPeriods(last, env.ref)
      .filter((p) => !p.base && !p.price && !p.noPeriod)
      .pop()?.code ?? null
  );
}
