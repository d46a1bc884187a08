/**
 * The HTTP API (src/server) through `app.request`, no network: every endpoint's shape and
 * values over a small report ingested into SQLite and PostgreSQL, parameter errors, a missing
 * document, the security headers and the OpenAPI document.
 *
 * Runs on the built library (`npm run build` first; `npm test` does it).
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  AreasResponse,
  AskResponse,
  CheckResponse,
  DocumentDetail,
  DocumentsResponse,
  FactsResponse,
  IndicatorsResponse,
  SearchResponse,
  StatusResponse,
} from "../dist/api/schemas.js";
import { createApp } from "../dist/server/app.js";
import type { Store } from "../dist/store/connect.js";
import { ingestFiles } from "../dist/store/ingest.js";
import { backends } from "./helpers/backends.js";

const SENTENCE = "Năm 2023 tốc độ tăng trưởng kinh tế đạt 7,5%, tỷ lệ hộ nghèo còn 24,1%.";
const REPORT = `ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN

BÁO CÁO
Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2023

I. KẾT QUẢ THỰC HIỆN

${SENTENCE}
`;
const LINE = 9;
const dir = mkdtempSync(join(tmpdir(), "solieu-api-"));
const file = join(dir, "bao-cao-2023.txt");
writeFileSync(file, REPORT);

const OPERATIONS = [
  "GET /api/facts",
  "GET /api/facts/{id}",
  "POST /api/facts/{id}/review",
  "GET /api/status",
  "GET /api/check",
  "GET /api/search",
  "GET /api/ask",
  "GET /api/export",
  "GET /api/report",
  "GET /api/documents",
  "POST /api/documents",
  "GET /api/documents/{id}",
  "GET /api/indicators",
  "GET /api/areas",
  "GET /api/session",
  "POST /api/session",
  "DELETE /api/session",
  "GET /api/openapi.json",
  "GET /api/docs",
];
const PATHS = [...new Set(OPERATIONS.map((op) => op.split(" ")[1]))];

for (const backend of backends("api")) {
  describe(`HTTP API on ${backend.name}`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let docId: number;
    const logged: string[] = [];

    /** GET a path, the answer's JSON parsed with the schema the OpenAPI document gives. */
    async function get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
      const res = await app.request(path);
      const body = await res.json();
      expect([path, res.status, body.error]).toEqual([path, 200, undefined]);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      return schema.parse(body);
    }
    async function refused(path: string): Promise<{ status: number; error: string }> {
      const res = await app.request(path);
      const body = (await res.json()) as { error: string };
      expect(Object.keys(body)).toEqual(["error"]);
      return { status: res.status, error: body.error };
    }

    beforeAll(async () => {
      store = await backend.open();
      const [r] = await ingestFiles(store, [file]);
      expect(r.status).toBe("added");
      docId = r.id as number;
      app = createApp(store, { log: (m) => logged.push(m) });
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });

    it("GET /api/facts: the report's figures with their provenance", async () => {
      const { facts } = await get("/api/facts", FactsResponse);
      const growth = facts.find((f) => f.indicator.code === "grdp_growth");
      const poverty = facts.find((f) => f.indicator.code === "poverty_rate");
      expect(growth).toMatchObject({
        doc: "bao-cao-2023.txt",
        line: LINE,
        column: SENTENCE.indexOf("7,5"),
        value_text: "7,5",
        value: 7.5,
        unit: "%",
        kind: "actual",
        period: "2023",
        sentence: SENTENCE,
        document: { id: docId },
      });
      expect(poverty).toMatchObject({ value: 24.1, value_text: "24,1", line: LINE });
    });

    it("GET /api/facts filters by indicator, period, kind, doc and pages", async () => {
      const byCode = await get("/api/facts?indicator=poverty_rate", FactsResponse);
      expect(byCode.facts.map((f) => f.value)).toEqual([24.1]);
      const byWords = await get(
        `/api/facts?indicator=${encodeURIComponent("ty le ho ngheo")}`,
        FactsResponse,
      );
      expect(byWords.facts.map((f) => f.value)).toEqual([24.1]);
      const all = (await get("/api/facts?period=2023&kind=actual&doc=bao-cao-2023.txt", FactsResponse)).facts;
      expect(all.length).toBeGreaterThanOrEqual(2);
      expect((await get("/api/facts?kind=target", FactsResponse)).facts).toEqual([]);
      expect((await get("/api/facts?period=2022", FactsResponse)).facts).toEqual([]);
      expect((await get("/api/facts?doc=other.txt", FactsResponse)).facts).toEqual([]);
      const page = await get("/api/facts?limit=1&offset=1", FactsResponse);
      expect(page.facts.map((f) => f.id)).toEqual([all[1].id]);
      // An empty value is no filter, as a form's empty field.
      expect((await get("/api/facts?kind=&area=", FactsResponse)).facts.length).toBe(all.length);
    });

    it("GET /api/status: plan against result rows for the period, a page at a time", async () => {
      // Rows without a target are plain results: asked for with all=true, as the CLI's --all.
      expect((await get("/api/status?period=2023", StatusResponse)).rows.map((r) => r.status)).not.toContain(
        "no_target",
      );
      const { rows, total } = await get("/api/status?period=2023&all=true", StatusResponse);
      expect(total).toBe(rows.length);
      const page = await get("/api/status?period=2023&all=true&limit=1&offset=1", StatusResponse);
      expect(page).toEqual({ rows: [rows[1]], total });
      const poverty = rows.find((r) => r.indicator.code === "poverty_rate");
      expect(poverty).toMatchObject({
        period: "2023",
        status: "no_target",
        target: null,
        result: { value_text: "24,1", doc: "bao-cao-2023.txt", line: LINE },
      });
      expect((await get("/api/status?period=2019", StatusResponse)).rows).toEqual([]);
    });

    it("GET /api/check: findings, none in a report that agrees with itself", async () => {
      const { findings } = await get("/api/check", CheckResponse);
      expect(findings).toEqual([]);
    });

    it("GET /api/search: hits with or without diacritics, with the sentence's facts", async () => {
      for (const q of ["hộ nghèo", "ho ngheo"]) {
        const { hits } = await get(`/api/search?q=${encodeURIComponent(q)}`, SearchResponse);
        expect(hits.length).toBeGreaterThan(0);
        expect(hits[0]).toMatchObject({ doc: "bao-cao-2023.txt", document_id: docId, line: LINE });
        expect(hits[0].snippet).toContain("«hộ nghèo»");
        expect(hits[0].facts.map((f) => f.value_text)).toContain("24,1");
      }
      const none = await get("/api/search?q=xyzzyq", SearchResponse);
      expect(none.hits).toEqual([]);
      expect((await get("/api/search?q=ngheo&doc=other.txt", SearchResponse)).hits).toEqual([]);
    });

    it("GET /api/ask: a cited answer and its facts, with or without diacritics", async () => {
      for (const q of ["tỷ lệ hộ nghèo năm 2023 là bao nhiêu", "ty le ho ngheo nam 2023"]) {
        const { answer, facts } = await get(`/api/ask?q=${encodeURIComponent(q)}`, AskResponse);
        expect(facts[0]).toMatchObject({ doc: "bao-cao-2023.txt", line: LINE, value_text: "24,1" });
        expect(answer).toContain("24,1");
        expect(answer).toContain(`dòng ${LINE}`);
      }
    });

    it("GET /api/export: the facts as a file in each format", async () => {
      const csv = await app.request("/api/export?format=csv");
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-disposition")).toBe('attachment; filename="so-lieu.csv"');
      const raw = new Uint8Array(await csv.arrayBuffer());
      expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
      const text = new TextDecoder().decode(raw);
      expect(text).toContain("24,1");
      const sdmx = await (await app.request("/api/export?format=sdmx-csv&indicator=poverty_rate")).text();
      expect(sdmx.split("\n")[0]).toContain("INDICATOR");
      expect(sdmx).toContain("poverty_rate");
      const xlsx = await app.request("/api/export?format=xlsx");
      const bytes = new Uint8Array(await xlsx.arrayBuffer());
      expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip: PK
      const dhis2 = JSON.parse(await (await app.request("/api/export?format=dhis2-json")).text());
      expect(dhis2.dataValues.length).toBeGreaterThan(0);
    });

    it("GET /api/report: the period's report as Markdown or DOCX", async () => {
      const md = await app.request("/api/report?period=2023&format=md");
      expect(md.status).toBe(200);
      expect(md.headers.get("content-disposition")).toBe('attachment; filename="bao-cao-2023.md"');
      const text = await md.text();
      expect(text).toContain("Chỉ tiêu");
      expect(text).toContain("24,1");
      const docx = await app.request("/api/report?period=2023");
      expect(docx.headers.get("content-type")).toContain("wordprocessingml");
      const bytes = new Uint8Array(await docx.arrayBuffer());
      expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    });

    it("GET /api/documents: metadata without the text", async () => {
      const { documents } = await get("/api/documents", DocumentsResponse);
      expect(documents).toHaveLength(1);
      expect(documents[0]).toMatchObject({ id: docId, doc: "bao-cao-2023.txt", format: "txt", draft: false });
      expect(documents[0].facts).toBeGreaterThanOrEqual(2);
      expect(JSON.stringify(documents)).not.toContain("tỷ lệ hộ nghèo");
    });

    it("GET /api/documents/:id: the text and where each fact is in it", async () => {
      const detail = await get(`/api/documents/${docId}`, DocumentDetail);
      expect(detail.document.id).toBe(docId);
      expect(detail.text).toBe(REPORT);
      expect(detail.facts.length).toBe(detail.document.facts);
      const lines = detail.text.split("\n");
      for (const f of detail.facts) {
        expect(lines[f.line - 1].slice(f.column, f.column + f.value_text.length)).toBe(f.value_text);
      }
      expect(detail.facts.map((f) => f.value_text)).toEqual(expect.arrayContaining(["7,5", "24,1"]));
    });

    it("GET /api/indicators and /api/areas: the catalogue and the known units", async () => {
      const { indicators } = await get("/api/indicators", IndicatorsResponse);
      const growth = indicators.find((i) => i.code === "grdp_growth");
      expect(growth).toMatchObject({ unit: "%", direction: "up" });
      expect(growth?.aliases).toContain("tốc độ tăng trưởng kinh tế");
      const { areas } = await get("/api/areas", AreasResponse);
      const dienBien = areas.filter((a) => a.name.includes("Điện Biên"));
      expect(dienBien.length).toBeGreaterThan(0);
      expect(dienBien.some((a) => a.level === "tỉnh")).toBe(true);
    });

    it("refuses a wrong parameter with 400 and says which and why", async () => {
      const cases: [string, string][] = [
        ["/api/facts?limit=abc", "limit: not a whole number"],
        ["/api/facts?limit=1.5", "limit: not a whole number"],
        ["/api/facts?limit=-1", "limit: not a whole number"],
        ["/api/facts?limit=20000", "limit: must be at most 10000"],
        ["/api/facts?offset=x", "offset: not a whole number"],
        ["/api/facts?kind=guess", "kind: not one of actual|estimate|target|forecast"],
        [
          "/api/facts?period=năm%202023",
          "period: not a period code (2023, 2023-S1, 2023-Q3, 2023-06, 2021/2025)",
        ],
        ["/api/facts?limt=5", "limt: unknown parameter"],
        ["/api/facts?kind=actual&kind=target", "kind: given more than once"],
        [`/api/facts?area=${"x".repeat(201)}`, "area: too long (at most 200 characters)"],
        ["/api/status?period=23", "period: not a period code (2023, 2023-S1, 2023-Q3, 2023-06, 2021/2025)"],
        ["/api/check?all=1", "all: unknown parameter"],
        ["/api/search", "q: required"],
        ["/api/search?q=", "q: required"],
        ["/api/search?q=ngheo&limit=0", "limit: must be at least 1"],
        ["/api/search?q=ngheo&limit=101", "limit: must be at most 100"],
        ["/api/ask", "q: required"],
        ["/api/export?format=pdf", "format: not one of csv|xlsx|sdmx-csv|dhis2-json"],
        ["/api/report", "period: required"],
        ["/api/report?period=2023&format=pdf", "format: not one of docx|md"],
        ["/api/ask?q=ngheo&limit=0", "limit: must be at least 1"],
        ["/api/documents/abc", "id: not a whole number"],
        ["/api/documents/0", "id: must be at least 1"],
        ["/api/documents/99999999999", "id: must be at most 2147483647"],
      ];
      for (const [path, error] of cases)
        expect([path, await refused(path)]).toEqual([path, { status: 400, error }]);
    });

    it("answers 404 {error} for a missing document or endpoint, and nothing is logged", async () => {
      expect(await refused("/api/documents/987654")).toEqual({ status: 404, error: "no document 987654" });
      expect(await refused("/api/nothing")).toEqual({ status: 404, error: "not found: GET /api/nothing" });
      expect(logged).toEqual([]);
    });

    it("answers a failure 500 {error} without its stack, which goes to the log", async () => {
      const broken = await backend.open();
      await broken.close();
      const log: string[] = [];
      const res = await createApp(broken, { log: (m) => log.push(m) }).request("/api/facts");
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ error: "internal error" });
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(log).toHaveLength(1);
      expect(log[0]).toMatch(/^GET \/api\/facts: /);
    });

    it("sets the security headers on answers, errors included", async () => {
      for (const path of ["/api/facts", "/api/docs", "/api/documents/abc", "/api/nothing"]) {
        const res = await app.request(path);
        expect(res.headers.get("content-security-policy")).toBe(
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'",
        );
        expect(res.headers.get("x-content-type-options")).toBe("nosniff");
        expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      }
    });

    it("serves an OpenAPI 3.1 document listing every path, and a page without script", async () => {
      const res = await app.request("/api/openapi.json");
      expect(res.status).toBe(200);
      const doc = (await res.json()) as {
        openapi: string;
        paths: Record<
          string,
          Record<string, { parameters: { name: string; in: string; schema: object }[]; security?: object[] }>
        >;
        components: { schemas: Record<string, object>; securitySchemes: Record<string, object> };
      };
      expect(doc.openapi).toBe("3.1.0");
      expect(Object.keys(doc.paths).sort()).toEqual([...PATHS].sort());
      const listed = Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
      );
      expect(listed.sort()).toEqual([...OPERATIONS].sort());
      // Writes but signing in need the session cookie and the CSRF header.
      for (const op of ["POST /api/facts/{id}/review", "POST /api/documents", "DELETE /api/session"]) {
        const [m, p] = op.split(" ");
        expect([op, doc.paths[p][m.toLowerCase()].security]).toEqual([op, [{ session: [], csrf: [] }]]);
      }
      expect(doc.components.securitySchemes).toMatchObject({
        session: { type: "apiKey", in: "cookie", name: "solieu_session" },
        csrf: { type: "apiKey", in: "header", name: "X-CSRF-Token" },
      });
      const params = (p: string) => doc.paths[p].get.parameters.map((x) => x.name);
      expect(params("/api/facts")).toEqual(["indicator", "area", "period", "kind", "doc", "limit", "offset"]);
      expect(params("/api/status")).toEqual(["period", "area", "all", "limit", "offset"]);
      expect(params("/api/search")).toEqual(["q", "limit", "doc"]);
      expect(doc.paths["/api/documents/{id}"].get.parameters[0]).toMatchObject({
        name: "id",
        in: "path",
        schema: { type: "integer", minimum: 1 },
      });
      const kind = doc.paths["/api/facts"].get.parameters.find((x) => x.name === "kind");
      expect(kind?.schema).toEqual({ type: "string", enum: ["actual", "estimate", "target", "forecast"] });
      // The upload's form fields and the fields they leave behind: the document's given, each fact's why.
      const upload = (
        doc.paths["/api/documents"] as unknown as Record<
          string,
          { requestBody: { content: Record<string, { schema: { properties: object; required: string[] } }> } }
        >
      ).post.requestBody.content["multipart/form-data"].schema;
      expect(Object.keys(upload.properties)).toEqual(["file", "date", "period", "area", "title", "issuer"]);
      expect(upload.required).toEqual(["file"]);
      expect(doc.components.schemas.DocumentMeta).toMatchObject({
        properties: { given: { $ref: "#/components/schemas/Given" } },
      });
      expect(doc.components.schemas.Fact).toMatchObject({
        properties: { why: { $ref: "#/components/schemas/Why" } },
      });
      expect(doc.components.schemas.Why).toMatchObject({
        properties: { kind: { type: "string" }, period: { type: "string" } },
      });
      // Every $ref names a schema the document holds.
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map(
        (m) => m[1],
      );
      expect(refs.length).toBeGreaterThan(10);
      for (const r of refs) expect(doc.components.schemas).toHaveProperty(r);

      const page = await app.request("/api/docs");
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      const html = await page.text();
      expect(html).not.toMatch(/<script|<style|\son\w+=/i);
      expect(html).toContain('href="/api/openapi.json"');
      for (const op of OPERATIONS) expect(html).toContain(op);
    });
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));
