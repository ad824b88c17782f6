import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Makes the local broker's topics, SCRAM users and ACLs what dev/kafka/access.json says, as the
 * Strimzi operators do in the cluster: missing topics are created and their settings set, every user
 * gets the password its variable in .dev/secrets.env holds, and the ACLs and users the file does not
 * name are removed (the admin, the broker's own super user, is left alone). Run by dev/lib.sh
 * start_kafka:  java -cp "kafka/libs/*" LocalAccess.java <admin client properties> <access.json>
 */
public class LocalAccess {

    private static final String ADMIN = "admin";

    public static void main(String[] args) throws Exception {
        Properties client = new Properties();
        try (FileInputStream in = new FileInputStream(args[0])) {
            client.load(in);
        }
        JsonNode access = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        try (Admin admin = Admin.create(client)) {
            int topics = topics(admin, access.path("topics"));
            int users = users(admin, access.path("users"));
            int acls = acls(admin, access.path("users"));
            System.out.println("local Kafka: " + topics + " topics created, " + users + " users, " + acls + " ACLs");
        }
    }

    private static int topics(Admin admin, JsonNode wanted) throws Exception {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = new ArrayList<>();
        Map<ConfigResource, Collection<AlterConfigOp>> settings = new HashMap<>();
        for (JsonNode topic : wanted) {
            String name = topic.path("name").asText();
            Map<String, String> config = new HashMap<>();
            topic.path("config").properties().forEach(e -> config.put(e.getKey(), e.getValue().asText()));
            if (existing.contains(name)) {
                settings.put(new ConfigResource(ConfigResource.Type.TOPIC, name), config.entrySet().stream()
                        .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                        .toList());
            } else {
                missing.add(new NewTopic(name, topic.path("partitions").asInt(), (short) 1).configs(config));
            }
        }
        admin.createTopics(missing).all().get();
        admin.incrementalAlterConfigs(settings).all().get();
        return missing.size();
    }

    private static int users(Admin admin, JsonNode wanted) throws Exception {
        List<UserScramCredentialAlteration> changes = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (JsonNode user : wanted) {
            String name = user.path("name").asText();
            String variable = user.path("passwordFrom").asText();
            String password = System.getenv(variable);
            if (password == null || password.isBlank()) {
                throw new IllegalStateException(variable + " is not set (dev/lib.sh ensure_secrets writes it to .dev/secrets.env)");
            }
            named.add(name);
            changes.add(new UserScramCredentialUpsertion(name,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password));
        }
        for (var user : admin.describeUserScramCredentials().all().get().values()) {
            if (!named.contains(user.name()) && !user.name().equals(ADMIN)) {
                user.credentialInfos().forEach(info -> changes.add(new UserScramCredentialDeletion(user.name(), info.mechanism())));
            }
        }
        admin.alterUserScramCredentials(changes).all().get();
        return named.size();
    }

    private static int acls(Admin admin, JsonNode users) throws Exception {
        Set<AclBinding> wanted = new HashSet<>();
        for (JsonNode user : users) {
            String principal = "User:" + user.path("name").asText();
            for (JsonNode acl : user.path("acls")) {
                JsonNode resource = acl.path("resource");
                ResourcePattern pattern = new ResourcePattern(ResourceType.fromString(resource.path("type").asText()),
                        resource.path("name").asText(),
                        resource.path("patternType").asText().equals("prefix") ? PatternType.PREFIXED : PatternType.LITERAL);
                for (JsonNode operation : acl.path("operations")) {
                    wanted.add(new AclBinding(pattern, new AccessControlEntry(principal, "*",
                            AclOperation.fromString(operation.asText()), AclPermissionType.ALLOW)));
                }
            }
        }
        Set<AclBinding> existing = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get());
        List<AclBindingFilter> stale = existing.stream().filter(b -> !wanted.contains(b)).map(AclBinding::toFilter).toList();
        if (!stale.isEmpty()) {
            admin.deleteAcls(stale).all().get();
        }
        List<AclBinding> missing = wanted.stream().filter(b -> !existing.contains(b)).toList();
        admin.createAcls(missing).all().get();
        return wanted.size();
    }
}
