/**
 * A worker thread that extracts one chunk of a large text file at a time: the chunk's text and
 * the document's information (read from its first chunk) in, its facts and segments out.
 */
import { parentPort } from "node:worker_threads";
import type { ChunkJob, ChunkResult } from "./chunk-pool.js";
import { buildDocument } from "./document/build.js";
import { segmentsOf } from "./document/segments.js";
import { factsOf } from "./facts/walk.js";
import { makeSource } from "./text/source.js";

parentPort?.on("message", (job: ChunkJob) => {
  let reply: ChunkResult;
  try {
    const tree = buildDocument(makeSource(job.name, job.format, job.text, job.firstLine));
    reply = {
      id: job.id,
      facts: factsOf(tree, job.info),
      segments: job.segments ? segmentsOf(tree) : undefined,
    };
  } catch (e) {
    reply = { id: job.id, facts: [], error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
