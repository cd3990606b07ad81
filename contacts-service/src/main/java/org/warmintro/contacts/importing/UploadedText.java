package org.warmintro.contacts.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded file. Its charset is, in this order: UTF-8 when the file starts with UTF-8's byte order mark
 * (which Excel writes, and which is not part of the text); the charset that the Content-Type names; UTF-8 when the
 * bytes are UTF-8; else Windows-1252, in which spreadsheets and address books of Western Europe and the Americas save
 * their text. The body is in memory already, within the upload limit, so the text can be read as often as an import
 * needs: each {@link #open} starts again from the beginning.
 */
final class UploadedText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF_8_BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final byte[] body;
    private final int start;
    private final Charset charset;

    private UploadedText(byte[] body, int start, Charset charset) {
        this.body = body;
        this.start = start;
        this.charset = charset;
    }

    /** The text of {@code body}; {@code declared} is the charset the Content-Type names, or null. */
    static UploadedText of(byte[] body, Charset declared) {
        if (startsWithByteOrderMark(body)) {
            return new UploadedText(body, UTF_8_BYTE_ORDER_MARK.length, StandardCharsets.UTF_8);
        }
        if (declared != null) {
            return new UploadedText(body, 0, declared);
        }
        return new UploadedText(body, 0, isUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    Charset charset() {
        return charset;
    }

    /** The text from its beginning, decoded as it is read. */
    Reader open() {
        return new InputStreamReader(new ByteArrayInputStream(body, start, body.length - start), charset);
    }

    private static boolean startsWithByteOrderMark(byte[] body) {
        if (body.length < UTF_8_BYTE_ORDER_MARK.length) {
            return false;
        }
        for (int i = 0; i < UTF_8_BYTE_ORDER_MARK.length; i++) {
            if (body[i] != UTF_8_BYTE_ORDER_MARK[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes are well-formed UTF-8, decoded a buffer at a time rather than into one string. */
    private static boolean isUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }
}
