import { wordsFirst } from "../text/words-first.js";

/**
 * The words that frame a number. Every pattern is anchored on word edges: "cả nước đạt" holds
 * the letters of "ước đạt" but says nothing of an estimate.
 */
const W = String.raw`(?<![\p{L}\d])`;
const E = String.raw`(?![\p{L}\d])`;
const re = (s: string, flags = "iu") => new RegExp(s.replaceAll("<", W).replaceAll(">", E), flags);
/** The same, scanned words first (text/words-first.ts): for the patterns where that was measured faster. */
const wordsRe = (s: string, flags = "iu") => wordsFirst(re(s, flags));

/** Estimate: ước, dự ước, ước đạt, ước thực hiện, ước tính, dự kiến. */
export const ESTIMATE = new RegExp(
  // ("đã dự kiến" is what had been planned: a target's word, not an estimate's; so is "cơ cấu
  // dự kiến", the make-up planned for an election.)
  `${W}(?:dự ước|ước tính|ước đạt|ước thực hiện|ước|(?<!đã |theo |cơ cấu )dự kiến|ước khoảng)${E}`,
  "giu",
);
/** Forecast: an expectation that is not a target. */
export const FORECAST = re(`<(?:dự báo|dự tính|kịch bản dự báo)>`, "giu");
/**
 * Target verbs and nouns, when they stand right before the number they set. (A staff quota
 * assigned — "biên chế được giao 842 người", "Vốn năm 2025 được giao 1.250 tỷ đồng" — is set for
 * the unit, as a plan is.)
 */
export const TARGET_NEAR = wordsRe(
  String.raw`<(?:phấn đấu|phần đấu|phần đầu|phân đấu|phấn đầu|mục tiêu|chỉ tiêu|kế hoạch|KH vốn|KH|dự toán|(?:biên chế|số lượng người làm việc|vốn(?:\s+(?:năm\s+\d{4}|đầu tư công|sự nghiệp|đầu tư phát triển))?)(?=\s*(?:được\s+)?giao(?![\p{L}]))|kịch bản(?: tăng trưởng)?|nghị quyết(?: đại hội)?|NQ|định hướng)>(?:(?:\s+|\s*[(:=,]\s*)(?:năm|đến năm|đến|của|là|đề ra|giao|được giao|đặt ra|vốn|sự nghiệp|tỉnh|huyện|HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Quốc hội|Trung ương|Chính phủ|Thủ tướng|Nghị quyết|NQ|Đại hội|ĐH|[IVX]+|\d{4}|\d{1,2}\s+năm(?=\s*\()|giai đoạn|\d{4}\s*[-–]\s*\d{4}|trên|dưới|khoảng|từ|tối thiểu|ít nhất|đạt|mức|được|giao cho tỉnh quản lý|quản lý|tăng trưởng(?: kinh tế| GRDP| GDP)?|(?:kiểm soát )?lạm phát|cả năm|năm nay|phải|cần|về|đề ra là)|\s*[:=(),-])*\s*$`,
);
/** Target verbs whose scope is the rest of their sentence. */
export const TARGET_SCOPE = re(
  // ("mục tiêu:", "mục tiêu cả năm là …", "mục tiêu năm 2025 tăng trưởng …": the target named, then
  // set; "Theo kế hoạch, năm học 2025-2026 tuyển sinh …": what the plan says follows)
  String.raw`<(?:phấn đấu|phần đấu|phần đầu|phân đấu|phấn đầu|phấn đấu đến|mục tiêu đến năm|mục tiêu(?=\s*:|(?:\s+[\p{L}\d]+){0,3}\s+là\s|\s+(?:cả năm|năm nay|năm tới|năm\s+\d{4})\s)|(?:đặt|đề ra|với) mục tiêu|theo kế hoạch(?=\s*,))>`,
  "giu",
);
/** Result words that end a target's scope: "đã đạt", "thực hiện đạt". */
export const RESULT = wordsRe(
  `<(?:đã đạt|đã có|đã thực hiện|thực hiện đạt|kết quả đạt|đạt được|đã giải ngân|giải ngân được)>`,
  "giu",
);

/** "tăng 7,86%", "giảm 0,25%", "tăng bình quân 7,69%/năm", "giảm thêm 2 xã". */
/**
 * What a figure is set against without "so với", as weather bulletins, election reports and
 * auctions write it: "cao hơn TBNN 35%", "thấp hơn cơ cấu dự kiến 3,55%", "cao hơn giá khởi
 * điểm 41,9%". (A flood's peak "trên BĐ II 0,15 m" is its height over the alarm level.)
 */
