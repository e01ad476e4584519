package de.kulant.collection;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a case's timeline: {@code kind} says what happened (CASE_OPENED, CLAIM_JOINED, COSTS_CHARGED, CALL,
 * NOTE, LETTER, PAYMENT, …), {@code outcome} the result of a call, {@code text} the details in words.
 */
public record CaseActivity(UUID id, CaseId caseId, Instant at, String kind, String actor, String outcome, String text) {
}
