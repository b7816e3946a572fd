#!/usr/bin/env bash
# Creates, starts, configures and stops a Payara Server domain for KOMPASS with Payara's own asadmin.
# The Maven build calls it (ear module) for the demo and for the integration tests; an operator may use
# it as a worked example of docs/operations.md.
#
#   kompass-domain.sh up   <domain> <portbase|default> <ear> <command-file>...   fresh domain, configured, EAR deployed
#   kompass-domain.sh run  <domain> <portbase|default> <ear> <command-file>...   as up, then follows the log until Ctrl+C
#   kompass-domain.sh down <domain>                                              stops the domain
#
# PAYARA_HOME must point at the unpacked Payara Server. "default" ports are 8080 (HTTP) and 4848 (admin);
# a portbase N gives N+80 (HTTP) and N+48 (admin).
set -euo pipefail

asadmin="${PAYARA_HOME:?PAYARA_HOME is not set}/bin/asadmin"
action="${1:?action up|run|down missing}"
domain="${2:?domain name missing}"

admin_port() {
  if [[ "$1" == default ]]; then echo 4848; else echo $(( $1 + 48 )); fi
}

stop() {
  "$asadmin" --interactive=false stop-domain --kill=true "$domain" >/dev/null 2>&1 || true
}

# multimode goes on after a failed command and still exits 0: read its report instead
run_file() {
  local port="$1" file="$2" out
  echo "== asadmin $file"
  out=$("$asadmin" --interactive=false --port "$port" multimode --file "$file" 2>&1) || true
  echo "$out"
  if grep -Eq '^Command [a-z-]+ failed' <<<"$out" || ! grep -q 'executed successfully' <<<"$out"; then
    echo "kompass-domain: a command in $file failed" >&2
    return 1
  fi
}

up() {
  local portbase="$1" ear="$2"; shift 2
  local port; port=$(admin_port "$portbase")
  stop
  "$asadmin" --interactive=false delete-domain "$domain" >/dev/null 2>&1 || true
  if [[ "$portbase" == default ]]; then
    "$asadmin" --interactive=false create-domain --nopassword=true --adminport 4848 --instanceport 8080 "$domain"
  else
    "$asadmin" --interactive=false create-domain --nopassword=true --portbase "$portbase" "$domain"
  fi
  "$asadmin" --interactive=false start-domain "$domain"
  for file in "$@"; do run_file "$port" "$file"; done
  "$asadmin" --interactive=false --port "$port" deploy --name kompass --force=true "$ear"
}

case "$action" in
  up)
    up "${3:?portbase missing}" "${4:?ear missing}" "${@:5}"
    ;;
  run)
    trap stop EXIT INT TERM
    up "${3:?portbase missing}" "${4:?ear missing}" "${@:5}"
    log="$PAYARA_HOME/glassfish/domains/$domain/logs/server.log"
    echo
    echo "================================================================================"
    echo " KOMPASS läuft / is running:   ${KOMPASS_BANNER:-http://localhost:8080/}"
    echo " Beenden / stop:               Ctrl+C"
    echo "================================================================================"
    tail -n 0 -F "$log"
    ;;
  down)
    "$asadmin" --interactive=false stop-domain "$domain" || stop
    ;;
  *)
    echo "unknown action $action (up|run|down)" >&2
    exit 2
    ;;
esac
