import type { Kysely } from "kysely";
import type { StoreDialect } from "../dialect.js";
import * as initial from "./001-initial.js";
import * as search from "./002-search.js";
import * as accounts from "./003-accounts.js";
import * as givenAndWhy from "./004-given-and-why.js";

/**
 * Versioned migrations, applied in order and recorded in `solieu_migrations`. Each takes the
 * dialect, since full-text search and key types differ between SQLite and PostgreSQL.
 */
export interface Migration {
  name: string;
  up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  { name: "001-initial", up: initial.up },
  { name: "002-search", up: search.up },
  { name: "003-accounts", up: accounts.up },
  { name: "004-given-and-why", up: givenAndWhy.up },
];
