import { wordsFirst } from "../text/words-first.js";
import { decodeNumber, NUMERAL } from "./decode.js";
import { MAGNITUDES, readCounterNoun, readUnit, type UnitMatch } from "./units.js";

/**
 * The numbers of a sentence, each with what is written around it: a range (8.000-8.500), a
 * count of a total (47/50), its unit and its qualifier (trên, khoảng, dưới…). Numbers that are
 * not figures — years, dates, document symbols, numbers in names, list markers, ages — are
 * returned with `skip` set to the reason, so callers can see why a number was passed over.
 */
export interface NumberToken {
  /** Span of the number as written (what becomes value_text), in the sentence text. */
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  total?: number;
  form: "plain" | "range" | "fraction";
  unit: string;
  /** Offset just after the unit (or after the number when there is none). */
  after: number;
  qualifier: "" | ">" | "<" | "~";
  /** Letters glued after a percent sign: "NQ" in 80,3%NQ, "KH" in 101,63%KH. */
  glued?: string;
  skip?: string;
  /** For "48/35%": the second number is the target the first is measured against. */
  targetOf?: NumberToken;
  /** Written with its sign: "+6,2%", "-9,28%" (a change, never a level). */
  signed?: boolean;
  /** The second of a result/target pair ("45.799/36.875 tỷ đồng", "83,2%/50%"): the target. */
  pairedTarget?: boolean;
}

// ("38 vụ/112 người": a count after a counted noun and a slash is a figure of its own; the
// metres of a chainage, "Km18+400", are part of its name.)
const CAND = new RegExp(String.raw`(?<![\p{L}\d.,/_])(?<!\d\+)(${NUMERAL})|(?<=\p{L}\/)(${NUMERAL})`, "gu");
const RANGE = new RegExp(String.raw`^(%?)(\s*[-–÷]\s*|\s+(?:đến|tới)\s+)(${NUMERAL})(?![\d/])`, "u");
/** The people a round-number rate is counted over: dân, dân số, trẻ đẻ sống. */
const PER_HEAD = /^\s*(dân số|người dân|dân|trẻ\s+(?:đẻ|sinh)\s+(?:sống|ra sống))(?![\p{L}])/u;
const FRACTION = new RegExp(String.raw`^\s*\/\s*(${NUMERAL})(?![\d/])`, "u");

// (Scanned words first: see text/words-first.ts.)
const NAME_BEFORE = wordsFirst(
  /(?<![\p{L}\d])(?:quốc lộ|QL|tỉnh lộ|ĐT|Km|km số|tổ dân phố|tổ|(?<!nông )thôn|(?<!kịch |văn |phiên |cơ |tài |căn |biên )bản|khối|lô|phòng|khóa|khoá|lần thứ|kỳ họp thứ|phiên họp thứ|hội nghị thứ|dự án|đề án|chương trình|nghị quyết|nghị định|chỉ thị|kết luận|thông báo|quyết định|công văn|văn bản|tờ trình|quy định|thông tư|seagames?|sea games|ISO|TCVN|Covid|COVID|mức độ|loại|(?<!thuộc )nhóm|trung đoàn|sư đoàn|quân khu|lữ đoàn|tiểu đoàn|đồn|tiểu khu|giai đoạn|tuyến số|vành đai|số hiệu|mã|tầng|GMT\+|thế hệ|công nghệ|cách mạng công nghiệp|nền tảng|quý|vòng|đợt|(?<!xếp |đứng |vị trí |hạng |cao |thấp |lớn |nhỏ |nhất )thứ|hội nghị trung ương|trung ương|phố|xóm|hẻm|ngõ|ấp|khóm|khu phố|phường|quận|buôn|căn hộ|tòa|giải|cúp|top|khóa học|kỳ thi|huyện nghèo nhóm|mũi)\s*$/iu,
);
/**
 * Names whose number is a label only when written with a capital: Luật …, Điều 5, Khoản 2,
 * Hướng dẫn 12 ("hướng dẫn 1.460 người thoát nạn" is a count).
 */
