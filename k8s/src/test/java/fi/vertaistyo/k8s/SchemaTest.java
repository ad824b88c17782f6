package fi.vertaistyo.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rendered object against its published schema: Kubernetes (kubernetes-models), Strimzi,
 * CloudNativePG and Gateway API (@kubernetes-models/*), through k8s/schema-check/validate.mjs. The
 * packages come from the npm registry (npm ci, pinned by package-lock.json) the first time.
 */
class SchemaTest {

    static final Path CHECK = Path.of("schema-check").toAbsolutePath();

    record Run(int exit, String output) {
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(CHECK.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @BeforeAll
    static void installTheSchemaPackages() throws IOException, InterruptedException {
        if (!Files.isDirectory(CHECK.resolve("node_modules/kubernetes-models"))) {
            Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"));
            assertThat(install.exit()).as(install.output()).isZero();
        }
    }

    static Run validate(Path... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
        for (Path file : files) {
            command.add(file.toString());
        }
        return run(command);
    }

    @Test
    void everyObjectTheChartRendersIsSchemaValid() throws IOException, InterruptedException {
        Chart.render("schema-dev", List.of(Chart.values("values-dev.yaml")), Map.of());
        Chart.render("schema-prod", List.of(Chart.values("values-prod.yaml")), Map.of());
        Chart.render("schema-httproute", List.of(Chart.values("values-prod.yaml")), Map.of("gateway.kind", "httproute",
                "kafka.strimzi.externalListener.enabled", "true", "postgres.cnpg.recovery.enabled", "true",
                "postgres.cnpg.recovery.sourceServerName", "vertaistyo-db-old",
                "postgres.cnpg.recovery.destinationPath", "s3://backups/db", "postgres.cnpg.recovery.targetTime",
                "2026-11-20T02:00:00Z", "networkPolicies.monitoringNamespaceSelector.matchLabels.name", "monitoring"));
        Run result = validate(Chart.OUT.resolve("schema-dev.yaml"), Chart.OUT.resolve("schema-prod.yaml"),
                Chart.OUT.resolve("schema-httproute.yaml"));
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("0 invalid").contains("not schema-checked (no published schema package): 3 × Keycloak");
    }

    @Test
    void aSchemaInvalidObjectFailsTheCheck() throws IOException, InterruptedException {
        String rendered = Chart.render("schema-broken-source", List.of(Chart.values("values-dev.yaml")), Map.of());
        // What a careless template edit could produce: a quoted number and a wrong listener type.
        String broken = rendered.replaceFirst("minReplicas: 1", "minReplicas: \"one\"")
                .replaceFirst("type: internal", "type: sideways")
                .replaceFirst("containerPort: 8080", "containerPort: \"http\"");
        Path file = Chart.OUT.resolve("schema-broken.yaml");
        Files.writeString(file, broken);

        Run result = validate(file);
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).contains("Kafka vertaistyo").contains("containerPort");
    }
}
