#!/bin/sh
# Runs once, when the PostgreSQL volume is first created (docker-entrypoint-initdb.d): the role the Jangkau app
# connects as. POSTGRES_USER (jangkau) owns the tables and runs the migrations; at every start the app, through
# DATABASE_OWNER_URL, grants this role what it needs (read and write the tables, only append to audit_log) and
# nothing more: no superuser, no ownership, so it cannot alter, drop or silence the audit trail.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v app_password="$JANGKAU_APP_PASSWORD" <<'SQL'
CREATE ROLE jangkau_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'app_password';
SQL
