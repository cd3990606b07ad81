package org.warmintro.contacts.importing;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did: each person of the file is counted once, as created, updated, skipped or an error. The lines of
 * the file that the member should look at are listed in one form, a line and a reason: in errors those of the people
 * not imported, in warnings those of the people imported other than as the file has them, and remarks on the file.
 */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(description = "New cards", example = "412") int created,
        @Schema(description = "Cards that the file changed", example = "37") int updated,
        @Schema(description = "People the network already had as the file describes them", example = "1203") int skipped,
        @Schema(description = "Lines not imported, in the order of the file: a person who cannot be imported, a line "
                + "that cannot be read (an unclosed quote, a vCard without END...); the others are imported all the "
                + "same")
        List<LineError> errors,
        @Schema(description = "People imported, but not quite as the file has them, and remarks on the file, in the "
                + "order of the file: a value left out (a Connected On that is no date or later than today), the same "
                + "person as an earlier line (the same email address, else profile URL, else name; counted as updated "
                + "or skipped), no one after the header")
        List<LineError> warnings) {

    @Schema(name = "ImportError", description = "A line of the file and the reason it is reported; the same form for "
            + "errors and warnings. Reasons of one line are joined with \"; \".")
    public record LineError(
            @Schema(description = "The line of the file where the person (or what the reason is about) starts, from "
                    + "1, counting every line as an editor does", example = "17") int line,
            @Schema(description = "Why the line is reported", example = "Email Address: must be a well-formed email address")
            String reason) {
    }
}
