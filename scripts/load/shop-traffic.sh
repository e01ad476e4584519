#!/usr/bin/env bash
# Load test (issue 18, "Load held"): two Kulant instances on one PostgreSQL database behind HAProxy, mixed shop
# traffic through the API (ShopTrafficSimulation: create a claim with an idempotency key, repeat one creation in ten,
# read it, list, record a payment, read its notices). First a rising rate, one step a minute, until the p99 of an
# endpoint passes 100 ms; then a soak at 70 % of the highest rate every endpoint held with p99 < 50 ms and < 0.1 %
# errors. Prints per step and endpoint: requests/s, p50, p99, errors; samples heap and connection pools every 10 s.
#
#   scripts/load/shop-traffic.sh                      rates 5 10 15 ... visits/s (5 requests each), then 30 min soak
#   STEPS="10 20 30" STEP_SECONDS=60 WARMUP_SECONDS=60 SOAK_MINUTES=30 scripts/load/shop-traffic.sh
#   SOAK_RATE=3.5 ...                                  soak at this rate whatever the steps found
#
# Needs psql, curl, haproxy (Debian package) and PostgreSQL at PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432,
# postgres). Creates (and first drops) the database kulant_load. Results: target/load/ (summary.txt, metrics.csv).
set -euo pipefail
cd "$(dirname "$0")/../.."

steps=${STEPS:-"5 10 15 20 30 40 50 60 80 100"}
step_seconds=${STEP_SECONDS:-60}
warmup_seconds=${WARMUP_SECONDS:-60}
warmup_rate=${WARMUP_RATE:-20}
soak_minutes=${SOAK_MINUTES:-30}
shops=${SHOPS:-20}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
database=kulant_load
password=load-test-admin-password
out=target/load
lb=18090
rm -rf "$out" && mkdir -p "$out"

echo "Building the jar and the simulation"
./mvnw -q -B package -DskipTests
./mvnw -q -B -Pbench test-compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" \
    -Dmdep.includeScope=test
jar=$(ls target/kulant-*.jar | grep -v plain | head -n 1)
classpath="target/test-classes:target/classes:$(cat "$out/classpath.txt")"

psql -q -d postgres -c "drop database if exists $database" -c "create database $database"

pids=()
start() { # name port
    mkdir -p "$out/$1"
    java -Xmx512m -jar "$jar" --server.port="$2" \
        --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$database" --spring.datasource.username="$PGUSER" \
        --kulant.data-dir="$out/$1" --kulant.admin.user=admin --kulant.admin.password="$password" \
        --kulant.demo.seed=false --kulant.dunning.schedule-enabled=false > "$out/$1/out.log" 2>&1 &
    pids+=($!)
}
ready() { # port
    for _ in $(seq 1 180); do
        curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0
        sleep 1
    done
    echo "instance on port $1 did not start; see $out" >&2
    exit 1
}
start first 18081
ready 18081
start second 18082
ready 18082

cat > "$out/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
frontend kulant
    bind 127.0.0.1:$lb
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    server first 127.0.0.1:18081 check inter 2s
    server second 127.0.0.1:18082 check inter 2s
CFG
haproxy -f "$out/haproxy.cfg" -D -p "$out/haproxy.pid"
trap 'kill "${pids[@]}" "$(cat "$out/haproxy.pid")" "${sampler:-}" 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$lb/actuator/health/readiness" >/dev/null; do sleep 1; done

echo "Seeding $shops shops with 50,000 claims and an API key each"
psql -q -d "$database" -v prefix=S -v creditors="$shops" -v debtors=25000 \
    -v due="$(TZ=Europe/Berlin date -d '-30 days' +%F)" -f scripts/scale-out/due-claims.sql
echo "apiKey" > "$out/keys.csv"
for creditor in $(psql -tA -d "$database" -c "select id from creditor where name like 'S-Shop %' order by name"); do
    key=$(curl -fs -u "admin:$password" -X POST "http://127.0.0.1:$lb/api/v1/admin/creditors/$creditor/api-keys" \
        | sed -E 's/.*"key":"([^"]+)".*/\1/')
    echo "$key" >> "$out/keys.csv"
done

