#!/usr/bin/env bash
# Two Kulant instances on one PostgreSQL database share a dunning run; the one that started it is killed with
# kill -9 in the middle, and the other finishes it. Prints what a person should check: one notice per claim and
# level, one dispatch per letter and channel, and the run's figures.
#
#   ./mvnw -q package -DskipTests && scripts/scale-out/two-instances.sh [debtors]
#
# Needs psql and curl, and PostgreSQL at PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432, postgres, no password).
# Creates (and first drops) the database kulant_scaleout; two claims per debtor, 100,000 debtors by default.
set -euo pipefail
cd "$(dirname "$0")/../.."

debtors=${1:-100000}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
database=kulant_scaleout
jar=$(ls target/kulant-*.jar | grep -v plain | head -n 1)
work=$(mktemp -d)
password=scale-out-admin-password
today=$(TZ=Europe/Berlin date +%F)
due=$(TZ=Europe/Berlin date -d "$today - 10 days" +%F)

psql -q -d postgres -c "drop database if exists $database" -c "create database $database"

start() { # name port
    mkdir -p "$work/$1"
    java -Xmx512m -jar "$jar" --server.port="$2" \
        --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$database" --spring.datasource.username="$PGUSER" \
        --kulant.data-dir="$work/$1" --kulant.admin.user=admin --kulant.admin.password="$password" \
        --kulant.dunning.schedule-enabled=false --kulant.correspondence.dispatch-enabled=false \
        --kulant.runs.chunk-lease=5s --kulant.runs.chunk-heartbeat=1s --kulant.runs.help-every=1s \
        --kulant.events.resubmit-after=30s --kulant.events.resubmit-every=5s \
        > "$work/$1/out.log" 2>&1 &
    echo $!
}
ready() { # port
    for _ in $(seq 1 180); do
        curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0
        sleep 1
    done
    echo "instance on port $1 did not start; see $work" >&2
    exit 1
}

first=$(start first 18081)
second=$(start second 18082)
trap 'kill "$first" "$second" 2>/dev/null || true' EXIT
ready 18081
ready 18082
echo "two instances: pid $first on :18081, pid $second on :18082 (logs in $work)"

psql -q -d "$database" -v prefix=S -v creditors=50 -v debtors="$debtors" -v due="$due" -f scripts/scale-out/due-claims.sql
echo "generated $((debtors * 2)) claims due on $due"

run=$(curl -fs -u "admin:$password" -H 'Content-Type: application/json' -d "{\"asOf\":\"$today\"}" \
    http://127.0.0.1:18081/api/v1/dunning-runs | sed -E 's/.*"id":"([^"]+)".*/\1/')
echo "dunning run $run started on the first instance"

done_share() {
    psql -tA -d "$database" -c "select coalesce(round(100.0 * count(*) filter (where status = 'DONE') / nullif(count(*), 0)), 0)
        from run_chunk where run_id = '$run'"
}
until [ "$(done_share)" -ge 30 ]; do sleep 0.5; done
kill -9 "$first"
echo "kill -9 of the first instance at $(done_share) % of the chunks"

until [ "$(psql -tA -d "$database" -c "select status from dunning_run where id = '$run'")" != RUNNING ]; do sleep 1; done
until [ "$(psql -tA -d "$database" -c "select count(*) from event_publication where completion_date is null")" = 0 ]; do
    sleep 1
done

psql -d "$database" <<SQL
select status, total, processed, notices from dunning_run where id = '$run';
select owner, count(*) as chunks, max(attempts) as most_attempts from run_chunk where run_id = '$run' group by owner;
select count(*) as notices, count(distinct (claim_id, level)) as claim_levels from notice where run_id = '$run';
select count(*) as dispatches, count(distinct (combined_id, channel)) as letters_and_channels
from dispatch where run_id = '$run';
SQL
echo "expected: COMPLETED, notices = claim_levels = $((debtors * 2)), dispatches = letters_and_channels = $debtors"
