#!/usr/bin/env node
// The floor any extractor must pay: read the file, make it NFC, find every number with one
// regex. bench/run.mjs times it beside `solieu extract` on the same input, in the same run, so
// that their ratio can be compared from one noisy machine to another.
import { readFileSync } from "node:fs";

const text = readFileSync(process.argv[2], "utf8").normalize("NFC");
let numbers = 0;
const re = /\d+(?:[.,]\d+)*/g;
while (re.exec(text)) numbers++;
console.log(numbers);
