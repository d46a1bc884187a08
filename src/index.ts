/** The library API: read a report and get its figures as facts. */

export { checkFacts, type Finding, type FindingType } from "./analysis/checks.js";
export { storeFindings, storeStatus } from "./analysis/load.js";
export {
  type DerivedTarget,
  judge,
  type Status,
  type StatusOptions,
  type StatusRow,
  statusRows,
} from "./analysis/status.js";
export type { StoredFact } from "./api/types.js";
export { type Answer, type AskOptions, ask } from "./ask/answer.js";
export { type Question, type QuestionType, understand } from "./ask/understand.js";
export { INDICATORS, type Indicator } from "./catalogue/indicators.js";
export type { Segment } from "./document/segments.js";
export { type ExtractOptions, extractFile, extractFiles, type FileResult } from "./extract-file.js";
export { type Extraction, extractSource } from "./facts/extract.js";
export type { DocumentInfo, Fact, Kind, Measure } from "./facts/types.js";
export { buildReport, type Report } from "./report/rows.js";
export { type AppOptions, createApp } from "./server/app.js";
export { openApiDocument } from "./server/openapi.js";
export { type RunningServer, type ServeOptions, startServer } from "./server/serve.js";
export { defaultDb, type OpenOptions, openStore, type Store, StoreError } from "./store/connect.js";
export { type IngestOptions, type IngestResult, ingestFile, ingestFiles } from "./store/ingest.js";
export { type FactQuery, queryFacts } from "./store/query.js";
export { type SearchHit, type SearchOptions, search } from "./store/search.js";
export { InputError } from "./text/errors.js";
export { makeSource, type Source } from "./text/source.js";
