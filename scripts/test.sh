#!/usr/bin/env bash
# Runs every test: unit, architecture and integration tests (xunit), the NL API Design Rules lint
# (Spectral) on the OpenAPI document, the web client's unit tests and build, and the browser tests
# (Playwright + axe in Debian's chromium) against the built client served by the API.
# Installs what it needs: npm packages, and chromium and the DejaVu fonts with apt when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# NL Design System CSS for the sign-in pages (npm registry).
npm ci --prefix src/Gemeenschapskracht.Api/nl-design-system --no-audit --no-fund --loglevel=error

# DejaVu Sans, the font of the PDF documents (ADR 0015); Debian's fontconfig usually brings it already.
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  echo "== fonts-dejavu-core installeren (apt)"
  apt-get update -qq
  apt-get install -y -qq fonts-dejavu-core >/dev/null
fi

mkdir -p artifacts
dotnet build Gemeenschapskracht.sln -c Release -nologo -v quiet

echo "== Azure Bicep (build + lint)"
scripts/bicep-lint.sh

dotnet test Gemeenschapskracht.sln -c Release --no-build -nologo \
  --logger "console;verbosity=normal" --results-directory artifacts/test-results | tee artifacts/test-output.txt

echo "== NL API Design Rules (Spectral)"
ASPNETCORE_ENVIRONMENT=Production Cbs__Source=Demo Jobs__RunServer=false \
  dotnet run --project src/Gemeenschapskracht.Api -c Release --no-build --no-launch-profile -- export-openapi "$PWD/artifacts/openapi.json"
ruleset=../shared/standards/nl-api-design-rules/linter.yaml
if [ -f "$ruleset" ]; then
  npx --yes @stoplight/spectral-cli@6.16.3 lint --fail-severity error -r "$ruleset" artifacts/openapi.json
else
  echo "OVERGESLAGEN: $ruleset ontbreekt (geen ../shared/ naast de repository); de Spectral-lint is niet uitgevoerd."
fi

echo "== Webclient: unit tests and production build (the API serves the build)"
(cd angular-client && npm install --no-audit --no-fund --loglevel=error && NO_COLOR=1 npm test 2>&1 && npm run build) | tee artifacts/client-output.txt

echo "== Browsertests (Playwright + axe)"
tests/browser/run.sh | tee artifacts/browser-output.txt

# One closing line over all test runs: xunit, the client's Vitest and the browser tests (node's runner).
awk '/^ +Passed: +[0-9]+$/ {p += $2} /^ +Failed: +[0-9]+$/ {f += $2}
     /^ +Tests +[0-9]+ passed/ {p += $2} /^ +Tests +[0-9]+ failed/ {f += $2}
     /^(#|ℹ) pass [0-9]+$/ {p += $3} /^(#|ℹ) fail [0-9]+$/ {f += $3}
     END {printf "%d passed, %d failed\n", p, f}' artifacts/test-output.txt artifacts/client-output.txt artifacts/browser-output.txt
