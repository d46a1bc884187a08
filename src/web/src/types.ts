/**
 * The API's JSON, as the web app reads it: the shapes of src/server/schemas.ts (and of the
 * session and review endpoints), written out here so that the app does not import server code.
 */

export type Kind = "actual" | "estimate" | "target" | "forecast";
export const KINDS: Kind[] = ["actual", "estimate", "target", "forecast"];

export type ReviewState = "extracted" | "confirmed" | "corrected" | "rejected";

export interface IndicatorRef {
  code: string | null;
  text: string;
}

export interface Fact {
  id: number;
  doc: string;
  line: number;
  column: number;
  value_text: string;
  value: number;
  value_max?: number;
  total?: number;
  unit: string;
  measure: string;
  kind: Kind;
  period: string;
  indicator: IndicatorRef;
  area: string;
  base?: string;
  qualifier?: "" | ">" | "<" | "~";
  sentence: string;
  page?: number;
  /** The rules that set its kind and its period ("estimate-word", "own"…); absent for imported facts. */
  why?: Why;
  document: { id: number; title: string; date: string | null };
  /** Given by the review endpoints (GET /api/facts/:id); absent from older servers. */
  review_state?: ReviewState;
}

export interface Why {
  kind: string;
  period: string;
}

/** What a user says of a report: sent with an upload, kept with the document as `given`. */
export interface DocumentHints {
  date?: string;
  period?: string;
  area?: string;
  title?: string;
  issuer?: string;
}

export const HINT_FIELDS = ["date", "period", "area", "title", "issuer"] as const;

export interface DerivedTarget {
  value: number;
  value_text: string;
  unit: string;
  kind: "target";
  derived: true;
  doc: string;
  line: number;
  from: Fact;
}

export type Status = "exceeded" | "met" | "not_met" | "no_result" | "no_target";

export interface StatusRow {
  indicator: IndicatorRef;
  /** The catalogue's name, else the document's words when they read as a name, else the sentence's. */
  name: string;
  area: string;
  period: string;
  unit: string;
  measure: string;
  target: Fact | DerivedTarget | null;
  result: Fact | null;
  pct_of_target: number | null;
  stated_pct_of_target: number | null;
  status: Status;
  direction: "up" | "down";
  versions: Fact[];
}

export type FindingType =
  | "stated_ratio"
  | "conflicting_values"
  | "parts_total"
  | "growth_levels"
  | "unreported_target";

export interface Finding {
  type: FindingType;
  message: string;
  facts: Fact[];
}

export interface SearchHit {
  doc: string;
  document_id: number;
  line: number;
  line_end: number;
  /** The text with the matched words in «». */
  snippet: string;
  facts: Fact[];
}

export interface DocumentMeta {
  id: number;
  doc: string;
  format: string;
  title: string;
  type: string;
  issuer: string;
  area: string;
  period: string;
  plan_period: string | null;
  date: string | null;
  draft: boolean;
  lines: number;
  ingested_at: string;
  /** What the user gave of it when it was stored ({} when nothing; absent from older servers). */
  given?: DocumentHints;
  facts: number;
}

export interface FactPosition {
  id: number;
  line: number;
  /** 0-based: the value_text starts at this UTF-16 offset of its line (checked on the corpus). */
  column: number;
  value_text: string;
}

export interface DocumentDetail {
  document: DocumentMeta;
  text: string;
  facts: FactPosition[];
  outline: { line: number; level: number; text: string }[];
  footnotes: { line: number; line_end: number; text: string }[];
}

export interface Indicator {
  code: string;
  name_vi: string;
  name_en: string;
  unit: string;
  direction: "up" | "down" | "";
  sector: string;
  aliases: string[];
}

export interface Area {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  valid_from: string | null;
  valid_to: string | null;
  successor: string | null;
  aliases: string[];
}

export interface User {
  name: string;
  role: string;
}

export interface Session {
  user: User | null;
  csrf: string | null;
  read: "open" | "signed-in";
}

export type ReviewAction = "confirm" | "correct" | "reject";

export interface ReviewChanges {
  value?: number;
  value_max?: number;
  unit?: string;
  measure?: string;
  kind?: Kind;
  period?: string;
  area?: string;
  /** A catalogue code, or null for none. */
  indicator_code?: string | null;
  indicator_text?: string;
}

export interface HistoryEntry {
  id: number;
  action: ReviewAction;
  changes: Record<string, { from: number | string | null; to: number | string | null }> | null;
  note: string | null;
  user: string;
  at: string;
}

export interface FactDetail {
  fact: Fact;
  history: HistoryEntry[];
}

export interface UploadResult {
  document: DocumentMeta;
  facts: number;
  duplicate?: boolean;
}
