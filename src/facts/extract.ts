import { findAreas } from "../catalogue/areas.js";
import { linkIndicator } from "../catalogue/link.js";
import { buildDocument } from "../document/build.js";
import { headingNumbering } from "../document/headings.js";
import { documentInfo } from "../document/metadata.js";
import { splitSentences } from "../document/sentences.js";
import type { Block, DocumentTree, Section } from "../document/types.js";
import { type NumberToken, scanNumbers } from "../numbers/tokens.js";
import type { Mapped } from "../text/mapped.js";
import { positionAt, type Source } from "../text/source.js";
import { congressTerms, type SectionContext, SectionContexts } from "./context.js";
import * as cue from "./cues.js";
import { endYear, findPeriods, type PeriodMention, periodClass, samePeriodLastYear } from "./period.js";
import { tableFacts } from "./table.js";
import type { DocumentInfo, Fact, Kind, Measure } from "./types.js";

export interface Extraction {
  document: DocumentInfo;
  facts: Fact[];
}

/** Read a source through every stage: text → document tree → numbers → facts. */
export function extractSource(source: Source): Extraction {
  const tree = buildDocument(source);
  const info = documentInfo(tree);
  return { document: info, facts: factsOf(tree, info) };
}

export function factsOf(tree: DocumentTree, info: DocumentInfo): Fact[] {
  const env: Env = {
    source: tree.source,
    info,
    sections: new SectionContexts(info),
    // The year of writing: from the date, else the end of the period reported on; unknown stays NaN.
    refYear: info.date ? Number(info.date.slice(0, 4)) : info.period ? endYear(info.period) : Number.NaN,
    terms: congressTerms(
      tree.blocks
        .slice(0, 400)
        .map((b) => b.text.text)
        .join("\n"),
    ),
  };
  // A footnote's figures belong where its marker stands: that sentence's period and section.
  const footnoteHome = new Map<number, { block: Block; at: number }>();
  for (const b of tree.blocks)
    for (const r of b.refs) if (!footnoteHome.has(r.n)) footnoteHome.set(r.n, { block: b, at: r.at });
  const facts: Fact[] = [];
  for (const block of tree.blocks) {
    if (block.kind === "row") facts.push(...tableFacts(block, env));
    else if (block.kind === "footnote" && block.footnote !== undefined && footnoteHome.has(block.footnote)) {
      const home = footnoteHome.get(block.footnote) as { block: Block; at: number };
      facts.push(...blockFacts(block, env, home.block.section, periodAtMarker(home.block, home.at)));
    } else facts.push(...blockFacts(block, env));
  }
  return facts;
}

/** The period in force where a footnote marker stands: the last one written before it in its sentence. */
function periodAtMarker(block: Block, at: number): PeriodMention | null {
  for (const s of splitSentences(block.text)) {
    if (!s.map.length || s.map[0] > at || s.map[s.map.length - 1] < at - 1) continue;
    let idx = s.map.findIndex((o) => o >= at);
    if (idx < 0) idx = s.text.length;
    const ps = findPeriods(s.text).filter(
      (p) => !p.base && !p.named && p.end <= idx && usableDay(p) && !closedBracketBetween(s.text, p.end, idx),
    );
    return ps.length ? ps[ps.length - 1] : null;
  }
  return null;
}

/** A single day is a period only as a stock date ("đến ngày 19/6/2023"), not as an event's date. */
/** "từ năm 2020 đến nay", "giai đoạn 2021 đến nay": from that year to the time of writing. */
function sinceThen(periods: PeriodMention[], text: string, refYear: number): PeriodMention[] {
  if (!refYear) return periods;
  return periods.map((p) => {
    if (p.cls !== "year" || p.base) return p;
    const before = text.slice(Math.max(0, p.start - 20), p.start);
    const after = text.slice(p.end, p.end + 14);
    if (
      /(?:từ|giai đoạn)\s*(?:năm\s*)?$/iu.test(before) &&
      /^\s*(?:đến|tới)\s*(?:nay|hiện nay|thời điểm này)/iu.test(after)
    ) {
      const from = Number(p.code);
      if (from < refYear) return { ...p, code: `${from}/${refYear}`, cls: "span" as const };
    }
    return p;
  });
}

function usableDay(p: PeriodMention): boolean {
  return !/^\d{4}-\d{2}-\d{2}$/.test(p.code) || p.until;
}

export interface Env {
  source: Source;
  info: DocumentInfo;
  sections: SectionContexts;
  refYear: number;
  terms: Map<string, [number, number]>;
}

/**
 * Raw text and position of a span of mapped text. A figure is written on one line: a span that
 * the joining of wrapped lines let run onto the next one is cut at the line's end.
 */
export function place(env: Env, m: Mapped, start: number, end: number) {
  const a = m.map[start];
  let b = m.map[end - 1] + 1;
  const nl = env.source.text.indexOf("\n", a);
  const cut = nl !== -1 && nl < b;
  if (cut) b = nl;
  const pos = positionAt(env.source, a);
  return {
    value_text: env.source.text.slice(a, b).replace(/[\s\-–÷/%]+$/u, (x) => (cut ? "" : x)),
    line: pos.line,
    column: pos.column,
    page: pos.page,
    cut,
  };
}

