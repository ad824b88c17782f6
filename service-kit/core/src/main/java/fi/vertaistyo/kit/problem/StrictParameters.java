package fi.vertaistyo.kit.problem;

import fi.vertaistyo.kit.json.PlausibleDates;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query and path parameters of the kinds the services use, read strictly: a value that is not one is
 * a 400 that names the parameter (JAX-RS would answer 404), or a 404 for a path that names nothing.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        boolean inPath = false;
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            } else if (a instanceof PathParam p) {
                name = p.value();
                inPath = true;
            }
        }
        if (name == null) {
            return null;
        }
        String param = name;
        boolean path = inPath;
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(param, path, "a whole number", s -> Integer.valueOf(s));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(param, path, "a whole number", s -> Long.valueOf(s));
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(param, path, "an id", UUID::fromString);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(param, path, "a date, YYYY-MM-DD, in the years " + PlausibleDates.range(),
                    PlausibleDates::date);
        }
        if (rawType == YearMonth.class) {
            return (ParamConverter<T>) converter(param, path, "a month, YYYY-MM, in the years " + PlausibleDates.range(),
                    PlausibleDates::month);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String values = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(param, path, "one of " + values, s -> Enum.valueOf(type, s));
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, boolean inPath, String expected, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (RuntimeException e) {
                    if (inPath) {
                        throw new WebApplicationException(Problem.response(404, "Not Found", "Nothing was found at this address.", null));
                    }
                    throw new WebApplicationException(Problem.response(400, "Invalid request",
                            "The parameter '" + name + "' must be " + expected + ".",
                            java.util.List.of(new Problem.Violation(name, "must be " + expected))));
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
