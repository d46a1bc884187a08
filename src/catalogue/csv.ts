/**
 * CSV as written by solieu, by Excel and by hand: RFC 4180 quoting (separators, quotes and
 * line breaks inside quotes), CRLF or LF line ends, and a comma, semicolon (Excel with a
 * Vietnamese locale) or tab separator, whichever the header line uses.
 */

/** The text of CSV bytes: UTF-8 (with or without a byte order mark) or UTF-16 with one; null otherwise. */
export function decodeCsv(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
}

/** The separator the first line uses most, outside quotes. */
function separatorOf(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n ? best : ",";
}

/** A quote opened and never closed: the rest of the file would be one field. */
export class CsvError extends Error {
  override name = "CsvError";
}

/**
 * The records of a CSV text, each a list of fields; a trailing line break makes no record.
 * Throws CsvError for a quote left open.
 */
export function parseCsv(text: string): string[][] {
  const sep = separatorOf(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let openedAt = 0;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      openedAt = records.length + 1;
    } else if (ch === sep) {
      record.push(field);
      field = "";
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (quoted) throw new CsvError(`dòng ${openedAt}: dấu ngoặc kép mở mà không đóng`);
  if (field !== "" || record.length) endRecord();
  return records;
}