function blockFacts(block: Block, env: Env, home?: Section, inherited: PeriodMention | null = null): Fact[] {
  const ctx = env.sections.get(home ?? block.section);
  const out: Fact[] = [];
  // Periods met earlier in the paragraph carry to its later sentences, and so does an
  // estimate announced at the head of a sentence ("Dự ước …", "Ước tính …").
  let paragraphPeriod: PeriodMention | null = inherited;
  let paragraphEstimate = false;
  let paragraphEstimateStrong = false;
  // The first figure of the last sentence that had one: "Trong đó, năm 2020 ước đạt 3.250 tỷ
  // đồng" names no subject and is a part of that figure's.
  let lastHead: Frame | null = null;
  const numbering = block.kind !== "footnote" ? headingNumbering(block.text.text) : null;
  // Numbers that open a block are its numbering: "1.1.", a footnote's "2", a list row's "1".
  const rowNumber = /^\s*\d{1,3}\s+(?=\p{Lu})/u.exec(block.text.text);
  const skipUntil = numbering
    ? numbering.rest
    : (block.footnote || rowNumber) && /^\s*\d{1,3}\s/.test(block.text.text)
      ? (/^\s*\d{1,3}/.exec(block.text.text)?.[0].length ?? 0)
      : 0;
  for (const sentence of splitSentences(block.text)) {
    const text = sentence.text;
    if (!/\d/.test(text)) {
      // No figure, no period: only what it says of estimates carries on.
      paragraphEstimate = (headEstimate(text) || openingEstimate(text)) && !cue.RESULT.test(text);
      paragraphEstimateStrong = headEstimate(text) && !cue.RESULT.test(text);
      continue;
    }
    // Sentences are views of the block's map: their offset is where their view starts.
    const offsetInBlock =
      (sentence.map.byteOffset - block.text.map.byteOffset) / Int32Array.BYTES_PER_ELEMENT;
    const periods = sinceThen(findPeriods(text).filter(usableDay), text, env.refYear);
    const cues = new SentenceCues(text);
    const display = /\s\s|[\t\n\r\u00a0]/.test(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
    const tokens = scanNumbers(text);
    const firstFigure =
      tokens.find((t) => !t.skip && offsetInBlock + t.start >= skipUntil)?.start ?? text.length;
    let prev: Frame | null = null;
    let head: Frame | null = null;
    for (const tok of tokens) {
      if (tok.skip) continue;
      if (offsetInBlock + tok.start < skipUntil) continue;
      const frame = frameOf(
        tok,
        text,
        periods,
        prev,
        paragraphPeriod,
        paragraphEstimate,
        paragraphEstimateStrong,
        firstFigure,
        ctx,
        env,
        block,
        cues,
        prev ? null : lastHead,
      );
      if (!frame) continue;
      const pos = place(env, sentence, tok.start, tok.end);
      const fact: Fact = {
        doc: env.source.name,
        line: pos.line,
        column: pos.column,
        value_text: pos.value_text,
        value: frame.value,
        unit: frame.unit,
        measure: frame.measure,
        kind: frame.kind,
        period: frame.period,
        indicator: {
          code:
            linkIndicator(frame.subject, frame.measure, text) ??
            linkIndicator(clauseBefore(text, prev ? prev.tok.after : 0, tok.start), frame.measure, text),
          text: frame.subject,
        },
        area: frame.area,
        qualifier: tok.qualifier,
        sentence: display,
      };
      // Optional fields only where they hold something (FACTS.md).
      if (tok.valueMax !== undefined && !pos.cut) fact.value_max = tok.valueMax;
      if (tok.total !== undefined) fact.total = tok.total;
      if (frame.base) fact.base = frame.base;
      if (pos.page !== undefined) fact.page = pos.page;
      out.push(fact);
      prev = frame;
      head ??= frame;
    }
    if (head) lastHead = head;
    const last = [...periods]
      .reverse()
      .find(
        (p) =>
          !p.base &&
          !p.named &&
          p.cls !== "span" &&
          !/^\d{4}-\d{2}-\d{2}$/.test(p.code) &&
          !insideBracket(text, p.start),
      );
    // An opening estimate carries to the next sentence only ("Dự ước năm 2023, lượng khách…
    // Tổng doanh thu … đạt 1.750 tỷ đồng"), not to the rest of the paragraph.
    // It goes on through sentences that only list more figures without a verb of their own.
    const listing: boolean =
      paragraphEstimate &&
      /\d/.test(text) &&
      !/(?<![\p{L}])(?:đạt|là|thực hiện)(?![\p{L}])/iu.test(text.slice(0, Math.max(0, text.search(/\d/))));
    paragraphEstimate = ((headEstimate(text) || openingEstimate(text)) && !cue.RESULT.test(text)) || listing;
    // "Dự ước …" opening a sentence carries to the next whatever its verb.
    paragraphEstimateStrong = headEstimate(text) && !cue.RESULT.test(text);
    if (last) paragraphPeriod = last;
  }
  return out;
}

interface Frame {
  tok: NumberToken;
  value: number;
  unit: string;
  measure: Measure;
  kind: Kind;
  period: string;
  subject: string;
  area: string;
  base?: string;
  /** The first figure of the clause, whose subject this one shares. */
  head?: Frame;
}

const STRIP_LEAD =
  /^(?:[\s,.;:()\-–+•*]|\(?\d{1,2}\)\s*[-.]?|trong đó|riêng|còn|và|với|cùng với|đồng thời|dự ước|ước tính|ước|dự kiến|bao gồm|gồm|cụ thể|theo đó|tổng số|toàn tỉnh|toàn huyện|trên địa bàn(?: tỉnh| huyện)?|đến nay|hiện nay|hiện|nâng|có|là|đạt|đã|được|năm \d{4}|\d{4}|giai đoạn \d{4}\s*[-–]\s*\d{4}|đến năm \d{4}|đến hết năm \d{4}|6 tháng đầu năm \d{4}|sáu tháng đầu năm \d{4}|cả năm|cuối năm|đầu năm|năm nay|dự kiến|phấn đấu|phần đầu|phân đấu)(?![\p{L}])\s*/iu;
const STRIP_TAIL =
  /(?:\s*[\s,:=(\-–]|(?<![\p{L}])(?:chưa đạt|không đạt|chỉ đạt|mới đạt|cơ bản đạt|ước đạt|dự ước|ước thực hiện|ước tính|ước|đạt được|đạt|là|có|được|chiếm|chiếm tỷ lệ|tăng|giảm|còn|xuống|lên|từ|khoảng|trên|hơn|gần|dưới|tối thiểu|ít nhất|bình quân|trung bình|mỗi năm|hằng năm|hàng năm|với|cho|thêm|tới|đến|lên tới|nâng lên|ở mức|mức|xếp thứ|xếp hạng|đứng thứ|thứ|vượt|bằng|năm \d{4}|\d{4}))$/iu;

function cleanSubject(s: string): string {
  let t = s.replace(/\s+/g, " ").trim();
  for (let i = 0; i < 8; i++) {
    const before = t;
    t = t.replace(STRIP_LEAD, "").replace(STRIP_TAIL, "").trim();
    if (t === before) break;
  }
  return t.replace(/^[“"(<>≤≥]+|[”")<>]+$/g, "").trim();
}

/** The noun phrase a number is said of: the words before its verb, back to the clause start. */
function subjectOf(left: string): string {
  const clause = (left.split(/[;:]|\.\s/).pop() ?? "").replace(/\s(?:so với|so sánh với)\s.*$/iu, " ");
  const parts = clause.split(/,\s+/);
  // The last piece that names something: "tốc độ tăng trưởng đạt khá, tăng 7,06%" is about
  // the growth rate; "nông, lâm nghiệp và thủy sản" keeps its one-word piece.
  while (parts.length) {
    let s = parts.pop() ?? "";
    while (parts.length && parts[parts.length - 1].trim().split(/\s+/).length <= 1)
      s = `${parts.pop()}, ${s}`;
    const verb = /\s(?:đạt|chiếm|là)(?:\s|$)/iu.exec(` ${s} `);
    let cut = cleanSubject(verb && verb.index > 0 ? s.slice(0, verb.index - 1) : s);
    // "phấn đấu đạt tốc độ tăng trưởng…": what is reached comes after the verb.
    if (
      verb &&
      ((!cut && s.slice(0, verb.index).trim() !== "") ||
        /^(?:phấn đấu|phần đầu|phần đấu|phân đấu|bảo đảm|đảm bảo|duy trì|giữ vững|nâng|cố gắng)$/iu.test(cut))
    ) {
      cut = cleanSubject(s.slice(verb.index + verb[0].length - 1));
    }
    if (cut && !/^(?:so với|so|với)\b/iu.test(cut)) return cut;
  }
  return "";
}

/** The words right after a figure name a thing (not "so với …", not a verb). */
function nounAfter(after: string, unit: string): boolean {
  const object = /^[^,;.()]{0,80}/u.exec(after)?.[0] ?? "";
  if (
    /^\s*(?:so với|so|của|kế hoạch|KH|dự toán|NQ|tăng|giảm|trở lên|trở xuống|năm|\/)(?![\p{L}])/iu.test(
      object,
    )
  )
    return false;
  return cleanSubject(`${unit === "%" ? "" : unit} ${object}`).split(/\s+/).length >= 2;
}

function frameOf(
  tok: NumberToken,
  text: string,
  periods: PeriodMention[],
  prev: Frame | null,
  paragraphPeriod: PeriodMention | null,
  paragraphEstimate: boolean,
  paragraphEstimateStrong: boolean,
  firstFigure: number,
  ctx: SectionContext,
  env: Env,
  block: Block,
  cues: SentenceCues,
  carry: Frame | null = null,
): Frame | null {
  const prevAfter = prev ? prev.tok.after : 0;
  const local = text.slice(prevAfter, tok.start);
  const before = text.slice(0, tok.start);
  const after = text.slice(tok.after);
  let unit = tok.unit;

  // The subject: this number's own, or the one its clause is about.
  // What follows a figure up to the next comma is that figure's complement ("78,3% trạm y tế
  // …, tăng 27,5%"): the next figure's subject starts after it.
  const own =
    prev && !/^\s*[;:]/.test(local) && /,/.test(local) ? local.slice(local.indexOf(",") + 1) : local;
  let subject = subjectOf(own.replace(/\([^()]*\)/g, " "));
  // A figure continues the previous one's subject when nothing new is named between them, or
  // when they stand in one phrase ("250/265 đơn … đạt tỷ lệ 94,3%").
  const inherited =
    !!prev &&
    !/[;]/.test(local) &&
    (!subject || (!/[,(]/.test(local) && /(?:đạt|chiếm)(?: tỷ lệ)?\s*$/iu.test(local)));
  // After a semicolon a figure followed by its own noun phrase starts a new item ("…; trên 70%
  // trường học đạt kiểm định chất lượng"); one followed by nothing new goes on with the last.
  if (!subject && prev && !(/;/.test(local) && unit && nounAfter(text.slice(tok.after), unit)))
    subject = prev.subject;
  if (!subject && carry && carry.unit === unit && /^\s*(?:trong đó|riêng|cụ thể)(?![\p{L}])/iu.test(text))
    subject = carry.subject;
  if ((!subject || /^(?:có|gồm|với|cho)$/i.test(subject)) && unit) {
    // "(15) Trên 94% số hộ được sử dụng điện lưới quốc gia": the subject follows the number.
    const object = /^[^,;.()]{0,80}/u.exec(text.slice(tok.after))?.[0] ?? "";
    const named = /^\s*(?:so với|so|của|kế hoạch|KH|dự toán|NQ)(?![\p{L}])/iu.test(object)
      ? ""
      : cleanSubject(`${unit === "%" ? "" : unit} ${object}`);
    if (named) subject = named;
  }
  if (!subject) subject = cleanSubject(block.section.title).slice(0, 120);
  // "đạt 7,5% (kế hoạch 7,0%)": the target of the figure before it, in its terms.
  const planBeside = !!prev && prev.unit === unit && cue.PLAN_BESIDE.test(local);
  if (planBeside && prev) subject = prev.subject;

  // Whether the clause is about a rate: then its "tăng 0,5%" is a change in points, while the
  // "tăng 8,65%" after an amount and its share is the amount's growth.
  const head = inherited ? (prev?.head ?? prev) : null;
  const rateSubject =
    cue.RATE_SUBJECT.test(subject) ||
    cue.ENROLMENT_RATE.test(before.slice(before.lastIndexOf(";") + 1)) ||
    (!!head && (head.measure === "share" || (head.measure === "rate" && /^[%‰]/.test(head.unit))));
  // "Vượt" later in the clause of a share is in points too ("trên 90% tổ chức … hoàn thành tốt
  // nhiệm vụ, không có tổ chức yếu kém, vượt 8,5% NQ").
  const exceedsShare = prev?.measure === "share" && !/;/.test(local) && /(?<![\p{L}])vượt\s*$/iu.test(local);
  const measure =
    planBeside && prev
      ? prev.measure
      : measureOf(tok, unit, local, after, subject, rateSubject || exceedsShare, inherited ? prev : null);
  if (measure === "share" && !unit) unit = "%";

  // Kind: the section's default, then the words around the number.
  let kind: Kind = ctx.forward ? "target" : "actual";
  const clause = before.slice(before.lastIndexOf(";") + 1);
  const clauseStart = before.lastIndexOf(";") + 1;
  const estimateAt = cues.last(cue.ESTIMATE, tok.start);
  const resultAt = cues.last(cue.RESULT, tok.start);
  // An estimate word covers its clause; one written before the sentence's first figure
  // also covers the later clauses that have no verb of their own ("Tổng đàn gia súc ước đạt
  // 545.533 con (…; đàn bò 98.447 con…)"); one that opens the sentence ("Dự ước …") covers
  // the sentence and the rest of the paragraph.
  const clauseEstimate = cues.last(cue.ESTIMATE, tok.start, clauseStart) >= 0;
  const firstNumber = firstFigure;
  const headOfSentence = estimateAt >= 0 && estimateAt < firstNumber && firstEstimate(text) < firstNumber;
  const clauseLead = clause.slice(0, Math.max(0, clause.search(/\d/)) || clause.length);
  // A verb of its own, after a subject of its own ("; tỷ lệ dân số … đạt 99,6%"); a clause that
  // starts with the verb ("; đạt 1.273 tỷ đồng") goes on with the same subject.
  const ownVerb =
    /[\p{L}\d)]\s+(?<!ước )(?:đạt|là|có)(?![\p{L}])/iu.test(clauseLead.trim() ? ` ${clauseLead}` : "") &&
    !/^\s*(?:đạt|là|có)(?![\p{L}])/iu.test(clauseLead);
  if (
    estimateAt >= 0 &&
    estimateAt > resultAt &&
    (clauseEstimate || headEstimate(text) || (headOfSentence && !ownVerb))
  )
    kind = "estimate";
  else if (
    paragraphEstimate &&
    resultAt < 0 &&
    !ctx.forward &&
    cues.last(STOCK_NOW, tok.start) < 0 &&
    (paragraphEstimateStrong || !ownVerb)
  )
    kind = "estimate";
  else if (
    // "(ước tăng 26,8%); trong đó, vốn ngoài ngân sách tăng 34,86%": the parts of an estimate
    // are estimates.
    (prev ?? carry)?.kind === "estimate" &&
    resultAt < clauseStart &&
    /^\s*(?:trong đó|cụ thể|bao gồm)(?![\p{L}])/iu.test(clause)
  )
    kind = "estimate";
  else if (ctx.forward && resultAt >= 0) kind = "actual";
  // "Phấn đấu …" sets targets for the rest of its sentence when it opens a clause
  // ("…; phấn đấu giải ngân…"), not when it is a plain verb ("động lực để họ phấn đấu").
  let scopeAt = cues.last(cue.TARGET_SCOPE, tok.start);
  if (scopeAt >= 0 && !/(?:^|[;:.(]|\d\)\s*-?|,)\s*(?:[\p{L}\d]+\s+){0,2}$/u.test(before.slice(0, scopeAt)))
    scopeAt = -1;
  if (scopeAt >= 0 && scopeAt > before.lastIndexOf(";") + Math.max(resultAt, estimateAt)) kind = "target";
  if (measure !== "pct_of_target" && cue.TARGET_NEAR.test(local.slice(-160))) kind = "target";
  if (cue.FORECAST.test(local)) kind = "forecast";
  if (planBeside) kind = "target";

  // Period: the number's own, its clause's, its sentence's, its paragraph's, its section's.
  let period = periodOf(
    tok,
    text,
    periods,
    clause,
    prevAfter,
    paragraphPeriod,
    ctx,
    env,
    measure,
    unit,
    kind,
    inherited ? prev : null,
    cues,
  );
  // In a plan, an "ước" figure for the plan's own period is still part of the plan.
  if (
    kind === "estimate" &&
    ctx.forward &&
    env.info.plan_period &&
    period &&
    endYear(period) >= endYear(env.info.plan_period)
  )
    kind = "target";
  // A result for a period that had not ended when the report was written is an estimate.
  if (kind === "actual" && !ctx.forward && period) {
    const ahead =
      periodClass(period) === "span"
        ? Number(period.slice(0, 4)) > env.refYear
        : endYear(period) > env.refYear;
    if (ahead) kind = "estimate";
  }
  if (!period) period = env.info.period;

  // Base.
  let base: string | undefined;
  if (measure === "growth" || measure === "change" || measure === "multiple" || measure === "pct_of_target") {
    base = baseOf(after, period, measure);
  }

  // Compared with a span ("so với giai đoạn 2016-2020"), a figure is about the next span.
  if (base && /^\d{4}\/\d{4}$/.test(base) && periodClass(period) !== "span") {
    const [ba, bb] = base.split("/").map(Number);
    period = `${bb + 1}/${bb + 1 + (bb - ba)}`;
  }

  // Area: the document's, unless the clause names another unit right before the number.
  let area = env.info.area;
  const seg = local.split(/[;(]/).pop() ?? "";
  const mentions = AREA_WORD.test(seg) ? findAreas(seg) : [];
  const last = mentions[mentions.length - 1];
  if (last && last.area !== env.info.area && seg.length - last.end < 40) area = last.area;
  if (
    /(?:cả nước|toàn quốc)[^,;]{0,30}$/iu.test(local) ||
    (/^\s*\)?\s*(?:của\s+)?cả nước/iu.test(after) && false)
  )
    area = "cả nước";

  let value = tok.value;
  if ((measure === "growth" || measure === "change") && cue.DECREASE.test(local.slice(-40)) && value > 0)
    value = -value;
  const frameHead = inherited && prev ? (prev.head ?? prev) : undefined;
  return {
    tok,
    value,
    unit,
    measure,
    kind,
    period,
    subject: subject.slice(0, 160),
    area,
    base,
    head: frameHead,
  };
}

/** An estimate word that opens a sentence: "Dự ước …", "Ước tính …", "Năm 2023, ước …". */
function headEstimate(sentence: string): boolean {
  cue.ESTIMATE.lastIndex = 0;
  const m = cue.ESTIMATE.exec(sentence);
  if (!m) return false;
  const lead = sentence.slice(0, m.index);
  return /^\s*(?:[\p{L}]+\s+(?:19|20)\d\d\s*,\s*)?$/u.test(lead) || /:\s*$/.test(lead);
}

/** An estimate word before the sentence's first figure (its list or footnote number aside). */
function openingEstimate(sentence: string): boolean {
  const lead = /^\s*\(?\d{1,3}[).]?\s/.exec(sentence)?.[0].length ?? 0;
  const first = sentence.slice(lead).search(/\d/);
  const at = firstEstimate(sentence);
  return at >= 0 && first >= 0 && at < lead + first;
}

function firstEstimate(sentence: string): number {
  cue.ESTIMATE.lastIndex = 0;
  const m = cue.ESTIMATE.exec(sentence);
  return m ? m.index : -1;
}

/** A quick test before looking for administrative units in a phrase. */
const AREA_WORD = /tỉnh|huyện|xã|thành phố|thị|phường|cả nước|toàn quốc|TỈNH|HUYỆN|XÃ/u;

/** Verbs of things done over a span of time. */
const EVENT =
  /(?<![\p{L}])(?:hoàn thành|giải quyết|tuyển quân|tuyển dụng|kết nạp|thu hồi|quán triệt|bồi dưỡng|tổ chức|xây mới|sửa chữa|hỗ trợ|vận động|thu hút|phê duyệt|kiểm tra|giám sát|kỷ luật|xử lý|phát hiện|bắt giữ|điều tra|tiếp nhận|triển khai|xếp loại|luân chuyển|điều động|tinh giản|sắp xếp|khen thưởng|tuyên truyền)(?![\p{L}])/iu;
/** Nouns of states measured at a time. */
const STATE =
  /(?<![\p{L}])(?:diện tích|quy mô|tài khoản|dân số|tổng đàn|vùng (?:sản xuất|trồng)|hiện trạng|được công nhận|cây [\p{L}]+(?: [\p{L}]+)?)(?![\p{L}])/iu;

const REPORT_TIME = /thời điểm báo cáo/giu;
const TERM_SO_FAR = /(?:từ|trong) (?:đầu )?nhiệm kỳ/giu;
const WHOLE_AREA_HAS = /(?<![\p{L}])toàn (?:tỉnh|huyện|xã) có(?![\p{L}])/giu;

/** Words that date a stock to the time of writing: "hiện có", "lũy kế", "đến nay". */
const STOCK_NOW =
  /(?<![\p{L}])(?<!(?:thực|thể|xuất|phát|biểu) )(?:hiện có|hiện nay|đến nay|lũy kế|luỹ kế|tính đến nay)(?![\p{L}])/giu;

/** The cue words of one sentence, found once: every figure asks what stands before it. */
class SentenceCues {
  private found = new Map<RegExp, [number, number][]>();
  constructor(private text: string) {}

  /** Start of the last match of `re` lying wholly in text[from, to), or -1. */
  last(re: RegExp, to: number, from = 0): number {
    let list = this.found.get(re);
    if (!list) {
      list = [];
      re.lastIndex = 0;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) list.push([m.index, m.index + m[0].length]);
      this.found.set(re, list);
    }
    let at = -1;
    for (const [s, e] of list) {
      if (e > to) break;
      if (s >= from) at = s;
    }
    return at;
  }
}

