#!/usr/bin/env bash
# Restore a dump written by pg-backup.sh into a NEW, empty database, never over the live one:
#   deploy/pg-restore.sh /var/backups/central-api/central-20261130T023000Z.dump central_restored
# Then point DATABASE_URL at it and start the service (see deploy/README.md).
# libpq's variables (PGHOST, PGPORT, PGUSER, PGPASSWORD) say which server.
set -euo pipefail
dump=${1:?usage: pg-restore.sh DUMP NEW_DATABASE}
newdb=${2:?usage: pg-restore.sh DUMP NEW_DATABASE}
createdb "$newdb"
pg_restore --no-owner --exit-on-error --single-transaction --dbname="$newdb" "$dump"
echo "restored $dump into database $newdb"
