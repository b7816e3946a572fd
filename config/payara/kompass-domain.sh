#!/usr/bin/env bash
# Creates, starts, configures and stops a Payara Server domain for KOMPASS with Payara's own asadmin.
# The Maven build calls it (ear module) for the demo and for the integration tests; an operator may use
# it as a worked example of docs/operations.md.
#
#   kompass-domain.sh up   <domain> <portbase|default> <ear> <command-file>...   fresh domain, configured, EAR deployed
#   kompass-domain.sh run  <domain> <portbase|default> <ear> <command-file>...   as up, then follows the log until Ctrl+C
#   kompass-domain.sh down <domain>                                              stops the domain
#
#   kompass-domain.sh cluster-up   <domain> <portbase> <instance:portbase,...> <ear> <command-file>...
#       fresh domain with the deployment group dg-kompass of the named instances on this machine (docs/operations.md
#       "Cluster"); the same command files as a single domain, retargeted to the group and the instance configs;
#       the EAR deployed to the group, the group started, and waits until every instance answers /health/ready
#   kompass-domain.sh cluster-down <domain>                                      stops the group's instances and the domain
#
# PAYARA_HOME must point at the unpacked Payara Server. "default" ports are 8080 (HTTP) and 4848 (admin);
# a portbase N gives N+80 (HTTP) and N+48 (admin); an instance's portbase M gives M+80 (HTTP) and M+60 (data grid).
# KOMPASS_READY_TIMEOUT (seconds, default 900) bounds the wait for the instances.
set -euo pipefail

asadmin="${PAYARA_HOME:?PAYARA_HOME is not set}/bin/asadmin"
action="${1:?action up|run|down missing}"
domain="${2:?domain name missing}"

admin_port() {
  if [[ "$1" == default ]]; then echo 4848; else echo $(( $1 + 48 )); fi
}

http_port() {
  if [[ "$1" == default ]]; then echo 8080; else echo $(( $1 + 80 )); fi
}

group=dg-kompass
nodes="$PAYARA_HOME/glassfish/nodes/localhost-$domain"

stop() {
  "$asadmin" --interactive=false stop-domain --kill=true "$domain" >/dev/null 2>&1 || true
}

# the group's instances are processes of their own: stop those that run through the DAS (stop-deployment-group
# would wait minutes for one that was killed), and kill what is left by its PID file
instance_pid() {
  local pidfile="$nodes/$1/config/pid" pid
  [[ -f "$pidfile" ]] || return 1
  pid=$(cat "$pidfile")
  [[ "$(ps -o args= -p "$pid" 2>/dev/null)" == *"$nodes/$1"* ]] && echo "$pid"
}

stop_instances() {
  local port="$1" dir name pid
  for dir in "$nodes"/*/; do
    [[ -d "$dir" ]] || continue
    name=$(basename "$dir")
    instance_pid "$name" >/dev/null || continue
    if [[ -n "$port" ]]; then
      timeout 120 "$asadmin" --interactive=false --port "$port" stop-instance "$name" || true
    fi
    if pid=$(instance_pid "$name"); then
      echo "kompass-domain: killing instance $name (process $pid)"
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
}

# the admin port the running domain listens on (from its domain.xml), empty when unknown
domain_admin_port() {
  local xml="$PAYARA_HOME/glassfish/domains/$domain/config/domain.xml"
  [[ -f "$xml" ]] && grep -o '<network-listener[^>]*name="admin-listener"[^>]*>' "$xml" | head -1 \
    | sed -n 's/.*port="\([0-9]*\)".*/\1/p'
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

# A single domain's command file for the deployment group: resources on the group, system properties, JVM options
# and dotted names on every instance config; pools stay domain-wide.
retarget() {
  local file="$1" configs="$2" line config
  while IFS= read -r line || [[ -n "$line" ]]; do
    case "$line" in
      create-jdbc-resource\ *|create-javamail-resource\ *)
        echo "${line/ / --target $group }" ;;
      create-system-properties\ *|create-jvm-options\ *|delete-jvm-options\ *)
        for config in $configs; do echo "${line/ / --target $config }"; done ;;
      set\ configs.config.server-config.*)
        for config in $configs; do echo "${line/configs.config.server-config./configs.config.$config.}"; done ;;
      *)
        echo "$line" ;;
    esac
  done <"$file"
}

