package fi.vertaistyo.participant.pathway;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.participant.audit.AuditAction;
import fi.vertaistyo.participant.audit.AuditLog;
import fi.vertaistyo.participant.consent.ConsentPurpose;
import fi.vertaistyo.participant.consent.Consents;
import fi.vertaistyo.participant.peer.Participants;
import fi.vertaistyo.participant.programme.Programmes;
import fi.vertaistyo.participant.security.Caller;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class Pathways {

    private final EntityManager em;
    private final Participants participants;
    private final Programmes programmes;
    private final Consents consents;
    private final AuditLog audit;
    private final Clock clock;

    Pathways(EntityManager em, Participants participants, Programmes programmes,
            Consents consents, AuditLog audit, Clock clock) {
        this.em = em;
        this.participants = participants;
        this.programmes = programmes;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Follow-ups after leaving need the peer's consent to be contacted; exit outcomes do not. */
    @Transactional
    public Pathway.View record(Caller caller, UUID participantId, Pathway.Record request) {
        participants.findWritable(caller, participantId);
        programmes.get(caller.organisation(), request.programmeId());
        if (request.recordedOn().isAfter(Helsinki.today(clock))) {
            throw new ProblemException(400, "Invalid request", "recordedOn cannot be in the future.");
        }
        if (request.moment() != Pathway.Moment.EXIT && !consents.inForce(participantId, ConsentPurpose.FOLLOW_UP_CONTACT)) {
            throw ProblemException.refused("No consent for follow-ups", "NO_FOLLOW_UP_CONSENT",
                    "The peer has not consented, or has withdrawn consent, to follow-up contact.");
        }
        Pathway p = Pathway.of(participantId, request, clock.instant());
        em.persist(p);
        audit.record(caller, participantId, AuditAction.CREATE, "pathway outcome");
        return Pathway.View.of(p);
    }

    @Transactional
    public List<Pathway.View> ofParticipant(Caller caller, UUID participantId) {
        participants.find(caller, participantId);
        audit.record(caller, participantId, AuditAction.READ, "pathways");
        return history(participantId);
    }

    /** The participant's outcomes, oldest first; the caller has resolved and audited the access. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Pathway.View> history(UUID participantId) {
        return em.createQuery("from Pathway p where p.participantId = ?1 order by p.recordedOn, p.id", Pathway.class)
                .setParameter(1, participantId).getResultStream().map(Pathway.View::of).toList();
    }

    /** Counts of distinct participants per moment and outcome recorded in [from, to]; no names or ids. */
    @Transactional
    public Pathway.Report report(Caller caller, UUID programmeId, LocalDate from, LocalDate to) {
        programmes.get(caller.organisation(), programmeId);
        if (to.isBefore(from)) {
            throw new ProblemException(400, "Invalid request", "to must not be before from.");
        }
        List<Pathway.Count> counts = em.createQuery("""
                select new fi.vertaistyo.participant.pathway.Pathway$Count(p.moment, p.outcome, count(distinct p.participantId))
                from Pathway p where p.programmeId = ?1 and p.recordedOn between ?2 and ?3
                group by p.moment, p.outcome order by p.moment, p.outcome""", Pathway.Count.class)
                .setParameter(1, programmeId).setParameter(2, from).setParameter(3, to).getResultList();
        return new Pathway.Report(programmeId, from, to, counts);
    }
}
