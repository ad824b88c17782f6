package fi.vertaistyo.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The platform's rules for what may run in a cluster, checked on what dev and prod values render. */
class PolicyTest {

    static Stream<String> renders() {
        return Stream.of("values-dev.yaml", "values-prod.yaml");
    }

    static List<JsonNode> render(String values) {
        return Chart.objects(Chart.render("policy-" + values.replace(".yaml", ""), List.of(Chart.values(values)), Map.of()));
    }

    static List<JsonNode> containers(List<JsonNode> objects) {
        List<JsonNode> containers = new ArrayList<>();
        Chart.ofKind(objects, "Deployment").forEach(d -> d.path("spec").path("template").path("spec").path("containers")
                .forEach(containers::add));
        return containers;
    }

    @ParameterizedTest
    @MethodSource("renders")
    void imagesArePinnedNeverLatest(String values) {
        assertThat(containers(render(values))).isNotEmpty().allSatisfy(c -> {
            String image = c.path("image").asText();
            assertThat(image).as("image").matches(".+:[A-Za-z0-9_.-]+$").doesNotEndWith(":latest");
        });
    }

    @ParameterizedTest
    @MethodSource("renders")
    void everyContainerHasResourcesAndProbes(String values) {
        assertThat(containers(render(values))).allSatisfy(c -> {
            for (String kind : List.of("requests", "limits")) {
                assertThat(c.path("resources").path(kind).path("cpu").asText()).as(kind + " cpu").isNotBlank();
                assertThat(c.path("resources").path(kind).path("memory").asText()).as(kind + " memory").isNotBlank();
            }
            assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
            assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
        });
    }

    @ParameterizedTest
    @MethodSource("renders")
    void everyPodRunsAsNonRootOnAReadOnlyFilesystemWithoutPrivilege(String values) {
        List<JsonNode> objects = render(values);
        assertThat(Chart.ofKind(objects, "Deployment")).allSatisfy(d -> {
            JsonNode pod = d.path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        });
        assertThat(containers(objects)).allSatisfy(c -> {
            JsonNode security = c.path("securityContext");
            assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
            assertThat(security.path("privileged").asBoolean(true)).isFalse();
            assertThat(security.path("capabilities").path("drop").toString()).contains("\"ALL\"");
        });
    }

