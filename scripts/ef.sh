#!/usr/bin/env bash
# Runs the EF Core tools (ef.dll from the Microsoft.EntityFrameworkCore.Tools package) for one provider,
# because the dotnet-ef global tool is not available from this project's package source.
#
#   scripts/ef.sh <Sqlite|SqlServer> <Catalog|Application> migrations add <Name>
#   scripts/ef.sh SqlServer Catalog migrations script --idempotent -o artifacts/catalog.sql
#   scripts/ef.sh Sqlite Application migrations has-pending-model-changes
set -euo pipefail
cd "$(dirname "$0")/.."

provider=$1; context=$2; shift 2
case "$context" in
  Catalog) context_type=TenantCatalogDbContext; folder=Catalog ;;
  Application) context_type=ApplicationDbContext; folder=Application ;;
  *) echo "context must be Catalog or Application" >&2; exit 2 ;;
esac
project=src/Gemeenschapskracht.Infrastructure.Migrations.$provider
dotnet build "$project" -c Debug -v quiet -nologo >/dev/null
out=$project/bin/Debug/net10.0
assembly=Gemeenschapskracht.Infrastructure.Migrations.$provider

ef_version=$(grep -oP 'Microsoft.EntityFrameworkCore.Tools" Version="\K[^"]+' Directory.Packages.props)
ef_dll=$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.entityframeworkcore.tools/$ef_version/tools" -name ef.dll | head -1)

extra=()
[ "${1:-}" = migrations ] && [ "${2:-}" = add ] && extra=(--output-dir "$folder")
exec dotnet exec --depsfile "$out/$assembly.deps.json" --runtimeconfig "$out/$assembly.runtimeconfig.json" \
  --additionalprobingpath "${NUGET_PACKAGES:-$HOME/.nuget/packages}" \
  "$ef_dll" "$@" "${extra[@]}" --context "$context_type" --assembly "$out/$assembly.dll" \
  --project "$project" --startup-assembly "$out/$assembly.dll" --project-dir "$project" \
  --root-namespace "$assembly" --language C# --framework net10.0 --verbose
