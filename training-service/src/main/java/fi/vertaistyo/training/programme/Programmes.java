package fi.vertaistyo.training.programme;

import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.kit.problem.Scoped;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class Programmes {

    private final Clock clock;

    Programmes(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public ProgrammeView create(String organisation, ProgrammeRequests.NewProgramme request) {
        if (Programme.count("organisation = ?1 and code = ?2", organisation, request.code()) > 0) {
            throw ProblemException.refused("Programme exists", "PROGRAMME_CODE_TAKEN",
                    "The organisation already has a programme with code " + request.code() + ".");
        }
        if (request.modules().stream().map(ProgrammeRequests.NewModule::code).distinct().count()
                != request.modules().size()) {
            throw new ProblemException(400, "Invalid request", "Module codes must be unique within the programme.");
        }
        Programme programme = Programme.of(organisation, request, clock.instant());
        programme.persist();
        return ProgrammeView.of(programme);
    }

    @Transactional
    public List<ProgrammeView> list(String organisation) {
        return Programme.<Programme>list("organisation", Sort.by("name").and("id"), organisation).stream()
                .map(ProgrammeView::of).toList();
    }

    @Transactional
    public ProgrammeView view(String organisation, UUID id) {
        return ProgrammeView.of(inOrganisation(organisation, id));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Programme inOrganisation(String organisation, UUID id) {
        return Scoped.toOrganisation(Programme.<Programme>findById(id), p -> p.organisation, organisation, "The programme");
    }

}
