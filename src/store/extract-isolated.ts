import { basename } from "node:path";
import { Worker } from "node:worker_threads";
import type { DocumentHints } from "../facts/types.js";
import type { Extracted } from "./extracted.js";

/**
 * Read and extract one file in a worker thread of its own, given up (the thread stopped) after
 * `timeoutMs`. The server reads uploads this way: reading is synchronous work (pdfjs lays out a
 * page in one go, the extractor walks a whole chunk), so a hostile or enormous file read on the
 * server's own thread would stop it answering anyone until it is done. Never throws.
 */
export function extractIsolated(path: string, hints: DocumentHints, timeoutMs: number): Promise<Extracted> {
  const name = basename(path);
  const failed = (error: string): Extracted => ({ facts: [], segments: [], text: "", error });
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./extract-worker.js", import.meta.url));
    let settled = false;
    const settle = (r: Extracted) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(
      () => settle(failed(`${name}: refused: reading took longer than ${duration(timeoutMs)}`)),
      timeoutMs,
    );
    worker.on("message", (m: { result: Extracted }) => settle(m.result));
    worker.on("error", (e) => {
      const oom = (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
      settle(
        failed(
          `${name}: ${oom ? "refused: reading it needs too much memory" : `cannot be read (${e.message})`}`,
        ),
      );
    });
    worker.on("exit", () => settle(failed(`${name}: cannot be read (the reader stopped)`)));
    worker.postMessage({ id: 1, path, hints });
  });
}

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);
