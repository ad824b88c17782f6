package fi.vertaistyo.kit.outbox;

import java.time.Instant;

/** CloudEvents 1.0 envelope, structured JSON mode. */
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
}
