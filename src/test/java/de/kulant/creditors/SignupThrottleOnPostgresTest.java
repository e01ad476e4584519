package de.kulant.creditors;

import de.kulant.support.OnPostgres;

@OnPostgres
class SignupThrottleOnPostgresTest extends SignupThrottleContract {
}
