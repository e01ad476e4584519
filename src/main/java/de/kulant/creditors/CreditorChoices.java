package de.kulant.creditors;

import de.kulant.creditors.internal.CreditorStore;
import de.kulant.platform.CreditorId;
import de.kulant.platform.PageRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The creditors a page offers to choose from. Up to {@link #MOST} the list is complete; beyond, it shows those whose
 * name contains what was typed into the search beside it (the first {@link #MOST} by name without a search), always
 * with the one chosen, so a page never drops a creditor without saying so.
 */
@Service
public class CreditorChoices {

    public static final int MOST = PageRequest.MAX_SIZE;

    /** {@code complete} false: more creditors exist than offered, and the page shows the name search. */
    public record Choice(List<Creditor> options, boolean complete, String search) {
    }

    private final CreditorStore store;

    CreditorChoices(CreditorStore store) {
        this.store = store;
    }

    /** {@code selected} (an id as the page sent it) and {@code search} may be null or anything typed. */
    @Transactional(readOnly = true)
    public Choice of(String selectedText, String search) {
        CreditorId selected = parse(selectedText);
        String typed = search == null || search.isBlank() ? null : search.strip();
        var first = store.page(PageRequest.of(0, MOST));
        if (first.total() <= MOST) {
            return new Choice(first.items(), true, null);
        }
        List<Creditor> options = new ArrayList<>(typed == null ? first.items() : store.named(typed, MOST));
        if (selected != null && options.stream().noneMatch(c -> c.id().equals(selected))) {
            store.find(selected).ifPresent(c -> options.add(0, c));
        }
        return new Choice(List.copyOf(options), false, typed);
    }

    /** Every creditor's name, for the rows of a list, whatever a choice offers: one query for ids and names only. */
    @Transactional(readOnly = true)
    public Map<CreditorId, String> allNames() {
        return store.allNames();
    }

    /** The names of these creditors, for the rows of a list, whatever the choice offers. */
    @Transactional(readOnly = true)
    public Map<CreditorId, String> names(Collection<CreditorId> ids) {
        Map<CreditorId, String> names = new HashMap<>();
        store.findAll(ids.stream().distinct().toList()).forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    private static CreditorId parse(String text) {
        try {
            return text == null || text.isBlank() ? null : new CreditorId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
