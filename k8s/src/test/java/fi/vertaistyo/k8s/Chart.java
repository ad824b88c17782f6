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

    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }
}
