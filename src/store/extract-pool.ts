import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DocumentHints } from "../facts/types.js";
import type { Extracted } from "./extracted.js";

/**
 * Worker threads that extract files in the background, one job each at a time. Ingest hands
 * them the next files while it writes the current one, so extraction uses the other cores.
 */
export class ExtractPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: { id: number; path: string; hints: DocumentHints }[] = [];
  private waiting = new Map<number, { resolve: (r: Extracted) => void; reject: (e: Error) => void }>();
  private next = 1;

  constructor(size = Math.max(1, Math.min(4, availableParallelism() - 1))) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL("./extract-worker.js", import.meta.url));
      w.on("message", (m: { id: number; result: Extracted }) => {
        this.waiting.get(m.id)?.resolve(m.result);
        this.waiting.delete(m.id);
        this.idle.push(w);
        this.pump();
      });
      w.on("error", (e) => {
        for (const p of this.waiting.values()) p.reject(e);
        this.waiting.clear();
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** Extract a file in a worker. */
  extract(path: string, hints: DocumentHints): Promise<Extracted> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.queue.push({ id, path, hints });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop() as Worker;
      w.postMessage(this.queue.shift());
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
