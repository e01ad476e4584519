package de.kulant.correspondence;

import de.kulant.support.OnH2;

@OnH2
class StillStandingOnH2Test extends StillStandingContract {
}
