package de.kulant.dunning.web;

import de.kulant.dunning.NoticeFilter;
import de.kulant.dunning.Notices;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.web.SortLinks;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The notice list's filters and order as its links carry them; unreadable values are left out, as a stale link may. */
record NoticeListQuery(NoticeFilter filter, ListOrder order) {

    static final String PATH = "/dunning/notices";

    static NoticeListQuery of(String creditor, Integer level, String from, String to, String sort) {
        Integer wantedLevel = level == null || level < 1 || level > 6 ? null : level;
        return new NoticeListQuery(new NoticeFilter(read(creditor, CreditorId::of), wantedLevel,
                read(from, LocalDate::parse), read(to, LocalDate::parse)), Notices.listOrder().orderOrDefault(sort));
    }

    SortLinks sorting() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("creditor", filter.creditor() == null ? null : filter.creditor().value().toString());
        filters.put("level", filter.level() == null ? null : filter.level().toString());
        filters.put("from", filter.issuedFrom() == null ? null : filter.issuedFrom().toString());
        filters.put("to", filter.issuedTo() == null ? null : filter.issuedTo().toString());
        return new SortLinks(PATH, filters, Notices.listOrder(), order);
    }

    private static <T> T read(String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