export const COMPARED_WITH = String.raw`(?:TBNN|trung bình nhiều năm|(?:cơ cấu\s+|mức\s+)?dự kiến|kịch bản|(?:tổng\s+)?giá khởi điểm|(?:bình quân|trung bình)\s+cùng kỳ)`;
export const CHANGE_VERB = wordsRe(
  String.raw`<(?:tăng|giảm|kéo giảm|tăng thêm|giảm thêm|tăng trưởng|tăng lên|giảm đi|tăng bình quân|giảm bình quân|tăng trưởng bình quân|bình quân tăng|bình quân giảm|bình quân mỗi năm giảm|bình quân mỗi năm tăng|bình quân hằng năm giảm|bình quân hằng năm tăng|bình quân hàng năm giảm|bình quân hàng năm tăng|mỗi năm giảm|mỗi năm tăng|hằng năm giảm|hàng năm giảm|hằng năm tăng|hàng năm tăng|cao hơn|thấp hơn|giảm được|tăng được|có thêm|thêm|lớn hơn|nhiều hơn|ít hơn|mức giảm|mức tăng|(?:trên|dưới)\s+(?:mức\s+)?(?:BĐ|báo động)\s*(?:III|II|I|[1-3]))>(?:\s+(?:so với\s+)?(?:năm ngoái|năm trước|cùng kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?|năm\s+\d{4}|tháng trước|quý trước|kỳ trước|(?:mùa khô|mùa mưa|mùa|vụ|niên vụ|năm học)\s+trước|(?:bình quân|trung bình)\s+(?:chung\s+)?(?:của\s+)?(?:cả nước|toàn quốc|vùng|khu vực|toàn tỉnh|cả tỉnh)|${COMPARED_WITH}))?(?:\s+(?:lần lượt|tương ứng|bình quân|trung bình|hằng năm|hàng năm|mỗi năm|khoảng|trên|hơn|gần|được|thêm|từ|là|đạt|nhẹ|mạnh|nhanh|khá|chậm|ở mức|mức|ít nhất|tối thiểu|không quá|tối đa|(?:cao|mạnh|nhiều|thấp|ít) nhất(?:\s+với)?))*\s*$`,
);
/** "giảm còn", "giảm xuống còn", "tăng lên", "còn": the new level, not the change. */
export const TO_LEVEL = wordsRe(
  String.raw`<(?:còn|xuống còn|giảm còn|xuống|lên|lên đến|lên tới|tăng lên|nâng lên|nâng tổng số(?: \S+){0,6}? lên|đạt mức)>(?:\s+(?:khoảng|trên|hơn|gần|dưới|mức))*\s*$`,
);
export const DECREASE = re(`<(?:giảm|thấp hơn|giảm được|giảm thêm)>`);
export const SHARE_VERB = wordsRe(
  String.raw`<(?:chiếm|chiếm tỷ lệ|chiếm tỉ lệ|đạt tỷ lệ|tỷ lệ|bằng)>(?:\s+(?:khoảng|trên|hơn|gần|dưới))*\s*$`,
);
export const RANK_VERB = wordsRe(
  String.raw`<(?:xếp thứ|xếp hạng|xếp thứ hạng|đứng thứ|vị trí thứ|xếp|(?:cao|thấp|lớn|nhỏ)(?: nhất)? thứ|thuộc nhóm)>(?:\s+hạng)?(?:\s+thứ)?\s*$`,
);
export const MULTIPLE_VERB = re(String.raw`<(?:gấp|tăng gấp|gấp khoảng|tăng|tăng gần|tăng khoảng|gần)>\s*$`);
export const EXCEED = re(String.raw`<(?:vượt|vượt mức|cao hơn)>(?:\s+(?:khoảng|trên|hơn|gần))*\s*$`);
/**
 * What follows a plan word when the plan's own figure comes next: "7,5% (kế hoạch 7,0%)" is a
 * result beside its target, not 7,5% of the plan ("98% kế hoạch 2023" still is: a year, and so
 * is "64,2% dự toán 6 tháng cuối năm": a number of months; "89,9% (mục tiêu từ 95% trở lên)" is a
 * result beside its bound).
 */
