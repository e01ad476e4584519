package de.kulant.platform;

import de.kulant.support.OnPostgres;

@OnPostgres
class CompletedEventPurgeOnPostgresTest extends CompletedEventPurgeContract {
}
