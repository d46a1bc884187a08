import type { Block, Section } from "../document/types.js";
import type { NumberToken } from "../numbers/tokens.js";
import type { PeriodMention, RefDate } from "../periods/mentions.js";
import type { Source } from "../text/source.js";
import type { SentenceCues } from "./sentence-cues.js";
import type { DocumentInfo, Kind, KindRule, Measure, PeriodRule } from "./types.js";

/**
 * What the walk knows at each level of the document when it meets a number. Each level adds to
 * the one above: the document (its metadata, the year of writing), the section (does it set
 * targets? its period), the lead-in that opens a list, the paragraph (periods and estimates met
 * so far), the sentence (its periods and cue words).
 */
export interface Scope {
  doc: DocScope;
  section: SectionScope;
  lead: LeadScope | null;
  paragraph: ParagraphScope;
  sentence: SentenceScope;
}

export interface DocScope {
  source: Source;
  info: DocumentInfo;
  sections: { get(s: Block["section"]): SectionScope };
  /** The year of writing: from the date, else the end of the period reported on; NaN if unknown. */
  refYear: number;
  /** When it was written, for the periods its text names without a year. */
  ref: RefDate | undefined;
  /** The day it was written, as far as known: a month stands for its 15th; "" for a year or nothing. */
  written: string;
  /** Party congresses named in the text and their terms ("XIII" → [2015, 2020]). */
  terms: Map<string, [number, number]>;
  /** The day its figures are counted to, from a line under its title: "(số liệu tính đến ngày 15/11/2024)". */
  cutoff: string | null;
  /**
   * The span a note under the title says the figures cover ("tính từ ngày 01/01/2025 đến ngày
   * 30/11/2025"): its months, and its last day for what stands at the end.
   */
  /** Days one topic's figures are counted to ("Số liệu đội tàu tính đến ngày 30/11/2025"). */
  topicCutoffs: { topic: string; day: string }[];
  /** The document is about disbursing capital: a rate with no whole named is of the capital planned. */
  disbursing: boolean;
  /**
   * What a two-word verb counted last ("thụ lý" → "vụ"), for its bare counts further on: "Thụ
   * lý 29.786 vụ, việc …" then "+ Dân sự: thụ lý 10.214, giải quyết 8.902". Filled as the walk goes.
   */
  verbUnits: Map<string, { unit: string; section: SectionScope }>;
  coverage: {
    code: string;
    end: string;
    /** Twelve months near the calendar year: the year itself. */
    yearly: boolean;
    /** Twelve months that turn elsewhere (a court's year from 1 October): a working year. */
    working: boolean;
  } | null;
}

/** What a section tells the figures under it: whether it sets targets, and its period. */
export interface SectionScope {
  forward: boolean;
  period: string | null;
  /** Under a heading that reviews results. */
  review: boolean;
}

/**
 * A lead-in sentence ("11 chỉ tiêu kinh tế gồm:", "trong 6 tháng đầu năm … như sau:") and
 * what it says of the list under it.
 */
export interface LeadScope {
  kind: Kind | null;
  period: PeriodMention | null;
  /** The marker's shape when the lead-in is itself an item: a sibling item ends its list. */
  marker?: string | null;
  /** The unit the lead-in names for bare figures under it ("Điểm trung bình từng môn:", "ĐVT: ha"). */
  unit?: string;
  /** The part the lead-in stands in. */
  section?: Section;
}

/** What the paragraph has said before the current sentence. */
export interface ParagraphScope {
  /** The last period written in an earlier sentence (or at a footnote's marker). */
  period: PeriodMention | null;
  /** An estimate announced at the head of the previous sentence carries to this one. */
  estimate: boolean;
  /** "Dự ước …" opening the previous sentence: carries whatever this one's verb. */
  estimateStrong: boolean;
  /** The first figure of the last sentence that had one. */
  lastHead: Figure | null;
  /** The last day named in the paragraph ("từ ngày 13-14/7/2023"): a meeting's date. */
  day: PeriodMention | null;
  /**
   * The unit a paragraph opens on when it is not the document's ("Nhiệm kỳ 2015 - 2020, Đảng
   * bộ thị trấn Đông Phú …" in a page about two communes): its figures are that unit's.
   */
  area: string | null;
}

export interface SentenceScope {
  block: Block;
  text: string;
  periods: PeriodMention[];
  cues: SentenceCues;
  /** Offset of the sentence's first figure (its list number aside). */
  firstFigure: number;
  /**
   * The term of a party congress whose resolution the sentence reviews ("thực hiện Nghị quyết
   * Đại hội … lần thứ X"), as a span, when the text names the term.
   */
  term: { code: string; at: number } | null;
}

/** The rule that decided a label, for a reviewer: "estimate-word", "paragraph"… */
export interface Why {
  kind: KindRule;
  period: PeriodRule;
}

/** A number in its sentence: where it stands, then what each resolver decides about it. */
export interface Figure {
  tok: NumberToken;
  /** The sentence text between the previous figure and this one. */
  local: string;
  /** The sentence before and after the number. */
  before: string;
  after: string;
  prev: Figure | null;
  /** The first figure of the previous sentence, for a sentence that names no subject. */
  carry: Figure | null;

  value: number;
  unit: string;
  subject: string;
  /** The figure continues the previous one's subject. */
  inherited: boolean;
  /** A target written beside the result before it: "đạt 7,5% (kế hoạch 7,0%)". */
  planBeside: boolean;
  /** The clause is about a rate: its changes are in points. */
  rateSubject: boolean;
  /**
   * The figure before it restated for another time or place, in a bracket: "đạt 7,06% (6 tháng
   * đầu năm 2022 đạt 9,64%)", "(cùng kỳ âm 0,07%)": its subject and measure, its own period.
   */
  comparator: boolean;
  /** For a comparator, the figure it restates. */
  compared?: Figure;
  measure: Measure;
  /** The whole a count is out of, when named apart from it ("Trong số 28 chỉ tiêu, có 20 …"). */
  total?: number;
  kind: Kind;
  period: string;
  /** Where a period it owns starts ("7,05% của quý I năm trước"): it dates no later figure. */
  ownPeriodAt?: number;
  base?: string;
  area: string;
  /** The first figure of the clause, whose subject this one shares. */
  head?: Figure;
  why: Why;
}

/** One step of resolution: reads the figure and its scope, sets what it decides. */
export type Resolver = (f: Figure, s: Scope) => void;
