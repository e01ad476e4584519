package de.kulant.claims;

import de.kulant.support.OnPostgres;

@OnPostgres
class ShopClaimsOnPostgresTest extends ShopClaimsContract {
}
