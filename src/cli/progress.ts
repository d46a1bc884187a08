/** A progress line on stderr, shown only on a terminal. */
export class Progress {
  private i = 0;
  private readonly tty: boolean;
  constructor(
    private total: number,
    _label: string | null,
  ) {
    this.tty = !!process.stderr.isTTY && total > 1;
  }
  /** The next file begins; `note` (facts so far, MB/s) is shown beside the count. */
  start(file: string, note = ""): void {
    this.i++;
    if (!this.tty) return;
    const width = 24;
    const filled = Math.round((width * (this.i - 1)) / this.total);
    const name = file.length > 40 ? `…${file.slice(-39)}` : file;
    process.stderr.write(
      `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${this.i}/${this.total}${note ? ` · ${note}` : ""} ${name}\x1b[K`,
    );
  }
  clear(): void {
    if (this.tty) process.stderr.write("\r\x1b[K");
  }
  done(): void {
    this.clear();
  }
}
