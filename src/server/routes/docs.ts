import { Hono } from "hono";
import { OPERATIONS, openApiDocument } from "../openapi.js";

/** GET /api/openapi.json and GET /api/docs, a page rendered here: no script at all. */
export function docsRoutes(): Hono {
  return new Hono()
    .get("/openapi.json", (c) => c.json(openApiDocument()))
    .get("/docs", (c) => c.html(page()));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

let html: string | undefined;

function page(): string {
  html ??= `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>solieu API</title>
</head>
<body>
<h1>solieu API</h1>
<p>Every endpoint answers JSON; errors are <code>{"error": "…"}</code>. The
<a href="/api/openapi.json">OpenAPI 3.1 document</a> describes each answer in full.</p>
${OPERATIONS.map(section).join("\n")}
</body>
</html>
`;
  return html;
}

function section(op: (typeof OPERATIONS)[number]): string {
  const doc = openApiDocument() as {
    paths: Record<
      string,
      Record<string, { parameters: { name: string; description?: string; required: boolean }[] }>
    >;
  };
  const method = op.method ?? "get";
  const params = doc.paths[op.path][method].parameters;
  const list = params.length
    ? `<ul>\n${params
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.name)}</code>${p.required ? " (required)" : ""}${p.description ? ` — ${escapeHtml(p.description)}` : ""}</li>`,
        )
        .join("\n")}\n</ul>`
    : "";
  return `<h2><code>${method.toUpperCase()} ${escapeHtml(op.path)}</code></h2>\n<p>${escapeHtml(op.summary)}${op.description ? `. ${escapeHtml(op.description)}` : ""}</p>\n${list}`;
}
