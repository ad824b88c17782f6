package fi.vertaistyo.kit.problem;

/** A refusal the caller can act on, answered as problem+json with this status and text. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final String reason;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public ProblemException(int status, String title, String detail, String reason) {
        super(title, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.reason = reason;
    }

    /** A business rule says no: 409 with the rule's code, so a client can explain or offer another way. */
    public static ProblemException refused(String title, String reason, String detail) {
        return new ProblemException(409, title, detail, reason);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not Found", what + " was not found.");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String reason() {
        return reason;
    }
}