const NAME_BEFORE_CAPITAL =
  /(?<![\p{L}\d])(?:Luật(?: [\p{L}]+){0,4}|Điều|Khoản|Mục|Phụ lục|Biểu số|Biểu|Bảng số|Bảng|Hình|Chương|Phần|Hướng dẫn|HƯỚNG DẪN)\s*$/u;
const PERIOD_WORDS_AFTER =
  /^\s*(?:đầu|cuối|đầu năm|cuối năm|năm\s+\d{4}|\d{4}|qua|tới|liên tiếp|thực hiện|trở lại|gần đây|vừa qua)/iu;
const PERIOD_WORDS_BEFORE =
  /(?:kế hoạch|giai đoạn|kỷ niệm|trong|qua|hơn|gần|mỗi|hằng|hàng|chiến lược|tầm nhìn|thời hạn|thời gian|nhiệm kỳ|thời kỳ|vòng)\s*$/iu;

export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  CAND.lastIndex = 0;
  let read = 0;
  for (let m = CAND.exec(text); m; m = CAND.exec(text)) {
    const numeral = m[1] ?? m[2];
    // (After a slash, only where no figure read before took it in: not the "/1 vạn dân" of a
    // rate's unit, nor a result's target "tỷ đồng/3.350".)
    if (m[2] !== undefined && m.index < read) continue;
    const tok = readToken(text, m.index, splitNumeral(text, m.index, numeral));
    out.push(tok);
    read = Math.max(tok.after, tok.end);
    if (tok.targetOf) {
      out.push(tok.targetOf);
      read = Math.max(read, tok.targetOf.after);
    }
    CAND.lastIndex = Math.max(tok.end, m.index + numeral.length);
  }
  return out;
}

/**
 * "giảm 12,5% (56/64 vụ)", "giảm 3 vụ (25/28 vụ)": a pair in a bracket right after a change
 * it accounts for is the level now over the level before, even when it fell.
 */
function changedBy(before: string, now: number, then: number): boolean {
  const m = CHANGE_OPEN.exec(before);
  if (!m || !(then > 0)) return false;
  const by = decodeNumber(m[1]);
  if (m[2]) return Math.abs(Math.abs(now / then - 1) * 100 - by) <= Math.max(0.06, by * 0.01);
  return Math.abs(Math.abs(now - then) - by) <= Math.max(0.5, by * 0.005);
}
const CHANGE_OPEN = new RegExp(
  String.raw`(?<![\p{L}])(?:tăng|giảm)\s+(${NUMERAL})\s*(%)?[\p{L}\s.]{0,20}\(\s*$`,
  "u",
);

/** readUnit of the text from a position on, read once per position: a number asks it several times. */
function unitReader(text: string): (at: number) => UnitMatch | null {
  const read = new Map<number, UnitMatch | null>();
  return (at) => {
    let u = read.get(at);
    if (u === undefined) {
      u = readUnit(text.slice(at));
      read.set(at, u);
    }
    return u;
  };
}

/**
 * "648. 215 tỷ đồng", "1 126,4 tỷ đồng", a table's cell "55 480": thousands cut by a stray or a
 * grouping space in a PDF's text. Joined only where an amount's unit follows (never a percent)
 * or nothing follows at all, so that two figures side by side stay two.
 */
function splitNumeral(text: string, at: number, numeral: string): string {
  if (!/^\d{1,3}(?:\.\d{3})*$/.test(numeral)) return numeral;
  // (Cheap test first: most numbers have no space and a digit after it.)
  const next = at + numeral.length;
  if (!/^\.? \d/.test(text.slice(next, next + 3))) return numeral;
  SPLIT.lastIndex = at;
  const m = SPLIT.exec(text);
  if (!m || m[0].length <= numeral.length) return numeral;
  const rest = text.slice(at + m[0].length);
  if (/^\s*$/.test(rest)) return m[0];
  const unit = readUnit(rest);
  return unit && !/^[%‰]|^lần/.test(unit.unit) ? m[0] : numeral;
}
const SPLIT = /\d{1,3}(?:\.\d{3})*(?:\.? \d{3}(?:\.\d{3})*)+(?:,\d+)?(?![\d.,]?\d)/uy;

