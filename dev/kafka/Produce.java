import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Dev tool: sends "key<TAB>value" lines from stdin to a topic as CloudEvents records (acks=all).
 * Run with the broker's jars: java -cp "<kafka libs>/*" dev/kafka/Produce.java <topic>
 */
public class Produce {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
        props.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                RecordHeaders headers = new RecordHeaders();
                headers.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                producer.send(new ProducerRecord<>(args[0], null, line.substring(0, tab), line.substring(tab + 1), headers)).get();
            }
        }
    }
}
