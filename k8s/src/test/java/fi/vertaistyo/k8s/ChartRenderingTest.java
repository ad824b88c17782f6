package fi.vertaistyo.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartRenderingTest {

    static final Path DEV = Chart.values("values-dev.yaml");
    static final Path PROD = Chart.values("values-prod.yaml");

    static long count(List<JsonNode> objects, String kind) {
        return Chart.ofKind(objects, kind).size();
    }

    /**
     * helm lint --strict with the chart's values, and with dev and prod values: helm-java's lint takes no
     * values file, so the chart is copied with its values.yaml merged with the file the way Helm merges
     * them (maps merged, everything else replaced).
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "values-dev.yaml", "values-prod.yaml"})
    void lintIsCleanInStrictMode(String valuesFile) throws IOException {
        Path chart = valuesFile.isEmpty() ? Chart.DIR : Chart.withValues(valuesFile);
        LintResult result = new Helm(chart).lint().strict().call();
        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @Test
    void devAndProdRenderTheWholePlatform() {
        for (Path values : List.of(DEV, PROD)) {
            List<JsonNode> objects = Chart.objects(Chart.render(values.getFileName().toString().replace(".yaml", ""),
                    List.of(values), Map.of()));
            assertThat(count(objects, "Deployment")).as("four services and the web app").isEqualTo(5);
            assertThat(count(objects, "Service")).isEqualTo(5);
            assertThat(count(objects, "ConfigMap")).isEqualTo(5);
            assertThat(count(objects, "Ingress")).as("the gateway and the rate-limited verification").isEqualTo(2);
            assertThat(count(objects, "NetworkPolicy")).isEqualTo(7);
            assertThat(count(objects, "Kafka")).isEqualTo(1);
            assertThat(count(objects, "KafkaNodePool")).isEqualTo(1);
            assertThat(count(objects, "KafkaTopic")).as("four topics (participant-identities.v1 compacted), five dead-letter topics (none for identities), one per partner agency (dev has one)")
                    .isEqualTo(4 + 5 + (values.equals(DEV) ? 1 : 0));
            assertThat(count(objects, "Cluster")).isEqualTo(1);
            assertThat(count(objects, "Database")).isEqualTo(5);
            assertThat(count(objects, "Keycloak")).isEqualTo(1);
            assertThat(count(objects, "KeycloakRealmImport")).isEqualTo(1);
            assertThat(count(objects, "Secret")).as("no secrets in the chart").isZero();
        }
        List<JsonNode> prod = Chart.objects(Chart.render("prod", List.of(PROD), Map.of()));
        assertThat(count(prod, "PodDisruptionBudget")).isEqualTo(5);
        assertThat(count(prod, "HorizontalPodAutoscaler")).isEqualTo(5);
        assertThat(count(prod, "ScheduledBackup")).isEqualTo(1);
        assertThat(count(prod, "KafkaUser")).isEqualTo(4);
        List<JsonNode> dev = Chart.objects(Chart.render("dev", List.of(DEV), Map.of()));
        assertThat(count(dev, "PodDisruptionBudget")).isZero();
        assertThat(count(dev, "KafkaUser")).isEqualTo(4 + 1);
    }

    @Test
    void theGatewayHasTheSamePathsAsTheLocalOneAsIngressOrHttpRoute() throws IOException {
        Set<String> local = new TreeSet<>();
        Matcher m = Pattern.compile("location (/api/[a-z]+|/)\\s+\\{").matcher(Files.readString(Path.of("..", "dev", "gateway", "nginx.conf")));
        while (m.find()) {
            local.add(m.group(1));
        }
        assertThat(local).as("four APIs and the web app").hasSize(5).contains("/");

        List<JsonNode> ingress = Chart.objects(Chart.render("dev", List.of(DEV), Map.of()));
        JsonNode rule = Chart.find(ingress, "Ingress/vertaistyo-gateway").path("spec").path("rules").get(0);
        Set<String> ingressPaths = new TreeSet<>();
        rule.path("http").path("paths").forEach(p -> ingressPaths.add(p.path("path").asText()));
        assertThat(ingressPaths).isEqualTo(local);
        JsonNode verification = Chart.find(ingress, "Ingress/vertaistyo-diploma-verification");
        assertThat(verification.path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/limit-rpm").asText())
                .isEqualTo("30");
        assertThat(verification.path("spec").path("rules").get(0).path("http").path("paths").get(0).path("path").asText())
                .isEqualTo("/api/training/diplomas/verification");

        List<JsonNode> routed = Chart.objects(Chart.render("httproute", List.of(PROD), Map.of("gateway.kind", "httproute")));
        assertThat(count(routed, "Ingress")).isZero();
        JsonNode route = Chart.ofKind(routed, "HTTPRoute").get(0);
        Set<String> routePaths = new TreeSet<>();
        route.path("spec").path("rules").forEach(r -> routePaths.add(r.path("matches").get(0).path("path").path("value").asText()));
        assertThat(routePaths).isEqualTo(local);
    }

    @Test
    void theWebAppSignsInAtThePublicIssuerAndItsPolicyNamesOnlyThatOrigin() {
        List<JsonNode> objects = Chart.objects(Chart.render("web", List.of(PROD), Map.of(
                "keycloak.operator.enabled", "false", "keycloak.issuerUrl", "https://auth.example.org/realms/vertaistyo")));
        JsonNode config = Chart.find(objects, "ConfigMap/vertaistyo-web").path("data");
        assertThat(config.path("config.json").asText().strip())
                .isEqualTo("{\"oidcAuthority\":\"https://auth.example.org/realms/vertaistyo\",\"oidcClientId\":\"vertaistyo-web\"}");
        assertThat(config.path("default.conf").asText())
                .contains("connect-src 'self' https://auth.example.org;", "frame-ancestors 'none'", "try_files $uri /index.html");
        JsonNode pod = Chart.find(objects, "Deployment/vertaistyo-web").path("spec").path("template").path("spec");
        assertThat(pod.path("containers").get(0).path("image").asText()).isEqualTo("ghcr.io/vertaistyo/web:0.1.0");
        assertThat(Chart.objects(Chart.render("no-web", List.of(PROD), Map.of("web.enabled", "false"))))
                .extracting(o -> o.path("metadata").path("name").asText()).doesNotContain("vertaistyo-web");
    }

    @Test
    void eachEngineCanBeSwitchedOffForAnExistingOne() {
        List<JsonNode> objects = Chart.objects(Chart.render("existing", List.of(PROD), Map.of(
                "kafka.strimzi.enabled", "false", "kafka.existing.bootstrapServers", "kafka.example.org:9093",
                "postgres.cnpg.enabled", "false", "postgres.existing.host", "db.example.org",
                "keycloak.operator.enabled", "false", "keycloak.issuerUrl", "https://auth.example.org/realms/vertaistyo")));
        assertThat(objects).extracting(o -> o.path("kind").asText())
                .doesNotContain("Kafka", "KafkaTopic", "KafkaUser", "Cluster", "Database", "Keycloak", "KeycloakRealmImport");
        JsonNode config = Chart.find(objects, "ConfigMap/vertaistyo-payout-service").path("data");
        assertThat(config.path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka.example.org:9093");
        assertThat(config.path("DB_URL").asText()).isEqualTo("jdbc:postgresql://db.example.org:5432/payout");
        assertThat(config.path("OIDC_AUTH_SERVER_URL").asText()).isEqualTo("https://auth.example.org/realms/vertaistyo");
        assertThat(config.path("QUARKUS_OIDC_TOKEN_ISSUER").asText()).isEqualTo("https://auth.example.org/realms/vertaistyo");

        assertThatThrownBy(() -> Chart.render("missing-kafka", List.of(PROD), Map.of("kafka.strimzi.enabled", "false")))
                .hasMessageContaining("kafka.existing.bootstrapServers is required");
    }

    @Test
    void withTheChartsKeycloakServicesFetchKeysInsideTheClusterButCheckThePublicIssuer() {
        JsonNode config = Chart.find(Chart.objects(Chart.render("prod", List.of(PROD), Map.of())),
                "ConfigMap/vertaistyo-training-service").path("data");
        assertThat(config.path("OIDC_AUTH_SERVER_URL").asText())
                .isEqualTo("http://vertaistyo-keycloak-service:8080/realms/vertaistyo");
        assertThat(config.path("QUARKUS_OIDC_TOKEN_ISSUER").asText())
                .isEqualTo("https://auth.vertaistyo.example.org/realms/vertaistyo");
    }

    @Test
    void aBrokenValuesFileFailsAtRenderTime() {
        Path broken = Path.of("src", "test", "resources", "broken-values.yaml").toAbsolutePath();
        assertThatThrownBy(() -> Chart.render("broken", List.of(broken), Map.of()))
                .hasMessageContaining("replcas")
                .hasMessageContaining("tag");
        assertThatThrownBy(() -> Chart.render("bad-kind", List.of(DEV), Map.of("gateway.kind", "loadbalancer")))
                .hasMessageContaining("gateway");
    }

    @Test
    void theChartsRealmIsTheLocalRealmWithoutDemoUsersOrDemoPartner() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode local = json.readTree(Path.of("..", "dev", "keycloak", "vertaistyo-realm.json").toFile());
        JsonNode chart = json.readTree(Chart.DIR.resolve("files/vertaistyo-realm.json").toFile());
        assertThat(chart.has("users")).isFalse();
        assertThat(chart.path("roles")).isEqualTo(local.path("roles"));
        JsonNode localWeb = local.path("clients").get(0);
        JsonNode chartWeb = chart.path("clients").get(0);
        assertThat(chartWeb.path("clientId").asText()).isEqualTo("vertaistyo-web");
        assertThat(chartWeb.path("protocolMappers")).isEqualTo(localWeb.path("protocolMappers"));
        assertThat(chart.path("clients")).hasSize(1);
        assertThat(chart.toString()).doesNotContain("DEMO_PASSWORD", "127.0.0.1");
        Set<String> mapperNames = java.util.stream.StreamSupport.stream(chartWeb.path("protocolMappers").spliterator(), false)
                .map(p -> p.path("name").asText()).collect(Collectors.toSet());
        assertThat(mapperNames).contains("audience payout-service", "audience training-service");
    }
}
