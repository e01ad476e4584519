package de.kulant.correspondence;

import de.kulant.support.OnPostgres;

@OnPostgres
class CorrespondenceOnPostgresTest extends CorrespondenceContract {
}
