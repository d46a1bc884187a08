import { positionAt } from "../text/source.js";
import { splitSentences } from "./sentences.js";
import type { DocumentTree } from "./types.js";

/**
 * The searchable units of a document: every sentence of its paragraphs, headings and
 * footnotes, and every table row, with the raw lines it spans.
 */
export interface Segment {
  /** First and last raw line (1-based) the text spans. */
  line: number;
  line_end: number;
  /** The normalised text, white space collapsed. */
  text: string;
  kind: "heading" | "paragraph" | "item" | "footnote" | "row";
  /** Titles of the enclosing sections, outermost first: context for search and display. */
  path: string[];
}

export function segmentsOf(tree: DocumentTree): Segment[] {
  const out: Segment[] = [];
  for (const block of tree.blocks) {
    const parts = block.kind === "row" ? [block.text] : splitSentences(block.text);
    const path: string[] = [];
    for (let s = block.section; s?.parent; s = s.parent) if (s.title) path.unshift(s.title);
    for (const p of parts) {
      if (!p.map.length) continue;
      const text = p.text.replace(/\s+/g, " ").trim();
      if (!text) continue;
      const first = positionAt(tree.source, p.map[0]).line;
      const last = Math.max(first, positionAt(tree.source, p.map[p.map.length - 1]).line);
      out.push({ line: first, line_end: last, text, kind: block.kind, path });
    }
  }
  return out;
}
