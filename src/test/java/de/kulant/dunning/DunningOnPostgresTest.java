package de.kulant.dunning;

import de.kulant.support.OnPostgres;

@OnPostgres
class DunningOnPostgresTest extends DunningContract {
}
