package fi.vertaistyo.participant.privacy;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.participant.agreement.Agreements;
import fi.vertaistyo.participant.audit.AuditAction;
import fi.vertaistyo.participant.audit.AuditLog;
import fi.vertaistyo.participant.consent.Consents;
import fi.vertaistyo.participant.pathway.Pathways;
import fi.vertaistyo.participant.peer.Participant;
import fi.vertaistyo.participant.peer.ParticipantEvents.Erased;
import fi.vertaistyo.participant.peer.ParticipantStatus;
import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.participant.peer.Participants;
import fi.vertaistyo.participant.peer.Pseudonymisation;
import fi.vertaistyo.participant.peer.ParticipantView;
import fi.vertaistyo.participant.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The data subject's rights: export of everything held, and pseudonymisation after retention. */
@ApplicationScoped
public class Privacy {

    private static final Logger LOG = Logger.getLogger(Privacy.class);

    private final EntityManager em;
    private final Participants participants;
    private final Agreements agreements;
    private final Consents consents;
    private final Pathways pathways;
    private final AuditLog audit;
    private final Pseudonymiser pseudonymiser;
    private final Pseudonymisation pseudonymisation;
    private final Clock clock;
    private final Period alumniKeptFor;

    Privacy(EntityManager em, Participants participants, Agreements agreements,
            Consents consents, Pathways pathways, AuditLog audit, Pseudonymiser pseudonymiser,
            Pseudonymisation pseudonymisation, Clock clock,
            @ConfigProperty(name = "vertaistyo.retention.alumni-kept-for", defaultValue = "P2Y") Period alumniKeptFor) {
        this.em = em;
        this.participants = participants;
        this.agreements = agreements;
        this.consents = consents;
        this.pathways = pathways;
        this.audit = audit;
        this.pseudonymiser = pseudonymiser;
        this.pseudonymisation = pseudonymisation;
        this.clock = clock;
        this.alumniKeptFor = alumniKeptFor;
    }

    @Transactional
    public DataExport export(Caller caller, UUID participantId) {
        return exportOf(caller, participants.find(caller, participantId));
    }

    @Transactional
    public DataExport exportOwn(Caller caller) {
        return exportOf(caller, participants.own(caller));
    }

    /** One access, one audit entry: the export reads everything held on the participant. */
    private DataExport exportOf(Caller caller, Participant participant) {
        UUID id = participant.id();
        audit.record(caller, id, AuditAction.EXPORT, "data subject export");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.name, e.enrolled_on from enrolment e join programme p on p.id = e.programme_id
                where e.participant_id = ?1 order by e.enrolled_on""").setParameter(1, id).getResultList();
        List<DataExport.Enrolment> enrolments = rows.stream().map(r -> new DataExport.Enrolment((UUID) r[0],
                (String) r[1], (LocalDate) r[2])).toList();
        return new DataExport(clock.instant(), ParticipantView.of(participant), enrolments, participants.history(id),
                agreements.history(caller.organisation(), id),
                consents.history(id), pathways.history(id), audit.query(caller.organisation(), id, 0, 10_000));
    }

    /**
     * Erasure on request (GDPR art. 17): the person leaves the programme if they had not (which ends what
     * is in force), then everything personal is erased here and, through participant.erased.v1, in the
     * other services. What the law requires is kept, under the pseudonym, and said in the answer.
     */
    @Transactional
    public ErasureView erase(Caller caller, UUID participantId, ErasureRequest request) {
        Participant participant = participants.find(caller, participantId);
        if (participant.erased()) {
            throw ProblemException.refused("Already erased", "PARTICIPANT_ERASED",
                    "This participant's personal data has already been erased.");
        }
        if (participant.status() != ParticipantStatus.ALUMNI) {
            participants.changeStatus(caller, participantId, ParticipantStatus.ALUMNI);
        }
        String pseudonym = pseudonymiser.erase(caller.actor(), participantId, Erased.ON_REQUEST,
                "erasure on request received " + request.requestReceivedOn());
        return ErasureView.of(participantId, pseudonym, request.requestReceivedOn(), clock.instant());
    }

    /**
     * Pseudonymises every alumnus whose alumni date is older than the retention period, one transaction
     * each; {@code organisation} null means all organisations (the nightly run).
     */
    public int pseudonymiseExpiredAlumni(String organisation) {
        LocalDate before = Helsinki.today(clock).minus(alumniKeptFor);
        int done = 0;
        List<UUID> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> pseudonymisation.due(organisation, before, 100));
            for (UUID id : batch) {
                QuarkusTransaction.requiringNew().run(() -> pseudonymiser.erase(Pseudonymiser.RETENTION_ACTOR, id,
                        Erased.RETENTION, "retention"));
                done++;
            }
        } while (!batch.isEmpty());
        if (done > 0) {
            LOG.infof("retention: %d alumni pseudonymised", done);
        }
        return done;
    }

    @Scheduled(cron = "{vertaistyo.retention.cron}", timeZone = "Europe/Helsinki",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        pseudonymiseExpiredAlumni(null);
    }
}
