package de.kulant.creditors;

import de.kulant.support.OnH2;

@OnH2
class SignupThrottleOnH2Test extends SignupThrottleContract {
}
