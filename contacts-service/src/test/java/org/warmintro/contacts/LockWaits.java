package org.warmintro.contacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import javax.sql.DataSource;

import org.awaitility.Awaitility;

/** Waits until the service's statement is blocked by a lock that a test's own transaction holds. */
public final class LockWaits {

    private LockWaits() {
    }

    public static void awaitAStatementWaitingForALock(DataSource dataSource) {
        awaitAStatementWaitingForALock(dataSource, "true");
    }

    /** @param statementCondition which waiting statements count, as SQL on {@code pg_stat_activity.query} */
    public static void awaitAStatementWaitingForALock(DataSource dataSource, String statementCondition) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement("select count(*) from pg_stat_activity"
                            + " where wait_event_type = 'Lock' and datname = current_database() and ("
                            + statementCondition + ")");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        });
    }
}