const PLAN_VALUE_AHEAD = String.raw`\s*(?:năm(?:\s+\d{4})?\s*)?[:=]?\s*(?:là\s+|đề ra\s+|giao\s+)?(?:(?:giảm|tăng)\s+)?(?:(?:còn|xuống|lên)\s+)?(?:(?:trên|dưới|khoảng|từ|tối thiểu|ít nhất|không quá|không dưới)\s+|[\u003c\u003e≤≥]=?\s*)?(?!(?:19|20)\d\d(?!\d|[.,]\d))\d(?![\d.,]*\s*(?:tháng|quý|năm)(?![\p{L}]))`;
/** "93,6% (chỉ tiêu Bộ Công an giao trên 85%)": a rate beside the rate set by whoever set it. */
// ("(Nghị quyết HĐND xã: 94%)": whoever set it, then a colon.)
const ISSUED_PERCENT_AHEAD = String.raw`(?:(?:\s+[\p{L}]+){1,6}?\s+(?:giao|đề ra)\s*[:=]?|(?:\s+[\p{L}]+){1,3}?\s*:)\s*(?:(?:trên|dưới|khoảng|từ|tối thiểu|ít nhất)\s+)?\d[\d.,]*\s*%`;
/** After a percentage: "kế hoạch", "KH", "NQ", "dự toán", "chỉ tiêu", "so với kế hoạch". */
export const OF_TARGET_AFTER = re(
  String.raw`^\s*(?:\(\s*)?(?:vượt\s+)?(?:so với\s+|so\s+|với\s+)?(?:mức\s+)?(?:tổng\s+)?(?:kế hoạch|KH|nghị quyết|NQ|NQĐH|dự toán|chỉ tiêu|mục tiêu|kịch bản|yêu cầu|số vốn|KH vốn|kế\s*hoạch|(?:tỉnh|huyện|thành phố|thị xã|Trung ương|cấp trên) giao)>(?!${PLAN_VALUE_AHEAD})(?!${ISSUED_PERCENT_AHEAD})`,
);
/**
 * Between a result and its target written beside it: "đạt 7,5% (kế hoạch 7,0%)", "còn 24,1%
 * (KH: giảm còn 23%)", "đạt 1.200 tỷ đồng, mục tiêu 1.150 tỷ đồng", "(Nghị quyết HĐND xã: 72
 * triệu đồng)", "(chỉ tiêu ≥ 90%)".
 */
export const PLAN_BESIDE = re(
  String.raw`^[^()]*[(,]\s*(?:so với\s+)?(?:kế hoạch|KH|mục tiêu|chỉ tiêu|nghị quyết|NQ|dự toán|kịch bản|(?:đã |theo |cơ cấu |mức )?dự kiến)>(?:\s+năm(?:\s+học)?(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?)?(?:(?:\s+[\p{L}]+){1,8}?\s+(?=(?:là|giao|đề ra)\s)|(?:\s+[\p{L}]+){1,3}?\s*(?=:))?\s*[:=]?\s*(?:là\s+|đề ra\s+|giao\s+)?(?:(?:giảm|tăng)\s+)?(?:(?:còn|xuống|lên)\s+)?(?:(?:trên|dưới|khoảng|từ|tối thiểu|ít nhất|không quá|không dưới)\s+|[\u003c\u003e≤≥]=?\s*)?$`,
);
/** "bằng 78,22% cùng kỳ": an index against a base. */
// ("bằng 99,9% so với CK": the same period's abbreviation.)
export const INDEX_AFTER = re(
  String.raw`^\s*(?:so với\s+|so\s+)?(?:cùng kỳ|CK(?![\p{L}])|năm trước|năm \d{4}|thực hiện năm)`,
);
/** The indicator is itself a rate or share: its changes are in points. */
export const RATE_SUBJECT = wordsRe(
  `<(?:tỷ lệ|tỉ lệ|tỷ trọng|cơ cấu|chiếm|che phủ|bao phủ|tỷ suất|mức sinh|phủ sóng|tỷ lệ hộ nghèo|hộ nghèo)>`,
);
/**
 * Enrolment is a rate too ("huy động học sinh 15 tuổi vào lớp 10 vượt 18,6%" is in points),
 * wherever in its clause it is named: the ages in it cut the words before the figure short.
 */
export const ENROLMENT_RATE = re(`<(?:huy động (?:trẻ|học sinh|các cháu)|trong độ tuổi)>`);
export const SCORE_SUBJECT = re(String.raw`<(?:PCI|PAPI|SIPAS|PAR\s*Index|chỉ số|ICT\s*Index|DDCI)>`);

/**
 * What may stand in a bracket that restates the figure before it for another time or place:
 * "(cùng kỳ năm 2021 là 3,77%)", "(6 tháng đầu năm 2022 đạt 9,64%)", "(cùng kỳ âm 0,07%)",
 * "(bình quân cả nước tăng 16,2%)". Without these words it is no comparator.
 */
