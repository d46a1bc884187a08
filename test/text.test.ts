/**
 * The text stage: decoding files, raw lines and positions, cleaning a line of markup and odd
 * white space while keeping every character's raw offset, and reading big files in chunks.
 * Runs on the built modules (`npm run build` first; `npm test` does it).
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Segment } from "../dist/document/segments.js";
import { extractFile, type Fact } from "../dist/index.js";
import { type CleanLine, cleanLine } from "../dist/text/clean.js";
import { decodeText, firstInvalidUtf8 } from "../dist/text/decode.js";
import { lacksDiacritics, restoreBareLines, restoreDiacritics } from "../dist/text/diacritics.js";
import { InputError } from "../dist/text/errors.js";
import { fold } from "../dist/text/fold.js";
import { formatOf, readSources } from "../dist/text/read.js";
import { lineCount, lineText, makeSource, positionAt, type Source } from "../dist/text/source.js";
import { wordsFirst } from "../dist/text/words-first.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

function clean(raw: string): { src: Source; line: CleanLine } {
  const src = makeSource("x.md", "md", raw);
  return { src, line: cleanLine(src, 0) };
}

/** The raw text that cleaned text[start, end) came from. */
function rawOf(src: Source, line: CleanLine, start: number, end: number): string {
  return src.text.slice(line.text.map[start], line.text.map[end - 1] + 1);
}

/** Every digit of the cleaned text maps to the same digit in the raw text. */
function digitsKeepTheirPlace(src: Source, line: CleanLine): void {
  const { text, map } = line.text;
  expect(map.length).toBe(text.length);
  for (let i = 0; i < text.length; i++) {
    if (/\d/.test(text[i])) expect(src.text[map[i]], `digit ${i} of ${JSON.stringify(text)}`).toBe(text[i]);
  }
}

/** The raw text of the cleaned occurrence of `written`. */
function rawOfWritten(src: Source, line: CleanLine, written: string): string {
  const at = line.text.text.indexOf(written);
  expect(at, `${JSON.stringify(written)} in ${JSON.stringify(line.text.text)}`).toBeGreaterThanOrEqual(0);
  return rawOf(src, line, at, at + written.length);
}

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).reason;
  }
  throw new Error("expected an InputError");
}

describe("decodeText", () => {
  it("keeps the BOM of UTF-8 text, so columns match the raw line", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Năm 2023")]);
    expect(decodeText("a.txt", bytes)).toBe("\ufeffNăm 2023");
  });

  it("reads UTF-16 with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Đạt 14.955,28 tỷ đồng", "utf16le")]);
    expect(decodeText("a.txt", le)).toBe("Đạt 14.955,28 tỷ đồng");
  });

  it("refuses empty, white-space-only, binary and invalid UTF-8 input, saying why", () => {
    expect(reasonOf(() => decodeText("a.txt", new Uint8Array(0)))).toBe("empty file");
    expect(reasonOf(() => decodeText("a.txt", utf8(" \n\t\n")))).toBe("empty file (only white space)");
    expect(reasonOf(() => decodeText("a.txt", new Uint8Array([0x4e, 0, 0x61, 0x6d])))).toBe(
      "binary file, not text",
    );
    const bad = Buffer.concat([Buffer.from("Năm 2023 đạt ", "utf8"), Buffer.from([0xc3, 0x28])]);
    expect(reasonOf(() => decodeText("a.txt", bad))).toBe(
      `not valid UTF-8 (first bad byte at offset ${Buffer.byteLength("Năm 2023 đạt ")})`,
    );
  });

  it("firstInvalidUtf8 finds the first byte that breaks UTF-8", () => {
    expect(firstInvalidUtf8(utf8("tỷ đồng"))).toBe(utf8("tỷ đồng").length);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe1, 0xbb]))).toBe(1); // truncated 3-byte character
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0x80]))).toBe(2); // lone continuation byte
  });
});

