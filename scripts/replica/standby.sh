#!/usr/bin/env bash
# A read replica on this machine: a second PostgreSQL cluster of Debian's packages ("replica", port 5433) that
# streams from the first ("main", port 5432) as a hot standby. Kulant reads dashboards, reports and list pages from
# it once KULANT_REPLICA_URL is set (docs/operations.md, "Read replica").
#
#   scripts/replica/standby.sh start    creates the standby on first use (pg_basebackup), then starts it
#   scripts/replica/standby.sh stop     stops it (the primary keeps the WAL it still needs in its slot)
#   scripts/replica/standby.sh status   prints whether it runs, and its replay lag
#   scripts/replica/standby.sh remove   stops it, deletes it and drops its replication slot
#
# Run as root on a machine where the primary trusts local connections (as .ci/run sets up). Only for one machine:
# the standby connects over 127.0.0.1 with trust; a real standby gets its own host and a password or certificate.
set -euo pipefail

version=${PG_VERSION:-$(ls /etc/postgresql | sort -V | tail -n 1)}
port=${KULANT_REPLICA_PORT:-5433}
primary_port=${KULANT_PRIMARY_PORT:-5432}
cluster=replica
slot=kulant_replica
data=/var/lib/postgresql/$version/$cluster

as_postgres() { su postgres -c "$*"; }
replica_sql() { psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "$1"; }
primary_sql() { psql -h 127.0.0.1 -p "$primary_port" -U postgres -d postgres -tAc "$1"; }
exists() { pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c' | grep -q .; }
running() { pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c && $4 ~ /^online/' | grep -q .; }

allow_replication() {
    # the standby streams over 127.0.0.1 as postgres; the primary must let it
    local hba
    hba=$(primary_sql 'show hba_file')
    if ! grep -Eq '^host\s+replication\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
        sed -i '1i host replication all 127.0.0.1/32 trust' "$hba"
        primary_sql 'select pg_reload_conf()' >/dev/null
    fi
}

create() {
    echo "Creating the standby cluster $version/$cluster on port $port from 127.0.0.1:$primary_port"
    allow_replication
    pg_createcluster "$version" "$cluster" -p "$port" >/dev/null
    # the same access rules as the primary; the data directory comes from the primary's base backup
    cp "$(primary_sql 'show hba_file')" "/etc/postgresql/$version/$cluster/pg_hba.conf"
    cat >> "/etc/postgresql/$version/$cluster/postgresql.conf" <<CONF
# Kulant's read replica: reports tell the primary what they read, so vacuum does not cancel them
hot_standby = on
hot_standby_feedback = on
listen_addresses = '127.0.0.1'
CONF
    rm -rf "${data:?}"/*
    if [ -z "$(primary_sql "select 1 from pg_replication_slots where slot_name = '$slot'")" ]; then
        primary_sql "select pg_create_physical_replication_slot('$slot')" >/dev/null
    fi
    as_postgres "pg_basebackup -h 127.0.0.1 -p $primary_port -U postgres -D $data -R -X stream -S $slot -c fast"
}

start() {
    exists || create
    running || pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
    for _ in $(seq 1 60); do
        [ "$(replica_sql 'select pg_is_in_recovery()' 2>/dev/null)" = "t" ] && { status; return 0; }
        sleep 1
    done
    echo "The standby on port $port did not come up; see /var/log/postgresql/postgresql-$version-$cluster.log" >&2
    return 1
}

stop() {
    running && pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop -m fast
    return 0
}

status() {
    if ! running; then
        echo "standby $version/$cluster: stopped"
        return 0
    fi
    local behind
    behind=$(primary_sql "select coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), r.replay_lsn), -1)
        from pg_replication_slots s left join pg_stat_replication r on r.pid = s.active_pid where s.slot_name = '$slot'")
    echo "standby $version/$cluster on port $port: running, in recovery: $(replica_sql 'select pg_is_in_recovery()')," \
        "WAL not yet replayed: ${behind:-unknown} bytes (-1: not streaming)"
}

remove() {
    stop
    exists && pg_dropcluster "$version" "$cluster"
    if [ -n "$(primary_sql "select 1 from pg_replication_slots where slot_name = '$slot'")" ]; then
        primary_sql "select pg_drop_replication_slot('$slot')" >/dev/null
    fi
    echo "standby removed"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    remove) remove ;;
    *) echo "usage: $0 start|stop|status|remove" >&2; exit 2 ;;
esac
