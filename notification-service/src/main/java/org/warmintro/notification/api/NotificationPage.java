package org.warmintro.notification.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a member's notifications, the newest first. */
public record NotificationPage(List<NotificationView> items, @Schema(example = "0") int page,
        @Schema(example = "20") int size, @Schema(description = "How many notifications match in all") long total) {
}
