import type { Resolver } from "../figure.js";
import { area } from "./area.js";
import { base } from "./base.js";
import { kind, kindInTime } from "./kind.js";
import { measure } from "./measure.js";
import { documentPeriod, period, periodAfterBase } from "./period.js";
import { sign } from "./sign.js";
import { subject } from "./subject.js";
import { unit } from "./unit.js";

/** The resolvers, in the order they run: each may read what the ones before it decided. */
export const RESOLVERS: readonly Resolver[] = [
  unit, // a bare figure listed under a lead-in that names its unit
  subject, // what is measured: the noun phrase the number is said of
  measure, // level, growth, change, share, % of target, rank, rate…
  kind, // actual, estimate, target or forecast, from the words around it
  period, // the period it is about, from the number outward to the document
  kindInTime, // a result for a period not over at writing is an estimate
  documentPeriod, // nothing dated it: the document's period
  base, // what it is compared with
  periodAfterBase, // compared with a span, it is about the next span
  area, // the document's area unless the clause names another
  sign, // a decrease is negative
];
