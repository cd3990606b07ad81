package org.warmintro.contacts.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.newMember;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files as members really have them: each file under {@code importing/quirks} has one quirk of real exports (the mixed
 * ones all of them at once), and each test shows exactly who was imported and which lines the report names. Files are
 * sent as a browser or curl sends them, with no charset on the Content-Type unless the row says so.
 */
@QuarkusTest
class ImportQuirksTest {

    private static final String IMPORT = "/api/v1/contacts/import";
    private static final String CSV = "text/csv";
    private static final String VCARD = "text/vcard";

    private static final String UNCLOSED_QUOTE = "a value opens a quote (\") that the line does not close";
    private static final String TEXT_AFTER_QUOTE = "a value has more text after its closing quote (\")";
    private static final String NO_END = "the vCard that begins here has no END:VCARD";

    /** A card as the member finds it after the import; the date of the last interaction, if any. */
    record Card(String fullName, String email, String company, String title, String connectedOn) {
    }

    /** A line that the report names, and why. */
    record Line(int line, String reason) {
    }

    record Report(int created, int updated, int skipped, List<Line> errors, List<Line> warnings) {
    }

    static Stream<Arguments> quirks() {
        Card annie = new Card("Annie Wang", "annie.wang@example.org", "VUB", "PhD Researcher", "2021-03-12");
        Card elise = new Card("Élise Dubois", "elise.dubois@example.org", "Barco", "Product Manager", "2023-11-30");
        Card zoe = new Card("Zoë Janssens", null, "Café Noir", "Head of Sales – Benelux", "2022-02-01");
        Card sean = new Card("Seán O’Brien", null, "Dublin Tech", "CTO", "2019-02-15");
        Report windows1252 = new Report(3, 0, 0, List.of(), List.of());
        return Stream.of(
                Arguments.of("unclosed-quote.csv", CSV,
                        new Report(4, 0, 0, List.of(new Line(6, UNCLOSED_QUOTE), new Line(9, TEXT_AFTER_QUOTE)), List.of()),
                        List.of(annie,
                                new Card("Hugo Peeters", null, "Proximus", "Head of Engineering", "2020-01-03"),
                                new Card("Lena Maes", null, "Maes & Co, Ghent", "Founder", "2018-06-20"),
                                new Card("Sofie Claes", null, "Acme", "CTO", "2019-05-05"))),
                Arguments.of("byte-order-mark.csv", CSV, new Report(2, 0, 0, List.of(), List.of()),
                        List.of(elise, zoe)),
                Arguments.of("semicolons.csv", CSV, new Report(3, 0, 0, List.of(), List.of()),
                        List.of(annie,
                                new Card("Hugo Peeters", null, "Proximus, Brussels", "Head of Engineering; Cloud",
                                        "2020-01-03"),
                                new Card("Lena Maes", null, "Maes & Co", "Founder", "2018-06-20"))),
                Arguments.of("windows-1252.csv", CSV, windows1252, List.of(elise, zoe, sean)),
                Arguments.of("windows-1252.csv", CSV + "; charset=windows-1252", windows1252, List.of(elise, zoe, sean)),
                Arguments.of("header-only.csv", CSV,
                        new Report(0, 0, 0, List.of(), List.of(new Line(4, "the file lists no one after its header"))),
                        List.of()),
                Arguments.of("same-person-twice.csv", CSV,
                        new Report(3, 1, 2, List.of(), List.of(
                                new Line(7, "the same person as line 5 (the same email address)"),
                                new Line(8, "the same person as line 6 (the same profile URL)"),
                                new Line(10, "the same person as line 9 (the same email address)"))),
                        List.of(annie,
                                new Card("Hugo Peeters", "hugo.peeters@example.org", "Proximus", "CTO", "2020-01-03"),
                                new Card("Lena Maes", "lena.maes@example.org", "Maes & Co", "Founder", "2018-06-20"))),
                Arguments.of("connected-in-the-future.csv", CSV,
                        new Report(3, 0, 0, List.of(), List.of(
                                new Line(6, "Connected On: 01 Jan 2999 is later than today, so it was left out"),
                                new Line(7, "Connected On: yesterday is not a date such as 12 Mar 2021, so it was left out"))),
                        List.of(annie,
                                new Card("Hugo Peeters", null, "Proximus", "Head of Engineering", null),
                                new Card("Lena Maes", null, "Maes & Co", "Founder", null))),
                Arguments.of("all-quirks-windows-1252.csv", CSV, allQuirksReport(), allQuirksCards()),
                Arguments.of("all-quirks-utf-8-bom.csv", CSV, allQuirksReport(), allQuirksCards()),
                Arguments.of("broken-card.vcf", VCARD,
                        new Report(3, 0, 0, List.of(new Line(6, NO_END)), List.of()),
                        List.of(new Card("Annie Wang", "annie.wang@example.org", null, null, null),
                                new Card("Hugo Peeters", null, "Proximus", null, null),
                                new Card("Lena Maes", null, null, null, null))),
                Arguments.of("byte-order-mark.vcf", VCARD, new Report(2, 0, 0, List.of(), List.of()),
                        List.of(new Card("Élise Dubois", null, "Proximus", null, null),
                                new Card("Annie Wang", null, null, null, null))),
                Arguments.of("windows-1252.vcf", VCARD, new Report(2, 0, 0, List.of(), List.of()),
                        List.of(new Card("Zoë Janssens", null, "Café Noir", "Head of Sales – Benelux", null),
                                new Card("Seán O’Brien", null, "Dublin Tech", null, null))),
                Arguments.of("all-quirks.vcf", VCARD,
                        new Report(2, 1, 0, List.of(new Line(7, NO_END), new Line(16, "FN: must not be blank")),
                                List.of(new Line(21, "the same person as line 1 (the same email address)"))),
                        List.of(new Card("Élise Dubois", "elise.dubois@example.org", "Proximus", "Engineering Manager",
                                        null),
                                new Card("Hugo Peeters", null, null, null, null))));
    }

