package org.warmintro.contacts.outbox;

import io.smallrye.config.ConfigMapping;
import org.warmintro.outbox.RelayConfig;

/**
 * The relay of {@code contacts.profiles.v1}; its batch size and acknowledgement timeout are set in
 * application.properties.
 */
@ConfigMapping(prefix = "contacts.outbox")
public interface OutboxConfig extends RelayConfig {
}
