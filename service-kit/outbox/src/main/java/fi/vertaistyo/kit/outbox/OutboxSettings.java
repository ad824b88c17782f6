package fi.vertaistyo.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the outbox relay works ({@code vertaistyo.outbox.*}) and who the events say they are from. */
@ConfigMapping(prefix = "vertaistyo.outbox")
public interface OutboxSettings {

    /** The CloudEvents {@code source} of every event this service publishes, e.g. /vertaistyo/scheduling-service. */
    String source();

    /** Rows claimed and sent per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How often the relay looks for rows nobody woke it for (other replicas, a crash, a broker outage). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** How long the broker may take to acknowledge a batch before it is tried again. */
    @WithDefault("PT30S")
    Duration ackTimeout();

    /** Sent rows are kept this long for diagnosis. */
    @WithDefault("P7D")
    Duration keepSent();

    /** Topics the service names at run time and creates on first use ({@link TopicProvisioner}). */
    ProvisionedTopics provisionedTopics();

    interface ProvisionedTopics {

        /** Topic name prefixes whose topics are created when first written to; none by default. */
        Optional<List<String>> prefixes();

        @WithDefault("3")
        int partitions();

        /** Empty: the broker's default.replication.factor. */
        Optional<Integer> replicationFactor();

        /** Empty: the broker's default retention. */
        Optional<Duration> retention();

        /** Further topic configs, e.g. {@code "cleanup.policy"=compact,delete}; none by default. */
        Map<String, String> config();
    }
}
