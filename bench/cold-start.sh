#!/usr/bin/env bash
# Cold start: seconds from launching the API process until /health/ready answers 200 (issue 14's target: 3 s).
#
#   bench/cold-start.sh                 (COLD_RUNS=3 bench/cold-start.sh for a quick run)
#
# Measures two artefacts of the same commit, each COLD_RUNS times on one SQLite database in a temp dir:
#   build      src/Gemeenschapskracht.Api/bin/Release/net10.0 (what `dotnet build -c Release` leaves, JIT at start-up)
#   published  `dotnet publish -r linux-x64 -p:PublishReadyToRun=true` into a temp dir: what infra/Dockerfile ships
# The first start of each artefact migrates and seeds the new database; it is reported apart and not counted.
# Settings as in production where it matters: jobs server on, migrate on start-up; Development, for the demo seed
# that `scripts/run.sh` also does (Cbs__Source=Demo, so no CBS extract is needed). Polls every 20 ms.
# Prints one table (median, min, max) and writes it to $COLD_OUT/cold-start.md. No pass/fail on figures.
#
# Settings (environment): COLD_RUNS (default 5), COLD_NO_BUILD=1 (skip both builds), COLD_OUT (default artifacts/bench).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/scripts/lib/loopback-api.sh"

runs="${COLD_RUNS:-5}"
out="${COLD_OUT:-$root/artifacts/bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

if [ -z "${COLD_NO_BUILD:-}" ]; then
  echo "== dotnet build en dotnet publish (ReadyToRun)"
  dotnet build "$root/src/Gemeenschapskracht.Api" -c Release -nologo -v quiet
fi
dotnet publish "$root/src/Gemeenschapskracht.Api" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/published" -nologo -v quiet > "$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; exit 1; }

# Starts the dll $1 on database $2 and prints the seconds until ready.
time_start() {
  local dll=$1 db=$2 port started pid
  port="$(free_port)"
  started=$(date +%s.%N)
  ASPNETCORE_ENVIRONMENT=Development Cbs__Source=Demo ASPNETCORE_URLS="http://127.0.0.1:$port" \
    ConnectionStrings__Default="Data Source=$db" setsid dotnet "$dll" > "$work/api.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/api.log"; echo "FOUT: de API stopte" >&2; exit 1; }
    sleep 0.02
  done
  echo "$(date +%s.%N) - $started" | bc
  stop_process_group "$pid"
}

rows=()
for artefact in build published; do
  dll="$root/src/Gemeenschapskracht.Api/bin/Release/net10.0/Gemeenschapskracht.Api.dll"
  [ "$artefact" = published ] && dll="$work/published/Gemeenschapskracht.Api.dll"
  db="$work/$artefact.db"
  first=$(time_start "$dll" "$db")
  times=()
  for _ in $(seq 1 "$runs"); do times+=("$(time_start "$dll" "$db")"); done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | awk '{a[NR]=$1} END{print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
  rows+=("$(printf '| %s | %.2f | %.2f | %.2f | %.2f | %s |' "$artefact" "$median" "$(echo "$sorted" | head -1)" \
    "$(echo "$sorted" | tail -1)" "$first" "$(cut -d' ' -f1 /proc/loadavg)")")
done

{
  echo "Cold start to /health/ready, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$root" rev-parse --short HEAD), $runs runs, $(nproc) cores"
  echo
  echo "| artefact | median s | min s | max s | first start s (migrates, seeds) | load |"
  echo "|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} | tee "$out/cold-start.md"
