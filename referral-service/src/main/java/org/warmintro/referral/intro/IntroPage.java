package org.warmintro.referral.intro;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the member's intros, newest first. */
@Schema(name = "IntroPage")
public record IntroPage(List<IntroView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(description = "How many intros match in all", example = "7") long total) {
}
