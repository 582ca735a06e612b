package vn.ktgs.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.VietnameseOrder;
import vn.ktgs.document.Disseminations;
import vn.ktgs.document.DocumentId;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;

/**
 * Chấm điểm công tác kiểm tra, giám sát (S7): scores every cell below a committee for a year under a criteria
 * set — indicators from the records, points and levels with their explanation, gates, the quota within the
 * committee — and checks the committee's own targets. Reads only.
 */
public final class ScoringService {

    private final OrganisationService organisations;
    private final YearRecords records;
    private final Disseminations disseminations;
    private final IndicatorCalculator calculator;
    private final Clock clock;

    public ScoringService(OrganisationService organisations, YearRecords records, Disseminations disseminations,
                          IndicatorCalculator calculator, Clock clock) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.records = Objects.requireNonNull(records, "records");
        this.disseminations = Objects.requireNonNull(disseminations, "disseminations");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Scores the cells below {@code committee} for {@code year}, today.
     *
     * @param governingDocuments the documents whose dissemination counts (for example 02-NQ/ĐU and 65-KH/ĐU);
     *     a member is reached when they attended a session on each by 31 December; empty: not applicable
     * @throws vn.ktgs.common.NotFoundException when the committee does not exist
     * @throws vn.ktgs.common.RejectedException when the criteria set is not sound
     */
    public CommitteeScores score(OrganisationId committee, int year, CriteriaSet set,
                                 List<DocumentId> governingDocuments) {
        Organisation root = organisations.organisation(committee);
        LocalDate asOf = LocalDate.now(clock);
        List<CellRecords> cells = records.cellsOf(committee, year);
        return score(root, cells, year, asOf, set, reached(disseminations, governingDocuments, year, cells));
    }

    /**
     * Scores records already loaded (by an adapter's set-based query, or a benchmark): the same computation
     * as {@link #score(OrganisationId, int, CriteriaSet, List)}, with a {@link Scorer} made once for many committees.
     *
     * @param reached members reached by every governing document, or {@code null} when none counts; only the
     *     committee's people are looked up in it, so a host scoring committee by committee may pass each
     *     committee's reached members rather than the whole country's (a set of hundreds stays in the processor's
     *     cache; in a profile of the national benchmark with one set of 5.7 million, 57% of the samples were in
     *     those lookups)
     */
    public static CommitteeScores score(Organisation committee, List<CellRecords> cells, int year, LocalDate asOf,
                                        Scorer scorer, @Nullable Set<MemberId> reached,
                                        IndicatorCalculator calculator) {
        CriteriaSet set = scorer.criteriaSet();
        List<CellRecords> ordered = inVietnameseOrder(cells);
        List<Scorecard> cards = new ArrayList<>(ordered.size());
        Workspace ws = new Workspace();
        for (CellRecords c : ordered) {
            Map<Indicator, IndicatorValue> values = calculator.cell(c, year, asOf, reached, ws);
            cards.add(scorer.score(new Scorer.Subject(c.cell().id(), c.cell().code(), c.cell().name()), year,
                    values));
        }
        List<Scorecard> after = scorer.applyQuota(cards);
        Map<Indicator, IndicatorValue> own = ws.committee.values();
        List<TargetCheck> targets = set.targets().stream()
                .map(t -> new TargetCheck(t, own.get(t.indicator()), t.metBy(own.get(t.indicator())))).toList();
        return new CommitteeScores(committee.id(), committee.code(), committee.name(), year, asOf, set.id(),
                set.version(), after, List.copyOf(own.values()), targets);
    }

    private static final java.util.Comparator<CellRecords> BY_CODE = VietnameseOrder.by(c -> c.cell().code());

    /** The cells by code in Vietnamese order ({@link VietnameseOrder}), as every table of a committee's cells is read. */
    static List<CellRecords> inVietnameseOrder(List<CellRecords> cells) {
        if (cells.size() < 2) {
            return cells;
        }
        List<CellRecords> out = new ArrayList<>(cells);
        out.sort(BY_CODE);
        return out;
    }

    private CommitteeScores score(Organisation root, List<CellRecords> cells, int year, LocalDate asOf,
                                  CriteriaSet set, @Nullable Set<MemberId> reached) {
        return score(root, cells, year, asOf, new Scorer(set), reached, calculator);
    }

    /**
     * The committee's people who attended a session on every document by 31 December (in any cell), or
     * {@code null} when no document counts. Only the committee's people are asked about, so a committee's scoring
     * does not read the sessions of the whole country.
     */
    static @Nullable Set<MemberId> reached(Disseminations disseminations, List<DocumentId> documents, int year,
                                           List<CellRecords> cells) {
        if (documents.isEmpty()) {
            return null;
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Set<MemberId> reached = new HashSet<>();
        for (CellRecords c : cells) {
            for (Member m : c.people()) {
                reached.add(m.id());
            }
        }
        for (DocumentId d : documents) {
            reached = disseminations.attendedAmong(d, yearEnd, reached);
        }
        return reached;
    }
}