describe("sources: raw lines and positions", () => {
  it("splits on \\n, drops the \\r of CRLF from a line's text, and counts columns in UTF-16 units", () => {
    const text = "\ufeffBÁO CÁO\r\n\r\nThu ngân sách đạt 1.500 tỷ đồng.\r\n";
    const src = makeSource("a.txt", "txt", text);
    expect(lineCount(src)).toBe(4);
    expect(lineText(src, 0)).toBe("\ufeffBÁO CÁO");
    expect(lineText(src, 1)).toBe("");
    expect(lineText(src, 2)).toBe("Thu ngân sách đạt 1.500 tỷ đồng.");
    const at = text.indexOf("1.500");
    expect(positionAt(src, at)).toEqual({ line: 3, column: text.split("\n")[2].indexOf("1.500") });
  });

  it("numbers lines from firstLine for a chunk of a big file", () => {
    const src = makeSource("a.txt", "txt", "một\nhai 20 xã", 1001);
    expect(positionAt(src, src.text.indexOf("20"))).toEqual({ line: 1002, column: 4 });
  });

  it("knows the formats it reads", () => {
    expect(formatOf("a.txt")).toBe("txt");
    expect(formatOf("a.MD")).toBe("md");
    expect(formatOf("a.docx")).toBe("docx");
    expect(formatOf("a.pdf")).toBe("pdf");
    expect(formatOf("a.doc")).toBeNull();
    expect(formatOf("a.xlsx")).toBeNull();
  });

  it("folds Vietnamese one unit for one, so offsets survive", () => {
    const s = "Đồng bào Mường Nhé";
    expect(fold(s)).toBe("dong bao muong nhe");
    expect(fold(s).length).toBe(s.length);
  });
});

describe("cleanLine", () => {
  it("removes <sup> footnote references, records them, and keeps digits in place", () => {
    const { src, line } = clean("Tổng vốn đầu tư đạt 5.120 tỷ đồng<sup>15</sup>, tăng 8,2%<sup>(16)</sup>.");
    expect(line.text.text).toBe("Tổng vốn đầu tư đạt 5.120 tỷ đồng, tăng 8,2%.");
    expect(line.refs.map((r) => r.n)).toEqual([15, 16]);
    expect(line.text.text.slice(line.refs[0].at)).toMatch(/^, tăng/);
    expect(line.footnoteBody).toBeUndefined();
    expect(rawOfWritten(src, line, "5.120")).toBe("5.120");
    expect(rawOfWritten(src, line, "8,2")).toBe("8,2");
    digitsKeepTheirPlace(src, line);
  });

  it("never glues two numbers where a marker stood: 16<sup>15</sup> dự án", () => {
    const { src, line } = clean("Cấp mới 16<sup>15</sup> dự án.");
    expect(line.text.text).toBe("Cấp mới 16 dự án.");
    expect(line.refs).toEqual([{ at: 10, n: 15 }]);
    digitsKeepTheirPlace(src, line);
  });

  it("reads a line that starts with a marker as a footnote body", () => {
    const { line } = clean("<sup>15</sup> Theo số liệu của Cục Thống kê tỉnh.");
    expect(line.footnoteBody).toBe(15);
    expect(line.refs).toEqual([]);
    expect(line.text.text.trim()).toBe("Theo số liệu của Cục Thống kê tỉnh.");
  });

  it("keeps m<sup>2</sup> as square metres", () => {
    const { src, line } = clean("Diện tích sàn 120 m<sup>2</sup> đất ở.");
    expect(line.text.text).toBe("Diện tích sàn 120 m2 đất ở.");
    expect(line.refs).toEqual([]);
    digitsKeepTheirPlace(src, line);
  });

  it("drops ** and __ bold markers and knows a wholly bold line", () => {
    const { src, line } = clean("Thu ngân sách đạt **1.500** tỷ đồng, __tăng__ 12%.");
    expect(line.text.text).toBe("Thu ngân sách đạt 1.500 tỷ đồng, tăng 12%.");
    expect(line.bold).toBe(false);
    expect(rawOfWritten(src, line, "1.500")).toBe("1.500");
    digitsKeepTheirPlace(src, line);
    expect(clean("**I. KẾT QUẢ THỰC HIỆN NĂM 2023**").line).toMatchObject({ bold: true });
    expect(clean("**I. KẾT QUẢ THỰC HIỆN NĂM 2023**").line.text.text).toBe("I. KẾT QUẢ THỰC HIỆN NĂM 2023");
  });

  it("unescapes markdown escapes: \\*, \\., \\-", () => {
    const { src, line } = clean("1\\. Chỉ tiêu (\\*) đạt 97\\-98%.");
    expect(line.text.text).toBe("1. Chỉ tiêu (*) đạt 97-98%.");
    digitsKeepTheirPlace(src, line);
  });

  it("takes a leading # as a heading mark, not as text", () => {
    const { line } = clean("## Báo cáo tình hình kinh tế - xã hội năm 2023");
    expect(line.headingMark).toBe(true);
    expect(line.text.text).toBe("Báo cáo tình hình kinh tế - xã hội năm 2023");
  });

  it("turns NBSP, tabs and other spaces into plain spaces, one for one", () => {
    const raw = "Thu\u00a0ngân sách\tđạt\u202f1.500\u00a0tỷ\u2009đồng.";
    const { src, line } = clean(raw);
    expect(line.text.text).toBe("Thu ngân sách đạt 1.500 tỷ đồng.");
    expect(line.text.text.length).toBe(raw.length);
    expect(Array.from(line.text.map)).toEqual(Array.from(raw, (_, i) => i));
    digitsKeepTheirPlace(src, line);
  });

  it("tells an NBSP-only line (an empty table cell) from a blank one", () => {
    const src = makeSource("x.txt", "txt", "\u00a0\u00a0\n   \n");
    expect(cleanLine(src, 0)).toMatchObject({ filler: true, blank: false });
    expect(cleanLine(src, 1)).toMatchObject({ filler: false, blank: true });
    expect(cleanLine(src, 2)).toMatchObject({ filler: false, blank: true });
  });

  it("drops the BOM and the \\r of a CRLF line", () => {
    const src = makeSource("x.txt", "txt", "\ufeffNăm 2023 đạt 14.955,28 tỷ đồng\r\nhết");
    const line = cleanLine(src, 0);
    expect(line.text.text).toBe("Năm 2023 đạt 14.955,28 tỷ đồng");
    expect(rawOfWritten(src, line, "14.955,28")).toBe("14.955,28");
    expect(positionAt(src, line.text.map[line.text.text.indexOf("14.955,28")])).toEqual({
      line: 1,
      column: 14,
    });
  });

  it("composes NFD text to NFC, each letter mapped to where its base letter is in the raw line", () => {
    const nfc = "Tổng vốn đầu tư phát triển đạt 5.120 tỷ đồng, tăng 8,2% so với năm 2022";
    const raw = nfc.normalize("NFD");
    expect(raw.length).toBeGreaterThan(nfc.length);
    const { src, line } = clean(raw);
    expect(line.text.text).toBe(nfc);
    digitsKeepTheirPlace(src, line);
    const { text, map } = line.text;
    for (let i = 0; i < text.length; i++) {
      // the raw character at map[i], with the marks that follow it, composes to text[i]
      let j = map[i] + 1;
      while (j < raw.length && /\p{M}/u.test(raw[j])) j++;
      expect(raw.slice(map[i], j).normalize("NFC")).toBe(text[i]);
    }
    const at = text.indexOf("5.120");
    expect(map[at]).toBe(raw.indexOf("5.120"));
  });
});

