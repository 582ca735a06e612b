package vn.ktgs.spring;

import java.time.Duration;

/**
 * Đo thời gian: where the starter reports how long the library's work took. The starter's implementation records
 * Micrometer timers ({@link #IMPORT}, {@link #SCORING}) when the application has a {@code MeterRegistry}; without
 * one it records nothing ({@link #none()}).
 */
public interface KtgsMetrics {

    /** Timer of each dataset import, tagged {@code outcome}: {@code written}, {@code unchanged}, {@code failed}. */
    String IMPORT = "ktgs.import";
    /**
     * Timer of each scoring request served by the REST API (dashboards and scorecards: loading the committee's year
     * and scoring it), tagged {@code operation} (the resource method) and {@code status} (the HTTP status).
     */
    String SCORING = "ktgs.scoring";

    /** One dataset import took {@code time}. */
    void imported(String outcome, Duration time);

    /** One scoring request took {@code time}. */
    void scored(String operation, int status, Duration time);

    /** Records nothing. */
    static KtgsMetrics none() {
        return new KtgsMetrics() {
            @Override
            public void imported(String outcome, Duration time) {
            }

            @Override
            public void scored(String operation, int status, Duration time) {
            }
        };
    }
}
