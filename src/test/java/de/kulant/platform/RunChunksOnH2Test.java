package de.kulant.platform;

import de.kulant.support.OnH2;

@OnH2
class RunChunksOnH2Test extends RunChunksContract {
}
