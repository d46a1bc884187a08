/**
 * The unit lexicon: what may follow a number. Matching is on NFC text, case-insensitive, and
 * longest first, so "nghìn tỷ đồng" wins over "nghìn" and "tỷ đồng/người" over "tỷ đồng".
 */

/** Magnitude words and the factor they stand for (kept in the unit, never applied). */
export const MAGNITUDES: Record<string, number> = {
  nghìn: 1e3,
  ngàn: 1e3,
  vạn: 1e4,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
  // (typed without its mark: "186,5 ty đồng")
  ty: 1e9,
};

const CURRENCY = ["đồng", "USD", "VNĐ", "VND", "đ", "usd"];

/** Measurement units proper. */
const MEASURES = [
  "%",
  "‰",
  "ha",
  "mm",
  "°C",
  "độ C",
  "m2",
  "m²",
  "m3",
  "m³",
  "km2",
  "km",
  "m",
  "kg",
  "tấn",
  "tạ",
  "gam",
  "lít",
  "MW",
  "kW",
  "kWh",
  "GWh",
  "kV",
  "tấn/ha",
  "tạ/ha",
  "kg/ha",
  "Tấn.Km",
  "HK.Km",
  "lượt HK.Km",
  "điểm",
  "điểm %",
  "điểm phần trăm",
  "lần",
  "bậc",
  "tuổi",
  "năm",
  "tháng",
  "ngày",
  "giờ",
  "phút",
];

