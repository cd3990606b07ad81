package org.warmintro.contacts.importing;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

@Path("/api/v1/contacts/import")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Bring a network in from a LinkedIn export or an address book")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "200", description = "Imported; each person of the file is counted once. The lines not "
        + "imported (a person who cannot be, a line that cannot be read) are listed among the errors with the line where "
        + "they start and the reason, and the people imported other than as the file has them (a date left out, the "
        + "same person as an earlier line) among the warnings, in the same form; a file that lists no one after its "
        + "header imports nobody and says so in a warning",
        content = @Content(schema = @Schema(implementation = ImportReport.class), example = ImportResource.REPORT))
@APIResponse(responseCode = "400", description = "The file is not of its kind at all (no LinkedIn header, no vCard); "
        + "nothing was imported",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The file would add more contacts than your network has room for: "
        + "a network keeps at most 50,000 contacts unless configured otherwise, and people it already has (the same "
        + "email address, profile URL or, with neither, name) take no room; the problem says how much room is left, "
        + "and nothing was imported",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "413", description = "More than 50,000 people, or a body over 12 MB; nothing was imported",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "415", description = "Neither text/csv nor text/vcard, or a charset this service does not know",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ImportResource {

    static final String CSV = "text/csv";
    static final String VCARD = "text/vcard";
    /** What older address books and mail clients send for vCards. */
    static final String LEGACY_VCARD = "text/x-vcard";

    static final String REPORT = """
            {"created": 412, "updated": 37, "skipped": 1203, "errors": [
              {"line": 17, "reason": "First Name and Last Name: must not be blank"},
              {"line": 45, "reason": "a value opens a quote (\\") that the line does not close"},
              {"line": 230, "reason": "Email Address: must be a well-formed email address"}], "warnings": [
              {"line": 52, "reason": "Connected On: 01 Jan 2999 is later than today, so it was left out"},
              {"line": 318, "reason": "the same person as line 96 (the same profile URL)"}]}""";

    private static final String CONNECTIONS = """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Annie,Wang,https://www.linkedin.com/in/annie-wang,annie.wang@example.org,VUB,PhD Researcher,12 Mar 2021
            Hugo,Peeters,https://www.linkedin.com/in/hugo-peeters,,"Proximus, Brussels",Head of Engineering,03 Jan 2020
            """;

    private static final String ADDRESS_BOOK = """
            BEGIN:VCARD
            VERSION:4.0
            FN:Élise Dubois
            EMAIL;TYPE=work:elise.dubois@example.org
            ORG:Proximus
            TITLE:Engineering Manager
            URL:https://www.linkedin.com/in/elise-dubois
            ADR;TYPE=work:;;Rue de la Loi 16;Brussels;;1000;Belgium
            NOTE:Met at the Kafka meetup; wants to mentor juniors
            END:VCARD
            """;

    private final ContactImporter importer;
    private final JsonWebToken member;
    private final Clock clock;

    ImportResource(ContactImporter importer, JsonWebToken member, Clock clock) {
        this.importer = importer;
        this.member = member;
        this.clock = clock;
    }

    @POST
    @Consumes(CSV)
    @Operation(summary = "Import a LinkedIn connections export (Connections.csv)",
            description = "Each record becomes a contact card: First Name and Last Name its name, URL its profile URL, "
                    + "Email Address, Company, Position its title, Connected On its last interaction; a new card's "
                    + "\"how we met\" is \"LinkedIn connection\". A person already in your network (the same email "
                    + "address, else the same profile URL) gets what the file changes and keeps the rest, so importing "
                    + "a file again adds nobody; a person the file names twice is imported once, the later line "
                    + "reported as the same person. A person who cannot be imported (no name, an invalid email "
                    + "address...) is reported with the line of the file and the reason, and the others are imported "
                    + "all the same. A file that stops being valid CSV (a quote left open) is read from there one line "
                    + "a person, each line that is not CSV reported at its own number. A Connected On that is no date "
                    + "or later than today is left out, and reported. Separated by commas, or by semicolons as a "
                    + "spreadsheet in a European locale saves it (dates such as 03.01.2020 or 03/01/2020 are then day "
                    + "first). UTF-8, with or without a byte order mark, unless the Content-Type names a charset; "
                    + "Windows-1252 when it names none and the file is not UTF-8. At most 50,000 people.")
    @RequestBody(required = true, content = @Content(mediaType = CSV,
            examples = @ExampleObject(name = "Connections.csv", value = CONNECTIONS)))
    public ImportReport importLinkedInConnections(byte[] export, @Context HttpHeaders headers) {
        UploadedText text = UploadedText.of(export, declaredCharset(headers.getMediaType()));
        LocalDate today = LocalDate.now(clock);
        return importer.importInto(member.getSubject(), () -> LinkedInConnections.read(text::open, today));
    }

    @POST
    @Consumes({ VCARD, LEGACY_VCARD })
    @Operation(summary = "Import an address book (vCard 3.0 or 4.0)",
            description = "Each vCard becomes a contact card: FN (else N) its name, the first EMAIL, ORG, TITLE, the first "
                    + "http(s) URL as profile URL, the locality and country of the first ADR as location; NOTE becomes "
                    + "a note on the card. A person already in your network (the same email address, else the same "
                    + "profile URL, else for a card with neither the same name) gets what the file changes and keeps "
                    + "the rest; a person the file names twice is imported once, the later card reported as the same "
                    + "person. A card that cannot be imported, or lacks its END:VCARD, is reported with the line where "
                    + "it begins and the reason, and the others are imported all the same. The charset as for CSV. At "
                    + "most 50,000 cards.")
    @RequestBody(required = true, content = @Content(mediaType = VCARD,
            examples = @ExampleObject(name = "contacts.vcf", value = ADDRESS_BOOK)))
    public ImportReport importVCards(byte[] addressBook, @Context HttpHeaders headers) {
        UploadedText text = UploadedText.of(addressBook, declaredCharset(headers.getMediaType()));
        return importer.importInto(member.getSubject(), () -> VCards.read(text.open()));
    }

    /** The charset the Content-Type names, or null when it names none. */
    private static Charset declaredCharset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported Media Type",
                    "The charset " + name + " is not one this service reads; send UTF-8"));
        }
    }
}
