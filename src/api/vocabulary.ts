/**
 * The words of the contract: the closed lists its shapes are made of. Pure constants, imported
 * by the schemas (schemas.ts), the store, the server, the CLI and the web app alike.
 */

export { KINDS, type Kind, MEASURES, type Measure } from "../facts/types.js";

/** Where a fact stands in review: as read, confirmed, corrected by hand, or rejected. */
export const REVIEW_STATES = ["extracted", "confirmed", "corrected", "rejected"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** What a review does to a fact; its state becomes confirmed, corrected or rejected. */
export const REVIEW_ACTIONS = ["confirm", "correct", "reject"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** What a user may do: viewer reads, editor also reviews facts and uploads reports, admin all. */
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What a user may say of a document when storing it (DocumentHints), in this order. */
export const HINT_FIELDS = ["date", "period", "area", "title", "issuer"] as const;

/** The forms of a date taken (src/periods/codes.ts isoDate), as said in error messages. */
export const DATE_FORMS = "2023-12-11, 2023-12, 2023, 11/12/2023";

/** The period codes taken (src/periods/codes.ts isPeriodCode), as said in error messages. */
export const PERIOD_FORMS = "2023, 2023-S1, 2023-Q3, 2023-06, 2023-06-19, 2023-01/2023-10, 2021/2025";

/** How a result stands to its target (src/analysis/status.ts). */
export const STATUSES = ["exceeded", "met", "not_met", "no_result", "no_target"] as const;
export type Status = (typeof STATUSES)[number];

/** What a consistency finding is about (src/analysis/checks.ts). */
export const FINDING_TYPES = [
  "stated_ratio",
  "conflicting_values",
  "parts_total",
  "growth_levels",
  "unreported_target",
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];
