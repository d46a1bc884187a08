/**
 * The administrative units the corpus names, as data: each with its level word and official
 * spelling, the other spellings documents use (see ../shared/notes §6), and the units under it.
 * Names are full ("xã Thanh Chăn"), as facts carry them.
 */
export interface UnitData {
  name: string;
  /** A stable code where the one derived from the name would not do ("dien-bien"). */
  code?: string;
  /** Other spellings, full names too: variants written in documents, and short forms readers type. */
  aliases?: string[];
  /** Last day the unit existed, ISO date. */
  valid_to?: string;
  units?: UnitData[];
}

/** Vietnam went to two tiers (province, commune) on 1 July 2025: districts ended the day before. */
export const LAST_DAY_OF_DISTRICTS = "2025-06-30";

const xa = (...names: string[]): UnitData[] => names.map((n) => ({ name: `xã ${n}` }));

export const COUNTRY: UnitData = { code: "ca-nuoc", name: "cả nước", aliases: ["toàn quốc", "Việt Nam"] };

export const PROVINCES: UnitData[] = [
  {
    code: "dien-bien",
    name: "tỉnh Điện Biên",
    units: [
      {
        name: "thành phố Điện Biên Phủ",
        aliases: ["TP Điện Biên Phủ", "TP. Điện Biên Phủ"],
        units: [
          { name: "phường Him Lam" },
          { name: "phường Thanh Bình" },
          { name: "phường Nam Thanh" },
          { name: "phường Noong Bua" },
          // Tà Lèng was merged with Thanh Minh (notes/004a §6); the date is not in the corpus.
          ...xa("Pá Khoang", "Thanh Minh", "Tà Lèng"),
        ],
      },
      { name: "thị xã Mường Lay", units: xa("Lay Nưa") },
      {
        // All 21 communes, from notes/003 (footnote 5 of that report).
        name: "huyện Điện Biên",
        units: [
          ...xa("Thanh Nưa", "Thanh Luông", "Thanh Hưng"),
          { name: "xã Thanh Chăn", aliases: ["xã Thanh Chân", "xã Thanh Chấn"] },
          ...xa("Thanh Yên"),
          { name: "xã Noong Luống", aliases: ["xã Noong Luông", "xã Noong Luồng"] },
          ...xa("Noong Hẹt", "Pom Lót", "Sam Mứn", "Thanh An", "Thanh Xương", "Núa Ngam", "Mường Nhà"),
          { name: "xã Mường Pồn", aliases: ["xã Mường Pôn"] },
          ...xa("Pa Thơm", "Phu Luông", "Hẹ Muông", "Hua Thanh", "Na Tông", "Mường Lói"),
          { name: "xã Na Ư", aliases: ["xã Na Ủ"] },
        ],
      },
      {
        name: "huyện Điện Biên Đông",
        units: [
          { name: "thị trấn Điện Biên Đông" },
          ...xa("Pú Nhi", "Noong U", "Mường Luân", "Luân Giói", "Chiềng Sơ", "Xa Dung"),
        ],
      },
      {
        name: "huyện Mường Ảng",
        aliases: ["huyện Mường Áng"],
        units: [{ name: "thị trấn Mường Ảng", aliases: ["thị trấn Mường Áng"] }, ...xa("Áng Tở")],
      },
      { name: "huyện Mường Chà", units: xa("Na Sang", "Mường Mươn") },
      { name: "huyện Mường Nhé", units: xa("Mường Toong", "Nậm Kè", "Sín Thầu") },
      { name: "huyện Nậm Pồ", aliases: ["huyện Nậm Pò"] },
      { name: "huyện Tủa Chùa", units: [{ name: "thị trấn Tủa Chùa" }, ...xa("Tả Sìn Thàng")] },
      {
        name: "huyện Tuần Giáo",
        units: [
          { name: "thị trấn Tuần Giáo" },
          { name: "xã Tỏa Tình", aliases: ["xã Toả Tình"] },
          ...xa("Chiềng Đông"),
        ],
      },
    ].map((d): UnitData => ({ ...d, valid_to: LAST_DAY_OF_DISTRICTS })),
  },
];
