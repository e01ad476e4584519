package de.kulant.legal;

import de.kulant.support.OnH2;

@OnH2
class LawApiOnH2Test extends LawApiContract {
}
