package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.DateRange;

/**
 * Bộ tiêu chí: a versioned, data-defined set of criteria that scores the KT-GS work of one organisation in one
 * year, with gates that cap the level, level thresholds and a quota. Built from data (see the JSON adapter);
 * {@link CriteriaSetRules#check(CriteriaSet)} says whether a set is sound before it is used.
 *
 * @param id stable id, for example {@code ktgs-default-65-KH}
 * @param version the set's own version; a host's edit is a new version
 * @param schemaVersion the version of the data format
 * @param inForce the days on which the set applies
 * @param legalReferences document numbers the set rests on
 * @param isDefault true for a shipped default meant to be replaced by a province's own set
 * @param quota the quota rule, or {@code null} for none
 * @param targets the committee's own targets over its cells (for example 100% of cells with a plan)
 */
public record CriteriaSet(
        String id,
        int version,
        int schemaVersion,
        DateRange inForce,
        List<String> legalReferences,
        LocalisedText label,
        boolean isDefault,
        List<Criterion> criteria,
        NotApplicable notApplicable,
        List<Gate> gates,
        Thresholds thresholds,
        @Nullable Quota quota,
        List<CommitteeTarget> targets) {

    public CriteriaSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(inForce, "inForce");
        legalReferences = List.copyOf(legalReferences);
        Objects.requireNonNull(label, "label");
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(notApplicable, "notApplicable");
        gates = List.copyOf(gates);
        Objects.requireNonNull(thresholds, "thresholds");
        targets = List.copyOf(targets);
    }

    /** The most points the set gives: the sum of its criteria's maxima. */
    public BigDecimal maxPoints() {
        return criteria.stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean inForceOn(LocalDate day) {
        return inForce.contains(day);
    }

    public Optional<Quota> quotaRule() {
        return Optional.ofNullable(quota);
    }

    public Optional<Criterion> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    /** {@code id v version}. */
    public String reference() {
        return id + " v" + version;
    }
}
