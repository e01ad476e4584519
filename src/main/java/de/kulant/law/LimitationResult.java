package de.kulant.law;

import java.time.LocalDate;
import java.util.List;

/**
 * When a claim becomes time-barred. {@code endsOn} is the last day on which action still stops it;
 * null while a suspension without a known end is running ({@code suspended}). {@code steps} explain
 * the calculation line by line.
 */
public record LimitationResult(LocalDate endsOn, boolean suspended, List<String> steps) {
}
