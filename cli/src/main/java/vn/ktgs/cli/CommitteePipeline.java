package vn.ktgs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Ủy ban song song: the committees of a bundle worked on by a few threads while the next one is read, their lines
 * printed in the file's order. Each committee's work writes into its own buffers ({@link #out()} / {@link #err()} on
 * the worker's thread); the thread that reads the file prints a committee's buffers once it and every committee
 * before it are done, so the output is the same, byte for byte, as one thread's.
 *
 * <p>Bounded: at most {@code threads + 1} committees are held at once (those being worked on and the one waiting);
 * the reading thread waits for the oldest before it hands on another.
 */
final class CommitteePipeline implements AutoCloseable {

    /** What a committee's work printed on stdout and on stderr. */
    record Printed(String out, String err) {
    }

    /** One committee's work, run on a worker thread with its own buffers. */
    @FunctionalInterface
    interface Task {
        void run();
    }

    private static final ThreadLocal<PrintWriter[]> BUFFERS = new ThreadLocal<>();

    private final int threads;
    private final ExecutorService pool;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final Consumer<Printed> print;

    private record Pending(Future<Printed> result, Runnable after) {
    }

    /** @param print told, on the reading thread and in the file's order, what each committee printed */
    CommitteePipeline(int threads, Consumer<Printed> print) {
        this.threads = threads;
        this.print = print;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ktgs-committee-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The writer a committee's work prints its lines to on this thread, or {@code null} outside the pipeline. */
    static PrintWriter out() {
        PrintWriter[] b = BUFFERS.get();
        return b == null ? null : b[0];
    }

    /** The writer for a committee's errors on this thread, or {@code null} outside the pipeline. */
    static PrintWriter err() {
        PrintWriter[] b = BUFFERS.get();
        return b == null ? null : b[1];
    }

    /**
     * Hands a committee's work to a worker; {@code after} runs on this thread once its lines are printed. Prints
     * what is done at the head, and waits for the oldest while too many are held.
     */
    void submit(Task task, Runnable after) {
        pending.add(new Pending(pool.submit(() -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            BUFFERS.set(new PrintWriter[] {new PrintWriter(out), new PrintWriter(err)});
            try {
                task.run();
            } finally {
                BUFFERS.remove();
            }
            return new Printed(out.toString(), err.toString());
        }), after));
        while (!pending.isEmpty() && (pending.size() > threads || pending.peek().result().isDone())) {
            printHead();
        }
    }

    /** Prints every committee still pending, in order. */
    void finish() {
        while (!pending.isEmpty()) {
            printHead();
        }
    }

    private void printHead() {
        Pending head = pending.poll();
        Printed printed;
        try {
            printed = head.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            pending.forEach(p -> p.result().cancel(true));
            pending.clear();
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error x) {
                throw x;
            }
            throw new IllegalStateException(e.getCause());
        }
        print.accept(printed);
        head.after().run();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
