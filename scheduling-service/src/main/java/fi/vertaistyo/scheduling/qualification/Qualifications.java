package fi.vertaistyo.scheduling.qualification;

import fi.vertaistyo.kit.inbox.EventHandlers;
import fi.vertaistyo.kit.inbox.Inbox;
import fi.vertaistyo.kit.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which peers hold which diplomas, from qualifications.v1. */
@ApplicationScoped
public class Qualifications {

    static final String CONSUMER = "scheduling-service.qualifications";

    private final EntityManager em;
    private final Inbox inbox;
    private final EventHandlers handlers;

    private final Event<QualificationChanged> changed;

    Qualifications(EntityManager em, Inbox inbox, Event<QualificationChanged> changed) {
        this.em = em;
        this.inbox = inbox;
        this.changed = changed;
        this.handlers = EventHandlers.builder()
                .on(QualificationEvents.DiplomaAwarded.TYPE, QualificationEvents.DiplomaAwarded.class, this::awarded)
                .on(QualificationEvents.DiplomaRevoked.TYPE, QualificationEvents.DiplomaRevoked.class, this::revoked)
                .build();
    }

    /** Event type → the record its data is read into: the qualifications.v1 events this projection applies. */
    public Map<String, Class<?>> types() {
        return handlers.types();
    }

    @Transactional
    public void apply(String eventId, String type, Object data) {
        if (inbox.firstDelivery(CONSUMER, eventId)) {
            handlers.apply(type, data);
        }
    }

    private void awarded(QualificationEvents.DiplomaAwarded awarded) {
        if (em.find(PeerQualification.class, awarded.diplomaId()) == null) {
            em.persist(new PeerQualification(awarded));
            em.flush();
            changed.fire(new QualificationChanged(awarded.participantId(), awarded.organisation(),
                    awarded.qualificationCode(), awarded.validFrom()));
        }
    }

    private void revoked(QualificationEvents.DiplomaRevoked revoked) {
        PeerQualification diploma = em.find(PeerQualification.class, revoked.diplomaId());
        // Award and revocation share the key (participant id), so the award is always read first.
        if (diploma == null || !diploma.participantId.equals(revoked.participantId())) {
            throw new PoisonEventException("revocation of a diploma never awarded");
        }
        diploma.revokedOn = revoked.revokedOn();
        em.flush();
        changed.fire(new QualificationChanged(diploma.participantId, diploma.organisation, diploma.qualificationCode,
                revoked.revokedOn()));
    }

    /** Who of these peers holds what, read at once: for checking many duties without a query each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Held heldBy(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return new Held(List.of());
        }
        return new Held(em.createQuery("from PeerQualification q where q.participantId in :ids", PeerQualification.class)
                .setParameter("ids", participantIds).getResultList());
    }

    /** The diplomas of a set of peers. */
    public static final class Held {

        private final Map<UUID, List<PeerQualification>> byPeer;

        Held(List<PeerQualification> diplomas) {
            this.byPeer = diplomas.stream().collect(java.util.stream.Collectors.groupingBy(q -> q.participantId));
        }

        /** Awarded by the day and not revoked by then. */
        public boolean holds(UUID participantId, String qualificationCode, LocalDate day) {
            return byPeer.getOrDefault(participantId, List.of()).stream().anyMatch(q ->
                    q.qualificationCode.equals(qualificationCode) && !q.validFrom.isAfter(day)
                    && (q.revokedOn == null || q.revokedOn.isAfter(day)));
        }
    }

    /** Whether the peer holds the qualification on the day: awarded by then and not revoked by then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holds(UUID participantId, String qualificationCode, LocalDate day) {
        return heldBy(List.of(participantId)).holds(participantId, qualificationCode, day);
    }
}
