package de.kulant.dunning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.dunning.*}.
 *
 * @param schedule cron expression (Europe/Berlin) of the daily run over all creditors
 * @param scheduleEnabled whether the daily run happens at all (off in tests and staging)
 * @param maxDaysAhead how far in the future a run date may lie
 * @param debtorsPerChunk debtors per transaction; a crash loses at most one chunk, which the next run redoes
 * @param answerWithin how long {@code POST /dunning-runs} waits for a run before answering 202
 * @param runThreads how many chunks of a run one instance works on at the same time
 */
@ConfigurationProperties("kulant.dunning")
public record DunningProperties(@DefaultValue("0 0 6 * * *") String schedule,
                                @DefaultValue("true") boolean scheduleEnabled,
                                @DefaultValue("0") int maxDaysAhead,
                                @DefaultValue("1500") int debtorsPerChunk,
                                @DefaultValue("3s") Duration answerWithin,
                                @DefaultValue("2") int runThreads) {
}
