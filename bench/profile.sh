#!/usr/bin/env bash
# Profile of one read endpoint under load: where the product's pipeline spends its time, per layer.
#
#   bench/profile.sh                                   (GET /api/v1/gebieden?soort=wijk&pageSize=50 with a token)
#   PROFILE_PATH=/api/v1/wijkbudgetten?pageSize=50 PROFILE_TOKEN=no bench/profile.sh
#
# Starts the Release build on a fresh SQLite database (Development, Cbs__Source=Demo: the fictional demo gemeente
# voorbeeldstad with its whole demo route; no CBS extract needed), takes a machine client's token for voorbeeldstad,
# loads the endpoint with wrk (2 threads, 32 connections) and meanwhile records 10 s with
# `dotnet-trace collect --profile dotnet-sampled-thread-time`. Then bench/profile-layers.py prints the share of each
# layer (GC, SQLite, EF Core, dependency injection, token validation, ...) in the request threads' running time.
# Output in $PROFILE_OUT (default artifacts/bench): profile.nettrace, profile.speedscope.json (open it in
# https://www.speedscope.app), profile-layers.txt. Installs dotnet-trace into artifacts/tools when it is missing.
# Not part of the test command; a profiler slows the process down, so read shares, not absolute figures.
#
# Settings (environment): PROFILE_PATH, PROFILE_TOKEN (yes|no, default yes), PROFILE_SECONDS (default 10),
# PROFILE_NO_BUILD=1, PROFILE_OUT.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/scripts/lib/loopback-api.sh"

path="${PROFILE_PATH:-/api/v1/gebieden?soort=wijk&pageSize=50}"
use_token="${PROFILE_TOKEN:-yes}"
seconds="${PROFILE_SECONDS:-10}"
out="${PROFILE_OUT:-$root/artifacts/bench}"
tools="$root/artifacts/tools"
dll="$root/src/Gemeenschapskracht.Api/bin/Release/net10.0/Gemeenschapskracht.Api.dll"
mkdir -p "$out" "$tools"
out="$(cd "$out" && pwd)"
work="$(mktemp -d)"
pid=""
trap 'stop_process_group "$pid"; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "== wrk installeren (apt)"; apt-get install -y -qq wrk >/dev/null; }
[ -x "$tools/dotnet-trace" ] || dotnet tool install --tool-path "$tools" dotnet-trace --version 10.0.750501 >/dev/null
[ -n "${PROFILE_NO_BUILD:-}" ] || dotnet build "$root/src/Gemeenschapskracht.Api" -c Release -nologo -v quiet

port="$(free_port)"
base="http://127.0.0.1:$port"
secret="profile-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
ASPNETCORE_ENVIRONMENT=Development Cbs__Source=Demo ASPNETCORE_URLS="$base" \
  ConnectionStrings__Default="Data Source=$work/app.db" Logging__LogLevel__Default=Warning \
  Identity__Clients__9__ClientId=profile Identity__Clients__9__ClientSecret="$secret" \
  Identity__Clients__9__DisplayName="Profiel" Identity__Clients__9__Tenant=voorbeeldstad \
  Identity__Clients__9__Roles__0=beleidsmedewerker \
  setsid dotnet "$dll" > "$out/profile-api.log" 2>&1 &
pid=$!
echo "== API starten op $base"
until curl -sf -o /dev/null "$base/health/ready"; do
  kill -0 "$pid" 2>/dev/null || { echo "FOUT: de API stopte, zie $out/profile-api.log" >&2; exit 1; }
  sleep 0.2
done

headers=(-H "Gemeente: voorbeeldstad")
if [ "$use_token" = yes ]; then
  token="$(curl -fsS "$base/connect/token" -d grant_type=client_credentials -d client_id=profile -d client_secret="$secret" \
    | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).access_token))")"
  headers+=(-H "Authorization: Bearer $token")
fi
curl -fsS -o /dev/null "${headers[@]}" "$base$path" || { echo "FOUT: $path antwoordt geen 200" >&2; exit 1; }

echo "== opwarmen (5 s), dan $seconds s profiel onder belasting: $path"
wrk -t2 -c32 -d5s "${headers[@]}" "$base$path" > /dev/null
wrk -t2 -c32 -d"$((seconds + 4))s" "${headers[@]}" "$base$path" > "$out/profile-wrk.txt" &
load=$!
sleep 2
app_pid="$(pgrep -f -n "dotnet $dll")"
"$tools/dotnet-trace" collect -p "$app_pid" --profile dotnet-sampled-thread-time --format speedscope \
  -o "$out/profile.nettrace" --duration "00:00:00:$(printf '%02d' "$seconds")" > "$work/trace.log" 2>&1 \
  || { cat "$work/trace.log"; exit 1; }
wait "$load"
python3 "$here/profile-layers.py" "$out/profile.speedscope.json" | tee "$out/profile-layers.txt"
grep -E "Requests/sec" "$out/profile-wrk.txt"
