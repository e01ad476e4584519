package de.kulant.collection;

import de.kulant.support.OnPostgres;

@OnPostgres
class SettlementsOnPostgresTest extends SettlementsContract {
}
