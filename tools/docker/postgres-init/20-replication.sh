#!/bin/sh
# Runs once, when the PostgreSQL volume is first created (docker-entrypoint-initdb.d): the role the `db-replica`
# service (docker-compose.yml, `replica` profile) copies and follows the primary as, and the pg_hba.conf line that
# lets it connect for replication from the compose network with its password. The role can stream the WAL and take
# base backups; it owns nothing and is granted no table. Harmless when no replica runs. On a volume from before this file, once, as the owner (`docker compose exec db psql -U jangkau -d jangkau`):
#   CREATE ROLE jangkau_replicator LOGIN REPLICATION PASSWORD '<POSTGRES_REPLICATION_PASSWORD>';
# then `docker compose exec db sh -c 'echo "host replication jangkau_replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"'`
# and `docker compose restart db`.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v replication_password="$JANGKAU_REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE jangkau_replicator LOGIN REPLICATION NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'replication_password';
SQL
echo 'host replication jangkau_replicator all scram-sha-256' >> "$PGDATA/pg_hba.conf"
