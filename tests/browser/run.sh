#!/usr/bin/env bash
# Browser tests (Playwright + axe, Debian's chromium) of the sign-in pages and the web client served by the API.
#
# Assumes the caller (scripts/test.sh) has already
#   - built the API:  dotnet build Gemeenschapskracht.sln -c Release   (this script runs with --no-build)
#   - installed the NL Design System CSS:  npm ci --prefix src/Gemeenschapskracht.Api/nl-design-system
# Installs chromium (apt) when missing and this folder's npm packages, starts the API on a free port
# with a fresh database, runs `node --test` (all tests, or only the test files given as arguments, e.g.
# `tests/browser/run.sh tests/client-thema.test.mjs`), always stops the API, and exits with the tests' status.
# Screenshots go to artifacts/browser/ (failures, the sign-in page) and artifacts/browser/pages/ (every checked
# page: <page>__<theme>__<width>.png, 1280 and 375 px); the API log to artifacts/browser/api.log.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# free_port, stop_process_group
source "$root/scripts/lib/loopback-api.sh"
artifacts="$root/artifacts/browser"
mkdir -p "$artifacts/pages"
rm -f "$artifacts"/*.png "$artifacts"/pages/*.png

if [ ! -x /usr/bin/chromium ]; then
  echo "== chromium installeren (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

npm ci --prefix "$here" --no-audit --no-fund --loglevel=error

port="$(free_port)"
base="http://127.0.0.1:$port"
tmp="$(mktemp -d)"
mkdir -p "$tmp/mail"
api_pid=""
cleanup() {
  stop_process_group "$api_pid"
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

echo "== API starten op $base"
(
  cd "$root"
  export ASPNETCORE_ENVIRONMENT=Development Cbs__Source=Demo \
    ConnectionStrings__Default="Data Source=$tmp/browser.db" Email__PickupFolder="$tmp/mail" \
    Identity__Issuer="$base/" Identity__WebClient__RedirectUris__0="$base/auth/callback"
  # exec + setsid: this subshell becomes `dotnet run` in a new process group whose id is $api_pid.
  exec setsid dotnet run --project src/Gemeenschapskracht.Api -c Release --no-build --no-launch-profile --urls "$base"
) >"$artifacts/api.log" 2>&1 &
api_pid=$!

ready=""
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; then ready=1; break; fi
  if ! kill -0 "$api_pid" 2>/dev/null; then break; fi
  sleep 1
done
if [ -z "$ready" ]; then
  echo "De API werd niet gereed binnen 120 s; laatste regels van $artifacts/api.log:" >&2
  tail -n 40 "$artifacts/api.log" >&2
  exit 1
fi

status=0
started="$(date +%s%3N)"
if [ "$#" -gt 0 ]; then
  # Only the given test files (paths relative to tests/browser/), e.g. run.sh tests/client-thema.test.mjs
  (cd "$here" && BASE_URL="$base" MAIL_DIR="$tmp/mail" DATABASE="$tmp/browser.db" ARTIFACTS_DIR="$artifacts" BROWSER_RUN_STARTED="$started" \
    node --test --test-concurrency=1 --test-timeout=300000 "$@") || status=$?
else
  (cd "$here" && BASE_URL="$base" MAIL_DIR="$tmp/mail" DATABASE="$tmp/browser.db" ARTIFACTS_DIR="$artifacts" BROWSER_RUN_STARTED="$started" npm test --silent) || status=$?
fi
echo "== Browsertests: $(( ($(date +%s%3N) - started) / 1000 )) s; screenshots of every checked page in $artifacts/pages/"
exit "$status"
