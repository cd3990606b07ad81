package org.warmintro.notification.delivery;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "notification.mail")
public interface NotificationMailConfig {

    /** Right-hand side of every Message-ID: a domain the platform owns, so that the ids are unique world-wide. */
    String messageIdDomain();
}
