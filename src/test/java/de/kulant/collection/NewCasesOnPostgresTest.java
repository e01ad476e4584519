package de.kulant.collection;

import de.kulant.support.OnPostgres;

@OnPostgres
class NewCasesOnPostgresTest extends NewCasesContract {
}
