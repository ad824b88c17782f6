package fi.vertaistyo.participant.peer;

import fi.vertaistyo.kit.outbox.Outbox;
import fi.vertaistyo.participant.peer.ParticipantEvents.AccountChanged;
import fi.vertaistyo.participant.peer.ParticipantEvents.DisplayNameChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The participant side of retention: which alumni are due, and erasing one of them. */
@ApplicationScoped
public class Pseudonymisation {

    public record Done(String organisation, String pseudonym) {
    }

    private final ParticipantRepository participants;
    private final Outbox outbox;
    private final Clock clock;
    private final String topic;

    Pseudonymisation(ParticipantRepository participants, Outbox outbox, Clock clock,
            @ConfigProperty(name = "vertaistyo.topics.participants") String topic) {
        this.participants = participants;
        this.outbox = outbox;
        this.clock = clock;
        this.topic = topic;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> due(String organisation, LocalDate alumniBefore, int limit) {
        return participants.alumniToPseudonymise(organisation, alumniBefore, limit).stream().map(Participant::id).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Done pseudonymise(UUID id) {
        Participant p = participants.findById(id);
        boolean hadAccount = p.accountSubject != null;
        p.pseudonymise(clock.instant());
        if (hadAccount) {
            outbox.publish(topic, AccountChanged.TYPE, p.id.toString(), new AccountChanged(p.id, p.organisation, null));
        }
        // The new event carries the pseudonym, so consumers replace the name they hold.
        outbox.publish(topic, DisplayNameChanged.TYPE, p.id.toString(),
                new DisplayNameChanged(p.id, p.organisation, p.displayName));
        return new Done(p.organisation, p.displayName);
    }
}
