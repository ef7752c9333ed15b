#!/usr/bin/env python3
"""The SQLite and DuckDB side of `make bench`.

Loads the tables that DatelineBench exported (statements.tsv, statement_topics.tsv,
statement_about.tsv, articles.tsv) into one engine, with indexes on the filtered columns,
then times each query of the battery inside this process (process start and loading are not
counted; fetching the result is: a count for row queries, the groups or the top rows for the
others) and prints one JSON object on standard output:

    {"engine": ..., "version": ..., "load_seconds": ..., "queries": [{"name", "median_ms",
     "p99_ms", "runs", "digest"}]}  or  {"engine": ..., "error": "..."}

The timing policy is DatelineBench's: warm-up runs, then at least MIN_RUNS and at most
MAX_RUNS timed runs within --budget seconds per query.
"""
import argparse
import json
import math
import os
import sqlite3
import sys
import time

MIN_RUNS = 5
MAX_RUNS = 2000
WARMUPS = 2

SCHEMA = {
    "statements": "sid INTEGER PRIMARY KEY, article TEXT, speaker_name TEXT, country TEXT, kind TEXT, act TEXT, start INTEGER, text TEXT",
    "statement_topics": "sid INTEGER, topic TEXT",
    "statement_about": "sid INTEGER, country TEXT",
    "articles": "id TEXT, language TEXT, date TEXT, source TEXT",
}
INDEXES = [
    "CREATE INDEX statements_country ON statements(country)",
    "CREATE INDEX statements_act ON statements(act)",
    "CREATE INDEX statements_speaker ON statements(speaker_name)",
    "CREATE INDEX topics_topic ON statement_topics(topic, sid)",
    "CREATE INDEX topics_sid ON statement_topics(sid)",
    "CREATE INDEX about_country ON statement_about(country, sid)",
    "CREATE INDEX articles_language_date ON articles(language, date)",
    "CREATE INDEX articles_id ON articles(id)",
]


def read_tsv(path):
    """Rows of a TSV file without its header; empty fields become None."""
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            yield [field if field != "" else None for field in line.rstrip("\n").split("\t")]


def load_sqlite(data, db_path):
    if os.path.exists(db_path):
        os.remove(db_path)
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    for table, columns in SCHEMA.items():
        con.execute(f"CREATE TABLE {table} ({columns})")
        width = columns.count(",") + 1
        con.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * width)})",
                        read_tsv(os.path.join(data, table + ".tsv")))
    for statement in INDEXES:
        con.execute(statement)
    # Full-text index for `contains`: the indexed way SQLite answers a phrase search.
    con.execute("CREATE VIRTUAL TABLE statements_fts USING fts5(text, content='statements', content_rowid='sid', tokenize='unicode61 remove_diacritics 2')")
    con.execute("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')")
    con.execute("ANALYZE")
    con.commit()
    con.close()
    return sqlite3.connect(db_path)


def load_duckdb(data, db_path):
    import duckdb
    if os.path.exists(db_path):
        os.remove(db_path)
    con = duckdb.connect(db_path)
    for table, columns in SCHEMA.items():
        ddl = columns.replace(" PRIMARY KEY", "")
        con.execute(f"CREATE TABLE {table} ({ddl})")
        path = os.path.join(data, table + ".tsv").replace("'", "''")
        con.execute(f"INSERT INTO {table} SELECT * FROM read_csv('{path}', delim='\t', header=true, quote='', escape='', "
                    f"nullstr='', columns={{{column_spec(columns)}}})")
    for statement in INDEXES:
        con.execute(statement)
    con.close()
    return duckdb.connect(db_path)


def column_spec(columns):
    """DuckDB's read_csv column map from a SQL column list."""
    parts = []
    for column in columns.split(","):
        name, kind = column.split()[:2]
        parts.append(f"'{name}': '{'BIGINT' if kind == 'INTEGER' else 'VARCHAR'}'")
    return ", ".join(parts)


def digest(rows, check, columns, column):
    """What the engines must agree on; the same rules as ResultDigest.swift."""
    if check == "rowCount":
        return [str(rows[0][0])]
    if check == "groups":
        return sorted(f"{text(r[0])}={text(r[1])}" for r in rows)
    index = columns.index(column)
    return [text(r[index]) for r in rows]


def text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)


def measure(run, budget):
    for _ in range(WARMUPS):
        run()
    samples = []
    deadline = time.perf_counter_ns() + int(budget * 1e9)
    while len(samples) < MAX_RUNS and (len(samples) < MIN_RUNS or time.perf_counter_ns() < deadline):
        start = time.perf_counter_ns()
        run()
        samples.append(time.perf_counter_ns() - start)
    samples.sort()
    n = len(samples)
    median = samples[n // 2] if n % 2 else (samples[n // 2 - 1] + samples[n // 2]) / 2
    rank = max(0, min(n - 1, math.ceil(n * 0.99) - 1))
    return {"median_ms": median / 1e6, "p99_ms": samples[rank] / 1e6, "runs": n}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", choices=["sqlite", "duckdb"], required=True)
    parser.add_argument("--data", required=True, help="folder of the exported .tsv tables")
    parser.add_argument("--battery", required=True, help="JSON file of the battery")
    parser.add_argument("--budget", type=float, default=1.0)
    args = parser.parse_args()
    with open(args.battery, encoding="utf-8") as f:
        battery = json.load(f)

    try:
        started = time.perf_counter()
        if args.engine == "sqlite":
            con = load_sqlite(args.data, os.path.join(args.data, "bench.sqlite"))
            version = sqlite3.sqlite_version
        else:
            import duckdb
            con = load_duckdb(args.data, os.path.join(args.data, "bench.duckdb"))
            version = duckdb.__version__
        load_seconds = time.perf_counter() - started
    except Exception as error:  # reported in the table rather than stopping the whole bench
        print(json.dumps({"engine": args.engine, "error": f"{type(error).__name__}: {error}"}))
        return

    results = []
    for query in battery:
        sql = query.get("sqliteSQL") if args.engine == "sqlite" and query.get("sqliteSQL") else query["sql"]
        if query["check"] == "rowCount":
            # Output excluded, as on Dateline's side: the engine counts the matching rows.
            sql = f"SELECT count(*) FROM ({sql})"
        try:
            cursor = con.cursor()

            def run():
                cursor.execute(sql)
                return cursor.fetchall()

            rows = run()
            columns = [d[0] for d in cursor.description]
            short = [c.split(".")[-1] for c in columns]
            entry = measure(run, args.budget)
            entry["digest"] = digest(rows, query["check"], short, query.get("column"))
        except Exception as error:
            entry = {"error": f"{type(error).__name__}: {error}"}
        entry["name"] = query["name"]
        results.append(entry)
        print(f"  {args.engine}: {query['name']}: {entry.get('median_ms', entry.get('error'))}", file=sys.stderr)
    print(json.dumps({"engine": args.engine, "version": version, "load_seconds": load_seconds, "queries": results}))


if __name__ == "__main__":
    main()
