package vn.ktgs.followup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.ktgs.organisation.OrganisationId;

/** {@link SentNotices} in memory, for embedding and tests. Thread-safe. */
public final class InMemorySentNotices implements SentNotices {

    private static final Comparator<SentNotice> ORDER = Comparator.comparing(SentNotice::sentOn)
            .thenComparing(n -> n.key().toString()).thenComparingInt(SentNotice::step);

    /** Per item, its notices by step. */
    private final Map<OverdueKey, TreeMap<Integer, SentNotice>> byItem = new ConcurrentHashMap<>();

    @Override
    public boolean record(SentNotice notice) {
        boolean[] added = {false};
        byItem.compute(notice.key(), (k, steps) -> {
            TreeMap<Integer, SentNotice> next = steps == null ? new TreeMap<>() : steps;
            if (!next.containsKey(notice.step())) {
                next.put(notice.step(), notice);
                added[0] = true;
            }
            return next;
        });
        return added[0];
    }

    @Override
    public void forget(OverdueKey key, int step) {
        byItem.computeIfPresent(key, (k, steps) -> {
            steps.remove(step);
            return steps.isEmpty() ? null : steps;
        });
    }

    @Override
    public List<SentNotice> ofItem(OverdueKey key) {
        List<SentNotice> out = new ArrayList<>();
        byItem.computeIfPresent(key, (k, steps) -> {
            out.addAll(steps.values());
            return steps;
        });
        return List.copyOf(out);
    }

    @Override
    public List<SentNotice> ofOrganisation(OrganisationId organisation) {
        List<SentNotice> out = new ArrayList<>();
        for (OverdueKey k : byItem.keySet()) {
            for (SentNotice n : ofItem(k)) {
                if (n.organisation().equals(organisation)) {
                    out.add(n);
                }
            }
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    @Override
    public Map<OverdueKey, Integer> highestSteps(Collection<OverdueKey> keys) {
        Map<OverdueKey, Integer> out = new HashMap<>();
        for (OverdueKey k : keys) {
            List<SentNotice> sent = ofItem(k);
            if (!sent.isEmpty()) {
                out.put(k, sent.get(sent.size() - 1).step());
            }
        }
        return out;
    }
}
