#!/usr/bin/env bash
# Backs up the KOMPASS database with pg_dump in PostgreSQL's custom format (compressed, restorable with
# pg_restore, also table by table). docs/operations.md "Backup and restore".
#
#   backup.sh <database> [<file>]        default file: kompass-<database>-<UTC time>.dump in the current folder
#
# Connection from the usual libpq environment: PGHOST, PGPORT, PGUSER and a ~/.pgpass file (never a password
# on the command line). The dump is written under a temporary name and renamed only when complete, and is
# readable by its owner only: it contains personal data.
set -euo pipefail
umask 077

database="${1:?database name missing}"
file="${2:-kompass-$database-$(date -u +%Y%m%dT%H%M%SZ).dump}"

pg_dump --format=custom --no-owner --no-privileges --file="$file.partial" "$database"
mv "$file.partial" "$file"
echo "$file"
