package de.kulant.correspondence;

import de.kulant.support.OnH2;
import org.springframework.test.context.TestPropertySource;

/** Chunks of 100 debtors, so one run chunk's event lists many letters. */
@OnH2
@TestPropertySource(properties = "kulant.dunning.debtors-per-chunk=100")
class CorrespondenceOnH2Test extends CorrespondenceContract {
}
