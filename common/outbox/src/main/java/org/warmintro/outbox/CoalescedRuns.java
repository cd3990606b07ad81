package org.warmintro.outbox;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a task when asked, one run at a time. A request that comes while the task runs makes that run go round once
 * more rather than start another or be lost: a burst of requests costs a run or two, not one each.
 */
public final class CoalescedRuns {

    private final Runnable task;
    private final Executor executor;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopped;

    public CoalescedRuns(Runnable task, Executor executor) {
        this.task = task;
        this.executor = executor;
    }

    /** Asks for a run on the executor; returns at once. */
    public void request() {
        requested.set(true);
        executor.execute(this::runWhileRequested);
    }

    /**
     * Runs on the caller's thread, unless a run is under way on another: then returns at once, and that run goes round
     * again.
     */
    public void runNow() {
        requested.set(true);
        runWhileRequested();
    }

    private void runWhileRequested() {
        while (requested.get() && !stopped && running.tryLock()) {
            try {
                requested.set(false);
                task.run();
            } finally {
                running.unlock();
            }
        }
    }

    /**
     * No run starts any more; waits up to {@code wait} for the one under way to end.
     *
     * @return whether no run was left under way
     */
    public boolean stop(Duration wait) throws InterruptedException {
        stopped = true;
        if (running.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            running.unlock();
            return true;
        }
        return false;
    }

    /** Whether {@link #stop} was called: a run under way ends at its next step. */
    public boolean stopped() {
        return stopped;
    }
}
