#!/usr/bin/env bash
# Prepares a running Payara Server domain for ecommerce.ear: the deployment's settings, the JDBC driver, then
# domain.asadmin (pools, resources, the services' shared settings). Run it once on a fresh domain, then
# `asadmin deploy ecommerce.ear`.
#
#   configure-domain.sh <settings.properties>
#
# settings.properties: see settings.example.properties beside this script. Keys ending in .password, .secret or
# .token become password aliases (never written to domain.xml in clear); the others domain config properties.
#
# Environment:
#   ASADMIN                 the asadmin to use (default: asadmin on the PATH)
#   ASADMIN_OPTS            options before each subcommand, e.g. "--host db1 --port 4848 --user admin"
#   ASADMIN_PASSWORDFILE    asadmin password file with AS_ADMIN_PASSWORD, for a domain with an admin password
#   ECOMMERCE_JDBC_DRIVER   the PostgreSQL JDBC driver jar (default: payara-config/target/runtime/postgresql.jar,
#                           written by the build)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ASADMIN=${ASADMIN:-asadmin}
read -r -a OPTS <<<"${ASADMIN_OPTS:-}"
DRIVER=${ECOMMERCE_JDBC_DRIVER:-$HERE/../../../target/runtime/postgresql.jar}

die() {
  echo "configure-domain: $*" >&2
  exit 1
}

[[ $# -eq 1 && -f "$1" ]] || die "usage: configure-domain.sh <settings.properties> (see settings.example.properties)"
SETTINGS=$1
[[ -f "$DRIVER" ]] || die "no JDBC driver at $DRIVER (build the project, or set ECOMMERCE_JDBC_DRIVER)"

# Secrets reach asadmin only through a password file readable by this user alone, never on a command line.
SECRET_FILE=$(mktemp)
chmod 600 "$SECRET_FILE"
# The plain settings go to the domain in one asadmin call (each call starts a JVM).
COMMANDS=$(mktemp)
trap 'rm -f "$SECRET_FILE" "$COMMANDS"' EXIT

asadmin() {
  local auth=()
  if [[ -n "${ASADMIN_PASSWORDFILE:-}" ]]; then
    auth=(--passwordfile "$ASADMIN_PASSWORDFILE")
  fi
  "$ASADMIN" "${OPTS[@]}" "${auth[@]}" "$@"
}

set_alias() {
  local name=$1 value=$2
  {
    if [[ -n "${ASADMIN_PASSWORDFILE:-}" ]]; then
      grep '^AS_ADMIN_PASSWORD=' "$ASADMIN_PASSWORDFILE" || true
    fi
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$value"
  } >"$SECRET_FILE"
  local verb=create-password-alias
  if "$ASADMIN" "${OPTS[@]}" --passwordfile "$SECRET_FILE" list-password-aliases | grep -qx "$name"; then
    verb=update-password-alias
  fi
  "$ASADMIN" "${OPTS[@]}" --passwordfile "$SECRET_FILE" "$verb" "$name" >/dev/null
  echo "password alias $name"
}

while IFS= read -r line || [[ -n "$line" ]]; do
  line=${line%$'\r'}
  [[ -z "${line//[[:space:]]/}" || "$line" =~ ^[[:space:]]*# ]] && continue
  [[ "$line" == *=* ]] || die "not a key=value line in $SETTINGS: $line"
  key=${line%%=*}
  value=${line#*=}
  if [[ "$key" == *.password || "$key" == *.secret || "$key" == *.token ]]; then
    [[ -n "$value" ]] || die "$key is empty in $SETTINGS"
    set_alias "$key" "$value"
  elif [[ -n "$value" ]]; then
    [[ "$value" != *[[:space:]\\\"]* ]] || die "$key: a value with blanks, quotes or backslashes cannot be passed on"
    echo "set-config-property --source=domain --propertyName=$key --propertyValue=$value" >>"$COMMANDS"
    echo "config property $key=$value"
  fi
done <"$SETTINGS"

if [[ -s "$COMMANDS" ]]; then
  asadmin multimode --file "$COMMANDS" >/dev/null
fi

# The pools load the driver from the server's class path (the copy in the EAR's lib/ is the applications').
asadmin add-library --type common "$DRIVER"
asadmin multimode --file "$HERE/domain.asadmin"
