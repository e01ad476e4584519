package de.kulant.dunning;

import de.kulant.support.OnPostgres;

@OnPostgres
class RunListOnPostgresTest extends RunListContract {
}
