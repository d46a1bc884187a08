import { createContext } from "preact";
import { useContext } from "preact/hooks";

/** Every label of the app, in Vietnamese (the default) and in English. */

export type Lang = "vi" | "en";

const vi = {
  appName: "solieu — Số liệu",
  skipToContent: "Bỏ qua đến nội dung",
  navOverview: "Tổng quan",
  navIndicators: "Chỉ tiêu",
  navDocuments: "Văn bản",
  navSearch: "Tìm kiếm",
  navCheck: "Kiểm tra",
  navReview: "Rà soát",
  navUpload: "Tải lên",
  signIn: "Đăng nhập",
  signOut: "Đăng xuất",
  signedInAs: "Đang đăng nhập: {name} ({role})",
  langSwitch: "Ngôn ngữ",
  mainNav: "Điều hướng chính",
  pages: "Các trang",
  chartFailed: "Không tải được biểu đồ.",
  asWritten: "Ghi trong văn bản",
  loading: "Đang tải…",
  errorPrefix: "Lỗi",
  retry: "Thử lại",
  notFound: "Không có trang này.",
  backHome: "Về trang Tổng quan",
  none: "—",
  line: "dòng",
  lineN: "dòng {n}",
  page: "trang {n}",
  close: "Đóng",
  apply: "Áp dụng",
  all: "Tất cả",
  previous: "← Trước",
  next: "Sau →",
  showing: "{from}–{to}",

  // overview
  overviewTitle: "Tổng quan thực hiện chỉ tiêu",
  overviewIntro:
    "Mỗi chỉ tiêu trong danh mục có kế hoạch cho kỳ và địa bàn: kết quả, % kế hoạch và đánh giá, theo lĩnh vực. Chỉ tiêu chưa có kết quả vẫn được liệt kê.",
  period: "Kỳ",
  area: "Địa bàn",
  allAreas: "Mọi địa bàn",
  statusFilter: "Tình trạng",
  showAllRows: "Cả các dòng chưa có kế hoạch và ngoài danh mục",
  downloadReport: "Tải báo cáo (DOCX)",
  downloadReportMd: "Markdown",
  indicator: "Chỉ tiêu",
  unit: "Đơn vị",
  target: "Kế hoạch",
  result: "Kết quả",
  pctOfTarget: "% kế hoạch",
  statedPct: "báo cáo ghi {pct}",
  derivedTarget: "suy ra từ % kế hoạch",
  status: "Tình trạng",
  noRows: "Không có chỉ tiêu nào cho kỳ và địa bàn này.",
  rowsCount: "{n} chỉ tiêu",
  sectorOther: "Khác",
  askTitle: "Hỏi đáp",
  askPlaceholder: "Ví dụ: tỷ lệ hộ nghèo năm 2023",
  askButton: "Hỏi",
  askSources: "Số liệu dẫn chứng",
  askNone: "Không tìm thấy số liệu.",

  statusExceeded: "Vượt kế hoạch",
  statusMet: "Đạt",
  statusNotMet: "Không đạt",
  statusNoResult: "Chưa có kết quả",
  statusNoTarget: "Không có kế hoạch",

  kindActual: "thực hiện",
  kindEstimate: "ước thực hiện",
  kindTarget: "kế hoạch",
  kindForecast: "dự báo",

  measureLevel: "mức",
  measureGrowth: "tăng trưởng",
  measureChange: "thay đổi",
  measureShare: "tỷ trọng",
  measurePctOfTarget: "% kế hoạch",
  measureCountOfTotal: "số trên tổng",
  measureRank: "xếp hạng",
  measureRate: "tỷ lệ",
  measureMultiple: "số lần",
  measureScore: "điểm",

  stateExtracted: "chưa rà soát",
  stateConfirmed: "đã xác nhận",
  stateCorrected: "đã sửa",
  stateRejected: "đã loại",

  // indicators
  indicatorsTitle: "Danh mục chỉ tiêu",
  indicatorsIntro:
    "Các chỉ tiêu được nhận diện trong báo cáo. Chọn một chỉ tiêu để xem diễn biến qua các kỳ.",
  code: "Mã",
  name: "Tên",
  sector: "Lĩnh vực",
  direction: "Chiều tốt",
  directionUp: "càng cao càng tốt",
  directionDown: "càng thấp càng tốt",
  filterIndicators: "Lọc chỉ tiêu…",
  indicatorNotInCatalogue: "Mã {code} không có trong danh mục.",
  overTime: "Diễn biến qua các kỳ",
  chartResults: "Kết quả",
  chartTargets: "Kế hoạch",
  chartEmpty: "Không có số liệu theo năm để vẽ biểu đồ.",
  chartNote:
    "Trục ngang: các năm và 6 tháng; số liệu cả giai đoạn (như 2016/2020) đặt ở năm cuối khi năm đó không có số liệu riêng.",
  measure: "Loại số liệu",
  versionsTitle: "Mọi phiên bản của số liệu",
  versionsCount: "{n} số liệu",
  kind: "Loại",
  value: "Giá trị",
  document: "Văn bản",
  sentence: "Câu trích",
  noFacts: "Không có số liệu.",
  spanAverage: "giai đoạn {p}",

  // documents
  documentsTitle: "Văn bản",
  documentsIntro: "Các báo cáo đã nạp. Mỗi con số được đánh dấu trong văn bản gốc.",
  title: "Tiêu đề",
  type: "Loại văn bản",
  issuer: "Cơ quan ban hành",
  date: "Ngày",
  lines: "Số dòng",
  factsCount: "Số liệu",
  planPeriod: "Kỳ kế hoạch",
  draft: "dự thảo",
  ingestedAt: "Nạp lúc",
  outline: "Mục lục",
  footnotes: "Chú thích",
  noOutline: "Không có đề mục.",
  figuresHighlighted: "{n} số liệu được đánh dấu",
  reviewFigure: "Rà soát số liệu này",
  openIndicator: "Xem chỉ tiêu",
  factPanelTitle: "Số liệu",
  reviewState: "Rà soát",
  qualifier: "Dấu so sánh",
  base: "So với",
  why: "Vì sao",
  total: "Tổng",
  downloads: "Tải dữ liệu",

  // search
  searchTitle: "Tìm kiếm",
  searchPlaceholder: "Tìm trong các báo cáo (có dấu hoặc không dấu)…",
  searchButton: "Tìm",
  searchNone: "Không tìm thấy kết quả.",
  searchHits: "{n} kết quả",
  searchHint: 'Gõ từ cần tìm rồi nhấn Enter. Dùng "ngoặc kép" để tìm đúng cụm từ.',
  linesRange: "dòng {a}–{b}",

  // check
  checkTitle: "Kiểm tra tính nhất quán",
  checkIntro: "Những chỗ các con số không khớp nhau: tỷ lệ tính lại, giá trị khác nhau, tổng các phần…",
  checkNone: "Không phát hiện điểm bất thường.",
  findingsCount: "{n} phát hiện",
  findingStatedRatio: "Tỷ lệ ghi khác tỷ lệ tính lại",
  findingConflicting: "Cùng chỉ tiêu, khác giá trị",
  findingPartsTotal: "Tổng các phần khác tổng",
  findingGrowthLevels: "Tăng trưởng không khớp với mức",
  findingUnreportedTarget: "Kế hoạch chưa có kết quả",

  // review
  reviewTitle: "Rà soát số liệu",
  reviewIntro: "Xác nhận, sửa hoặc loại các số liệu đã trích xuất.",
  reviewOpen: "Rà soát",
  reviewFactTitle: "Rà soát số liệu #{id}",
  confirm: "Xác nhận",
  reject: "Loại bỏ",
  correct: "Lưu chỉnh sửa",
  correctTitle: "Sửa số liệu",
  note: "Ghi chú",
  notePlaceholder: "Lý do, nguồn đối chiếu…",
  noChanges: "Không có trường nào thay đổi.",
  badNumber: "Giá trị không phải là số.",
  saved: "Đã lưu.",
  history: "Lịch sử rà soát",
  historyEmpty: "Chưa có lượt rà soát nào.",
  actionConfirm: "xác nhận",
  actionCorrect: "sửa",
  actionReject: "loại bỏ",
  by: "bởi {user}",
  original: "Giá trị gốc",
  fieldValue: "Giá trị",
  fieldValueMax: "Giá trị tối đa",
  fieldUnit: "Đơn vị",
  fieldMeasure: "Loại số liệu",
  fieldKind: "Loại",
  fieldPeriod: "Kỳ",
  fieldArea: "Địa bàn",
  fieldIndicatorCode: "Mã chỉ tiêu",
  fieldIndicatorText: "Tên chỉ tiêu",
  noIndicatorCode: "(không có mã)",
  reviewNotAvailable: "Máy chủ chưa hỗ trợ rà soát.",
  signInToReview: "Cần đăng nhập với quyền biên tập để rà soát số liệu.",
  signInToUpload: "Cần đăng nhập với quyền biên tập để tải văn bản lên.",
  signInToRead: "Máy chủ này chỉ cho người đã đăng nhập xem số liệu.",
  editorOnly: "Tài khoản {name} không có quyền biên tập.",

  // upload
  uploadTitle: "Tải văn bản lên",
  uploadIntro: "Văn bản .txt, .md, .docx hoặc .pdf: số liệu được trích xuất ngay khi tải lên.",
  dropHere: "Kéo thả tệp vào đây, hoặc",
  chooseFiles: "chọn tệp",
  uploading: "đang tải lên {pct}",
  processing: "đang xử lý",
  waiting: "đang chờ",
  uploadDone: "{n} số liệu",
  uploadDuplicate: "Văn bản đã có (trùng), không nạp lại.",
  openDocument: "Mở văn bản",
  uploadFailed: "Không tải lên được",
  uploadAbout: "Thông tin văn bản (không bắt buộc)",
  uploadAboutHint:
    "Điền những gì văn bản không tự ghi, như một bản tin không nêu năm hay tỉnh; áp dụng cho các tệp tải lên sau đó và thay cho điều văn bản tự ghi về mình.",
  hintDate: "Ngày văn bản",
  hintPeriod: "Kỳ báo cáo",
  hintArea: "Địa bàn",
  hintTitle: "Tiêu đề",
  hintIssuer: "Cơ quan ban hành",
  hintDatePlaceholder: "2023-12-11",
  hintPeriodPlaceholder: "2023, 2023-S1, 2021/2025",
  hintAreaPlaceholder: "tỉnh Lào Cai",
  hintTitlePlaceholder: "Báo cáo tình hình kinh tế - xã hội năm 2024",
  hintIssuerPlaceholder: "UBND tỉnh Lào Cai",
  uploadGiven: "Thông tin đã điền",

  // sign in
  signInTitle: "Đăng nhập",
  userName: "Tên đăng nhập",
  password: "Mật khẩu",
  signInButton: "Đăng nhập",
  signingIn: "Đang đăng nhập…",
  signedIn: "Đã đăng nhập với tên {name}.",
  sessionsUnavailable: "Máy chủ này không có tài khoản: mọi người đều xem được.",
};