    @ParameterizedTest
    @MethodSource("renders")
    void everyServiceHasANetworkPolicyBehindADefaultDenyAndOnlyTheGatewayGetsIn(String values) {
        List<JsonNode> objects = render(values);
        List<JsonNode> policies = Chart.ofKind(objects, "NetworkPolicy");
        assertThat(policies).anySatisfy(p -> {
            assertThat(p.path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");
            assertThat(p.path("spec").has("ingress")).isFalse();
            assertThat(p.path("spec").has("egress")).isFalse();
        });
        Set<String> covered = new TreeSet<>();
        policies.forEach(p -> covered.add(p.path("spec").path("podSelector").path("matchLabels")
                .path("app.kubernetes.io/name").asText()));
        assertThat(covered).contains("participant-service", "scheduling-service", "training-service", "payout-service", "web");
        JsonNode payout = Chart.find(policies, "NetworkPolicy/vertaistyo-payout-service");
        JsonNode ingress = payout.path("spec").path("ingress");
        assertThat(ingress).hasSize(1);
        assertThat(ingress.get(0).path("from")).hasSize(1);
        assertThat(ingress.get(0).path("from").get(0).has("namespaceSelector")).as("only the gateway's namespace").isTrue();
        assertThat(ingress.get(0).path("from").get(0).has("podSelector")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("renders")
    void noSecretIsRenderedAndSecretsAreOnlyReferenced(String values) {
        List<JsonNode> objects = render(values);
        assertThat(Chart.ofKind(objects, "Secret")).isEmpty();
        assertThat(Chart.ofKind(objects, "ConfigMap")).allSatisfy(c ->
                assertThat(c.path("data").toString().toLowerCase()).doesNotContain("password", "jaas"));
        assertThat(containers(objects)).allSatisfy(c -> c.path("env").forEach(e ->
                assertThat(e.has("valueFrom")).as(e.path("name").asText() + " comes from a Secret").isTrue()));
    }

    @Test
    void productionTopicsAreReplicatedThreeTimesWithTwoInSync() {
        List<JsonNode> topics = Chart.ofKind(render("values-prod.yaml"), "KafkaTopic");
        assertThat(topics).isNotEmpty().allSatisfy(t -> {
            assertThat(t.path("spec").path("replicas").asInt()).isEqualTo(3);
            assertThat(t.path("spec").path("config").path("min.insync.replicas").asInt()).isEqualTo(2);
        });
        assertThat(topics.stream().filter(t -> t.path("spec").path("topicName").asText().equals("attendance.v1")))
                .singleElement().satisfies(t -> assertThat(t.path("spec").path("config").path("retention.ms").asLong())
                        .as("the ledger's source is kept").isEqualTo(-1));
    }

    @Test
    void productionSpreadsThreeReplicasOverNodesWithBudgets() {
        List<JsonNode> objects = render("values-prod.yaml");
        assertThat(Chart.ofKind(objects, "HorizontalPodAutoscaler")).allSatisfy(h ->
                assertThat(h.path("spec").path("minReplicas").asInt()).isEqualTo(3));
        assertThat(Chart.ofKind(objects, "PodDisruptionBudget")).hasSize(5);
        assertThat(Chart.ofKind(objects, "Deployment")).allSatisfy(d -> assertThat(d.path("spec").path("template").path("spec")
                .path("affinity").path("podAntiAffinity").has("requiredDuringSchedulingIgnoredDuringExecution")).isTrue());
    }

    @Test
    void eachServiceMayUseOnlyItsOwnTopicsAndAPartnerOnlyReadsItsOwnAgencysDeskDuty() {
        List<JsonNode> objects = render("values-dev.yaml");
        List<JsonNode> users = Chart.ofKind(objects, "KafkaUser");
        JsonNode partner = Chart.find(users, "KafkaUser/partner-kela-itakeskus");
        JsonNode acls = partner.path("spec").path("authorization").path("acls");
        assertThat(acls).allSatisfy(a -> assertThat(a.path("operations").toString()).doesNotContain("Write", "Create"));
        assertThat(acls).filteredOn(a -> a.path("resource").path("type").asText().equals("topic"))
                .singleElement().satisfies(a -> {
                    assertThat(a.path("resource").path("name").asText()).isEqualTo("desk-duty.v1.stop-huumeille.kela-itakeskus");
                    assertThat(a.path("resource").path("patternType").asText()).as("a prefix would match kela-itakeskus-2")
                            .isEqualTo("literal");
                });
        assertThat(Chart.ofKind(objects, "KafkaTopic")).extracting(t -> t.path("spec").path("topicName").asText())
                .contains("desk-duty.v1.stop-huumeille.kela-itakeskus").doesNotContain("desk-duty.v1");

        JsonNode scheduling = Chart.find(users, "KafkaUser/vertaistyo-scheduling-service");
        assertThat(scheduling.path("spec").path("authorization").path("acls"))
                .filteredOn(a -> a.path("operations").toString().contains("Create")).singleElement().satisfies(a -> {
                    assertThat(a.path("resource").path("name").asText()).isEqualTo("desk-duty.v1.");
                    assertThat(a.path("resource").path("patternType").asText()).isEqualTo("prefix");
                });

        JsonNode payout = Chart.find(users, "KafkaUser/vertaistyo-payout-service");
        Set<String> writes = new TreeSet<>();
        payout.path("spec").path("authorization").path("acls").forEach(a -> {
            if (a.path("operations").toString().contains("Write")) {
                writes.add(a.path("resource").path("name").asText());
            }
        });
        // no dead-letter topic for identities: it could not be cleaned of a name on erasure (ADR 0021)
        assertThat(writes).containsExactlyInAnyOrder("participants.v2.payout-service.dlq", "attendance.v1.payout-service.dlq");
    }

    @Test
    void namesLiveOnlyOnCompactedTopicsSoAnErasedNameIsCleanedAway() {
        List<JsonNode> topics = Chart.ofKind(render("values-dev.yaml"), "KafkaTopic");
        assertThat(topics).extracting(t -> t.path("spec").path("topicName").asText())
                .contains("participants.v2", "participant-identities.v1")
                .doesNotContain("participants.v1", "participant-identities.v1.payout-service.dlq");
        JsonNode identities = topics.stream().filter(t -> t.path("spec").path("topicName").asText()
                .equals("participant-identities.v1")).findFirst().orElseThrow().path("spec");
        assertThat(identities.path("config").path("cleanup.policy").asText()).isEqualTo("compact");
        assertThat(identities.path("config").path("max.compaction.lag.ms").asLong()).isEqualTo(86_400_000L);
        JsonNode desk = topics.stream().filter(t -> t.path("spec").path("topicName").asText()
                .equals("desk-duty.v1.stop-huumeille.kela-itakeskus")).findFirst().orElseThrow().path("spec");
        assertThat(desk.path("config").path("cleanup.policy").asText()).isEqualTo("compact,delete");
        assertThat(desk.path("partitions").asInt()).isEqualTo(1);
    }

    /** Helm renders a large whole number from values as a float (2.592e+09) unless piped through int64; Kafka refuses it. */
    @ParameterizedTest
    @MethodSource("renders")
    void numbersRenderAsWholeNumbersNeverInExponentNotation(String values) {
        String rendered = Chart.render("numbers-" + values.replace(".yaml", ""), List.of(Chart.values(values)), Map.of());
        assertThat(rendered).doesNotContainPattern("(?m):\\s+-?[0-9.]+e[+-][0-9]+\\s*$");
    }

    /**
     * The local broker (dev/kafka/access.json, applied at every start) has the users, ACLs and topics the
     * chart renders with the dev values, so the ACLs the system tests exercise are the cluster's (ADR 0022).
     */
    @Test
    void theLocalBrokerGrantsExactlyWhatTheChartsKafkaUsersGrant() throws IOException {
        List<JsonNode> objects = render("values-dev.yaml");
        JsonNode local = new ObjectMapper().readTree(Path.of("..", "dev", "kafka", "access.json").toFile());
        Map<String, Set<String>> chartGrants = new TreeMap<>();
        Chart.ofKind(objects, "KafkaUser").forEach(u -> chartGrants.put(u.path("metadata").path("name").asText(),
                grants(u.path("spec").path("authorization").path("acls"))));
        Map<String, Set<String>> localGrants = new TreeMap<>();
        local.path("users").forEach(u -> localGrants.put(u.path("name").asText(), grants(u.path("acls"))));
        assertThat(localGrants).isEqualTo(chartGrants);

        Map<String, String> chartTopics = new TreeMap<>();
        Chart.ofKind(objects, "KafkaTopic").forEach(topic -> chartTopics.put(topic.path("spec").path("topicName").asText(),
                topicShape(topic.path("spec").path("partitions"), topic.path("spec").path("config"))));
        Map<String, String> localTopics = new TreeMap<>();
        local.path("topics").forEach(topic -> localTopics.put(topic.path("name").asText(),
                topicShape(topic.path("partitions"), topic.path("config"))));
        assertThat(localTopics).isEqualTo(chartTopics);
    }

    /** "topic:literal:participants.v2:Read" for each operation an ACL list allows. */
    static Set<String> grants(JsonNode acls) {
        Set<String> grants = new TreeSet<>();
        acls.forEach(a -> a.path("operations").forEach(op -> grants.add(String.join(":", a.path("resource").path("type").asText(),
                a.path("resource").path("patternType").asText(), a.path("resource").path("name").asText(), op.asText()))));
        return grants;
    }

    /** Partitions, clean-up policy and retention: locally, compacted segments roll in seconds instead of an hour. */
    static String topicShape(JsonNode partitions, JsonNode config) {
        return partitions.asInt() + " " + config.path("cleanup.policy").asText() + " " + config.path("retention.ms").asText("-");
    }
}
