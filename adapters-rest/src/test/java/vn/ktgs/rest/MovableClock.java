package vn.ktgs.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock the test moves by hand, day by day (Asia/Ho_Chi_Minh, 09:00), like the examples' ScenarioClock. */
final class MovableClock extends Clock {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private volatile LocalDate today;

    MovableClock(LocalDate today) {
        this.today = today;
    }

    void set(LocalDate day) {
        this.today = day;
    }

    LocalDate today() {
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
