#!/usr/bin/env bash
# The demo on a Payara deployment group of two instances, to try the cluster by hand or to benchmark it
# (docs/benchmarks.md): demo data in the PostgreSQL database named by KOMPASS_DB_* (README.md, "on PostgreSQL"),
# a local mail catcher (GreenMail) on the demo's mail ports, nginx in front. Build first (Payara, EAR and the
# filled-in command files under ear/target):  ./mvnw -B verify -DskipTests -DskipITs -Dpayara.skip=false
#
#   config/payara/demo-cluster.sh up     admin 30048, instances http://127.0.0.1:30180 and :30280, nginx :30090,
#                                        mail http://127.0.0.1:18025 (SMTP 3025, IMAP 3143)
#   config/payara/demo-cluster.sh down
set -euo pipefail
cd "$(dirname "$0")/../.."
export PAYARA_HOME="${PAYARA_HOME:-$PWD/ear/target/payara6}"
domain=kompass-demo-cluster
work=ear/target/demo-cluster
files=ear/target/asadmin

case "${1:-}" in
  up)
    : "${KOMPASS_DB_NAME:?set KOMPASS_DB_HOST/PORT/NAME/USER/PASSWORD for the PostgreSQL database (README.md)}"
    mkdir -p "$work"
    greenmail=$(ls "$HOME"/.m2/repository/com/icegreen/greenmail-standalone/*/greenmail-standalone-*.jar | sort -V | tail -1)
    java -Xmx256m -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
      -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=18025 \
      -jar "$greenmail" >"$work/greenmail.log" 2>&1 &
    echo $! >"$work/greenmail.pid"
    config/payara/kompass-domain.sh cluster-up "$domain" 30000 i1:30100,i2:30200 ear/target/kompass.ear \
      "$files/server-tuning.asadmin" "$files/database-postgresql.asadmin" "$files/mail-local.asadmin" "$files/demo.asadmin"
    config/nginx/kompass-nginx.sh start "$work/nginx" 127.0.0.1:30090 127.0.0.1:30180 127.0.0.1:30280
    echo "KOMPASS demo cluster: http://127.0.0.1:30090/ (i1 :30180, i2 :30280; admin port 30048)"
    ;;
  down)
    config/nginx/kompass-nginx.sh stop "$work/nginx" || true
    config/payara/kompass-domain.sh cluster-down "$domain" || true
    if [[ -f "$work/greenmail.pid" ]]; then kill "$(cat "$work/greenmail.pid")" 2>/dev/null || true; rm -f "$work/greenmail.pid"; fi
    ;;
  *)
    echo "usage: $0 up|down" >&2
    exit 2
    ;;
esac
