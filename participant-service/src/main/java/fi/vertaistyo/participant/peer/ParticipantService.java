package fi.vertaistyo.participant.peer;

import fi.vertaistyo.participant.outbox.Outbox;
import fi.vertaistyo.participant.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class ParticipantService {

    private final ParticipantRepository participants;
    private final Outbox outbox;
    private final Clock clock;
    private final String topic;

    ParticipantService(ParticipantRepository participants, Outbox outbox, Clock clock,
            @ConfigProperty(name = "vertaistyo.topics.participants") String topic) {
        this.participants = participants;
        this.outbox = outbox;
        this.clock = clock;
        this.topic = topic;
    }

    /** The participant row and its event commit together or not at all. */
    @Transactional
    public ParticipantView register(String organisation, RegisterParticipant request) {
        Participant p = Participant.register(organisation, request, clock.instant());
        participants.persist(p);
        outbox.publish(topic, ParticipantRegistered.TYPE, p.id.toString(),
                new ParticipantRegistered(p.id, organisation, p.displayName, p.status.name()));
        return ParticipantView.of(p);
    }

    @Transactional
    public ParticipantView get(String organisation, UUID id) {
        return participants.findInOrganisation(organisation, id)
                .map(ParticipantView::of)
                .orElseThrow(() -> ProblemException.notFound("Participant"));
    }

    @Transactional
    public ParticipantPage list(String organisation, int page, int size) {
        return new ParticipantPage(
                participants.listInOrganisation(organisation, page, size).stream().map(ParticipantView::of).toList(),
                page, size, participants.countInOrganisation(organisation));
    }
}
