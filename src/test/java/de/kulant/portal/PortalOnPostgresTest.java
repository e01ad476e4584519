package de.kulant.portal;

import de.kulant.support.OnPostgres;

@OnPostgres
class PortalOnPostgresTest extends PortalContract {
}
