package fi.vertaistyo.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A set in a request (the schema's uniqueItems) refuses an item given twice instead of dropping it. */
final class UniqueItems extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
            BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        if (!Set.class.isAssignableFrom(type.getRawClass())) {
            return deserializer;
        }
        return new Refusing(type, config.getTypeFactory().constructCollectionType(List.class, type.getContentType()));
    }

    private static final class Refusing extends StdDeserializer<Set<Object>> {

        private final JavaType listType;
        private final boolean sorted;

        Refusing(CollectionType setType, JavaType listType) {
            super(setType);
            this.listType = listType;
            this.sorted = SortedSet.class.isAssignableFrom(setType.getRawClass());
        }

        @Override
        @SuppressWarnings("unchecked")
        public Set<Object> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            List<Object> items = ctxt.readValue(p, listType);
            Set<Object> set = sorted ? new TreeSet<>() : new LinkedHashSet<>();
            for (Object item : items) {
                if (!set.add(item)) {
                    return (Set<Object>) ctxt.handleWeirdStringValue(handledType(), "(not shown)", "lists an item twice");
                }
            }
            return set;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return sorted ? new TreeSet<>() : new LinkedHashSet<>();
        }

    }
}
