package vn.ktgs.activity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Phối hợp (S5): the work was coordinated with the agency's inspection or a mass organisation.
 *
 * @param partnerName the partner's name as the unit calls it, for example {@code Công đoàn Văn phòng}
 */
public record Coordination(CoordinationPartner partner, String partnerName, LocalDate on, String note) {
    public Coordination {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(partnerName, "partnerName");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(note, "note");
    }
}
