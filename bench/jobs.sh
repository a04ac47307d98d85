#!/usr/bin/env bash
# Benchmark of issue 14's two batch targets, on the Release build and the real CBS extract (all 342 gemeenten):
#
#   bench/jobs.sh                      (JOBS_REPEAT=1 JOBS_N="50 342" bench/jobs.sh for a quick run)
#
# 1. Provisioning: `Gemeenschapskracht.Api.dll provision-all` on a fresh SQLite database in a temp dir
#    (ASPNETCORE_ENVIRONMENT=Development, Cbs__Source=File on ../shared/data/cbs-kwb-2024, Seed__Enabled=false so that
#    no demo gemeente gets the demo route on top, jobs as normal). The verb reports its own duration (the 342 imports,
#    after migration) and peak working set; target: at most 10 s.
# 2. Visitatie cycle (J9): `Gemeenschapskracht.Api.dll run-job visitatiecycli` over N active gemeenten, each with real
#    work. The database of step 1 is prepared once by bench/Jobs (a console program on the product's Infrastructure,
#    Application and Domain: no SQL) with, in every gemeente, JOBS_INITIATIEVEN active bewonersgroepen in its wijken
#    (CreateOrganisatieHandler), one initiative visitatiecyclus never run before, so every group is due today
#    (CreateVisitatiecyclusHandler), and one beleidsmedewerker, who gets the job's mail (pickup folder). For each N a
#    copy of that database gets the first N gemeenten by gemeentecode active and the others not (J9 skips inactive
#    gemeenten), the job runs once, and bench/Jobs checks that every active gemeente got exactly JOBS_INITIATIEVEN
#    visitaties (and the mail count is N). The verb reports its own duration; target: at most 30 s for 342, linear in N.
#
# Every run is repeated JOBS_REPEAT times (provisioning each time on a new database, the job each time on a new copy,
# in rounds over all N); the table gives the median and every run, and a least-squares line t = a + b·N through the
# medians (a: the process's fixed cost of its first gemeente, JIT and EF model; b: the cost per gemeente). Also
# recorded: the process's wall clock (start-up included), its peak resident set (GNU time, when /usr/bin/time exists)
# and the load average before each run. Results go to
# $JOBS_OUT/jobs.md (and a time-stamped copy), the processes' output to $JOBS_OUT/jobs.log. Not part of
# scripts/test.sh: no pass/fail on figures; it fails only when it cannot measure (a build, a run or a check fails).
# On a shared machine, run it under the machine's benchmark lock, e.g. `flock /tmp/bench.lock bench/jobs.sh`.
#
# Settings (environment):
#   JOBS_N             the numbers of gemeenten for J9 (default "50 100 200 342")
#   JOBS_INITIATIEVEN  due subjects (bewonersgroepen) per gemeente (default 3)
#   JOBS_REPEAT        runs per measurement (default 3)
#   JOBS_NO_BUILD=1    skip `dotnet build` (use the Release builds as they are)
#   JOBS_CBS_FOLDER    the CBS extract (default ../shared/data/cbs-kwb-2024 beside the repository)
#   JOBS_OUT           output folder (default artifacts/bench)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"

sizes="${JOBS_N:-50 100 200 342}"
per_gemeente="${JOBS_INITIATIEVEN:-3}"
repeat="${JOBS_REPEAT:-3}"
cbs="${JOBS_CBS_FOLDER:-$root/../shared/data/cbs-kwb-2024}"
out="${JOBS_OUT:-$root/artifacts/bench}"
project="$root/src/Gemeenschapskracht.Api"
api="$project/bin/Release/net10.0/Gemeenschapskracht.Api.dll"
prepare="$here/Jobs/bin/Release/net10.0/Gemeenschapskracht.Bench.Jobs.dll"

fail() { echo "FOUT: $*" >&2; exit 1; }

[ -f "$cbs/TypedDataSet.json" ] && [ -f "$cbs/DataProperties.json" ] \
  || fail "de echte CBS-extract ontbreekt in '$cbs'; leg ../shared/data/cbs-kwb-2024/ naast de repository of zet JOBS_CBS_FOLDER."
cbs="$(cd "$cbs" && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
log="$out/jobs.log"
: >"$log"

if [ "${JOBS_NO_BUILD:-}" != 1 ]; then
  echo "== bouwen (Release): de API en bench/Jobs"
  for p in "$project" "$here/Jobs"; do
    dotnet build "$p" -c Release -nologo -v quiet >>"$log" 2>&1 || { tail -n 30 "$log" >&2; fail "de build van $p mislukte (zie $log)"; }
  done
