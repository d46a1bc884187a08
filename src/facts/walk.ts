import { findAreas } from "../catalogue/areas.js";
import { linkIndicator, linkPart } from "../catalogue/link.js";
import { STANDALONE } from "../document/datelines.js";
import { headingNumbering } from "../document/headings.js";
import { splitSentences } from "../document/sentences.js";
import type { Block, DocumentTree, Section } from "../document/types.js";
import { type NumberToken, scanNumbers } from "../numbers/tokens.js";
import { readUnit } from "../numbers/units.js";
import { findPeriods, type PeriodMention } from "../periods/mentions.js";
import * as cue from "./cues.js";
import { applyEstimateNotes, type EstimateNote, estimateNoteOf, within } from "./estimate-note.js";
import type { DocScope, Figure, LeadScope, ParagraphScope, Scope, SentenceScope } from "./figure.js";
import { leadKind } from "./lead.js";
import { place } from "./place.js";
import { RESOLVERS } from "./resolve/index.js";
import { headEstimate, openingEstimate } from "./resolve/kind.js";
import { closedBracketBetween, insideBracket } from "./resolve/period.js";
import { documentScope } from "./scope.js";
import { SentenceCues } from "./sentence-cues.js";
import { tableFacts } from "./table-row.js";
import type { DocumentInfo, Fact } from "./types.js";

/**
 * The walk: document → section → block (paragraph, item, footnote, table row) → sentence →
 * number. It carries a scope down these levels and hands each number, with its scope, to the
 * resolvers (resolve/index.ts).
 */
