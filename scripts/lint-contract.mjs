#!/usr/bin/env node
// The fact shape is declared once (npm run lint runs this; issue 12). The contract
// (src/api/fact.ts) declares it; every other module takes it from there. This fails when a file
// of src/ declares it again:
//  - an interface or type alias named Fact, FactRecord or StoredFact, or
//  - an object shape (interface, type literal, or zod z.object/strictObject/looseObject/extend)
//    that has all of the fact's telling fields: value_text, unit, kind, period, sentence.
// Where the shape may still be written out, each for a reason checked at compile time:
//  - src/api/: the contract itself;
//  - src/facts/types.ts: the extractor's `Fact`, which extraction keeps so as to import nothing
//    above it; src/api/fact.ts proves it the same type as FactRecord;
//  - src/store/schema.ts: the facts table's columns (a row: flat indicator, document_id);
//    src/store/rows.ts proves they hold every field of the record.
// Prints one line per second definition, file:line and what it is; exit code 1 if any.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const NAMES = new Set(["Fact", "FactRecord", "StoredFact"]);
const TELLING = ["value_text", "unit", "kind", "period", "sentence"];
const ALLOWED = [/^src\/api\//, /^src\/facts\/types\.ts$/, /^src\/store\/schema\.ts$/];
const ZOD_OBJECT = new Set(["object", "strictObject", "looseObject", "extend"]);

/** Every .ts and .tsx file under dir. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

const propName = (n) =>
  n && (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : null;
const factShaped = (names) => TELLING.every((f) => names.includes(f));

const found = [];
for (const file of sources(join(root, "src"))) {
  const rel = relative(root, file).split("\\").join("/");
  if (ALLOWED.some((re) => re.test(rel))) continue;
  const text = readFileSync(file, "utf8");
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const report = (node, what) => {
    const { line } = src.getLineAndCharacterOfPosition(node.getStart(src));
    found.push(`${rel}:${line + 1}: ${what}`);
  };
  const visit = (node) => {
    if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && NAMES.has(node.name.text))
      report(node, `declares ${node.name.text}; import it from src/api/types.ts`);
    else if (ts.isInterfaceDeclaration(node) || ts.isTypeLiteralNode(node)) {
      if (factShaped(node.members.map((m) => propName(m.name))))
        report(node, "declares the fact's fields again; use StoredFact or FactRecord of src/api/types.ts");
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ZOD_OBJECT.has(node.expression.name.text) &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0]) &&
      factShaped(node.arguments[0].properties.map((p) => propName(p.name)))
    )
      report(node, "a schema of the fact's fields again; use FactRecord or StoredFact of src/api/fact.ts");
    ts.forEachChild(node, visit);
  };
  visit(src);
}

if (found.length) {
  for (const f of found) console.log(`lint-contract: ${f}`);
  console.log(
    `lint-contract: ${found.length} second definition(s) of the fact shape (its one home: src/api/fact.ts)`,
  );
  process.exitCode = 1;
} else console.log("lint-contract: the fact shape is declared once (src/api/fact.ts)");
