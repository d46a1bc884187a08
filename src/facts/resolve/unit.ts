import { scanNumbers } from "../../numbers/tokens.js";
import { countedNounAt, nounCase, readUnit } from "../../numbers/units.js";
import { countingVerb } from "../cues.js";
import type { Figure, Scope } from "../figure.js";

/**
 * A bare figure in a list under a lead-in that names the unit ("Điểm trung bình từng môn như
 * sau:" over "- Toán: 6,12;") is in that unit. A figure that carries its own keeps it.
 */
export function unit(f: Figure, s: Scope): void {
  if (f.unit || /^\s*(?:%|‰)/.test(f.after)) return;
  if (s.lead?.unit && f.tok.form !== "fraction") {
    f.unit = s.lead.unit;
    return;
  }
  // "214 đảng viên (khiển trách 131, cảnh cáo 54, cách chức 17)": a bracket that breaks a count
  // into kinds, each named then counted, is counted in the same noun.
  const text = s.sentence.text;
  const open = text.lastIndexOf("(", f.tok.start);
  if (open >= 0 && open > text.lastIndexOf(")", f.tok.start) && Number.isInteger(f.tok.value)) {
    let head = f.prev;
    while (head && head.tok.after > open) head = head.prev;
    const close = text.indexOf(")", f.tok.after);
    const inside = text.slice(open + 1, close < 0 ? text.length : close);
    if (
      head?.unit &&
      head.measure === "level" &&
      /^\s*$/.test(text.slice(head.tok.after, open)) &&
      /^\s*[\p{L}][\p{L}\s]{0,30}?\s\d[\d.]*(?:\s*,\s*[\p{L}][\p{L}\s]{0,30}?\s\d[\d.]*)+\s*$/u.test(
        inside,
      ) &&
      readUnit(head.unit)?.counter
    ) {
      f.unit = head.unit;
      return;
    }
  }
  // ("HTX phi nông nghiệp 914 HTX (chiếm 38,3%), gồm công nghiệp 286, thương mại - dịch vụ 318,
  // vận tải 124": a list after "gồm" that breaks a count into kinds, each named then counted.)
  if (Number.isInteger(f.tok.value) && f.tok.form === "plain") {
    const from = Math.max(text.lastIndexOf(";", f.tok.start), text.lastIndexOf(":", f.tok.start));
    const clause = text.slice(from + 1, f.tok.start);
    const at = clause.search(/(?<![\p{L}])(?:bao gồm|gồm|trong đó)\s*:?\s+(?=[\p{L}])/iu);
    const list = at >= 0 ? clause.slice(at) : "";
    if (
      list &&
      /^(?:bao gồm|gồm|trong đó)\s*:?\s+(?:[\p{L}](?:[^\d;()]|\([^\d;()]*\)){0,40}?\s\d[\d.]*\s*,\s*)*[\p{L}](?:[^\d;()]|\([^\d;()]*\)){0,40}?\s*$/iu.test(
        list,
      )
    ) {
      let head = f.prev;
      while (head && head.tok.after > from + 1 + at) head = head.prev;
      while (head && /^[%‰]/.test(head.unit)) head = head.prev;
      if (head?.unit && head.measure === "level" && head.tok.after > from && readUnit(head.unit)?.counter) {
        f.unit = head.unit;
        return;
      }
    }
  }
  // ("Tổng số tổ chức đảng được kiểm tra là 1.520", "số đảng viên được kiểm tra là 4.334": the
  // number of what the clause counts is in that noun.)
  const counted = /(?:^|[,;:]\s*|\s)(?:tổng\s+)?số\s+([\p{Ll}\s]{2,60}?)\s+(?:là|đạt|có)\s*$/iu.exec(f.local);
  const noun = counted && Number.isInteger(f.tok.value) ? countedNounAt(counted[1], "start") : "";
  if (noun) {
    f.unit = noun;
    return;
  }
  // ("+ Dân sự: thụ lý 10.214, giải quyết 8.902" under "Thụ lý 29.786 vụ, việc; đã giải quyết
  // 26.823 vụ, việc": the verb counts in the noun it counted in before.)
  // (Only in the same part, and only a plain count.)
  const verbUnit = f.tok.form === "plain" ? s.doc.verbUnits.get(countingVerb(f.local)) : undefined;
  if (
    verbUnit &&
    verbUnit.section === s.section &&
    Number.isInteger(f.tok.value) &&
    !/^\s*(?:\/|%|lần)/u.test(f.after)
  ) {
    f.unit = verbUnit.unit;
    return;
  }
  // ("116,9 bé trai/100 bé gái, giảm 1,3 so với CK (118,2)", "(KH dưới 117)": the move and
  // the comparison of a figure, written bare, are in its unit.)
  const prev = f.prev;
  if (prev?.unit && !/^[%‰]/.test(prev.unit) && f.tok.form !== "fraction") {
    const between = text.slice(prev.tok.after, f.tok.start);
    // (A bare move needs its base named: "tăng 9,5." after an area may be a percent whose sign
    // was lost.)
    const compared =
      BASE_NAMED.test(between) || (MOVED.test(between) && /^\s*(?:so với|so|CK)(?![\p{L}])/u.test(f.after));
    if (between.length <= 50 && !/\d/.test(between) && compared) {
      f.unit = prev.unit;
      return;
    }
  }
  // ("huyện Thanh Miện 124,6; huyện Tứ Kỳ 121,8; thị xã Kinh Môn 120,3 bé trai/100 bé gái": a
  // list of places, each with its figure, names the unit once, after the last.)
  const chain = LIST_AFTER.exec(f.after);
  const named = f.local.slice(
    Math.max(f.local.lastIndexOf(";"), f.local.lastIndexOf(","), f.local.lastIndexOf(":")) + 1,
  );
  if (chain && /\p{Lu}[\p{Ll}]*\s*$/u.test(named) && !/\d/.test(named)) {
    const last = scanNumbers(f.after).find((t) => !t.skip && t.end === chain[0].length);
    if (last?.unit && !/^[%‰]/.test(last.unit)) {
      f.unit = last.unit;
      return;
    }
  }
  // "+ Huy chương Vàng: 118;", "- Hộ cận nghèo: 245", "- Thôn văn hóa: 412/440": a whole count
  // after a label that opens with what it counts is counted in that noun.
  const label = /^\s*(?:[-+•*]\s*)?([^\d:;()]{2,60}?)\s*:\s*$/u.exec(f.local)?.[1];
  if (!label || !Number.isInteger(f.tok.value) || /^(?:tỷ lệ|tỷ trọng|số|tổng)(?![\p{L}])/iu.test(label))
    return;
  const read = readUnit(label);
  // (Written as a title, "Huy chương Vàng": the noun in lower case; an acronym stays.)
  if (read?.counter) f.unit = nounCase(read.unit);
}

/** Words that set a figure against the one before it: a base or a plan beside it. */
const MOVED = /(?<![\p{L}])(?:tăng|giảm)(?![\p{L}])/u;
const BASE_NAMED = /(?<![\p{L}])(?:so với|cùng kỳ|CK|kế hoạch|KH|chỉ tiêu|mục tiêu|NQ)(?![\p{L}])/u;

/** "; huyện Tứ Kỳ 121,8; thị xã Kinh Môn 120,3": more places, each named then counted. */
const LIST_AFTER = /^(?:\s*[;,]\s*[\p{L}][^\d;,()]{0,40}?\p{Lu}[\p{Ll}]*\s+\d[\d.,]*)+/u;
