package de.kulant.dunning;

import de.kulant.support.OnPostgres;

@OnPostgres
class DeadInstanceOnPostgresTest extends DeadInstanceContract {
}
