#!/usr/bin/env bash
# Benchmark (issue 4): the partner desk-duty query with a year of schedules for 50 desks, through
# the gateway (wrk, 50 connections), and the time from publishing a plan to its event being
# readable on the agency's topic, desk-duty.v1.bench.<agency>. Needs the platform running (dev/up).
# Targets on the 2-core reference machine: >= 1,000 requests/s with p99 < 50 ms; publish -> event p99 < 1 s.
#   docs/benchmarks/desk-duty/run.sh [seconds per scenario, default 30] [plans to publish, default 200]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../../dev/lib.sh"
ensure_secrets
apt_install wrk wrk
SECS="${1:-30}"
PLANS="${2:-200}"
KC=http://127.0.0.1:8180
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# 1. A coordinator and ten partner-agency users of a benchmark-only organisation (Keycloak admin API).
admin="$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin \
  -d "password=$KEYCLOAK_ADMIN_PASSWORD" "$KC/realms/master/protocol/openid-connect/token" | jq -r .access_token)"
bench_user() {  # bench_user <username> <role> <attributes json>
  curl -sS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"enabled\":true,\"email\":\"$1@demo.invalid\",\"emailVerified\":true,
         \"firstName\":\"Bench\",\"lastName\":\"User\",\"attributes\":$3,
         \"credentials\":[{\"type\":\"password\",\"value\":\"$DEMO_PASSWORD\",\"temporary\":false}]}" \
    "$KC/admin/realms/vertaistyo/users"
  local uid role
  uid="$(curl -fsS -H "Authorization: Bearer $admin" "$KC/admin/realms/vertaistyo/users?username=$1&exact=true" | jq -r '.[0].id')"
  role="$(curl -fsS -H "Authorization: Bearer $admin" "$KC/admin/realms/vertaistyo/roles/$2")"
  curl -fsS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "[$role]" \
    "$KC/admin/realms/vertaistyo/users/$uid/role-mappings/realm"
}
bench_user bench-coordinator coordinator '{"org":["bench"]}'
for a in 0 1 2 3 4 5 6 7 8 9; do bench_user "bench-partner-$a" partner "{\"org\":[\"bench\"],\"agency\":[\"bench-agency-$a\"]}"; done

# 2. A year (2027) of published desk duty for 50 desks of 10 agencies, written straight into
#    scheduling's database: weekdays 9-12, two guides each, 5 % cancelled (~26,000 duties).
sql() { pg_psql "-d scheduling -c \"$1\""; }
if [ "$(sql "select count(*) from location where organisation = 'bench'")" -lt 50 ]; then
  log "writing a year of schedules for 50 bench desks"
  pg_psql "-d scheduling" <<'SQL' >/dev/null
insert into programme_terms values ('00000000-0000-4000-8000-0000000be001', 1, 'bench', 'bench-guides', 'VOLUNTEER_GUIDES',
  '2020-01-01', 1, 5, 480, 24) on conflict do nothing;
insert into known_peer (participant_id, organisation, display_name, status, known_since)
  select ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid, 'bench', 'Guide ' || g, 'ACTIVE', now()
  from generate_series(1, 200) g on conflict do nothing;
insert into peer_agreement select ('00000000-0000-4000-a000-' || lpad(to_hex(g), 12, '0'))::uuid,
  ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid, 'bench', '00000000-0000-4000-8000-0000000be001',
  '2020-01-01', '2035-12-31', 5, 480 from generate_series(1, 200) g on conflict do nothing;
insert into peer_qualification select ('00000000-0000-4000-b000-' || lpad(to_hex(g), 12, '0'))::uuid,
  ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid, 'bench', 'fattaluuta-diploma', '2020-01-01', null
  from generate_series(1, 200) g on conflict do nothing;
insert into location (id, organisation, programme_id, kind, name, address, agency_code, agency_name, agency_kind,
    duty_weekdays, duty_starts, duty_ends, guides_per_duty, required_qualification, created_at)
  select ('00000000-0000-4000-c000-' || lpad(to_hex(d), 12, '0'))::uuid, 'bench', '00000000-0000-4000-8000-0000000be001',
    'PARTNER_DESK', 'Bench desk ' || d, 'Benchkatu ' || d, 'bench-agency-' || (d % 10), 'Bench agency ' || (d % 10), 'KELA',
    'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', '08:00', '16:00', 2, 'fattaluuta-diploma', now()
  from generate_series(1, 50) d on conflict do nothing;
insert into shift_plan (id, organisation, location_id, month, status, created_at, published_at, published_by)
  select gen_random_uuid(), 'bench', l.id, m, 'PUBLISHED', now(), now(), 'bench'
  from location l, generate_series(date '2027-01-01', date '2027-12-01', interval '1 month') m
  where l.organisation = 'bench' on conflict do nothing;
insert into shift (id, plan_id, organisation, location_id, work_date, starts_at, ends_at, needed)
  select gen_random_uuid(), p.id, 'bench', p.location_id, d, '09:00', '12:00', 2
  from shift_plan p, generate_series(p.month, p.month + interval '1 month' - interval '1 day', interval '1 day') d
  where p.organisation = 'bench' and p.month < date '2030-01-01' and extract(isodow from d) < 6;
insert into shift_assignment (id, shift_id, participant_id, organisation, state, assigned_at, changed_after_publish)
  select gen_random_uuid(), s.id,
    ('00000000-0000-4000-9000-' || lpad(to_hex(1 + (abs(hashtext(s.id::text)) + k * 97) % 200), 12, '0'))::uuid, 'bench',
    case when random() < 0.05 then 'ABSENT' else 'ASSIGNED' end, now(), true
  from shift s, generate_series(0, 1) k where s.organisation = 'bench';
analyze;
SQL
fi
log "bench: $(sql "select count(*) from location where organisation = 'bench'") desks, $(sql "select count(*) from shift_assignment where organisation = 'bench'") duties"

# 3. wrk, 2 threads, 50 connections, through the gateway; each request one agency's own desks.
for a in 0 1 2 3 4 5 6 7 8 9; do export "TOKEN_bench_agency_$a=$(token "bench-partner-$a")"; done
run() {  # run <name> <lua script>
  log "scenario $1: ${SECS}s, 50 connections"
  wrk -t2 -c50 -d"${SECS}s" --latency -s "$HERE/$2" http://127.0.0.1:8080 | tee "$LOGS/bench-desk-duty-$1.txt"
}
run warmup week.lua >/dev/null
run week week.lua
run month month.lua
THINK_MS=35 run paced week.lua

# 4. Publish -> event latency: plans of the years 2030+ are the benchmark's own; remove earlier runs' ones.
pg_psql "-d scheduling" <<'SQL' >/dev/null
delete from shift_change where shift_id in (select id from shift where organisation = 'bench' and work_date >= '2030-01-01');
delete from shift_assignment where shift_id in (select id from shift where organisation = 'bench' and work_date >= '2030-01-01');
delete from shift where organisation = 'bench' and work_date >= '2030-01-01';
delete from shift_plan where organisation = 'bench' and month >= '2030-01-01';
SQL
desks="$(sql "select string_agg(id::text, ',' order by name) from location where organisation = 'bench'")"
guides="$(sql "select string_agg(participant_id::text, ',' order by display_name) from known_peer where organisation = 'bench'")"
java -cp "$CACHE/kafka-$KAFKA_VERSION/libs/*" "$HERE/PublishLatency.java" http://127.0.0.1:8080 \
  "$(token bench-coordinator)" desk-duty.v1.bench. "$PLANS" "$desks" "$guides" | tee "$LOGS/bench-desk-duty-latency.txt"
