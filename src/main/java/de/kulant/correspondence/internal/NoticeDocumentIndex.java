package de.kulant.correspondence.internal;

import de.kulant.dunning.NoticeDocuments;
import de.kulant.dunning.NoticeView;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import de.kulant.claims.NoticeId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A notice has a document once a letter or an e-mail of its combined letter went out about its claim. */
@Component
class NoticeDocumentIndex implements NoticeDocuments {

    private final DocumentStore documents;

    NoticeDocumentIndex(DocumentStore documents) {
        this.documents = documents;
    }

    @Override
    public Set<NoticeId> written(Collection<NoticeView> notices) {
        if (notices.isEmpty()) {
            return Set.of();
        }
        Set<List<UUID>> sent = documents.claimsOfLetters(notices.stream().map(n -> n.combinedId().value()).distinct()
                .toList());
        Set<NoticeId> written = new HashSet<>();
        for (NoticeView notice : notices) {
            if (sent.contains(List.of(notice.combinedId().value(), notice.claimId().value()))) {
                written.add(notice.id());
            }
        }
        return written;
    }
}