export const COMPARATOR_WORDS = wordsRe(
  String.raw`<(?:cùng kỳ(?:\s+năm(?:\s+trước|\s+ngoái)?)?|CK|năm trước|năm ngoái|(?:\d{1,2}\s+)?tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?|quý\s*(?:IV|III|II|I|[1-4])|năm|giai đoạn|(?:mùa khô|mùa mưa|niên vụ|năm học)(?:\s+trước)?|(?:bình quân|trung bình)(?:\s+(?:của|chung|chung của))?\s+(?:cả nước|toàn quốc|vùng|khu vực|(?:của\s+)?(?:toàn\s+|cả\s+)?(?:tỉnh|huyện|thành phố))|cả nước|toàn quốc|toàn tỉnh|cả tỉnh)>`,
  "giu",
);
/** The verbs such a bracket may use. */
export const COMPARATOR_FILL = wordsRe(
  String.raw`<(?:so với|là|ước|đạt|tăng|giảm|âm|dương|ở mức|mức|chỉ|của|với|khoảng|trên|hơn|gần|dưới)>|\d{4}|[-–/,:]`,
  "giu",
);

/** Where a figure is compared: "so với năm 2022", "so với cùng kỳ", "so với kế hoạch". */
export const BASE_AFTER = re(
  String.raw`^[^;]{0,40}?<(?:so với|so|với|bằng)\s+(cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?|cùng thời điểm(?:\s+năm\s+(?:trước|\d{4}))?|CK(?![\p{L}])|cùng (?:tháng|quý)(?:\s+năm\s+(?:trước|\d{4}))?|năm trước|tháng trước|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}|(?:thực hiện|quyết toán) năm \d{4}|năm \d{4}|(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+\d{4}\s*[-–]\s*\d{4}|\d{4}|kế hoạch|KH|nghị quyết|NQ|dự toán|chỉ tiêu|mục tiêu|đầu năm|cuối năm|đầu nhiệm kỳ|nhiệm kỳ trước|giai đoạn trước)`,
);

/** A quick test before looking for administrative units in a phrase. */
export const AREA_WORD = /tỉnh|huyện|xã|thành phố|thị|phường|cả nước|toàn quốc|TỈNH|HUYỆN|XÃ/u;

/** Verbs of things done over a span of time. */
export const EVENT = wordsFirst(
  /(?<![\p{L}])(?:hoàn thành|giải quyết|tuyển quân|tuyển dụng|kết nạp|thu hồi|quán triệt|bồi dưỡng|tổ chức|xây mới|sửa chữa|hỗ trợ|vận động|thu hút|phê duyệt|kiểm tra|giám sát|kỷ luật|xử lý|phát hiện|bắt giữ|điều tra|tiếp nhận|triển khai|xếp loại|luân chuyển|điều động|tinh giản|sắp xếp|khen thưởng|tuyên truyền)(?![\p{L}])/iu,
);
/** Nouns of states measured at a time. */
export const STATE = wordsFirst(
  /(?<![\p{L}])(?:diện tích|quy mô|tài khoản|dân số|tổng đàn|vùng (?:sản xuất|trồng)|hiện trạng|được công nhận|cây [\p{L}]+(?: [\p{L}]+)?)(?![\p{L}])/iu,
);

/**
 * What opens a list of the parts of the whole stated just before: "Trong đó", "Cụ thể", and in
 * statistics releases "Trong mức tăng chung (của toàn nền kinh tế / 9 tháng)".
 */
export const PARTS_OPENER =
  /^\s*(?:trong đó|cụ thể|trong (?:mức|tốc độ) tăng(?: trưởng)? chung)(?![\p{L}])/iu;
export const REPORT_TIME = /thời điểm báo cáo/giu;
export const TERM_SO_FAR = /(?:từ|trong) (?:đầu )?nhiệm kỳ/giu;
export const WHOLE_AREA_HAS = /(?<![\p{L}])toàn (?:tỉnh|huyện|xã) có(?![\p{L}])/giu;

/** Words that date a stock to the time of writing: "hiện có", "lũy kế", "đến nay". */
export const STOCK_NOW = wordsFirst(
  /(?<![\p{L}])(?<!(?:thực|thể|xuất|phát|biểu) )(?:hiện có|hiện nay|đến nay|lũy kế|luỹ kế|tính đến nay)(?![\p{L}])/giu,
);

/** The two words right before a number, in lower case, when they are words: "thụ lý", "giải quyết". */
export function countingVerb(local: string): string {
  const m = /(?:^|[\s:;,(])(\p{L}\p{Ll}*\s+\p{Ll}+)\s*$/u.exec(local);
  const words = m ? m[1].replace(/\s+/g, " ").toLowerCase() : "";
  // (Not a pair of small words that any clause has: "tổng số", "có trên", "đạt được".)
  return /(?<![\p{L}])(?:số|tổng|có|là|đạt|được|và|của|trong|với|trên|dưới|khoảng|còn)(?![\p{L}])/u.test(
    words,
  )
    ? ""
    : words;
}
