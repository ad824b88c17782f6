package fi.vertaistyo.participant.peer;

import fi.vertaistyo.kit.outbox.Outbox;
import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.participant.peer.ParticipantEvents.Erased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The participant side of erasure, on request or by retention: which alumni are due, and erasing one. */
@ApplicationScoped
public class Pseudonymisation {

    public record Done(String organisation, String pseudonym) {
    }

    private final ParticipantRepository participants;
    private final Outbox outbox;
    private final Identities identities;
    private final Clock clock;
    private final String topic;

    Pseudonymisation(ParticipantRepository participants, Outbox outbox, Identities identities, Clock clock,
            @ConfigProperty(name = "vertaistyo.topics.participants") String topic) {
        this.participants = participants;
        this.outbox = outbox;
        this.identities = identities;
        this.clock = clock;
        this.topic = topic;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> due(String organisation, LocalDate alumniBefore, int limit) {
        return participants.alumniToPseudonymise(organisation, alumniBefore, limit).stream().map(Participant::id).toList();
    }

    /**
     * Names, contacts and the login link are erased. The new identity record carries the pseudonym, so
     * consumers replace the name they hold and compaction removes the earlier records; the erased event
     * tells every service to erase what else it holds on the person.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Done pseudonymise(UUID id, String basis) {
        Participant p = participants.findById(id);
        p.pseudonymise(clock.instant());
        identities.forget(p);
        identities.announce(p);
        outbox.publish(topic, Erased.TYPE, p.id.toString(),
                new Erased(p.id, p.organisation, Helsinki.today(clock), basis, p.displayName));
        return new Done(p.organisation, p.displayName);
    }
}
