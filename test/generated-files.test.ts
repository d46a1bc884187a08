/**
 * Generated hostile files for the readers (fast-check): mutated .docx files (bytes flipped or
 * cut off, parts missing or repeated, `..` and absolute entry names, zip bombs dense or lying
 * about their size, entity expansion and external entities, XML nested past any stack) and
 * mutated .pdf files (flipped, cut, keys blanked, lying page counts, deep arrays, reference
 * loops, content streams inflating to millions of operators). Each is read, or refused with one
 * InputError of one line naming the file — never another error, never a hang; the hostile kinds
 * are refused for what they are.
 *
 * Runs with a fixed seed (SOLIEU_FC_SEED=n tries others).
 */

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocx } from "../src/text/docx.js";
import { InputError } from "../src/text/errors.js";
import { readPdf } from "../src/text/pdf.js";
import type { Source } from "../src/text/source.js";
import { makeDocx, type ZipEntry } from "./helpers/fixtures.js";
import { docxMutants, type Mutant, makePlainPdf, pdfMutants, unzip } from "./helpers/hostile-files.js";
import { FC_SEED } from "./helpers/vietnamese-text.js";

const RUNS = 120;
/** Far longer than any of these files takes; a read still going then has hung. */
const HUNG_MS = 30_000;

/** Read it, or the InputError it was refused with; anything else (or a hang) fails the property. */
async function outcome(read: () => Promise<Source>): Promise<Source | InputError> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${HUNG_MS / 1000} s`)), HUNG_MS);
  });
  try {
    return await Promise.race([read(), hung]);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** The property every mutant must keep; returns the kind of mutation, to tally. */
async function check(name: string, m: Mutant, read: (name: string, bytes: Uint8Array) => Promise<Source>) {
  const r = await outcome(() => read(name, m.bytes));
  if (r instanceof InputError) {
    expect(r.file, m.what).toBe(name);
    expect(r.message, m.what).toBe(`${name}: ${r.reason}`);
    expect(r.message, m.what).not.toMatch(/\n/);
    expect(r.reason, m.what).toMatch(/\p{L}{3,}/u);
    if (m.refused) expect(r.reason, m.what).toMatch(m.refused);
  } else {
    expect(m.refused, `${m.what}: read, not refused`).toBeUndefined();
    expect(typeof r.text, m.what).toBe("string");
  }
  return m.what.replace(/\d+/g, "N");
}

describe("mutated .docx files", () => {
  let good: ZipEntry[];
  beforeAll(async () => {
    good = await unzip(
      await makeDocx(
        [
          { heading: "Báo cáo tình hình kinh tế - xã hội năm 2023" },
          { runs: ["Năm 2023 tốc độ tăng trưởng kinh tế đạt 7,5%", { footnote: "Số liệu sơ bộ." }, "."] },
          "Thu ngân sách nhà nước đạt 1.500 tỷ đồng, bằng 110% dự toán.",
        ],
        [
          ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
          ["GRDP (%)", "7,0", "7,5"],
        ],
      ),
    );
  });

  it(`${RUNS} files: each read or refused with one line naming it, never a hang; the hostile ones refused`, async () => {
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(docxMutants(good), async (m) => {
        const kind = await check("bao-cao.docx", m, readDocx);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }),
      { numRuns: RUNS, seed: FC_SEED },
    );
    const runs = [...kinds.values()].reduce((a, b) => a + b, 0);
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    // Every hostile kind came up.
    for (const k of [
      /flipped/,
      /cut at/,
      /missing/,
      /twice/,
      /entry named/,
      /entity/,
      /nested/,
      /zeros/,
      /declaring/,
    ])
      expect(
        [...kinds.keys()].some((x) => k.test(x)),
        `${k} never generated`,
      ).toBe(true);
  });
});

describe("mutated .pdf files", () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await makePlainPdf([
      ["Bao cao tinh hinh kinh te - xa hoi nam 2023", "GRDP tang 7,5% so voi nam 2022."],
      ["Thu ngan sach dat 1.500 ty dong, bang 110% du toan."],
    ]);
    // The good file itself reads.
    const src = await readPdf("bao-cao.pdf", good);
    expect(src.text).toContain("7,5%");
  });

  it(`${RUNS} files: each read or refused with one line naming it, never a hang; the hostile ones refused`, async () => {
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(pdfMutants(good), async (m) => {
        const kind = await check("bao-cao.pdf", m, readPdf);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }),
      { numRuns: RUNS, seed: FC_SEED },
    );
    const runs = [...kinds.values()].reduce((a, b) => a + b, 0);
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    for (const k of [/flipped/, /cut at/, /blanked/, /Count/, /nested/, /loop/, /inflating/, /only/])
      expect(
        [...kinds.keys()].some((x) => k.test(x)),
        `${k} never generated`,
      ).toBe(true);
  });
});
