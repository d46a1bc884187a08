import { type OpenOptions, openStore, type Store, StoreError } from "../store/connect.js";

/** Open the store for a command, or say on stderr in one line why not (null then). */
export async function openForCommand(db: string, opts: OpenOptions = {}): Promise<Store | null> {
  try {
    return await openStore(db, opts);
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    const hint =
      opts.mustExist && /no such file/.test(e.message) ? "; store reports first with solieu ingest" : "";
    process.stderr.write(`solieu: ${e.message}${hint}\n`);
    return null;
  }
}
