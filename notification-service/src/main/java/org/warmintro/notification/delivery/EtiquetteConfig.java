package org.warmintro.notification.delivery;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What keeps the service from being the story's stranger who bombards people at any hour. */
@ConfigMapping(prefix = "notification.etiquette")
public interface EtiquetteConfig {

    /** At most this many emails reach one recipient per {@link #capWindow()}; the next ones wait. */
    @WithDefault("3")
    int maxPerRecipient();

    @WithDefault("24h")
    Duration capWindow();

    /** From this local time of the recipient, emails wait for {@link #quietHoursEnd()}. */
    @WithDefault("21:00")
    LocalTime quietHoursStart();

    @WithDefault("08:00")
    LocalTime quietHoursEnd();

    /** The time zone of recipients whose event gives none, such as connectors. */
    @WithDefault("UTC")
    ZoneId defaultTimeZone();
}
