/**
 * Text that remembers where every character came from. The normalised text of a line,
 * paragraph or sentence is a `Mapped`: `map[i]` is the raw offset of `text[i]`. Characters the
 * normaliser inserts (a space where two lines are joined) map to the raw offset they stand at.
 */
export interface Mapped {
  text: string;
  map: Int32Array;
}

const NO_OFFSETS = new Int32Array(0);

export class MappedBuilder {
  private parts: string[] = [];
  // Offsets in a typed array grown by doubling: a paragraph's map is built without a boxed
  // number per character.
  private offsets = NO_OFFSETS;
  private length = 0;

  /** `capacity`: how many characters are expected, when known, so that the map is allocated once. */
  constructor(capacity = 0) {
    if (capacity > 0) this.offsets = new Int32Array(capacity);
  }

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.offsets.length) return;
    const size = Math.max(need, this.offsets.length * 2, 32);
    const grown = new Int32Array(size);
    grown.set(this.offsets.subarray(0, this.length));
    this.offsets = grown;
  }

  /** Copy raw[start, end) unchanged. */
  raw(raw: string, start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(raw.slice(start, end));
    this.reserve(end - start);
    const o = this.offsets;
    let k = this.length;
    for (let i = start; i < end; i++) o[k++] = i;
    this.length = k;
    return this;
  }

  /** Insert text that is not in the raw input, placed at raw offset `at`. */
  insert(text: string, at: number): this {
    if (!text) return this;
    this.parts.push(text);
    this.reserve(text.length);
    this.offsets.fill(at, this.length, this.length + text.length);
    this.length += text.length;
    return this;
  }

  /** Append another mapped text. */
  append(m: Mapped): this {
    if (!m.text) return this;
    this.parts.push(m.text);
    this.reserve(m.map.length);
    this.offsets.set(m.map, this.length);
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
    // A map filled to its size is handed over as it is: appending more would grow a new one.
    const map = this.length === this.offsets.length ? this.offsets : this.offsets.slice(0, this.length);
    return { text: this.parts.join(""), map };
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
