package fi.vertaistyo.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/** Text is a JSON string without control characters (tab, line feed and carriage return allowed). */
final class StrictText extends StdScalarDeserializer<String> {

    StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        if (!Texts.isClean(text)) {
            return (String) ctxt.handleWeirdStringValue(String.class, "(not shown)", "contains a control character");
        }
        return text;
    }
}