    /**
     * A spreadsheet's export in a European locale: semicolons, day-first dates, in Windows-1252 or in UTF-8 with a byte
     * order mark; with an unclosed quote, text after a closing quote, a date in the future and one that is no date,
     * people named twice (once on each side of the unclosed quote), an invalid email address and a blank line.
     */
    private static Report allQuirksReport() {
        return new Report(6, 1, 1,
                List.of(new Line(8, UNCLOSED_QUOTE), new Line(12, "Email Address: must be a well-formed email address"),
                        new Line(13, TEXT_AFTER_QUOTE)),
                List.of(new Line(7, "Connected On: 01 Jan 2999 is later than today, so it was left out"),
                        new Line(10, "the same person as line 6 (the same profile URL)"),
                        new Line(14, "Connected On: yesterday is not a date such as 12 Mar 2021, so it was left out"),
                        new Line(15, "the same person as line 5 (the same email address)")));
    }

    private static List<Card> allQuirksCards() {
        return List.of(
                new Card("Élise Dubois", "elise.dubois@example.org", "Barco", "Product Manager", "2023-11-30"),
                new Card("Hugo Peeters", "hugo.peeters@example.org", "Proximus, Brussels", "Head of Engineering; Cloud",
                        "2020-01-03"),
                new Card("Zoë Janssens", null, "Café Noir", "Head of Sales – Benelux", null),
                new Card("Seán O’Brien", "sean@example.org", "Dublin Tech", "CTO", "2019-02-15"),
                new Card("Lena Maes", "lena.maes@example.org", "Maes & Co", "Founder", null),
                new Card("Bart De Smet", null, "Colruyt", "Buyer", null));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("quirks")
    void everyoneReadableIsImportedAndEveryOtherLineIsReportedAtItsOwnNumber(String file, String contentType,
            Report expected, List<Card> imported) {
        String member = newMember();

        JsonPath report = send(member, contentType, resource(file));

        assertThat(reportOf(report)).isEqualTo(expected);
        assertThat(cardsOf(member)).containsExactlyInAnyOrderElementsOf(imported);
    }

    @Test
    void anExportOf500PeopleWithAnUnclosedQuoteOnLine45ImportsTheOther499() {
        String member = newMember();
        StringBuilder export = new StringBuilder("Notes:\n\"When exporting your connection data, you may notice that "
                + "some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
                + "Connected On\n");
        for (int line = 5; line <= 504; line++) {
            if (line == 45) {
                export.append("Quote,\"Unclosed,https://www.linkedin.com/in/q,,,X,01 Jan 2020\n");
            } else {
                // the first quote after the unclosed one is on line 118, where a plain CSV parser gives up
                String company = line < 118 ? "Acme" : "\"Proximus, Brussels\"";
                export.append("Person,").append(line).append(",https://www.linkedin.com/in/person-").append(line)
                        .append(",,").append(company).append(",Engineer,01 Jan 2020\n");
            }
        }

        JsonPath report = send(member, CSV, export.toString().getBytes());

        assertThat(reportOf(report)).isEqualTo(new Report(499, 0, 0, List.of(new Line(45, UNCLOSED_QUOTE)), List.of()));
        as(member).get("/api/v1/contacts?q=proximus&size=1").then().statusCode(200)
                .body("total", equalTo(504 - 118 + 1));
        as(member).get("/api/v1/contacts?size=1").then().body("total", equalTo(499));
    }

    private static JsonPath send(String member, String contentType, byte[] body) {
        return as(member).config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType).body(body).post(IMPORT)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Report reportOf(JsonPath report) {
        return new Report(report.getInt("created"), report.getInt("updated"), report.getInt("skipped"),
                lines(report.getList("errors")), lines(report.getList("warnings")));
    }

    @SuppressWarnings("unchecked")
    private static List<Line> lines(List<?> entries) {
        return entries == null ? null : entries.stream().map(entry -> (Map<String, Object>) entry)
                .map(entry -> new Line((Integer) entry.get("line"), (String) entry.get("reason"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Card> cardsOf(String member) {
        List<Map<String, Object>> items = as(member).get("/api/v1/contacts?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().map(item -> {
            String connected = (String) ((Map<String, Object>) item.get("relationship")).get("lastInteractionAt");
            return new Card((String) item.get("fullName"), (String) item.get("email"), (String) item.get("company"),
                    (String) item.get("title"), connected == null ? null : connected.substring(0, 10));
        }).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ImportQuirksTest.class.getResourceAsStream("/importing/quirks/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
