package vn.ktgs.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock a scenario moves forward by hand, so that every record of a past year is entered "on its day" and
 * the library's "not in the future" and lateness rules apply as they would have then. Time zone
 * Asia/Ho_Chi_Minh; each day reads as 09:00.
 */
public final class ScenarioClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile LocalDate today;

    public ScenarioClock(LocalDate today) {
        this.today = today;
    }

    /** Moves the clock to {@code day} (forward or back). */
    public void set(LocalDate day) {
        this.today = day;
    }

    public LocalDate today() {
        return today;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return today.atTime(9, 0).atZone(ZONE).toInstant();
    }
}
