package de.kulant.reporting;

import de.kulant.support.OnPostgres;

@OnPostgres
class OverviewOnPostgresTest extends OverviewContract {
}
