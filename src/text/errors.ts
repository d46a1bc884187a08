/** An input that cannot be read: reported as one line naming the file and the reason. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "InputError";
  }
}
