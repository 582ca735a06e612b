package vn.ktgs.json;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The replay's clock: moved by hand to each record's day (09:00, Asia/Ho_Chi_Minh). */
final class ReplayClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile LocalDate today;

    ReplayClock(LocalDate today) {
        this.today = today;
    }

    void set(LocalDate day) {
        today = day;
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