fi
[ -f "$api" ] && [ -f "$prepare" ] || fail "de Release-builds ontbreken; bouw eerst (zonder JOBS_NO_BUILD)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT INT TERM

# The settings every process here runs with; the database (ConnectionStrings__Default) and mail folder are set per run.
export ASPNETCORE_ENVIRONMENT=Development Cbs__Source=File Cbs__Folder="$cbs" Seed__Enabled=false Email__Mode=Pickup
load() { cut -d' ' -f1 /proc/loadavg; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
use_db() { export ConnectionStrings__Default="Data Source=$1" Email__PickupFolder="$2"; mkdir -p "$2"; }
# Runs "$@" in the API's folder, its output appended to the log and kept in $tmp/last.txt; sets wall (s) and rss (MiB).
timed() {
  local started; started="$(date +%s.%N)"
  echo "### $* (load $(load))" >>"$log"
  if [ -x /usr/bin/time ]; then
    (cd "$project" && /usr/bin/time -f 'RSS %M' -o "$tmp/rss.txt" "$@") >"$tmp/last.txt" 2>&1 || { cat "$tmp/last.txt" >>"$log"; tail -n 20 "$tmp/last.txt" >&2; fail "$* mislukte (zie $log)"; }
    rss="$(awk '/^RSS/ { printf "%d", $2 / 1024 }' "$tmp/rss.txt")"
  else
    (cd "$project" && "$@") >"$tmp/last.txt" 2>&1 || { cat "$tmp/last.txt" >>"$log"; tail -n 20 "$tmp/last.txt" >&2; fail "$* mislukte (zie $log)"; }
    rss="?"
  fi
  wall="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  cat "$tmp/last.txt" >>"$log"
}
reported() { sed -n 's/^Duur: \([0-9.]*\) s$/\1/p' "$tmp/last.txt" | tail -n 1; }

echo "== 1. provision-all, $repeat keer op een nieuwe database"
prov_runs="" prov_rows="" load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$repeat"); do
  use_db "$tmp/provision-$i.db" "$tmp/mail-provision-$i"
  l="$(load)"
  timed dotnet "$api" provision-all
  grep -q '^Gemeenten ingericht: 342, mislukt: 0$' "$tmp/last.txt" || fail "provision-all richtte niet alle 342 gemeenten in: $(head -n 1 "$tmp/last.txt")"
  s="$(reported)" peak="$(sed -n 's/^Piekgeheugen (werkset): \([0-9]*\) MiB.*/\1/p' "$tmp/last.txt")"
  echo "   run $i: $s s (proces $wall s), piekgeheugen $peak MiB (RSS $rss MiB), load $l"
  prov_runs="$prov_runs $s"
  prov_rows="$prov_rows| $i | $s | $wall | $peak | $rss | $l |"$'\n'
  [ "$i" = 1 ] || rm -f "$tmp/provision-$i.db"*
done
prov_median="$(median <<<"$prov_runs")"

echo "== 2. bench/Jobs: elke gemeente $per_gemeente initiatieven, een cyclus die aan de beurt is, een beleidsmedewerker"
use_db "$tmp/provision-1.db" "$tmp/mail-seed"
(cd "$project" && dotnet "$prepare" seed "$per_gemeente") >>"$log" 2>&1 || { tail -n 20 "$log" >&2; fail "bench/Jobs seed mislukte (zie $log)"; }
tail -n 1 "$log" | sed 's/^/   /'
seeded="$tmp/seeded.db"
mv "$tmp/provision-1.db" "$seeded"
for f in "$tmp/provision-1.db"-*; do if [ -e "$f" ]; then mv "$f" "$seeded${f#"$tmp/provision-1.db"}"; fi; done

echo "== 3. run-job visitatiecycli per N, $repeat keer op een nieuwe kopie"
# Rounds over all N (rather than all runs of one N together), so that a change in the machine's load spreads over every N.
declare -A runs peak
for n in $sizes; do runs[$n]="" peak[$n]=0; done
for i in $(seq 1 "$repeat"); do
  for n in $sizes; do
    db="$tmp/job-$n-$i.db" mail="$tmp/mail-$n-$i"
    for f in "$seeded" "$seeded"-*; do if [ -e "$f" ]; then cp "$f" "$db${f#"$seeded"}"; fi; done
    use_db "$db" "$mail"
    (cd "$project" && dotnet "$prepare" activate "$n") >>"$log" 2>&1 || fail "bench/Jobs activate $n mislukte (zie $log)"
    l="$(load)"
    timed dotnet "$api" run-job visitatiecycli
    grep -q "^Taak visitatiecycli: gelukt voor $n gemeenten, mislukt voor 0$" "$tmp/last.txt" \
      || fail "run-job over $n gemeenten: $(grep '^Taak' "$tmp/last.txt" || echo 'geen uitkomst')"
    s="$(reported)"
    (cd "$project" && dotnet "$prepare" check "$per_gemeente") >"$tmp/check.txt" 2>&1 || { cat "$tmp/check.txt" >&2; fail "niet elke gemeente kreeg $per_gemeente visitaties (N=$n)"; }
    cat "$tmp/check.txt" >>"$log"
    mails="$(find "$mail" -type f | wc -l | tr -d ' ')"
    [ "$mails" = "$n" ] || fail "N=$n: $mails mails in plaats van $n"
    echo "   ronde $i, N=$n: $s s (proces $wall s, RSS $rss MiB), $((n * per_gemeente)) visitaties, $mails mails, load $l"
    runs[$n]="${runs[$n]} $s"
    if [ "$rss" != "?" ] && [ "$rss" -gt "${peak[$n]}" ]; then peak[$n]="$rss"; fi
    rm -rf "$db"* "$mail"
  done
done
job_rows="" fit_points=""
for n in $sizes; do
  m="$(median <<<"${runs[$n]}")"
  per="$(awk -v s="$m" -v n="$n" 'BEGIN { printf "%.1f", 1000 * s / n }')"
  job_rows="$job_rows| $n | $((n * per_gemeente)) | **$m** | $per | ${peak[$n]} | $(tr ' ' '\n' <<<"${runs[$n]}" | grep . | paste -sd' ' - | sed 's/ /, /g') |"$'\n'
  fit_points="$fit_points$n $m"$'\n'
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
# Least squares t = a + b·N over the medians, and R² (1 = a straight line).
fit="$(awk 'NF == 2 { n++; x += $1; y += $2; xx += $1 * $1; xy += $1 * $2; yy += $2 * $2 }
  END { if (n < 2) { print "(één N: geen lijn)"; exit }
        b = (n * xy - x * y) / (n * xx - x * x); a = (y - b * x) / n;
        r = (n * xy - x * y) / sqrt((n * xx - x * x) * (n * yy - y * y));
        printf "t ≈ %.2f s + %.1f ms × N (R² = %.4f)", a, 1000 * b, r * r }' <<<"$fit_points")"

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo onbekend)"
changed="$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null | wc -l | tr -d ' ')"
state="$commit"; [ "$changed" != 0 ] && state="$commit + wijzigingen in $changed bestand(en), niet vastgelegd"
{
  echo "# Batchbenchmark (issue 14): inrichting en visitatiecyclus"
  echo
  echo "- $(date -u '+%Y-%m-%d %H:%M UTC'), stand: $state; $(nproc) cores; load average (1/5/15 min) voor: $load_before, na: $load_after"
  echo "- Release-build, SQLite in een tijdelijke map, echte CBS-extract ($(basename "$cbs"), 342 gemeenten); elke meting $repeat keer, de mediaan vet"
  echo "- seconden = de \`Duur\` die het werkwoord zelf meldt (zonder het opstarten van het proces); proces = de wandklok van het hele proces"
  echo
  echo "## Inrichting: \`provision-all\` op een nieuwe database (doel: hoogstens 10 s)"
  echo
  echo "Mediaan **$prov_median s**."
  echo
  echo "| run | s | proces s | piekwerkset MiB | piek-RSS MiB | load (1 min) voor |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s' "$prov_rows"
  echo
  echo "## Visitatiecyclus J9: \`run-job visitatiecycli\` over N actieve gemeenten (doel: hoogstens 30 s voor 342, lineair)"
  echo
  echo "Elke actieve gemeente: $per_gemeente bewonersgroepen die aan de beurt zijn, dus $per_gemeente visitaties geopend en één mail per gemeente."
  echo "Lineaire fit over de medianen: $fit."
  echo
  echo "| N | visitaties | s (mediaan) | ms per gemeente | piek-RSS MiB | alle runs (s) |"
  echo "| ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s' "$job_rows"
} >"$out/jobs.md"
cp "$out/jobs.md" "$out/jobs-$(date -u '+%Y%m%dT%H%M%SZ').md"
echo
cat "$out/jobs.md"
echo
echo "(ook in $out/jobs.md; de uitvoer van de processen in $log)"
