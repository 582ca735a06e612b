package vn.ktgs.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * Lỗi truy cập dữ liệu: the database refused or failed a statement for a reason that is not a version conflict
 * (a broken connection, a foreign key to a record that does not exist, a check constraint). Nothing of the
 * failed command was stored when the library ran the transaction itself.
 */
public class KtgsDataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KtgsDataAccessException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
