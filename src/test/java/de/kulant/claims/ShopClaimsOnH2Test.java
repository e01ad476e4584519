package de.kulant.claims;

import de.kulant.support.OnH2;

@OnH2
class ShopClaimsOnH2Test extends ShopClaimsContract {
}
