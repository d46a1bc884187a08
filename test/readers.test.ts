import { describe, expect, it } from "vitest";
import { cleanLine } from "../src/text/clean.js";
import { readDocx } from "../src/text/docx.js";
import { InputError } from "../src/text/errors.js";
import { readPdf } from "../src/text/pdf.js";
import { lineCount, lineText, type Source } from "../src/text/source.js";
import { checkZip } from "../src/text/zip-guard.js";
import {
  hasVietnameseFont,
  makeBlankPdf,
  makeCorruptPdf,
  makeDocx,
  makeEncryptedPdf,
  makePdf,
  makeZip,
  makeZipBomb,
  VIETNAMESE_FONT,
} from "./helpers/fixtures.js";

const GRDP = "Tổng sản phẩm trên địa bàn (GRDP) ước đạt 14.955,28 tỷ đồng";
const GROWTH = ", tăng 7,86% so với năm 2022.";
const NOTE = "Theo số liệu của Cục Thống kê tỉnh.";
const HEADING = "Báo cáo tình hình kinh tế - xã hội năm 2023";
/** Decomposed on purpose: the readers must hand on NFC. */
const NFD_LINE = "Tổng vốn đầu tư phát triển đạt 5.120 tỷ đồng".normalize("NFD");

const fontPresent = hasVietnameseFont();
if (!fontPresent) {
  console.warn(`SKIPPED: PDF text-layer tests need ${VIETNAMESE_FONT} (apt-get install fonts-dejavu-core)`);
}

function lines(src: Source): string[] {
  return Array.from({ length: lineCount(src) }, (_, i) => lineText(src, i));
}

/** The reason of the InputError the promise must reject with. */
async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).reason;
  }
  throw new Error("expected an InputError, but the input was read");
}

