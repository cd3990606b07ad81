package org.warmintro.outbox;

import java.util.random.RandomGenerator;

/** A draw at one end of the bound it is asked for, so that a jittered wait is known. */
record FixedDraw(boolean highest) implements RandomGenerator {

    /** Draws the longest wait the jitter allows. */
    static final RandomGenerator LONGEST = new FixedDraw(true);
    /** Draws the shortest wait the jitter allows. */
    static final RandomGenerator SHORTEST = new FixedDraw(false);

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("Backoff draws within a bound");
    }

    @Override
    public long nextLong(long bound) {
        return highest ? bound - 1 : 0;
    }
}
