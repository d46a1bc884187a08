import type { z } from "zod";
import type * as api from "./schemas.js";

/**
 * The TypeScript types of the contract: what each schema of schemas.ts gives once parsed
 * (z.output), or, for what a client sends, takes (z.input). Type-only: importing them costs a
 * bundle nothing, so the web app takes its types from here.
 */

export type { FactRecord, Same, StoredFact } from "./fact.js";
export type {
  FindingType,
  Kind,
  Measure,
  ReviewAction,
  ReviewState,
  Role,
  Status,
} from "./vocabulary.js";

export type Why = z.output<typeof api.Why>;
export type IndicatorRef = z.output<typeof api.IndicatorRef>;
export type Given = z.output<typeof api.Given>;
export type DerivedTarget = z.output<typeof api.DerivedTarget>;
export type StatusRow = z.output<typeof api.StatusRow>;
export type Finding = z.output<typeof api.Finding>;
export type SearchHit = z.output<typeof api.SearchHit>;
export type Passage = z.output<typeof api.Passage>;
export type DocumentMeta = z.output<typeof api.DocumentMeta>;
export type FactPosition = z.output<typeof api.FactPosition>;
export type DocumentDetail = z.output<typeof api.DocumentDetail>;
export type Indicator = z.output<typeof api.Indicator>;
export type Area = z.output<typeof api.Area>;
export type ReviewEntry = z.output<typeof api.ReviewEntry>;
export type SessionUser = z.output<typeof api.SessionUser>;
export type ReadAccess = z.output<typeof api.ReadAccess>;
export type FactsResponse = z.output<typeof api.FactsResponse>;
export type FactDetail = z.output<typeof api.FactDetail>;
export type SessionResponse = z.output<typeof api.SessionResponse>;
export type SignInResponse = z.output<typeof api.SignInResponse>;
export type StatusResponse = z.output<typeof api.StatusResponse>;
export type CheckResponse = z.output<typeof api.CheckResponse>;
export type SearchResponse = z.output<typeof api.SearchResponse>;
export type AskResponse = z.output<typeof api.AskResponse>;
export type DocumentsResponse = z.output<typeof api.DocumentsResponse>;
export type IndicatorsResponse = z.output<typeof api.IndicatorsResponse>;
export type AreasResponse = z.output<typeof api.AreasResponse>;
export type UploadResponse = z.output<typeof api.UploadResponse>;
export type ApiError = z.output<typeof api.ApiError>;

/** What a client sends. */
export type FactChanges = z.input<typeof api.FactChanges>;
export type ReviewRequest = z.input<typeof api.reviewBody>;
export type SignInRequest = z.input<typeof api.signInBody>;
/** What a user says of a report when uploading it: the fields beside the file. */
export type UploadFields = z.input<typeof api.uploadFields>;
