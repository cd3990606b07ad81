package org.warmintro.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Every log record the service writes while it is open, as the levels enabled by default let through: the message
 * with its parameters, and the stack trace with the messages of every cause.
 */
public final class CapturedLogs extends Handler implements AutoCloseable {

    private static final List<String> TEST_SERVERS = List.of("io.zonky.test.db.postgres", "com.icegreen.greenmail",
            "org.testcontainers", "tc.", "com.github.dockerjava");

    private final List<Captured> records = new CopyOnWriteArrayList<>();

    private record Captured(Level level, String loggerName, String text) {
    }

    private CapturedLogs() {
    }

    public static CapturedLogs start() {
        CapturedLogs logs = new CapturedLogs();
        Logger.getLogger("").addHandler(logs);
        return logs;
    }

    /**
     * The records of the service, without those of the servers the tests run in the same JVM (the PostgreSQL
     * server's own log, which the test infrastructure copies into it, and GreenMail's) or of Testcontainers,
     * which starts them in containers: in production they log elsewhere, under their own settings.
     */
    public List<String> records() {
        return records.stream()
                .filter(record -> record.loggerName() == null
                        || TEST_SERVERS.stream().noneMatch(record.loggerName()::startsWith))
                .map(Captured::text)
                .toList();
    }

    /** The records of the given level or a more severe one, written by loggers under {@code category}. */
    public List<String> records(Level atLeast, String category) {
        return records.stream()
                .filter(record -> record.level().intValue() >= atLeast.intValue())
                .filter(record -> record.loggerName() != null && record.loggerName().startsWith(category))
                .map(Captured::text)
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder()
                .append(record.getLevel()).append(' ').append(record.getLoggerName()).append(' ')
                .append(record instanceof ExtLogRecord extended
                        ? extended.getFormattedMessage()
                        : new SimpleFormatter().formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        records.add(new Captured(record.getLevel(), record.getLoggerName(), text.toString()));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
