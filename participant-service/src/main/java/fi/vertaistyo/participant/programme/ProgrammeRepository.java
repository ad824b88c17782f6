package fi.vertaistyo.participant.programme;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    public Optional<Programme> findInOrganisation(String organisation, UUID id) {
        return find("organisation = ?1 and id = ?2", organisation, id).firstResultOptional();
    }

    List<Programme> listInOrganisation(String organisation) {
        return list("organisation", Sort.by("name"), organisation);
    }

    boolean codeTaken(String organisation, String code) {
        return count("organisation = ?1 and code = ?2", organisation, code) > 0;
    }
}
