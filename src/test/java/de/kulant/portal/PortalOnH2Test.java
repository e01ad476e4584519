package de.kulant.portal;

import de.kulant.support.OnH2;

@OnH2
class PortalOnH2Test extends PortalContract {
}
