/**
 * Generated input for the number grammar and the extractor (fast-check): numbers written as
 * reports write them decode to their value and are read whole in a sentence, with their unit,
 * range, total or sign; and on random report-like text — words, figures, separators, table
 * rows, footnote markers, NFD, zero-width and non-breaking spaces, a BOM, CRLF — nothing throws
 * and every fact's value_text stands at its line and column of the raw text.
 *
 * Runs with a fixed seed, so CI sees the same cases every time; SOLIEU_FC_SEED=n tries others.
 * Runs on the built modules (`npm run build` first; `npm test` does it).
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractSource } from "../dist/facts/extract.js";
import { decodeNumber } from "../dist/numbers/decode.js";
import { scanNumbers } from "../dist/numbers/tokens.js";
import { decodeText } from "../dist/text/decode.js";
import { makeSource } from "../dist/text/source.js";
import { FC_SEED, reportText, sentence, writtenNumber } from "./helpers/vietnamese-text.js";

const RUNS = 1000;
const run = { numRuns: RUNS, seed: FC_SEED };

/** Four digits from 1900 to 2100 read as a year, which is no figure: kept out where a figure is meant. */
const notYear = writtenNumber.filter((n) => !/^(?:19\d\d|20\d\d|2100)$/.test(n.text));
const small = fc.integer({ min: 0, max: 1899 });

/** The figures of a text (numbers not passed over), as written, with what was read of them. */
function read(text: string) {
  return scanNumbers(text)
    .filter((t) => !t.skip)
    .map((t) => ({ written: text.slice(t.start, t.end), ...t }));
}

describe("the number grammar on generated numbers", () => {
  it(`decodes ${RUNS} numbers written with thousands dots and a decimal comma to their value`, () => {
    fc.assert(
      fc.property(writtenNumber, (n) => {
        expect(decodeNumber(n.text)).toBe(n.value);
      }),
      run,
    );
  });

  it(`reads ${RUNS} figures in a sentence whole, with their value and unit`, () => {
    const unit = fc.constantFrom("tỷ đồng", "%", "ha", "tấn", "người", "triệu USD", "lượt");
    fc.assert(
      fc.property(notYear, unit, (n, u) => {
        const s = `Thu ngân sách đạt ${n.text} ${u}, tăng so với cùng kỳ.`;
        expect(read(s).map((t) => [t.written, t.value, t.unit])).toEqual([[n.text, n.value, u]]);
      }),
      run,
    );
  });

  it(`reads ${RUNS} ranges as one figure from its low to its high end`, () => {
    fc.assert(
      fc.property(notYear, notYear, (a, b) => {
        fc.pre(a.value < b.value);
        const s = `Sản lượng lương thực đạt ${a.text}-${b.text} tấn.`;
        expect(read(s).map((t) => [t.written, t.form, t.value, t.valueMax, t.unit])).toEqual([
          [`${a.text}-${b.text}`, "range", a.value, b.value, "tấn"],
        ]);
      }),
      run,
    );
  });

  it(`reads ${RUNS} counts of a total (47/50 xã)`, () => {
    fc.assert(
      fc.property(small, small, (a, b) => {
        fc.pre(a <= b && b > 0);
        const s = `Toàn tỉnh có ${a}/${b} xã đạt chuẩn nông thôn mới.`;
        expect(read(s).map((t) => [t.written, t.form, t.value, t.total])).toEqual([
          [`${a}/${b}`, "fraction", a, b],
        ]);
      }),
      run,
    );
  });

  it(`reads ${RUNS} signed changes in parentheses with their sign`, () => {
    fc.assert(
      fc.property(notYear, fc.constantFrom("+", "-"), (n, sign) => {
        const s = `Chỉ số sản xuất công nghiệp quý I giảm mạnh (${sign}${n.text}%) so với cùng kỳ.`;
        expect(read(s).map((t) => [t.written, t.value, t.signed, t.unit])).toEqual([
          [`${sign}${n.text}`, sign === "-" ? -n.value : n.value, true, "%"],
        ]);
      }),
      run,
    );
  });

  it(`never throws on ${RUNS} generated sentences and ${RUNS} arbitrary strings; every span lies in the text`, () => {
    const check = (s: string) => {
      for (const t of scanNumbers(s)) {
        expect(0 <= t.start && t.start < t.end && t.end <= s.length && t.after <= s.length).toBe(true);
        if (!t.skip) expect(Number.isFinite(t.value)).toBe(true);
      }
    };
    fc.assert(fc.property(sentence, check), run);
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), check), run);
  });
});

describe("the extractor on generated reports", () => {
  /** Every fact at its place: the raw line (LF split, CR kept) holds value_text at its column. */
  function placed(text: string, format: "txt" | "md") {
    const src = makeSource(`g.${format}`, format, text);
    const { facts } = extractSource(src);
    const lines = text.split("\n");
    for (const f of facts) {
      const at = lines[f.line - 1] ?? "";
      expect(
        at.startsWith(f.value_text, f.column),
        `${f.line}:${f.column} ${JSON.stringify(f.value_text)} in ${JSON.stringify(at)}`,
      ).toBe(true);
    }
    return facts.length;
  }

  it(`never throws and places every fact, on ${RUNS} text files`, () => {
    let facts = 0;
    fc.assert(
      fc.property(reportText, (text) => {
        let decoded: string;
        try {
          // As a .txt file is read: refused when empty, else its text as written (BOM kept).
          decoded = decodeText("g.txt", new TextEncoder().encode(text));
        } catch {
          return;
        }
        facts += placed(decoded, "txt");
      }),
      run,
    );
    // The generator makes figures, not only noise.
    expect(facts).toBeGreaterThan(RUNS);
  });

  it(`does the same on ${RUNS / 2} markdown files and ${RUNS / 2} arbitrary strings`, () => {
    fc.assert(
      fc.property(reportText, (text) => {
        placed(text, "md");
      }),
      { ...run, numRuns: RUNS / 2 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        placed(text, "txt");
      }),
      { ...run, numRuns: RUNS / 2 },
    );
  });
});
