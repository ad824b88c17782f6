package fi.vertaistyo.training.inbox;

import com.fasterxml.jackson.databind.JsonNode;

/** The CloudEvents envelope of an incoming record, data left raw until its type is known. */
public record IncomingEvent(String specversion, String id, String source, String type, String subject, String time,
        JsonNode data) {
}
