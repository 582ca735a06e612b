package vn.ktgs.rest.internal.jetty;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jersey logs at SEVERE, with a stack trace, every answer it could not finish writing because the client had gone
 * (a broken pipe, a reset): a client's doing, not a server error. The runner replaces those records by one WARN
 * line a minute at most, counting the ones it held back; every other record of that logger is left as it is.
 */
public final class ClientGoneLog implements Filter {

    /** Jersey's logger of response writing. */
    static final String JERSEY_RESPONDER = "org.glassfish.jersey.server.ServerRuntime$Responder";
    private static final long QUIET_NANOS = 60_000_000_000L;
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ClientGoneLog.class);
    /** Held by the class so that JUL, which keeps loggers weakly, does not lose the filter. */
    private static final Logger RESPONDER = Logger.getLogger(JERSEY_RESPONDER);

    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - QUIET_NANOS);
    private final AtomicLong held = new AtomicLong();

    private ClientGoneLog() {
    }

    /** Installs the filter on Jersey's logger, once, unless the host set a filter of its own there. */
    public static synchronized void install() {
        if (RESPONDER.getFilter() == null) {
            RESPONDER.setFilter(new ClientGoneLog());
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() < Level.WARNING.intValue() || !isClientGone(record.getThrown())) {
            return true;
        }
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= QUIET_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warn("a client closed its connection before its answer was written ({}; {} more held back)",
                    record.getThrown().toString(), held.getAndSet(0));
        } else {
            held.incrementAndGet();
        }
        return false;
    }

    private static boolean isClientGone(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
