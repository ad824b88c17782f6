#!/usr/bin/env bash
# Benchmark: participant list and search with 10,000 participants in one organisation,
# 50 concurrent connections through the gateway (wrk): 50 users with think time, then two
# saturation scenarios with no think time. Needs the platform running (dev/up).
# Target (issue 3): p99 under 50 ms on the 2-core reference machine.
#   docs/benchmarks/participant-search/run.sh [seconds per scenario, default 30]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../../dev/lib.sh"
ensure_secrets
apt_install wrk wrk
SECS="${1:-30}"
KC=http://127.0.0.1:8180
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# 1. A coordinator of a benchmark-only organisation, created through Keycloak's admin API.
admin="$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin \
  -d "password=$KEYCLOAK_ADMIN_PASSWORD" "$KC/realms/master/protocol/openid-connect/token" | jq -r .access_token)"
curl -sS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench-coordinator\",\"enabled\":true,\"email\":\"bench-coordinator@demo.invalid\",\"emailVerified\":true,
       \"firstName\":\"Bench\",\"lastName\":\"Coordinator\",\"attributes\":{\"org\":[\"bench\"]},
       \"credentials\":[{\"type\":\"password\",\"value\":\"$DEMO_PASSWORD\",\"temporary\":false}]}" \
  "$KC/admin/realms/vertaistyo/users"
uid="$(curl -fsS -H "Authorization: Bearer $admin" "$KC/admin/realms/vertaistyo/users?username=bench-coordinator&exact=true" | jq -r '.[0].id')"
role="$(curl -fsS -H "Authorization: Bearer $admin" "$KC/admin/realms/vertaistyo/roles/coordinator")"
curl -fsS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "[$role]" \
  "$KC/admin/realms/vertaistyo/users/$uid/role-mappings/realm"

# 2. 10,000 fictional participants, written straight into the database (no events needed here).
have="$(pg_psql "-d participant -c \"select count(*) from participant where organisation = 'bench'\"")"
if [ "$have" -lt 10000 ]; then
  pg_psql "-d participant -c \"
    insert into participant (id, organisation, display_name, legal_name, email, phone, preferred_language, status, registered_at)
    select gen_random_uuid(), 'bench',
           (array['Aino','Eino','Helmi','Onni','Lilja','Väinö','Sanna','Jussi','Marja','Pekka'])[1 + i % 10] || ' ' || i,
           (array['Aino','Eino','Helmi','Onni','Lilja','Väinö','Sanna','Jussi','Marja','Pekka'])[1 + i % 10] || ' '
             || (array['Virtanen','Korhonen','Mäkinen','Nieminen','Mäkelä','Hämäläinen','Laine','Heikkinen','Koskinen','Järvinen','Lehtonen','Saarinen'])[1 + (i / 10) % 12],
           'bench' || i || '@demo.invalid', '+358 40 ' || lpad(i::text, 7, '0'), 'fi',
           (array['APPLICANT','TRAINEE','ACTIVE','PAUSED','ALUMNI'])[1 + i % 5], now()
    from generate_series(1, 10000 - $have) as i\""
fi
pg_psql "-d participant -c 'analyze participant'"
log "bench organisation has $(pg_psql "-d participant -c \"select count(*) from participant where organisation = 'bench'\"") participants"

# 3. wrk, 2 threads, 50 connections, through the gateway.
TOKEN="$(token bench-coordinator)"
export TOKEN
run() {  # run <name> <lua script>
  log "scenario $1: ${SECS}s, 50 connections"
  wrk -t2 -c50 -d"${SECS}s" --latency -s "$HERE/$2" http://127.0.0.1:8080 | tee "$LOGS/bench-$1.txt"
}
run users users.lua
run list list.lua
run search search.lua
