package de.kulant.law;

import java.time.LocalDate;

/** The first day of default ({@code since}, the first day that bears interest) and the rule behind it. */
public record DefaultStart(LocalDate since, DefaultRule rule) {
}
