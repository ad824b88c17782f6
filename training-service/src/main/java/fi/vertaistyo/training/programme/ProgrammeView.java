package fi.vertaistyo.training.programme;

import java.util.List;
import java.util.UUID;

public record ProgrammeView(UUID id, String code, String name, String qualificationCode, List<ModuleView> modules) {

    public record ModuleView(String code, String title) {
    }

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.id, p.code, p.name, p.qualificationCode,
                p.modules.stream().map(m -> new ModuleView(m.code, m.title)).toList());
    }
}
