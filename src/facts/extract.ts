import { buildDocument } from "../document/build.js";
import { documentInfo } from "../document/metadata.js";
import type { Source } from "../text/source.js";
import type { DocumentHints, DocumentInfo, Fact } from "./types.js";
import { factsOf } from "./walk.js";

export interface Extraction {
  document: DocumentInfo;
  facts: Fact[];
}

/** Read a source through every stage: text → document tree → numbers → facts. */
export function extractSource(source: Source, hints: DocumentHints = {}): Extraction {
  const tree = buildDocument(source);
  const info = documentInfo(tree, hints);
  return { document: info, facts: factsOf(tree, info) };
}
