package de.kulant.claims;

import de.kulant.support.OnPostgres;

@OnPostgres
class ClaimSortOnPostgresTest extends ClaimSortContract {
}
