/**
 * stdout for commands that may print a lot: buffered, waiting for the pipe to drain so memory
 * stays bounded, and quiet when the reader stops early.
 */

/** A reader that stops early (| head) closes the pipe: stop quietly, as other tools do. */
export function exitOnClosedPipe(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    process.stderr.write(`solieu: cannot write the output (${e.message})\n`);
    process.exit(2);
  });
}

/** How many bytes the writer gathers before it writes them out. */
const CHUNK_BYTES = 1 << 18;

/** Buffered stdout that waits for the pipe to drain, so memory stays bounded. */
export class Writer {
  // Strings are encoded straight into a byte buffer: cheaper than joining them and encoding
  // the join.
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private size = 0;

  get pending(): number {
    return this.size;
  }
  write(s: string): void {
    // (UTF-8 takes at most 3 bytes per UTF-16 unit.)
    if (this.size + 3 * s.length > this.chunk.length) {
      this.flushSync();
      if (3 * s.length > this.chunk.length) {
        process.stdout.write(s);
        return;
      }
    }
    this.size += this.chunk.write(s, this.size);
  }
  private flushSync(): void {
    if (!this.size) return;
    // A fresh buffer each time: the stream may still hold the one written.
    process.stdout.write(this.chunk.subarray(0, this.size));
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.size = 0;
  }
  async drain(): Promise<void> {
    this.flushSync();
    const out = process.stdout;
    if (out.writableNeedDrain && !out.destroyed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off("drain", done);
          out.off("close", done);
          resolve();
        };
        out.on("drain", done);
        out.on("close", done);
      });
    }
  }
}
