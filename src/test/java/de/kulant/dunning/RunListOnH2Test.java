package de.kulant.dunning;

import de.kulant.support.OnH2;

@OnH2
class RunListOnH2Test extends RunListContract {
}
