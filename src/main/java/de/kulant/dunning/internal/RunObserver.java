package de.kulant.dunning.internal;

import java.util.UUID;

/** Called after each committed chunk of a run; tests use it to stop a run in the middle, as a crash would. */
public interface RunObserver {

    void afterChunk(UUID runId, int chunk);
}