/** Counting nouns: what a count counts. Longest forms first where they share a head. */
const COUNTERS = [
  "huy chương vàng",
  "huy chương bạc",
  "huy chương đồng",
  "huy chương",
  "đảng viên",
  "tổ chức đảng",
  "tổ chức cơ sở đảng",
  "tổ chức",
  "chi bộ",
  "đảng bộ",
  "hội viên",
  "đoàn viên",
  "thành viên",
  "người",
  "lượt người",
  "lượt",
  "lao động",
  "học sinh",
  "sinh viên",
  "giáo viên",
  "bác sĩ",
  "bác sỹ",
  "cán bộ",
  "công chức",
  "hộ",
  "hộ gia đình",
  "hộ kinh doanh",
  "hộ nghèo",
  "nhân khẩu",
  "khẩu",
  "xã",
  "phường",
  "thị trấn",
  "huyện",
  "thôn",
  "bản",
  "thôn, bản",
  "thôn bản",
  "tổ dân phố",
  "trường",
  "lớp",
  "phòng học",
  "trạm y tế",
  "giường",
  "giường bệnh",
  "cơ sở",
  "doanh nghiệp",
  "hợp tác xã",
  "HTX",
  "tổ hợp tác",
  "trang trại",
  "dự án",
  "công trình",
  "chương trình",
  "đề án",
  "nghị quyết",
  "chỉ thị",
  "kết luận",
  "quy định",
  "kế hoạch",
  "văn bản",
  "dự thảo",
  "văn phòng",
  "câu lạc bộ",
  "cổ phần",
  "cổ phiếu",
  "cổ đông",
  "quyết định",
  "cuộc",
  "vụ",
  "vụ việc",
  "đối tượng",
  "bị can",
  "bị cáo",
  "trường hợp",
  "ca",
  "đơn",
  "việc",
  "sản phẩm",
  "con",
  "cây",
  "căn",
  "căn nhà",
  "nhà",
  "nhà máy",
  "km đường",
  "cầu",
  "tuyến",
  "chợ",
  "siêu thị",
  "cửa hàng",
  "làng nghề",
  "cụm công nghiệp",
  "khu",
  "điểm",
  "điểm nhóm",
  "mô hình",
  "tiêu chí",
  "chỉ tiêu",
  "nhóm chỉ tiêu",
  "thủ tục",
  "hồ sơ",
  "tài khoản",
  "thuê bao",
  "trạm",
  "vị trí",
  "buổi",
  "lớp học",
  "đoàn",
  "đợt",
  "tập thể",
  "cá nhân",
  "gia đình",
  "đơn vị",
  "cơ quan",
  "suất",
  "bộ",
  "chiếc",
  "xe",
  "héc ta",
  "thửa",
  "thửa đất",
  "lô",
  "lô đất",
  "vé",
  "giấy",
  "tỷ lệ",
  "chuyên án",
  "viên",
  "bánh",
  "khẩu súng",
  "quả",
  "mốc",
  "cửa khẩu",
  "bao",
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const byLength = (a: string, b: string) => b.length - a.length;
const MAG = Object.keys(MAGNITUDES).join("|");
// ("15 đồng chí", "các đồng bào": words that begin with "đồng" are no money.)
const CUR = CURRENCY.map((c) =>
  c === "đồng"
    ? String.raw`đồng(?!\s+(?:chí|bào|thời|bộ|ý|hành|nghiệp|đội|hương|lòng|loạt|minh|tâm|chủ|thuận|cảm|bằng|ruộng|cỏ|tiền|nhất)(?![\p{L}]))`
    : escapeRe(c),
).join("|");
const MEAS = [...MEASURES].sort(byLength).map(escapeRe).join("|");

/** Counting nouns of more than one word, whole after a slash: "đảng viên/chi bộ". */
const PER_WORDS = COUNTERS.filter((c) => c.includes(" "))
  .sort(byLength)
  .map((c) => escapeRe(c).replace(/ /g, String.raw`\s+`))
  .join("|");

/** A per-something tail: /người, /người/năm, /1 vạn dân, /100.000 trẻ đẻ sống, /năm, /xã, /m². */
// ("38,5 triệu đồng/NQ 55 triệu đồng", "18,2%/KH 25%": a result over its plan, not a per-unit;
// "38 vụ/112 người": two counts, since only a round number of people is a rate's base.)
const PER = String.raw`(?:\s*\/\s*(?!(?:NQ|KH|ĐH|CK|kế hoạch|nghị quyết|chỉ tiêu)(?![\p{L}]))(?:(?:1|10|100|1\.?000|10\.?000|100\.?000)\s*)?(?:vạn\s+dân|nghìn\s+dân|dân|người|năm|xã|ha|tháng|huyện|hộ|100\s*dân|trẻ\s+đẻ\s+sống|(?:doanh\s+nghiệp|khách\s+hàng|học\s+sinh|thành\s+viên|đối\s+tượng|dự\s+án|${PER_WORDS})(?![\p{L}])|m[²³23](?![\p{L}\d])|[\p{L}]+)){0,2}`;

/**
 * Money and magnitude units: "tỷ đồng", "nghìn tỷ đồng", "triệu USD", "nghìn con", "tỷ/năm",
 * "triệu đồng/người/năm".
 */
// ("Tr.đồng", "trđ": million đồng as a table's unit column abbreviates it.)
const MONEY = String.raw`(?:(?:nghìn|ngàn)\s+tỷ|${MAG})(?:\s+(?:${CUR}))?|(?:${CUR})|tr\.\s*đồng|tr\.?\s*đ(?![\p{L}])|trđ`;

export const UNIT_RE = new RegExp(
  String.raw`^(?:(?:${MONEY})(?![\p{L}\d])${PER}|(?:(?:${MAG})\s+)?(?:điểm\s*%|điểm phần trăm)|[%‰]${PER}|(?:(?:${MAG})\s+)?(?:${MEAS})(?![\p{L}\d])${PER})`,
  "iu",
);

const MAGNITUDE_THEN_MEASURE = new RegExp(String.raw`^(?:${MAG})\s+(?:${MEAS})(?![\p{L}\d])${PER}`, "iu");

const COUNTER_RE = new RegExp(
  String.raw`^(?:(?:${MAG})\s+)?(?:${[...COUNTERS].sort(byLength).map(escapeRe).join("|")})(?![\p{L}\d])${PER}`,
  "iu",
);

export interface UnitMatch {
  unit: string;
  /** Length of the matched text (from the start of the tail). */
  length: number;
  /** A counting noun (xã, hộ, đảng viên) rather than a measure. */
  counter: boolean;
}

/** Read the unit at the start of `tail` (the text right after a number, spaces allowed). */
/** A counted noun as a unit: in lower case, unless it is an acronym ("HTX", "CĐCS"). */
export function nounCase(noun: string): string {
  return /\p{Lu}{2}/u.test(noun) ? noun : noun.toLowerCase();
}

export function readUnit(tail: string): UnitMatch | null {
  const lead = /^\s*/.exec(tail)?.[0].length ?? 0;
  const t = tail.slice(lead);
  if (!t) return null;
  // ("các năm 2023, 2024, 2025 lần lượt là …": "respectively", not a number of times.)
  if (/^lần\s+lượt(?![\p{L}])/iu.test(t)) return null;
  // ('1.486 "Điểm chữa cháy công cộng"': a count of a kind named in quotes is counted in its noun.)
  if (/^["“”]/u.test(t)) {
    const inner = readUnit(t.slice(1, 2).toLowerCase() + t.slice(2));
    return inner && /^\p{L}/u.test(inner.unit)
      ? { unit: inner.unit.toLowerCase(), length: lead + 1 + inner.length, counter: true }
      : null;
  }
  // ("27,3 m² sàn/người": floor area per head, "sàn" naming what the square metres are of.)
  const floor = /^(m[²2])\s+sàn(?=\s*\/)/iu.exec(t);
  if (floor) {
    const per = readUnit(`m²${t.slice(floor[0].length)}`);
    if (per) return { ...per, length: lead + per.length + floor[0].length - 2 };
  }
  const m = UNIT_RE.exec(t);
  const c = COUNTER_RE.exec(t);
  // A magnitude takes the measure or the count after it: "910 ngàn lượt", "459,61 triệu lượt
  // HK.Km" (alternation alone would stop at "ngàn").
  const scaled = MAGNITUDE_THEN_MEASURE.exec(t);
  const best = [m, scaled].reduce<RegExpExecArray | null>(
    (a, b) => (b && (!a || b[0].length > a[0].length) ? b : a),
    null,
  );
  // A count after a bare magnitude is the unit ("4.691 nghìn con"); after a measure it is not
  // ("175 km đường" is in km).
  const bare = !!best && best[0].trim().toLowerCase() in MAGNITUDES;
  if (best && !(c && bare && c[0].length > best[0].length))
    return { unit: tidy(best[0]), length: lead + best[0].length, counter: false };
  if (c) {
    // ("12 xã/phường": places of either kind, not places per place.)
    const [one, other] = c[0].split("/").map((w) => w.trim().toLowerCase());
    if (other && EITHER_WORD.test(one) && EITHER_WORD.test(other)) {
      const cut = c[0].indexOf("/");
      return { unit: tidy(c[0].slice(0, cut)), length: lead + cut, counter: true };
    }
    return { unit: tidy(c[0]), length: lead + c[0].length, counter: true };
  }
  return null;
}

/**
 * "2,1 dược sĩ đại học/vạn dân": a count per head of population may name its noun in more than
 * one word before the slash.
 */
/** "111,8 bé trai/100 bé gái": a count per a number of another. */
const PER_COUNT = /^\s*\/\s*(?:1|10|100|1\.?000|10\.?000|100\.?000)\s+\p{Ll}+(?:\s+\p{Ll}+)?(?![\p{L}])/u;
const PER_PEOPLE =
  /^(?:\s+[\p{Ll}]+){0,2}\s*\/\s*(?:(?:1|10|100|1\.?000|10\.?000|100\.?000)\s*)?(?:vạn|nghìn|ngàn)?\s*(?:dân|người)(?![\p{L}])/u;

/**
 * "30 học viên/lớp", "468 cử tri/tổ": a count per thing that holds it. (Not "12 xã/phường", a
 * place of either kind.)
 */
const PER_THING = /^\s*\/\s*(?:m[23²³]|\p{Ll}+)(?=\s*(?:[,;.)(]|$))/u;
const TIME_NOUN = /^(?:tuần|tháng|ngày|năm|giờ|phút|quý)$/u;
/** Nouns written in pairs of alternatives, "xã/phường", "nam/nữ": one or the other, not one per the other. */
const EITHER_WORD =
  /^(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|ấp|thôn|bản|khu phố|tổ dân phố|nam|nữ)$/u;

/** The kinds of body a count may name with a capital (both patterns below share them). */
const BODY_KINDS = "Ban|Sở|Phòng|Chi cục|Trung tâm|Hợp tác xã|Câu lạc bộ|Ủy ban|Uỷ ban";

/** Bodies counted by the name of their kind, written with a capital: "04 Ban Chỉ huy", "3 Sở". */
const BODY = new RegExp(
  String.raw`^(\s+)(${BODY_KINDS}|Hội|Đội|Đoàn|Tổ công tác)(?=\s+\p{Lu}|\s*[,;.)]|$)`,
  "u",
);

/**
 * The same with lower-case words after it, which say which such bodies: "1.877 Tổ bầu cử", "75
 * Ủy ban bầu cử ở xã". (A capital on a common noun — "12 Hội viên", "3 Hội nghị" — is that noun.)
 */
const BODY_THEN_WORDS = new RegExp(
  String.raw`^(\s+)(${BODY_KINDS}|Tổ|(?:Hội|Đoàn|Đội)(?:\s+(?:viên|nghị|thi|thảo|ngũ))?)(?=\s+\p{Ll})`,
  "u",
);

/** Counted nouns written as their initials: "06 HCV, 03 HCB". */
const ABBREVIATED: Record<string, string> = {
  HCV: "huy chương vàng",
  HCB: "huy chương bạc",
  HCĐ: "huy chương đồng",
};

/** Words that never count anything: verbs, prepositions, conjunctions, determiners. */
const NOT_A_NOUN = new Set(
  (
    "và với so của trong tại là đạt tăng giảm được đã có cho từ đến lên xuống còn trên dưới hơn khoảng gần theo về do bằng " +
    "vượt chiếm như nhưng thì mà này đó các những mỗi sau trước vào ra đi hoặc hay cùng đều cũng vẫn đang sẽ chưa không rất " +
    "nhất tới qua nữa thêm ước dự bao gồm gồm trong đó riêng để nên vì khi nếu được tổng số mới cũ lại thành"
  ).split(" "),
);

/**
 * Past the lexicon, a count's unit is the noun right after it ("03 sở", "08 kỳ họp", "65
 * phương án", "158 TTHC"): one or two syllables that are not function words, or an acronym.
 */
/**
 * The counted noun a phrase opens or ends on, whole words only, longest first: "tổ chức đảng" in
 * "Kiểm tra tổ chức đảng" (end) or in "tổ chức đảng được kiểm tra" (start); "" for none.
 */
export function countedNounAt(phrase: string, at: "start" | "end"): string {
  const words = phrase.trim().split(/\s+/);
  // (At the end, the phrase's first word is its verb, never the noun.)
  for (let k = Math.min(3, at === "end" ? words.length - 1 : words.length); k >= 1; k--) {
    const part = (at === "end" ? words.slice(-k) : words.slice(0, k)).join(" ");
    const read = readUnit(part);
    if (read?.counter && read.length >= part.length) return read.unit;
  }
  return "";
}

export function readCounterNoun(tail: string): UnitMatch | null {
  // ("giải thể 10 Ban Chỉ huy Quân sự huyện", "thành lập 12 Hợp tác xã": a body named with a capital.)
  const body = BODY.exec(tail);
  if (body) return { unit: body[2].toLowerCase(), length: body[0].length, counter: true };
  const named = BODY_THEN_WORDS.exec(tail);
  if (named) return { unit: named[2].toLowerCase(), length: named[0].length, counter: true };
  const m =
    /^(\s+|\)\s*)(\p{Lu}{2,8}(?:\/[\p{L}\d.\s]{1,25}?(?=[,;.)(]|$))?|[\p{Ll}]+(?:\s+[\p{Ll}]+)?)/u.exec(tail);
  if (!m) return null;
  const words = m[2].split(/\s+/);
  if (/^\p{Lu}/u.test(words[0]))
    return { unit: ABBREVIATED[m[2].trim()] ?? m[2].trim(), length: m[0].length, counter: true };
  if (NOT_A_NOUN.has(words[0])) return null;
  const keep = words.length > 1 && !NOT_A_NOUN.has(words[1]) ? words : [words[0]];
  let unit = keep.join(" ");
  const rest = tail.slice(m[1].length + unit.length);
  const per =
    PER_PEOPLE.exec(rest) ??
    PER_COUNT.exec(rest) ??
    (EITHER_WORD.test(unit) || TIME_NOUN.test(unit) ? null : PER_THING.exec(rest));
  if (per) unit += per[0];
  return { unit: unit.replace(/\s*\/\s*/g, "/"), length: m[1].length + unit.length, counter: true };
}

function tidy(u: string): string {
  // "THÁNG" in an upper-case title: the unit is the word, not its case.
  const upperTitle =
    u === u.toUpperCase() &&
    u !== u.toLowerCase() &&
    ([...u].some((c) => c.charCodeAt(0) > 127) || /^[A-Z]{5,}$/.test(u));
  let t = (upperTitle ? u.toLowerCase() : u).replace(/\s+/g, " ").replace(/\s*\/\s*/g, "/");
  // (A capital T, N or V first is lower-cased: "Tấn", "Người", "Vụ".)
  if (t[0] === "T" || t[0] === "N" || t[0] === "V") t = t[0].toLowerCase() + t.slice(1);
  if (t === "đ") t = "đồng";
  t = t.replace(/^(°|độ )c$/iu, "$1C");
  if (/^ty(?![\p{L}])/iu.test(t)) t = `tỷ${t.slice(2)}`;
  t = t.replace(/^(?:tr\.\s*đồng|tr\.?\s*đ(?![\p{L}])|trđ)/iu, "triệu đồng");
  return t.trim();
}

/** The whole text is a unit (a table's unit cell, or a sub-row that only names its unit). */
export function isUnitPhrase(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  const u = readUnit(t);
  return !!u && u.length >= t.length - 1;
}
