package fi.vertaistyo.systemtests.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The processes dev/up started, driven through dev/lib.sh as a developer would: stop and start the
 * broker, kill a service with SIGKILL, start another replica of a service.
 */
final class LocalPlatform {

    static final Path ROOT = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();

    private LocalPlatform() {
    }

    static void stopBroker() {
        lib("stop_pid kafka");
    }

    static void startBroker() {
        lib("start_kafka");
    }

    /** SIGKILL, no shutdown hooks: the process dies between any two instructions. */
    static void kill(String service) {
        long pid = pid(service + "-service");
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(20, TimeUnit.SECONDS).join());
    }

    static void start(String service) {
        lib("start_service " + service + " && wait_for " + service + "-service 120 curl -fsS "
                + "http://127.0.0.1:${SERVICE_PORT[" + service + "]}/q/health/ready");
    }

    static void startWithoutWaiting(String service) {
        lib("start_service " + service);
    }

    /** Another replica of a service on its own port, with the same database and broker. */
    static void startReplica(String service, String name, int port) {
        lib("DB_PASSWORD=\"$(eval echo \"\\${" + service.toUpperCase() + "_DB_PASSWORD}\")\" start_bg " + name
                + " java $SERVICE_JVM_OPTIONS -Dquarkus.profile=local -Dquarkus.http.port=" + port
                + " -jar \"$ROOT/" + service + "-service/target/quarkus-app/quarkus-run.jar\""
                + " && wait_for " + name + " 120 curl -fsS http://127.0.0.1:" + port + "/q/health/ready");
    }

    static void stop(String name) {
        lib("stop_pid " + name);
    }

    static long pid(String name) {
        try {
            return Long.parseLong(Files.readString(ROOT.resolve(".dev/run/" + name + ".pid")).trim());
        } catch (IOException e) {
            throw new IllegalStateException(name + " is not running (no pid file): start the platform with dev/up", e);
        }
    }

    private static void lib(String commands) {
        try {
            Process p = new ProcessBuilder("bash", "-c", "source dev/lib.sh && ensure_secrets && " + commands)
                    .directory(ROOT.toFile()).inheritIO().start();
            if (!p.waitFor(Duration.ofMinutes(4).toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("dev/lib.sh failed: " + commands);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
