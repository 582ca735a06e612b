package vn.ktgs.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.jdbc.KtgsDataAccessException;

/**
 * The part every JDBC port shares: optimistic versions exactly like the in-memory ports (version 1 inserts,
 * version n updates only where the stored version is n-1, anything else is a {@link ConflictException} and nothing
 * changes), one transaction per save, and the audit row. Not API.
 *
 * <p>A save locks the aggregate's row ({@code SELECT ... FOR UPDATE}) before it reads the state it replaces, so
 * two writers of one aggregate are serialised by the database: the second sees the first's version and gets the
 * conflict. The parent row's {@code UPDATE} is guarded by the version as well.
 *
 * @param <T> the aggregate type
 */
public abstract class AggregateRepository<T> {

    protected final Sql sql;
    protected final Dialect dialect;
    protected final Transactor tx;
    private final AuditLog audit;
    private final String entity;
    private final String lockVersion;
    private final String table;

    protected AggregateRepository(Sql sql, Dialect dialect, Transactor tx, AuditLog audit, String entity,
                                  String table) {
        this.sql = sql;
        this.dialect = dialect;
        this.table = sql.table(table);
        this.tx = tx;
        this.audit = audit;
        this.entity = entity;
        this.lockVersion = "SELECT version FROM " + sql.table(table) + " WHERE id = ? FOR UPDATE";
    }

    protected abstract UUID idOf(T value);

    protected abstract long versionOf(T value);

    /**
     * Loads every aggregate whose parent row (alias {@code p}) matches {@code filter}, with all its child rows, in a
     * fixed number of statements whatever the number of aggregates.
     */
    protected abstract List<T> loadWhere(Connection c, String filter, @Nullable Object... params)
            throws SQLException;

    /** The insert statements of {@link #insert(Batch, Object)}, in the order they must run. */
    protected abstract List<String> insertOrder();

    /** Adds the rows of version 1 with its child rows to {@code batch}. */
    protected abstract void insert(Batch batch, T value);

    /** An empty batch for this aggregate's inserts, with the audit row last. */
    protected final Batch newBatch() {
        List<String> order = new ArrayList<>(insertOrder());
        order.add(audit.insertStatement());
        return new Batch(order);
    }

    /**
     * Writes version n over {@code old} (version n-1): the child rows, then the parent row guarded by
     * {@code version = n-1}; returns the number of parent rows updated.
     */
    protected abstract int update(Connection c, T old, T value) throws SQLException;

    /**
     * Checks a second natural key before writing (one plan per organisation and year, ...); throws the
     * {@link ConflictException} the in-memory port throws.
     */
    protected void checkNaturalKey(Connection c, T value) throws SQLException {
    }

    protected final Optional<T> findWhere(String filter, @Nullable Object... params) {
        return tx.read(c -> {
            List<T> all = loadWhere(c, filter, params);
            return all.isEmpty() ? Optional.<T>empty() : Optional.of(all.get(0));
        });
    }

    /** The aggregates whose parent row (alias {@code p}) matches {@code filter}, in {@code order}. */
    public final List<T> listWhere(Comparator<? super T> order, String filter, @Nullable Object... params) {
        List<T> out = new ArrayList<>(tx.read(c -> loadWhere(c, filter, params)));
        out.sort(order);
        return List.copyOf(out);
    }

    /**
     * One page of the aggregates whose parent row (alias {@code p}) matches {@code filter}, read in one snapshot in
     * three steps: {@code COUNT(*)}; the ids of the page, {@code ORDER BY orderBy OFFSET ? ROWS FETCH NEXT ? ROWS
     * ONLY}; those aggregates with their child rows, by the ids as one array parameter. {@code orderBy} is SQL over
     * {@code p} that gives the port's documented order and ends in a unique column (see {@link Dialect#textOrder}
     * and {@link Dialect#uuidOrder}), so that pages of an unchanged table neither overlap nor skip.
     */
    public final Page<T> pageWhere(PageRequest request, String orderBy, String filter, @Nullable Object... params) {
        return tx.read(c -> {
            long total = Sql.one(c, "SELECT COUNT(*) FROM " + table + " p WHERE " + filter, rs -> rs.getLong(1),
                    params).orElse(0L);
            if (request.offset() >= total) {
                return new Page<T>(List.of(), request, total);
            }
            Object[] withPage = Arrays.copyOf(params, params.length + 2);
            withPage[params.length] = request.offset();
            withPage[params.length + 1] = request.limit();
            List<UUID> ids = Sql.list(c, "SELECT p.id FROM " + table + " p WHERE " + filter + " ORDER BY " + orderBy
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", rs -> Sql.uuid(rs, "id"), withPage);
            Map<UUID, T> loaded = new HashMap<>();
            for (T value : loadWhere(c, dialect.inArray("p.id"), c.createArrayOf("uuid", ids.toArray()))) {
                loaded.put(idOf(value), value);
            }
            List<T> items = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                items.add(loaded.get(id));
            }
            return new Page<>(items, request, total);
        });
    }

