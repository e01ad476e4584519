package de.kulant.payments;

import de.kulant.support.OnPostgres;

@OnPostgres
class PaymentListOnPostgresTest extends PaymentListContract {
}
