package vn.ktgs.activity;

import java.time.LocalDate;
import java.util.Objects;

/** A step reached on a day, with an optional note (empty string when none). */
public record StageRecord(Stage stage, LocalDate on, String note) {
    public StageRecord {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(note, "note");
    }
}
