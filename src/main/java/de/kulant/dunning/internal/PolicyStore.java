package de.kulant.dunning.internal;

import de.kulant.dunning.PolicyInput;
import de.kulant.platform.CreditorId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** {@code dunning_policy}: one policy per creditor, as JSON, with a version counted up on each change. */
@Repository
public class PolicyStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PolicyStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<PolicyInput> find(CreditorId creditor) {
        return jdbc.sql("select policy from dunning_policy where creditor_id = :creditor")
                .param("creditor", creditor.value())
                .query(String.class).optional()
                .map(text -> json.readValue(text, PolicyInput.class));
    }

    public void save(CreditorId creditor, PolicyInput policy, Instant now, String actor) {
        String text = json.writeValueAsString(policy);
        int updated = jdbc.sql("""
                        update dunning_policy set policy = :policy, version = version + 1, updated_at = :now,
                            updated_by = :actor where creditor_id = :creditor""")
                .param("policy", text).param("now", Timestamp.from(now)).param("actor", actor)
                .param("creditor", creditor.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into dunning_policy (creditor_id, policy, version, updated_at, updated_by)
                            values (:creditor, :policy, 1, :now, :actor)""")
                    .param("policy", text).param("now", Timestamp.from(now)).param("actor", actor)
                    .param("creditor", creditor.value())
                    .update();
        }
    }
}
