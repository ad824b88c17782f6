package fi.vertaistyo.kit.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics a service names at run time (one per partner agency) before the relay first
 * sends to one, so an event for a topic nobody created yet can never hold up the outbox. Only topics
 * under {@code vertaistyo.outbox.provisioned-topics.prefixes} are created, with the configured
 * partitions, replication and retention; an existing topic is left as it is (ADR 0020).
 */
@ApplicationScoped
public class TopicProvisioner {

    private final Map<String, Object> kafka;
    private final OutboxSettings.ProvisionedTopics settings;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private volatile Admin admin;

    TopicProvisioner(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxSettings settings) {
        this.kafka = kafka;
        this.settings = settings.provisionedTopics();
    }

    /** Whether the topic is one this service creates on first use. */
    public boolean provisions(String topic) {
        return settings.prefixes().orElse(List.of()).stream().anyMatch(topic::startsWith);
    }

    /** Makes sure every provisioned topic among these exists; throws (the batch waits) if the broker cannot say. */
    public void ensure(Collection<String> topics, Duration timeout) {
        List<NewTopic> missing = topics.stream().distinct().filter(t -> !known.contains(t)).filter(this::provisions)
                .map(this::newTopic).toList();
        if (missing.isEmpty()) {
            return;
        }
        var results = admin().createTopics(missing).values();
        for (var result : results.entrySet()) {
            try {
                result.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("could not create topic " + result.getKey(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted creating topic " + result.getKey(), e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("no answer creating topic " + result.getKey(), e);
            }
            known.add(result.getKey());
        }
    }

    private NewTopic newTopic(String name) {
        Map<String, String> config = new HashMap<>(settings.config());
        settings.retention().ifPresent(r -> config.put("retention.ms", Long.toString(r.toMillis())));
        Optional<Short> replication = settings.replicationFactor().map(Integer::shortValue);
        return new NewTopic(name, Optional.of(settings.partitions()), replication).configs(config);
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> config = new HashMap<>(kafka);
                    config.keySet().retainAll(AdminClientConfig.configNames());
                    admin = Admin.create(config);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
