import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Benchmark producer (issue 6): programme rules for a benchmark organisation on participants.v1, then
 * attendance.v1 events exactly as scheduling-service publishes them — every peer one Lift shift
 * (3.5 h) on each weekday of the month, and every 20th record corrected to 3 h. Prints the number
 * of events and the expected ledger total in cents on the last line: "events=<n> cents=<total>".
 *   java -cp "<kafka libs>/*" IngestAttendance.java <organisation> <month YYYY-MM> <peers> <events>
 */
public class IngestAttendance {

    public static void main(String[] args) throws Exception {
        String org = args[0];
        LocalDate first = LocalDate.parse(args[1] + "-01");
        int peers = Integer.parseInt(args[2]);
        int events = Integer.parseInt(args[3]);
        UUID programme = UUID.nameUUIDFromBytes((org + ":programme").getBytes(StandardCharsets.UTF_8));
        UUID location = UUID.nameUUIDFromBytes((org + ":location").getBytes(StandardCharsets.UTF_8));
        List<LocalDate> weekdays = new ArrayList<>();
        for (LocalDate d = first; d.getMonth() == first.getMonth(); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                weekdays.add(d);
            }
        }
        Properties props = new Properties();
        props.put("bootstrap.servers", System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
        // the local broker's admin (SASL/SCRAM, ADR 0022); run.sh sources .dev/secrets.env
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\""
                + System.getenv("KAFKA_ADMIN_PASSWORD") + "\";");
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        props.put("linger.ms", "5");
        props.put("batch.size", "262144");
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        long expectedCents = 0;
        int sent = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("participants.v1", null, programme.toString(), rules(org, programme),
                    headers)).get();
            List<Future<RecordMetadata>> pending = new ArrayList<>();
            outer:
            for (LocalDate day : weekdays) {
                for (int p = 0; p < peers; p++) {
                    if (sent >= events) {
                        break outer;
                    }
                    UUID peer = UUID.nameUUIDFromBytes((org + ":peer:" + p).getBytes(StandardCharsets.UTF_8));
                    UUID attendance = UUID.randomUUID();
                    UUID shift = UUID.nameUUIDFromBytes((org + ":shift:" + day).getBytes(StandardCharsets.UTF_8));
                    pending.add(producer.send(new ProducerRecord<>("attendance.v1", null, peer.toString(),
                            attendance(org, programme, location, peer, shift, day, attendance, 210, null), headers)));
                    sent++;
                    int minutes = 210;
                    if (sent % 20 == 0 && sent < events) {
                        pending.add(producer.send(new ProducerRecord<>("attendance.v1", null, peer.toString(),
                                attendance(org, programme, location, peer, shift, day, UUID.randomUUID(), 180,
                                        attendance), headers)));
                        sent++;
                        minutes = 180;
                    }
                    expectedCents += Math.min(1200, (200L * minutes + 30) / 60);
                }
            }
            for (Future<RecordMetadata> f : pending) {
                f.get();
            }
        }
        System.out.println("events=" + sent + " cents=" + expectedCents);
    }

    static String rules(String org, UUID programme) {
        return """
                {"specversion":"1.0","id":"%s","source":"/vertaistyo/participant-service",\
                "type":"fi.vertaistyo.programme.rules-scheduled.v1","subject":"%s","time":"2026-01-01T00:00:00Z",\
                "datacontenttype":"application/json","data":{"programmeId":"%s","organisation":"%s",\
                "programmeCode":"bench-lift","kind":"WORK_ACTIVITY","version":1,"validFrom":"2020-01-01",\
                "activityMoneyCentsPerHour":200,"activityMoneyDailyCapCents":1200,"minDaysPerWeek":2,\
                "maxDaysPerWeek":5,"minutesPerDay":210,"absenceNoticeHours":24}}""".formatted(UUID.randomUUID(),
                programme, programme, org);
    }

    static String attendance(String org, UUID programme, UUID location, UUID peer, UUID shift, LocalDate day,
            UUID attendance, int minutes, UUID corrects) {
        return """
                {"specversion":"1.0","id":"%s","source":"/vertaistyo/scheduling-service",\
                "type":"fi.vertaistyo.attendance.confirmed.v1","subject":"%s","time":"%sT12:00:00Z",\
                "datacontenttype":"application/json","data":{"attendanceId":"%s","participantId":"%s",\
                "organisation":"%s","programmeId":"%s","locationId":"%s","locationName":"Bench lobby",\
                "shiftId":"%s","date":"%s","minutes":%d,"corrects":%s}}""".formatted(UUID.randomUUID(), peer, day,
                attendance, peer, org, programme, location, shift, day, minutes,
                corrects == null ? "null" : "\"" + corrects + "\"");
    }
}
