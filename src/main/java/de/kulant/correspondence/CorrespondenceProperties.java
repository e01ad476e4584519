package de.kulant.correspondence;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.correspondence.*}.
 *
 * @param mailFrom the sender address of e-mails (replies go to the creditor)
 * @param dispatchEnabled whether the dispatcher sends on its own (off in tests, which call it directly)
 * @param dispatchInterval how often the dispatcher looks for due letters and e-mails
 * @param batchSize how many it takes from the queue at a time
 * @param threads how many letters it writes at the same time
 * @param retryDelays the waits after the first, second, ... failed attempt; after the last one it is FAILED
 * @param sendingTimeout how long an attempt may take before it counts as interrupted
 * @param bounce the mailbox where delivery status notifications arrive (read when its host is set)
 */
@ConfigurationProperties("kulant.correspondence")
public record CorrespondenceProperties(@DefaultValue("mahnwesen@kulant.invalid") String mailFrom,
                                       @DefaultValue("true") boolean dispatchEnabled,
                                       @DefaultValue("10s") Duration dispatchInterval,
                                       @DefaultValue("200") int batchSize,
                                       @DefaultValue("2") int threads,
                                       @DefaultValue({"1m", "5m", "30m", "2h", "12h"}) List<Duration> retryDelays,
                                       @DefaultValue("10m") Duration sendingTimeout,
                                       @DefaultValue Bounce bounce) {

    /**
     * {@code kulant.correspondence.bounce.*}: an IMAP mailbox polled for bounces (RFC 3464); off while {@code host}
     * is not set.
     */
    public record Bounce(String host, @DefaultValue("993") int port, @DefaultValue("imaps") String protocol,
                         String username, String password, @DefaultValue("INBOX") String folder,
                         @DefaultValue("1m") Duration interval, @DefaultValue("20s") Duration timeout) {

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }
}
