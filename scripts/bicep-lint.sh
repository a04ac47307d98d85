#!/usr/bin/env bash
# Compiles and lints the Azure infrastructure (infra/): `bicep build` of main.bicep, `bicep build-params` of every
# infra/parameters/*.bicepparam and `bicep lint` of main.bicep, every module and every parameter file. Output goes
# to artifacts/infra/, never into the repository. Fails on any error AND on any warning (the Bicep version is
# pinned, so the set of warnings only changes with the templates; fix them, or suppress one with a comment saying
# why, as in infra/modules/keyvault.bicep).
#
# The Bicep CLI is the NuGet package Azure.Bicep.CommandLine.linux-x64, pinned in infra/tools/bicep-cli.csproj
# (a PackageDownload, restored only, never built, not in Gemeenschapskracht.sln), so a fresh machine needs only the
# .NET SDK and the NuGet feed. Bicep itself needs no network here (no registry modules); where the kernel allows it
# (unshare -rn), it runs without a network to prove that.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bicep_version=$(sed -n 's/.*Include="Azure.Bicep.CommandLine.linux-x64" Version="\[\([0-9.]*\)\]".*/\1/p' infra/tools/bicep-cli.csproj)
[ -n "$bicep_version" ] || { echo "bicep-lint: no pinned version in infra/tools/bicep-cli.csproj" >&2; exit 1; }
packages=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"
if [ ! -f "$bicep" ]; then
  dotnet restore infra/tools/bicep-cli.csproj -nologo -v quiet
fi
[ -f "$bicep" ] || { echo "bicep-lint: $bicep not found after restore" >&2; exit 1; }
[ -x "$bicep" ] || chmod +x "$bicep"   # NuGet extracts the executable without its execute bit

# No network for Bicep where user namespaces are allowed; elsewhere (e.g. hardened CI kernels) it runs as is.
run=("$bicep")
if unshare -rn true 2>/dev/null; then run=(unshare -rn "$bicep"); fi
"${run[@]}" --version

out=artifacts/infra
rm -rf "$out"
mkdir -p "$out"
log="$out/diagnostics.txt"
: >"$log"
failed=0

step() {   # step <description> <bicep arguments...>: runs one Bicep command and keeps its diagnostics
  local what=$1; shift
  local rc=0
  echo "bicep $what"
  "${run[@]}" "$@" >>"$log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "bicep-lint: FAILED ($rc): $what" >&2
    failed=1
  fi
}

# A secret in the environment must not end up in the compiled parameter files.
unset GK_SQL_ADMIN_PASSWORD

# --no-restore: nothing is taken from a module registry (the templates use local modules only).
step "build infra/main.bicep" build --no-restore infra/main.bicep --outfile "$out/main.json"
step "build-params infra/parameters/*.bicepparam" \
  build-params --no-restore --pattern 'infra/parameters/*.bicepparam' --outdir "$out/parameters"
# The pattern covers infra/main.bicep and every infra/modules/*.bicep.
step "lint infra/**/*.bicep" lint --no-restore --pattern 'infra/**/*.bicep'
step "lint infra/parameters/*.bicepparam" lint --no-restore --pattern 'infra/parameters/*.bicepparam'

# Every command that compiles main.bicep reports the modules' diagnostics again: show and count each one once.
sed -i "s#^$PWD/##" "$log"
grep -vE ' : (Error|Warning|Info) ' "$log" || true
(grep -E ' : (Error|Warning|Info) ' "$log" || true) | sort -u
errors=$( (grep -E ' : Error ' "$log" || true) | sort -u | wc -l)
warnings=$( (grep -E ' : Warning ' "$log" || true) | sort -u | wc -l)
files=$(find infra \( -name '*.bicep' -o -name '*.bicepparam' \) | wc -l)
echo "Bicep $bicep_version: $files files compiled and linted, $errors error(s), $warnings warning(s); output in $out/"
if [ "$failed" -ne 0 ] || [ "$errors" -ne 0 ] || [ "$warnings" -ne 0 ]; then
  echo "bicep-lint: failed (see the diagnostics above, also in $log)" >&2
  exit 1
fi
