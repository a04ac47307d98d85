#!/usr/bin/env bash
# Benchmark harness: the Release build of the API on the real CBS extract, loaded with Debian's `wrk`.
#
#   bench/run.sh                       (BENCH_DURATION=3s bench/run.sh for a quick run)
#
# Builds the API in Release (incremental), installs wrk (apt) when missing, starts the API on a free loopback
# port with a fresh SQLite database in a temp dir (Development: demo gemeenten and users seeded, Cbs__Source=File
# on ../shared/data/cbs-kwb-2024, Benchmark__Baseline=true, jobs as normal), waits until the demo gemeente is
# provisioned, takes a real access token (machine client, client credentials), measures every endpoint of
# bench/endpoints.txt after a warm-up, and prints one table: req/s, p50, p99 and the ratio product/baseline.
# The table also goes to artifacts/bench/results.md (and a time-stamped copy); wrk's output to
# artifacts/bench/wrk.log, the API's to artifacts/bench/api.log. Not part of scripts/test.sh: no pass/fail on
# figures; it fails only when it cannot measure (API does not start, a request is not 200, wrk sees errors).
#
# Settings (environment):
#   BENCH_DURATION     measured time per endpoint, wrk syntax (default 10s)
#   BENCH_WARMUP       warm-up per endpoint, a discarded first pass over all of them (default 5s; 0 skips it)
#   BENCH_THREADS      wrk threads (default 2)         BENCH_CONNECTIONS  open connections (default 32)
#   BENCH_GEMEENTE     the demo gemeente read (default amsterdam)
#   BENCH_ONLY         extended regex on the ids of bench/endpoints.txt, e.g. 'gebieden' (default: all)
#   BENCH_LABEL        a label printed above the table, e.g. "voor tokenwijziging"
#   BENCH_NO_BUILD=1   skip `dotnet build` (use the Release build as it is)
#   BENCH_CBS_FOLDER   the CBS extract (default ../shared/data/cbs-kwb-2024 beside the repository)
#   BENCH_OUT          output folder (default artifacts/bench)
#   BENCH_ENDPOINTS    another endpoints file (default bench/endpoints.txt)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
# free_port, stop_process_group
source "$root/scripts/lib/loopback-api.sh"

duration="${BENCH_DURATION:-10s}"
warmup="${BENCH_WARMUP:-5s}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-32}"
gemeente="${BENCH_GEMEENTE:-amsterdam}"
only="${BENCH_ONLY:-}"
label="${BENCH_LABEL:-}"
cbs="${BENCH_CBS_FOLDER:-$root/../shared/data/cbs-kwb-2024}"
out="${BENCH_OUT:-$root/artifacts/bench}"
endpoints="${BENCH_ENDPOINTS:-$here/endpoints.txt}"
project="$root/src/Gemeenschapskracht.Api"
dll="$project/bin/Release/net10.0/Gemeenschapskracht.Api.dll"
provision_timeout="${BENCH_PROVISION_TIMEOUT:-900}"

fail() { echo "FOUT: $*" >&2; exit 1; }

if [ ! -f "$cbs/TypedDataSet.json" ] || [ ! -f "$cbs/DataProperties.json" ]; then
  fail "de echte CBS-extract ontbreekt: geen TypedDataSet.json en DataProperties.json in '$cbs'.
De benchmark meet op de echte gegevens; leg ../shared/data/cbs-kwb-2024/ naast de repository of zet BENCH_CBS_FOLDER."
fi
cbs="$(cd "$cbs" && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

for tool in curl jq node; do
  command -v "$tool" >/dev/null || fail "'$tool' ontbreekt"
done
if ! command -v wrk >/dev/null; then
  echo "== wrk installeren (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq wrk >/dev/null
fi

if [ "${BENCH_NO_BUILD:-}" != 1 ]; then
  echo "== API bouwen (Release)"
  dotnet build "$project" -c Release -nologo -v quiet >"$out/build.log" 2>&1 \
    || { tail -n 30 "$out/build.log" >&2; fail "de build mislukte (zie $out/build.log)"; }
fi
[ -f "$dll" ] || fail "$dll ontbreekt; bouw eerst (zonder BENCH_NO_BUILD)"

