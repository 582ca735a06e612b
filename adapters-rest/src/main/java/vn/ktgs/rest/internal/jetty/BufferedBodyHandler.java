package vn.ktgs.rest.internal.jetty;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;

/**
 * Reads a request's body before the application is called, with Jetty's asynchronous content API: while a client is
 * slow to send its body, no worker thread waits for it (Jersey's container reads the body with a blocking stream
 * on the worker that handles the request). The application is called once the whole body is here, or once more than
 * {@code limit} bytes have come (the adapter then drains the rest and answers 413), or when the client's input ended
 * early or failed (the adapter answers 400). A body that has not all arrived {@code timeout} after the request's
 * headers is answered 408 and its connection closed; a connection idle longer than the connector's idle timeout is
 * closed by Jetty itself.
 */
public final class BufferedBodyHandler extends Handler.Wrapper {

    private final int limit;
    private final Duration timeout;
    private final HeaderDeadline headers;

    public BufferedBodyHandler(int limit, Duration timeout, HeaderDeadline headers, Handler next) {
        super(next);
        this.limit = limit;
        this.timeout = timeout;
        this.headers = headers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.received(request);
        new Reading(request, response, callback).start();
        return true;
    }

    /** One request's body being read. */
    private final class Reading implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final AtomicBoolean decided = new AtomicBoolean();
        private Scheduler.@Nullable Task deadline;

        Reading(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(this::expire, timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            read(true);
        }

        /** Called back by Jetty when more of the body has come. */
        @Override
        public void run() {
            read(false);
        }

        /**
         * Reads what has come; asks to be called again when more comes. {@code inHandle}: called from
         * {@link BufferedBodyHandler#handle}, whose thread may go on to run the application; called back on
         * demand, the application runs on another thread, since the application may read on (the rest of an
         * oversized body) and Jetty calls the next demand back only once this call has returned.
         */
        private void read(boolean inHandle) {
            while (true) {
                if (decided.get()) {
                    return;
                }
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    if (chunk.getFailure() instanceof TimeoutException) {
                        expire();
                    } else {
                        dispatch(chunk, false, inHandle);
                    }
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                body.write(copy, 0, copy.length);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    dispatch(null, true, inHandle);
                    return;
                }
                if (body.size() > limit) {
                    dispatch(null, false, inHandle);
                    return;
                }
            }
        }

        /** The body took longer than the timeout: 408, and the connection closes. */
        private void expire() {
            if (decided.compareAndSet(false, true)) {
                Response.writeError(request, response, callback, HttpStatus.REQUEST_TIMEOUT_408);
            }
        }

        /**
         * Calls the application with a request whose content is what was read, then {@code failure} or the end, or
         * (when neither) the rest as it comes.
         */
        private void dispatch(Content.@Nullable Chunk failure, boolean complete, boolean inHandle) {
            if (!decided.compareAndSet(false, true)) {
                return;
            }
            if (deadline != null) {
                deadline.cancel();
            }
            Request buffered = new Buffered(request, body.toByteArray(), failure, complete);
            if (inHandle) {
                handleNow(buffered);
            } else {
                request.getContext().execute(() -> handleNow(buffered));
            }
        }

        private void handleNow(Request buffered) {
            try {
                if (!getHandler().handle(buffered, response, callback)) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable t) {
                callback.failed(t);
            }
        }
    }

    /** A request whose content starts with the bytes already read. */
    private static final class Buffered extends Request.Wrapper {
        private final byte[] prefix;
        private final Content.@Nullable Chunk failure;
        private final boolean complete;
        private boolean served;

        Buffered(Request request, byte[] prefix, Content.@Nullable Chunk failure, boolean complete) {
            super(request);
            this.prefix = prefix;
            this.failure = failure;
            this.complete = complete;
        }

        @Override
        public Content.@Nullable Chunk read() {
            synchronized (this) {
                if (!served) {
                    served = true;
                    if (prefix.length > 0 || (complete && failure == null)) {
                        return Content.Chunk.from(ByteBuffer.wrap(prefix), complete && failure == null);
                    }
                }
            }
            if (failure != null) {
                return failure;
            }
            return complete ? Content.Chunk.EOF : super.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            boolean ready;
            synchronized (this) {
                ready = !served || failure != null || complete;
            }
            if (ready) {
                getContext().execute(demandCallback);
            } else {
                super.demand(demandCallback);
            }
        }
    }
}
