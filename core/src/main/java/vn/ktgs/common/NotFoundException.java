package vn.ktgs.common;

/** Không tìm thấy: a command named an entity that does not exist. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String entity;
    private final String id;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
        this.entity = entity;
        this.id = String.valueOf(id);
    }

    /** The kind of entity, for example {@code Plan}. */
    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }
}
