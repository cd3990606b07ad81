package org.warmintro.notification;

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
 * Every line the application logs at INFO or above while attached, from every thread, with the stack traces: what
 * an operator's log collector would keep.
 */
public final class CapturedLogs extends Handler {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    public static CapturedLogs attach() {
        CapturedLogs logs = new CapturedLogs();
        logs.setLevel(Level.INFO);
        Logger.getLogger("").addHandler(logs);
        return logs;
    }

    public void detach() {
        Logger.getLogger("").removeHandler(this);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String message = record instanceof ExtLogRecord extended
                ? extended.getFormattedMessage()
                : new SimpleFormatter().formatMessage(record);
        StringWriter line = new StringWriter().append(record.getLoggerName()).append(": ").append(message);
        if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(line));
        }
        lines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
