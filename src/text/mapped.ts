/**
 * Text that remembers where every character came from. The normalised text of a line,
 * paragraph or sentence is a `Mapped`: `map[i]` is the raw offset of `text[i]`. Characters the
 * normaliser inserts (a space where two lines are joined) map to the raw offset they stand at.
 */
export interface Mapped {
  text: string;
  map: Int32Array;
}

export class MappedBuilder {
  private parts: string[] = [];
  private offsets: number[] = [];
  private length = 0;

  /** Copy raw[start, end) unchanged. */
  raw(raw: string, start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(raw.slice(start, end));
    for (let o = start; o < end; o++) this.offsets.push(o);
    this.length += end - start;
    return this;
  }

  /** Insert text that is not in the raw input, placed at raw offset `at`. */
  insert(text: string, at: number): this {
    if (!text) return this;
    this.parts.push(text);
    for (let k = 0; k < text.length; k++) this.offsets.push(at);
    this.length += text.length;
    return this;
  }

  /** Append another mapped text. */
  append(m: Mapped): this {
    if (!m.text) return this;
    this.parts.push(m.text);
    for (let k = 0; k < m.map.length; k++) this.offsets.push(m.map[k]);
    this.length += m.text.length;
    return this;
  }

  /** Compose a combining mark (NFD input) with the last character, keeping its offset. */
  composeLast(mark: string): this {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (!p.length) continue;
      const composed = (p[p.length - 1] + mark).normalize("NFC");
      if (composed.length === 1) this.parts[i] = p.slice(0, -1) + composed;
      return this;
    }
    return this;
  }

  /** True when nothing but white space was appended so far. */
  isBlank(): boolean {
    return this.parts.every((p) => p.trim() === "");
  }

  get size(): number {
    return this.length;
  }

  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (p.length) return p[p.length - 1];
    }
    return "";
  }

  build(): Mapped {
    return { text: this.parts.join(""), map: Int32Array.from(this.offsets) };
  }
}

export function slice(m: Mapped, start: number, end: number): Mapped {
  return { text: m.text.slice(start, end), map: m.map.subarray(start, end) };
}

/** Trim white space at both ends, keeping the map aligned. */
export function trim(m: Mapped): Mapped {
  let a = 0;
  let b = m.text.length;
  while (a < b && /\s/.test(m.text[a])) a++;
  while (b > a && /\s/.test(m.text[b - 1])) b--;
  return slice(m, a, b);
}

export function concat(parts: Mapped[], sep = " "): Mapped {
  const b = new MappedBuilder();
  parts.forEach((p, i) => {
    if (i > 0 && sep) b.insert(sep, p.map.length ? p.map[0] : 0);
    b.append(p);
  });
  return b.build();
}
