package vn.ktgs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;

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
    private final List<Index<V>> indexes = new ArrayList<>();

    public VersionedStore(String entity, Function<V, K> id, ToLongFunction<V> version) {
        this.entity = entity;
        this.id = id;
        this.version = version;
    }

    /**
     * A secondary index: the values under each of the keys {@code keys} gives for them, kept up to date on every
     * save, so that a look-up does not scan the store. Declare indexes before the first save.
     */
    public synchronized Index<V> index(Function<V, ? extends java.util.Collection<?>> keys) {
        if (!values.isEmpty()) {
            throw new IllegalStateException("declare indexes before storing values");
        }
        Index<V> index = new Index<>(keys);
        indexes.add(index);
        return index;
    }

    /** The values an index holds under {@code key}, in {@code order}. */
    public synchronized List<V> lookup(Index<V> index, Object key, Comparator<? super V> order) {
        List<V> out = new ArrayList<>(index.entries.getOrDefault(key, java.util.Set.of()).size());
        for (Object k : index.entries.getOrDefault(key, java.util.Set.of())) {
            out.add(values.get(k));
        }
        out.sort(order);
        return out;
    }

    /** The page {@code request} asks for of the values an index holds under {@code key}, in {@code order}. */
    public synchronized Page<V> page(Index<V> index, Object key, Comparator<? super V> order, PageRequest request) {
        java.util.Set<Object> ids = index.entries.getOrDefault(key, java.util.Set.of());
        List<V> under = new ArrayList<>(ids.size());
        for (Object k : ids) {
            under.add(values.get(k));
        }
        return select(under, v -> true, order, request);
    }

    /** The page {@code request} asks for of the values that pass {@code filter}, in {@code order}. */
    public synchronized Page<V> pageWhere(Predicate<? super V> filter, Comparator<? super V> order,
                                          PageRequest request) {
        return select(values.values(), filter, order, request);
    }

    /**
     * One pass over {@code candidates} keeping the first {@code offset + limit} in {@code order} in a bounded heap:
     * O(n log(offset + limit)) instead of sorting all n, and the total counted on the way.
     */
    private static <V> Page<V> select(Iterable<V> candidates, Predicate<? super V> filter,
                                      Comparator<? super V> order, PageRequest request) {
        long keep = request.end();
        PriorityQueue<V> best = new PriorityQueue<>(order.reversed());
        long total = 0;
        for (V v : candidates) {
            if (!filter.test(v)) {
                continue;
            }
            total++;
            if (best.size() < keep) {
                best.add(v);
            } else if (order.compare(v, best.peek()) < 0) {
                best.poll();
                best.add(v);
            }
        }
        List<V> first = new ArrayList<>(best);
        first.sort(order);
        int from = Math.min(request.offset(), first.size());
        return new Page<>(first.subList(from, first.size()), request, total);
    }

    /** A secondary index of a store: key → ids of the values under it. */
    public static final class Index<V> {
        private final Function<V, ? extends java.util.Collection<?>> keys;
        private final Map<Object, java.util.Set<Object>> entries = new java.util.HashMap<>();

        private Index(Function<V, ? extends java.util.Collection<?>> keys) {
            this.keys = keys;
        }

        private void remove(V value, Object id) {
            for (Object k : keys.apply(value)) {
                java.util.Set<Object> ids = entries.get(k);
                if (ids != null) {
                    ids.remove(id);
                    if (ids.isEmpty()) {
                        entries.remove(k);
                    }
                }
            }
        }

        private void add(V value, Object id) {
            for (Object k : keys.apply(value)) {
                entries.computeIfAbsent(k, x -> new java.util.LinkedHashSet<>()).add(id);
            }
        }
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
        for (Index<V> index : indexes) {
            if (stored != null) {
                index.remove(stored, key);
            }
            index.add(value, key);
        }
        values.put(key, value);
    }
}
