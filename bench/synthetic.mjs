// A generator of synthetic Vietnamese socio-economic reports, used by the benchmark when the real
// corpus (../shared/corpus) is not beside the project. The text imitates what the extractor meets
// in real reports — numbered headings, blank-line paragraphs, bullet lists, figures in the
// Vietnamese notation (14.955,28; 7,86%), comparisons ("so với năm 2022", "% kế hoạch") and
// footnote markers (<sup>1</sup>) — so that the figures it yields are in the same range as the
// real corpus. It is seeded: the same seed always gives the same text, which keeps benchmark runs
// comparable with each other.

/** Small, fast, seedable PRNG (mulberry32): Math.random() would make every run's input differ. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Format a number the Vietnamese way: "." groups thousands, "," marks decimals. */
export function vnNumber(n, decimals = 0) {
  const [int, frac] = Math.abs(n).toFixed(decimals).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (n < 0 ? "-" : "") + grouped + (frac ? `,${frac}` : "");
}

// Vocabulary drawn from real provincial reports. Each indicator carries a unit and a plausible
// magnitude so that generated figures look like the ones the number grammar is tuned for.
const INDICATORS = [
  ["Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh", "tỷ đồng", 15000, 2],
  ["GRDP bình quân đầu người", "triệu đồng/người", 45, 1],
  ["Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 1800, 0],
  ["Tổng chi ngân sách địa phương", "tỷ đồng", 11000, 1],
  ["Tổng vốn đầu tư phát triển toàn xã hội", "tỷ đồng", 9500, 0],
  ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", 13000, 1],
  ["Giá trị sản xuất công nghiệp", "tỷ đồng", 4200, 2],
  ["Tổng sản lượng lương thực có hạt", "tấn", 285000, 0],
  ["Diện tích gieo trồng lúa", "ha", 55000, 2],
  ["Diện tích gieo trồng ngô", "ha", 24000, 2],
  ["Sản lượng cà phê nhân", "tấn", 4400, 2],
  ["Sản lượng thủy sản", "tấn", 4700, 2],
  ["Tổng đàn gia súc", "con", 560000, 0],
  ["Số lượt khách du lịch", "lượt khách", 1100000, 0],
  ["Doanh thu từ hoạt động du lịch", "tỷ đồng", 2100, 0],
  ["Số doanh nghiệp thành lập mới", "doanh nghiệp", 180, 0],
  ["Số lao động được giải quyết việc làm", "lao động", 9000, 0],
  ["Tỷ lệ hộ nghèo", "%", 25, 2],
  ["Tỷ lệ che phủ rừng", "%", 43, 2],
  ["Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 96, 1],
];

const VERBS = ["ước đạt", "đạt", "ước thực hiện", "thực hiện được", "dự ước đạt"];
const COMPARED = ["so với năm 2022", "so với cùng kỳ năm trước", "so với năm trước", "so với kế hoạch"];
const TARGETS = [
  "kế hoạch",
  "kế hoạch năm",
  "dự toán Trung ương giao",
  "dự toán HĐND tỉnh giao",
  "Nghị quyết",
];
const FILLER = [
  "Công tác chỉ đạo, điều hành được triển khai quyết liệt, đồng bộ trên các lĩnh vực.",
  "Các cấp, các ngành đã tập trung tháo gỡ khó khăn, vướng mắc cho doanh nghiệp và người dân.",
  "Tình hình thời tiết diễn biến phức tạp, ảnh hưởng đến sản xuất nông nghiệp của nhân dân.",
  "Công tác cải cách hành chính tiếp tục được quan tâm chỉ đạo, chất lượng phục vụ được nâng lên.",
  "Quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm.",
  "Việc giải ngân vốn đầu tư công còn chậm so với yêu cầu, một số dự án chưa đáp ứng tiến độ.",
];
const SECTIONS = [
  "Về kinh tế",
  "Sản xuất nông, lâm nghiệp và thủy sản",
  "Công nghiệp, xây dựng",
  "Thương mại, dịch vụ và du lịch",
  "Tài chính, ngân sách",
  "Đầu tư phát triển",
  "Văn hóa - xã hội",
  "Lao động, việc làm và an sinh xã hội",
];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/**
 * One synthetic report of about `targetBytes` UTF-8 bytes (it stops at the first section end past
 * that size). `seed` picks the figures; distinct seeds give distinct documents.
 */
export function syntheticReport(seed, targetBytes = 200_000) {
  const rnd = prng(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  // A value around `base`, spread ±40%, so figures vary between sentences and documents.
  const around = (base, decimals) => Number((base * (0.6 + 0.8 * rnd())).toFixed(decimals));
  const pct = () => vnNumber(0.5 + rnd() * 14, 2);

  let footnote = 0;
  const notes = [];
  // Roughly one sentence in six carries a footnote, as in the real reports that have them.
  const maybeNote = () => {
    if (rnd() >= 0.16) return "";
    footnote++;
    notes.push(`<sup>${footnote}</sup> ${pick(FILLER)}`);
    return `<sup>${footnote}</sup>`;
  };

  const sentence = () => {
    const [name, unit, base, dec] = pick(INDICATORS);
    const value = vnNumber(around(base, dec), dec);
    const amount = unit === "%" ? `${value}%` : `${value} ${unit}`;
    const change = rnd() < 0.8 ? "tăng" : "giảm";
    const parts = [`${name} ${pick(VERBS)} ${amount}${maybeNote()}`];
    parts.push(`${change} ${pct()}% ${pick(COMPARED)}`);
    if (rnd() < 0.6) parts.push(`đạt ${vnNumber(85 + rnd() * 30, 2)}% ${pick(TARGETS)}`);
    return `${parts.join(", ")}.`;
  };

  const out = [
    "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
    "",
    "BÁO CÁO",
    "",
    `Tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2023 (bản tổng hợp số ${seed})`,
    "",
  ];
  let bytes = 0;
  const push = (line) => {
    out.push(line, "");
    bytes += Buffer.byteLength(line) + 2;
  };

  for (let s = 0; bytes < targetBytes; s++) {
    push(`${ROMAN[s % ROMAN.length]}. ${SECTIONS[s % SECTIONS.length].toUpperCase()}`);
    const subsections = 2 + Math.floor(rnd() * 3);
    for (let k = 1; k <= subsections; k++) {
      push(`${k}. ${pick(SECTIONS)}`);
      // Prose with figures thinly spread, near the real reports (4,000–5,000 facts per MB):
      // narrative sentences outnumber figure sentences, and some paragraphs carry no figure.
      for (let p = 0, paragraphs = 1 + Math.floor(rnd() * 3); p < paragraphs; p++) {
        const prose = [];
        for (let i = 0, n = 2 + Math.floor(rnd() * 4); i < n; i++)
          prose.push(rnd() < 0.2 ? sentence() : pick(FILLER));
        push(prose.join(" "));
      }
      for (let i = 0, n = Math.floor(rnd() * 2); i < n; i++) push(`- ${sentence()}`);
    }
    // Footnote texts come after a rule, the way converted reports print them at a page end.
    if (notes.length) {
      push("---");
      for (const n of notes.splice(0)) push(n);
    }
  }
  return `${out.join("\n")}\n`;
}
