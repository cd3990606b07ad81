package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.warmintro.outbox.RelayConfig;

/** The service refuses to start with timeouts that would let two SMTP exchanges of one email overlap. */
class DeliveryTimeoutsTest {

    @Test
    void theShippedTimeoutsAreAccepted() {
        assertThatCode(() -> timeouts("10s", "15s", "30s", "1m").requireOneExchangeAtATime())
                .doesNotThrowAnyException();
    }

    @Test
    void aSendTimeoutAsLongAsTheLeaseIsRefused() {
        assertThatThrownBy(() -> timeouts("10s", "15s", "1m", "1m").requireOneExchangeAtATime())
                .hasMessageContaining("send-timeout must be shorter than notification.delivery.lease");
    }

    @Test
    void anSmtpClientThatWaitsLongerThanTheSendTimeoutIsRefused() {
        assertThatThrownBy(() -> timeouts("10s", "45s", "30s", "1m").requireOneExchangeAtATime())
                .hasMessageContaining("idle-timeout must be shorter than notification.delivery.send-timeout");
        assertThatThrownBy(() -> timeouts("30s", "15s", "30s", "1m").requireOneExchangeAtATime())
                .hasMessageContaining("connect-timeout and idle-timeout must be shorter");
    }

    private static DeliveryConfig timeouts(String connect, String idle, String send, String lease) {
        return new DeliveryConfig() {

            @Override
            public Duration dispatchInterval() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int batchSize() {
                return 50;
            }

            @Override
            public Duration lease() {
                return duration(lease);
            }

            @Override
            public Duration sendTimeout() {
                return duration(send);
            }

            @Override
            public Smtp smtp() {
                return new Smtp() {

                    @Override
                    public Duration connectTimeout() {
                        return duration(connect);
                    }

                    @Override
                    public Duration idleTimeout() {
                        return duration(idle);
                    }
                };
            }

            @Override
            public Retry retry() {
                throw new UnsupportedOperationException("the retries play no part in the order of the timeouts");
            }

            @Override
            public RelayConfig outcomes() {
                throw new UnsupportedOperationException("the outcomes' relay plays no part in the order of the"
                        + " timeouts");
            }
        };
    }

    private static Duration duration(String text) {
        return Duration.parse("PT" + text.toUpperCase());
    }
}
