package vn.ktgs.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Đồng hồ của kịch bản: a {@link Clock} standing on one day in the library's calendar (Asia/Ho_Chi_Minh, each day
 * read as 09:00) that a test or a scenario moves by hand, so that records of a past year are entered "on their
 * day" and the library's "not in the future", deadline and lateness rules apply as they would have then.
 *
 * <pre>{@code
 * MovableClock clock = new MovableClock(LocalDate.of(2025, 1, 10));
 * Ktgs ktgs = Ktgs.builder(Ports.inMemory(), validator, clock).build();
 * clock.set(LocalDate.of(2025, 4, 8));   // every "today" of the library is now 8 April 2025
 * }</pre>
 *
 * <p>Safe to read from several threads (a live server's) while one moves it.
 */
public final class MovableClock extends Clock {

    /** The library's calendar. */
    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile LocalDate today;

    /** A clock standing on {@code today}. */
    public MovableClock(LocalDate today) {
        this.today = Objects.requireNonNull(today, "today");
    }

    /** Moves the clock to {@code day}, forward or back. */
    public void set(LocalDate day) {
        this.today = Objects.requireNonNull(day, "day");
    }

    /** The day the clock stands on. */
    public LocalDate today() {
        return today;
    }

    /** Always {@link #HANOI}. */
    @Override
    public ZoneId getZone() {
        return HANOI;
    }

    /** A fixed clock at this clock's present instant in {@code zone}: it does not move with this one. */
    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** 09:00 on {@link #today()} in Hanoi. */
    @Override
    public Instant instant() {
        return today.atTime(9, 0).atZone(HANOI).toInstant();
    }
}
