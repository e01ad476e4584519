package de.kulant.correspondence;

import de.kulant.support.OnPostgres;

@OnPostgres
class DispatchListOnPostgresTest extends DispatchListContract {
}