describe("reading a big text file in chunks", () => {
  let dir: string;
  let text: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "solieu-text-"));
    const paragraphs: string[] = [];
    for (let i = 0; i < 60; i++) {
      paragraphs.push(
        `Năm 2023, huyện có ${100 + i} doanh nghiệp, thu ngân sách đạt ${1000 + i},5 tỷ đồng, tăng ${(i % 9) + 1},2% so với năm 2022.\n\n`,
      );
    }
    text = `BÁO CÁO\n\nĐiện Biên, ngày 20 tháng 12 năm 2023\n\n${paragraphs.join("")}`;
    writeFileSync(join(dir, "chunks.txt"), text);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("cuts at paragraph ends and numbers the lines of every chunk from where it starts", async () => {
    const rawLines = text.split("\n");
    const seen: string[] = [];
    let chunks = 0;
    for await (const src of readSources(join(dir, "chunks.txt"), 1500)) {
      chunks++;
      expect(src.firstLine).toBe(seen.length + 1);
      for (let i = 0; i < lineCount(src); i++) seen.push(lineText(src, i));
    }
    expect(chunks).toBeGreaterThan(3);
    expect(seen).toEqual(rawLines);
  });

  it("finds the same facts, at the same places, read whole or in chunks", async () => {
    const path = join(dir, "chunks.txt");
    const whole = await extractFile(path);
    const parts = await extractFile(path, { chunkBytes: 1500 });
    const key = (f: Fact) => [f.line, f.column, f.value_text, f.unit, f.measure, f.kind, f.period];
    expect(whole.error).toBeUndefined();
    expect(whole.facts.length).toBe(180);
    expect(parts.facts.map(key)).toEqual(whole.facts.map(key));
    expect(parts.document?.lines).toBe(text.split("\n").length);
  });

  it("gives the same facts and segments, in order, when worker threads read the chunks", async () => {
    const path = join(dir, "chunks.txt");
    const read = async (workers: number) => {
      const facts: Fact[] = [];
      const segments: Segment[] = [];
      const r = await extractFile(path, {
        chunkBytes: 1500,
        workers,
        onFacts: (f) => void facts.push(...f),
        onSegments: (s) => void segments.push(...s),
      });
      return { r, facts, segments };
    };
    const one = await read(0);
    const two = await read(2);
    expect(two.r.error).toBeUndefined();
    expect(one.facts.length).toBe(180);
    expect(two.facts).toEqual(one.facts);
    expect(two.segments).toEqual(one.segments);
    expect(two.r.document).toEqual(one.r.document);
  });

  it("names the byte offset of invalid UTF-8 met in a later chunk", async () => {
    const path = join(dir, "chunks-bad.txt");
    writeFileSync(
      path,
      Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(text)]),
    );
    const r = await extractFile(path, { chunkBytes: 1500 });
    expect(r.error).toBe(`chunks-bad.txt: not valid UTF-8 (near byte offset ${Buffer.byteLength(text)})`);
  });
});

