// What the store bench measures and against which bars; the errors that are its own.

/** Bump when the generator changes what it writes: the cached SQLite store is rebuilt. */
export const GENERATOR = "store-bench-2";
export const SYNTHETIC = {
  documents: 10_000,
  /** Facts per document: pairs of 100 ± d, d in 0..50, so the total is exactly 100 × documents. */
  factsPerDocument: 100,
  spread: 50,
  /** Years a copy is moved by: 4 back to 1 ahead. */
  shifts: [-4, -3, -2, -1, 0, 1],
  /** Share of a district report's copies kept on its own district; the rest go to its siblings. */
  ownArea: 0.25,
};
/** Timed ingest runs, after one warm-up. */
export const INGEST_RUNS = 3;
/** Calls of each query per backend. */
export const N = 200;
export const BAR = { seriesP95Ms: 20, searchP95Ms: 50 };
/** Documents per bulk-insert transaction. */
export const BATCH_DOCS = 250;

/** An error of the bench itself (not a missed bar): the only kind that makes the exit code 1. */
export class BenchError extends Error {}
