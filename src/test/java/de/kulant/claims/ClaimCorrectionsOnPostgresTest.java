package de.kulant.claims;

import de.kulant.support.OnPostgres;

@OnPostgres
class ClaimCorrectionsOnPostgresTest extends ClaimCorrectionsContract {
}
