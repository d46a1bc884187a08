import { decodeNumber } from "../../numbers/decode.js";
import type { NumberToken } from "../../numbers/tokens.js";
import { nounCase, readUnit } from "../../numbers/units.js";
import * as cue from "../cues.js";
import type { Figure, Scope } from "../figure.js";
import type { Measure } from "../types.js";

/** Measure: level, growth, change, share, % of target, count of a total, rank, rate… */
/** Pay and income per worker: "thu nhập bình quân", "tiền lương", "mức lương". */
const INCOME = /(?<![\p{L}])(?<!thuế\s)(?:thu nhập|mức lương|(?:tiền )?lương bình quân)(?![\p{L}])/iu;
/** A moving verb, then up to twelve words of what it moves (no verb of its own), then a bound. */
// ("Kéo giảm tai nạn giao thông trên cả 3 tiêu chí (số vụ, số người chết, …) từ 5% trở lên": what
// it moves may hold a count and an aside in brackets.)
const FAR_MOVE =
  /(?<![\p{L}])(?:kéo giảm|giảm|tăng)\s+(?!(?:từ|lên|xuống|còn|thêm)(?![\p{L}]))(?:(?!(?:đạt|là|chiếm|còn|lên|xuống|có|bằng)(?![\p{L}]))(?:[\p{L}]+|\d{1,2}|\([^()\d]{0,80}\)),?\s+){1,14}(?:(?:từ|khoảng|trên|ít nhất|tối thiểu)\s+)?$/iu;