# heap used and pool connections of both instances every 10 s: seconds since start, instance, heap MB, active, pending
sample() {
    local began=$SECONDS
    echo "seconds,instance,heap_mb,pool_active,pool_pending" > "$out/metrics.csv"
    while true; do
        for port in 18081 18082; do
            curl -fs -u "admin:$password" "http://127.0.0.1:$port/actuator/prometheus" | awk -v t=$((SECONDS - began)) -v p=$port '
                /^jvm_memory_used_bytes\{.*area="heap"/ { heap += $NF }
                /^hikaricp_connections_active\{/ { active += $NF }
                /^hikaricp_connections_pending\{/ { pending += $NF }
                END { printf "%d,%s,%.1f,%d,%d\n", t, p, heap / 1048576, active, pending }' >> "$out/metrics.csv" || true
        done
        sleep 10
    done
}

gatling() { # name rate seconds
    java -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$classpath" \
        -Dkulant.load.url="http://127.0.0.1:$lb" -Dkulant.load.keys="$out/keys.csv" -Dkulant.load.run="$1" \
        -Dkulant.load.rate="$2" -Dkulant.load.seconds="$3" -Dgatling.data.enableAnalytics=false \
        io.gatling.app.Gatling -s de.kulant.load.ShopTrafficSimulation -rf "$out/gatling-$1" -nr > "$out/$1.log" 2>&1 || true
    # one line per endpoint: name|requests/s|p50|p99|errors %
    awk '
        /: (true|false) \(actual : / {
            name = $0; sub(/:.*/, "", name); value = $0; sub(/.*actual : /, "", value); sub(/\).*/, "", value)
            if ($0 ~ /requests per second/) rps[name] = value
            else if ($0 ~ /50th percentile/) p50[name] = value
            else if ($0 ~ /99th percentile/) p99[name] = value
            else if ($0 ~ /percentage of failed/) err[name] = value
            if (!(name in seen)) { seen[name] = 1; names[++n] = name }
        }
        END { for (i = 1; i <= n; i++) { e = names[i]; printf "%s|%s|%s|%s|%s\n", e, rps[e], p50[e], p99[e], err[e] } }
    ' "$out/$1.log"
}

# a table for people: endpoint, requests/s, p50, p99, errors
show() {
    awk -F'|' '{ printf "%-16s %8s req/s   p50 %6s ms   p99 %6s ms   errors %s %%\n", $1, $2, $3, $4, $5 }'
}

sample &
sampler=$!
# the JIT compiles the hot paths first; without it the first step measures the compiler
echo "Warm-up: ${warmup_seconds} s at $warmup_rate visits/s (not counted)" | tee "$out/summary.txt"
gatling warm-up "$warmup_rate" "$warmup_seconds" > /dev/null
best=0
held=0
echo "Rising rate, $step_seconds s per step" | tee -a "$out/summary.txt"
for rate in $steps; do
    echo "== $rate visits/s" | tee -a "$out/summary.txt"
    figures=$(gatling "step-$rate" "$rate" "$step_seconds")
    echo "$figures" | show | tee -a "$out/summary.txt"
    worst=$(echo "$figures" | awk -F'|' '$1 != "Global" { if ($4 + 0 > m) m = $4 + 0 } END { print m + 0 }')
    errors=$(echo "$figures" | awk -F'|' '{ if ($5 + 0 > m) m = $5 + 0 } END { print m + 0 }')
    if awk -v w="$worst" -v e="$errors" 'BEGIN { exit !(w < 50 && e < 0.1) }'; then
        best=$rate
    fi
    if awk -v w="$worst" -v e="$errors" 'BEGIN { exit !(w <= 100 && e < 0.1) }'; then
        held=$rate
    fi
    if awk -v w="$worst" 'BEGIN { exit !(w > 100) }'; then
        echo "p99 passed 100 ms at $rate visits/s" | tee -a "$out/summary.txt"
        break
    fi
done
echo "Highest rate with p99 < 50 ms and < 0.1 % errors on every endpoint: $best visits/s" | tee -a "$out/summary.txt"

if [ "$best" = 0 ]; then
    # not even the first step held p99 < 50 ms: soak at 70 % of the highest rate that held 100 ms, and say so
    echo "No step held p99 < 50 ms; the soak uses the highest rate with p99 <= 100 ms: $held visits/s" \
        | tee -a "$out/summary.txt"
    best=$held
fi
soak=${SOAK_RATE:-$(awk -v b="$best" 'BEGIN { printf "%.1f", b * 0.7 }')}
if awk -v s="$soak" 'BEGIN { exit !(s == 0) }' || [ "$soak_minutes" = 0 ]; then
    exit 0
fi
echo "== soak: $soak visits/s for $soak_minutes min" | tee -a "$out/summary.txt"
soak_start=$(tail -n 1 "$out/metrics.csv" | cut -d, -f1)
gatling soak "$soak" $((soak_minutes * 60)) | show | tee -a "$out/summary.txt"
soak_end=$(tail -n 1 "$out/metrics.csv" | cut -d, -f1)
# heap after collections shows as the low points: the lowest sample of each instance in the first and the last 5 min
awk -F, -v s="$soak_start" -v e="$soak_end" 'NR > 1 && $1 >= s && $1 <= e {
        if ($1 < s + 300) { if (!($2 in first) || $3 < first[$2]) first[$2] = $3 }
        if ($1 > e - 300) { if (!($2 in last) || $3 < last[$2]) last[$2] = $3 }
        if ($4 > maxActive) maxActive = $4; if ($5 > maxPending) maxPending = $5 }
    END { for (i in first) printf "instance %s: lowest heap first 5 min %.1f MB, last 5 min %.1f MB\n", i, first[i], last[i]
          printf "connections active at most %d of 10 per instance, waiting at most %d\n", maxActive, maxPending }' \
    "$out/metrics.csv" | tee -a "$out/summary.txt"
