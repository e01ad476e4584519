package de.kulant.correspondence;

import de.kulant.support.OnH2;

@OnH2
class DispatchListOnH2Test extends DispatchListContract {
}
