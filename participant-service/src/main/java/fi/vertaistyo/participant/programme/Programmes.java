package fi.vertaistyo.participant.programme;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.kit.outbox.Outbox;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class Programmes {

    private final ProgrammeRepository programmes;
    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final String topic;

    Programmes(ProgrammeRepository programmes, EntityManager em, Outbox outbox, Clock clock,
            @ConfigProperty(name = "vertaistyo.topics.participants") String topic) {
        this.programmes = programmes;
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.topic = topic;
    }

    @Transactional
    public ProgrammeView create(String organisation, CreateProgramme request) {
        if (programmes.codeTaken(organisation, request.code())) {
            throw ProblemException.refused("Programme code taken", "PROGRAMME_CODE_TAKEN", "Another programme of your organisation uses this code.");
        }
        Programme p = new Programme(organisation, request.code(), request.name().strip(), request.kind(), clock.instant());
        programmes.persist(p);
        addVersion(p, 1, request.rules());
        return ProgrammeView.of(p, Helsinki.today(clock));
    }

    /** A new version of the rules, from today or later and after the latest version: the past stays as it was. */
    @Transactional
    public ProgrammeView scheduleRules(String organisation, UUID programmeId, ProgrammeRulesInput rules) {
        Programme p = get(organisation, programmeId);
        LocalDate today = Helsinki.today(clock);
        if (rules.validFrom().isBefore(today)) {
            throw ProblemException.refused("Rules cannot change the past", "RULES_CANNOT_CHANGE_PAST",
                    "New rules must be valid from today or a later day.");
        }
        ProgrammeRules latest = p.latestRules().orElseThrow();
        if (!rules.validFrom().isAfter(latest.validFrom)) {
            throw ProblemException.refused("Rules cannot change the past", "RULES_CANNOT_CHANGE_PAST",
                    "New rules must be valid from a day after the latest version (" + latest.validFrom + ").");
        }
        addVersion(p, latest.version + 1, rules);
        return ProgrammeView.of(p, today);
    }

    @Transactional
    public List<ProgrammeView> list(String organisation) {
        LocalDate today = Helsinki.today(clock);
        return programmes.listInOrganisation(organisation).stream().map(p -> ProgrammeView.of(p, today)).toList();
    }

    @Transactional
    public ProgrammeView view(String organisation, UUID id) {
        return ProgrammeView.of(get(organisation, id), Helsinki.today(clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Programme get(String organisation, UUID id) {
        return programmes.findInOrganisation(organisation, id).orElseThrow(() -> ProblemException.notFound("Programme"));
    }

    private void addVersion(Programme p, int version, ProgrammeRulesInput input) {
        ProgrammeRules r = new ProgrammeRules(p.id, version, input, clock.instant());
        em.persist(r);
        p.rules.add(r);
        outbox.publish(topic, ProgrammeRulesScheduled.TYPE, p.id.toString(), ProgrammeRulesScheduled.of(p, r));
    }
}
