package org.warmintro.benchmarks.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives an {@link Operation} for a warm-up, then measures a window of it, in one of two ways:
 *
 * <ul>
 * <li><b>closed loop</b>: a fixed number of operations in flight, each followed by the next as soon as it completes.
 * It finds the highest throughput; its latencies are those of a saturated system.
 * <li><b>open loop</b>: operations started at a fixed rate whatever the answers, each latency counted from the
 * operation's intended start ({@link OpenLoopSchedule}). It gives the latency a caller sees at that rate.
 * </ul>
 *
 * Latencies are kept in HdrHistograms, in microseconds.
 */
public final class LoadGenerator {

    /** An open loop gives up beyond this many operations in flight: the system does not keep up with the rate. */
    private static final int MAX_OUTSTANDING = 50_000;
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final Duration warmup;
    private final Duration measure;

    public LoadGenerator(Duration warmup, Duration measure) {
        this.warmup = warmup;
        this.measure = measure;
    }

    /** The same generator with another measured window, the warm-up kept. */
    public LoadGenerator measuring(Duration window) {
        return new LoadGenerator(warmup, window);
    }

    /** The same generator without warm-up. */
    public LoadGenerator withoutWarmup() {
        return new LoadGenerator(Duration.ZERO, measure);
    }

    public LoadResult closedLoop(Operation operation, int concurrency) {
        Window window = new Window(System.nanoTime() + 1_000_000, warmup, measure);
        AtomicInteger running = new AtomicInteger(concurrency);
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        for (int i = 0; i < concurrency; i++) {
            new ClosedLoopWorker(operation, window, () -> {
                if (running.decrementAndGet() == 0) {
                    stopped.complete(null);
                }
            }).next();
        }
        window.sleepUntilEnd();
        window.stop();
        awaitDrain(stopped);
        return window.result(false);
    }

    public LoadResult openLoop(Operation operation, double ratePerSecond) {
        long start = System.nanoTime() + 1_000_000;
        Window window = new Window(start, warmup, measure);
        OpenLoopSchedule schedule = new OpenLoopSchedule(start, ratePerSecond);
        AtomicInteger outstanding = new AtomicInteger();
        boolean overloaded = false;
        long started = 0;
        sending:
        while (schedule.intendedStart(started) < window.end) {
            long wait = schedule.intendedStart(started) - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            // everything due by now, however far behind the sender fell
            for (long due = schedule.dueBy(System.nanoTime()); started < due; started++) {
                long intended = schedule.intendedStart(started);
                if (intended >= window.end) {
                    break sending;
                }
                if (outstanding.get() >= MAX_OUTSTANDING) {
                    overloaded = true;
                    break sending;
                }
                outstanding.incrementAndGet();
                start(operation).whenComplete((ignored, failure) -> {
                    window.record(intended, System.nanoTime(), failure, true);
                    outstanding.decrementAndGet();
                });
            }
        }
        window.stop();
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        return window.result(overloaded || outstanding.get() > 0);
    }

    private static CompletableFuture<?> start(Operation operation) {
        try {
            return operation.start().toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void awaitDrain(CompletableFuture<Void> stopped) {
        try {
            stopped.get(DRAIN.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            System.err.println("  (operations still in flight " + DRAIN.toSeconds() + " s after the end; left behind)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One of the operations in flight of a closed loop: starts the next as soon as one completes. */
    private static final class ClosedLoopWorker {

        private final Operation operation;
        private final Window window;
        private final Runnable done;

        ClosedLoopWorker(Operation operation, Window window, Runnable done) {
            this.operation = operation;
            this.window = window;
            this.done = done;
        }

        void next() {
            // an operation that completes at once (a refused connection) loops here rather than recursing
            while (!window.stopped()) {
                long started = System.nanoTime();
                CompletableFuture<?> completion = start(operation);
                if (!completion.isDone()) {
                    completion.whenComplete((ignored, failure) -> {
                        window.record(started, System.nanoTime(), failure, false);
                        next();
                    });
                    return;
                }
                window.record(started, System.nanoTime(), failureOf(completion), false);
            }
            done.run();
        }

        private static Throwable failureOf(CompletableFuture<?> completion) {
            try {
                completion.join();
                return null;
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                return e;
            }
        }
    }

    /** The warm-up and the measured window after it, and what was recorded in the window. */
    private static final class Window {

        private final long measureStart;
        private final long end;
        private final Recorder latencies = new Recorder(3);
        private final AtomicLong completed = new AtomicLong();
        private final AtomicLong errors = new AtomicLong();
        private final AtomicReference<String> firstError = new AtomicReference<>();
        private volatile boolean stopped;

        Window(long start, Duration warmup, Duration measure) {
            this.measureStart = start + warmup.toNanos();
            this.end = measureStart + measure.toNanos();
        }

        /**
         * @param byStart an open loop counts the operations meant to start in the window, a closed loop those that
         *                completed in it
         */
        void record(long started, long finished, Throwable failure, boolean byStart) {
            long at = byStart ? started : finished;
            if (at < measureStart || at >= end) {
                return;
            }
            if (failure == null) {
                completed.incrementAndGet();
                latencies.recordValue(Math.max(0, (finished - started) / 1000));
            } else {
                errors.incrementAndGet();
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                firstError.compareAndSet(null, cause.toString());
            }
        }

        void sleepUntilEnd() {
            long wait;
            while ((wait = end - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
        }

        boolean stopped() {
            return stopped;
        }

        void stop() {
            stopped = true;
        }

        LoadResult result(boolean overloaded) {
            Histogram histogram = latencies.getIntervalHistogram();
            return new LoadResult(completed.get(), errors.get(), (end - measureStart) / 1e9, histogram,
                    firstError.get(), overloaded);
        }
    }
}
