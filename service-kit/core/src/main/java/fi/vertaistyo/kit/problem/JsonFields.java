package fi.vertaistyo.kit.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fi.vertaistyo.kit.json.PlausibleDates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** Which field of a body could not be read and what it must be, in words (never the value given). */
final class JsonFields {

    private JsonFields() {
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type == null) {
            return "is not valid here";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "must be text without control characters";
        }
        if (type == LocalDate.class) {
            return "must be a date, YYYY-MM-DD, in the years " + PlausibleDates.range();
        }
        if (type == YearMonth.class) {
            return "must be a month, YYYY-MM, in the years " + PlausibleDates.range();
        }
        if (type == LocalTime.class) {
            return "must be a time of day, hh:mm";
        }
        if (Temporal.class.isAssignableFrom(type) || type == OffsetDateTime.class) {
            return "must be a date and time, YYYY-MM-DDThh:mm:ss with its offset, in the years " + PlausibleDates.range();
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (java.util.Set.class.isAssignableFrom(type) && e instanceof InvalidFormatException) {
            return "must list each item once";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type == java.util.UUID.class) {
            return "must be an id";
        }
        return "has the wrong type";
    }
}
