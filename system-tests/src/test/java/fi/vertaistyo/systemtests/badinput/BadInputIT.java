package fi.vertaistyo.systemtests.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.vertaistyo.systemtests.Platform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Bad input, generated from every service's own OpenAPI document and sent through the gateway with
 * a token of a role allowed to call the operation: never a 5xx; every 4xx is problem+json that
 * names no class, SQL or stack frame; and a refused request wrote nothing to the service's database.
 *
 * <p>It works in the organisation "testaus" (users testaus-* in the dev realm), so the demo
 * organisations keep their data: first it creates what later operations refer to with plausible
 * valid requests, then it sends the bad ones.
 */
class BadInputIT {

    private static final Map<String, Integer> SERVICES = new LinkedHashMap<>(Map.of(
            "participant", 8081, "scheduling", 8082, "training", 8083, "payout", 8084));
    private static final Map<String, String> USER_OF_ROLE = Map.of(
            "coordinator", "testaus-coordinator", "peer", "testaus-peer", "trainer", "testaus-trainer",
            "partner", "testaus-partner", "payout-officer", "testaus-payout", "admin", "testaus-admin");
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|org\\.hibernate|org\\.postgresql|\\bjava\\.|jakarta\\.|\\bat [a-z]+\\.[a-z]+\\.|\\bsql\\b|<html|stack");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Samples samples = new Samples();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, Long> tokenTimes = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> setUpRefusals = new ArrayList<>();
    private final Map<String, Map<String, Integer>> statusClasses = new TreeMap<>();

    @Test
    void badInputIsRefusedWithAProblemAndWritesNothing() throws Exception {
        Map<String, List<OpenApi.Operation>> operations = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> s : SERVICES.entrySet()) {
            String service = s.getKey();
            String url = System.getProperty(service + ".url", "http://127.0.0.1:" + s.getValue());
            operations.put(service, OpenApi.fetch(service + "-service", url).operations());
        }
        List<OpenApi.Operation> every = operations.values().stream().flatMap(List::stream).toList();
        createWhatOperationsReferTo(every);

