#!/usr/bin/env bash
# Runs nginx as the load balancer in front of a KOMPASS deployment group, without root: everything nginx writes
# goes to a work directory. The build uses it for the cluster system test; docs/operations.md "Load balancer".
#
#   kompass-nginx.sh start <work-dir> <listen address:port> <instance host:port or http://host:port>...
#   kompass-nginx.sh stop  <work-dir>
set -euo pipefail

action="${1:?action start|stop missing}"
work="${2:?work directory missing}"
template="$(dirname "$0")/kompass.conf.template"

stop() {
  if [[ -f "$work/nginx.pid" ]]; then
    kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    for _ in $(seq 1 50); do [[ -f "$work/nginx.pid" ]] || break; sleep 0.1; done
  fi
}

case "$action" in
  start)
    listen="${3:?listen address:port missing}"
    shift 3
    (($# > 0)) || { echo "kompass-nginx: no instance given" >&2; exit 2; }
    command -v nginx >/dev/null || { echo "kompass-nginx: nginx is not installed (apt-get install -y nginx)" >&2; exit 1; }
    stop
    mkdir -p "$work"
    work="$(cd "$work" && pwd)"
    servers=""
    for instance in "$@"; do
      instance="${instance#http://}"      # an instance's address as host:port or as its http:// URL
      servers+="        server ${instance%/} max_fails=1 fail_timeout=5s;"$'\n'
    done
    awk -v work="$work" -v listen="$listen" -v servers="$servers" '
      /^@SERVERS@$/ { printf "%s", servers; next }
      { gsub(/@WORK@/, work); gsub(/@LISTEN@/, listen); print }' "$template" >"$work/nginx.conf"
    # -e: the log before the configuration is read goes to the work directory as well (no root paths)
    nginx -e "$work/error.log" -c "$work/nginx.conf" -p "$work"
    echo "kompass-nginx: listening on $listen for $*"
    ;;
  stop)
    stop
    ;;
  *)
    echo "unknown action $action (start|stop)" >&2
    exit 2
    ;;
esac
