package fi.vertaistyo.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** A date or time only as an ISO string (never a number or an array), within the plausible years. */
final class StrictTime<T> extends StdScalarDeserializer<T> {

    private final transient Function<String, T> parse;
    private final transient ToIntFunction<T> year;
    private final String expected;

    private StrictTime(Class<T> type, Function<String, T> parse, ToIntFunction<T> year, String expected) {
        super(type);
        this.parse = parse;
        this.year = year;
        this.expected = expected;
    }

    static <T> StrictTime<T> of(Class<T> type, Function<String, T> parse, ToIntFunction<T> year, String expected) {
        return new StrictTime<>(type, parse, year, expected);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        String text = p.getText().trim();
        T value;
        try {
            value = parse.apply(text);
        } catch (DateTimeParseException e) {
            return (T) ctxt.handleWeirdStringValue(handledType(), "(not shown)", "must be " + expected);
        }
        if (!PlausibleDates.plausible(year.applyAsInt(value))) {
            return (T) ctxt.handleWeirdStringValue(handledType(), "(not shown)",
                    "must be in the years " + PlausibleDates.range());
        }
        return value;
    }
}
