package vn.ktgs.followup;

/**
 * Extension point (SPI): sends a notice of an overdue item to its recipients — by e-mail, into the host's own inbox,
 * as a task in its work list. The core decides what to send and when ({@code Ktgs.followUp().notify(...)}), and
 * remembers what was sent; the host only delivers.
 */
@FunctionalInterface
public interface Notifier {

    /**
     * Sends one notice. Returning normally means it was sent: it is not sent again at that step. An exception means
     * it was not: the notice is forgotten, so that the next run tries again, and the exception ends the run (the
     * notices sent before it stay sent).
     */
    void send(Notice notice);
}
