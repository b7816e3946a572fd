#!/usr/bin/env bash
# Restores a backup made by backup.sh into a NEW database (never over a running one: point the server's
# data source at the new database afterwards, or rename databases while KOMPASS is stopped).
# docs/operations.md "Backup and restore".
#
#   restore.sh <file> <new-database> [<owner>]     owner: the role KOMPASS connects as (default: the current user)
#
# Connection from PGHOST, PGPORT, PGUSER and ~/.pgpass, as for backup.sh. Stops at the first error and
# restores in one transaction, so a failed restore leaves an empty database, never a half-filled one.
set -euo pipefail

file="${1:?backup file missing}"
database="${2:?new database name missing}"
owner="${3:-}"

if [[ ! -r "$file" ]]; then
  echo "restore: cannot read $file" >&2
  exit 1
fi
if [[ -n "$(psql --no-psqlrc --tuples-only --no-align --dbname=postgres \
      --command="SELECT 1 FROM pg_database WHERE datname = '${database//\'/\'\'}'")" ]]; then
  echo "restore: database $database exists already; restore into a new one" >&2
  exit 1
fi
createdb --template=template0 --encoding=UTF8 ${owner:+--owner="$owner"} "$database"
pg_restore --exit-on-error --single-transaction --no-owner --no-privileges ${owner:+--role="$owner"} \
  --dbname="$database" "$file"
echo "restore: $file restored into $database"
