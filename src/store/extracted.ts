import type { Segment } from "../document/segments.js";
import { extractFile } from "../extract-file.js";
import type { DocumentHints, DocumentInfo, Fact } from "../facts/types.js";

/** What a file gives the store: its document, facts, searchable segments and raw text. */
export interface Extracted {
  document?: DocumentInfo;
  facts: Fact[];
  segments: Segment[];
  text: string;
  /** One line naming the file and saying why it could not be read. */
  error?: string;
}

/** Read and extract a whole file for storing; never throws. */
export async function extractForStore(
  path: string,
  hints: DocumentHints,
  onFacts?: (count: number) => void,
): Promise<Extracted> {
  const facts: Fact[] = [];
  const segments: Segment[] = [];
  const texts: string[] = [];
  const r = await extractFile(path, {
    hints,
    onSource: (s) => {
      texts.push(s.text);
    },
    onFacts: (found) => {
      for (const f of found) facts.push(f);
      onFacts?.(facts.length);
    },
    onSegments: (found) => {
      for (const s of found) segments.push(s);
    },
  });
  return { document: r.document, facts, segments, text: texts.join("\n"), error: r.error };
}
