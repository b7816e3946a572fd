#!/usr/bin/env bash
# Makes a new KOMPASS domain fit for production (docs/operations.md "Production server", decision 0010):
# admin password, secure admin, admin console only on 127.0.0.1, HTTPS with our certificate, HTTP only
# redirecting to HTTPS, no product banner. Run it once, after `asadmin create-domain --nopassword=true`
# and `asadmin start-domain`, before the resources and the deployment. Secrets come from files, never from
# the command line (where `ps` shows them) and never from this repository.
#
#   production.sh <domain> <admin-port>
#
# Environment:
#   PAYARA_HOME                         the unpacked Payara Server
#   KOMPASS_ADMIN_PASSWORD_FILE         a file holding only the new admin password (first line)
#   KOMPASS_TLS_KEYSTORE                a PKCS#12 file with the private key and the certificate chain
#   KOMPASS_TLS_KEYSTORE_PASSWORD_FILE  a file holding only that file's password
#   KOMPASS_TLS_ALIAS                   the key's alias in that file (default: kompass)
#   KOMPASS_HTTPS_PORT                  where HTTP redirects to (default: 8181, or 443 behind a port forward)
#   KOMPASS_MASTER_PASSWORD_FILE        a file with the domain's master password (set at create-domain, see
#                                       docs/operations.md; never Payara's well-known default)
set -euo pipefail
umask 077

domain="${1:?domain name missing}"
port="${2:?admin port missing}"
asadmin="${PAYARA_HOME:?PAYARA_HOME is not set}/bin/asadmin"
keystore="$PAYARA_HOME/glassfish/domains/$domain/config/keystore.p12"
alias="${KOMPASS_TLS_ALIAS:-kompass}"
https_port="${KOMPASS_HTTPS_PORT:-8181}"
here="$(cd "$(dirname "$0")" && pwd)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
first_line() { head -n 1 "${1:?}" | tr -d '\r\n'; }

admin_password=$(first_line "${KOMPASS_ADMIN_PASSWORD_FILE:?KOMPASS_ADMIN_PASSWORD_FILE is not set}")
if [[ ${#admin_password} -lt 12 ]]; then
  echo "production: the admin password needs at least 12 characters" >&2
  exit 1
fi
printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$admin_password" > "$work/change"
printf 'AS_ADMIN_PASSWORD=%s\n' "$admin_password" > "$work/admin"
first_line "${KOMPASS_MASTER_PASSWORD_FILE:?KOMPASS_MASTER_PASSWORD_FILE is not set}" > "$work/master"
if [[ "$(cat "$work/master")" == "changeit" ]]; then
  echo "production: the domain still has Payara's well-known master password; give it its own (docs/operations.md)" >&2
  exit 1
fi
first_line "${KOMPASS_TLS_KEYSTORE_PASSWORD_FILE:?KOMPASS_TLS_KEYSTORE_PASSWORD_FILE is not set}" > "$work/tls"

as_admin() { "$asadmin" --interactive=false --host localhost --port "$port" --user admin --passwordfile "$work/admin" "$@"; }

echo "== admin password"
"$asadmin" --interactive=false --host localhost --port "$port" --user admin --passwordfile "$work/change" change-admin-password

echo "== certificate '$alias' into $keystore"
keytool -importkeystore -noprompt -srckeystore "${KOMPASS_TLS_KEYSTORE:?KOMPASS_TLS_KEYSTORE is not set}" -srcstoretype PKCS12 \
  -srcstorepass:file "$work/tls" -srcalias "$alias" -destkeystore "$keystore" -deststoretype PKCS12 \
  -deststorepass:file "$work/master" -destalias "$alias"

echo "== listeners"
sed -e "s/@HTTPS_PORT@/$https_port/g" -e "s/@TLS_ALIAS@/$alias/g" "$here/production.asadmin" > "$work/production.asadmin"
out=$(as_admin multimode --file "$work/production.asadmin" 2>&1) || true
echo "$out"
if grep -Eq '^Command [a-z-]+ failed' <<<"$out" || ! grep -q 'executed successfully' <<<"$out"; then
  echo "production: a command in production.asadmin failed" >&2
  exit 1
fi

echo "== secure admin, restart"
as_admin enable-secure-admin
as_admin restart-domain "$domain"
echo "production: done. Admin console: https://localhost:$(( port ))/ on this machine only."
