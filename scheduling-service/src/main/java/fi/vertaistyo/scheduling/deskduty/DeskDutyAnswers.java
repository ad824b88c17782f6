package fi.vertaistyo.scheduling.deskduty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.vertaistyo.scheduling.deskdutyversion.DeskDutyVersions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The partner API's JSON answers, cached per agency and range while the agency's
 * {@link DeskDutyVersions version} is unchanged. Partner offices poll the same weeks over and over;
 * a cached answer costs one primary-key read instead of the five-table query and serialisation.
 * The version is read before the schedule, so an answer is never stored under a newer version than
 * the data it holds: a change committed in between only causes one more miss.
 */
@ApplicationScoped
public class DeskDutyAnswers {

    record Key(String organisation, String agency, LocalDate from, LocalDate to, UUID deskId) {
    }

    record Answer(long version, byte[] json) {
    }

    private final Map<Key, Answer> cache = new ConcurrentHashMap<>();
    private final DeskDutySchedule schedule;
    private final DeskDutyVersions versions;
    private final ObjectMapper json;
    private final int maxEntries;

    DeskDutyAnswers(DeskDutySchedule schedule, DeskDutyVersions versions, ObjectMapper json,
            @ConfigProperty(name = "vertaistyo.partner.cache-entries", defaultValue = "10000") int maxEntries) {
        this.schedule = schedule;
        this.versions = versions;
        this.json = json;
        this.maxEntries = maxEntries;
    }

    public byte[] json(String organisation, String agency, LocalDate from, LocalDate to, UUID deskId) {
        Key key = new Key(organisation, agency, from, to, deskId);
        long version = versions.current(organisation, agency);
        Answer cached = cache.get(key);
        if (cached != null && cached.version() == version) {
            return cached.json();
        }
        byte[] answer;
        try {
            answer = json.writeValueAsBytes(schedule.forAgency(organisation, agency, from, to, deskId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("desk duty cannot be serialised", e);
        }
        if (cache.size() >= maxEntries) {
            cache.clear(); // crude but bounded; the next requests refill what is in use
        }
        cache.put(key, new Answer(version, answer));
        return answer;
    }
}