port="$(free_port)"
base="http://127.0.0.1:$port"
tmp="$(mktemp -d)"
mkdir -p "$tmp/mail"
secret="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
api_pid=""
cleanup() {
  stop_process_group "$api_pid"
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

echo "== API starten op $base (Release, Development, CBS: $cbs)"
(
  cd "$project"
  # Two extra machine clients (indexes 8 and 9 so that the clients of appsettings.Development.json stay):
  # a platform client to follow the provisioning, and the one whose token is measured.
  export ASPNETCORE_ENVIRONMENT=Development Cbs__Source=File Cbs__Folder="$cbs" Benchmark__Baseline=true \
    ConnectionStrings__Default="Data Source=$tmp/bench.db" Email__PickupFolder="$tmp/mail" \
    Identity__Issuer="$base/" \
    Identity__Clients__8__ClientId=bench-platform Identity__Clients__8__ClientSecret="$secret" \
    Identity__Clients__8__DisplayName="Benchmark (platform)" Identity__Clients__8__Roles__0=platform-beheerder \
    Identity__Clients__9__ClientId=bench Identity__Clients__9__ClientSecret="$secret" \
    Identity__Clients__9__DisplayName="Benchmark" Identity__Clients__9__Tenant="$gemeente" \
    Identity__Clients__9__Roles__0=beleidsmedewerker
  exec setsid dotnet "$dll" --urls "$base"
) >"$out/api.log" 2>&1 &
api_pid=$!

alive() { kill -0 "$api_pid" 2>/dev/null || { tail -n 40 "$out/api.log" >&2; fail "de API is gestopt (zie $out/api.log)"; }; }
ready=""
for _ in $(seq 1 180); do
  if curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; then ready=1; break; fi
  alive
  sleep 1
done
[ -n "$ready" ] || { tail -n 40 "$out/api.log" >&2; fail "de API werd niet gereed binnen 180 s"; }

token() {
  curl -fsS "$base/connect/token" -d grant_type=client_credentials -d client_id="$1" -d client_secret="$secret" \
    | jq -er .access_token
}
platform_token="$(token bench-platform)" || fail "geen token voor de platformclient"

echo "== wachten op de inrichting van '$gemeente' (echte CBS-gegevens)"
started=$SECONDS status=""
while :; do
  alive
  gemeenten="$(curl -fsS -H "Authorization: Bearer $platform_token" "$base/api/v1/gemeenten?pageSize=100" 2>/dev/null || true)"
  status="$(jq -r --arg g "$gemeente" '.items[]? | select(.slug == $g) | .inrichting.status' <<<"$gemeenten" 2>/dev/null || true)"
  # Done when this gemeente is provisioned and no other one still is (its job would compete for the CPU).
  busy="$(jq -r '[.items[]? | select(.inrichting.status == "pending" or .inrichting.status == "running")] | length' <<<"$gemeenten" 2>/dev/null || echo 1)"
  case "$status" in
    done) [ "$busy" = 0 ] && break ;;
    failed) fail "de inrichting van '$gemeente' mislukte: $(jq -r --arg g "$gemeente" '.items[] | select(.slug == $g) | .inrichting.fout' <<<"$gemeenten")" ;;
  esac
  [ $((SECONDS - started)) -lt "$provision_timeout" ] || fail "inrichting niet klaar binnen $provision_timeout s (status: '${status:-onbekend}')"
  sleep 2
done
gebieden="$(jq -r --arg g "$gemeente" '.items[] | select(.slug == $g) | .inrichting.aantalGebieden' <<<"$gemeenten")"
echo "   klaar na $((SECONDS - started)) s: $gebieden gebieden"

bench_token="$(token bench)" || fail "geen token voor de benchmarkclient"
# Placeholders of bench/endpoints.txt. A route step that needs another id adds it here.
gebied_id="$(curl -fsS -H "Authorization: Bearer $bench_token" -H "Gemeente: $gemeente" \
  "$base/api/v1/gebieden?soort=wijk&pageSize=1" | jq -er '.items[0].id')" || fail "geen wijk gevonden in '$gemeente'"
administratie_id="$(curl -fsS -H "Authorization: Bearer $bench_token" -H "Gemeente: $gemeente" \
  "$base/api/v1/administraties?pageSize=1" | jq -er '.items[0].id')" || fail "geen administratie gevonden in '$gemeente' (demodata)"
fill() {
  local p="$1"; p="${p//\{gemeente\}/$gemeente}"; p="${p//\{gebiedId\}/$gebied_id}"; p="${p//\{administratieId\}/$administratie_id}"; printf '%s' "$p"
}

