package fi.vertaistyo.scheduling.web;

/** A refusal the caller can act on, answered as problem+json with this status and text. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;

    public ProblemException(int status, String title, String detail) {
        super(title, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
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
}
