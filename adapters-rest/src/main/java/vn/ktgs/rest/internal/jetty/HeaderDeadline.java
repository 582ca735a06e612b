package vn.ktgs.rest.internal.jetty;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * A deadline for a new connection's request headers (as Go's {@code ReadHeaderTimeout}): a connection that has
 * not sent the whole head of its first request within the timeout is closed, even if it keeps sending a byte now and
 * then (which the idle timeout alone lets through). Jetty reads headers without a thread, so such a client holds a
 * connection, not a worker; this bounds how long. Later requests on a kept-alive connection are bounded by the idle
 * timeout and the 16 KiB header limit.
 */
public final class HeaderDeadline implements Connection.Listener {

    private final Scheduler scheduler;
    private final Duration timeout;
    private final Map<Connection, Scheduler.Task> pending = new ConcurrentHashMap<>();

    public HeaderDeadline(Scheduler scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    @Override
    public void onOpened(Connection connection) {
        pending.put(connection, scheduler.schedule(() -> {
            if (pending.remove(connection) != null) {
                connection.getEndPoint().close();
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void onClosed(Connection connection) {
        Scheduler.Task task = pending.remove(connection);
        if (task != null) {
            task.cancel();
        }
    }

    /** The head of a request on its connection has come: the deadline no longer applies. */
    void received(Request request) {
        Scheduler.Task task = pending.remove(request.getConnectionMetaData().getConnection());
        if (task != null) {
            task.cancel();
        }
    }
}