function readToken(text: string, start: number, numeral: string): NumberToken {
  const unitAt = unitReader(text);
  let end = start + numeral.length;
  let value = decodeNumber(numeral);
  // "tăng 0 68%": a decimal comma lost in copying.
  const lost = numeral === "0" ? /^ (\d{1,2})(?=\s*%)/.exec(text.slice(end)) : null;
  if (lost) {
    value = Number(`0.${lost[1]}`);
    end += lost[0].length;
  }
  const tok: NumberToken = { start, end, value, form: "plain", unit: "", after: end, qualifier: "" };
  const before = text.slice(Math.max(0, start - 40), start);
  const rest = text.slice(end);

  // Table cells and signed differences: "-0,57", "(+6,2%)", "(-9,28%)", "(tăng 14 vụ, +14,3%)".
  if (
    /(?:^|[\s(|])[-−+]$/.test(before) &&
    !/\d\s*[-−+]$/.test(before) &&
    /^[\s|(]*[-−+]$|^\s*[-−+]$|^,\s[-−+]$/.test(before.slice(-3))
  ) {
    tok.start = start - 1;
    tok.signed = true;
    if (before.endsWith("+")) tok.value = value;
    else tok.value = -value;
  }
  // Bounds written as symbols: "<60", "> 98".
  const sym = /([<>≤≥])\s*$/.exec(before);
  if (sym) tok.qualifier = sym[1] === "<" || sym[1] === "≤" ? "<" : ">";

  const skip = notAFigure(unitAt, end, numeral, before, rest);
  if (skip) {
    tok.skip = skip;
    // Do not let a date's or symbol's later parts be read on their own.
    const tail = /^(?:[/.\-:]\d+)+(?:\/[\p{Lu}Đ][\p{L}\-/&]*)?/u.exec(rest);
    if (tail) tok.end = end + tail[0].length;
    tok.after = tok.end;
    return tok;
  }

  // A range: 8.000-8.500, 65%-70%, 3 ÷ 4, từ 25 đến 30%.
  const range = RANGE.exec(rest);
  const wordRange = range && /\s(?:đến|tới)\s/.test(range[2]) && !/từ\s*$/iu.test(before);
  // ("34,6% - 20,9% - 38,7% - 5,8%": three or more joined by dashes are a list, not a range.)
  const chained =
    !!range &&
    !/\s(?:đến|tới)\s/.test(range[2]) &&
    (/\d\s*%?\s*[-–]\s*$/u.test(before) || /^\s*%?\s*[-–]\s*\d/u.test(rest.slice(range[0].length)));
  if (range && !wordRange && !chained && !isYearPair(numeral, range[3])) {
    const hi = decodeNumber(range[3]);
    if (hi > value || range[1]) {
      tok.form = "range";
      tok.valueMax = hi;
      end = end + range[0].length;
      tok.end = end;
    }
  }
  // A count of a total, or a fraction: 47/50, 389/460, 4.482.264,2/4.704.465.
  if (tok.form === "plain") {
    const unitBetween = unitAt(end);
    const gap =
      unitBetween && !unitBetween.counter && /^\s*\//.test(text.slice(end + unitBetween.length))
        ? unitBetween.length
        : 0;
    const frac = FRACTION.exec(text.slice(end + gap));
    if (frac) {
      const total = decodeNumber(frac[1]);
      const afterFrac = text.slice(end + gap + frac[0].length);
      // "48/35%": achieved and target, both in %. "45.799/36.875 tỷ đồng", "8.793/6.500 đảng
      // viên": more than the whole is no count of a total but a result written over its target.
      const percents = /^\s*%/.test(afterFrac) && total < 100 && value <= 100;
      // ("chi 1.420 triệu đồng/1.900 triệu đồng dự toán": the unit written on both sides, then
      // the plan named: what was spent over what was planned.)
      const overPlan =
        gap > 0 &&
        /^\s*[\p{L}\s]{0,15}?(?:dự toán|kế hoạch|KH|chỉ tiêu|mục tiêu)(?![\p{L}])/iu.test(afterFrac);
      if (
        percents ||
        overPlan ||
        (value > total && total > 0 && !/[.,]/.test(frac[1].slice(-1))) ||
        changedBy(before, value, total)
      ) {
        const s2 = end + gap + frac[0].indexOf(frac[1]);
        const t2: NumberToken = {
          start: s2,
          end: s2 + frac[1].length,
          value: total,
          form: "plain",
          unit: "",
          after: s2 + frac[1].length,
          qualifier: "",
          pairedTarget: true,
        };
        const u2 = percents
          ? { unit: "%", length: /^\s*%/.exec(afterFrac)?.[0].length ?? 0 }
          : (unitAt(t2.end) ?? readCounterNoun(text.slice(t2.end)));
        if (u2) {
          t2.unit = u2.unit;
          t2.after = t2.end + u2.length;
        }
        tok.unit = t2.unit;
        tok.after = end;
        tok.end = end;
        tok.targetOf = t2;
        return tok;
      }
      // "47,5/100.000 dân", "12/1.000 trẻ đẻ sống": a rate per a round number of people is no
      // count of a total.
      const perHead = PER_HEAD.exec(afterFrac);
      if (perHead && total >= 100 && /^10+$/.test(String(total))) {
        tok.unit = `/${frac[1]} ${perHead[1].replace(/\s+/g, " ")}`;
        tok.end = end;
        tok.after = end + gap + frac[0].length + perHead[0].length;
        return tok;
      }
      tok.form = "fraction";
      tok.total = total;
      end = end + gap + frac[0].length;
      tok.end = end;
    }
  }
  // The unit after the number (or after the range's or fraction's second part).
  let after = end;
  if (tok.form === "range" && range?.[1] === "%") tok.unit = "%";
  const u = unitAt(end);
  if (u) {
    tok.unit = u.unit;
    after = end + u.length;
    // 701 tỷ 500 triệu: one amount in two magnitudes.
    const two = /^\s+(\d{1,3})\s+(triệu|nghìn|ngàn)(\s+đồng)?/u.exec(text.slice(after));
    if (two && /^(tỷ|triệu)/iu.test(tok.unit)) {
      const big = MAGNITUDES[tok.unit.split(/[\s/]/)[0].toLowerCase()] ?? 1;
      const small = MAGNITUDES[two[2]] ?? 1;
      tok.value = value + (Number(two[1]) * small) / big;
      tok.end = after + two[0].length;
      if (!/đồng/.test(tok.unit)) tok.unit = `${tok.unit} đồng`;
      after = tok.end;
    }
  } else if (/^[\p{L}]/u.test(text.slice(end))) {
    // A number glued to letters that are no unit: 3G, 5A, 4.0… is part of a name.
    tok.skip = "name";
  } else if (tok.form !== "range") {
    const noun = readCounterNoun(text.slice(end));
    if (noun) {
      tok.unit = noun.unit;
      after = end + noun.length;
    }
  }
  if (tok.unit === "%") {
    // (Not what the percent is of: "3,8% GDP", "12% CPI", "40% FDI".)
    const g = /^\s*%\s*(?!(?:GDP|CPI|IIP|FDI|ODA|USD|VND)\b)([A-ZĐ]{2,3})\b/u.exec(text.slice(end));
    if (g) tok.glued = g[1];
  }
  tok.after = after;
  if (isAge(tok, before, text.slice(after))) tok.skip = "age";
  // "vào lớp 10", "lớp 1": a grade is a name, not a count ("971 lớp" is one).
  else if (
    /(?<![\p{L}])lớp\s*$/iu.test(before) &&
    tok.form === "plain" &&
    Number.isInteger(tok.value) &&
    tok.value >= 1 &&
    tok.value <= 12
  )
    tok.skip = "name";
  // ("Doanh thu bình quân 1 HTX", "trung bình 01 hộ": one of what the figure after it is per.)
  else if (
    tok.form === "plain" &&
    tok.value === 1 &&
    /(?<![\p{L}])(?:bình quân|trung bình)\s*$/iu.test(before) &&
    tok.unit &&
    !/^[%‰]/.test(tok.unit) &&
    /^[^\d;.]{0,30}?(?<![\p{L}])(?:ước\s+)?(?:đạt|là|khoảng|có)?\s*\d/iu.test(text.slice(after))
  )
    tok.skip = "name";
  // "9 tháng", "lũy kế 10 tháng": a period of the year, not a count of months ("sau 04 tháng
  // vận hành", "kéo dài 6 tháng" are durations, and figures).
  if (
    /^tháng$/iu.test(tok.unit) &&
    tok.form === "plain" &&
    Number.isInteger(tok.value) &&
    tok.value >= 2 &&
    tok.value <= 12 &&
    !/(?:sau|kéo dài|thời hạn|thời gian|vòng|dưới|trên|hơn|gần|khoảng|mỗi|mất|chỉ|được|cách đây|đủ|tới|từ|trước|liên tục)\s*$/iu.test(
      before,
    ) &&
    !/^\s*(?:tuổi|liên tục|liên tiếp|tới|nữa|trở lên|\/)/iu.test(text.slice(after))
  )
    tok.skip = "period";
  // "5 năm qua", "tổng thu 5 năm đạt …": the years of a term, not a count of years.
  else if (
    /^năm$/iu.test(tok.unit) &&
    tok.form === "plain" &&
    Number.isInteger(tok.value) &&
    tok.value >= 2 &&
    tok.value <= 10 &&
    !/(?:kéo dài|thời hạn|trong vòng|mất|sau|thời gian)\s*$/iu.test(before) &&
    !/^\s*tuổi/iu.test(text.slice(after))
  )
    tok.skip = "period";
  else if (
    // ("dự báo trong 2 - 4 tuần tới": a window ahead, no figure.)
    /^(năm|tháng|ngày|tuần)$/iu.test(tok.unit) &&
    (PERIOD_WORDS_AFTER.test(text.slice(after)) ||
      // "diễn ra trong 02 ngày": how long an event lasted is a figure; "trong 6 tháng" is a period.
      (PERIOD_WORDS_BEFORE.test(before) &&
        !(/^(?:ngày|tuần)$/iu.test(tok.unit) && /trong\s*$/iu.test(before))) ||
      (/^năm$/iu.test(tok.unit) && /(?<![\p{L}])sau\s*$/iu.test(before)))
  ) {
    tok.skip = "duration";
  } else if (/^\s*(?:tuần|tháng|ngày|năm)\s+tới(?![\p{L}])/iu.test(text.slice(after))) {
    // ("trong 2 - 4 tuần tới": a window ahead, whatever unit the range was read with.)
    tok.skip = "duration";
  }
  if (!tok.qualifier) tok.qualifier = qualifierOf(before, text.slice(after));
  return tok;
}

/**
 * An age that says who is counted ("học sinh 15 tuổi", "trẻ từ 3 đến dưới 36 tháng tuổi",
 * "trong độ tuổi 15-18") is no figure; an average age or a life expectancy is.
 */
function isAge(tok: NumberToken, before: string, after: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(",")) + 1);
  if (/tuổi thọ|(?:bình quân|trung bình)/iu.test(clause)) return false;
  if (/(?<![\p{L}])(?:độ|lứa) tuổi\s*$/iu.test(before)) return true;
  if (tok.unit === "tuổi") return true;
  if (tok.unit === "tháng" && /^\s*tuổi(?![\p{L}])/iu.test(after)) return true;
  // "từ 3 đến dưới 36 tháng tuổi": the first bound of an age span.
  return !tok.unit && /^\s*(?:đến|-|–)\s*(?:dưới\s*)?\d{1,2}\s*(?:tháng\s*)?tuổi(?![\p{L}])/iu.test(after);
}

