package org.warmintro.benchmarks.load;

import java.util.concurrent.CompletionStage;

/**
 * One unit of work of a load: a request, a transaction, a record sent. It completes when its answer is in, and
 * completes exceptionally when the answer is not the expected one.
 */
@FunctionalInterface
public interface Operation {

    CompletionStage<?> start();
}
