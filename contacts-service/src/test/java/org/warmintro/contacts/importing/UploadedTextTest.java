package org.warmintro.contacts.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class UploadedTextTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String TEXT = "Zoë,O’Brien,Café Noir,Head of Sales – Benelux\r\n";

    @Test
    void utf8IsReadAsUtf8WhenTheContentTypeNamesNoCharset() {
        UploadedText text = UploadedText.of(TEXT.getBytes(StandardCharsets.UTF_8), null);

        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read(text)).isEqualTo(TEXT);
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252WhenTheContentTypeNamesNoCharset() {
        UploadedText text = UploadedText.of(TEXT.getBytes(WINDOWS_1252), null);

        assertThat(text.charset()).isEqualTo(WINDOWS_1252);
        assertThat(read(text)).isEqualTo(TEXT);
    }

    @Test
    void aUtf8SequenceCutShortAtTheEndIsNoUtf8() {
        byte[] cut = "Zoë".getBytes(StandardCharsets.UTF_8);

        assertThat(UploadedText.of(Arrays.copyOf(cut, cut.length - 1), null).charset())
                .isEqualTo(WINDOWS_1252);
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsNoPartOfTheTextWhateverTheContentTypeNames() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[utf8.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, body, 3, utf8.length);

        assertThat(read(UploadedText.of(body, null))).isEqualTo(TEXT);
        assertThat(read(UploadedText.of(body, WINDOWS_1252))).isEqualTo(TEXT);
    }

    @Test
    void theCharsetTheContentTypeNamesIsHonoured() {
        UploadedText text = UploadedText.of(TEXT.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);

        assertThat(read(text)).isEqualTo(TEXT);
    }

    @Test
    void theTextCanBeReadAgainFromItsBeginning() {
        UploadedText text = UploadedText.of(TEXT.getBytes(StandardCharsets.UTF_8), null);

        assertThat(read(text)).isEqualTo(read(text));
    }

    private static String read(UploadedText text) {
        try (Reader reader = text.open()) {
            StringWriter read = new StringWriter();
            reader.transferTo(read);
            return read.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
