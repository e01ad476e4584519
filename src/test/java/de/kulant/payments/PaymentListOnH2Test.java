package de.kulant.payments;

import de.kulant.support.OnH2;

@OnH2
class PaymentListOnH2Test extends PaymentListContract {
}
