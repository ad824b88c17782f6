package fi.vertaistyo.payout.fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;

/** Puts an in-process TCP proxy between the service and PostgreSQL, so a test can take the database away. */
public class DatabaseProxy implements QuarkusTestResourceLifecycleManager {

    private static NioReactor reactor;
    private static TcpCrusher crusher;

    @Override
    public Map<String, String> start() {
        try {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            reactor = new NioReactor();
            crusher = TcpCrusherBuilder.builder().withReactor(reactor)
                    .withBindAddress("127.0.0.1", port)
                    .withConnectAddress("127.0.0.1", 5432)
                    .buildAndOpen();
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/payout_test",
                    "quarkus.datasource.jdbc.acquisition-timeout", "PT2S");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes every connection through the proxy and refuses new ones. */
    public static void databaseDown() {
        crusher.close();
    }

    public static void databaseBack() {
        crusher.open();
    }

    @Override
    public void stop() {
        if (crusher != null) {
            crusher.close();
        }
        if (reactor != null) {
            reactor.close();
        }
    }
}
