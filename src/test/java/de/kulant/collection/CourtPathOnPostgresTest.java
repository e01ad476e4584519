package de.kulant.collection;

import de.kulant.support.OnPostgres;

@OnPostgres
class CourtPathOnPostgresTest extends CourtPathContract {
}
