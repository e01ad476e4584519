package de.kulant.reporting;

import de.kulant.support.OnH2;

@OnH2
class OverviewOnH2Test extends OverviewContract {
}
