package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The portal code key from the configuration: refused at start when it is too short to be a key. */
class CollectionPropertiesTest {

    private static CollectionProperties with(String portalCodeKey) {
        return new CollectionProperties(null, 14, "http://localhost:8080/portal", "DE98ZZZ09999999999", 5, 100,
                portalCodeKey, 20);
    }

    @Test
    void aPortalCodeKeyOfFewerThan32BytesOrNotBase64StopsTheStart() {
        assertThatThrownBy(() -> with(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("kulant.collection.portal-code-key");
        assertThatThrownBy(() -> with("not base64 at all!")).hasMessageContaining("at least 32 bytes");
        assertThat(with(Base64.getEncoder().encodeToString(new byte[32])).portalCodeKey()).isNotBlank();
        assertThat(with(null).portalCodeKey()).isNull();
    }
}