    /**
     * One page of the aggregates whose parent row (alias {@code p}) matches {@code filter}, ordered by the text
     * column {@code textColumn} of {@code p} in {@code order} (the Vietnamese order of
     * {@link vn.ktgs.common.VietnameseOrder}): the ids and texts of every matching row are read and sorted here, then
     * only the page's aggregates are loaded. SQL cannot give that order the same way on every database (H2 compares
     * Java strings, PostgreSQL's collations depend on how the server was built), so the page is cut in Java over
     * two columns of the filtered rows. Ties on the text are broken by id, as {@link java.util.UUID#compareTo}.
     */
    public final Page<T> pageByText(PageRequest request, String textColumn, Comparator<String> order, String filter,
                                    @Nullable Object... params) {
        return tx.read(c -> {
            List<Map.Entry<UUID, String>> keys = new ArrayList<>(Sql.list(c, "SELECT p.id, " + textColumn + " AS k FROM "
                    + table + " p WHERE " + filter, rs -> Map.entry(Sql.uuid(rs, "id"), Sql.text(rs, "k")), params));
            long total = keys.size();
            if (request.offset() >= total) {
                return new Page<T>(List.of(), request, total);
            }
            keys.sort(Comparator.<Map.Entry<UUID, String>, String>comparing(Map.Entry::getValue, order)
                    .thenComparing(Map.Entry::getKey));
            int from = (int) request.offset();
            int to = (int) Math.min(total, request.offset() + request.limit());
            List<UUID> ids = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                ids.add(keys.get(i).getKey());
            }
            Map<UUID, T> loaded = new HashMap<>();
            for (T value : loadWhere(c, dialect.inArray("p.id"), c.createArrayOf("uuid", ids.toArray()))) {
                loaded.put(idOf(value), value);
            }
            List<T> items = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                items.add(loaded.get(id));
            }
            return new Page<>(items, request, total);
        });
    }

    public final void save(T value) {
        UUID id = idOf(value);
        long next = versionOf(value);
        try {
            tx.write(c -> {
                saveIn(c, id, next, value);
                return null;
            });
        } catch (KtgsDataAccessException e) {
            if (e.getCause() instanceof SQLException s && Failures.isUniqueViolation(s)) {
                throw uniqueClash(id, next, value, e);
            }
            throw e;
        }
    }

    private void saveIn(Connection c, UUID id, long next, T value) throws SQLException {
        List<Long> stored = Sql.list(c, lockVersion, rs -> rs.getLong(1), id);
        long current = stored.isEmpty() ? 0 : stored.get(0);
        if (next != current + 1) {
            throw new ConflictException(entity, id, next - 1, stored.isEmpty() ? -1 : current);
        }
        checkNaturalKey(c, value);
        if (current == 0) {
            Batch batch = newBatch();
            insert(batch, value);
            audit.record(batch, entity, id, next, null, value);
            batch.flush(c);
        } else {
            T old = loadWhere(c, "p.id = ?", id).get(0);
            if (update(c, old, value) != 1) {
                throw new ConflictException(entity, id, next - 1, -1);
            }
            audit.record(c, entity, id, next, old, value);
        }
    }

    /**
     * Stores many new aggregates (each version 1) in one transaction with JDBC batches across aggregates: all are
     * stored or none. Meant for loading a province's existing data; it skips the per-aggregate version lock, so an
     * id or unique key already taken fails the whole call with a {@link ConflictException}.
     *
     * @param flushEvery how many aggregates to collect before writing their rows
     */
    public final void insertAll(List<? extends T> values, int flushEvery) {
        for (T v : values) {
            if (versionOf(v) != 1) {
                throw new IllegalArgumentException("a bulk load stores new aggregates (version 1) only: "
                        + entity + " " + idOf(v) + " has version " + versionOf(v));
            }
        }
        try {
            tx.write(c -> {
                Batch batch = newBatch();
                int collected = 0;
                for (T v : values) {
                    insert(batch, v);
                    audit.record(batch, entity, idOf(v), 1, null, v);
                    if (++collected % flushEvery == 0) {
                        batch.flushMany(c, dialect);
                    }
                }
                batch.flushMany(c, dialect);
                return null;
            });
        } catch (KtgsDataAccessException e) {
            if (e.getCause() instanceof SQLException s && Failures.isUniqueViolation(s)) {
                ConflictException conflict = new ConflictException(entity, "bulk load of " + values.size()
                        + " (an id or unique key is taken)", 0, -1);
                conflict.initCause(e);
                throw conflict;
            }
            throw e;
        }
    }

    /** A unique key hit by a concurrent writer: the conflict, with the version found now when it can be read. */
    private RuntimeException uniqueClash(UUID id, long next, T value, KtgsDataAccessException cause) {
        long found;
        try {
            found = tx.read(c -> {
                checkNaturalKey(c, value);
                List<Long> v = Sql.list(c, lockVersion.replace(" FOR UPDATE", ""), rs -> rs.getLong(1), id);
                return v.isEmpty() ? -1L : v.get(0);
            });
        } catch (ConflictException e) {
            return e;
        } catch (RuntimeException e) {
            found = -1;
        }
        Object what = found == -1 ? id + " (another " + entity + " holds one of its unique keys)" : id;
        ConflictException conflict = new ConflictException(entity, what, next - 1, found);
        conflict.initCause(cause);
        return conflict;
    }

    protected static String in(String childTable, String parentTable, String childKey, String filter) {
        return " FROM " + childTable + " WHERE " + childKey + " IN (SELECT p.id FROM " + parentTable + " p WHERE "
                + filter + ")";
    }
}
