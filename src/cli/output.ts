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

/** Buffered stdout that waits for the pipe to drain, so memory stays bounded. */
export class Writer {
  private buf: string[] = [];
  private size = 0;

  get pending(): number {
    return this.size;
  }
  write(s: string): void {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.flushSync();
  }
  private flushSync(): void {
    if (!this.buf.length) return;
    process.stdout.write(this.buf.join(""));
    this.buf = [];
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
