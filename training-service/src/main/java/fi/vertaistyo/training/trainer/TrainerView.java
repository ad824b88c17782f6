package fi.vertaistyo.training.trainer;

import java.util.List;
import java.util.UUID;

public record TrainerView(UUID id, String name, String email, String phone, List<String> topics, boolean loginLinked) {

    static TrainerView of(Trainer t) {
        return new TrainerView(t.id, t.name, t.email, t.phone, List.of(t.topics), t.accountKey != null);
    }
}
