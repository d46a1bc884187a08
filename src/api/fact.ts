import { z } from "zod";
import type { Fact as ExtractedFact } from "../facts/types.js";
import { KINDS, MEASURES, REVIEW_STATES } from "./vocabulary.js";

/**
 * The fact record, the one shape every stage passes a figure in: FACTS.md's record as the
 * extractor writes it (FactRecord), and as the store keeps and answers it (StoredFact: with its
 * id, its document and its review state). The extractor's TypeScript interface
 * (src/facts/types.ts `Fact`) is checked equal to FactRecord below, at compile time; `npm run
 * lint` refuses any other declaration of the shape (scripts/lint-contract.mjs).
 */

export const Why = z
  .strictObject({
    kind: z.string().meta({ description: 'The rule that set its kind: "estimate-word", "section-forward"…' }),
    period: z.string().meta({ description: 'The rule that set its period: "own", "paragraph", "document"…' }),
  })
  .meta({ description: "Why the extractor labelled the fact as it did (absent for imported facts)" });

export const IndicatorRef = z.strictObject({ code: z.string().nullable(), text: z.string() });

/** FACTS.md's record, as `solieu extract --format json` prints it. */
export const FactRecord = z.strictObject({
  doc: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  value_text: z.string(),
  value: z.number(),
  value_max: z.number().optional(),
  total: z.number().optional(),
  unit: z.string(),
  measure: z.enum(MEASURES),
  kind: z.enum(KINDS),
  period: z.string(),
  indicator: IndicatorRef,
  area: z.string(),
  base: z.string().optional(),
  qualifier: z.enum(["", ">", "<", "~"]).optional(),
  sentence: z.string(),
  page: z.number().int().optional(),
  why: Why.optional(),
});

/** The document a stored fact was read from, as a fact carries it. */
export const FactDocument = z.strictObject({
  id: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
});

/** A fact as stored: the record, its id, its document and its review state. */
export const StoredFact = FactRecord.extend({
  id: z.number().int(),
  document: FactDocument,
  review_state: z
    .enum(REVIEW_STATES)
    .meta({ description: "extracted as read; confirmed, corrected or rejected by a reviewer" }),
}).meta({
  description: "A fact record of FACTS.md as stored, with its id, its document and its review state",
});

export type FactRecord = z.output<typeof FactRecord>;
export type StoredFact = z.output<typeof StoredFact>;

/** True when A and B are the same type (not merely assignable one way). */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** The extractor's interface is the contract's record: a field added to one and not the other fails the build. */
const extractorWritesTheRecord: Same<ExtractedFact, FactRecord> = true;
void extractorWritesTheRecord;