export function measure(f: Figure, s: Scope): void {
  const { prev, local, before } = f;
  // Whether the clause is about a rate: then its "tăng 0,5%" is a change in points, while the
  // "tăng 8,65%" after an amount and its share is the amount's growth.
  const head = f.inherited ? (prev?.head ?? prev) : null;
  // ("96.215 người, chiếm 16,32% lực lượng lao động, tăng 3,2%", "tăng 5.318 người (+4,69%)": the
  // move is the amount's, not its share's.)
  const ofAmount =
    !!prev &&
    !/;/.test(local) &&
    ((prev.measure === "share" &&
      /(?<![\p{L}])chiếm(?: tỷ lệ)?\s*$/iu.test(prev.local) &&
      !/;/.test(prev.local) &&
      prev.prev?.measure === "level" &&
      !!prev.prev.unit &&
      !/^[%‰]/.test(prev.prev.unit)) ||
      (prev.measure === "change" && !!prev.unit && !/%|‰|điểm/.test(prev.unit) && /^\s*\(\s*$/.test(local)));
  f.rateSubject =
    cue.RATE_SUBJECT.test(f.subject) ||
    (!ofAmount && cue.ENROLMENT_RATE.test(before.slice(before.lastIndexOf(";") + 1))) ||
    // "Cơ cấu kinh tế chuyển dịch …, công nghiệp - xây dựng tăng 2,52%": a clause about the
    // structure speaks of shares.
    /^\s*(?:[-+•]\s*)?cơ cấu(?![\p{L}])/iu.test(before.slice(before.lastIndexOf(";") + 1)) ||
    (!!head &&
      !ofAmount &&
      (head.measure === "share" || (head.measure === "rate" && /^[%‰]/.test(head.unit)))) ||
    // ("Có 596/682 trường đạt chuẩn, đạt 87,4%, tăng 1,6%": the move of the share just stated;
    // "chiếm 6,45% (dự kiến tối thiểu 10%), thấp hơn cơ cấu dự kiến 3,55%", "đạt 88,5% dung tích
    // thiết kế, thấp hơn cùng kỳ năm 2025 là 6,2%": its gap.)
    (prev?.measure === "share" && !ofAmount && SHARE_MOVE.test(local)) ||
    // ("Tỷ lệ hộ nghèo giảm 3-4%; riêng các huyện nghèo giảm 4-5%": a part of a rate moves in points too.)
    (!!prev?.rateSubject && prev.measure === "change" && /^[;,]\s*(?:riêng|trong đó)\s[^;,]*$/iu.test(local));
  // "Vượt" later in the clause of a share is in points too ("trên 90% tổ chức … hoàn thành tốt
  // nhiệm vụ, không có tổ chức yếu kém, vượt 8,5% NQ").
  const exceedsShare = prev?.measure === "share" && !/;/.test(local) && /(?<![\p{L}])vượt\s*$/iu.test(local);
  // (The plan beside "10/13 trường" is how many: "(Nghị quyết: 10 trường)".)
  // ("tăng 148 HTX so với cuối năm 2025 (2.238 HTX)", "giảm 12 vụ (cùng kỳ 86 vụ)": beside a
  // change in so many things, a bracket that moves nothing itself holds the earlier level.)
  const earlierLevel =
    f.compared?.measure === "change" &&
    !!f.unit &&
    !/^[%‰]|điểm/u.test(f.unit) &&
    !/(?<![\p{L}])(?:tăng|giảm|cao hơn|thấp hơn)(?![\p{L}])/iu.test(local.slice(local.lastIndexOf("(") + 1));
  // ("Tỷ lệ hộ nghèo … giảm 1,64% so với cuối năm 2022 (6,46%)": beside a rate's move in points,
  // the bracket holds the rate it moved from.)
  const earlierRate =
    f.compared?.measure === "change" &&
    !!f.compared.rateSubject &&
    /^%/.test(f.unit) &&
    /^\s*\(\s*$/.test(local.slice(local.lastIndexOf("(")));
  f.measure = f.compared
    ? (f.planBeside && f.compared.measure === "count_of_total" && f.tok.form !== "fraction") || earlierLevel
      ? "level"
      : earlierRate
        ? "share"
        : f.compared.measure
    : measureOf(
        before,
        f.tok,
        f.unit,
        local,
        f.after,
        f.subject,
        f.rateSubject || exceedsShare,
        f.inherited ? prev : null,
        prev,
        s.doc.disbursing,
      );
  if (f.measure === "share" && !f.unit) f.unit = "%";
  // ("bình quân 2.047,4 tỷ đồng/tháng", "thu nhập 11,6 triệu đồng/tháng", "12,5 triệu vé/kỳ": so
  // much a month, a draw, a week.)
  if (f.measure === "level" && /\S\s*\/\s*(?:tháng|kỳ|tuần|quý)$/u.test(f.unit) && !/^[%‰]/.test(f.unit))
    f.measure = "rate";
  // (Per mille of salt is a reading of the water, not a rate of events per thousand people:
  // "độ mặn cao nhất 9,8‰", or any reading under "Xâm nhập mặn".)
  if (
    f.measure === "rate" &&
    /^‰/.test(f.unit) &&
    (SALINITY.test(before.slice(-200)) || SALINITY.test(s.sentence.block.section.title))
  )
    f.measure = "level";
  // "Bình quân mỗi Tổ bầu cử có 468 cử tri", "mỗi căn 60 triệu đồng": so much per one of a kind.
  // ("Doanh thu bình quân 1 HTX ước đạt 4,86 tỷ đồng/năm": per cooperative, the year said of it.)
  const perYear = /^[^/]*(?:đồng|USD)\/(?:năm|tháng)$/u.test(f.unit);
  const each =
    (f.measure === "level" && f.unit && !f.unit.includes("/")) || (perYear && f.measure !== "growth")
      ? EACH.exec(local)
      : null;
  // (Time is no amount per one: "thời gian giải quyết bình quân một hồ sơ là 11 ngày".)
  if (each && !TIME_WORD.test(each[1]) && !TIME_WORD.test(f.unit)) {
    f.unit = `${f.unit.replace(/\/(?:năm|tháng)$/u, "")}/${nounCase(each[1]).replace(/\s*,\s*/u, ", ")}`;
    f.measure = "rate";
  }
  // ("Thu nhập của lao động nam là 10,58 triệu đồng", "mức lương bình quân 8,2 triệu đồng": what
  // one worker earns is per head, however the unit is written.)
  const clause = afterLast(before, ";");
  if (
    f.measure === "level" &&
    /(?:đồng|USD)$|(?:đồng|USD)\/(?:tháng|năm)$/u.test(f.unit) &&
    INCOME.test(clause) &&
    /(?<![\p{L}])(?:bình quân|lao động|người|công nhân|cán bộ)(?![\p{L}])/iu.test(clause) &&
    // (Not a tax or a budget on incomes: "thuế thu nhập cá nhân", "chi tiền lương".)
    !/(?<![\p{L}])(?:tổng|quỹ)\s+(?:thu nhập|tiền lương)|(?<![\p{L}])(?:thuế|thu ngân sách|dự toán|chi)(?![\p{L}])/iu.test(
      clause,
    )
  )
    f.measure = "rate";
  // "diện tích rừng trồng … 16.170,1 ha, tăng 9,5.": a decimal change with its unit lost is a
  // percentage (an absolute change keeps its unit).
  if (
    !f.unit &&
    f.measure === "change" &&
    !Number.isInteger(f.tok.value) &&
    /(?<![\p{L}])(?:tăng|giảm)\s*$/iu.test(local) &&
    /^\s*(?:[.;,)]|$)/.test(f.after)
  ) {
    f.unit = "%";
    f.measure = f.rateSubject ? "change" : "growth";
  }
  // "Trong số 28 chỉ tiêu …, có 20 chỉ tiêu đạt và vượt": a count out of the whole named before.
  // ("Năm 2024, trong 22 chỉ tiêu …", "- Trong 24 chỉ tiêu chủ yếu, có 20 chỉ tiêu đạt": after a
  // comma or a bullet too.)
  if (
    f.measure === "level" &&
    prev?.measure === "level" &&
    prev.unit &&
    prev.unit === f.unit &&
    f.value <= prev.value &&
    ((/(?:^|[;:.,]\s*)(?:[-+•]\s*)?trong\s+(?:tổng\s+)?(?:số\s+)?$/iu.test(prev.before) &&
      !/[;(]/.test(local)) ||
      // "Nghị quyết đề ra 18 chỉ tiêu; đến nay ước có 16 chỉ tiêu đạt và vượt": out of the set.
      (/(?<![\p{L}])(?:đề ra|đặt ra|giao)\s*$/iu.test(prev.before) &&
        /chỉ tiêu/iu.test(f.unit) &&
        /^\s*(?:chỉ tiêu\s+)?(?:\p{L}+\s+){0,2}?(?:đạt|vượt|hoàn thành)(?![\p{L}])/iu.test(f.after) &&
        !/(?<![\p{L}])(?:không|chưa)\s+(?:đạt|hoàn thành)/iu.test(f.after.split(/[,;.]/)[0]) &&
        !/\(/.test(local)))
  ) {
    f.measure = "count_of_total";
    f.total = prev.value;
  }
}

/**
 * "quý IV cần thu thêm khoảng 1.885 triệu đồng", "đón thêm 4,6 triệu lượt khách": more of a flow
 * still to be done is an amount of its own; "Tổng vốn đăng ký mới và tăng thêm đạt 471,2 triệu
 * USD": a total named with "tăng thêm" and reached with "đạt" is a level.
 */
const MORE_DONE =
  /(?:(?<![\p{L}])(?:thu|thu hút|đón|tiếp đón|phục vụ|giải quyết việc làm(?: cho)?|việc làm|tuyển sinh|tuyển|trồng|trồng mới|cấp|cấp mới|giải ngân|huy động|kết nạp)\s+thêm|(?:tăng thêm|thêm|mới)\s+(?:đạt|là))(?:\s+(?:khoảng|trên|hơn|gần|ít nhất|tối thiểu|cho))*\s*$/iu;

/** A comparison, the thing compared with (a few words, a year or season), then the gap. */
const GAP_PAST =
  /(?<![\p{L}])(?:cao|thấp|sâu|lớn|nhiều|ít|dài|xa|rộng) hơn\s+(?:so với\s+)?(?:[\p{L}]+\s+){1,6}?(?:(?:năm\s+)?\d{4}(?:\s*-\s*\d{4})?\s+)?(?:là|khoảng|từ|gần|hơn|trên)?\s*$/iu;
const DISBURSE = /(?<![\p{L}])giải ngân(?![\p{L}])/iu;
/** A plan named as such: the whole a count is measured against. */
const PLAN_WORD = /(?<![\p{L}])(?:kế hoạch|KH|chỉ tiêu|mục tiêu)(?![\p{L}])/u;

/** What may be ranked or graded by the dozen: relics, products, organisations, not places in a league. */
const COUNTED_THINGS =
  /^(?:di tích|sản phẩm|tổ chức|chi bộ|đảng viên|doanh nghiệp|cơ sở|hợp tác xã|làng nghề|công trình|trường|đơn vị|hộ|người|khách sạn|cơ quan|dự án)(?![\p{L}])/iu;

const GROWTH_OF_PERIOD =
  /^[\s,;]*(?:(?:trong đó|riêng|để|còn|và)\s+)?(?:cả năm|quý\s+[IV]{1,3}|tháng\s+\d{1,2}|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|năm\s+(?:nay|\d{4}))\s+(?:ước\s+)?(?:đạt|là)\s*(?:khoảng|trên|hơn|gần)?\s*$/iu;

const APPROVED_AFTER =
  /^\s*(?:tổng\s+)?(?:kinh phí|vốn|số vốn|nguồn vốn|khối lượng|diện tích|giá trị)(?![\p{L}])[^;.()\d%]{0,40}?(?<![\p{L}])(?:đã\s+)?được\s+(?:phê\s+)?(?:duyệt|giao|phân bổ|bố trí)(?![\p{L}])/iu;
const INDEX_OPENS =
  /^\s*(?:[-+•]\s*)?so với\s+(?:kỳ gốc|cùng kỳ|năm trước|tháng trước|năm\s+\d{4}|tháng\s+\d{1,2}(?:\/\d{4})?)[^,;]{0,30},[^,;()]{0,80}$/iu;
const PLAN_OPENS =
  /^\s*(?:[-+•]\s*)?so với (?:kế hoạch|KH|dự toán|chỉ tiêu|mục tiêu)(?:\s+(?:cả\s+)?năm)?(?:\s+\d{4})?(?:\s+(?:được\s+)?giao)?\s*,/iu;
const EACH =
  /(?<![\p{L}])(?:mỗi|(?:bình quân|trung bình)\s+(?:1|01|một))\s+(\p{L}+(?:\s*,\s*(?:phường|thị trấn|xã))?)(?:\s+\p{L}+){0,4}?\s*(?:có|là|được|đạt|khoảng|hơn|trên|gần|từ)?\s*$/iu;
const TIME_WORD = /^(?:năm|tháng|ngày|tuần|quý|giờ|kỳ|đợt|lần|vụ|mùa)$/iu;
const SHARE_MOVE = new RegExp(
  String.raw`^(?:\s*\)?\s*,\s*(?:tăng|giảm|cao hơn|thấp hơn)|[^,;()\d]{0,40}?,\s*(?:cao hơn|thấp hơn))(?:\s+(?:so với\s+)?(?:cùng kỳ(?:\s+năm\s+(?:\d{4}|trước|ngoái))?|năm\s+\d{4}|năm trước|${cue.COMPARED_WITH}))?(?:\s+là)?\s*$`,
  "iu",
);

function measureOf(
  before: string,
  tok: NumberToken,
  unit: string,
  local: string,
  after: string,
  subject: string,
  rateSubject: boolean,
  prev: Figure | null,
  prev0: Figure | null,
  /** The document is about disbursement ("Giải ngân vốn đầu tư công đạt 62,2%"). */
  disbursing = false,
): Measure {
  // The verbs that decide a measure stand right before the figure: test only that end, since
  // patterns anchored at the end would otherwise be tried at every position of a long clause.
  const tail = local.slice(-90);
  // ("xếp hạng 01 di tích quốc gia đặc biệt", "xếp loại 12 tổ chức": how many were ranked, not a rank.)
  if (
    cue.RANK_VERB.test(tail) &&
    !(
      /(?<![\p{L}])xếp(?:\s+(?:hạng|loại))?\s*$/iu.test(tail) &&
      tok.form === "plain" &&
      COUNTED_THINGS.test(unit)
    )
  )
    return "rank";
  // "là một trong 19 tỉnh", "thuộc tốp đầu của 14 tỉnh": a place among N.
  if (
    /(?<![\p{L}])(?:một trong(?: số)?|tốp(?: \d+)? đầu của|top(?: \d+)? đầu của|nhóm đầu của)\s*$/iu.test(
      local,
    )
  )
    return "rank";
  // ("PAR Index 86,30/100 điểm", "3,86/5 điểm": a score out of its scale.)
  if (tok.form === "fraction")
    return (tok.total === 100 && /điểm/.test(unit)) ||
      ((tok.total === 5 || tok.total === 10) && unit === "điểm")
      ? "score"
      : "count_of_total";
  // "Lãi suất cho vay … ở mức 8,12%/năm, giảm 0,86%/năm": an interest rate is a rate, its move a
  // change in points, not a growth.
  // (So is a yearly rate of interest paid out: "chi trả lãi vốn góp …, tương ứng tỷ lệ 15%/năm",
  // "Tỷ lệ chia lãi vốn góp dự kiến: 14 - 16%/năm".)
  if (
    /^%/.test(unit) &&
    (/(?<![\p{L}])lãi suất(?![\p{L}])/iu.test(before.slice(-300)) ||
      (/^%\s*\/\s*năm$/u.test(unit) &&
        /(?<![\p{L}])(?:chia lãi|trả lãi|lãi vốn góp|cổ tức)(?![\p{L}])/iu.test(
          afterLast(before, ".").slice(-200),
        )))
  )
    return cue.CHANGE_VERB.test(tail) ? "change" : "rate";
  if (unit === "lần") return "multiple";
  // ("tổng giá trúng 1.874,6 tỷ đồng, chênh lệch 486,2 tỷ đồng so với giá khởi điểm": a gap to a base.)
  if (
    /(?<![\p{L}])chênh lệch\s*$/iu.test(tail) &&
    (/^[^;,()\d]{0,30}?(?<![\p{L}])so với(?![\p{L}])/iu.test(after) ||
      // (", cao hơn giá khởi điểm 41,9%, chênh lệch 2.631,6 tỷ đồng": the same gap in money.)
      /(?<![\p{L}])(?:cao hơn|thấp hơn|so với)(?![\p{L}])/iu.test(afterLast(before, ";.")))
  )
    return "change";
  // "mức tăng 6,9% của quý I và 6,2% của quý II": a figure joined by "và" without a verb of its
  // own is of the same measure as the one before it.
  if (
    prev0?.unit === unit &&
    /(?<![\p{L}])và\s*(?:khoảng|trên|hơn|gần)?\s*$/iu.test(local) &&
    !/(?<![\p{L}])(?:tăng|giảm|đạt|chiếm|là|bằng|có)(?![\p{L}])/iu.test(local)
  )
    return prev0.measure;

  // "tăng từ 83,4% … lên 92%": the figure after "từ" is where it started, not the change.
  const fromStart =
    /(?:tăng|giảm)\s+(?:\S+\s+){0,3}?từ\s*$/iu.test(local) &&
    tok.form !== "range" &&
    /^[^;]{0,80}?(?:(?<!trở)\slên|\sxuống|\scòn)\s/iu.test(after);
  const toLevel = cue.TO_LEVEL.test(tail);
  // ("không thấp hơn 99,5%" is a floor, not a gap)
  const change =
    cue.CHANGE_VERB.test(tail) &&
    !toLevel &&
    !fromStart &&
    !/không\s+(?:thấp|cao)\s+hơn\s*$/iu.test(tail) &&
    !MORE_DONE.test(tail) &&
    // ("điều chỉnh tăng vốn cho 18 lượt dự án, … tăng thêm 132,7 triệu USD": the capital added.)
    !(/tăng thêm\s*$/iu.test(tail) && /(?:đồng|USD)$/u.test(unit) && /tăng vốn/iu.test(before));
  // ("thấp hơn số giao 1.670 người", "cao hơn đỉnh lũ lịch sử năm 2017 là 0,43 m", "sâu hơn cùng
  // kỳ năm 2024 từ 3-5 km": a gap to whatever is named between the comparison and the figure.)
  // ("chênh lệch thu lớn hơn chi 24,3 tỷ đồng" is a surplus, an amount of its own.)
  const gapPast = GAP_PAST.test(tail) && !/không\s+\S+\s+hơn|chênh lệch/iu.test(tail.slice(-60));
  // ("thiếu 2 xã so với kế hoạch", "trồng rừng chưa đạt kế hoạch (còn thiếu 14 ha)": short of a
  // plan by so much; short of a norm is a stock of its own: "còn thiếu 1.126 giáo viên so với
  // định mức".)
  const shortOfPlan =
    /(?<![\p{L}])(?:thiếu|hụt)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/iu.test(tail) &&
    (/^[^;.()]{0,30}?so với\s+(?:kế hoạch|KH|chỉ tiêu|dự toán|mục tiêu|Nghị quyết|số giao)/iu.test(after) ||
      /(?<![\p{L}])(?:chưa|không) đạt (?:kế hoạch|chỉ tiêu|mục tiêu)[^;.]*$/iu.test(before));
  // "tăng 41 dự án và hơn 4.800 tỷ đồng": figures joined to a change are changes too.
  if (
    prev?.measure === "change" &&
    !/%|‰/.test(unit) &&
    /^\s*(?:và|,)\s*(?:hơn|trên|khoảng|gần)?\s*$/iu.test(local)
  )
    return "change";
  // "mức tăng 7,45% của quý I" is a growth rate; "mức giảm 2 tỷ đồng" an amount's change.
  if (
    /^mức (?:giảm|tăng)(?![\p{L}]| trưởng)/iu.test(subject) &&
    (!/^%/.test(unit) || rateSubject || /t[ỷỉ] lệ|tỷ trọng/iu.test(subject))
  )
    return "change";
  // "phấn đấu giảm tỷ lệ hộ nghèo 1,5% trở lên": a verb before the rate it moves makes the
  // figure its change ("giảm tỷ lệ thất nghiệp còn 2,5%" is where it ends).
  if (
    /^(?:giảm|tăng)\s+(?:t[ỷỉ] lệ|tỷ suất)(?![\p{L}])/iu.test(subject) &&
    /^%/.test(unit) &&
    !toLevel &&
    !/(?<![\p{L}])(?:đạt|là|ở mức|đến|chiếm)\s*$/iu.test(tail) &&
    // ("từ 30,67% năm 2020 xuống …" is where it starts; "từ 1,5% trở lên" a floor on the change,
    // "từ 1,2 - 1,5%" with nowhere it goes to a range of it)
    !(
      /(?<![\p{L}])từ\s*$/iu.test(tail) &&
      !/^\s*(?:%\s*)?trở lên/iu.test(after) &&
      !(tok.form === "range" && !/^[^;.]{0,40}?(?<![\p{L}])(?:xuống|còn|lên)(?![\p{L}])/iu.test(after))
    )
  )
    return "change";
  // "kéo giảm tội phạm về trật tự xã hội từ 5% trở lên so với năm 2025", "giảm số vụ cháy 10% so
  // với năm 2025": a verb before what it moves, then the percent it moves it by.
  // (Within its clause: a "kéo giảm" of the clause before moves nothing here.)
  const reach = before.slice(Math.max(before.lastIndexOf(";") + 1, before.length - 200));
  if (
    /^%/.test(unit) &&
    !rateSubject &&
    FAR_MOVE.test(reach) &&
    (/^\s*(?:%\s*)?(?:trở lên\s*)?(?:so với|so)(?![\p{L}])/iu.test(after) || /kéo giảm/iu.test(reach))
  )
    return "growth";
  // ("lượng mưa thiếu hụt 15 - 25% so với trung bình nhiều năm", "tiết kiệm 5 - 7% điện năng so
  // với năm 2026": a fall measured on what it is compared with.)
  if (
    /^%/.test(unit) &&
    !rateSubject &&
    /(?<![\p{L}])(?:thiếu hụt|hụt|tiết kiệm)(?:\s+(?:khoảng|từ|trên|ít nhất))?\s*$/iu.test(tail) &&
    /^[^;.()]{0,60}?(?<![\p{L}])so với(?![\p{L}])/iu.test(after)
  )
    return "growth";
  // "cao hơn mức tăng của quý I (5,87%) và quý II (6,93%)": rates in brackets after the
  // growth they are of.
  if (
    /^%/.test(unit) &&
    !rateSubject &&
    /(?<![\p{L}])(?:mức tăng|tốc độ tăng)(?: trưởng)?(?![\p{L}])(?:[^;.()\d]|\([^()]*\))*\(\s*$/iu.test(
      before.slice(before.lastIndexOf(";") + 1).slice(-160),
    )
  )
    return "growth";
  // "(tăng 99 người 1,09% so với năm 2022)": the percent beside an absolute change is its growth.
  const besideChange = prev?.measure === "change" && !/%/.test(prev.unit) && /^\s*[(,]?\s*$/.test(local);
  if (/^(?:%|‰)/.test(unit) || /điểm\s*(?:%|phần trăm)/.test(unit)) {
    if (/điểm/.test(unit)) return "change";
    // (Per mille of salt is a reading of the water, not a rate of events per thousand people:
    // "độ mặn cao nhất 9,8‰".)
    if (/^‰/.test(unit)) return change || gapPast ? "change" : "rate";
    const exceed = cue.EXCEED.test(tail);
    // "vượt" after a rate or a change is measured in points.
    // ("đạt 4.260 triệu USD, tăng 14,2%, vượt 6,5% kế hoạch": past the amount's plan, not the growth's.)
    const amountBefore =
      prev?.measure === "growth" &&
      prev.prev?.measure === "level" &&
      !!prev.prev.unit &&
      !/^[%‰]/.test(prev.prev.unit) &&
      !/;/.test(before.slice(prev.prev.tok.after)) &&
      cue.OF_TARGET_AFTER.test(after);
    const pointsContext =
      rateSubject ||
      (!!prev &&
        !amountBefore &&
        ["share", "growth", "change"].includes(prev.measure) &&
        /^[\s,;]*vượt/iu.test(local.trimStart()));
    if (toLevel) return "share";
    // "tăng 1.475 tỷ đồng (+6,2%)", "giảm nhiều (-9,28%)": a signed figure is a change.
    if (tok.signed) return rateSubject ? "change" : "growth";
    // "Tỷ lệ giảm nghèo trên 4%" is a fall in points; "tỷ lệ tăng dân số tự nhiên" a growth.
    if (/^t[ỷỉ] lệ giảm(?![\p{L}])/iu.test(subject) && !change) return "change";
    if (/^t[ỷỉ] lệ tăng(?![\p{L}])/iu.test(subject) && !change) return "growth";
    // ("So với kế hoạch năm, số lô đưa ra đấu giá đạt 44,5%, diện tích đạt 40,2%": the plan the
    // sentence opens with is what each part is measured on.)
    if (PLAN_OPENS.test(before) && /(?<![\p{L}])(?:đạt|bằng)\s*$/iu.test(tail) && !change)
      return "pct_of_target";
    if (cue.OF_TARGET_AFTER.test(after) || tok.glued) {
      if (exceed && pointsContext) return "change";
      if (change) return rateSubject ? "change" : "growth";
      if (tok.glued && /theo chỉ tiêu/iu.test(after.slice(0, 60))) return "share";
      return "pct_of_target";
    }
    if (exceed) return pointsContext ? "change" : "pct_of_target";
    // ("đạt 72,6% kinh phí bồi thường, hỗ trợ được duyệt", "đạt 85% vốn được giao": reached of
    // what was approved or assigned, a plan by another name.)
    if (/(?<![\p{L}])đạt\s*$/iu.test(tail) && !change && APPROVED_AFTER.test(after)) return "pct_of_target";
    // "GRDP 9 tháng ước tăng 7,86%; trong đó quý III ước đạt 8,12%", "tăng trên 9,5% để cả năm
    // đạt 8,3%": the same growth said of a part or the whole of the period.
    if (
      prev0?.measure === "growth" &&
      !rateSubject &&
      prev0.unit === unit &&
      GROWTH_OF_PERIOD.test(local.slice(Math.max(local.lastIndexOf(";"), local.lastIndexOf(",")) + 1)) &&
      !cue.OF_TARGET_AFTER.test(after)
    )
      return "growth";
    // ("tăng trưởng GRDP đạt khoảng 9,6%, vượt mục tiêu 9% mà Nghị quyết đề ra", "đạt 7,2%, thấp
    // hơn mục tiêu 8%", "vượt kịch bản đề ra (10%)": the target named beside a growth is that
    // growth's.)
    if (
      prev0?.measure === "growth" &&
      !rateSubject &&
      prev0.unit === unit &&
      /^\s*[,;]?\s*(?:vượt|thấp hơn|cao hơn|chưa đạt|không đạt|đạt|bằng)\s+(?:so với\s+)?(?:mức (?:thấp|cao) nhất của\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu|kịch bản)\s*(?:(?:đề ra|đặt ra|tăng trưởng)\s*)?(?:là\s*|\(\s*)?$/iu.test(
        local,
      )
    )
      return "growth";
    // ("thẩm định 38/45 đồ án theo kế hoạch, đạt 84,4%", "so với chỉ tiêu giao (2.000 căn), đạt
    // 1.286/2.000 căn, bằng 64,3%": a count over a whole the text calls the plan; its percent is
    // what the plan reached.)
    if (
      prev0?.measure === "count_of_total" &&
      prev0.tok.total &&
      Math.abs((100 * prev0.tok.value) / prev0.tok.total - tok.value) < 0.15 &&
      /(?<![\p{L}])(?:đạt|bằng)\s*$/iu.test(tail) &&
      !/;/.test(local) &&
      (PLAN_WORD.test(local) ||
        /(?<![\p{L}])so với\s+(?:kế hoạch|chỉ tiêu|mục tiêu)(?![\p{L}])[^;]*$/iu.test(prev0.before))
    )
      return "pct_of_target";
    // ("kiểm tra 186 tổ chức, cá nhân (kế hoạch 160, đạt 116,3%)": the result over the plan just
    // named, as the figures show.)
    const planNamed = prev0?.prev;
    if (
      prev0?.measure === "level" &&
      planNamed?.measure === "level" &&
      prev0.tok.value > 0 &&
      /(?<![\p{L}])(?:kế hoạch|KH|chỉ tiêu)\s*(?:là|giao|đề ra)?\s*:?\s*$/u.test(prev0.local) &&
      Math.abs((100 * planNamed.tok.value) / prev0.tok.value - tok.value) < 0.15 &&
      /^[^;\d]{0,30}?[,)]\s*(?:đạt|bằng)\s*$/iu.test(local)
    )
      return "pct_of_target";
    // "kiến nghị thu hồi 31,82 tỷ đồng, đã thu 20,75 tỷ đồng, đạt 65,2%": the part done of the
    // whole just named, as the figures show, not a plan's achievement (across a semicolon too:
    // "phải thu 15,6 tỷ đồng; đã thu 4,28 tỷ đồng, đạt 27,4%").
    const whole = prev0?.prev;
    if (
      prev0?.measure === "level" &&
      whole?.measure === "level" &&
      whole.kind !== "target" &&
      whole.unit === prev0.unit &&
      whole.tok.value > prev0.tok.value &&
      Math.abs((100 * prev0.tok.value) / whole.tok.value - tok.value) < 0.15 &&
      /(?<![\p{L}])đạt\s*$/iu.test(tail) &&
      // (Money paid out of the capital just named is disbursed against its plan: "Vốn … kéo dài
      // sang năm 2026 là 2.864 tỷ đồng, đã giải ngân 1.726 tỷ đồng, đạt 60,3%".)
      !DISBURSE.test(prev0.local)
    )
      return "share";
    // "Chi đầu tư phát triển là 1.596,7 tỷ đồng, đạt 119,07%, giảm 26,83%": "đạt" a percent
    // right after an amount of the same subject is its achievement, the plan left unsaid.
    if (
      prev?.measure === "level" &&
      !/^[%‰]/.test(prev.unit) &&
      /(?:đồng|USD|ha|tấn|lượt|người|hộ|m3|kWh|km)/iu.test(prev.unit) &&
      /^\s*,\s*(?:ước\s+)?đạt\s*$/iu.test(local) &&
      /^\s*(?:[,;.)]|$)/.test(after) &&
      !cue.INDEX_AFTER.test(after) &&
      !/^\s*(?:so với|so)(?![\p{L}])/iu.test(after)
    )
      return "pct_of_target";
    // ("chiếm 17,84%, giảm 0,62% so với CK (18,46%)": the gap between the share and the one
    // beside it is the figure, so it is in points.)
    if (change && prev0 && sharesApart(prev0, tok.value, after)) return "change";
    if (change || besideChange) return rateSubject ? "change" : "growth";
    if (/bằng\s*$/iu.test(local) && cue.INDEX_AFTER.test(after)) return "growth";
    // ("ước đạt 99,17% so với cùng kỳ", "mới phục hồi 8,0% so với năm 2019": an index as well,
    // unless the subject is itself a rate.)
    if (
      !rateSubject &&
      /(?<![\p{L}])(?:đạt|phục hồi)\s*(?:khoảng\s*)?$/iu.test(tail) &&
      /^\s*(?:so với|so)\s/iu.test(after) &&
      cue.INDEX_AFTER.test(after)
    )
      return "growth";
    // ("So với kỳ gốc năm 2024, CPI tháng 11/2026 bằng 107,12%": the base said first.)
    if (/bằng\s*$/iu.test(local) && INDEX_OPENS.test(afterLast(before, ".;"))) return "growth";
    // "bằng 99,63% so với cùng kỳ, trong đó vụ Đông Xuân …, bằng 99,88%": the same index.
    if (
      /bằng\s*$/iu.test(local) &&
      /(?<![\p{L}])bằng\s*[\d.,]+\s*%\s*(?:so với\s+|so\s+)?(?:cùng kỳ|năm trước|năm \d{4})/iu.test(
        before.slice(-400),
      )
    )
      return "growth";
    if (/\/năm/.test(unit) && !rateSubject) return "growth";
    // ("mục tiêu kiểm soát lạm phát khoảng 4,5%": inflation is the growth of prices.)
    if (
      /(?<![\p{L}])lạm phát(?:\s+(?:bình quân|cả năm|năm\s+\d{4}|ở mức|khoảng|dưới|không quá|là|từ))*\s*$/iu.test(
        tail,
      )
    )
      return "growth";
    if (/tăng trưởng|tốc độ tăng|tốc độ phát triển/iu.test(subject) && !rateSubject) return "growth";
    // "… có tốc độ tăng trưởng GRDP cao nhất, đạt 17,57%": the growth named in its clause.
    if (
      !rateSubject &&
      /(?<![\p{L}])(?:tốc độ tăng(?: trưởng)?|tăng trưởng(?: kinh tế| GRDP| GDP)?|mức tăng(?! giảm))(?![\p{L}])[^;()]{0,60}(?:đạt|là|ở mức)\s*(?:khoảng|trên|hơn|gần)?\s*$/iu.test(
        local,
      )
    )
      return "growth";
    // "Tăng trưởng trung bình của 5 thành phố … đạt 13,21%": a count inside the name is no figure
    // of its own clause.
    if (
      !rateSubject &&
      /(?<![\p{L}])(?:tốc độ tăng(?: trưởng)?|tăng trưởng)(?![\p{L}])(?:[^;(),.\d%]|\d+\s+\p{L}){0,80}(?:đạt|là|ở mức)\s*(?:khoảng|trên|hơn|gần)?\s*$/iu.test(
        before,
      )
    )
      return "growth";
    // ("- Tốc độ tăng giá trị sản xuất nông, lâm nghiệp và thủy sản từ 4,2% trở lên": a clause
    // that opens on a growth rate and reaches its first figure names that growth, past a bracket
    // such as "(giá so sánh 2010)".)
    const opening = afterLast(before, ".;:");
    if (
      !rateSubject &&
      /^\s*(?:[-+*•]\s*)?(?:tốc độ tăng(?: trưởng)?|tăng trưởng)(?![\p{L}])(?:[^;()\d%]|\([^()%]*\)){0,100}$/iu.test(
        opening,
      ) &&
      !/(?<![\p{L}])(?:tỷ lệ|tỷ trọng|chiếm)(?![\p{L}])/iu.test(opening)
    )
      return "growth";
    // A disbursement rate is money paid out against the capital planned for the year.
    // ("… mới giải ngân 486,45 tỷ đồng, đạt 42,3% do …", "giải ngân 213,51 tỷ đồng, đạt 54,5%, trong
    // đó: Chương trình … đạt 48,2%": what a part reached of the money planned for it.)
    if (
      DISBURSE.test(`${subject} ${local}`) ||
      // ("… đạt tỷ lệ giải ngân trên 50%; thấp nhất là Dự án 9 (31,2%) và Dự án 2 (38,5%)": the
      // lowest and the highest of the rates just stated.)
      (prev0?.measure === "pct_of_target" &&
        DISBURSE.test(before) &&
        (/(?<![\p{L}])(?:cao nhất|thấp nhất)(?![\p{L}])/iu.test(local) ||
          /^[\s%)]*(?:,|và)\s+[^;%()]{1,40}\(\s*$/u.test(local))) ||
      (DISBURSE.test(before) &&
        /(?<![\p{L}])đạt\s*(?:khoảng|trên|hơn|gần)?\s*$/iu.test(tail) &&
        !/(?<![\p{L}])(?:chiếm|tỷ lệ|tỷ trọng)(?![\p{L}])/iu.test(local))
    )
      return "pct_of_target";
    // ("Dẫn đầu là Sở Y tế với tỷ lệ 91,4%; tiếp theo là UBND phường Quy Nhơn (88,6%)" on a page
    // about disbursement: a rate with no whole named is how much of its capital a body paid out.)
    if (
      disbursing &&
      !/(?<![\p{L}])(?:chiếm|tỷ trọng|cơ cấu|so với|bằng|tổng)(?![\p{L}])/iu.test(local) &&
      // (A bracket after a name, not after an amount: "41.620 tỷ đồng (60,8%)" is that amount's share.)
      (/(?<![\p{L}])tỷ lệ\s*(?:khoảng|trên|hơn|gần|là|đạt)?\s*$/iu.test(tail) ||
        /\p{L}{2}[^()\d]*\(\s*$/u.test(local))
    )
      return "pct_of_target";
    return "share";
  }
  if (change || gapPast || shortOfPlan) return "change";
  // "giảm 693 hộ …, vượt 333 hộ": by how much a count went past its plan, a change.
  if (
    unit &&
    prev0?.unit.split(" ")[0] === unit.split(" ")[0] &&
    /(?<![\p{L}])vượt(?:\s+(?:kế hoạch|chỉ tiêu|mục tiêu))?\s*$/iu.test(tail)
  )
    return "change";
  // "quy mô … mở rộng 1.750 tỷ đồng", "thu hẹp hơn 2,5 nghìn tỷ đồng": an amount's change.
  if (/(?<![\p{L}])(?:mở rộng|thu hẹp)(?:\s+(?:thêm|hơn|khoảng|gần))?\s*$/iu.test(tail)) return "change";
  if (
    prev?.measure === "change" &&
    /\svà\s*$/u.test(local) &&
    !/(?<![\p{L}])(?:tăng|giảm)(?![\p{L}])/iu.test(local)
  )
    return "change";
  if (!unit && /(?<![\p{L}])chiếm(?: tỷ lệ)?\s*$/iu.test(local)) return "share";
  if (/^điểm\s*\//.test(unit)) return "score";
  if (
    /\/\s*(?:\d[\d.]*\s*)?(?:người|dân|vạn|xã|hộ|100|trẻ|lao động|km|ha)/iu.test(unit) ||
    /tiêu chí\//.test(unit) ||
    // ("10,8 tỷ đồng/doanh nghiệp", "57,6 triệu đồng/khách hàng": money per one of those counted.)
    /(?:đồng|USD)\s*\/\s*(?:doanh nghiệp|khách hàng|dự án|lượt|thành viên|học sinh|tổ)(?![\p{L}])/iu.test(
      unit,
    )
  )
    return "rate";
  if (perCounted(unit)) return "rate";
  // ("cường suất lũ lên 0,52 m/giờ": a speed. A day's capacity or amount, "420 tấn/ngày", stays
  // a level, as the gold sets label it.)
  if (/^[^/]+\/\s*giờ(?![\p{L}])/iu.test(unit)) return "rate";
  if (/(?:bình quân|thu nhập) đầu người|\/\s*đầu người/iu.test(subject) && /đồng|USD/iu.test(unit))
    return "rate";
  // "thu nhập bình quân tháng của người lao động", "tiền lương bình quân một lao động": per head.
  if (
    /(?:thu nhập|tiền lương|tiền công) bình quân(?:\s+(?:tháng|năm|một tháng|mỗi tháng))?(?:\s+(?:của|mỗi|một|01|1))?\s+(?:người|lao động|hộ|công nhân)/iu.test(
      subject,
    ) &&
    /đồng|USD/iu.test(unit)
  )
    return "rate";
  // "Giá trị sản phẩm/1 ha đất canh tác: 98 triệu đồng": money per hectare, per head, per household.
  if (
    /(?:\/|trên|mỗi)\s*(?:0?1\s*)?(?:ha|hécta|héc ta|người|hộ|lao động)(?![\p{L}])/iu.test(subject) &&
    /đồng|USD/iu.test(unit)
  )
    return "rate";
  if (/\/năm$/.test(unit) && /(?<![\p{L}])(?:bình quân|mỗi năm|hằng năm|hàng năm)(?![\p{L}])/iu.test(local))
    return "rate";
  if (
    /^(?:bác s[ĩỹ]|giường|cán bộ)/iu.test(unit) &&
    /vạn|10\.000|\/\s*xã|trên\s+0?1/.test(`${local}${subject}${after.split(/[,;(]/)[0].slice(0, 20)}`)
  )
    return "rate";
  if (/^điểm/.test(unit) && cue.SCORE_SUBJECT.test(subject + local)) return "score";
  // ("đạt 6,48 điểm", "0,5216 điểm", "29,75 điểm": a count of places is whole; points with a
  // fraction are a mark. So is the next mark of the clause: "…; của tỉnh B đạt 84,92 điểm".)
  if (unit === "điểm" && (!Number.isInteger(tok.value) || markBefore(prev0))) return "score";
  return "level";
}

/**
 * "60 triệu đồng/nhà", "500.000 đồng/suất", "23,1 đảng viên/chi bộ", "1,5 ngày/cuộc": so much
 * for each one of those counted, a rate; so is money per area or volume ("41,8 triệu đồng/m²").
 * A price per weight ("đồng/kg", "đồng/tấn") stays a level, as prices are reported.
 */
/** The text after the last of the stops: the clause a figure ends. (A `[^;]*$` search does the
 * same but rescans the tail from every position: quadratic on a long sentence.) */
function afterLast(text: string, stops: string): string {
  let at = -1;
  for (const c of stops) at = Math.max(at, text.lastIndexOf(c));
  return text.slice(at + 1);
}

/** "chiếm 17,84%, giảm 0,62% so với CK (18,46%)": the share before and the one in brackets differ by the figure. */
function sharesApart(prev: Figure, value: number, after: string): boolean {
  if (prev.measure !== "share" || !/^%/.test(prev.unit)) return false;
  const m = /^\s*(?:so với|so)\s+[^()\d;]{0,24}\(\s*(?:là\s+)?(\d{1,3}(?:,\d+)?)\s*%\s*\)/iu.exec(after);
  return !!m && Math.abs(Math.abs(prev.tok.value - decodeNumber(m[1])) - value) < 0.011;
}

function perCounted(unit: string): boolean {
  // ("3,6 triệu đồng/tàu/năm": per boat, each year.)
  const m = /^([^/]+?)\s*\/\s*(\p{L}[\p{L} ]{0,20}?|m2|m²|m3|m³)(?:\s*\/\s*(?:năm|tháng))?$/u.exec(
    unit.trim(),
  );
  if (!m) return false;
  // ("3,2 ngày/khách": how long each guest stays.)
  if (/^(?:khách|tàu|thuyền|xe)$/u.test(m[2])) return true;
  if (/^(?:m2|m²|m3|m³|kWh)$/u.test(m[2])) return /đồng|USD/u.test(m[1]);
  const read = readUnit(m[2]);
  return !!read?.counter && read.length >= m[2].length;
}

/** A mark in points among the last few figures of the clause. */
function markBefore(prev: Figure | null): boolean {
  let at = prev;
  for (let i = 0; at && i < 3; i++, at = at.prev)
    if (at.measure === "score" && at.unit === "điểm") return true;
  return false;
}

/** Salinity and other concentrations, written in ‰ (and the saline intrusion they measure). */
const SALINITY = /(?<![\p{L}])(?:độ mặn|mặn|nồng độ|độ muối)(?![\p{L}])/iu;
