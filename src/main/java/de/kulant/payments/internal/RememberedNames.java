package de.kulant.payments.internal;

import de.kulant.claims.MatchCandidate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Open claims and debtor counts by name key, kept for one statement import, because common names come back in
 * every chunk. Matching reads committed claims on its own connection, so it never sees the import's own
 * bookings before the commit anyway; booking locks and reloads each claim, so what changed meanwhile is booked
 * right. Holds at most {@code capacity} candidates, dropping the names used longest ago.
 */
final class RememberedNames {

    private final int capacity;
    private final LinkedHashMap<String, List<MatchCandidate>> open = new LinkedHashMap<>(1024, 0.75f, true);
    private final Map<String, Integer> counts = new HashMap<>();
    private int held;

    RememberedNames(int capacity) {
        this.capacity = capacity;
    }

    List<MatchCandidate> openByNameKeys(Collection<String> keys, Function<Collection<String>, List<MatchCandidate>> load) {
        List<MatchCandidate> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            List<MatchCandidate> known = open.get(key);
            if (known == null) {
                missing.add(key);
            } else {
                found.addAll(known);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        Map<String, List<MatchCandidate>> loaded = new HashMap<>();
        missing.forEach(key -> loaded.put(key, new ArrayList<>(1)));
        for (MatchCandidate c : load.apply(missing)) {
            found.add(c);
            List<MatchCandidate> list = loaded.get(c.nameKey());
            if (list != null) {
                list.add(c);
            }
        }
        loaded.forEach((key, list) -> {
            open.put(key, List.copyOf(list));
            held += list.size() + 1;
        });
        for (Iterator<List<MatchCandidate>> oldest = open.values().iterator(); held > capacity && oldest.hasNext(); ) {
            held -= oldest.next().size() + 1;
            oldest.remove();
        }
        return found;
    }

    Map<String, Integer> debtorsPerName(Collection<String> keys, Function<Collection<String>, Map<String, Integer>> load) {
        Map<String, Integer> result = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            Integer known = counts.get(key);
            if (known == null) {
                missing.add(key);
            } else if (known > 0) {
                result.put(key, known);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Integer> loaded = load.apply(missing);
            if (counts.size() + missing.size() > capacity) {
                counts.clear();
            }
            for (String key : missing) {
                int count = loaded.getOrDefault(key, 0);
                counts.put(key, count);
                if (count > 0) {
                    result.put(key, count);
                }
            }
        }
        return result;
    }
}
