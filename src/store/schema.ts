import type { Generated } from "kysely";

/**
 * The tables, typed for Kysely. The same schema on SQLite and PostgreSQL: text for codes and
 * ISO dates, double precision numbers, booleans as integers 0/1 on both for one query layer.
 */
export interface DocumentsTable {
  id: Generated<number>;
  /** The file's name: the `doc` of its facts. */
  name: string;
  format: string;
  title: string;
  type: string;
  issuer: string;
  area: string;
  period: string;
  plan_period: string | null;
  date: string | null;
  /**
   * What "oldest document first" orders by: the date, or for an undated document the end of
   * the period it reports on (an undated annual report on 2023 comes after the July report).
   */
  order_date: string;
  draft: number;
  lines: number;
  /** sha256 of the file's bytes: the same file twice is stored once. */
  content_hash: string;
  raw_text: string;
  ingested_at: string;
  /**
   * JSON object of what the user said of the document when it was stored (date, period, area,
   * title, issuer; src/facts/types.ts DocumentHints): "{}" when nothing.
   */
  given: Generated<string>;
}

export interface FactsTable {
  id: Generated<number>;
  document_id: number;
  line: number;
  column: number;
  page: number | null;
  value_text: string;
  value: number;
  value_max: number | null;
  total: number | null;
  unit: string;
  measure: string;
  kind: string;
  period: string;
  indicator_code: string | null;
  indicator_text: string;
  /** indicator_text folded: what --indicator TEXT matches, with or without diacritics. */
  indicator_folded: string;
  area: string;
  base: string | null;
  qualifier: string;
  sentence: string;
  /** The rule that set its kind ("estimate-word"…); null for facts imported or stored before. */
  why_kind: string | null;
  /** The rule that set its period ("own", "section"…); null likewise. */
  why_period: string | null;
  /** A REVIEW_STATES value; new facts are "extracted". */
  review_state: Generated<string>;
}

export interface SegmentsTable {
  id: Generated<number>;
  document_id: number;
  line: number;
  line_end: number;
  kind: string;
  text: string;
  /** The text folded (no diacritics, lower case, đ → d): what search matches. */
  folded: string;
}

export interface IndicatorsTable {
  code: string;
  name_vi: string;
  name_en: string;
  unit: string;
  direction: string;
  sector: string;
  /** JSON array of aliases. */
  aliases: string;
}

export interface AreasTable {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  valid_from: string | null;
  valid_to: string | null;
  successor: string | null;
  /** JSON array of other spellings. */
  aliases: string;
}

export interface ReviewsTable {
  id: Generated<number>;
  fact_id: number;
  /** A REVIEW_ACTIONS value. */
  action: string;
  /** JSON object of the fields changed, with their old and new values. */
  changes: string;
  user_name: string;
  at: string;
  /** Why, in the reviewer's words (null: none given). */
  note: string | null;
}

export interface UsersTable {
  name: string;
  /** viewer | editor | admin */
  role: string;
  /** scrypt$N$r$p$salt$hash (src/accounts/password.ts). */
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** sha256 (hex) of the cookie's token: the token itself is never stored. */
  id: string;
  user_name: string;
  /** The token a write must carry in X-CSRF-Token. */
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface Database {
  documents: DocumentsTable;
  facts: FactsTable;
  segments: SegmentsTable;
  indicators: IndicatorsTable;
  areas: AreasTable;
  reviews: ReviewsTable;
  users: UsersTable;
  sessions: SessionsTable;
}