function measureOf(
  tok: NumberToken,
  unit: string,
  local: string,
  after: string,
  subject: string,
  rateSubject: boolean,
  prev: Frame | null,
): Measure {
  // The verbs that decide a measure stand right before the figure: test only that end, since
  // patterns anchored at the end would otherwise be tried at every position of a long clause.
  const tail = local.slice(-90);
  if (cue.RANK_VERB.test(tail)) return "rank";
  // "là một trong 19 tỉnh", "thuộc tốp đầu của 14 tỉnh": a place among N.
  if (
    /(?<![\p{L}])(?:một trong(?: số)?|tốp(?: \d+)? đầu của|top(?: \d+)? đầu của|nhóm đầu của)\s*$/iu.test(
      local,
    )
  )
    return "rank";
  if (tok.form === "fraction") return tok.total === 100 && /điểm/.test(unit) ? "score" : "count_of_total";
  if (unit === "lần") return "multiple";
  // "tăng từ 83,4% … lên 92%": the figure after "từ" is where it started, not the change.
  const fromStart =
    /(?:tăng|giảm)\s+(?:\S+\s+){0,3}?từ\s*$/iu.test(local) &&
    tok.form !== "range" &&
    /^[^;]{0,80}?(?:(?<!trở)\slên|\sxuống|\scòn)\s/iu.test(after);
  const toLevel = cue.TO_LEVEL.test(tail);
  const change = cue.CHANGE_VERB.test(tail) && !toLevel && !fromStart;
  // "tăng 41 dự án và hơn 4.800 tỷ đồng": figures joined to a change are changes too.
  if (
    prev?.measure === "change" &&
    !/%|‰/.test(unit) &&
    /^\s*(?:và|,)\s*(?:hơn|trên|khoảng|gần)?\s*$/iu.test(local)
  )
    return "change";
  if (/^mức (?:giảm|tăng)(?![\p{L}])/iu.test(subject)) return "change";
  // "(tăng 99 người 1,09% so với năm 2022)": the percent beside an absolute change is its growth.
  const besideChange = prev?.measure === "change" && !/%/.test(prev.unit) && /^\s*[(,]?\s*$/.test(local);
  if (/^(?:%|‰)/.test(unit) || /điểm\s*(?:%|phần trăm)/.test(unit)) {
    if (/điểm/.test(unit)) return "change";
    if (/^‰/.test(unit)) return change ? "change" : "rate";
    const exceed = cue.EXCEED.test(tail);
    // "vượt" after a rate or a change is measured in points.
    const pointsContext =
      rateSubject ||
      (!!prev &&
        ["share", "growth", "change"].includes(prev.measure) &&
        /^[\s,;]*vượt/iu.test(local.trimStart()));
    if (toLevel) return "share";
    if (cue.OF_TARGET_AFTER.test(after) || tok.glued) {
      if (exceed && pointsContext) return "change";
      if (change) return rateSubject ? "change" : "growth";
      if (tok.glued && /theo chỉ tiêu/iu.test(after.slice(0, 60))) return "share";
      return "pct_of_target";
    }
    if (exceed) return pointsContext ? "change" : "pct_of_target";
    if (change || besideChange) return rateSubject ? "change" : "growth";
    if (/bằng\s*$/iu.test(local) && cue.INDEX_AFTER.test(after)) return "growth";
    if (/\/năm/.test(unit) && !rateSubject) return "growth";
    if (/tăng trưởng|tốc độ tăng|tốc độ phát triển/iu.test(subject) && !rateSubject) return "growth";
    // A disbursement rate is money paid out against the capital planned for the year.
    if (/(?<![\p{L}])giải ngân(?![\p{L}])/iu.test(`${subject} ${local}`)) return "pct_of_target";
    return "share";
  }
  if (change) return "change";
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
    /tiêu chí\//.test(unit)
  )
    return "rate";
  if (/(?:bình quân|thu nhập) đầu người|\/\s*đầu người/iu.test(subject) && /đồng|USD/iu.test(unit))
    return "rate";
  if (/\/năm$/.test(unit) && /(?<![\p{L}])(?:bình quân|mỗi năm|hằng năm|hàng năm)(?![\p{L}])/iu.test(local))
    return "rate";
  if (
    /^(?:bác s[ĩỹ]|giường|cán bộ)/iu.test(unit) &&
    /vạn|10\.000|\/\s*xã|trên\s+0?1/.test(`${local}${subject}${after.slice(0, 20)}`)
  )
    return "rate";
  if (/^điểm/.test(unit) && cue.SCORE_SUBJECT.test(subject + local)) return "score";
  return "level";
}

