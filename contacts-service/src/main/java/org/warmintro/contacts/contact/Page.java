package org.warmintro.contacts.contact;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a longer list, and how many items match, counted up to 1,000. */
@Schema(name = "ContactPage")
public record Page<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(description = "How many items match in all, counted up to 1,000: when more match, this is 1000 and "
                + "totalIsCapped is true", example = "137") long total,
        @Schema(description = "true when more than 1,000 items match, so that total is a lower bound: show it as "
                + "\"1,000+\"", example = "false") boolean totalIsCapped) {
}
