package de.kulant.collection;

import de.kulant.support.OnPostgres;

@OnPostgres
class InstalmentPlansOnPostgresTest extends InstalmentPlansContract {
}
