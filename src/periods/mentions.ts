import { wordsFirst } from "../text/words-first.js";
import { isoDate } from "./codes.js";

/**
 * Period expressions and their codes (FACTS.md): 2023, 2023-S1, 2023-Q3, 2023-06,
 * 2023-06-19, 2023-01/2023-10, 2021/2025. Each expression found in a text says whether it is
 * a comparison base ("so với năm 2022") rather than the period a figure is about.
 */
export interface PeriodMention {
  start: number;
  end: number;
  code: string;
  cls: "year" | "sub" | "span";
  /** Written as what a figure is compared with: so với …, từ … (lên). */
  base: boolean;
  /** "đến năm 2025", "đến hết năm", "đến 2025": a deadline or stock date. */
  until: boolean;
  /** A price base ("giá so sánh năm 2010"), not a period at all. */
  price: boolean;
  /**
   * Part of a name or a plan: "Đề án … giai đoạn 2021-2025", "mục tiêu đến năm 2025",
   * "Kế hoạch 5 năm 2021-2025". It dates the plan, not the figures around it.
   */
  named: boolean;
  /**
   * Names no period any figure is about, not even a target's: part of a programme's long name
   * ("Chương trình mục tiêu quốc gia … giai đoạn 2021-2030"), when something was published, what
   * it is for ("phục vụ trồng mới năm 2026"), where what is left goes on ("chuyển sang năm 2026").
   */
  noPeriod: boolean;
  /**
   * "Đầu năm 2024, toàn huyện còn 1.132 hộ nghèo": the start of a year, where what stands was
   * counted at the end of the year before. (Not "từ đầu năm 2024", nor "6 tháng đầu năm 2024".)
   */
  yearStart: boolean;
  /** The term of an elected body not yet over ("HĐND các cấp nhiệm kỳ 2026 - 2031"): not even a title's period. */
  bodyTerm: boolean;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const pad = (n: number | string) => String(n).padStart(2, "0");
const Y = String.raw`((?:19|20)\d\d)`;
const DASH = String.raw`\s*[-–—]\s*`;

/**
 * When a text was written, for the periods it names without a year ("9 tháng", "quý III",
 * "tháng 10", "năm nay"): the latest such period that had begun by then.
 */
export interface RefDate {
  year: number;
  /** 1-12 when known. */
  month?: number;
  /** The months a document gives its seasons ("mùa khô 2025 - 2026" → "2025-12/2026-04"). */
  seasons?: SeasonMonths;
  /** The five-year plan its head names ("Kế hoạch … 5 năm 2021 - 2025"): what "5 năm", "3 năm" count in. */
  planSpan?: [number, number];
}

/** The months of a season across the turn of a year, as a document defines them. */
export interface SeasonMonths {
  first: number;
  last: number;
}

type Made = { code: string; cls: PeriodMention["cls"]; start?: boolean } | null;
/** A pattern, what it makes, and a word it cannot match without (a cheap test skips it). */
type Rule = [RegExp, (m: RegExpExecArray, ref?: RefDate) => Made, "tháng"?];

/** The year of a period that starts in `firstMonth`: the writing year, or the one before if it had not begun. */
function yearOf(ref: RefDate, firstMonth: number): number {
  return ref.month !== undefined && ref.month < firstMonth ? ref.year - 1 : ref.year;
}

/**
 * The year of a quarter or half-year (months `first`..`last`) named without one: the nearest to
 * the writing. One about to begin is the coming one ("nhiệm vụ 6 tháng cuối năm" written in June,
 * "quý IV" in September), one long over is last year's ("quý IV" written in February).
 */
function yearNear(ref: RefDate, first: number, last: number): number {
  if (ref.month === undefined || ref.month >= first) return ref.year;
  return first - ref.month < ref.month + 12 - last ? ref.year : ref.year - 1;
}

/** Durations, not periods: "sau 4 tháng", "kéo dài 6 tháng", "trẻ dưới 36 tháng tuổi". */
const DURATION_BEFORE =
  /(?:sau|kéo dài|thời hạn|thời gian|vòng|dưới|trên|hơn|gần|khoảng|mỗi|hằng|hàng|trước|mất|chỉ|được|cách đây|liên tục|đủ|tới|từ)\s*$/iu;
const DURATION_AFTER = /^\s*(?:tuổi|liên tục|liên tiếp|qua|tới|nữa|trở lên|một lần|\/)/iu;

/** Month counts written in words: "sáu tháng đầu năm", "chín tháng năm 2024". */
const COUNT_WORDS = "hai|ba|bốn|sáu|bảy|tám|chín|mười một|mười";
const COUNT_VALUE: Record<string, number> = {
  hai: 2,
  ba: 3,
  bốn: 4,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  "mười một": 11,
};
/** A mention that opens with a month count in words. */
const COUNTED = new RegExp(String.raw`^(?:${COUNT_WORDS})\s`, "iu");
function monthCount(s: string): number {
  return /\d/.test(s) ? Number(s) : (COUNT_VALUE[s.toLowerCase().replace(/\s+/g, " ")] ?? 0);
}

const RULES: Rule[] = [
  // "từ ngày 30/4 đến hết ngày 4/5", "từ 01/01/2024 đến 30/9/2024": a run of days, by its months
  [
    /(?<![\p{L}])từ\s+(?:ngày\s*)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*((?:19|20)\d\d))?\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s*)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*((?:19|20)\d\d))?(?![\d/])/giu,
    (m, ref) => {
      const [d1, m1, d2, m2] = [m[1], m[2], m[4], m[5]].map(Number);
      if ([d1, d2].some((d) => d < 1 || d > 31) || [m1, m2].some((x) => x < 1 || x > 12)) return null;
      const y2 = m[6] ? Number(m[6]) : m[3] ? Number(m[3]) : ref ? yearOf(ref, m2) : 0;
      if (!y2) return null;
      const y1 = m[3] ? Number(m[3]) : m1 > m2 ? y2 - 1 : y2;
      // (FACTS.md has no span of days: the months it runs over, as "10 tháng" is coded.)
      if (!isoDate(`${y1}-${pad(m1)}-${pad(d1)}`) || !isoDate(`${y2}-${pad(m2)}-${pad(d2)}`)) return null;
      const [a, b] = [`${y1}-${pad(m1)}`, `${y2}-${pad(m2)}`];
      return a < b ? { code: `${a}/${b}`, cls: "sub" } : a === b ? { code: a, cls: "sub" } : null;
    },
  ],
  // "từ ngày 01/7/2025 đến nay", "từ tháng 7/2025 đến nay": from then to the month of writing
  [
    /(?<![\p{L}])từ\s+(?:ngày\s*(\d{1,2})\s*\/\s*|tháng\s*)(\d{1,2})\s*\/\s*((?:19|20)\d\d)\s+(?:đến|tới)\s+(?:nay|thời điểm (?:này|báo cáo)|hiện nay)(?![\p{L}])/giu,
    (m, ref) => {
      const [y, mo] = [Number(m[3]), Number(m[2])];
      if (!ref?.month || mo < 1 || mo > 12 || (m[1] && !isoDate(`${y}-${pad(mo)}-${pad(m[1])}`))) return null;
      const [a, b] = [`${y}-${pad(mo)}`, `${ref.year}-${pad(ref.month)}`];
      return a < b ? { code: `${a}/${b}`, cls: "sub" } : a === b ? { code: a, cls: "sub" } : null;
    },
  ],
  // 6 tháng đầu năm 2023, 06 tháng cuối năm 2023, 6T/2023
  [
    new RegExp(
      String.raw`(?:(?<![\d.,])0?6|(?<![\p{L}])sáu)\s*tháng\s*(đầu|cuối)?\s*(?:năm\s*)?[\/]?\s*${Y}`,
      "giu",
    ),
    (m) => ({ code: `${m[2]}-S${/cuối/i.test(m[1] ?? "") ? 2 : 1}`, cls: "sub" }),
    "tháng",
  ],
  // ("6T/2023", "9T/2024", "10T 2025": the months to date as table headers shorten them.)
  [
    new RegExp(String.raw`(?<![\p{L}\d.,/])(\d{1,2})T\s*\/?\s*${Y}`, "gu"),
    (m) => {
      const n = Number(m[1]);
      if (n === 6) return { code: `${m[2]}-S1`, cls: "sub" };
      if (n === 12) return { code: m[2], cls: "year" };
      return n >= 1 && n < 12 ? { code: `${m[2]}-01/${m[2]}-${pad(n)}`, cls: "sub" } : null;
    },
  ],
  // 9 tháng (đầu) năm 2023 → 2023-01/2023-09
  [
    // (also as table headers write it: "TH 9 tháng 2024", "9 tháng/2024")
    new RegExp(
      String.raw`(?:(?<![\d.,/])(\d{1,2})|(?<![\p{L}])(${COUNT_WORDS}))\s*tháng\s*(?:đầu\s*)?(?:năm\s*|\/\s*)?${Y}`,
      "giu",
    ),
    (m) => {
      const n = monthCount(m[1] ?? m[2]);
      // ("12 tháng năm 2025" is the year.)
      if (n === 12) return { code: m[3], cls: "year" };
      return n >= 1 && n < 12 ? { code: `${m[3]}-01/${m[3]}-${pad(n)}`, cls: "sub" } : null;
    },
    "tháng",
  ],
  // quý III/2023, quý I năm 2024
  [
    new RegExp(String.raw`quý\s*(IV|III|II|I|[1-4])\s*(?:\/|năm)\s*${Y}`, "giu"),
    (m) => ({ code: `${m[2]}-Q${ROMAN[m[1].toUpperCase()] ?? m[1]}`, cls: "sub" }),
  ],
  // ngày 19/6/2023, đến 31/12/2024 (a day; 31/12 is the year's end)
  [
    // (Also as newspapers write it: "Ngày 4 và 5-7-2024".)
    new RegExp(String.raw`(?<![\d.,])(\d{1,2})\s*(?:\/\s*(\d{1,2})\s*\/|-(\d{1,2})-)\s*${Y}`, "gu"),
    (m) => {
      const d = Number(m[1]);
      const mo = Number(m[2] ?? m[3]);
      const y = m[4];
      if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
      if (d === 31 && mo === 12) return { code: y, cls: "year" };
      return { code: `${y}-${pad(mo)}-${pad(d)}`, cls: "sub" };
    },
  ],
  // ngày 26 tháng 5 năm 2020
  [
    new RegExp(String.raw`ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*${Y}`, "giu"),
    (m) => ({ code: `${m[3]}-${pad(m[2])}-${pad(m[1])}`, cls: "sub" }),
    "tháng",
  ],
  // tháng 6/2023, tháng 11 năm 2024, đến 6/2023
  [
    new RegExp(String.raw`(?:tháng\s*)(\d{1,2})\s*(?:\/|năm)\s*${Y}`, "giu"),
    (m) => (Number(m[1]) <= 12 && Number(m[1]) >= 1 ? { code: `${m[2]}-${pad(m[1])}`, cls: "sub" } : null),
    "tháng",
  ],
  [
    new RegExp(String.raw`(?:đến|tới|hết)\s*(\d{1,2})\s*\/\s*${Y}`, "giu"),
    (m) => (Number(m[1]) <= 12 && Number(m[1]) >= 1 ? { code: `${m[2]}-${pad(m[1])}`, cls: "sub" } : null),
  ],
  // "vụ Đông Xuân 2024-2025", "mùa khô 2023-2024": a season across the turn of the year, sown
  // or begun late in the first, harvested or ended in the first half of the second.
  [
    new RegExp(String.raw`(?<![\p{L}])(?:đông\s*[-–]?\s*xuân|mùa khô)\s*\(?\s*${Y}${DASH}${Y}`, "giu"),
    (m, ref) =>
      Number(m[2]) !== Number(m[1]) + 1
        ? null
        : ref?.seasons && /mùa khô/iu.test(m[0])
          ? { code: `${m[1]}-${pad(ref.seasons.first)}/${m[2]}-${pad(ref.seasons.last)}`, cls: "sub" }
          : { code: `${m[2]}-S1`, cls: "sub" },
  ],
  // "vụ Hè Thu 2026", "vụ Mùa năm 2025", "vụ Xuân 2025": a crop season of one year — spring
  // crops in its first half, summer-autumn, autumn-winter and main crops in its second.
  [
    new RegExp(
      String.raw`(?<![\p{L}])vụ\s+(hè\s*[-–]?\s*thu|thu\s*[-–]?\s*đông|mùa|chiêm\s*xuân|chiêm|xuân|đông\s*[-–]?\s*xuân)\s*(?:năm\s+)?\(?\s*${Y}(?!\s*[-–—/]\s*(?:19|20)\d\d)`,
      "giu",
    ),
    (m) => ({ code: `${m[2]}-${/xuân|chiêm/iu.test(m[1]) ? "S1" : "S2"}`, cls: "sub" }),
  ],
  // giai đoạn 2021-2025, nhiệm kỳ 2020 - 2025, 2016-2020
  [
    new RegExp(`${Y}${DASH}${Y}`, "gu"),
    (m) => (Number(m[2]) > Number(m[1]) ? { code: `${m[1]}/${m[2]}`, cls: "span" } : null),
  ],
  // năm 2023, đến năm 2025, cuối năm 2021, (2023)
  // (An ISO date — "2025-01", "2024-10-05" — is when something was written, no year spoken of.)
  [
    // ("ISO 9001:2015": a standard's edition, no year spoken of.)
    new RegExp(String.raw`(?<![\d/.,])(?<!\d:)${Y}(?![\d/.,]\d)(?!-\d{1,2}(?:-\d{1,2})?(?!\d))`, "gu"),
    (m) => ({ code: m[1], cls: "year" }),
  ],
  // "quý I năm trước", "6 tháng đầu năm ngoái": the part of the year before the one written in;
  // "quý I năm sau", "tháng 3 năm tới": of the year after it.
  [
    /quý\s*(IV|III|II|I|[1-4])\s+(?:của\s+)?năm\s+(trước|ngoái|sau|tới)(?![\p{L}])/giu,
    (m, ref) =>
      ref
        ? {
            code: `${/sau|tới/iu.test(m[2]) ? ref.year + 1 : ref.year - 1}-Q${ROMAN[m[1].toUpperCase()] ?? m[1]}`,
            cls: "sub",
          }
        : null,
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}\d.,/])(0?[2-9]|1[01]|${COUNT_WORDS})\s*tháng\s+(?:đầu\s+)?(?:của\s+)?năm\s+(?:trước|ngoái)(?![\p{L}])`,
      "giu",
    ),
    (m, ref) => {
      if (!ref) return null;
      const n = monthCount(m[1]);
      const y = ref.year - 1;
      return n === 6 ? { code: `${y}-S1`, cls: "sub" } : { code: `${y}-01/${y}-${pad(n)}`, cls: "sub" };
    },
    "tháng",
  ],
  // Without a year, dated by when the text was written (RefDate).
  // 9 tháng năm nay, 6 tháng đầu năm, 10 tháng, 6 tháng cuối năm
  [
    new RegExp(
      String.raw`(?<![\p{L}\d.,/])(0?[2-9]|1[01]|${COUNT_WORDS})\s*tháng(?:\s+(đầu|cuối)\s+năm)?(?:\s+(?:năm\s+)?nay)?(?![\p{L}\d])`,
      "giu",
    ),
    (m, ref) => {
      if (!ref) return null;
      const n = monthCount(m[1]);
      // ("2 tháng cuối năm", "quý IV" as "3 tháng cuối năm": the months left of the year.)
      if (/cuối/iu.test(m[2] ?? "")) {
        const y = yearNear(ref, 13 - n, 12);
        return n === 6
          ? { code: `${y}-S2`, cls: "sub" }
          : n === 3
            ? { code: `${y}-Q4`, cls: "sub" }
            : { code: `${y}-${pad(13 - n)}/${y}-12`, cls: "sub" };
      }
      // ("6 tháng đầu năm" written in March: the half-year under way; written in January, about
      // the year just ended, last year's.)
      // ("6 tháng" written in March: the half-year under way, ending within a quarter; "9 tháng"
      // or "6 tháng" written in January: last year's, just ended.)
      const under = /đầu/iu.test(m[2] ?? "") && (ref.month ?? 12) >= 2;
      const nearer = ref.month !== undefined && n - ref.month <= 3;
      const y = /nay$/iu.test(m[0]) || under || nearer ? ref.year : yearOf(ref, n);
      return n === 6 ? { code: `${y}-S1`, cls: "sub" } : { code: `${y}-01/${y}-${pad(n)}`, cls: "sub" };
    },
    "tháng",
  ],
  // quý III, quý 3
  [
    /quý\s*(IV|III|II|I|[1-4])(?![\p{L}\d])/giu,
    (m, ref) => {
      if (!ref) return null;
      const q = ROMAN[m[1].toUpperCase()] ?? Number(m[1]);
      return { code: `${yearNear(ref, 3 * q - 2, 3 * q)}-Q${q}`, cls: "sub" };
    },
  ],
  // "dịp nghỉ lễ 30/4-1/5 (năm ngoái)": a holiday's months, in the year named or the year of writing
  [
    /(?<![\p{L}])(?:dịp|kỳ)\s+(?:nghỉ\s+)?lễ\s+\d{1,2}\/(\d{1,2})\s*[-–]\s*\d{1,2}\/(\d{1,2})(?:\s+năm\s+(ngoái|trước|\d{4}))?(?![\d/])/giu,
    (m, ref) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const y = m[3] && /\d/.test(m[3]) ? Number(m[3]) : ref ? ref.year - (m[3] ? 1 : 0) : 0;
      if (!y || a < 1 || a > 12 || b < 1 || b > 12) return null;
      return { code: a === b ? `${y}-${pad(a)}` : `${y}-${pad(a)}/${y}-${pad(b)}`, cls: "sub" };
    },
  ],
  // đến ngày 30/9, ngày 20 tháng 9: a day ("31/1 năm sau": of the next year)
  [
    /(?:(?:ngày|đến|tới|hết)\s*(\d{1,2})\s*\/\s*(\d{1,2})|ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2}))(?![\d/])(\s+năm\s+(?:sau|tới))?/giu,
    (m, ref) => {
      if (!ref) return null;
      const d = Number(m[1] ?? m[3]);
      const mo = Number(m[2] ?? m[4]);
      if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
      const y = m[5] ? ref.year + 1 : yearOf(ref, mo);
      return { code: `${y}-${pad(mo)}-${pad(d)}`, cls: "sub" };
    },
  ],
  // tháng 10
  [
    /(?<![\p{L}])tháng\s*(\d{1,2})(?![\d/.,])/giu,
    (m, ref) => {
      const mo = Number(m[1]);
      if (!ref || mo < 1 || mo > 12) return null;
      return { code: `${yearOf(ref, mo)}-${pad(mo)}`, cls: "sub" };
    },
    "tháng",
  ],
  // năm nay, năm trước, năm tới ("trong 5 năm tới" is a span, below; "tồn đọng từ các năm
  // trước", "những năm tới": earlier or later years at large, no one year)
  [
    /(?<!\d\s*)(?<!(?:các|những)\s+)(?<![\p{L}])năm\s+(nay|trước|ngoái|tới|sau)(?![\p{L}])/giu,
    (m, ref) =>
      ref
        ? {
            code: String(
              /nay/iu.test(m[1]) ? ref.year : /tới|sau/iu.test(m[1]) ? ref.year + 1 : ref.year - 1,
            ),
            cls: "year",
          }
        : null,
  ],
  // "năm học trước": the school year before the one under way when the text was written.
  [
    /(?<![\p{L}])năm học\s+(?:trước|vừa qua)(?![\p{L}])/giu,
    (_m, ref) => {
      if (!ref) return null;
      const start = (ref.month ?? 12) >= 9 ? ref.year : ref.year - 1;
      return { code: `${start - 1}/${start}`, cls: "span" };
    },
  ],
  // "Đầu năm, toàn tỉnh có 1.286 hộ nghèo": what stood at the start of the year of writing was
  // counted at the end of the year before.
  [
    /(?<=(?:^|[.;:]\s*))đầu\s+năm(?=\s*,)/giu,
    (_m, ref) => (ref ? { code: String(ref.year), cls: "year", start: true } : null),
  ],
  // "trong 5 năm tới": the next years; "Sau 5 năm, …" opening a statement: the years just ended.
  [
    /(?<![\p{L}])(\d{1,2})\s+năm\s+tới(?![\p{L}])/giu,
    (m, ref) => {
      const n = Number(m[1]);
      return ref && n >= 2 && n <= 10 ? { code: `${ref.year + 1}/${ref.year + n}`, cls: "span" } : null;
    },
  ],
  [
    /(?<=(?:^|[.;:]\s*))sau\s+(\d{1,2})\s+năm(?=\s*(?:,|thực hiện|triển khai))/giu,
    (m, ref) => {
      const n = Number(m[1]);
      return ref && n >= 2 && n <= 10 ? { code: `${ref.year - n + 1}/${ref.year}`, cls: "span" } : null;
    },
  ],
  // In a review of a five-year plan: "mục tiêu 5 năm" is the plan's span; "Tổng thu 3 năm" the
  // years of it run so far, when they reach the year of writing. (Not a length of time: "sau 3
  // năm", "thời hạn 5 năm", "5 năm liên tiếp".)
  [
    /(?<![\p{L}\d])(?<![\d.,/]\s?)(?<!(?:sau|hơn|gần|khoảng|mất|hạn|gian|hành|đây|từ|trên|dưới|đủ|tròn|vòng|mỗi|của)\s+)([2-9]|10)\s+năm(?![\p{L}\d])(?!\s*(?:\(\s*)?(?:19|20)\d\d)(?!\s+(?:tới|qua|trước|sau|liên tiếp|liền|học|trở lại|nữa|gần đây|tuổi|kể từ)(?![\p{L}]))/giu,
    (m, ref) => {
      const span = ref?.planSpan;
      if (!span) return null;
      const n = Number(m[1]);
      if (n === span[1] - span[0] + 1) return { code: `${span[0]}/${span[1]}`, cls: "span" };
      return span[0] + n - 1 === ref.year ? { code: `${span[0]}/${ref.year}`, cls: "span" } : null;
    },
  ],
  // ("dự báo cả giai đoạn đạt khoảng 168.500 tỷ đồng": the whole of the plan the review is of.)
  [
    /(?<![\p{L}])(?:cả|toàn)\s+giai đoạn(?![\p{L}])(?!\s*\(?\s*(?:19|20)\d\d)/giu,
    (_m, ref) => (ref?.planSpan ? { code: `${ref.planSpan[0]}/${ref.planSpan[1]}`, cls: "span" } : null),
  ],
];

/** "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025" in a document's head, the year of writing in it. */
export function planSpanOf(text: string, ref?: RefDate): [number, number] | undefined {
  if (!ref) return undefined;
  for (const m of text.matchAll(/(?<![\p{L}\d])5\s+năm\s*\(?\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/gu)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b - a === 4 && a <= ref.year && ref.year <= b) return [a, b];
  }
  return undefined;
}

const ANY_YEAR = /(?:19|20)\d\d/;
const YEARLESS =
  /tháng|quý|năm (?:nay|trước|ngoái|tới|sau)|năm học (?:trước|vừa qua)|ngày|\d\/\d|\d{1,2} năm|giai đoạn|đầu năm/iu;

export function findPeriods(text: string, ref?: RefDate): PeriodMention[] {
  const found: PeriodMention[] = [];
  // Without a date of writing, every period names a year.
  if (!ANY_YEAR.test(text) && (!ref || !YEARLESS.test(text))) return found;
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  // (Most sentences name no month: the rules that need "tháng" are not tried on them.)
  const months = /tháng/iu.test(text);
  for (const [re, make, need] of RULES) {
    if (need === "tháng" && !months) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A rule may match the word before the date ("đến 6/2023"): the mention is the date.
      const s =
        /^\p{L}/u.test(m[0]) && !/^(?:quý|tháng|ngày|năm)/iu.test(m[0]) && !COUNTED.test(m[0])
          ? m.index + m[0].search(/\d/)
          : m.index;
      const e = m.index + m[0].length;
      if (overlaps(s, e)) continue;
      const r = make(m, ref);
      if (!r) continue;
      // "sau 04 tháng vận hành", "trẻ dưới 36 tháng tuổi": a duration.
      if (
        (/^\d/.test(m[0]) || COUNTED.test(m[0])) &&
        /tháng/iu.test(m[0]) &&
        !/năm\s*\d/iu.test(m[0]) &&
        (DURATION_BEFORE.test(text.slice(Math.max(0, s - 16), s)) ||
          DURATION_AFTER.test(text.slice(e, e + 12)))
      )
        continue;
      // A bare four-digit number is a year only where years are written (not 2.000 tấn).
      if (r.cls === "year" && m[0].length === 4 && !yearContext(text, s, e)) continue;
      taken.push([s, e]);
      const before = text.slice(Math.max(0, s - 60), s);
      if (DOC_SYMBOL.test(before)) continue;
      // (A programme's or a set of criteria's name may run long before its years.)
      // ("Chương trình mục tiêu quốc gia … năm 2025": a year after the name is when it was carried
      // out; the name's own years are its span, "giai đoạn 2021-2025", "đến năm 2030".)
      const longBefore = text.slice(Math.max(0, s - 170), s);
      const programme =
        PROGRAMME.test(longBefore) &&
        (r.cls === "span" ||
          !/(?<![\p{L}])năm\s*$/iu.test(before) ||
          /(?:giai đoạn|đến|tới|hết)\s+năm\s*$/iu.test(before));
      const bodyTerm =
        !!ref && r.cls === "span" && ELECTED_TERM.test(before) && Number(r.code.slice(-4)) > ref.year;
      const noPeriod =
        programme ||
        PUBLISHED.test(before) ||
        PURPOSE.test(before) ||
        (!!ref && CARRIED_TO.test(before) && Number(r.code.slice(0, 4)) > ref.year) ||
        CARRIED_FROM.test(text.slice(e, e + 30));
      found.push({
        start: s,
        end: e,
        code: r.code,
        cls: r.cls,
        base: isBase(before) || PRICE_BASE.test(before),
        price: PRICE_BASE.test(before),
        // (A winter-spring season's or a dry season's years, read as its half-year, date what is
        // said of it: "vụ Đông Xuân 2024-2025 xuống giống 8.200 ha".)
        // ("Chỉ số DTI năm 2024 do Bộ công bố tháng 8/2025": when it was published, no period
        // its figures are about.)
        named: (NAMED.test(before) && !SEASON_SPAN.test(m[0])) || CAPITAL_YEAR.test(before) || noPeriod,
        noPeriod,
        bodyTerm,
        yearStart: r.cls === "year" && (!!r.start || YEAR_START.test(before)),
        until:
          /(?:đến|tới|hết|cuối|đến hết|tính đến|đến cuối|trước|chậm nhất(?:\s+là)?|tại thời điểm|thời điểm)\s*(?:năm|ngày|tháng|thời điểm)?\s*$/iu.test(
            before,
          ),
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "Năm công tác 2026 (từ ngày 01/10/2025 đến ngày 30/9/2026)": a year its bracket spells out as
  // other months is those months. (Twelve months from near its turn — "năm 2025 (từ 15/12/2024
  // đến 14/12/2025)" — are the year.)
  const month = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
  for (let i = 0; i + 1 < found.length; i++) {
    const [y, next] = [found[i], found[i + 1]];
    const [from, to] = next.code.split("/").map(month);
    const jan = Number(y.code) * 12;
    // (Unless named a working year: "Năm công tác 2027 (từ ngày 01/12/2026 đến ngày 30/11/2027)".)
    const working = /(?<![\p{L}])năm công tác\s*$/iu.test(text.slice(Math.max(0, y.start - 20), y.start));
    if (
      y.cls === "year" &&
      !(to - from >= 11 && Math.abs(from - jan) <= 1 && !working) &&
      next.code.includes("-") &&
      next.code.includes("/") &&
      next.code.endsWith(`${y.code}-${next.code.slice(-2)}`) &&
      /^\s*\(\s*(?:từ\s+)?(?:ngày\s*)?$/iu.test(text.slice(y.end, next.start))
    ) {
      y.code = next.code;
      y.cls = next.cls;
    }
  }
  return found;
}

/** "Vốn năm 2024 kéo dài: giải ngân 309,96 tỷ đồng": the year the capital was allotted for names it. */
const CAPITAL_YEAR =
  /(?<![\p{L}])vốn(?:\s+(?:kế hoạch|đầu tư công|đầu tư phát triển|sự nghiệp|ngân sách(?:\s+(?:trung ương|tỉnh))?))?\s+năm\s*$/iu;
/** "số vụ còn lại chuyển sang năm 2026 là 3.381": where a stock goes on, not when it is counted. */
const CARRIED_TO = /(?<![\p{L}])(?:chuyển|chuyển tiếp|mang)\s+sang\s+(?:năm(?:\s+công tác)?\s*)?$/iu;
/** "năm trước chuyển sang 2.914 việc": where a stock came from; it is counted in this period. */
const CARRIED_FROM = /^\s*(?:cũ\s+)?chuyển\s+sang(?![\p{L}])/iu;
/**
 * "đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031", "HĐND tỉnh khóa XV, nhiệm kỳ 2021 -
 * 2026": an elected body's term names the body. Before the term is over, a title that names it
 * reports on no term (a deputy elected is still one of the term: "Đã bầu 35 đại biểu …").
 */
const ELECTED_TERM =
  /(?<![\p{L}])(?:đại biểu|Hội đồng nhân dân|HĐND|Quốc hội)(?![\p{L}])[^\d;.]{0,60}?nhiệm kỳ\s*$/iu;
/** "Công tác chuẩn bị tuyển quân năm 2026: đã đăng ký …": what the work is for, not when it was done. */
const PURPOSE = /(?<![\p{L}])(?:chuẩn bị|phục vụ)(?:\s+cho)?(?:\s+[\p{L}]+){0,4}?\s+(?:năm\s*)?$/iu;
/** "do Bộ công bố tháng 8/2025", "ban hành ngày …": when something was issued. */
const PUBLISHED =
  /(?<![\p{L}])(?:công bố|ban hành|phê duyệt|phát hành)\s+(?:vào\s+)?(?:ngày|tháng|năm)?\s*$/iu;
/** "Đông Xuân 2024-2025", "mùa khô 2023-2024": a season's years, read as its half-year. */
const SEASON_SPAN = /^(?:đông\s*[-–]?\s*xuân|mùa khô|vụ\s+(?:hè|thu|mùa|chiêm|xuân|đông))/iu;
// (Scanned words first: see text/words-first.ts.)
const NAMED = wordsFirst(
  /(?<![\p{L}])(?:đề án|chương trình|kế hoạch|nghị quyết|chiến lược|quy hoạch|dự án|kết luận|chỉ thị|mục tiêu|chỉ tiêu|định hướng|tầm nhìn|luật|quyết định|phong trào|cuộc vận động|giải thưởng|lễ hội|năm du lịch|festival|đại hội|vụ (?:đông xuân|hè thu|thu đông|mùa|chiêm|xuân|hè|đông))(?![\p{L}])[^\d;(),.]{0,40}$/iu,
);
/** A programme's or a set of criteria's long name: its years date neither its targets nor its results. */
const PROGRAMME =
  /(?<![\p{L}])(?:bộ tiêu chí|chương trình mục tiêu quốc gia|chương trình MTQG|chuẩn nghèo(?: đa chiều)?)(?![\p{L}])[^\d;(),.]{0,130}$/iu;
/** "Báo cáo số 512/BC-UBND ngày 10/12/2024": the day a document was signed dates nothing it counts. */
const DOC_SYMBOL =
  /\d+\s*\/\s*(?:(?:19|20)\d\d\s*\/\s*)?\p{Lu}[\p{L}\d&]*(?:\s*[-/]\s*[\p{L}\d&]+)*\s*(?:ngày\s*)?$/u;
const YEAR_START = /(?<![\p{L}])(?<!(?:tháng|từ)\s+)đầu\s+năm\s*$/iu;
const PRICE_BASE = /giá\s+(?:so sánh|cố định|gốc|hiện hành|thực tế)(?:\s+năm)?\s*$/iu;

function yearContext(text: string, s: number, e: number): boolean {
  const before = text.slice(Math.max(0, s - 30), s);
  const after = text.slice(e, e + 12);
  // ("cuối năm 2024 tỷ lệ hộ nghèo …": after "năm" it is a year, whatever follows.)
  if (/(?<![\p{L}])năm\s*$/iu.test(before)) return true;
  if (/^\s*(?:tỷ|triệu|nghìn|ngàn|ha|tấn|người|hộ|lượt|%|đồng|con|lao động|học sinh|km)/iu.test(after))
    return false;
  return (
    /(?:năm|nam|giai đoạn|nhiệm kỳ|đến|từ|trong|cuối|đầu|hết|so với|so|với|kỳ|thời kỳ|niên độ|mùa|vụ|học|\(|,|đợt)\s*$/iu.test(
      before,
    ) ||
    /^\s*[)\],;.:]/.test(after) ||
    !/\d\s*$/.test(before)
  );
}

/** Base phrases: "so với năm 2022", "so với cùng kỳ năm 2022", "từ 48,14% đầu năm 2016". */
function isBase(before: string): boolean {
  const b = before.replace(/\s+/g, " ");
  // "quý II các năm 2018 và 2022": years a figure is set against, not the one it is about.
  if (/(?<![\p{L}])(?:các|những) năm\s*(?:\d{4}\s*(?:,|và)\s*)*$/iu.test(b)) return true;
  // "cao nhất … kể từ năm 2011": where a comparison starts, not a period figures are about;
  // "gấp 1,5 lần năm 2020": what a multiple is of.
  if (/(?<![\p{L}])kể từ(?: khi)?\s+(?:năm\s*)?$/iu.test(b)) return true;
  // ("gấp 1,8 lần giai đoạn 2016-2020")
  // ("gấp khoảng 22 lần cùng kỳ năm 2024")
  if (/\d\s*lần\s+(?:so với\s+)?(?:cùng kỳ\s+)?(?:năm|giai đoạn|nhiệm kỳ|thời kỳ)?\s*$/iu.test(b))
    return true;
  // ("bằng 90,5% năm 2019", "mới bằng 8,0% năm 2019": what an index is of.)
  if (
    /(?<![\p{L}])bằng\s+(?:khoảng\s+)?[\d.,]+\s*%\s+(?:so với\s+)?(?:cùng kỳ\s+)?(?:năm|giai đoạn)?\s*$/iu.test(
      b,
    )
  )
    return true;
  // ("so với ngày 31/12/2024": a day compared with is a base too.)
  if (
    // ("Đối với năm sau, …": what is said of next year, not set against it.)
    /(?:so với|so|(?<!đối\s)với|bằng|hơn|sánh với)\s+(?:cùng kỳ|cùng thời điểm|cùng thời kỳ|thực hiện|ước thực hiện|quyết toán|kết quả|mức|số liệu|giai đoạn|nhiệm kỳ|thời kỳ|kế hoạch|dự toán|chỉ tiêu|mục tiêu|năm học|năm|đầu năm|cuối năm|thời điểm|cuối|đầu)?\s*(?:năm học|năm công tác|năm|giai đoạn|nhiệm kỳ|ngày)?\s*$/iu.test(
      b,
    )
  )
    return true;
  // ("so với dịp lễ năm ngoái", "so với vụ Đông Xuân năm 2023", "so với kỳ họp cuối năm 2024", "so
  // với cuộc bầu cử năm 2021": an earlier occasion of the same kind.)
  if (
    /(?:so với|so)\s+(?:cùng\s+)?(?:dịp|mùa|vụ|đợt|kỳ|tết|lễ|cuộc)(?:\s+[\p{L}-]+){0,3}\s*(?:năm\s*)?$/iu.test(
      b,
    )
  )
    return true;
  return /(?:so với|so)\s+(?:cùng kỳ\s+)?(?:năm|giai đoạn|nhiệm kỳ)?\s*$/iu.test(b);
}

/**
 * "Mùa khô 2025 - 2026 … được tính từ ngày 01/12/2025 đến ngày 30/4/2026": the months a document
 * gives its dry season, for every dry season it names.
 */
export function seasonMonths(text: string, ref?: RefDate): SeasonMonths | undefined {
  for (const m of text.matchAll(/(?<![\p{L}])mùa khô\s*\(?\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/giu)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 90);
    const span = findPeriods(after, ref).find(
      (p) =>
        /^\d{4}-\d\d\/\d{4}-\d\d$/.test(p.code) && p.code.startsWith(m[1]) && p.code.slice(8, 12) === m[2],
    );
    if (span && /^[^.;]*$/u.test(after.slice(0, span.start)))
      return { first: Number(span.code.slice(5, 7)), last: Number(span.code.slice(13, 15)) };
  }
  return undefined;
}
