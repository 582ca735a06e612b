package vn.ktgs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import vn.ktgs.common.ConflictException;

/**
 * The in-memory ports' storage: a map of immutable values with optimistic versions, safe for many threads.
 * Not API.
 *
 * @param <K> the id type
 * @param <V> the aggregate type
 */
public final class VersionedStore<K, V> {

    private final String entity;
    private final Function<V, K> id;
    private final ToLongFunction<V> version;
    private final Map<K, V> values = new LinkedHashMap<>();

    public VersionedStore(String entity, Function<V, K> id, ToLongFunction<V> version) {
        this.entity = entity;
        this.id = id;
        this.version = version;
    }

    public synchronized Optional<V> find(K key) {
        return Optional.ofNullable(values.get(key));
    }

    public synchronized List<V> where(Predicate<? super V> filter, Comparator<? super V> order) {
        List<V> out = new ArrayList<>();
        for (V v : values.values()) {
            if (filter.test(v)) {
                out.add(v);
            }
        }
        out.sort(order);
        return out;
    }

    /** Stores version 1 of a new value or version n+1 of a stored value n; anything else is a conflict. */
    public synchronized void save(V value) {
        K key = id.apply(value);
        long next = version.applyAsLong(value);
        V stored = values.get(key);
        long current = stored == null ? 0 : version.applyAsLong(stored);
        if (next != current + 1) {
            throw new ConflictException(entity, key, next - 1, stored == null ? -1 : current);
        }
        values.put(key, value);
    }
}