function periodOf(
  tok: NumberToken,
  text: string,
  periods: PeriodMention[],
  clause: string,
  prevAfter: number,
  paragraphPeriod: PeriodMention | null,
  ctx: SectionContext,
  env: Env,
  measure: Measure,
  unit: string,
  kind: Kind,
  prev: Frame | null,
  cues: SentenceCues,
): string {
  // A plan's or a name's dates and what stands in a closed bracket before the number are
  // not the number's period (only its own, right after it, is).
  const all = periods.filter((p) => !p.base);
  const usable = all.filter(
    (p) => (!p.named || kind === "target") && !closedBracketBetween(text, p.end, tok.start),
  );
  // The number's own: right after it, "(năm 2015)", " năm 2020", "(GD 2021-2023)".
  const section0 = ctx.period ?? env.info.period;
  // In a half-year report, "năm 2023" beside a result names the year's programme, while the
  // figure is the half-year's.
  const narrow = (code: string) =>
    !ctx.forward &&
    kind !== "target" &&
    section0 &&
    periodClass(section0) === "sub" &&
    periodClass(code) === "year" &&
    endYear(code) === endYear(section0)
      ? section0
      : code;
  const own = all.find(
    (p) =>
      p.start >= tok.after &&
      p.start - tok.after <= 14 &&
      /^[\s(,]*(?:năm|tính đến|đến|GD|giai đoạn|ngày|tháng|quý|\d)/iu.test(
        text.slice(tok.after, p.start + 4),
      ),
  );
  if (own) return narrow(own.code);
  // Written between the previous figure and this one.
  const near = [...usable].reverse().find((p) => p.end <= tok.start && p.start >= prevAfter);
  if (near) return narrow(averaged(near, clause, unit, ctx, env, kind));
  // "cả năm", "cuối năm", "hết năm", "năm nay" without a year: the year of the part reported on.
  const part = ctx.period ?? env.info.period;
  if (
    part &&
    /(?<![\p{L}])(?:cả năm|cuối năm|hết năm|năm nay)(?![\p{L}]|\s*\d)/iu.test(
      text.slice(prevAfter, tok.start),
    )
  ) {
    return String(endYear(part));
  }
  // A figure that continues its clause's subject ("…, tăng 7,86%", "…, đạt 93,13% so với NQ")
  // is about the same period, unless it is a yearly average over a span.
  if (
    prev?.period &&
    !(isAverage(text.slice(prevAfter, tok.after), unit) && (measure === "growth" || measure === "change"))
  )
    return prev.period;
  const earlier = [...usable].reverse().find((p) => p.end <= tok.start);
  if (earlier) return narrow(averaged(earlier, clause, unit, ctx, env, kind));
  const segEnd = after(text, tok.after);
  const later = usable.find((p) => p.start >= tok.after && p.end <= segEnd);
  if (later) return narrow(later.code);
  // Points above a target ("vượt 8,5% NQ") are no yearly rate, whatever "hằng năm" says nearby.
  const average =
    isAverage(clause, unit) && !(measure === "change" && cue.OF_TARGET_AFTER.test(text.slice(tok.after)));
  const section = ctx.period ?? (ctx.forward ? env.info.plan_period : null) ?? env.info.period;

  // "Đến thời điểm báo cáo", "đến nay": the time of writing, whatever the paragraph said.
  const now = cues.last(STOCK_NOW, tok.start) >= 0 || cues.last(REPORT_TIME, tok.start) >= 0;
  if (paragraphPeriod && !now && !(average && section && periodClass(section) === "span"))
    return paragraphPeriod.code;
  if (!section) return "";
  // A yearly target under "chỉ tiêu đến năm 2030" holds over the plan's span.
  const plan = env.info.plan_period;
  if (
    ctx.forward &&
    periodClass(section) === "year" &&
    plan &&
    periodClass(plan) === "span" &&
    endYear(plan) === endYear(section)
  ) {
    const [pa, pb] = plan.split("/").map(Number);
    if (average && /^%/.test(unit) && (measure === "growth" || measure === "change"))
      return `${pb - pa === 5 ? pa + 1 : pa}/${pb}`;
    if (average || EVENT.test(eventPhrase(text, tok, prevAfter, measure))) return plan;
  }
  if (periodClass(section) !== "span") return section;
  const [a, b] = section.split("/").map(Number);
  // A term or plan span. Forward: yearly targets are about the whole span, levels about its
  // end. Review: averages over the five-year plan, stocks at the time of writing, totals over
  // the term.
  if (ctx.forward) {
    // Yearly rates over a term's plan run over its five plan years; other yearly targets and
    // things to be done through the term hold over the term as written.
    if (average && /^%/.test(unit) && (measure === "growth" || measure === "change"))
      return `${b - a === 5 ? a + 1 : a}/${b}`;
    return average || EVENT.test(eventPhrase(text, tok, prevAfter, measure)) ? section : String(b);
  }
  const upTo = kind === "actual" && env.refYear && env.refYear < b ? env.refYear : b;
  // A target quoted in a term's review is the term's target.
  if (kind === "target") return section;
  // Yearly growth rates run over the plan years so far; other yearly figures over the term.
  if (average)
    return /^[%‰]/.test(unit) && (measure === "growth" || measure === "change")
      ? `${b - a === 5 ? a + 1 : a}/${upTo}`
      : section;
  const _before = text.slice(0, tok.start);
  // Stocks dated to the time of writing ("hiện có", "đến nay", "toàn huyện có 70 trường").
  // "Từ đầu nhiệm kỳ đến nay": what the term has done so far.
  if (cues.last(TERM_SO_FAR, tok.start) >= 0) return section;
  const atWriting =
    cues.last(STOCK_NOW, tok.start) >= 0 ||
    cues.last(WHOLE_AREA_HAS, tok.start) >= 0 ||
    /(?<![\p{L}])có\s+(?:\S+\s+){0,2}$/iu.test(text.slice(prevAfter, tok.start));
  if (atWriting) return String(upTo);
  // What was done over the term (tuyển quân 638/638, giải quyết xong 250/265 đơn, kết nạp
  // 1.194 đảng viên) is the term's; a state (100% xã có điện, diện tích 2.017 ha) is dated to
  // the time of writing.
  const clauseText = text.slice(Math.max(text.lastIndexOf(";", tok.start) + 1, 0), tok.start);
  const rateLike = measure === "share" || measure === "rate" || measure === "count_of_total";
  if (EVENT.test(eventPhrase(text, tok, prevAfter, measure))) return section;
  const stock = rateLike || STATE.test(clauseText);
  return stock ? String(upTo) : section;
}

function insideBracket(text: string, at: number): boolean {
  return text.lastIndexOf("(", at) > text.lastIndexOf(")", at);
}

/** A bracket opened after `from` and closed before `to`: "(… mục tiêu đến năm 2025 …)". */
function closedBracketBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  const open = text.lastIndexOf("(", from);
  const close = text.lastIndexOf(")", from);
  return open > close && between.includes(")");
}

