package fi.vertaistyo.kit.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A consumer's typed handlers, one per event type it applies: the event type names the record its
 * data is read into (for {@link EventIntake}) and the method that applies it. Types without a
 * handler are not applied (a consumer still records them as delivered).
 *
 * <pre>{@code
 * handlers = EventHandlers.builder()
 *         .on(ParticipantRegistered.TYPE, ParticipantRegistered.class, this::registered)
 *         .on(DisplayNameChanged.TYPE, DisplayNameChanged.class, this::displayNameChanged)
 *         .build();
 * }</pre>
 */
public final class EventHandlers {

    private record Handler<T>(Class<T> type, Consumer<T> apply) {
        void applyTo(Object data) {
            apply.accept(type.cast(data));
        }
    }

    private final Map<String, Handler<?>> byType;
    private final Map<String, Class<?>> types;

    private EventHandlers(Map<String, Handler<?>> byType) {
        this.byType = Map.copyOf(byType);
        Map<String, Class<?>> t = new LinkedHashMap<>();
        byType.forEach((name, handler) -> t.put(name, handler.type()));
        this.types = Map.copyOf(t);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Event type → the record its data is read into, as {@link EventIntake#read} wants it. */
    public Map<String, Class<?>> types() {
        return types;
    }

    /** Applies the data with the handler of its type; does nothing for a type without one. */
    public void apply(String type, Object data) {
        Handler<?> handler = byType.get(type);
        if (handler != null && data != null) {
            handler.applyTo(data);
        }
    }

    public static final class Builder {

        private final Map<String, Handler<?>> byType = new LinkedHashMap<>();

        private Builder() {
        }

        public <T> Builder on(String type, Class<T> dataType, Consumer<T> apply) {
            if (byType.put(type, new Handler<>(dataType, apply)) != null) {
                throw new IllegalArgumentException("two handlers for " + type);
            }
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
