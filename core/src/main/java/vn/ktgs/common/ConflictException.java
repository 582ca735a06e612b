package vn.ktgs.common;

/**
 * Xung đột phiên bản: a write was based on a version of an aggregate that is no longer the current one.
 * Nothing was changed; read the aggregate again and retry.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String entity;
    private final String id;
    private final long expectedVersion;
    private final long actualVersion;

    public ConflictException(String entity, Object id, long expectedVersion, long actualVersion) {
        super(entity + " " + id + " was changed by someone else: expected version " + expectedVersion
                + ", found " + actualVersion);
        this.entity = entity;
        this.id = String.valueOf(id);
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version found, or {@code -1} when the aggregate no longer exists. */
    public long actualVersion() {
        return actualVersion;
    }
}
