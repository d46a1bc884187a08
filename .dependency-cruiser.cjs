/**
 * Who may import whom in src/ (README, "The shape of the code"), checked by `npm run lint`.
 * Type-only imports count: a circle of types is still a circle a reader has to untangle.
 *
 *   extraction  text, numbers, document, facts, catalogue, periods, search, extract-file,
 *               chunk-*: reads a report into facts; imports nothing above it
 *   api         the contract (zod schemas and their types): extraction only
 *   store       the only code that queries a database: api and extraction
 *   services    analysis, ask, export, report, import, accounts: the store and below
 *   surfaces    server, cli, index.ts: anything; the server never the CLI
 *   web         the browser app: its own files, and the contract's types
 */
const EXTRACTION =
  "^src/(text|numbers|document|facts|catalogue|periods|search)/|^src/(extract-file|chunk-pool|chunk-worker)\\.ts$";
const SERVICES = "^src/(analysis|ask|export|report|import|accounts)/";
const SURFACES = "^src/(server|cli)/|^src/index\\.ts$";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "An import circle: split the shared part out, or move it down a stage.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "extraction-stays-below",
      comment:
        "Extraction reads files into facts; it knows nothing of the contract, the store or the surfaces.",
      severity: "error",
      from: { path: EXTRACTION },
      to: { path: `^src/(api|store|web)/|${SERVICES}|${SURFACES}` },
    },
    {
      name: "api-is-the-bottom-of-the-rest",
      comment: "The contract is made of extraction's words only: the store and the services answer in it.",
      severity: "error",
      from: { path: "^src/api/" },
      to: { path: `^src/(store|web)/|${SERVICES}|${SURFACES}` },
    },
    {
      name: "store-below-services",
      comment: "The store answers in the contract; what is made of its answers lives above it.",
      severity: "error",
      from: { path: "^src/store/" },
      to: { path: `^src/web/|${SERVICES}|${SURFACES}` },
    },
    {
      name: "services-below-surfaces",
      severity: "error",
      from: { path: SERVICES },
      to: { path: `^src/web/|${SURFACES}` },
    },
    {
      name: "server-not-cli",
      comment: "The CLI starts the server, not the other way round.",
      severity: "error",
      from: { path: "^src/server/" },
      to: { path: "^src/cli/|^src/web/" },
    },
    {
      name: "queries-live-in-the-store",
      comment: "Only src/store talks to a database; everything else asks it.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/store/" },
      to: { path: "node_modules/(kysely|pg|better-sqlite3)/" },
    },
    {
      name: "web-takes-the-contract-only",
      comment: "The web app takes nothing of src/ but the contract.",
      severity: "error",
      from: { path: "^src/web/" },
      to: { path: "^src/", pathNot: "^src/(web|api)/" },
    },
    {
      name: "web-takes-types-only",
      comment: "…and the contract as types only (erased by Vite): no zod in the bundle.",
      severity: "error",
      from: { path: "^src/web/" },
      to: { path: "^src/api/", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/web/vite\\.config\\.ts$" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