export type Key = keyof typeof vi;

const en: Record<Key, string> = {
  appName: "solieu — Số liệu",
  skipToContent: "Skip to content",
  navOverview: "Overview",
  navIndicators: "Indicators",
  navDocuments: "Documents",
  navSearch: "Search",
  navCheck: "Checks",
  navReview: "Review",
  navUpload: "Upload",
  signIn: "Sign in",
  signOut: "Sign out",
  signedInAs: "Signed in: {name} ({role})",
  langSwitch: "Language",
  mainNav: "Main navigation",
  pages: "Pages",
  chartFailed: "The chart could not be loaded.",
  asWritten: "As written",
  loading: "Loading…",
  errorPrefix: "Error",
  retry: "Retry",
  notFound: "No such page.",
  backHome: "Back to the overview",
  none: "—",
  line: "line",
  lineN: "line {n}",
  page: "page {n}",
  close: "Close",
  apply: "Apply",
  all: "All",
  previous: "← Previous",
  next: "Next →",
  showing: "{from}–{to}",

  overviewTitle: "Plan against results",
  overviewIntro:
    "Every catalogued indicator with a target for the period and area: its result, % of target and status, by sector. Indicators without a result yet are listed too.",
  period: "Period",
  area: "Area",
  allAreas: "All areas",
  statusFilter: "Status",
  showAllRows: "Also rows without a target or outside the catalogue",
  downloadReport: "Download report (DOCX)",
  downloadReportMd: "Markdown",
  indicator: "Indicator",
  unit: "Unit",
  target: "Target",
  result: "Result",
  pctOfTarget: "% of target",
  statedPct: "report says {pct}",
  derivedTarget: "derived from the % of plan",
  status: "Status",
  noRows: "No indicators for this period and area.",
  rowsCount: "{n} indicators",
  sectorOther: "Other",
  askTitle: "Ask",
  askPlaceholder: "E.g. tỷ lệ hộ nghèo năm 2023",
  askButton: "Ask",
  askSources: "Cited figures",
  askNone: "No figures found.",

  statusExceeded: "Exceeded",
  statusMet: "Met",
  statusNotMet: "Not met",
  statusNoResult: "No result yet",
  statusNoTarget: "No target",

  kindActual: "actual",
  kindEstimate: "estimate",
  kindTarget: "target",
  kindForecast: "forecast",

  measureLevel: "level",
  measureGrowth: "growth",
  measureChange: "change",
  measureShare: "share",
  measurePctOfTarget: "% of target",
  measureCountOfTotal: "count of total",
  measureRank: "rank",
  measureRate: "rate",
  measureMultiple: "multiple",
  measureScore: "score",

  stateExtracted: "not reviewed",
  stateConfirmed: "confirmed",
  stateCorrected: "corrected",
  stateRejected: "rejected",

  indicatorsTitle: "Indicator catalogue",
  indicatorsIntro: "The indicators recognised in the reports. Pick one to see it over time.",
  code: "Code",
  name: "Name",
  sector: "Sector",
  direction: "Better when",
  directionUp: "higher",
  directionDown: "lower",
  filterIndicators: "Filter indicators…",
  indicatorNotInCatalogue: "The code {code} is not in the catalogue.",
  overTime: "Over time",
  chartResults: "Result",
  chartTargets: "Target",
  chartEmpty: "No yearly figures to chart.",
  chartNote:
    "Horizontal axis: years and half-years; a whole term's figure (such as 2016/2020) is put at its last year when that year has no figure of its own.",
  measure: "Measure",
  versionsTitle: "Every version of the figures",
  versionsCount: "{n} figures",
  kind: "Kind",
  value: "Value",
  document: "Document",
  sentence: "Sentence",
  noFacts: "No figures.",
  spanAverage: "term {p}",

  documentsTitle: "Documents",
  documentsIntro: "The reports read in. Every figure is marked in the original text.",
  title: "Title",
  type: "Type",
  issuer: "Issuer",
  date: "Date",
  lines: "Lines",
  factsCount: "Figures",
  planPeriod: "Plan period",
  draft: "draft",
  ingestedAt: "Read in",
  outline: "Outline",
  footnotes: "Footnotes",
  noOutline: "No headings.",
  figuresHighlighted: "{n} figures marked",
  reviewFigure: "Review this figure",
  openIndicator: "Open the indicator",
  factPanelTitle: "Figure",
  reviewState: "Review",
  qualifier: "Qualifier",
  base: "Compared with",
  why: "Why",
  total: "Total",
  downloads: "Download data",

  searchTitle: "Search",
  searchPlaceholder: "Search the reports (diacritics optional)…",
  searchButton: "Search",
  searchNone: "Nothing found.",
  searchHits: "{n} hits",
  searchHint: 'Type words and press Enter. Put a phrase in "quotes" to match it exactly.',
  linesRange: "lines {a}–{b}",

  checkTitle: "Consistency checks",
  checkIntro: "Where the figures disagree: ratios worked out again, different values, parts against totals…",
  checkNone: "Nothing found.",
  findingsCount: "{n} findings",
  findingStatedRatio: "Stated ratio differs from the computed one",
  findingConflicting: "Same indicator, different values",
  findingPartsTotal: "Parts do not add up to the total",
  findingGrowthLevels: "Growth does not match the levels",
  findingUnreportedTarget: "Target without a reported result",

  reviewTitle: "Review figures",
  reviewIntro: "Confirm, correct or reject the extracted figures.",
  reviewOpen: "Review",
  reviewFactTitle: "Review figure #{id}",
  confirm: "Confirm",
  reject: "Reject",
  correct: "Save correction",
  correctTitle: "Correct the figure",
  note: "Note",
  notePlaceholder: "Why, source checked…",
  noChanges: "No field was changed.",
  badNumber: "The value is not a number.",
  saved: "Saved.",
  history: "Review history",
  historyEmpty: "Not reviewed yet.",
  actionConfirm: "confirmed",
  actionCorrect: "corrected",
  actionReject: "rejected",
  by: "by {user}",
  original: "Original",
  fieldValue: "Value",
  fieldValueMax: "Maximum value",
  fieldUnit: "Unit",
  fieldMeasure: "Measure",
  fieldKind: "Kind",
  fieldPeriod: "Period",
  fieldArea: "Area",
  fieldIndicatorCode: "Indicator code",
  fieldIndicatorText: "Indicator name",
  noIndicatorCode: "(no code)",
  reviewNotAvailable: "The server does not support review yet.",
  signInToReview: "Sign in as an editor to review figures.",
  signInToUpload: "Sign in as an editor to upload documents.",
  signInToRead: "This server shows its figures to signed-in users only.",
  editorOnly: "The account {name} cannot edit.",

  uploadTitle: "Upload documents",
  uploadIntro: ".txt, .md, .docx or .pdf: the figures are extracted as soon as it is uploaded.",
  dropHere: "Drop files here, or",
  chooseFiles: "choose files",
  uploading: "uploading {pct}",
  processing: "processing",
  waiting: "waiting",
  uploadDone: "{n} figures",
  uploadDuplicate: "Already stored (duplicate): not read again.",
  openDocument: "Open the document",
  uploadFailed: "Upload failed",
  uploadAbout: "About the document (optional)",
  uploadAboutHint:
    "Fill in what the document does not say of itself, such as a news item that names neither its year nor its province; applies to the files uploaded next, in place of what their text says of itself.",
  hintDate: "Date of the document",
  hintPeriod: "Period reported on",
  hintArea: "Area",
  hintTitle: "Title",
  hintIssuer: "Issued by",
  hintDatePlaceholder: "2023-12-11",
  hintPeriodPlaceholder: "2023, 2023-S1, 2021/2025",
  hintAreaPlaceholder: "tỉnh Lào Cai",
  hintTitlePlaceholder: "Socio-economic report 2024",
  hintIssuerPlaceholder: "UBND tỉnh Lào Cai",
  uploadGiven: "Given",

  signInTitle: "Sign in",
  userName: "User name",
  password: "Password",
  signInButton: "Sign in",
  signingIn: "Signing in…",
  signedIn: "Signed in as {name}.",
  sessionsUnavailable: "This server has no accounts: everyone can read.",
};

