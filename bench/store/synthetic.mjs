// Stage 2 of the store bench, per backend: build the synthetic store (or take the cached SQLite
// one) and say what it holds.
import { postgresStore } from "./build-postgres.mjs";
import { sqliteStore } from "./build-sqlite.mjs";
import { fmtInt, fmtMB } from "./format.mjs";
import { SYNTHETIC } from "./settings.mjs";

/** The synthetic store on this backend, described on the console; what latency.mjs measures. */
export async function syntheticStore(lib, backend, tpl, { rebuild, keep }) {
  const built =
    backend.name === "sqlite"
      ? await sqliteStore(lib, tpl, rebuild)
      : await postgresStore(lib, tpl, backend, keep);
  const what = backend.name === "sqlite" ? built.file : backend.where;
  console.log(
    `${backend.name} store: ${fmtInt(built.documents)} documents, ${fmtInt(built.facts)} facts, ${fmtInt(built.segments)} segments, ` +
      `${fmtMB(built.bytes)} MB — ${
        built.built === false
          ? `cached (built earlier in ${built.buildSeconds.toFixed(1)} s; --rebuild to build again)`
          : `built in ${built.buildSeconds.toFixed(1)} s (load ${built.loadSeconds.toFixed(1)} s, indexes and ANALYZE ${built.indexSeconds.toFixed(1)} s)`
      }; ${what}`,
  );
  console.log(`${backend.name} store: indexes made again after loading: ${built.indexes.join(", ")}`);
  if (built.versions)
    console.log(
      `synthetic store: each document a run of ${SYNTHETIC.factsPerDocument - SYNTHETIC.spread}–${SYNTHETIC.factsPerDocument + SYNTHETIC.spread} ` +
        `consecutive facts of one corpus report with their segments, moved ${-SYNTHETIC.shifts[0]} years back to ` +
        `${SYNTHETIC.shifts[SYNTHETIC.shifts.length - 1]} ahead; district reports spread over their province's district-level units, ` +
        `provincial ones kept provincial; ${fmtInt(built.series)} coded series, versions per series p50 ${built.versions.p50}, ` +
        `p90 ${built.versions.p90}, max ${built.versions.max}`,
    );
  return built;
}