/** Where a verb of doing must stand to govern a figure: right before a rate, in an amount's clause. */
function eventPhrase(text: string, tok: NumberToken, prevAfter: number, measure: Measure): string {
  const rateLike =
    measure === "share" || measure === "rate" || measure === "count_of_total" || measure === "pct_of_target";
  return rateLike
    ? text.slice(Math.max(prevAfter, tok.start - 60), tok.start)
    : text.slice(text.lastIndexOf(";", tok.start) + 1, tok.start);
}

function isAverage(clause: string, unit: string): boolean {
  if (/(?:triệu|nghìn)?\s*(?:đồng|USD)\/(?:người\/)?năm/iu.test(unit)) return false; // per head a year: a level
  if (/\/\s*năm/.test(unit)) return true;
  // A yearly average: "hằng năm", "mỗi năm", "tăng bình quân", "bình quân giai đoạn" — not
  // "dân số trung bình" (the mean population) nor "bình quân 14 tiêu chí/xã".
  return /(?<![\p{L}])(?:hằng năm|hàng năm|mỗi năm)(?![\p{L}])|(?:tăng|giảm|tăng trưởng|tốc độ|phát triển)[^,;]{0,30}(?:bình quân|trung bình)|(?:bình quân|trung bình)\s+(?:giai đoạn|cả giai đoạn|mỗi năm|hằng năm|hàng năm|\d{4})/iu.test(
    clause,
  );
}

