package de.kulant.correspondence;

import de.kulant.support.OnPostgres;
import org.springframework.test.context.TestPropertySource;

/** Chunks of 100 debtors, so one run chunk's event lists many letters. */
@OnPostgres
@TestPropertySource(properties = "kulant.dunning.debtors-per-chunk=100")
class CorrespondenceOnPostgresTest extends CorrespondenceContract {
}
