package fi.vertaistyo.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * JSON is read as the schema says, in one place for every service (ADR 0016): no numbers for enums,
 * dates or text, no fractions or strings for whole numbers, no trailing data, no duplicates in a set,
 * no control characters in text, and dates within {@link PlausibleDates}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Applied after Quarkus registers its modules, so these deserializers win over JavaTimeModule's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);

        SimpleModule strict = new SimpleModule("vertaistyo-strict-json");
        strict.addDeserializer(String.class, new StrictText());
        strict.addDeserializer(LocalDate.class, StrictTime.of(LocalDate.class, LocalDate::parse, LocalDate::getYear, "a date, YYYY-MM-DD"));
        strict.addDeserializer(YearMonth.class, StrictTime.of(YearMonth.class, YearMonth::parse, YearMonth::getYear, "a month, YYYY-MM"));
        strict.addDeserializer(OffsetDateTime.class, StrictTime.of(OffsetDateTime.class, OffsetDateTime::parse, OffsetDateTime::getYear,
                "a time with its offset, YYYY-MM-DDThh:mm:ss+hh:mm"));
        strict.addDeserializer(Instant.class, StrictTime.of(Instant.class, StrictJson::instant,
                i -> i.atOffset(java.time.ZoneOffset.UTC).getYear(), "a UTC time, YYYY-MM-DDThh:mm:ssZ"));
        strict.addDeserializer(LocalTime.class, StrictTime.of(LocalTime.class, LocalTime::parse, t -> PlausibleDates.FIRST_YEAR,
                "a time of day, hh:mm"));
        strict.setDeserializerModifier(new UniqueItems());
        mapper.registerModule(strict);
    }

    /** An instant as UTC ("…Z") or with an offset ("…+02:00"), as clients send either. */
    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException utcOnly) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }
}
