package de.kulant.privacy;

import de.kulant.support.OnPostgres;

@OnPostgres
class PrivacyOnPostgresTest extends PrivacyContract {
}
