#!/usr/bin/env bash
# Nightly backup of the central database: one pg_dump in custom format (compressed, restorable
# table by table with pg_restore), written under a temporary name and renamed when complete,
# then old dumps beyond the retention are removed. See deploy/README.md for the restore.
#
# Environment (deploy/central-api-backup.service reads /etc/central-api/backup.env):
#   PGHOST PGPORT PGUSER PGDATABASE (and PGPASSWORD or ~/.pgpass) - libpq's own variables
#   BACKUP_DIR        where the dumps go (default /var/backups/central-api)
#   BACKUP_KEEP_DAYS  how many days of dumps to keep (default 14)
set -euo pipefail
dir=${BACKUP_DIR:-/var/backups/central-api}
keep=${BACKUP_KEEP_DAYS:-14}
db=${PGDATABASE:?set PGDATABASE}
mkdir -p "$dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$dir/$db-$stamp.dump"
pg_dump --format=custom --compress=6 --no-owner --file="$target.partial" "$db"
# A dump that pg_restore cannot list is not a backup.
pg_restore --list "$target.partial" >/dev/null
mv "$target.partial" "$target"
find "$dir" -maxdepth 1 -name "$db-*.dump" -mtime +"$keep" -delete
echo "backup written: $target ($(du -h "$target" | cut -f1))"
