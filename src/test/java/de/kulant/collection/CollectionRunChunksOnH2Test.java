package de.kulant.collection;

import de.kulant.support.OnH2;

@OnH2
class CollectionRunChunksOnH2Test extends CollectionRunChunksContract {
}
