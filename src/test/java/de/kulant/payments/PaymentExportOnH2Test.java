package de.kulant.payments;

import de.kulant.support.OnH2;

@OnH2
class PaymentExportOnH2Test extends PaymentExportContract {
}
