package de.kulant.dunning;

import java.util.List;

/** The claims one chunk of a dunning run handed over, announced together: collection opens their cases in one go. */
public record ClaimsHandedOver(List<ClaimHandedOver> claims) {

    public ClaimsHandedOver {
        claims = List.copyOf(claims);
    }
}
