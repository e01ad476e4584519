package de.kulant.collection;

import java.util.List;

/** The cases one chunk of handovers opened, announced together: one event however many cases. */
public record CasesOpened(List<CaseOpened> cases) {

    public CasesOpened {
        cases = List.copyOf(cases);
    }
}
