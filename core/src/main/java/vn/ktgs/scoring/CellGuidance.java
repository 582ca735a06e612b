package vn.ktgs.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ktgs.organisation.OrganisationId;

/**
 * Chi bộ còn cần gì: for one cell on one day of the year, its projected scorecard (the records as they stand,
 * scored as on 31 December if nothing more is done) and the least further work that raises it to each higher
 * level, or why that level is out of reach.
 *
 * @param projected the scorecard if nothing more is done, after the gates and the quota among the committee's cells
 * @param paths one per level above the projected one, the next level first
 */
public record CellGuidance(OrganisationId organisation, String code, String name, int year, LocalDate on,
                           String criteriaSetId, int criteriaSetVersion, Scorecard projected, List<LevelPath> paths) {

    public CellGuidance {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(projected, "projected");
        paths = List.copyOf(paths);
    }

    /** The path to {@code level}, if it is above the projected level. */
    public Optional<LevelPath> path(Level level) {
        return paths.stream().filter(p -> p.level() == level).findFirst();
    }
}
