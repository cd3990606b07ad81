package org.warmintro.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {

    private static final long START = 1_000_000_000L;

    @Test
    void operationsAreMeantToStartEvenlyAtTheRate() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(START, 2_000);

        assertThat(schedule.intendedStart(0)).isEqualTo(START);
        assertThat(schedule.intendedStart(1)).isEqualTo(START + 500_000);
        assertThat(schedule.intendedStart(2_000)).isEqualTo(START + 1_000_000_000);
    }

    @Test
    void aSenderThatStalledOwesEveryOperationOfTheStallEachWithItsOwnIntendedStart() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(START, 1_000);
        long afterAStallOf100Ms = START + 100_000_000;

        assertThat(schedule.dueBy(afterAStallOf100Ms)).as("none skipped: the load stays at the rate").isEqualTo(101);
        assertThat(afterAStallOf100Ms - schedule.intendedStart(0))
                .as("the first one's latency counts the whole stall").isEqualTo(100_000_000);
    }

    @Test
    void nothingIsDueBeforeTheStart() {
        assertThat(new OpenLoopSchedule(START, 1_000).dueBy(START - 1)).isZero();
    }
}