declare -a all=() ids=()
declare -A path_of token_of gemeente_of baseline_of rps p50 p99 body_of load_of
while read -r id use_token use_gemeente path baseline _; do
  [[ -z "$id" || "$id" == \#* ]] && continue
  all+=("$id")
  path_of[$id]="$(fill "$path")" token_of[$id]=$use_token gemeente_of[$id]=$use_gemeente baseline_of[$id]=$baseline
done <"$endpoints"
# BENCH_ONLY: the matching rows and the baselines they are compared with, in the file's order.
for id in "${all[@]}"; do
  if [ -z "$only" ] || [[ "$id" =~ $only ]]; then
    ids+=("$id")
  else
    for other in "${all[@]}"; do
      if [[ "$other" =~ $only ]] && [ "${baseline_of[$other]}" = "$id" ]; then ids+=("$id"); break; fi
    done
  fi
done
[ "${#ids[@]}" -gt 0 ] || fail "geen endpoints geselecteerd (BENCH_ONLY='$only')"

headers_of() {
  local id="$1"
  [ "${token_of[$id]}" = yes ] && printf '%s\n' "Authorization: Bearer $bench_token"
  [ "${gemeente_of[$id]}" = yes ] && printf '%s\n' "Gemeente: $gemeente"
  true
}
args_of() {
  local id="$1" h
  args=()
  while IFS= read -r h; do [ -n "$h" ] && args+=(-H "$h"); done < <(headers_of "$id")
}

echo "== controle: elk endpoint antwoordt 200"
for id in "${ids[@]}"; do
  args_of "$id"
  code="$(curl -sS -o "$tmp/$id.json" -w '%{http_code}' "${args[@]}" "$base${path_of[$id]}")"
  [ "$code" = 200 ] || { head -c 400 "$tmp/$id.json" >&2; echo >&2; fail "$id: ${path_of[$id]} gaf $code"; }
  body_of[$id]="$(wc -c <"$tmp/$id.json")"
done
# The baseline should read the same rows: compare the product's answer with its baseline's.
for id in "${ids[@]}"; do
  b="${baseline_of[$id]}"
  if [ "$b" != - ] && [[ "$b" == base:* ]] && [ -f "$tmp/$b.json" ]; then
    if diff -q <(jq -S . "$tmp/$id.json") <(jq -S . "$tmp/$b.json") >/dev/null; then
      echo "   $id = $b (zelfde JSON)"
    else
      echo "   LET OP: $id en $b geven niet dezelfde JSON (zie $out/diff-$id.txt)"
      diff <(jq -S . "$tmp/$id.json") <(jq -S . "$tmp/$b.json") >"$out/diff-$id.txt" || true
    fi
  fi
done

# Warm-up: a first pass over every endpoint, discarded, so that no row is measured on a cold process (JIT
# tiering, caches, connection pools, start-up work still finishing); without it the first row reads low.
if [ "$warmup" != 0 ] && [ "$warmup" != 0s ]; then
  echo "== opwarmen: elk endpoint $warmup"
  for id in "${ids[@]}"; do
    alive
    args_of "$id"
    wrk -t"$threads" -c"$connections" -d"$warmup" "${args[@]}" "$base${path_of[$id]}" >/dev/null
  done
fi

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
: >"$out/wrk.log"
echo "== meten: wrk -t$threads -c$connections, $duration per endpoint"
for id in "${ids[@]}"; do
  alive
  args_of "$id"
  url="$base${path_of[$id]}"
  result="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/report.lua" "${args[@]}" "$url")" \
    || fail "$id: wrk mislukte"
  { echo "### $id  $url  (load: $(cut -d' ' -f1-3 /proc/loadavg))"; echo "$result"; echo; } >>"$out/wrk.log"
  read -r _ r q50 q99 n status_errors socket_errors < <(grep '^BENCH ' <<<"$result") \
    || fail "$id: geen uitkomst van wrk (zie $out/wrk.log)"
  [ "$status_errors" = 0 ] || fail "$id: $status_errors antwoorden niet 2xx/3xx (zie $out/wrk.log)"
  [ "$socket_errors" = 0 ] || echo "   LET OP: $id: $socket_errors socketfouten"
  rps[$id]=$r p50[$id]=$q50 p99[$id]=$q99 load_of[$id]="$(cut -d' ' -f1 /proc/loadavg)"
  printf '   %-18s %9s req/s  p50 %8s ms  p99 %8s ms  (%s verzoeken)\n' "$id" "$r" "$q50" "$q99" "$n"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo onbekend)"
changed="$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null | wc -l | tr -d ' ')"
state="$commit"; [ "$changed" != 0 ] && state="$commit + wijzigingen in $changed bestand(en), niet vastgelegd"
{
  echo "# Benchmark${label:+: $label}"
  echo
  echo "- $(date -u '+%Y-%m-%d %H:%M UTC'), stand: $state"
  echo "- wrk -t$threads -c$connections, eerst een opwarmronde van $warmup per endpoint, dan $duration meten per endpoint; gemeente $gemeente ($gebieden gebieden); $(nproc) cores"
  echo "- load average (1/5/15 min) voor: $load_before, na: $load_after"
  echo "- ratio = req/s van de rij / req/s van haar basislijn (1.00 = even snel als de basislijn); load = load average (1 min) direct na die meting"
  echo
  echo "| endpoint | token | pad | req/s | p50 ms | p99 ms | bytes | ratio | t.o.v. | load |"
  echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |"
  for id in "${ids[@]}"; do
    b="${baseline_of[$id]}" ratio=""
    [ "$b" != - ] && [ -n "${rps[$b]:-}" ] && ratio="$(awk -v a="${rps[$id]}" -v b="${rps[$b]}" 'BEGIN { printf "%.2f", a / b }')"
    [ "$b" = - ] && b=""
    printf '| %s | %s | `%s` | %s | %s | %s | %s | %s | %s | %s |\n' "$id" "${token_of[$id]}" "${path_of[$id]/$gebied_id/\{gebiedId\}}" \
      "${rps[$id]}" "${p50[$id]}" "${p99[$id]}" "${body_of[$id]}" "$ratio" "$b" "${load_of[$id]}"
  done
} >"$out/results.md"
cp "$out/results.md" "$out/results-$(date -u '+%Y%m%dT%H%M%SZ').md"
echo
cat "$out/results.md"
echo
echo "(ook in $out/results.md; wrk-uitvoer in $out/wrk.log)"
