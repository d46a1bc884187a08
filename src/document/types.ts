import type { Mapped } from "../text/mapped.js";
import type { Source } from "../text/source.js";

/** A section opened by a numbered or titled heading; sections nest by level. */
export interface Section {
  id: number;
  level: number;
  /** The numbering as written: "Phần thứ hai", "B.", "II-", "2.1.", "a)", "(3)". */
  numbering: string;
  /** The heading text after the numbering, cleaned. */
  title: string;
  parent?: Section;
  /** First raw line (0-based index) of the heading. */
  line: number;
  /** The title of a web page or excerpt (its first line), not a heading of a report's outline. */
  page?: boolean;
}

export type BlockKind = "heading" | "paragraph" | "item" | "footnote" | "row";

/** A table column, with what its header says about the figures under it. */
export interface Column {
  header: string;
}

/** A row of a rebuilt table: a label, a unit and one cell per value column. */
export interface Row {
  label: Mapped;
  unit: Mapped | null;
  cells: { column: Column; text: Mapped }[];
  /** The table's caption or title, for context. */
  caption: string;
  /** Labels of the enclosing group rows ("Tăng trưởng GRDP", "Trong đó:"). */
  groups: string[];
  /**
   * A note under the table calls its figures estimates ("Ghi chú: số liệu 9 tháng 2025 là số ước
   * tính"): the words naming which ("9 tháng 2025"), or "" for all.
   */
  estimated?: string;
}

export interface Block {
  kind: BlockKind;
  /** Normalised text with a map to raw offsets. For a row: label, unit and cells joined. */
  text: Mapped;
  section: Section;
  /** For footnote bodies: the footnote number. */
  footnote?: number;
  row?: Row;
  /** Footnote references in this block: the footnote number and the raw offset of the marker. */
  refs: { n: number; at: number }[];
}

export interface DocumentTree {
  source: Source;
  blocks: Block[];
  root: Section;
}
