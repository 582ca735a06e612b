package vn.ktgs.jdbc.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.jdbc.Actor;
import vn.ktgs.jdbc.AuditEntry;

/**
 * Nhật ký thay đổi: writes one row per saved version (who, when, entity, id, version, the state before and after as
 * JSON of the domain record's fields) in the same transaction as the change. Not API.
 */
public final class AuditLog {

    /** The most characters of an actor name. */
    public static final int MAX_ACTOR = 200;

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .build();
    private final Actor actor;
    private final Clock clock;
    private final String insert;
    private final String select;

    public AuditLog(Sql sql, Actor actor, Clock clock) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.insert = "INSERT INTO " + sql.table("audit") + " (recorded_at, actor, entity, entity_id, version, "
                + "before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?)";
        this.select = "SELECT recorded_at, actor, entity, entity_id, version, before_state, after_state FROM "
                + sql.table("audit") + " WHERE entity = ? AND entity_id = ? ORDER BY version";
    }

    /** Writes the audit row of one saved version now. */
    public void record(Connection c, String entity, UUID id, long version, @Nullable Object before, Object after)
            throws SQLException {
        Sql.update(c, insert, row(entity, id, version, before, after));
    }

    /** Adds the audit row of one saved version to {@code batch}. */
    public void record(Batch batch, String entity, UUID id, long version, @Nullable Object before, Object after) {
        batch.add(insert, row(entity, id, version, before, after));
    }

    /** The statement that writes an audit row. */
    public String insertStatement() {
        return insert;
    }

    private @Nullable Object[] row(String entity, UUID id, long version, @Nullable Object before, Object after) {
        String who = actor.current();
        if (who == null || who.isBlank() || who.length() > MAX_ACTOR) {
            throw new IllegalStateException("the Actor must name the caller in 1 to " + MAX_ACTOR + " characters");
        }
        return new Object[] {OffsetDateTime.now(clock), who, entity, id, version,
                before == null ? null : snapshot(before), snapshot(after)};
    }

    /** The JSON snapshot of a domain value: its record components, dates as ISO text. */
    public String snapshot(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the audit snapshot of " + value.getClass().getName(), e);
        }
    }

    public List<AuditEntry> trail(Connection c, String entity, UUID id) throws SQLException {
        return Sql.list(c, select, rs -> new AuditEntry(rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                Sql.text(rs, "actor"), Sql.text(rs, "entity"), Sql.uuid(rs, "entity_id"), rs.getLong("version"),
                rs.getString("before_state"), Sql.text(rs, "after_state")), entity, id);
    }
}
