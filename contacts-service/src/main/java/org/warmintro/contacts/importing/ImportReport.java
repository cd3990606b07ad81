package org.warmintro.contacts.importing;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did: each person of the file is counted once, as created, updated, skipped or an error. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(description = "New cards", example = "412") int created,
        @Schema(description = "Cards that the file changed", example = "37") int updated,
        @Schema(description = "People the network already had as the file describes them", example = "1203") int skipped,
        @Schema(description = "People not imported, in the order of the file") List<LineError> errors) {

    @Schema(name = "ImportError")
    public record LineError(
            @Schema(description = "The line of the file where the person starts, from 1", example = "17") int line,
            @Schema(description = "Why the person was not imported", example = "Email Address: must be a well-formed email address")
            String reason) {
    }
}