const DICTIONARY: Record<Lang, Record<Key, string>> = { vi, en };

const STORAGE_KEY = "solieu.lang";

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** The label for `key`, with {name} placeholders filled in. */
export function translate(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  const text = DICTIONARY[lang][key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export interface I18n {
  lang: Lang;
  t: (key: Key, vars?: Record<string, string | number>) => string;
  setLang: (lang: Lang) => void;
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  return { lang, t: (key, vars) => translate(lang, key, vars), setLang };
}

export const I18nContext = createContext<I18n>(makeI18n("vi", () => {}));

/** The catalogue's sectors (data/indicators.csv) in English; Vietnamese as written. */
const SECTORS_EN: Record<string, string> = {
  "công nghiệp": "industry",
  "cải cách hành chính": "administrative reform",
  "doanh nghiệp": "enterprises",
  "du lịch": "tourism",
  "giáo dục": "education",
  "hạ tầng": "infrastructure",
  "kinh tế": "economy",
  "lao động": "labour",
  "môi trường": "environment",
  "nông nghiệp": "agriculture",
  "nông thôn mới": "new rural development",
  "thông tin truyền thông": "information and communication",
  "thương mại": "trade",
  "tài chính": "public finance",
  "văn hóa": "culture",
  "xây dựng Đảng": "Party building",
  "quốc phòng - an ninh": "defence and security",
  "xã hội": "social affairs",
  "y tế": "health",
  "đầu tư": "investment",
};

export function sectorName(sector: string, lang: Lang): string {
  return lang === "en" ? (SECTORS_EN[sector] ?? sector) : sector;
}

/**
 * The extractor's rules (src/facts/resolve/*.ts, src/facts/table-row.ts), said shortly: what set
 * a fact's kind and what set its period. A rule not listed here is shown by its id.
 */
const WHY_KIND: Record<string, Record<Lang, string>> = {
  "default-result": { vi: "mặc định: kết quả đã thực hiện", en: "by default, a result" },
  "section-forward": {
    vi: "nằm trong phần phương hướng, nhiệm vụ: kế hoạch",
    en: "in a forward-looking part: a target",
  },
  "section-forecast": {
    vi: "nằm trong phần dự báo, nhận định: dự báo",
    en: "in a part that forecasts: a forecast",
  },
  "estimate-word": { vi: "có từ “ước” đi trước", en: "an estimate word (ước) before it" },
  "paragraph-estimate": { vi: "đoạn văn nói về số ước", en: "its paragraph gives estimates" },
  "estimate-note": {
    vi: "ghi chú của phần này: số liệu là số ước",
    en: "a note of its part says its figures are estimates",
  },
  "part-of-estimate": {
    vi: "là phần của một số ước (trong đó…)",
    en: "a part of an estimate (trong đó…)",
  },
  "result-word": { vi: "có từ chỉ kết quả (đã đạt…)", en: "a word of result (đã đạt…)" },
  "target-scope": { vi: "trong câu “phấn đấu…”", en: "within a “phấn đấu…” clause" },
  request: {
    vi: "đề nghị cấp, bố trí: số còn phải được giao",
    en: "a request for a grant: a figure still to be set",
  },
  "target-word": {
    vi: "có từ chỉ kế hoạch, chỉ tiêu ngay bên cạnh",
    en: "a word of plan or target beside it",
  },
  "unmarked-part": {
    vi: "phần không ghi “ước” giữa các phần có ghi “ước”: số thực hiện",
    en: "a part stated without “ước” beside parts marked as estimates: a result",
  },
  "plan-subject": {
    vi: "chủ ngữ là dự toán, kế hoạch được giao",
    en: "its clause is about a plan or budget estimate, set by its verb",
  },
  "plan-part": {
    vi: "một phần của kế hoạch vừa nêu (“gồm: …”)",
    en: "a part of the plan just stated (“gồm: …”)",
  },
  "plan-share": {
    vi: "tỷ lệ của kế hoạch vừa nêu so với một tổng (“bằng 1,12% tổng chi”)",
    en: "the share the plan just stated is of a whole (“bằng 1,12% tổng chi”)",
  },
  "forecast-word": { vi: "có từ chỉ dự báo", en: "a word of forecast (dự báo)" },
  "plan-beside": { vi: "kế hoạch ghi bên cạnh kết quả", en: "a plan written beside a result" },
  "estimate-in-plan": {
    vi: "số ước cho chính kỳ kế hoạch: kế hoạch",
    en: "an estimate for the plan's own period: a target",
  },
  "period-not-over": {
    vi: "kỳ chưa hết khi viết báo cáo: số ước",
    en: "its period had not ended when written: an estimate",
  },
  "column-target": { vi: "cột kế hoạch của bảng", en: "the table's target column" },
  "column-actual": { vi: "cột thực hiện của bảng", en: "the table's result column" },
  "column-estimate": { vi: "cột ước thực hiện của bảng", en: "the table's estimate column" },
  "column-compare": { vi: "cột so sánh của bảng", en: "the table's comparison column" },
  "column-other": { vi: "cột khác của bảng", en: "another column of the table" },
  "lead-in": {
    vi: "câu dẫn của danh sách nói đây là kết quả, số ước hay chỉ tiêu",
    en: "the list's lead-in says results, estimates or targets",
  },
  "part-of-target": {
    vi: "là phần của một chỉ tiêu (trong đó…)",
    en: "a part of a target (trong đó…)",
  },
  "part-with-own-period": {
    vi: "phần có kỳ riêng, không thuộc số ước",
    en: "a part with a period of its own, not part of the estimate",
  },
  "past-part": {
    vi: "kỳ đã qua được nêu để so sánh: kết quả",
    en: "a past period named for comparison: a result",
  },
  "result-over-target": {
    vi: "số sau dấu “/” của cặp thực hiện/kế hoạch",
    en: "the second of a result/target pair",
  },
  comparator: {
    vi: "trong ngoặc, nhắc lại số liệu cho kỳ hoặc nơi khác: kết quả",
    en: "in brackets, the figure for another time or place: a result",
  },
  "targets-expected": {
    vi: "số chỉ tiêu ước đạt (“ước đạt”, “khó đạt”) khi năm chưa kết thúc",
    en: "how many targets are expected to be met (“ước đạt”, “khó đạt”) before the year ends",
  },
  "title-restates": {
    vi: "tiêu đề nhắc lại số liệu của bài: cùng loại với số trong bài",
    en: "the title restates the body's figure: of the same kind",
  },
  "expected-ahead": {
    vi: "“dự kiến” cho kỳ còn lâu mới hết: dự báo",
    en: "“dự kiến” for a period far from over: a forecast",
  },
  "period-not-begun": {
    vi: "kỳ chưa bắt đầu khi viết văn bản: chỉ tiêu",
    en: "its period had not begun when written: a target",
  },
};

const WHY_PERIOD: Record<string, Record<Lang, string>> = {
  own: { vi: "kỳ ghi ngay sau con số", en: "written right after the figure" },
  respective: {
    vi: "các năm nêu trước “lần lượt”, theo thứ tự",
    en: "the years named before “lần lượt” (respectively), in order",
  },
  "before-it": { vi: "kỳ ghi ngay trước con số", en: "written just before the figure" },
  "whole-year-word": {
    vi: "“cả năm”, “cuối năm”… của năm báo cáo",
    en: "“cả năm”, “cuối năm”… of the year reported on",
  },
  "previous-figure": { vi: "cùng kỳ với số liệu đứng trước", en: "the same as the figure before it" },
  "move-pair": {
    vi: 'như cặp "từ … năm … lên … năm …" trước nó',
    en: "as the move dated at both ends before it",
  },
  sentence: { vi: "kỳ ghi trước đó trong câu", en: "written earlier in the sentence" },
  "after-it": { vi: "kỳ ghi sau đó trong câu", en: "written later in the sentence" },
  paragraph: { vi: "kỳ của đoạn văn", en: "the paragraph's period" },
  section: { vi: "kỳ của mục", en: "the section's period" },
  document: { vi: "kỳ báo cáo của văn bản", en: "the document's period" },
  "plan-years-average": {
    vi: "bình quân các năm của kế hoạch",
    en: "a yearly average over the plan's years",
  },
  "plan-span": { vi: "cả giai đoạn kế hoạch", en: "the whole plan span" },
  "plan-end": { vi: "năm cuối của kế hoạch", en: "the plan's last year" },
  "term-target": { vi: "chỉ tiêu của nhiệm kỳ", en: "the term's target" },
  "term-years-average": {
    vi: "bình quân các năm của nhiệm kỳ",
    en: "a yearly average over the term's years",
  },
  "term-average": { vi: "bình quân cả nhiệm kỳ", en: "an average over the term" },
  "term-so-far": { vi: "từ đầu nhiệm kỳ đến nay", en: "the term so far" },
  "stock-at-writing": { vi: "số có tại thời điểm báo cáo", en: "a stock at the time of writing" },
  "term-event": { vi: "việc làm được trong nhiệm kỳ", en: "done during the term" },
  "state-at-writing": { vi: "tình trạng tại thời điểm báo cáo", en: "a state at the time of writing" },
  term: { vi: "cả nhiệm kỳ", en: "the whole term" },
  "after-base-span": {
    vi: "giai đoạn tiếp sau giai đoạn so sánh",
    en: "the span after the one it is compared with",
  },
  column: { vi: "kỳ ở đầu cột của bảng", en: "the period heading its table column" },
  "lead-in": { vi: "kỳ nêu ở câu dẫn của danh sách", en: "the period of the list's lead-in" },
  "cutoff-day": {
    vi: "ngày chốt số liệu ghi dưới tên văn bản",
    en: "the cut-off day written under the title",
  },
  coverage: {
    vi: "khoảng thời gian số liệu ghi dưới tên văn bản",
    en: "the span the note under the title says the figures cover",
  },
  "coverage-end": {
    vi: "ngày cuối của khoảng thời gian số liệu (số có đến ngày đó)",
    en: "the last day of the span the figures cover (what stands on it)",
  },
  "resolution-term": {
    vi: "nhiệm kỳ của nghị quyết đại hội được đánh giá",
    en: "the term of the congress resolution reviewed",
  },
  "targets-of-year": {
    vi: "số chỉ tiêu của năm: cả năm",
    en: "how many of the year's targets: the year",
  },
  "term-targets-met": {
    vi: "số chỉ tiêu của nhiệm kỳ đạt được: cả nhiệm kỳ",
    en: "how many of the term's targets were met: the term",
  },
  "term-whole": {
    vi: "cả nhiệm kỳ (“cả nhiệm kỳ” trong câu)",
    en: "the whole term (“cả nhiệm kỳ” in the clause)",
  },
  "same-day": {
    vi: "ngày đã nêu trước đó (“cùng thời điểm”)",
    en: "the day named before (“at the same date”)",
  },
  "meeting-day": { vi: "ngày họp (số liệu của chính cuộc họp)", en: "the meeting's day (its own figures)" },
  "comparator-own": { vi: "kỳ ghi trong ngoặc so sánh", en: "the period written in the comparing bracket" },
  "base-bracket": {
    vi: "kỳ được so sánh, ghi ngay trước ngoặc",
    en: "the period compared with, written just before the bracket",
  },
  "comparator-last-year": {
    vi: "cùng kỳ năm trước của số liệu được so sánh",
    en: "the same period a year before the figure compared",
  },
  "comparator-same": { vi: "cùng kỳ với số liệu được so sánh", en: "the same as the figure compared" },
  "its-result": { vi: "cùng kỳ với kết quả ghi bên cạnh", en: "the same as the result beside it" },
  "its-whole": {
    vi: "cùng kỳ với tổng số mà nó là một phần (trong đó…)",
    en: "the same as the whole it is part of (trong đó…)",
  },
  none: { vi: "không tìm được kỳ", en: "no period found" },
};

/** A rule of the extractor said shortly; its id when it has no label. */
export function whyLabel(which: "kind" | "period", id: string, lang: Lang): string {
  const labels = which === "kind" ? WHY_KIND : WHY_PERIOD;
  return Object.hasOwn(labels, id) ? labels[id][lang] : id;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
