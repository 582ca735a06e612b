package vn.ktgs.common;

import java.util.Locale;

/** Không tìm thấy: a command named an entity that does not exist. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Entity entity;
    private final String id;

    public NotFoundException(Entity entity, Object id) {
        super(entity.label(Locale.ENGLISH) + " " + id + " not found");
        this.entity = entity;
        this.id = String.valueOf(id);
    }

    /** The kind of entity, for example {@link Entity#PLAN}; rendered in the reader's language in a message. */
    public Entity entity() {
        return entity;
    }

    public String id() {
        return id;
    }

    /** The problem as a violation of the input as a whole ({@code ktgs.notFound}), to render in any language. */
    public Violation violation() {
        return Violation.of("", "ktgs.notFound", "entity", entity, "id", id);
    }
}