/** A single year written beside a yearly average stands for the span that ends in it. */
function averaged(
  p: PeriodMention,
  clause: string,
  unit: string,
  ctx: SectionContext,
  env: Env,
  _kind: Kind,
): string {
  if (p.cls !== "year" || !isAverage(clause, unit)) return p.code;
  const section = ctx.period ?? env.info.period;
  if (!section || periodClass(section) !== "span" || endYear(section) !== endYear(p.code)) return p.code;
  const [a, b] = section.split("/").map(Number);
  return ctx.forward ? section : `${b - a === 5 ? a + 1 : a}/${b}`;
}

function after(text: string, from: number): number {
  const m = /[,;(]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

function baseOf(after: string, period: string, measure: Measure): string | undefined {
  if (measure === "pct_of_target") {
    const m =
      /^\s*(?:\(\s*)?(?:so với\s+|so\s+)?(?:mức\s+)?(kế hoạch|KH|nghị quyết|NQ|NQĐH|dự toán|chỉ tiêu|mục tiêu|kịch bản|yêu cầu|số vốn)/iu.exec(
        after,
      );
    const w = (m?.[1] ?? "").toLowerCase();
    if (/dự toán/.test(w)) return "budget_estimate";
    if (/nghị quyết|nq|chỉ tiêu|mục tiêu/.test(w)) return "resolution";
    return "plan";
  }
  const m = cue.BASE_AFTER.exec(after);
  if (!m) return undefined;
  const w = m[1];
  const y = /(\d{4})\s*[-–]\s*(\d{4})/.exec(w);
  if (y) return `${y[1]}/${y[2]}`;
  const one = /\d{4}/.exec(w);
  if (/cùng kỳ/iu.test(w)) return period ? samePeriodLastYear(period) : "same_period_last_year";
  if (one) return one[0];
  if (/năm trước/iu.test(w)) return period ? String(endYear(period) - 1) : "same_period_last_year";
  if (/kế hoạch|KH/iu.test(w)) return "plan";
  if (/nghị quyết|NQ|chỉ tiêu|mục tiêu/iu.test(w)) return "resolution";
  if (/dự toán/iu.test(w)) return "budget_estimate";
  return undefined;
}

/**
 * The words before a number back to the previous number, but not across a semicolon: after one
 * a new item starts ("… tăng trưởng kinh tế toàn ngành; tổng vốn đầu tư … tăng 14,36%" is not
 * the growth of the economy).
 */
function clauseBefore(text: string, from: number, to: number): string {
  const cut = text.lastIndexOf(";", to - 1);
  return text.slice(Math.max(from, cut + 1), to);
}
