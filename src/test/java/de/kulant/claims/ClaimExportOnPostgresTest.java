package de.kulant.claims;

import de.kulant.support.OnPostgres;

@OnPostgres
class ClaimExportOnPostgresTest extends ClaimExportContract {
}
