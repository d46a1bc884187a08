/**
 * A worker thread that reads and extracts files for ingest while the main thread writes the
 * previous ones: `{ path, hints }` in, an `Extracted` (or its error) out.
 */
import { parentPort } from "node:worker_threads";
import { extractForStore } from "./extracted.js";

parentPort?.on(
  "message",
  async (job: { id: number; path: string; hints: Parameters<typeof extractForStore>[1] }) => {
    const result = await extractForStore(job.path, job.hints);
    parentPort?.postMessage({ id: job.id, result });
  },
);
