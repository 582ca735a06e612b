package vn.ktgs.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * Bản ghi không được sửa: a write would change a submitted report or a concluded record, which the database
 * refuses (corrections are new, linked records). Nothing was changed.
 */
public class ImmutableRecordException extends KtgsDataAccessException {

    private static final long serialVersionUID = 1L;

    public ImmutableRecordException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
