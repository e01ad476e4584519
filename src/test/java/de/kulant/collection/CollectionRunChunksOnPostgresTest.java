package de.kulant.collection;

import de.kulant.support.OnPostgres;

@OnPostgres
class CollectionRunChunksOnPostgresTest extends CollectionRunChunksContract {
}