wait_ready() {
  local url="$1" deadline=$((SECONDS + ${KOMPASS_READY_TIMEOUT:-900})) status
  while ((SECONDS < deadline)); do
    # 503 (no application yet) and 500 (EJB container still initialising) both mean: not yet
    status=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$url/health/ready" || true)
    if [[ "$status" == 200 ]]; then
      echo "kompass-domain: $url ready"
      return 0
    fi
    sleep 2
  done
  echo "kompass-domain: $url not ready within ${KOMPASS_READY_TIMEOUT:-900} s (last status $status)" >&2
  return 1
}

cluster_up() {
  local portbase="$1" instances="$2" ear="$3"; shift 3
  local port; port=$(admin_port "$portbase")
  local name base configs="" urls="" spec work file
  stop_instances "$(domain_admin_port || true)"
  stop
  "$asadmin" --interactive=false delete-domain "$domain" >/dev/null 2>&1 || true
  rm -rf "$nodes"
  "$asadmin" --interactive=false create-domain --nopassword=true --portbase "$portbase" "$domain"
  "$asadmin" --interactive=false start-domain "$domain"
  local as=("$asadmin" --interactive=false --port "$port")
  # a data grid of its own: another domain's instances on this host never join this one
  "${as[@]}" set-hazelcast-configuration --clustername "$domain" --dynamic=true
  "${as[@]}" create-deployment-group "$group"
  for spec in ${instances//,/ }; do
    name="${spec%%:*}" base="${spec#*:}"
    "${as[@]}" create-instance --node "localhost-$domain" --deploymentgroup "$group" --portbase "$base" "$name"
    # create-instance --dataGridStartPort has no effect: the instance's own system property does it
    "${as[@]}" create-system-properties --target "$name" "HZ_LISTENER_PORT=$((base + 60))"
    # the default timer store (an embedded database per instance) is missing on instances: KOMPASS would not start
    "${as[@]}" set "configs.config.$name-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
    configs+=" $name-config" urls+=" http://127.0.0.1:$((base + 80))"
  done
  # form tokens must be accepted by every instance (decision 0010): one key for the group, from
  # KOMPASS_CSRF_KEY or drawn here, never from git (33 bytes: Base64 without '=' padding, which asadmin would split)
  local key="${KOMPASS_CSRF_KEY:-$(head -c 33 /dev/urandom | base64 -w 0)}"
  for name in $configs; do
    "${as[@]}" create-system-properties --target "$name" "kompass.csrf.key=$key" >/dev/null
  done
  work=$(mktemp -d)
  for file in "$@"; do
    retarget "$file" "$configs" >"$work/$(basename "$file")"
    run_file "$port" "$work/$(basename "$file")"
  done
  rm -rf "$work"
  "${as[@]}" deploy --target "$group" --name kompass --force=true "$ear"
  "${as[@]}" start-deployment-group "$group"
  for url in $urls; do wait_ready "$url"; done
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
  # JVM options (e.g. the heap in server-tuning.asadmin) apply only to a newly started JVM
  if grep -qh '^[a-z-]*jvm-options' "$@"; then
    "$asadmin" --interactive=false --port "$port" restart-domain "$domain"
  fi
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
    echo " KOMPASS läuft / is running:   http://localhost:$(http_port "$3")/   (admin port $(admin_port "$3"))"
    if [[ -n "${KOMPASS_BANNER:-}" ]]; then echo "                               ${KOMPASS_BANNER}"; fi
    echo " Beenden / stop:               Ctrl+C"
    echo "================================================================================"
    tail -n 0 -F "$log"
    ;;
  down)
    "$asadmin" --interactive=false stop-domain "$domain" || stop
    ;;
  cluster-up)
    # a group that did not come up completely is taken down again (the build's verify step would not run)
    trap 'status=$?; if ((status != 0)); then stop_instances "$(domain_admin_port || true)"; stop; fi' EXIT
    cluster_up "${3:?portbase missing}" "${4:?instances missing (name:portbase,...)}" "${5:?ear missing}" "${@:6}"
    ;;
  cluster-down)
    stop_instances "$(domain_admin_port || true)"
    "$asadmin" --interactive=false stop-domain "$domain" || stop
    ;;
  *)
    echo "unknown action $action (up|run|down|cluster-up|cluster-down)" >&2
    exit 2
    ;;
esac
