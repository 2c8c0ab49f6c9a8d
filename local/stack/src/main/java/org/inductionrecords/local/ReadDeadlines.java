package org.inductionrecords.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A JDK HttpServer's executor that bounds how long a client may take to send its request, so that slow clients
 * cannot hold up anyone else.
 *
 * <p>The JDK server reads a request's line and headers on an executor thread before any handler runs, and has no
 * per-server read timeout: {@code sun.net.httpserver.maxReqTime} is JVM-wide, read once when the first server in
 * the JVM is made (it does nothing when set later), and counts time spent queued for a thread, so under a flood it
 * also cuts off the requests waiting behind the slow ones. Here instead every request gets a thread at once (a slow
 * client never makes another wait), and a timer interrupts the thread of a request whose headers take longer than
 * {@link #HEADERS} or whose body takes longer than {@link #bodyAllowance}: interrupting a thread blocked on a
 * socket channel closes the channel ({@link java.nio.channels.InterruptibleChannel}), which frees the thread and
 * drops the slow connection. The handler ends each phase with {@link #headersRead} and {@link #body}.
 */
final class ReadDeadlines implements Executor, AutoCloseable {

    /** Request line and headers: a client on this machine or a LAN sends them in milliseconds. */
    static final Duration HEADERS = Duration.ofSeconds(5);
    /** A body gets this much, plus a second per {@link #BODY_BYTES_PER_SECOND} of its declared length. */
    static final Duration BODY_BASE = Duration.ofSeconds(5);
    /** The slowest upload accepted: a 10 MB body (API Gateway's limit) may take 15 s. */
    static final long BODY_BYTES_PER_SECOND = 1024 * 1024;

    /** Thrown by {@link #body} when the body's deadline passed; the connection is closed, no answer is possible. */
    static final class TooSlow extends IOException {
        TooSlow() {
            super("the client did not send the request body in time");
        }
    }

    private final ExecutorService threads;
    private final ScheduledThreadPoolExecutor timer;
    private final ThreadLocal<Reading> current = new ThreadLocal<>();

    ReadDeadlines(String name) {
        threads = Executors.newCachedThreadPool(Threads.named(name + "-request"));
        timer = new ScheduledThreadPoolExecutor(1, Threads.named(name + "-deadline"));
        timer.setRemoveOnCancelPolicy(true);   // nearly every deadline is cancelled: do not keep them queued
    }

    /** Runs the server's exchange (reading the request, then the handler) on a thread of its own. */
    @Override
    public void execute(Runnable exchange) {
        threads.execute(() -> {
            Reading reading = new Reading(Thread.currentThread());
            current.set(reading);
            reading.start(Phase.HEADERS, HEADERS);
            try {
                exchange.run();
            } finally {
                reading.end();
                current.remove();
                Thread.interrupted();   // a deadline that fired as the exchange ended must not reach the next one
            }
        });
    }

    /**
     * Called first by the handler: the headers are in. False when their deadline passed first: the connection is
     * then closed here, and the handler must not answer.
     */
    boolean headersRead(HttpExchange exchange) {
        Reading reading = current.get();
        if (reading == null || reading.end()) {
            return true;
        }
        exchange.close();
        return false;
    }

    /** The request body, at most {@code limit} bytes (see {@link HttpBodies#read}), read under its deadline. */
    byte[] body(HttpExchange exchange, long limit) throws IOException {
        Reading reading = current.get();
        if (reading == null) {
            return HttpBodies.read(exchange, limit);
        }
        reading.start(Phase.BODY, bodyAllowance(declaredLength(exchange, limit)));
        boolean inTime = false;
        try {
            byte[] body = HttpBodies.read(exchange, limit);
            inTime = reading.end();
            return body;
        } finally {
            if (!inTime && !reading.end()) {
                exchange.close();
                throw new TooSlow();   // the read failed (or finished) because the deadline closed the channel
            }
        }
    }

    /** {@link #BODY_BASE} plus a second per {@link #BODY_BYTES_PER_SECOND}. */
    static Duration bodyAllowance(long bytes) {
        return BODY_BASE.plusMillis(bytes * 1000 / BODY_BYTES_PER_SECOND);
    }

    /** The declared length, or the limit for a chunked body; a refused body is discarded up to a bound too. */
    private static long declaredLength(HttpExchange exchange, long limit) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            long length = declared == null ? limit : Long.parseLong(declared.strip());
            return Math.max(0, Math.min(length, limit + HttpBodies.DISCARD_LIMIT));
        } catch (NumberFormatException e) {
            return limit;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        threads.shutdownNow();
    }

    private enum Phase { HEADERS, BODY, HANDLING, TOO_SLOW }

    /** One request's reading: its phase and the deadline of that phase, on the request's own thread. */
    private final class Reading {
        private final Thread thread;
        private Phase phase = Phase.HANDLING;   // guarded by this
        private ScheduledFuture<?> deadline;

        Reading(Thread thread) {
            this.thread = thread;
        }

        synchronized void start(Phase next, Duration allowance) {
            phase = next;
            deadline = timer.schedule(() -> expire(next), allowance.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The interrupt happens under the lock, so {@link #end} sees either no deadline or its interrupt. */
        private synchronized void expire(Phase expected) {
            if (phase == expected) {
                phase = Phase.TOO_SLOW;
                thread.interrupt();
            }
        }

        /** Ends the phase; false (and the interrupt cleared) when its deadline passed first. */
        synchronized boolean end() {
            if (deadline != null) {
                deadline.cancel(false);
                deadline = null;
            }
            if (phase == Phase.TOO_SLOW) {
                Thread.interrupted();
                return false;
            }
            phase = Phase.HANDLING;
            return true;
        }
    }
}
