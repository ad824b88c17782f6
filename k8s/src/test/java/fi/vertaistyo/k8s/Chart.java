package fi.vertaistyo.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The chart in k8s/vertaistyo, rendered with Helm (helm-java: the real Helm library, no binary to install). */
final class Chart {

    static final Path DIR = Path.of("vertaistyo").toAbsolutePath();
    static final Path OUT = Path.of("target", "rendered").toAbsolutePath();
    static final String RELEASE = "vertaistyo";
    static final ObjectMapper YAML = new YAMLMapper();

    private Chart() {
    }

    static Path values(String name) {
        return DIR.resolve(name);
    }

    /** helm template with the values files given (in order) and --set pairs; the output is also kept in target/rendered. */
    static String render(String outputName, List<Path> valuesFiles, Map<String, String> sets) {
        TemplateCommand template = new Helm(DIR).template().withName(RELEASE).withNamespace("vertaistyo")
                .withKubeVersion("1.31.0");
        valuesFiles.forEach(template::withValuesFile);
        sets.forEach(template::set);
        String rendered = template.call();
        try {
            Files.createDirectories(OUT);
            Files.writeString(OUT.resolve(outputName + ".yaml"), rendered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rendered;
    }

    /** A copy of the chart (in target/) whose values.yaml is the chart's values merged with the given file. */
    static Path withValues(String valuesFile) throws IOException {
        Path copy = Path.of("target", "lint", valuesFile.replace(".yaml", "")).toAbsolutePath();
        try (var files = Files.walk(DIR)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(DIR.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        JsonNode merged = merge(YAML.readTree(DIR.resolve("values.yaml").toFile()), YAML.readTree(DIR.resolve(valuesFile).toFile()));
        YAML.writeValue(copy.resolve("values.yaml").toFile(), merged);
        return copy;
    }

    /** Helm's coalescing of values: maps are merged key by key, anything else is replaced. */
    static JsonNode merge(JsonNode base, JsonNode override) {
        if (!(base instanceof com.fasterxml.jackson.databind.node.ObjectNode baseObject) || !override.isObject()) {
            return override;
        }
        com.fasterxml.jackson.databind.node.ObjectNode merged = baseObject.deepCopy();
        override.fields().forEachRemaining(e -> merged.set(e.getKey(),
                merged.has(e.getKey()) ? merge(merged.get(e.getKey()), e.getValue()) : e.getValue()));
        return merged;
    }

    static List<JsonNode> objects(String rendered) {
        List<JsonNode> objects = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(rendered)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                JsonNode node = documents.next();
                if (node != null && !node.isNull() && !node.isEmpty()) {
                    objects.add(node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    /** The object with this kind/name, which must be there. */
    static JsonNode find(List<JsonNode> objects, String id) {
        return objects.stream().filter(o -> id(o).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " was not rendered"));
    }

    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }
}
