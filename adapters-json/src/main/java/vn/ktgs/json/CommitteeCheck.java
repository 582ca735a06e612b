package vn.ktgs.json;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ktgs.Ports;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

/**
 * Kiểm tra trước khi ghi: the one place where a replayed committee's records are checked against the target, across
 * every section, before anything is written. A target that already holds the committee is compared by export
 * (same: nothing to write; different: {@code ktgs.dataset.committeeDiffers}); otherwise what the dataset shares with
 * the committees already stored is matched by {@link SharedRecords}.
 */
final class CommitteeCheck {

    private CommitteeCheck() {
    }

    /**
     * Checks the replayed {@code from} of {@code dataset} against {@code target}.
     *
     * @return the stored ids the writer uses; empty when the target already holds the same committee and year
     * @throws RejectedException with every problem; nothing may be written
     */
    static Optional<StoredIds> check(Dataset dataset, Ports from, Ports target) {
        if (target.organisations().findByCode(dataset.committee()).isPresent()) {
            String stored = DatasetWriter.toJson(asShown(dataset, DatasetExporter.export(target, dataset.committee(),
                    dataset.year(), dataset.asOf(), dataset.governingDocuments())));
            String incoming = DatasetWriter.toJson(DatasetExporter.export(from, dataset.committee(), dataset.year(),
                    dataset.asOf(), dataset.governingDocuments()));
            if (stored.equals(incoming)) {
                return Optional.empty();
            }
            throw new RejectedException(Violation.of("committee", "ktgs.dataset.committeeDiffers", "code",
                    dataset.committee()));
        }
        return Optional.of(SharedRecords.match(dataset, from, target));
    }


    /**
     * The target's export of a stored committee as far as {@code dataset} shows it: without the documents of
     * organisations outside the committee's subtree that the dataset does not list (other committees' datasets may
     * have brought them).
     */
    private static Dataset asShown(Dataset dataset, Dataset stored) {
        Set<String> subtree = SharedRecords.subtreeCodes(dataset);
        Set<String> numbers = new HashSet<>();
        dataset.documents().forEach(x -> numbers.add(x.number()));
        List<Dataset.DocumentEntry> documents = stored.documents().stream()
                .filter(x -> subtree.contains(x.issuer()) || numbers.contains(x.number())).toList();
        return new Dataset(stored.schemaVersion(), stored.committee(), stored.year(), stored.asOf(),
                stored.governingDocuments(), stored.organisations(), stored.members(), stored.memberships(),
                stored.roles(), stored.assignments(), documents, stored.disseminations(), stored.plans(),
                stored.activities(), stored.reports());
    }
}
