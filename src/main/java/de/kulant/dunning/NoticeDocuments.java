package de.kulant.dunning;

import java.util.Collection;
import java.util.Set;
import de.kulant.claims.NoticeId;

/**
 * Which notices went out as a document (a letter, or an e-mail as sent), so that a notice links to its document only
 * once there is one. Correspondence, which writes the documents, implements it.
 */
public interface NoticeDocuments {

    /** The ids of those of {@code notices} that have a document. */
    Set<NoticeId> written(Collection<NoticeView> notices);
}
