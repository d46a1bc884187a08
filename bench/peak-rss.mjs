// Child process of bench/run.mjs: extracts one file, streaming the facts, and prints one JSON line
// with its own peak resident memory. It runs in a fresh process so that the peak belongs to this
// extraction alone — not to the benchmark's earlier runs, its input buffers or a heap the timed
// runs have already grown.
//
//   node bench/peak-rss.mjs <file>   →   {"facts":N,"ms":T,"baseRssKB":B,"maxRssKB":M}
//                                        or {"error":"..."} and exit code 1
import { readFileSync } from "node:fs";

/** Peak RSS in KB: the kernel's high-water mark (VmHWM) if /proc is there, else getrusage. */
function peakRssKB() {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    // No /proc (macOS, some sandboxes): fall through to getrusage.
  }
  // On Linux and macOS alike, Node reports maxRSS in kilobytes.
  return process.resourceUsage().maxRSS;
}

const file = process.argv[2];
if (!file) {
  console.log(JSON.stringify({ error: "usage: peak-rss.mjs <file>" }));
  process.exit(2);
}
try {
  const { extractFile } = await import("../dist/index.js");
  // What Node plus the loaded library hold before any input is read, to tell the extractor's own
  // share of the peak apart from the runtime's fixed cost.
  const baseRssKB = Math.round(process.memoryUsage().rss / 1024);
  let facts = 0;
  const t0 = performance.now();
  // onFacts: facts are counted and dropped, as a streaming consumer would, so that what is
  // measured is the extractor's working memory rather than an ever-growing fact list.
  const result = await extractFile(file, {
    onFacts: (batch) => {
      facts += batch.length;
    },
  });
  const ms = performance.now() - t0;
  if (result.error) {
    console.log(JSON.stringify({ error: result.error }));
    process.exit(1);
  }
  console.log(JSON.stringify({ facts, ms, baseRssKB, maxRssKB: peakRssKB() }));
} catch (e) {
  console.log(JSON.stringify({ error: String(e instanceof Error ? e.message : e).split("\n")[0] }));
  process.exit(1);
}
