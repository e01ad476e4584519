package de.kulant.collection;

import de.kulant.support.OnH2;

@OnH2
class AgreementRulesOnH2Test extends AgreementRulesContract {
}
