#!/bin/sh
# The services' database roles, for the PostgreSQL container of docker-compose.yml: the postgres image runs this
# once, at the database's first start, as the administrator POSTGRES_USER. Each service gets a plain login role
# that owns its own schema and nothing else, with its password from ECOMMERCE_DB_<SERVICE>_PASSWORD; the
# services never connect as the administrator. (Outside Docker, CreateDatabase in ecommerce-common does the same.)
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -c 'REVOKE CREATE ON SCHEMA public FROM PUBLIC'
for service in customers inventory sales reviews; do
  variable=$(echo "ECOMMERCE_DB_${service}_PASSWORD" | tr 'a-z' 'A-Z')
  eval "password=\${$variable}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v role="ecommerce_$service" -v schema="$service" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
CREATE SCHEMA :"schema" AUTHORIZATION :"role";
REVOKE ALL ON SCHEMA :"schema" FROM PUBLIC;
SQL
done