function isYearPair(a: string, b: string): boolean {
  return /^(19|20)\d\d$/.test(a) && /^(19|20)\d\d$/.test(b);
}

/** Why a number is not a figure, or null. */
function notAFigure(
  unitAt: (at: number) => UnitMatch | null,
  end: number,
  numeral: string,
  before: string,
  rest: string,
): string | null {
  // Dates: 19/6/2023, 6/2023, 07/5/1954-07/5/2023, ngày 15 tháng 5 năm 2020.
  if (/^\/\d{1,2}\/\d{2,4}/.test(rest) || (/^\d{1,2}$/.test(numeral) && /^\/(?:19|20)\d\d(?!\d)/.test(rest)))
    return "date";
  if (/^\d{1,2}$/.test(numeral) && /^-\d{1,2}-(?:19|20)\d\d/.test(rest)) return "date";
  if (/(?:ngày|tháng)\s*$/iu.test(before) && /^\d{1,2}$/.test(numeral) && !/^\s*(?:%|tỷ|triệu)/u.test(rest))
    return "date";
  if (numeral.length <= 2 && /^:\d{2}/.test(rest)) return "time";
  // "tính đến 17 giờ ngày 15/9/2024", "lúc 6 giờ 30 ngày 11/9": an hour of a day.
  if (
    numeral.length <= 2 &&
    /^\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*(?:ngày|sáng|chiều|tối|đêm|hôm)(?![\p{L}])/iu.test(rest)
  )
    return "time";
  // "Hôm qua 24.6", "sáng 25.6": a day and month written with a dot.
  if (
    /^\d{1,2}\.\d{1,2}$/.test(numeral) &&
    /(?:hôm qua|hôm nay|ngày|sáng|chiều|tối|trưa|đêm)\s*$/iu.test(before) &&
    Number(numeral.split(".")[1]) <= 12
  )
    return "date";
  // A day and month written d/m.
  const dayMonth = /^\/(\d{1,2})(?![\d/])/.exec(rest);
  const dm =
    !!dayMonth &&
    /^\d{1,2}$/.test(numeral) &&
    Number(numeral) >= 1 &&
    Number(numeral) <= 31 &&
    Number(dayMonth[1]) >= 1 &&
    Number(dayMonth[1]) <= 12;
  // "Chiều 20/6, Ban Thường vụ …", "sáng 25/12": after a time of day.
  if (dm && /(?:^|[^\p{L}])(?:hôm qua|hôm nay|ngày|sáng|chiều|tối|trưa|đêm|rạng sáng)\s*$/iu.test(before))
    return "date";
  // A holiday's or a span's date: "dịp nghỉ lễ 30/4-1/5", "(30/4)", "đến hết ngày 4/5".
  if (
    dm &&
    (/^\/\d{1,2}\s*[-–]\s*\d{1,2}\/\d{1,2}(?![\d/])/.test(rest) ||
      /\d{1,2}\/\d{1,2}\s*[-–]\s*$/.test(before) ||
      /(?:^|[^\p{L}])(?:lễ|dịp|tết|kỷ niệm|từ ngày|đến ngày|đến hết ngày|hết ngày)\s*$/iu.test(before) ||
      (/\(\s*$/.test(before) && /^\/\d{1,2}\s*\)/.test(rest)))
  )
    return "date";
  // Page furniture: "Lượt xem: 1.268".
  if (/(?:lượt xem|lượt đọc|lượt truy cập)\s*:?\s*$/iu.test(before)) return "name";
  // Document numbers and symbols: 20-NQ/TU, 1300/QĐ-BYT, 05/2018/NQ-HĐND, số 1221.
  if (
    /^\s*[-/]\s*[\p{Lu}Đ]{1,6}(?:[\p{L}&]*)?(?:[-/]|\b)/u.test(rest) &&
    !/^\s*[-/]\s*(?:CP|USD)\b/u.test(rest)
  )
    return "symbol";
  if (/^\/(?:19|20)\d\d\/[\p{Lu}Đ]/u.test(rest)) return "symbol";
  // ("dân số 0,52%" is the population, "chỉ số 62,5" an index: figures both.)
  if (/\bsố\s*$/iu.test(before) && !/(?:tổng|với|có|đạt|là|dân|chỉ|trong|con|trên)\s+số\s*$/iu.test(before))
    return "symbol";
  // A number hyphened to a word is part of a name: Covid-19, H5N1-like codes.
  if (/\p{L}-$/u.test(before)) return "name";
  // Years, alone or in a span: năm 2023, 2021-2025, 2020- 2025.
  if (
    /^(?:19|20)\d\d$/.test(numeral) &&
    /(?:năm|giai đoạn|nhiệm kỳ|niên độ|từ|đến|cuối|đầu|hết)\s*$/iu.test(before)
  )
    return "year";
  if (/^(?:19|20)\d\d$/.test(numeral)) {
    const u = unitAt(end);
    if (!u || /^(năm|tháng|ngày)$/.test(u.unit) || /^\s*[-–]\s*(?:19|20)\d\d/.test(rest)) return "year";
  }
  if (/^\d{1,2}$/.test(numeral) && /(?:19|20)\d\d\s*[-–]\s*$/.test(before)) return "year";
  // Footnote markers in brackets glued to what they annotate: "6,73%[1]", "2011-2016[2]".
  if (/\S\[$/.test(before) && /^\]/.test(rest) && numeral.length <= 3) return "footnote";
  // A deposit's or a loan's term: "kỳ hạn dưới 1 tháng", "kỳ hạn từ 12 tháng trở lên".
  if (
    /(?<![\p{L}])kỳ hạn(?:\s+(?:dưới|từ|trên|đến))?\s*$/iu.test(before) &&
    /^\s*(?:tháng|năm|ngày)/iu.test(rest)
  )
    return "name";
  // A class of stars: "sản phẩm OCOP đạt 4 sao", "khách sạn từ 3 sao trở lên".
  if (/^[1-5]$/.test(numeral) && /^\s*sao(?![\p{L}])/iu.test(rest)) return "name";
  // List markers: (1), (2)-, 1) at a clause start.
  if (/\(\s*$/.test(before) && /^\s*\)/.test(rest) && numeral.length <= 2) return "list";
  if (/(?:^|[;:.]\s*)$/.test(before) && /^\s*\)/.test(rest) && numeral.length <= 2) return "list";
  // Numbers in names: Quốc lộ 12, lần thứ 5, Điều 3, công nghệ 4.0, mức độ 3,4.
  // (A count in thousands after "xếp loại" is no class: "xếp loại 42.129 đảng viên".)
  if (
    (NAME_BEFORE.test(before) || NAME_BEFORE_CAPITAL.test(before)) &&
    !unitAt(end)?.unit.match(/^(?:%|‰|tỷ|triệu|nghìn|ngàn|ha|tấn|km)/iu) &&
    // ("Kết luận 141 đảng viên có vi phạm", "kết luận 1.261/1.284 tổ chức": the verb, counting.)
    !(
      /(?<![\p{L}])(?:kết luận|thông báo)\s*$/iu.test(before) &&
      (!!readCounterNoun(rest) || /^\s*\/\s*\d/.test(rest))
    ) &&
    !(/(?:loại|nhóm)\s*$/iu.test(before) && /^\d{1,3}(?:\.\d{3})+$/.test(numeral))
  )
    return "name";
  // ("thí sinh đạt điểm 10", "bài thi điểm 9": a mark named, not a figure of the report.)
  // (Not "giải quyết dứt điểm 9/11 vụ", "xã trọng điểm 3": other words ending in "điểm".)
  if (
    /(?<![\p{L}])(?<!(?:dứt|trọng|thí|địa|đặc|thời|giao|tụ|cao|trung|quan|xuất phát)\s)điểm\s*$/iu.test(
      before,
    ) &&
    /^(?:[0-9]|10)$/.test(numeral) &&
    !unitAt(end) &&
    !/^\s*\//.test(rest)
  )
    return "name";
  // A small bare number after a capitalised word inside a sentence is part of a proper name:
  // "thủy điện Mường Luân 2", "bản Hin 2, xã Na Sang", "Đội 19 (thôn …)", "giống Dự Hương 8".
  if (
    /^\d{1,3}$/.test(numeral) &&
    /[\p{L}\d,]\s+(?<![\p{L}])\p{Lu}\p{Ll}+\s+$/u.test(before) &&
    !unitAt(end) &&
    !readCounterNoun(rest)
  )
    return "name";
  if (/^\d\.0$/.test(numeral) && /(?:công nghệ|công nghiệp|cách mạng|chuyển đổi số)\s*$/iu.test(before))
    return "name";
  if (/\b1$/.test(numeral) && /tỷ lệ\s*$/iu.test(before) && /^\s*\//.test(rest)) return "scale";
  // The "per" of a ratio: "trên 1 vạn dân", "/100.000 trẻ đẻ sống".
  if (
    /^0?1$|^10+$|^1\.000(?:\.000)?$|^100\.000$/.test(numeral) &&
    /(?:trên|\/|mỗi)\s*$/iu.test(before) &&
    /^\s*(?:vạn|nghìn|ngàn)?\s*(?:dân|người dân|trẻ đẻ sống|trẻ sinh sống)(?![\p{L}])/iu.test(rest)
  ) {
    return "per";
  }
  if (/\/\s*$/.test(before) && /^\s*(?:điểm|trẻ|dân)/iu.test(rest)) return "per";
  // "Giá trị sản xuất bình quân trên 1 ha đất nông nghiệp", "thu nhập/01 lao động": what an
  // amount is per, not an amount ("trồng trên 1 ha" stays a floor).
  if (
    /^0?1$/.test(numeral) &&
    /^\s*(?:ha|héc ta|hécta|người|lao động|hộ|khẩu)(?![\p{L}])/iu.test(rest) &&
    (/\/\s*$/.test(before) ||
      /(?:bình quân|giá trị|thu nhập|doanh thu|lợi nhuận)[^,;.\d]{0,40}(?:trên|mỗi)\s*$/iu.test(before))
  )
    return "per";
  // A capitalised name followed by a bare number with no unit: "Huổi Chan 1", "Quân khu 2".
  // (Not a decimal, which no name carries: "thị xã Kinh Môn 120,3 bé trai/100 bé gái".)
  if (
    !numeral.includes(",") &&
    /\p{Lu}[\p{Ll}]*\s+\p{Lu}[\p{Ll}]*\s*$/u.test(before) &&
    !unitAt(end) &&
    !/^\s*[%‰/-]/.test(rest) &&
    !/^\s*(?:,|\.|;)/.test(rest)
  ) {
    return "name";
  }
  return null;
}

const QUAL_BEFORE: [RegExp, "" | ">" | "<" | "~"][] = [
  [/(?:không dưới|tối thiểu|ít nhất|trên|hơn|vượt trên|cao hơn)\s*$/iu, ">"],
  [/(?:không quá|tối đa|dưới|chưa đến|chưa tới|thấp hơn)\s*$/iu, "<"],
  [/(?:khoảng|gần|xấp xỉ|chừng|độ|ước khoảng)\s*$/iu, "~"],
];

function qualifierOf(before: string, after: string): "" | ">" | "<" | "~" {
  const b = before.replace(/\s+$/, " ");
  for (const [re, q] of QUAL_BEFORE) if (re.test(b)) return q;
  if (/^\s*(?:\S+\s+){0,3}?trở lên/iu.test(after)) return ">";
  if (/^\s*(?:\S+\s+){0,2}?trở xuống/iu.test(after)) return "<";
  return "";
}
