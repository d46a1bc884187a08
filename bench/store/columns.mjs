// The tables' columns as the migrations made them, read from a migrated store: the bench
// restates none, so a column a migration adds is loaded too (or, without a default, fails loudly).

/** A column numbered by the database (SQLite's integer primary key, PostgreSQL's serial). */
const serialSqlite = (c) => c.pk > 0 && /int/i.test(c.type);
const serialPostgres = (c) => /^nextval\(/.test(c.def ?? "");

/** The columns of `table` in a SQLite database, in order; a serial key only with `key`. */
export function sqliteColumns(db, table, { key = false } = {}) {
  return db
    .prepare("select name, type, pk from pragma_table_info(?) order by cid")
    .all(table)
    .filter((c) => key || !serialSqlite(c))
    .map((c) => c.name);
}

/**
 * The columns of `table` in the current schema of a PostgreSQL client, in order, each with its
 * type for `unnest($n::type[])`; generated ones (segments.tsv) left out, a serial key only with `key`.
 */
export async function postgresColumns(client, table, { key = false } = {}) {
  const { rows } = await client.query(
    `select column_name as name, udt_name as type, column_default as def
     from information_schema.columns
     where table_schema = current_schema() and table_name = $1 and is_generated = 'NEVER'
     order by ordinal_position`,
    [table],
  );
  return rows.filter((c) => key || !serialPostgres(c)).map((c) => [c.name, c.type]);
}
