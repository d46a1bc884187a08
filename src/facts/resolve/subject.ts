import * as cue from "../cues.js";
import type { Figure, Scope } from "../figure.js";

/**
 * Subject: the noun phrase a figure is said of — its own words before it, else the previous
 * figure's, else the words after it, else the section's title.
 */
export function subject(f: Figure, s: Scope): void {
  const { prev, local, unit } = f;
  const text = s.sentence.text;
  // What follows a figure up to the next comma is that figure's complement ("78,3% trạm y tế
  // …, tăng 27,5%"): the next figure's subject starts after it.
  const own =
    prev && !/^\s*[;:]/.test(local) && /,/.test(local) ? local.slice(local.indexOf(",") + 1) : local;
  // ("38 vụ/112 người": the second count of a pair is said of what the first is.)
  let subject = prev && /^\s*\/\s*$/.test(own) ? "" : subjectOf(own.replace(/\([^()]*\)/g, " "));
  // ("giảm 5.218 hộ, tương ứng giảm 3,73%": the same thing in other terms.)
  if (prev && /^(?:tương ứng|tương đương)(?:\s+(?:với|là|mức))?$/iu.test(subject)) subject = "";
  // A figure continues the previous one's subject when nothing new is named between them, or
  // when they stand in one phrase ("250/265 đơn … đạt tỷ lệ 94,3%").
  f.inherited =
    !!prev &&
    !/[;]/.test(local) &&
    (!subject || (!/[,(]/.test(local) && /(?:đạt|chiếm)(?: tỷ lệ)?\s*$/iu.test(local)));
  // After a semicolon a figure followed by its own noun phrase starts a new item ("…; trên 70%
  // trường học đạt kiểm định chất lượng"); one followed by nothing new goes on with the last.
  // ("…; 36,4 giường bệnh/vạn dân": a count per head names its own noun in its unit.)
  const ownRate =
    /[;,]/.test(local) && /^[\p{L}][^/]*\/[^/]*(?:dân|người)$/u.test(unit) && unit !== prev?.unit;
  if (
    !subject &&
    prev &&
    !(/[;,]/.test(local) && unit && (ownRate || nounAfter(f.after, unit, /;/.test(local))))
  )
    subject = prev.subject;
  // ("Thu nhập bình quân đầu người … 86,3 triệu đồng/năm …; mục tiêu năm 2025 là 94 triệu
  // đồng": a plan named by its plan word alone goes on with the figure before it, in its terms.)
  if (prev && unit && PLAN_WORD_ONLY.test(subject) && sameTerms(prev.unit, unit)) {
    subject = prev.subject;
    f.inherited = true;
  }
  const carry = f.carry;
  if (!subject && carry && carry.unit === unit && /^\s*(?:trong đó|riêng|cụ thể)(?![\p{L}])/iu.test(text))
    subject = carry.subject;
  // "Huyện đã có 12/15 xã đạt chuẩn …": a subject that only names the unit reporting is no
  // subject; the words after the number are.
  // ("Năm 2024, Nam Giang giảm 693 hộ nghèo": the unit's bare name is no subject either.)
  if (
    /^(?:toàn\s+)?(?:tỉnh|huyện|xã|thị xã|thành phố|phường|thị trấn|cả nước)?(?:\s+(?:đã|đến nay|hiện))*$/iu.test(
      subject,
    ) ||
    (isPlaceName(subject, s.doc.info.area) && !!unit && isCountNoun(unit))
  )
    subject = "";
  // "Tổng có 11 đại biểu chất vấn …", "thông qua 29 Nghị quyết …": a total word or a bare verb
  // before a count says nothing of what is counted; the counted noun after it does.
  if (unit && isCountNoun(unit) && (WEAK_HEAD.test(subject) || BARE_VERB.test(subject))) {
    const object = (/^(?!\s*\/)[^,;.()\d]{0,60}/u.exec(f.after)?.[0] ?? "")
      .trim()
      .split(/\s+/)
      .slice(0, 5)
      .join(" ");
    const counted = cleanSubject(`${unit} ${object}`);
    const verb = BARE_VERB.exec(subject)?.[1];
    if (counted) subject = verb ? `${verb} ${counted}` : counted;
  }
  if ((!subject || /^(?:có|gồm|với|cho)$/i.test(subject)) && unit) {
    // "(15) Trên 94% số hộ được sử dụng điện lưới quốc gia": the subject follows the number.
    // (It ends where the next figure's clause starts: "tăng 01 lớp và tăng 648 học sinh".)
    const object = (/^[^,;.()]{0,80}/u.exec(f.after)?.[0] ?? "").replace(
      /\s+(?:và|,)\s+(?:tăng|giảm|đạt|có)(?![\p{L}]).*$/iu,
      "",
    );
    const named = /^\s*(?:so với|so|của|kế hoạch|KH|dự toán|NQ)(?![\p{L}])/iu.test(object)
      ? ""
      : cleanSubject(`${unit === "%" ? "" : unit} ${object}`);
    if (named) subject = named;
  }
  if (!subject) subject = cleanSubject(s.sentence.block.section.title).slice(0, 120);
  // "đạt 7,5% (kế hoạch 7,0%)": the target of the figure before it, in its terms.
  // (The result may stand before a figure in other terms: "chỉ đạt 7,06%, thấp hơn kịch bản
  // 2,63 điểm % (đã dự kiến 9,69%)".)
  // ("tăng 6,7% (1.124/1.053 lượt)": the second part is the earlier level the change is taken
  // from, not a target.)
  const earlier = prev && f.tok.pairedTarget && isEarlierLevel(f, prev, text) ? prev : null;
  const result =
    prev && f.tok.pairedTarget && !earlier
      ? prev
      : prev &&
          (cue.PLAN_BESIDE.test(local) ||
            (PLAN_AFTER_VERDICT.test(local) && !/;/.test(local)) ||
            (prev.measure === "pct_of_target" && PLAN_AFTER_RATIO.test(local)))
        ? (sameUnitBefore(f) ?? bareTargetOf(f))
        : null;
  f.planBeside = !!result;
  if (result) {
    subject = result.subject;
    f.compared = result;
    // ("72,6 triệu đồng/người/năm (Nghị quyết HĐND xã: 72 triệu đồng)": the plan per head too.)
    if (f.unit && result.unit.startsWith(`${f.unit}/`)) f.unit = result.unit;
  }
  const compared = earlier ?? (f.planBeside ? null : (comparedFigure(f) ?? listedInComparator(f)));
  f.comparator = !!compared;
  if (compared) {
    subject = compared.subject;
    f.compared = compared;
  }
  f.subject = subject;
}

/** The reporting unit named alone, with or without its level word: "Nam Giang", "huyện Nam Giang đã". */
function isPlaceName(subject: string, area: string): boolean {
  const bare = area.replace(/^(?:tỉnh|huyện|xã|thị xã|thành phố|phường|thị trấn|quận)\s+/iu, "").trim();
  if (!bare || !subject) return false;
  const words = subject
    .replace(/^(?:toàn\s+)?(?:tỉnh|huyện|xã|thị xã|thành phố|phường|thị trấn|quận)\s+/iu, "")
    .replace(/(?:\s+(?:đã|đến nay|hiện))+$/iu, "")
    .trim();
  return words.toLowerCase() === bare.toLowerCase();
}

const PLAN_WORD_ONLY = /^(?:mục tiêu|kế hoạch|chỉ tiêu|KH|NQ|phấn đấu)(?:\s+(?:đạt|là|đề ra))?$/iu;
/** Units in the same terms: "%" and "%/năm", "triệu đồng" and "triệu đồng/năm", not "tỷ USD". */
/** Units in the same terms, scale aside: "triệu USD" and "tỷ USD", "nghìn tấn" and "tấn". */
const sameTerms = (a: string, b: string) => termsOf(a) === termsOf(b);
const termsOf = (u: string) =>
  u
    .split("/")[0]
    .trim()
    .toLowerCase()
    .replace(/^(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+(?=\S)/u, "");

const WEAK_HEAD = /^(?:tổng|tổng số|tổng cộng|tổng có|trong đó có)$/iu;
/** Verbs that take the counted thing as their object ("thông qua 29 nghị quyết"). */
const BARE_VERB =
  /(?:^|\s)(?:đã\s+)?(thông qua|ban hành|chất vấn|kết nạp|tiếp nhận|giải quyết|xử lý|phát hiện|khởi tố|bắt giữ|tuyển chọn|tổ chức|xây mới|sửa chữa|thành lập|cấp mới|cấp)$/iu;

/** A unit that names things counted ("đại biểu", "nghị quyết"), not a measure ("tỷ đồng", "ha", "%"). */
function isCountNoun(unit: string): boolean {
  return !/%|‰|đồng|USD|\bha\b|tấn|km|\bm[23²³]?\b|kg|lít|kWh|MW|điểm|lần|năm|tháng|ngày|giờ|nghìn|ngàn|triệu|tỷ/iu.test(
    unit,
  );
}

/**
 * A bracket after a figure that restates it for another time or place: only period, area and
 * comparison words and a verb inside ("(cùng kỳ năm 2021 là 3,77%)"), or nothing inside after
 * a comparison noun ("bình quân của cả nước (8,83%)").
 */
function comparedFigure(f: Figure): Figure | null {
  // The figure restated: the last one before it in the sentence with the same unit
  // ("tăng 2,47%, đóng góp 0,05 điểm % (9 tháng năm 2023 tăng 5,99%)").
  const same = sameUnitBefore(f);
  return same && isComparator(f.local) ? same : null;
}

/**
 * "(năm 2024: 168 vụ, 2,45 tỷ đồng)": a figure listed after a comparator in its bracket, with
 * nothing but its predecessor's unit and a comma or "và" between them, restates the figure in
 * its own terms before the bracket.
 */
function listedInComparator(f: Figure): Figure | null {
  const prev = f.prev;
  if (!prev?.comparator || !f.unit) return null;
  const open = f.before.lastIndexOf("(");
  if (open < 0 || open > prev.tok.start || f.before.indexOf(")", open) >= 0) return null;
  const gap = f.local.trim();
  const rest = gap.startsWith(prev.unit) ? gap.slice(prev.unit.length) : gap;
  if (!/^\s*(?:,|và)\s*$/u.test(rest)) return null;
  const same = sameUnitBefore(f);
  return same && same.tok.after <= open ? same : null;
}

/**
 * "A/B" right after a change that A and B account for — "tăng 6,7% (1.124/1.053 lượt)",
 * "tăng 02 trường (483/481 trường)" — writes the level now over the level it is compared
 * with. Compared with a plan ("so với kế hoạch … tăng 01 trường (483/482 trường đạt 100,2%
 * kế hoạch)"), the second part stays the target.
 */
function isEarlierLevel(f: Figure, result: Figure, text: string): boolean {
  const change = result.prev;
  if (!change || (change.measure !== "growth" && change.measure !== "change")) return false;
  const clauseStart = text.lastIndexOf(";", change.tok.start) + 1;
  const clauseEnd = /;|\.(?!\d)/.exec(f.after)?.index ?? f.after.length;
  const clause = text.slice(clauseStart, change.tok.start) + f.after.slice(0, clauseEnd);
  if (PLAN_WORD.test(clause) || /;/.test(text.slice(change.tok.end, result.tok.start))) return false;
  const [now, then, by] = [result.value, f.value, Math.abs(change.value)];
  if (!(then > 0)) return false;
  if (change.unit === "%" || change.measure === "growth")
    return Math.abs(Math.abs(now / then - 1) * 100 - by) <= Math.max(0.06, by * 0.01);
  return Math.abs(Math.abs(now - then) - by) <= Math.max(0.5, by * 0.005);
}
const PLAN_WORD = /(?<![\p{L}])(?:kế hoạch|KH|dự toán|chỉ tiêu|mục tiêu|nghị quyết|NQ)(?![\p{L}])/u;

/** The last figure before this one in its clause with the same unit. */
function sameUnitBefore(f: Figure): Figure | null {
  if (!f.unit) return null;
  let same: Figure | null = f.prev;
  while (same && !sameTerms(same.unit, f.unit)) same = same.prev;
  if (!same || (same !== f.prev && /;/.test(f.before.slice(same.tok.after)))) return null;
  // ("đạt 94,6%, vượt 4,6% so với Nghị quyết (Nghị quyết 90%)", "78 triệu đồng, tăng 31,5
  // triệu đồng so với năm 2020, vượt mục tiêu (75 triệu đồng)": a plan that names no change is
  // the plan of the level the change or the gap was said of.)
  const bracket = f.local.slice(f.local.lastIndexOf("("));
  while (
    same.inherited &&
    same.prev &&
    (same.measure === "change" || same.measure === "growth" || same.measure === "pct_of_target") &&
    !/(?<![\p{L}])(?:tăng|giảm)(?![\p{L}])/iu.test(bracket) &&
    sameTerms(same.prev.unit, f.unit) &&
    !/;/.test(f.before.slice(same.prev.tok.after))
  )
    same = same.prev;
  // ("…, đạt 99,6% kế hoạch Bộ giao nhưng thấp hơn chỉ tiêu Nghị quyết (93,5%)": a ratio to one
  // plan is not in the terms of another; the level it was taken of is.)
  for (let p = same.prev; same.measure === "pct_of_target" && p; p = p.prev) {
    if (/;/.test(f.before.slice(p.tok.after))) break;
    if (sameTerms(p.unit, f.unit) && p.measure !== "pct_of_target") same = p;
  }
  return same;
}

/** "vượt mục tiêu Nghị quyết (75 triệu đồng)": the plan in brackets after the verdict on it. */
// ("vượt 7,79% so với chỉ tiêu Quốc hội giao (từ 90% trở lên)", "chưa đạt yêu cầu của ngành (85%)":
// the body that set it, and the bound the plan is written with.)
const PLAN_AFTER_VERDICT =
  /(?<![\p{L}])(?:(?:vượt|đạt|chưa đạt|không đạt|thấp hơn|cao hơn)\s+(?:so với\s+)?|so với\s+)(?:mục tiêu|chỉ tiêu|kế hoạch|KH|NQ|yêu cầu)(?:\s+(?:của\s+)?(?:Nghị quyết|NQ|Đại hội|đề ra|năm \d{4}|năm học|NH|nhiệm kỳ|(?:được\s+)?giao|ngành|Quốc hội|Chính phủ|Trung ương|Tỉnh ủy|HĐND(?:\s+tỉnh)?|UBND(?:\s+tỉnh)?|Bộ))*\s*\(\s*(?:(?:từ|không quá|tối thiểu|ít nhất|trên|dưới|khoảng)\s+)?$/iu;

/** "đạt 71,8% kế hoạch BHXH Việt Nam giao (3.463,5 tỷ đồng)": the plan the ratio was taken on. */
const PLAN_AFTER_RATIO =
  /^\s*(?:so với\s+)?(?:kế hoạch|KH|dự toán|chỉ tiêu|mục tiêu)(?:\s+(?:[\p{L}]+|\d{1,2}(?=\s+tháng))){0,8}\s*\(\s*$/iu;

/**
 * "11,8 bác sĩ/vạn dân (kế hoạch 11,5)": a plan alone in the brackets after a result, with no
 * unit of its own, is written in the result's terms.
 */
function bareTargetOf(f: Figure): Figure | null {
  const prev = f.prev;
  if (f.unit || !prev?.unit || !/^\s*\)/.test(f.after) || !/\(/.test(f.local)) return null;
  // ("Kết nạp 18.652 đoàn viên, đạt 116,6% chỉ tiêu (16.000)": the plan the ratio was taken on,
  // in the terms of the result it was taken of, where the figures agree.)
  const level = prev.prev;
  if (
    prev.measure === "pct_of_target" &&
    level?.unit &&
    f.value > 0 &&
    Math.abs((level.value / f.value) * 100 - prev.value) <= 0.6
  ) {
    f.unit = level.unit;
    return level;
  }
  f.unit = prev.unit;
  return prev;
}

function isComparator(local: string): boolean {
  const open = local.lastIndexOf("(");
  if (open < 0 || local.indexOf(")", open) >= 0 || /;/.test(local)) return false;
  const inner = local.slice(open + 1);
  cue.COMPARATOR_WORDS.lastIndex = 0;
  const named = inner.search(cue.COMPARATOR_WORDS) >= 0;
  cue.COMPARATOR_WORDS.lastIndex = 0;
  const rest = inner.replace(cue.COMPARATOR_WORDS, " ").replace(cue.COMPARATOR_FILL, " ");
  if (/\p{L}/u.test(rest)) return false;
  if (named) return true;
  // ("cao hơn bình quân chung của tỉnh (47,3%)", "cao hơn năm 2024 (10,28%)", "tăng 18 kiến
  // nghị so với kỳ họp cuối năm 2024 (138 kiến nghị)")
  return (
    /(?:cả nước|toàn quốc|bình quân|trung bình|cùng kỳ(?: năm trước)?|(?<![\p{L}])CK|(?:bình quân|trung bình)\s+(?:chung\s+)?(?:của\s+)?(?:toàn\s+)?(?:tỉnh|huyện|vùng|khu vực|thành phố))\s*$/iu.test(
      local.slice(0, open),
    ) ||
    /(?<![\p{L}])(?:cao hơn|thấp hơn|hơn|so với|bằng)\s+(?:cùng kỳ\s+)?(?:(?:kỳ|đợt|vụ|dịp|mùa|tết|lễ)(?:\s+[\p{L}-]+){0,3}?\s+)?(?:(?:cuối|đầu|giữa)\s+)?(?:năm\s+(?:\d{4}|trước|ngoái)|quý\s+(?:IV|III|II|I)(?:\s+năm\s+\d{4})?)\s*$/iu.test(
      local.slice(0, open),
    )
  );
}

/** A time phrase that opens a subject: "Đến hết tháng 9/2024, toàn tỉnh có …", "Quý I năm 2024, …". */
const LEADING_PERIOD =
  /^(?:(?:đến hết|tính đến|đến|hết|trong|lũy kế|luỹ kế|tính chung|riêng)\s+)?(?:ngày\s*\d{1,2}\/\d{1,2}(?:\/\d{4})?|tháng\s*\d{1,2}(?:\s*(?:\/|năm)\s*\d{4})?|quý\s*(?:IV|III|II|I|[1-4])(?:\s*(?:\/|năm)\s*\d{4})?|\d{1,2}\s*tháng(?:\s+(?:đầu|cuối)\s+năm)?(?:\s+năm\s+(?:\d{4}|nay))?|năm\s+\d{4}|\d{1,2}\/\d{4})\s*,?\s*/iu;

/** …and one that closes it: "Chỉ số sản xuất công nghiệp tháng 8/2024", "Thu ngân sách đến ngày 31/8/2024". */
const TRAILING_PERIOD =
  /\s+(?:(?:lũy kế|luỹ kế)\s+)?(?:từ đầu năm(?:\s+đến nay)?$|đến nay$|(?<!(?:phát|thể|thực|xuất|biểu|hiển|tái|ẩn) )hiện$)|\s+(?:(?:đến hết|tính đến|đến|hết|trong|của)\s+)?(?:ngày\s*\d{1,2}\/\d{1,2}(?:\/\d{4})?\/?|tháng\s*\d{1,2}(?:\s*(?:\/|năm)\s*\d{4})?\/?|quý\s*(?:IV|III|II|I|[1-4])(?:\s*(?:\/|năm)\s*\d{4})?\/?|\d{1,2}\s*tháng(?:\s+(?:đầu|cuối)\s+năm)?(?:\s+năm\s+(?:\d{4}|nay))?)$/iu;

const STRIP_LEAD =
  /^(?:[\s,.;:()\-–+•*]|\(?\d{1,2}\)\s*[-.]?|trong đó|riêng|còn|và|với|cùng với|đồng thời|dự ước|ước tính|ước|dự kiến|bao gồm|gồm|cụ thể|theo đó|tổng số|toàn tỉnh|toàn huyện|trên địa bàn(?: tỉnh| huyện)?|đến nay|hiện nay|hiện|nâng|có|là|đạt|đã|được|năm \d{4}|\d{4}|giai đoạn \d{4}\s*[-–]\s*\d{4}|đến năm \d{4}|đến hết năm \d{4}|6 tháng đầu năm \d{4}|sáu tháng đầu năm \d{4}|cả năm|cuối năm|đầu năm|năm nay|dự kiến|phấn đấu|phần đầu|phân đấu)(?![\p{L}])\s*/iu;
const TAIL_WORDS = String.raw`(?:chưa đạt|không đạt|chỉ đạt|mới đạt|cơ bản đạt|ước đạt|dự ước|ước thực hiện|ước tính|ước|đạt được|đạt|là|có|được|chiếm|chiếm tỷ lệ|tăng|giảm|còn|xuống|lên|từ|khoảng|trên|hơn|gần|dưới|tối thiểu|ít nhất|bình quân|trung bình|mỗi năm|hằng năm|hàng năm|với|cho|thêm|tới|đến|lên tới|nâng lên|ở mức|mức|xếp thứ|xếp hạng|đứng thứ|thứ|vượt|bằng|năm \d{4}|\d{4})`;
// (What may end the phrase is looked for first, as a look-ahead: the same matches, but V8 skips
// the positions where none starts instead of trying the look-behind at each.)
const STRIP_TAIL = new RegExp(
  String.raw`(?=[\s,:=(\-–]|${TAIL_WORDS})(?:\s*[\s,:=(\-–]|(?<![\p{L}])${TAIL_WORDS})$`,
  "iu",
);

/** A phrase without the connectives, verbs and time words at its ends. */
export function cleanSubject(s: string): string {
  let t = s.replace(/\s+/g, " ").trim().replace(LEADING_PERIOD, "");
  for (let i = 0; i < 8; i++) {
    const before = t;
    t = stripEnd(stripEnd(t.replace(STRIP_LEAD, ""), STRIP_TAIL, 32), TRAILING_PERIOD, 64).trim();
    if (t === before) break;
  }
  return t.replace(/^[“"(<>≤≥]+|[”")<>]+$/g, "").trim();
}

/**
 * `t.replace(re, "")` for a pattern every match of which ends at the end of `t`, tried on the
 * last `reach` characters only: an end-anchored pattern is otherwise tried at every position of
 * a long phrase. `reach` must exceed the longest match and what the pattern looks behind it at.
 * (In cleanSubject no two white-space characters stand together, so `\s*` matches one at most:
 * STRIP_TAIL matches at most 15 characters with its look-behind, TRAILING_PERIOD 43.)
 */
function stripEnd(t: string, re: RegExp, reach: number): string {
  if (t.length <= reach) return t.replace(re, "");
  const at = re.exec(t.slice(-reach))?.index;
  return at === undefined ? t : t.slice(0, t.length - reach + at);
}

/** The noun phrase a number is said of: the words before its verb, back to the clause start. */
function subjectOf(left: string): string {
  const pieces = left.split(/[;:]|\.\s/);
  let last = pieces.pop() ?? "";
  // "Thu ngân sách nhà nước: 9.500 tỷ đồng": the label before the colon names the figure.
  if (
    !cleanSubject(last).replace(/^(?:trên|dưới|khoảng|gần|hơn|từ)$/iu, "") &&
    pieces.length &&
    /:\s*[^:]*$/.test(left)
  ) {
    const label = cleanSubject(pieces[pieces.length - 1]);
    if (label.split(/\s+/).length >= 2 && !/(?:như sau|gồm|sau đây|cụ thể|trong đó)$/iu.test(label))
      last = pieces.pop() ?? "";
  }
  const clause = last
    .replace(/\s(?:so với|so sánh với)\s.*$/iu, " ")
    // "nhiều chỉ tiêu đạt cao như thu ngân sách …": the list names the thing.
    .replace(/^.*(?<![\p{L}])(?<!cũng )(?:như|bao gồm)\s+(?=\S)/iu, "");
  const parts = clause.split(/,\s+/);
  // The last piece that names something: "tốc độ tăng trưởng đạt khá, tăng 7,06%" is about
  // the growth rate; "nông, lâm nghiệp và thủy sản" keeps its one-word piece.
  while (parts.length) {
    let s = parts.pop() ?? "";
    while (parts.length && parts[parts.length - 1].trim().split(/\s+/).length <= 1)
      s = `${parts.pop()}, ${s}`;
    const verb = /\s(?:đạt|chiếm|là)(?:\s|$)/iu.exec(` ${s} `);
    let cut = cleanSubject(verb && verb.index > 0 ? s.slice(0, verb.index - 1) : s);
    // "phấn đấu đạt tốc độ tăng trưởng…": what is reached comes after the verb.
    if (
      verb &&
      ((!cut && s.slice(0, verb.index).trim() !== "") ||
        /^(?:phấn đấu|phần đầu|phần đấu|phân đấu|bảo đảm|đảm bảo|duy trì|giữ vững|nâng|cố gắng)$/iu.test(cut))
    ) {
      cut = cleanSubject(s.slice(verb.index + verb[0].length - 1));
    }
    if (cut && !/^(?:so với|so|với)\b/iu.test(cut)) return cut;
  }
  return "";
}

/** The words right after a figure name a thing (not "so với …", not a verb). */
function nounAfter(after: string, unit: string, newItem = false): boolean {
  const object = /^[^,;.()]{0,80}/u.exec(after)?.[0] ?? "";
  if (
    /^\s*(?:so với|so|của|kế hoạch|KH|dự toán|NQ|tăng|giảm|trở lên|trở xuống|năm|\/)(?![\p{L}])/iu.test(
      object,
    )
  )
    return false;
  // (Words of its own after the unit: "5 xã đạt chuẩn", not a bare "2.150 tỷ đồng".)
  return (
    cleanSubject(object) !== "" &&
    // (After a semicolon one noun will do: "…; 100% thôn, bản có chi bộ".)
    cleanSubject(`${unit === "%" ? "" : unit} ${object}`).split(/\s+/).length >= (newItem ? 1 : 2)
  );
}