describe("wordsFirst: a look-behind pattern scanned from its words", () => {
  const plain = /(?<![\p{L}\d])(?:tăng|giảm|tăng bình quân)(?![\p{L}\d])/giu;
  const fast = wordsFirst(plain);
  const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, m[0]]);

  it("finds exactly what the pattern it was made from finds", () => {
    const texts = [
      "GRDP tăng 7,1%, thu ngân sách giảm 3%; tăng bình quân 6,5%/năm",
      "Tăng trưởng chậm lại, TĂNG 2 điểm",
      "căng thẳng, mặt bằng, giảmgiá, 3tăng",
      "",
    ];
    for (const s of texts) expect(all(fast, s)).toEqual(all(plain, s));
    expect(all(fast, texts[2])).toEqual([]);
    expect(all(fast, texts[0]).length).toBe(3);
  });

  it("refuses patterns it cannot rewrite without changing their groups", () => {
    expect(() => wordsFirst(/(?<!x)(?:(tăng)|giảm)/u)).toThrow(/captures/);
    expect(() => wordsFirst(/(?:tăng|giảm)/u)).toThrow(/look-behind/);
  });
});

describe("restoring the marks of a text typed without them", () => {
  // Sentences written for this test, in the manner of a district's half-year report.
  const bare = [
    "Tinh hinh kinh te - xa hoi 6 thang dau nam 2024 cua huyen Muong Cha, tinh Dien Bien",
    "Tong gia tri san xuat uoc dat 1.250 ty dong, tang 8,1% so voi cung ky, dat 52% ke hoach nam.",
    "San luong luong thuc dat",
    "12.300 tan. Phan dau ca nam 2024 ty le ho ngheo giam con 18%; trong moi 300 ha rung.",
  ].join("\n");

  it("puts back the marks of the words that carry kinds, units and periods", () => {
    const r = restoreDiacritics(bare);
    expect(r).toContain("ước đạt 1.250 tỷ đồng, tăng 8,1% so với cùng kỳ, đạt 52% kế hoạch năm");
    expect(r).toContain("6 tháng đầu năm 2024");
    expect(r).toContain("Phấn đấu cả năm 2024 tỷ lệ hộ nghèo giảm còn 18%");
    // a phrase broken across lines, as PDF text is
    expect(r).toContain("lương thực đạt\n12.300 tấn");
    // a province's name where it is written as a name
    expect(r).toContain("tỉnh Điện Biên");
  });

  it("keeps every offset: same length, digits and unknown words where they were", () => {
    const r = restoreDiacritics(bare);
    expect(r.length).toBe(bare.length);
    for (let i = 0; i < bare.length; i++) if (/[\d\n.,%;]/.test(bare[i])) expect(r[i]).toBe(bare[i]);
    expect(r).toContain("Muong Cha");
  });

  it("leaves a word whose bare form stands for several where nothing tells which", () => {
    expect(restoreDiacritics("dien bien phuc tap; dat nong nghiep")).toBe(
      "dien bien phức tạp; đất nông nghiệp",
    );
    expect(restoreDiacritics("cac tang lop nhan dan")).toBe("các tầng lớp nhân dân");
  });

  it("restores a school report's words, 'mẫu giáo đạt' before 'giao đất'", () => {
    expect(
      restoreDiacritics(
        "toan huyen co 64 truong voi 812 nhom, lop va 19.402 tre, hoc sinh; tre mau giao dat 97,5%",
      ),
    ).toBe("toàn huyện có 64 trường với 812 nhóm, lớp và 19.402 trẻ, học sinh; trẻ mẫu giáo đạt 97,5%");
    expect(
      restoreDiacritics("co 1.204 thi sinh du thi; dat 31 giai (4 giai Nhat, 9 giai Khuyen khich)"),
    ).toBe("có 1.204 thí sinh dự thi; đạt 31 giải (4 giải Nhất, 9 giải Khuyến khích)");
  });

  it("restores a lowered rate and its floor: giảm tỷ lệ … từ 3% trở lên", () => {
    expect(restoreDiacritics("giam ty le ho can ngheo tu 3% tro len")).toBe(
      "giảm tỷ lệ hộ cận nghèo từ 3% trở lên",
    );
  });

  it("restores what is counted in a call-up: thanh niên, giao quân", () => {
    expect(restoreDiacritics("Giao quan dat 08/08 thanh nien")).toBe("Giao quân đạt 08/08 thanh niên");
  });

  it("tells a text typed without marks from one with them, decomposed or not", () => {
    const marked = restoreDiacritics(bare);
    expect(lacksDiacritics(bare)).toBe(true);
    expect(lacksDiacritics(marked)).toBe(false);
    expect(lacksDiacritics(marked.normalize("NFD"))).toBe(false);
    expect(lacksDiacritics("GRDP 7,5% 2024")).toBe(false);
  });

  it("restores the lines typed without marks in a text that has them, and only those", () => {
    const mixed = [
      "Báo cáo kết quả 9 tháng đầu năm 2025 của xã Nà Phặc",
      "San luong luong thuc co hat 9 thang uoc dat 1.540 tan, bang 96% ke hoach.",
      "4. Tai chinh - ngan sach",
      "Thu ngân sách trên địa bàn đạt 412 triệu đồng.",
      "GRDP 7,5% 2024 (ADB)",
    ].join("\n");
    const out = restoreBareLines(mixed);
    expect(out.length).toBe(mixed.length);
    expect(out.split("\n")).toEqual([
      "Báo cáo kết quả 9 tháng đầu năm 2025 của xã Nà Phặc",
      "Sản lượng lương thực có hạt 9 tháng ước đạt 1.540 tấn, bang 96% kế hoạch.",
      "4. Tài chính - ngân sách",
      "Thu ngân sách trên địa bàn đạt 412 triệu đồng.",
      "GRDP 7,5% 2024 (ADB)",
    ]);
    // (A text with marks throughout is left as it is.)
    const marked = "Thu ngân sách đạt 412 triệu đồng.\nChi ngân sách đạt 380 triệu đồng.";
    expect(restoreBareLines(marked)).toBe(marked);
  });

  it("types the figures of such a report as it would with marks", async () => {
    const dir = mkdtempSync(join(tmpdir(), "solieu-bare-"));
    try {
      const path = join(dir, "bao-cao.txt");
      writeFileSync(path, bare);
      const facts = (await extractFile(path)).facts;
      const at = (v: string) => facts.find((f) => f.value_text === v);
      expect(at("1.250")).toMatchObject({ kind: "estimate", unit: "tỷ đồng", period: "2024-S1" });
      expect(at("8,1")).toMatchObject({ measure: "growth", kind: "estimate" });
      expect(at("52")).toMatchObject({ measure: "pct_of_target" });
      expect(at("12.300")).toMatchObject({ unit: "tấn", line: 4, column: 0 });
      expect(at("18")).toMatchObject({ kind: "target" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
