#!/usr/bin/env bash
# Benchmark (issue 6): ingest attendance.v1 into the activity-money ledger end to end from the topic,
# then close the month for every peer. Needs the platform running (dev/up). Each run uses a new
# benchmark organisation, so runs never see each other's data (dev/down --wipe removes them all).
# Targets on the 2-core reference machine: >= 2,000 events/s; closing a month of 5,000 peers < 5 s.
#   docs/benchmarks/payout-ledger/run.sh [events, default 100000] [peers, default 5000]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../../dev/lib.sh"
ensure_secrets
EVENTS="${1:-100000}"
PEERS="${2:-5000}"
MONTH=2026-10
ORG="bench-$(date +%s)"
KC=http://127.0.0.1:8180
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
now_ms() { date +%s%3N; }
sql() { pg_psql "-d payout -c \"$1\""; }

# 1. A payout officer of the benchmark organisation (Keycloak admin API).
admin="$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin \
  -d "password=$KEYCLOAK_ADMIN_PASSWORD" "$KC/realms/master/protocol/openid-connect/token" | jq -r .access_token)"
user="$ORG-payout"
curl -sS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"enabled\":true,\"email\":\"$user@demo.invalid\",\"emailVerified\":true,
       \"firstName\":\"Bench\",\"lastName\":\"Officer\",\"attributes\":{\"org\":[\"$ORG\"]},
       \"credentials\":[{\"type\":\"password\",\"value\":\"$DEMO_PASSWORD\",\"temporary\":false}]}" \
  "$KC/admin/realms/vertaistyo/users"
uid="$(curl -fsS -H "Authorization: Bearer $admin" "$KC/admin/realms/vertaistyo/users?username=$user&exact=true" | jq -r '.[0].id')"
role="$(curl -fsS -H "Authorization: Bearer $admin" "$KC/admin/realms/vertaistyo/roles/payout-officer")"
curl -fsS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "[$role]" \
  "$KC/admin/realms/vertaistyo/users/$uid/role-mappings/realm"

# 2. Produce the events and wait until the ledger has every record: end to end from the topic.
log "ingest: $EVENTS attendance events for $PEERS peers of $ORG in $MONTH"
start="$(now_ms)"
result="$(java -cp "$CACHE/kafka-$KAFKA_VERSION/libs/*" "$HERE/IngestAttendance.java" "$ORG" "$MONTH" "$PEERS" "$EVENTS" | tail -1)"
produced="$(now_ms)"
expected_events="${result#events=}"; expected_events="${expected_events%% *}"
expected_cents="${result#*cents=}"
while [ "$(sql "select count(*) from attendance_fact where organisation = '$ORG'")" -lt "$expected_events" ]; do
  sleep 0.2
  [ $(( $(now_ms) - start )) -lt 600000 ] || die "ledger did not catch up within 10 minutes"
done
done_ms="$(now_ms)"
cents="$(sql "select coalesce(sum(amount_cents), 0) from ledger_entry where organisation = '$ORG'")"
entries="$(sql "select count(*) from ledger_entry where organisation = '$ORG'")"
[ "$cents" = "$expected_cents" ] || die "ledger holds $cents cents, expected $expected_cents"
secs="$(echo "scale=2; ($done_ms - $start) / 1000" | bc)"
log "ingest: $expected_events events in ${secs}s (producing took $(( produced - start )) ms) = $(echo "$expected_events * 1000 / ($done_ms - $start)" | bc) events/s; $entries entries, $cents cents as expected"

# 3. Close the month: statements frozen for every peer.
token="$(token "$user")"
t0="$(now_ms)"
closed="$(curl -fsS -X POST -H "Authorization: Bearer $token" "http://127.0.0.1:8080/api/payouts/months/$MONTH/close")"
t1="$(now_ms)"
log "close: $(echo "$closed" | jq -c '{status, peers, totalCents}') in $(( t1 - t0 )) ms through the gateway"
log "statements frozen: $(sql "select count(*) from statement where organisation = '$ORG'")"
