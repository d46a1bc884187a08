/**
 * A look at an XML part of a .docx as it is inflated, chunk by chunk, before any XML parser sees
 * it. Word never writes a DTD, and nests its elements a few dozen levels at most: a DTD is there
 * for entity expansion (billion laughs) or external entities, and thousands of levels are there
 * to overflow a parser's stack, so both are refused up front with a reason a person can read.
 */

/** Far deeper than Word goes (tables in text boxes in tables stay under a hundred). */
export const MAX_XML_DEPTH = 256;

/** Where the scan is: in text, just after '<', in an open tag, a closing tag, or <!…> / <?…?>. */
const State = { Text: 0, Open: 1, Tag: 2, Close: 3, Markup: 4 } as const;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOT = 0x22;
const APOS = 0x27;

export class XmlScan {
  private state: number = State.Text;
  private quote = 0;
  private prev = 0;
  private depth = 0;
  /** The last bytes of the previous chunk, so a `<!DOCTYPE` cut across two chunks is still seen. */
  private tail = "";

  /** Reads the next chunk; the reason to refuse the part, or null while it looks like Word's XML. */
  push(chunk: Uint8Array): string | null {
    const text = this.tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
    if (text.includes("<!DOCTYPE") || text.includes("<!ENTITY"))
      return "declares a DTD (entity expansion or external entities)";
    this.tail = text.slice(-9);
    for (const c of chunk) {
      switch (this.state) {
        case State.Text:
          if (c === LT) this.state = State.Open;
          break;
        case State.Open:
          if (c === SLASH) this.state = State.Close;
          else if (c === BANG || c === QUESTION) this.state = State.Markup;
          else {
            if (++this.depth > MAX_XML_DEPTH) return `nests its elements more than ${MAX_XML_DEPTH} deep`;
            this.state = State.Tag;
          }
          break;
        case State.Tag:
          // A quoted attribute value may hold '>' and '/'.
          if (this.quote) {
            if (c === this.quote) this.quote = 0;
          } else if (c === QUOT || c === APOS) this.quote = c;
          else if (c === GT) {
            if (this.prev === SLASH) this.depth--;
            this.state = State.Text;
          }
          break;
        case State.Close:
          if (c === GT) {
            this.depth--;
            this.state = State.Text;
          }
          break;
        case State.Markup:
          if (c === GT) this.state = State.Text;
          break;
      }
      this.prev = c;
    }
    return null;
  }
}

/** The zip entries that are XML: parts and relationships. */
export const isXmlPart = (name: string) => /\.(?:xml|rels)$/i.test(name);
