package de.kulant.dunning;

import de.kulant.support.OnH2;

@OnH2
class DunningOnH2Test extends DunningContract {
}