export function factsOf(tree: DocumentTree, info: DocumentInfo): Fact[] {
  const doc = documentScope(tree, info);
  // A footnote's figures belong where its marker stands: that sentence's period and section.
  const footnoteHome = new Map<number, { block: Block; at: number }>();
  for (const b of tree.blocks)
    for (const r of b.refs) if (!footnoteHome.has(r.n)) footnoteHome.set(r.n, { block: b, at: r.at });
  const facts: Fact[] = [];
  // The lead-in in force: "… đạt được một số kết quả nổi bật như sau:" sets the period and
  // the kind of the items under it, until a heading or a paragraph that is no item.
  let lead: LeadScope | null = null;
  // ("Kết quả … ước cả năm như sau:" then "a) Về kinh tế": a lead-in right before the first
  // subheading of its part speaks for every subpart under it.)
  let leadOver: Section | null = null;
  let leadJustSaid = false;
  // A page's subheading ("Kết quả năm học 2024-2025", "Kế hoạch năm học 2025-2026"): the period
  // it names holds for the paragraphs under it, until the next subheading or heading.
  let subhead: LeadScope | null = null;
  // The whole the last paragraph stated, for a paragraph that opens on its parts ("Trong mức
  // tăng chung 9 tháng, khu vực …").
  const previous: { head: Figure | null } = { head: null };
  let titleFacts: Fact[] = [];
  let found: Fact[] = [];
  const notes: EstimateNote[] = [];
  for (const block of tree.blocks) {
    // (A paragraph that opens in lower case goes on with the lead-in's sentence: "…, gồm:" then
    // "ngân sách trung ương 1.672,8 tỷ đồng …" on the next line.)
    if (block.kind === "heading" && lead && leadJustSaid) leadOver = lead.section ?? null;
    if (
      (block.kind === "heading" && !(leadOver && within(block.section, leadOver))) ||
      (block.kind === "paragraph" &&
        lead &&
        !endsLeadIn(block) &&
        !/^\s*\p{Ll}/u.test(block.text.text) &&
        // (Nor does a table's caption: "Bảng tổng hợp tiến độ … theo xã" sits among the items.)
        !TABLE_CAPTION.test(block.text.text))
    ) {
      lead = null;
      leadOver = null;
    }
    leadJustSaid = false;
    if (block.kind === "heading") subhead = null;
    if (isSubheading(block, doc)) {
      // (Its period only: whether the news under "Mục tiêu năm 2026" sets targets, its
      // sentences say.)
      const said = leadOf(block, doc);
      subhead = said.period ? { kind: null, period: said.period } : null;
      continue;
    }
    // "- Về đầu tư tín dụng: … cụ thể như sau:" lists its "+" items; the next "-" item is its
    // sibling, not one of them.
    if (lead?.marker && block.kind === "item" && markerOf(block.text.text) === lead.marker) lead = null;
    const note = estimateNoteOf(block, doc);
    if (note) notes.push(note);
    if (block.kind === "row") {
      const rows = tableFacts(block, doc);
      applyEstimateNotes(rows, block.section, notes);
      facts.push(...rows);
    } else if (
      block.kind === "footnote" &&
      block.footnote !== undefined &&
      footnoteHome.has(block.footnote)
    ) {
      const home = footnoteHome.get(block.footnote) as { block: Block; at: number };
      facts.push(
        ...blockFacts(block, doc, null, home.block.section, periodAtMarker(home.block, home.at, doc)),
      );
    } else {
      found = blockFacts(
        block,
        doc,
        // (Under a subheading that dates its own part, only what it says of the kind: "Kết quả đến
        // ngày 15/6/2023 như sau:" then "1. Kiểm đếm …" still dates the items under it.)
        lead && leadOver && block.section !== leadOver
          ? {
              ...lead,
              period:
                doc.sections.get(block.section).period === doc.sections.get(leadOver).period
                  ? lead.period
                  : null,
            }
          : (lead ?? (block.kind === "paragraph" ? subhead : null)),
        undefined,
        null,
        previous,
      );
      applyEstimateNotes(found, block.section, notes);
      if (block === tree.blocks[0] && block.kind === "heading") titleFacts = found;
      facts.push(...found);
    }
    if ((block.kind === "paragraph" || block.kind === "item") && endsLeadIn(block)) {
      lead = {
        ...leadOf(block, doc),
        marker: block.kind === "item" ? markerOf(block.text.text) : null,
        section: block.section,
      };
      leadJustSaid = true;
      leadOver = null;
      // ("Tổng vốn bố trí … là 1.846,3 tỷ đồng, gồm:": what a plan is made of are plans.)
      const last = found[found.length - 1];
      if (!lead.kind && last?.why?.kind === "plan-subject" && /gồm\s*:\s*$/iu.test(block.text.text))
        lead.kind = "target";
      // ("Tính chung 11 tháng ước đạt 6.972,5 nghìn tỷ đồng, tăng 9,8%. Kết quả 11 tháng như sau:":
      // the breakdown of an estimate just stated is estimated too, whatever the lead-in calls it.)
      if (lead.kind === "actual" && last?.kind === "estimate" && last.why?.kind === "estimate-word")
        lead.kind = "estimate";
    }
    found = [];
  }
  restatedInTitle(titleFacts, facts);
  return facts;
}

/**
 * "Kinh tế quý I tăng trưởng 8,12%" over a page whose lead says "ước tăng 8,12%": a title
 * restates the body's figure, so it is of the body's kind.
 */
function restatedInTitle(title: Fact[], facts: Fact[]): void {
  for (const t of title) {
    if (t.why?.kind !== "default-result") continue;
    const body = facts.find(
      (g) =>
        g.line > t.line &&
        g.value === t.value &&
        g.unit === t.unit &&
        g.measure === t.measure &&
        g.period === t.period,
    );
    if (body && body.kind !== t.kind && (body.kind === "estimate" || body.kind === "forecast")) {
      t.kind = body.kind;
      if (t.why) t.why.kind = "title-restates";
    }
  }
}

/** A block whose last sentence announces a list: it ends with a colon. */
function endsLeadIn(block: Block): boolean {
  return /:\s*$/.test(block.text.text);
}

