package de.kulant.platform;

import de.kulant.support.OnH2;

@OnH2
class CompletedEventPurgeOnH2Test extends CompletedEventPurgeContract {
}
