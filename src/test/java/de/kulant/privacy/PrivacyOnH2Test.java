package de.kulant.privacy;

import de.kulant.support.OnH2;

@OnH2
class PrivacyOnH2Test extends PrivacyContract {
}
