import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Time from "publish the plan" (the HTTP call starts) to the desk-duty event being readable on
 * desk-duty.v1, for N plans of one duty each, through the gateway and the real broker.
 * Arguments: <gateway> <coordinator token> <topic prefix> <n> <desk ids, comma-separated> <guide ids, comma-separated>
 * The desks' agencies each have a topic of their own under the prefix (desk-duty.v1.<org>.<agency>); every one
 * of them is read, including one created during the run (found within a second, which a first duty may show).
 */
public class PublishLatency {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern DUTY = Pattern.compile("\"dutyId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String gateway = args[0], token = args[1], topic = args[2];
        int n = Integer.parseInt(args[3]);
        String[] desks = args[4].split(","), guides = args[5].split(",");
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        Properties props = new Properties();
        props.put("bootstrap.servers", "127.0.0.1:9092");
        // the local broker's admin (SASL/SCRAM, ADR 0022); run.sh sources .dev/secrets.env
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\""
                + System.getenv("KAFKA_ADMIN_PASSWORD") + "\";");
        props.put("group.id", "bench-latency-" + UUID.randomUUID());
        props.put("enable.auto.commit", "false");
        props.put("auto.offset.reset", "earliest");
        props.put("metadata.max.age.ms", "1000");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(Pattern.compile(Pattern.quote(topic) + ".*"));
        long joined = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < joined) {  // no topic yet on a new broker
            consumer.poll(Duration.ofMillis(100));  // older duties are read and ignored: their ids differ
        }
        Thread reader = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    consumer.poll(Duration.ofMillis(20)).forEach(r -> {
                        Matcher m = DUTY.matcher(r.value());
                        if (m.find()) {
                            arrived.putIfAbsent(m.group(1), System.nanoTime());
                        }
                    });
                }
            } catch (org.apache.kafka.common.errors.InterruptException done) {
                // measurement over
            }
        });
        reader.setDaemon(true);
        reader.start();

        HttpClient http = HttpClient.newHttpClient();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String desk = desks[i % desks.length];
            YearMonth month = YearMonth.of(2030, 1).plusMonths(i / desks.length);
            String plan = id(post(http, gateway, token, "/api/scheduling/plans",
                    "{\"locationId\":\"" + desk + "\",\"month\":\"" + month + "\"}"));
            String day = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).toString();
            String shift = id(post(http, gateway, token, "/api/scheduling/plans/" + plan + "/shifts",
                    "{\"date\":\"" + day + "\",\"start\":\"09:00\",\"end\":\"12:00\",\"needed\":1}"));
            Matcher duty = DUTY.matcher(post(http, gateway, token, "/api/scheduling/shifts/" + shift + "/assignments",
                    "{\"participantId\":\"" + guides[i % guides.length] + "\"}"));
            if (!duty.find()) {
                throw new IllegalStateException("no duty id in the assignment answer");
            }
            long start = System.nanoTime();
            post(http, gateway, token, "/api/scheduling/plans/" + plan + "/publish", "");
            long deadline = start + Duration.ofSeconds(10).toNanos();
            while (!arrived.containsKey(duty.group(1)) && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            Long at = arrived.get(duty.group(1));
            if (at == null) {
                throw new IllegalStateException("event of duty " + duty.group(1) + " not seen within 10 s");
            }
            millis.add((at - start) / 1e6);
        }
        reader.interrupt();
        Collections.sort(millis);
        System.out.printf("publish -> readable on %s*, %d plans: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                topic, n, pct(millis, 50), pct(millis, 95), pct(millis, 99), millis.get(millis.size() - 1));
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    static String post(HttpClient http, String gateway, String token, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
