import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Segment } from "./document/segments.js";
import type { DocumentInfo, Fact } from "./facts/types.js";
import type { Source } from "./text/source.js";

export interface ChunkJob {
  id: number;
  name: string;
  format: Source["format"];
  text: string;
  firstLine: number;
  info: DocumentInfo;
  segments: boolean;
}

export interface ChunkResult {
  id: number;
  facts: Fact[];
  segments?: Segment[];
  error?: string;
}

/**
 * Threads for the chunks of one large file. Every thread pays its own start and JIT warm-up
 * (about half a second) and its own heap, so they only help with four cores or more.
 */
export function defaultChunkWorkers(): number {
  const cores = availableParallelism();
  return cores >= 4 ? Math.min(4, cores - 1) : 0;
}

/**
 * Worker threads that extract the chunks of a large text file after the first: a chunk's facts
 * depend only on its text and the document's information, so chunks can be read side by side
 * and their facts given back in the file's order.
 */
export class ChunkPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: ChunkJob[] = [];
  private waiting = new Map<number, { resolve: (r: ChunkResult) => void; reject: (e: Error) => void }>();
  private next = 1;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL("./chunk-worker.js", import.meta.url));
      w.on("message", (m: ChunkResult) => {
        const p = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (m.error) p?.reject(new Error(m.error));
        else p?.resolve(m);
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

  extract(source: Source, info: DocumentInfo, segments: boolean): Promise<ChunkResult> {
    const id = this.next++;
    const job: ChunkJob = {
      id,
      name: source.name,
      format: source.format,
      text: source.text,
      firstLine: source.firstLine,
      info,
      segments,
    };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.queue.push(job);
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
