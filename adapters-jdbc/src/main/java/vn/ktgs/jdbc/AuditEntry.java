package vn.ktgs.jdbc;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Một dòng nhật ký: one saved version of an aggregate: who saved it, when (from the injected clock), and the state
 * before and after as JSON snapshots of the domain record.
 *
 * @param entity the aggregate type: {@code Organisation}, {@code Member}, {@code Document}, {@code Dissemination},
 *     {@code Plan}, {@code Activity} or {@code Report}
 * @param before the state replaced; {@code null} for version 1
 */
public record AuditEntry(Instant recordedAt, String actor, String entity, UUID entityId, long version,
                         @Nullable String before, String after) {

    public AuditEntry {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(after, "after");
    }

    public Optional<String> beforeState() {
        return Optional.ofNullable(before);
    }
}
