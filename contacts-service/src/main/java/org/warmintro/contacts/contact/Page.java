package org.warmintro.contacts.contact;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a longer list. */
@Schema(name = "ContactPage")
public record Page<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(description = "How many items match in all", example = "137") long total) {
}
