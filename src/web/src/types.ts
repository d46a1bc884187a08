/**
 * The API's JSON, as the web app reads it: the contract's types (src/api/types.ts, the output
 * of the zod schemas the server validates with and the OpenAPI document is made from). Imported
 * as types only, so nothing of zod or the server reaches the bundle.
 */

import type {
  Given,
  Kind,
  ReviewEntry,
  Same,
  SessionResponse,
  SessionUser,
  UploadResponse,
} from "../../api/types.js";

/** The fields a reviewer may correct, as POST /api/facts/:id/review takes them. */
export type {
  DerivedTarget,
  DocumentDetail,
  DocumentMeta,
  FactChanges as ReviewChanges,
  FactDetail,
  FactPosition,
  Finding,
  FindingType,
  Indicator,
  IndicatorRef,
  Kind,
  ReviewAction,
  ReviewState,
  SearchHit,
  Status,
  StatusRow,
  StoredFact as Fact,
  Why,
} from "../../api/types.js";

/** What a user says of a report: sent with an upload, kept with the document as `given`. */
export type DocumentHints = Given;
export type HistoryEntry = ReviewEntry;
export type User = SessionUser;
export type Session = SessionResponse;
export type UploadResult = UploadResponse;

/** The kinds, in the order the app lists them: the contract's, checked below. */
export const KINDS = ["actual", "estimate", "target", "forecast"] as const;
/** The fields of DocumentHints, in the order the upload form shows them. */
export const HINT_FIELDS = ["date", "period", "area", "title", "issuer"] as const;

const kindsAreTheContracts: Same<(typeof KINDS)[number], Kind> = true;
const hintsAreTheContracts: Same<(typeof HINT_FIELDS)[number], keyof Given> = true;
void kindsAreTheContracts;
void hintsAreTheContracts;