describe("readDocx", () => {
  it("writes headings, paragraphs, a footnote and a table as the lines the pipeline reads", async () => {
    const bytes = await makeDocx(
      [{ heading: HEADING }, { runs: [GRDP, { footnote: NOTE }, GROWTH] }, { empty: true }, NFD_LINE],
      [
        ["Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"],
        ["GRDP", "tỷ đồng", "14.500", "14.955,28"],
      ],
    );
    const src = await readDocx("bao-cao.docx", bytes);

    expect(src.name).toBe("bao-cao.docx");
    expect(src.format).toBe("docx");
    expect(src.pages).toBeUndefined();
    expect(lines(src)).toEqual([
      `# ${HEADING}`,
      "",
      `${GRDP}<sup>1</sup>${GROWTH}`,
      "",
      `<sup>1</sup> ${NOTE}`,
      "",
      NFD_LINE.normalize("NFC"),
      "",
      "| Chỉ tiêu | Đơn vị | Kế hoạch | Thực hiện |",
      "| GRDP | tỷ đồng | 14.500 | 14.955,28 |",
    ]);
    expect(src.text).toBe(src.text.normalize("NFC"));

    // The markup is the one src/text/clean.ts understands.
    expect(cleanLine(src, 0).headingMark).toBe(true);
    expect(cleanLine(src, 2).refs.map((r) => r.n)).toEqual([1]);
    expect(cleanLine(src, 4).footnoteBody).toBe(1);
  });

  it("numbers endnotes after footnotes, marks superscripts and keeps table columns", async () => {
    const bytes = await makeDocx([
      {
        runs: [
          "Diện tích 120 m",
          { sup: "2" },
          " đất",
          { endnote: "Số liệu sơ bộ." },
          "; vốn",
          { footnote: "Gồm vốn ODA." },
        ],
      },
      {
        table: [
          ["Xã", "Ghi chú"],
          ["An Phú\nAn Bình", "a | b"],
        ],
      },
      "Hết.",
    ]);
    expect(lines(await readDocx("x.docx", bytes))).toEqual([
      "Diện tích 120 m<sup>2</sup> đất<sup>2</sup>; vốn<sup>1</sup>",
      "",
      "<sup>2</sup> Số liệu sơ bộ.",
      "",
      "<sup>1</sup> Gồm vốn ODA.",
      "",
      "| Xã | Ghi chú |",
      "| An Phú An Bình | a \\| b |",
      "",
      "Hết.",
    ]);
  });

  it("refuses a document without text", async () => {
    const bytes = await makeDocx([{ empty: true }, { empty: true }]);
    expect(await reason(readDocx("empty.docx", bytes))).toBe("the document holds no text");
  });

  it("refuses a file that is not a zip, and a zip that is not a .docx", async () => {
    const text = new TextEncoder().encode("Báo cáo số 12/BC-UBND\n");
    expect(await reason(readDocx("a.docx", text))).toBe("not a .docx: not a zip archive");
    const truncated = (await makeDocx(["Một đoạn."])).subarray(0, 400);
    expect(await reason(readDocx("b.docx", truncated))).toMatch(/^not a \.docx: not a zip archive \(/);
    const zip = makeZip([{ name: "xl/workbook.xml", data: new TextEncoder().encode("<workbook/>") }]);
    expect(await reason(readDocx("c.docx", zip))).toBe("not a .docx: word/document.xml missing");
  });

  it("refuses a zip bomb from its declared size without inflating it", async () => {
    const bomb = await makeZipBomb({ inflatedMB: 210 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const peak = watchRss();
    expect(await reason(readDocx("bomb.docx", bomb))).toBe("refused: archive expands to 210 MB (zip bomb?)");
    expect(peak.stop()).toBeLessThan(300 * 1024 * 1024);
  });

  it("refuses a zip bomb that lies about its size, stopping as soon as the lie shows", async () => {
    const bomb = await makeZipBomb({ inflatedMB: 210, declaredMB: 1 });
    const peak = watchRss();
    expect(await reason(readDocx("bomb.docx", bomb))).toBe(
      "refused: word/document.xml expands beyond its declared size (zip bomb?)",
    );
    expect(peak.stop()).toBeLessThan(300 * 1024 * 1024);
  });

  it("refuses an entry packed more than 200 times once it passes 10 MB", async () => {
    const dense = await makeZipBomb({ inflatedMB: 12 });
    expect(await reason(checkZip("d.docx", dense))).toMatch(
      /^refused: word\/document\.xml expands to 12 MB, \d+ times its packed size \(zip bomb\?\)$/,
    );
    // Below the 10 MB floor the same ratio is an ordinary, very regular file.
    const small = await makeZipBomb({ inflatedMB: 9 });
    await expect(checkZip("s.docx", small)).resolves.toBeUndefined();
  });

  it("applies the limits it is given", async () => {
    const bytes = await makeDocx([GRDP]);
    await expect(checkZip("ok.docx", bytes)).resolves.toBeUndefined();
    expect(await reason(checkZip("ok.docx", bytes, { maxTotalBytes: 1000 }))).toMatch(/zip bomb/);
  });
});

describe("readPdf", () => {
  it.skipIf(!fontPresent)("reads printed lines, table columns, note numbers and pages", async () => {
    const bytes = await makePdf([
      [GRDP, ["Chỉ tiêu", "Đơn vị", "Thực hiện"], { text: "tăng 7,86%", sup: "1" }],
      [NFD_LINE],
    ]);
    const src = await readPdf("bao-cao.pdf", bytes);

    expect(src.name).toBe("bao-cao.pdf");
    expect(src.format).toBe("pdf");
    expect(lines(src)).toEqual([
      GRDP,
      "Chỉ tiêu | Đơn vị | Thực hiện",
      "tăng 7,86%<sup>1</sup>",
      "",
      NFD_LINE.normalize("NFC"),
    ]);
    expect(src.pages).toEqual([1, 1, 1, 2, 2]);
    expect(src.text).toBe(src.text.normalize("NFC"));
    expect(cleanLine(src, 2).refs.map((r) => r.n)).toEqual([1]);
  });

  it("refuses a PDF without a text layer", async () => {
    expect(await reason(readPdf("scan.pdf", await makeBlankPdf()))).toBe(
      "no text layer (scanned PDF?): run OCR first",
    );
  });

  it.skipIf(!fontPresent)("refuses a text layer of unmapped glyphs", async () => {
    const bytes = await makePdf([["\ufffd".repeat(30), "số 12"]]);
    expect(await reason(readPdf("broken.pdf", bytes))).toMatch(/^text layer unreadable: \d+% of characters/);
  });

  it("refuses a corrupt PDF with pdfjs's reason on one line", async () => {
    const r = await reason(readPdf("bad.pdf", makeCorruptPdf()));
    expect(r).toMatch(/^not a readable PDF: \S/);
    expect(r).not.toContain("\n");
  });

  it("refuses an encrypted PDF", async () => {
    expect(await reason(readPdf("secret.pdf", await makeEncryptedPdf()))).toMatch(
      /^encrypted PDF: a password is needed/,
    );
  });
});

/** Highest resident set size seen until `stop()`, sampled every few milliseconds. */
function watchRss(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 2);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}
