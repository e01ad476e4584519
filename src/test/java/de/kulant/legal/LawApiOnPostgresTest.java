package de.kulant.legal;

import de.kulant.support.OnPostgres;

@OnPostgres
class LawApiOnPostgresTest extends LawApiContract {
}
