#!/usr/bin/env bash
# Runs the product on this machine: the API, serving the Angular web client it builds first,
# on an embedded SQLite database under src/Gemeenschapskracht.Api/data/, seeded with demo gemeenten.
# With ../shared/ beside the repository it imports the real CBS 2024 extract; without it, the
# project's own fictional demo data.
set -euo pipefail
cd "$(dirname "$0")/.."

# NL Design System CSS for the sign-in pages (npm registry).
npm ci --prefix src/Gemeenschapskracht.Api/nl-design-system --no-audit --no-fund --loglevel=error

url=${GEMEENSCHAPSKRACHT_URL:-http://localhost:5080}
shared_cbs=../shared/data/cbs-kwb-2024
if [ -f "$shared_cbs/TypedDataSet.json" ]; then
  export Cbs__Source=File Cbs__Folder="$(cd "$shared_cbs" && pwd)"
  echo "CBS-bron: echte extract in $Cbs__Folder (demo: Amsterdam, Aa en Hunze)"
else
  export Cbs__Source=Demo
  echo "CBS-bron: fictieve demodata (../shared/ ontbreekt; demo: Voorbeeldstad, Oeverdorp)"
fi

# The web client is built against the API's current OpenAPI document; the API serves the build.
mkdir -p artifacts
dotnet build src/Gemeenschapskracht.Api -nologo -v quiet
ASPNETCORE_ENVIRONMENT=Production Cbs__Source=Demo Jobs__RunServer=false \
  dotnet run --project src/Gemeenschapskracht.Api --no-build --no-launch-profile -- export-openapi "$PWD/artifacts/openapi.json"
(cd angular-client && npm install --no-audit --no-fund --loglevel=error && npm run build)

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
echo "Gemeenschapskracht start op $url (OpenAPI: $url/api/v1/openapi.json)"
exec dotnet run --project src/Gemeenschapskracht.Api --no-build --no-launch-profile --urls "$url" "$@"
