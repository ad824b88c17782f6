package fi.vertaistyo.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    record Registered(String name) {
    }

    record Renamed(String name) {
    }

    @Test
    void eachTypeIsReadIntoItsRecordAndAppliedByItsOwnHandler() {
        List<String> applied = new ArrayList<>();
        EventHandlers handlers = EventHandlers.builder()
                .on("registered", Registered.class, r -> applied.add("registered " + r.name()))
                .on("renamed", Renamed.class, r -> applied.add("renamed " + r.name()))
                .build();

        handlers.apply("renamed", new Renamed("Pete"));
        handlers.apply("registered", new Registered("Tiina"));
        handlers.apply("someone-elses", null);

        assertThat(handlers.types()).containsEntry("registered", Registered.class).containsEntry("renamed", Renamed.class);
        assertThat(applied).containsExactly("renamed Pete", "registered Tiina");
    }

    @Test
    void aTypeCannotHaveTwoHandlers() {
        assertThatThrownBy(() -> EventHandlers.builder()
                .on("registered", Registered.class, r -> { })
                .on("registered", Registered.class, r -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
