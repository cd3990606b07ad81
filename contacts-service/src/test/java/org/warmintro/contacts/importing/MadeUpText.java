package org.warmintro.contacts.importing;

import java.io.Reader;
import java.util.function.IntFunction;

/**
 * A long file made up line by line as it is read, which tells how far it was read: a reader that keeps to one entry
 * at a time has read little of it when its first entry comes out.
 */
final class MadeUpText extends Reader {

    private final IntFunction<String> line;
    private final int lines;
    private String pending;
    private int position;
    private int linesMadeUp;
    private long read;

    /** {@code head}, then {@code lines} lines made up by {@code line} from their index. */
    MadeUpText(String head, IntFunction<String> line, int lines) {
        this.pending = head;
        this.line = line;
        this.lines = lines;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        while (position == pending.length()) {
            if (linesMadeUp == lines) {
                return -1;
            }
            pending = line.apply(linesMadeUp++);
            position = 0;
        }
        int count = Math.min(length, pending.length() - position);
        pending.getChars(position, position + count, buffer, offset);
        position += count;
        read += count;
        return count;
    }

    long charactersRead() {
        return read;
    }

    int linesMadeUp() {
        return linesMadeUp;
    }

    @Override
    public void close() {
    }
}
