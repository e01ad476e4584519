package de.kulant.dunning;

import java.util.List;

/**
 * One page of notices, newest first; {@code total} is exact up to {@link #COUNT_LIMIT} and "more than" beyond it;
 * {@code next} is the cursor of the following page, null on the last.
 */
public record NoticePage(List<NoticeView> items, long total, boolean totalExact, String next) {

    public static final int COUNT_LIMIT = 10_000;
}