/** The shape of an item's marker: "-", "+", "1.", "1.1.", "a)", "(1)" (digits as 1, letters as a). */
function markerOf(text: string): string | null {
  const m = /^\s*(?:([-+•–*])\s|(\(?(?:\d{1,2}\.)*\d{1,2}[.)]|\(?[a-zđ][.)]|[IVX]{1,5}[.-])\s)/u.exec(text);
  if (!m) return null;
  return (
    m[1] ??
    m[2]
      .replace(/\d+/g, "1")
      .replace(/^\(?[a-zđ]/u, (x) => x.replace(/[a-zđ]/u, "a"))
      .replace(/^[IVX]+/, "I")
  );
}

/**
 * A short line alone that ends in no stop and states no figure, under a page's title: a
 * subheading of the news, not a sentence ("Kết quả năm học 2024-2025").
 */
function isSubheading(block: Block, doc: DocScope): boolean {
  if (block.kind !== "paragraph") return false;
  const text = block.text.text.trim();
  if (text.length > 80 || !/^\p{Lu}/u.test(text) || /[.:;!?…,]$/.test(text)) return false;
  let rest = text;
  for (const p of findPeriods(text, doc.ref).reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
  return !/\d/.test(rest);
}

/** What a lead-in says of the list under it: its period, and whether it lists results, estimates or targets. */
function leadOf(block: Block, doc: DocScope): LeadScope {
  const sentences = splitSentences(block.text);
  const text = sentences[sentences.length - 1]?.text ?? "";
  const kind = leadKind(text);
  // ("Nghị quyết về kế hoạch … năm 2026 xác định 24 chỉ tiêu chủ yếu, trong đó:": where targets
  // are listed, the plan's name dates them.)
  const planned = kind === "target" || doc.sections.get(block.section).forward;
  const dating = (t: string) =>
    findPeriods(t, doc.ref).filter(
      (p) => !p.base && !p.price && (!p.named || (planned && !p.noPeriod)) && usableDay(p),
    );
  // ("Tính đến ngày 15/11/2024, tổng giá trị giải ngân … Cụ thể từng nguồn vốn như sau:": a
  // lead-in that names no period of its own goes on with the one its paragraph opened on.)
  let periods = dating(text);
  // ("Kết quả xếp loại năm 2023 (tổ chức trong tháng 01/2024):": an aside in brackets says when
  // something was done, not what the list is about.)
  const outside = periods.filter((p) => text.lastIndexOf("(", p.start) <= text.lastIndexOf(")", p.start));
  if (outside.length) periods = outside;
  // (Unless a later sentence turns to the whole year: "Lũy kế đến ngày 30/11/2026, thu … Ước
  // thực hiện cả năm 33,84 tỷ đồng … Có 7/7 khoản thu vượt dự toán; cụ thể:".)
  if (
    !periods.length &&
    sentences.length > 1 &&
    !sentences.slice(1).some((s) => WHOLE_YEAR_LEAD.test(s.text))
  )
    periods = dating(sentences[0].text).filter((p) => p.start < 40);
  const unit = leadUnit(text);
  return { kind, period: periods.length ? periods[periods.length - 1] : null, ...(unit ? { unit } : {}) };
}

/** "Ước thực hiện cả năm 33,84 tỷ đồng": the whole year, its number not a year. */
const WHOLE_YEAR_LEAD = /(?<![\p{L}])(?:cả năm|hết năm)(?![\p{L}])(?!\s*(?:19|20)\d\d(?!\d|[.,]\d))/iu;

/** "Điểm trung bình từng môn như sau:", "(đơn vị tính: ha)": the unit of the bare figures listed. */
function leadUnit(text: string): string {
  if (/(?<![\p{L}])điểm (?:trung bình|bình quân)(?![\p{L}])/iu.test(text)) return "điểm";
  const m = /(?:đơn vị tính|ĐVT)\s*[:：]\s*([^;,.()]{1,30})/iu.exec(text);
  const read = m ? readUnit(m[1].trim()) : null;
  return read && m && read.length >= m[1].trim().length ? read.unit : "";
}

/** The period in force where a footnote marker stands: the last one written before it in its sentence. */
function periodAtMarker(block: Block, at: number, doc: DocScope): PeriodMention | null {
  for (const s of splitSentences(block.text)) {
    if (!s.map.length || s.map[0] > at || s.map[s.map.length - 1] < at - 1) continue;
    let idx = s.map.findIndex((o) => o >= at);
    if (idx < 0) idx = s.text.length;
    const ps = findPeriods(s.text, doc.ref).filter(
      (p) => !p.base && !p.named && p.end <= idx && usableDay(p) && !closedBracketBetween(s.text, p.end, idx),
    );
    return ps.length ? ps[ps.length - 1] : null;
  }
  return null;
}

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

/**
 * "thực hiện Nghị quyết Đại hội … lần thứ X", "mục tiêu Đại hội … lần thứ XX": the span of
 * congress X's term — as the text gives it, else the term in force when the text was written
 * (party congresses of provinces, districts and communes all sit for 2015-2020, 2020-2025,
 * 2025-2030…).
 */
function resolutionTerm(text: string, doc: DocScope): SentenceScope["term"] {
  const m =
    /(?:Nghị quyết|NQ|mục tiêu|chỉ tiêu)\s+(?:Nghị quyết\s+)?Đại hội[^.;:]{0,60}?(?:lần thứ|khóa|khoá)\s+([IVXL]{1,6})(?![\p{L}])/iu.exec(
      text,
    );
  if (!m) return null;
  const term = doc.terms.get(m[1].toUpperCase());
  if (term) return { code: `${term[0]}/${term[1]}`, at: m.index };
  if (!doc.ref) return null;
  // Congresses sit in the term's first year, most by its autumn.
  const { year, month } = doc.ref;
  const start = 2000 + 5 * Math.floor((year - 2000 - (month !== undefined && month < 10 ? 1 : 0)) / 5);
  return { code: `${start}/${start + 5}`, at: m.index };
}

/** The unit named at the head of a block, before its first figure, when it is not the document's. */
function openingArea(block: Block, doc: DocScope): string | null {
  if (block.kind === "row" || block.kind === "heading") return null;
  const head = block.text.text.slice(0, 120);
  const cut = head.search(/\d[\d.,]*\s*(?:%|tỷ|triệu|nghìn|ha|tấn|người|hộ|xã)/u);
  const first = findAreas(cut >= 0 ? head.slice(0, cut) : head).find((m) => m.area !== "cả nước");
  return first && first.area !== doc.info.area ? first.area : null;
}

/** A single day is a period only as a stock date ("đến ngày 19/6/2023"), not as an event's date. */
function usableDay(p: PeriodMention): boolean {
  return !/^\d{4}-\d{2}-\d{2}$/.test(p.code) || p.until;
}

/** "9,8‰ (ngày 12/3/2025)": the day a reading was taken, alone in a bracket right after it. */
function measuredOn(p: PeriodMention, text: string): boolean {
  return (
    /\d\s*[^\s\d()]{0,12}\s*\(\s*(?:ngày\s*)?$/u.test(text.slice(Math.max(0, p.start - 24), p.start)) &&
    /^\s*\)/.test(text.slice(p.end))
  );
}

function blockFacts(
  block: Block,
  doc: DocScope,
  lead: LeadScope | null,
  home?: Section,
  inherited: PeriodMention | null = null,
  previous?: { head: Figure | null },
): Fact[] {
  // A place-and-date line or a page's dateline ("08/04 - 15:20") holds no figures.
  if (block.kind === "paragraph" && STANDALONE.test(block.text.text.trim())) return [];
  const section = doc.sections.get(home ?? block.section);
  const out: Fact[] = [];
  // Periods met earlier in the paragraph carry to its later sentences, and so does an
  // estimate announced at the head of a sentence ("Dự ước …", "Ước tính …").
  const paragraph: ParagraphScope = {
    period: inherited,
    estimate: false,
    estimateStrong: false,
    lastHead: previous && cue.PARTS_OPENER.test(block.text.text) ? previous.head : null,
    day: null,
    area: openingArea(block, doc),
  };
  const numbering = block.kind !== "footnote" ? headingNumbering(block.text.text) : null;
  // Numbers that open a block are its numbering: "1.1.", a footnote's "2", a list row's "1".
  const rowNumber = /^\s*\d{1,3}\s+(?=\p{Lu})/u.exec(block.text.text);
  const skipUntil = numbering
    ? numbering.rest
    : (block.footnote || rowNumber) && /^\s*\d{1,3}\s/.test(block.text.text)
      ? (/^\s*\d{1,3}/.exec(block.text.text)?.[0].length ?? 0)
      : 0;
  for (const sm of splitSentences(block.text)) {
    const text = sm.text;
    if (!/\d/.test(text)) {
      // No figure, no period: only what it says of estimates carries on.
      paragraph.estimate = (headEstimate(text) || openingEstimate(text)) && text.search(cue.RESULT) < 0;
      paragraph.estimateStrong = headEstimate(text) && text.search(cue.RESULT) < 0;
      continue;
    }
    // Sentences are views of the block's map: their offset is where their view starts.
    const offsetInBlock = (sm.map.byteOffset - block.text.map.byteOffset) / Int32Array.BYTES_PER_ELEMENT;
    const all = findPeriods(text, doc.ref);
    const periods = sinceThen(
      all.filter((p) => usableDay(p) || measuredOn(p, text)),
      text,
      doc.refYear,
    );
    const day = all.filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.code) && !p.base && !p.named).pop();
    if (day) paragraph.day = day;
    const display = /\s\s|[\t\n\r\u00a0]/.test(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
    const tokens = scanNumbers(text);
    const sentence: SentenceScope = {
      block,
      text,
      periods,
      cues: new SentenceCues(text),
      firstFigure: tokens.find((t) => !t.skip && offsetInBlock + t.start >= skipUntil)?.start ?? text.length,
      term: resolutionTerm(text, doc),
    };
    const scope: Scope = { doc, section, lead, paragraph, sentence };
    // ("GRDP … ước tăng 9,77%. Trong đó, nhóm dịch vụ tăng 7,94%": the parts are named in the
    // terms of the whole the sentence before stated.)
    const whole = paragraph.lastHead;
    const wholeCode = whole
      ? linkIndicator(whole.subject, whole.measure, `${whole.before}${whole.after}`)
      : null;
    const partsOf =
      whole && wholeCode && cue.PARTS_OPENER.test(text)
        ? { code: wholeCode, context: `${whole.before}${whole.after} ${text}` }
        : null;
    let prev: Figure | null = null;
    let head: Figure | null = null;
    const figures: Figure[] = [];
    for (const tok of tokens) {
      if (tok.skip) continue;
      if (offsetInBlock + tok.start < skipUntil) continue;
      const figure = resolveFigure(tok, prev, prev ? null : paragraph.lastHead, scope);
      const pos = place(doc.source, sm, tok.start, tok.end);
      const fact: Fact = {
        doc: doc.source.name,
        line: pos.line,
        column: pos.column,
        value_text: pos.value_text,
        value: figure.value,
        unit: figure.unit,
        measure: figure.measure,
        kind: figure.kind,
        period: figure.period,
        indicator: {
          code:
            linkIndicator(figure.subject, figure.measure, text) ??
            linkIndicator(clauseBefore(text, prev ? prev.tok.after : 0, tok.start), figure.measure, text) ??
            (partsOf && linkPart(figure.subject, figure.measure, partsOf.context, partsOf.code)),
          text: figure.subject,
        },
        area: figure.area,
        qualifier: tok.qualifier,
        sentence: display,
        why: figure.why,
      };
      // Optional fields only where they hold something (FACTS.md).
      if (tok.valueMax !== undefined && !pos.cut) fact.value_max = tok.valueMax;
      if (tok.total !== undefined) fact.total = tok.total;
      else if (figure.total !== undefined) fact.total = figure.total;
      if (figure.base) fact.base = figure.base;
      if (pos.page !== undefined) fact.page = pos.page;
      out.push(fact);
      figures.push(figure);
      prev = figure;
      if (!head || (!figure.inherited && /;/.test(figure.local))) head = figure;
    }
    if (head) paragraph.lastHead = head;
    const last = [...periods].reverse().find(
      (p) =>
        !p.base &&
        !p.named &&
        p.cls !== "span" &&
        !/^\d{4}-\d{2}-\d{2}$/.test(p.code) &&
        !insideBracket(text, p.start) &&
        // ("GRDP năm 2025 tăng 9,12%, trong đó quý IV tăng 10,05%. Quy mô GRDP …", "riêng tháng 12
        // ước đạt …": a part picked out of the whole dates only its own figure.)
        !PART_OF_WHOLE.test(text.slice(Math.max(0, p.start - 24), p.start)) &&
        // ("Đầu năm 2024, toàn huyện còn 1.132 hộ nghèo. Xây dựng 46 căn nhà …": the stock a year
        // opened with dates only itself.)
        !p.yearStart &&
        // ("giảm từ 26,20% cuối năm 2023 xuống còn 22,47%. Số hộ cận nghèo là …": where a move
        // began dates nothing after it.)
        !figures.some((g) => g.ownPeriodAt === p.start) &&
        // ("Tỷ lệ đô thị hóa đạt 61,4%, năm 2025 đạt 63%. Tỷ lệ thu gom … đạt 99,2%": the
        // year that dates a target does not date the results that follow.)
        figures.find((g) => g.tok.start >= p.end)?.kind !== "target",
    );
    // An opening estimate carries to the next sentence only ("Dự ước năm 2023, lượng khách…
    // Tổng doanh thu … đạt 1.750 tỷ đồng"), not to the rest of the paragraph.
    // It goes on through sentences that only list more figures without a verb of their own.
    const listing: boolean =
      paragraph.estimate &&
      /\d/.test(text) &&
      !/(?<![\p{L}])(?:đạt|là|thực hiện)(?![\p{L}])/iu.test(text.slice(0, Math.max(0, text.search(/\d/))));
    paragraph.estimate =
      ((headEstimate(text) || openingEstimate(text)) && text.search(cue.RESULT) < 0) || listing;
    // "Dự ước …" opening a sentence carries to the next whatever its verb.
    paragraph.estimateStrong = headEstimate(text) && text.search(cue.RESULT) < 0;
    if (last) paragraph.period = last;
  }
  if (previous) previous.head = paragraph.lastHead;
  return out;
}

const TABLE_CAPTION = /^\s*(?:Bảng|Biểu)(?![\p{L}])/u;
const PART_OF_WHOLE = /(?:trong đó|riêng|nhất là|đặc biệt là)(?:\s+(?:là|trong|vào|của))?\s*$/iu;

/** A number with its neighbours, passed through every resolver in turn. */
function resolveFigure(tok: NumberToken, prev: Figure | null, carry: Figure | null, scope: Scope): Figure {
  const text = scope.sentence.text;
  const f: Figure = {
    tok,
    local: text.slice(prev ? prev.tok.after : 0, tok.start),
    before: text.slice(0, tok.start),
    after: text.slice(tok.after),
    prev,
    carry,
    value: tok.value,
    unit: tok.unit,
    subject: "",
    inherited: false,
    planBeside: false,
    rateSubject: false,
    comparator: false,
    measure: "level",
    kind: "actual",
    period: "",
    area: "",
    why: { kind: "default-result", period: "none" },
  };
  for (const resolve of RESOLVERS) resolve(f, scope);
  const verb = cue.countingVerb(f.local);
  if (verb && f.unit && f.measure === "level" && tok.form === "plain" && readUnit(f.unit)?.counter)
    scope.doc.verbUnits.set(verb, { unit: f.unit, section: scope.section });
  f.subject = f.subject.slice(0, 160);
  if (f.inherited && prev) f.head = prev.head ?? prev;
  return f;
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
