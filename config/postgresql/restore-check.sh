#!/usr/bin/env bash
# Proves that a backup of a KOMPASS database can be restored: dumps it with backup.sh, restores the dump into
# a scratch database with restore.sh, and compares the row count of every table and the whole Flyway
# history (version, checksum, success). Exits non-zero on any difference. CI runs it against the system
# tests' PostgreSQL database (.ci/run); operators can run it against a copy of production.
#
#   restore-check.sh <database>
#
# Connection from PGHOST, PGPORT, PGUSER and ~/.pgpass, as for backup.sh.
set -euo pipefail

database="${1:?database name missing}"
check="${database}_restore_check"
here="$(cd "$(dirname "$0")" && pwd)"
work=$(mktemp -d)
drop_check() { dropdb --if-exists --force "$check" >/dev/null 2>&1 || true; }
trap 'drop_check; rm -rf "$work"' EXIT

sql() { psql --no-psqlrc --tuples-only --no-align --set ON_ERROR_STOP=1 --dbname="$1" --command="$2"; }

# one line per table: "table rows", in a stable order
table_counts() {
  local db="$1" table
  for table in $(sql "$db" "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
                             AND table_type = 'BASE TABLE' ORDER BY table_name"); do
    echo "$table $(sql "$db" "SELECT count(*) FROM public.\"$table\"")"
  done
}

flyway_history() {
  sql "$1" "SELECT installed_rank, coalesce(version, ''), coalesce(checksum::text, ''), success
            FROM flyway_schema_history ORDER BY installed_rank"
}

drop_check
"$here/backup.sh" "$database" "$work/backup.dump" >/dev/null
"$here/restore.sh" "$work/backup.dump" "$check" >/dev/null

table_counts "$database" > "$work/original.tables"
table_counts "$check" > "$work/restored.tables"
flyway_history "$database" > "$work/original.flyway"
flyway_history "$check" > "$work/restored.flyway"

tables=$(wc -l < "$work/original.tables")
rows=$(awk '{sum += $2} END {print sum + 0}' "$work/original.tables")
migrations=$(wc -l < "$work/original.flyway")
if [[ "$tables" -eq 0 || "$migrations" -eq 0 ]]; then
  echo "restore-check: $database has no tables or no Flyway history; nothing was proven" >&2
  exit 1
fi
if ! diff -u "$work/original.tables" "$work/restored.tables" || ! diff -u "$work/original.flyway" "$work/restored.flyway"; then
  echo "restore-check: FAILED, the restored copy of $database differs (see above)" >&2
  exit 1
fi
echo "restore-check: $database restored completely ($tables tables, $rows rows, $migrations Flyway migrations)"
