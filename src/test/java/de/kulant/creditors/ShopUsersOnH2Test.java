package de.kulant.creditors;

import de.kulant.support.OnH2;

@OnH2
class ShopUsersOnH2Test extends ShopUsersContract {
}
