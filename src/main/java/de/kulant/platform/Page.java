package de.kulant.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as the API returns it: {@code {items, page, size, total}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