        int sent = 0;
        for (Map.Entry<String, List<OpenApi.Operation>> service : operations.entrySet()) {
            try (DatabaseWrites database = new DatabaseWrites(service.getKey())) {
                waitUntilQuiet(database);
                for (OpenApi.Operation op : service.getValue()) {
                    samples.forService(op.service());
                    for (BadInputs.Attempt attempt : new BadInputs(op, samples).all()) {
                        sent++;
                        String before = op.writes() ? database.fingerprint() : null;
                        HttpResponse<String> answer = send(op, attempt);
                        String failure = check(answer);
                        if (failure == null && attempt.mustRefuse() && answer.statusCode() < 400) {
                            failure = "accepted (" + answer.statusCode() + ")";
                        }
                        if (failure == null && op.writes() && answer.statusCode() >= 400) {
                            String after = database.fingerprint();
                            if (!after.equals(before)) {
                                failure = "refused (" + answer.statusCode() + ") but wrote to "
                                        + DatabaseWrites.changedTables(before, after);
                            }
                        }
                        statusClasses.computeIfAbsent(service.getKey(), k -> new TreeMap<>())
                                .merge(answer.statusCode() / 100 + "xx", 1, Integer::sum);
                        if (failure != null) {
                            failures.add(service.getKey() + ": " + op + " with " + attempt.what() + " → " + failure);
                        }
                    }
                }
            }
        }
        report(sent);
        assertThat(failures).as("bad requests answered wrongly (%d of %d); see target/bad-input-report.md",
                failures.size(), sent).isEmpty();
    }

    /** Plausible valid requests: lists first (to learn ids), then creations, shallow paths before deep ones. */
    private void createWhatOperationsReferTo(List<OpenApi.Operation> operations) throws Exception {
        List<OpenApi.Operation> order = new ArrayList<>(operations.stream()
                .filter(op -> op.method().equals("GET") || op.method().equals("POST"))
                // an erasure would leave the sample person unchangeable for every operation after it
                .filter(op -> !op.path().endsWith("/erasure")).toList());
        order.sort(Comparator.comparingLong((OpenApi.Operation op) -> op.path().chars().filter(c -> c == '{').count())
                .thenComparing(op -> op.method().equals("GET") ? 0 : 1));
        for (int round = 0; round < 2; round++) {
            for (OpenApi.Operation op : order) {
                samples.forService(op.service());
                HttpResponse<String> answer = send(op, new BadInputs(op, samples).valid());
                if (answer.statusCode() / 100 == 2) {
                    learnIds(op, answer.body());
                } else if (round == 1 && op.method().equals("POST")) {
                    setUpRefusals.add(op + " " + answer.statusCode() + " " + shortly(answer.body()));
                }
            }
        }
    }

    private void learnIds(OpenApi.Operation op, String body) {
        try {
            learnIds(BadInputs.lastResource(op.path()), OpenApi.JSON.readTree(body), 0);
        } catch (IOException notJson) {
            // calendar feeds and CSV answers carry no ids
        }
    }

    private void learnIds(String resource, JsonNode node, int depth) {
        if (depth > 4 || node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> learnIds(resource, item, depth + 1));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (value.isTextual() && value.asText().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                    if (name.equals("id")) {
                        samples.remember(resource, value.asText());
                    } else if (name.endsWith("Id")) {
                        samples.remember(name.substring(0, name.length() - 2), value.asText());
                    }
                } else if (name.equals("items")) {
                    learnIds(resource, value, depth + 1);
                } else {
                    learnIds(name, value, depth + 1);
                }
            });
        }
    }

    private HttpResponse<String> send(OpenApi.Operation op, BadInputs.Attempt attempt) throws Exception {
        String query = attempt.query().isEmpty() ? "" : "?" + attempt.query();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.GATEWAY + attempt.path() + query))
                .timeout(Duration.ofSeconds(30))
                .method(op.method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(attempt.body()));
        if (attempt.contentType() != null) {
            request.header("Content-Type", attempt.contentType());
        }
        if (!op.roles().isEmpty()) {
            request.header("Authorization", "Bearer " + token(USER_OF_ROLE.get(op.roles().get(0))));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // The gateway may close the connection after refusing a huge body before reading it all.
            return new ClosedConnection(e.getMessage());
        }
    }

    private static String check(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 0) {
            return "connection closed without an answer";
        }
        if (status >= 500) {
            return status + " " + shortly(answer.body());
        }
        if (status >= 400) {
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return status + " as '" + type + "', not problem+json: " + shortly(answer.body());
            }
            if (LEAK.matcher(answer.body()).find()) {
                return status + " tells about the inside: " + shortly(answer.body());
            }
        }
        return null;
    }

    /** Tokens live five minutes; this run is longer, so each is renewed after four. */
    private String token(String user) {
        Long time = tokenTimes.get(user);
        if (time == null || System.nanoTime() - time > Duration.ofMinutes(4).toNanos()) {
            tokens.put(user, Platform.freshUserToken(user));
            tokenTimes.put(user, System.nanoTime());
        }
        return tokens.get(user);
    }

    /** Other services' consumers may still be applying events of the set-up; wait until they are done. */
    private static void waitUntilQuiet(DatabaseWrites database) throws InterruptedException {
        String last = database.fingerprint();
        for (int i = 0; i < 30; i++) {
            Thread.sleep(1_000);
            String now = database.fingerprint();
            if (now.equals(last)) {
                return;
            }
            last = now;
        }
    }

    private void report(int sent) throws IOException {
        StringBuilder text = new StringBuilder("# Bad-input run\n\n").append(sent).append(" requests through the gateway.\n\n");
        text.append("| service | answers by status class |\n|---|---|\n");
        statusClasses.forEach((service, classes) -> text.append("| ").append(service).append(" | ").append(classes).append(" |\n"));
        text.append("\nValid-looking set-up requests that were refused (their operations are tested less deeply):\n\n");
        setUpRefusals.forEach(r -> text.append("- ").append(r).append('\n'));
        text.append("\n").append(failures.size()).append(" wrong answers\n\n");
        failures.forEach(f -> text.append("- ").append(f.replace("\n", " ")).append('\n'));
        Path file = Path.of("target", "bad-input-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.out.println(text.length() > 20_000 ? text.substring(0, 20_000) + "\n…" : text);
    }

    private static String shortly(String body) {
        String flat = body == null ? "" : body.replace('\n', ' ');
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
