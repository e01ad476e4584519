package de.kulant.reporting;

import de.kulant.support.OnH2;

@OnH2
class CustomerOrdersOnH2Test extends CustomerOrdersContract {
}
