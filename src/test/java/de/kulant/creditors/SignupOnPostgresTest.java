package de.kulant.creditors;

import de.kulant.support.OnPostgres;

@OnPostgres
class SignupOnPostgresTest extends SignupContract {
}
