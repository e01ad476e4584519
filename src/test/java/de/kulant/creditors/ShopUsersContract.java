package de.kulant.creditors;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import de.kulant.payments.BankFiles;
import de.kulant.platform.Totp;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A shop's users (issue 17, item 2): the owner invites an accountant who sets a password from the e-mailed link and
 * then reads but cannot change; owners remove users but never themselves; a forgotten password is set again by a
 * link that works once, for an hour, and only the newest one. Another shop's user is never found.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3466",
        "kulant.correspondence.mail-from=hallo@kulant.example"})
abstract class ShopUsersContract extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3466, "127.0.0.1", "smtp"));

    private static final String PASSWORD = "Gartenzaun-Laterne-42";
    private static int next;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ShopTwoFactor twoFactor;

    /** A shop signed up by API with its owner's address confirmed; the owner's e-mail. */
    private String confirmedShop(String name) throws Exception {
        String email = "inhaber" + System.nanoTime() + "@" + name.toLowerCase().replace(' ', '-') + ".example";
        Map<String, Object> body = Map.of("company", Map.of("name", name, "email", "info@laden.example",
                        "address", Map.of("street", "Markt 1", "postalCode", "04109", "city", "Leipzig",
                                "country", "DE"),
                        "iban", BankFiles.iban(771_000_000L + System.nanoTime() % 1_000_000 + next++)),
                "user", Map.of("email", email, "password", PASSWORD));
        Api.Response signedUp = api.post("/api/v1/signup", body, Api.Auth.none());
        assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(201);
        assertThat(StaffSession.anonymous(port).get(link(email, "/signup/confirm")).body())
                .contains("id=\"confirmed\"");
        return email;
    }

    /** The path of the newest link of {@code kind} e-mailed to {@code email}. */
    private static String link(String email, String kind) throws Exception {
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).as("a mail to " + email).isNotEmpty();
        Matcher link = Pattern.compile("http://\\S+(" + Pattern.quote(kind) + "[/?][A-Za-z0-9_=?-]+)")
                .matcher(mails.get(mails.size() - 1).getContent().toString());
        assertThat(link.find()).as("a link " + kind).isTrue();
        return link.group(1);
    }

    private static MimeMessage lastMailTo(String email) {
        List<MimeMessage> mails = mailsTo(email);
        return mails.get(mails.size() - 1);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return List.of(SMTP.getReceivedMessages()).stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private StaffSession signedIn(String email, String password) {
        StaffSession shop = StaffSession.anonymous(port);
        shop.get("/app/login");
        StaffSession.Page home = shop.post("/app/login", Map.of("email", email, "password", password));
        assertThat(home.body()).as("signed in as " + email).contains("id=\"shop-name\"");
        return shop;
    }

    private boolean signsIn(String email, String password) {
        StaffSession shop = StaffSession.anonymous(port);
        shop.get("/app/login");
        return !shop.post("/app/login", Map.of("email", email, "password", password)).body()
                .contains("id=\"app-login-failed\"");
    }

    private int audited(String action, String email) {
        String like = "%" + email + "%";
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and (actor like ? or "
                + "after_state like ? or before_state like ?)", Integer.class, action, like, like, like);
    }

    @Test
    void theOwnerInvitesAnAccountantWhoSetsAPasswordThenReadsButCannotChangeAndIsRemovedAgain() throws Exception {
        String owner = confirmedShop("Team Laden");
        StaffSession shop = signedIn(owner, PASSWORD);
        assertThat(shop.get("/app/users").body()).contains(owner).contains("id=\"invite-form\"");

        StaffSession.Page wrong = shop.post("/app/users", Map.of("email", "kein-at-zeichen", "role", "KING"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"error-email\"").contains("id=\"error-role\"")
                .contains("Bitte wählen Sie eine Rolle").contains("value=\"kein-at-zeichen\"");

        String accountant = "buchhaltung" + System.nanoTime() + "@team-laden.example";
        StaffSession.Page invited = shop.post("/app/users", Map.of("email", accountant, "role", "ACCOUNTANT"));
        assertThat(invited.body()).contains("id=\"invited\"").contains("eingeladen, noch nicht angemeldet");
        assertThat(lastMailTo(accountant).getSubject()).isEqualTo("Einladung zu Kulant");
        assertThat(lastMailTo(accountant).getContent().toString()).contains("„Team Laden“");
        assertThat(signsIn(accountant, PASSWORD)).as("no password until the invitation is accepted").isFalse();
        StaffSession.Page again = shop.post("/app/users", Map.of("email", accountant.toUpperCase(), "role", "OWNER"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("gibt es schon einen Zugang");

        String invitation = link(accountant, "/app/invitation");
        StaffSession visitor = StaffSession.anonymous(port);
        assertThat(visitor.get(invitation).body()).contains("id=\"link-holder\"").contains("Team Laden");
        StaffSession.Page weak = visitor.post(invitation, Map.of("newPassword", "passwort1234", "repeatPassword",
                "passwort1234"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.body()).contains("id=\"password-errors\"");
        assertThat(visitor.post(invitation, Map.of("newPassword", "Nachtigall-Brunnen-19", "repeatPassword",
                "Nachtigall-Brunnen-18")).body()).contains("stimmen nicht überein");
        assertThat(visitor.post(invitation, Map.of("newPassword", "Nachtigall-Brunnen-19", "repeatPassword",
                "Nachtigall-Brunnen-19")).body()).contains("id=\"password-set\"");
        StaffSession.Page used = StaffSession.anonymous(port).get(invitation);
        assertThat(used.status()).isEqualTo(404);
        assertThat(used.body()).as("an invitation works once").contains("id=\"link-invalid\"");

        StaffSession reader = signedIn(accountant, "Nachtigall-Brunnen-19");
        assertThat(reader.get("/app/users").body()).contains(owner).contains("aktiv")
                .doesNotContain("id=\"invite-form\"");
        StaffSession.Page refused = reader.post("/app/users", Map.of("email", "x@y.example", "role", "OWNER"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).as("the error page leads back into the shop app").contains("href=\"/app\"")
                .contains("Berechtigung");
        reader.get("/app/keys");
        assertThat(reader.post("/app/keys", Map.of()).status()).isEqualTo(403);

        Matcher remove = Pattern.compile("action=\"(/app/users/([0-9a-f-]+)/remove)\"")
                .matcher(shop.get("/app/users").body());
        assertThat(remove.find()).as("the owner sees a remove button for the accountant only").isTrue();
        String removal = remove.group(1);
        assertThat(remove.find()).isFalse();
        StaffSession stranger = signedIn(confirmedShop("Fremder Laden"), PASSWORD);
        stranger.get("/app/users");
        assertThat(stranger.post(removal, Map.of()).status()).as("another shop's user is not found").isEqualTo(404);
        assertThat(signsIn(accountant, "Nachtigall-Brunnen-19")).isTrue();
        shop.get("/app/users");
        assertThat(shop.post(removal, Map.of()).body()).contains("id=\"user-removed\"").doesNotContain(accountant);
        assertThat(signsIn(accountant, "Nachtigall-Brunnen-19")).as("a removed user cannot sign in").isFalse();
        assertThat(reader.get("/app/users").body()).as("and their open session ends").contains("id=\"app-login\"")
                .doesNotContain("id=\"users-table\"");
        assertThat(audited("creditor-user.invited", owner)).isEqualTo(1);
        assertThat(audited("creditor-user.joined", accountant)).isEqualTo(1);
        assertThat(audited("creditor-user.removed", owner)).isEqualTo(1);
    }

    @Test
    void anInvitationIsSentAgainWithANewLinkAndOnlyTheNewestLinkWorks() throws Exception {
        String owner = confirmedShop("Neu Laden");
        StaffSession shop = signedIn(owner, PASSWORD);
        shop.get("/app/users");
        String invitee = "spaet" + System.nanoTime() + "@neu-laden.example";
        shop.post("/app/users", Map.of("email", invitee, "role", "ACCOUNTANT"));
        String first = link(invitee, "/app/invitation");
        String id = jdbc.queryForObject("select id from creditor_user where email = ?", String.class, invitee);

        clock.advance(Duration.ofDays(8));
        assertThat(StaffSession.anonymous(port).get(first).status()).as("a week has passed").isEqualTo(404);
        shop = signedIn(owner, PASSWORD);
        assertThat(shop.get("/app/users").body()).contains("id=\"invite-again-" + invitee + "\"");
        assertThat(shop.post("/app/users/" + id + "/invite-again", Map.of()).body()).contains("id=\"invited\"")
                .contains("Wir haben " + invitee + " eine Einladung geschickt");
        String second = link(invitee, "/app/invitation");
        assertThat(second).isNotEqualTo(first);
        assertThat(StaffSession.anonymous(port).get(second).body()).contains("id=\"link-holder\"");

        shop.get("/app/users");
        shop.post("/app/users/" + id + "/invite-again", Map.of());
        String third = link(invitee, "/app/invitation");
        assertThat(StaffSession.anonymous(port).get(second).status()).as("replaced by the newest").isEqualTo(404);
        StaffSession visitor = StaffSession.anonymous(port);
        visitor.get(third);
        assertThat(visitor.post(third, Map.of("newPassword", "Nachtigall-Brunnen-19", "repeatPassword",
                "Nachtigall-Brunnen-19")).body()).contains("id=\"password-set\"");

        assertThat(shop.get("/app/users").body()).doesNotContain("id=\"invite-again-" + invitee + "\"");
        assertThat(shop.post("/app/users/" + id + "/invite-again", Map.of()).body())
                .contains("hat die Einladung schon angenommen");
        String other = confirmedShop("Anderer Laden");
        StaffSession otherShop = signedIn(other, PASSWORD);
        otherShop.get("/app/users");
        assertThat(otherShop.post("/app/users/" + id + "/invite-again", Map.of()).status())
                .as("another shop's user").isEqualTo(404);
        assertThat(audited("creditor-user.invited-again", owner)).isEqualTo(2);
    }

    @Test
    void anOwnerCannotRemoveThemselves() throws Exception {
        String owner = confirmedShop("Allein Laden");
        StaffSession shop = signedIn(owner, PASSWORD);
        String id = jdbc.queryForObject("select cast(id as varchar(36)) from creditor_user where email = ?",
                String.class, owner);
        shop.get("/app/users");
        StaffSession.Page refused = shop.post("/app/users/" + id + "/remove", Map.of());
        assertThat(refused.body()).contains("Sie können sich nicht selbst entfernen");
        assertThat(signsIn(owner, PASSWORD)).isTrue();
    }

    @Test
    void aForgottenPasswordIsSetAgainByTheNewestLinkOnceAndWithinTheHour() throws Exception {
        String owner = confirmedShop("Vergesslich Laden");
        int mailsBefore = SMTP.getReceivedMessages().length;
        StaffSession visitor = StaffSession.anonymous(port);
        visitor.get("/app/password-reset");
        String unknown = visitor.post("/app/password-reset", Map.of("email", "niemand@nirgends.example")).body();
        assertThat(unknown).contains("id=\"reset-requested\"");
        assertThat(SMTP.getReceivedMessages()).as("no mail to an address without an account").hasSize(mailsBefore);

        visitor.get("/app/password-reset");
        String known = visitor.post("/app/password-reset", Map.of("email", owner.toUpperCase())).body();
        assertThat(known).as("the same answer, whoever asks").contains("id=\"reset-requested\"");
        assertThat(lastMailTo(owner).getSubject()).isEqualTo("Neues Passwort für Kulant");
        String first = link(owner, "/app/password-reset");
        visitor.get("/app/password-reset");
        visitor.post("/app/password-reset", Map.of("email", owner));
        assertThat(mailsTo(owner)).as("at most one link a minute").hasSize(2);
        clock.advance(Duration.ofMinutes(2));
        visitor.get("/app/password-reset");
        visitor.post("/app/password-reset", Map.of("email", owner));
        String newest = link(owner, "/app/password-reset");
        assertThat(newest).isNotEqualTo(first);
        assertThat(StaffSession.anonymous(port).get(first).body()).as("a newer link replaces the older")
                .contains("id=\"link-invalid\"");

        StaffSession before = signedIn(owner, PASSWORD);
        clock.advance(Duration.ofMinutes(1));
        StaffSession setter = StaffSession.anonymous(port);
        assertThat(setter.get(newest).body()).contains("id=\"link-holder\"").contains(owner);
        assertThat(setter.post(newest, Map.of("newPassword", "Regenbogen-Teekanne-31", "repeatPassword",
                "Regenbogen-Teekanne-31")).body()).contains("id=\"password-set\"");
        assertThat(signsIn(owner, PASSWORD)).as("the old password no longer works").isFalse();
        assertThat(signsIn(owner, "Regenbogen-Teekanne-31")).isTrue();
        assertThat(before.get("/app").body()).as("a new password ends the sessions begun before it")
                .contains("id=\"app-login\"");
        assertThat(StaffSession.anonymous(port).get(newest).body()).contains("id=\"link-invalid\"");

        clock.advance(Duration.ofMinutes(2));
        visitor.get("/app/password-reset");
        visitor.post("/app/password-reset", Map.of("email", owner));
        String late = link(owner, "/app/password-reset");
        StaffSession tooLate = StaffSession.anonymous(port);
        assertThat(tooLate.get(late).body()).contains("id=\"link-holder\"");
        clock.advance(Duration.ofMinutes(61));
        StaffSession.Page refused = tooLate.post(late, Map.of("newPassword", "Wolkenkratzer-Igel-88",
                "repeatPassword", "Wolkenkratzer-Igel-88"));
        assertThat(refused.status()).as("the form was opened in time, sent too late").isEqualTo(422);
        assertThat(refused.body()).contains("id=\"link-invalid\"");
        assertThat(StaffSession.anonymous(port).get(late).body()).contains("id=\"link-invalid\"");
        assertThat(signsIn(owner, "Wolkenkratzer-Igel-88")).isFalse();
        assertThat(audited("creditor-user.password-reset", owner)).isEqualTo(1);
    }

    @Test
    void twoFactorSignInAsksForTheAppsCodeAfterTheRightPasswordAndEachCodeSignsInOnce() throws Exception {
        String owner = confirmedShop("Sicher Laden");
        StaffSession shop = signedIn(owner, PASSWORD);
        assertThat(shop.get("/app/security").body()).contains("id=\"two-factor-start\"");
        String started = shop.post("/app/security/two-factor", Map.of()).body();
        Matcher shown = Pattern.compile("id=\"totp-secret\">([A-Z2-7]{32})<").matcher(started);
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1);
        assertThat(storedSecret(owner)).as("stored encrypted, never as shown").startsWith("v1:").doesNotContain(secret);
        assertThat(started).contains("<svg").contains("id=\"two-factor-qr\"");
        String wrongCode = Totp.code(secret, Totp.step(clock.instant()) + 5);
        assertThat(shop.post("/app/security/two-factor/confirm", Map.of("code", wrongCode)).body())
                .contains("Der Code stimmt nicht");
        assertThat(signsIn(owner, PASSWORD)).as("off until a code confirms it").isTrue();
        String first = Totp.code(secret, Totp.step(clock.instant()));
        assertThat(shop.post("/app/security/two-factor/confirm", Map.of("code", first)).body())
                .contains("id=\"security-done\"").contains("ist jetzt eingeschaltet");

        StaffSession visitor = StaffSession.anonymous(port);
        visitor.get("/app/login");
        assertThat(visitor.post("/app/login", Map.of("email", owner, "password", PASSWORD)).body())
                .as("the right password alone asks for the code").contains("id=\"app-code-needed\"");
        visitor.get("/app/login");
        assertThat(visitor.post("/app/login", Map.of("email", owner, "password", "falsch-falsch-falsch",
                "code", first)).body()).contains("id=\"app-login-failed\"").doesNotContain("app-code-needed");
        visitor.get("/app/login");
        assertThat(visitor.post("/app/login", Map.of("email", owner, "password", PASSWORD, "code", first)).body())
                .as("the code that switched it on is used up").contains("id=\"app-login-failed\"");
        clock.advance(Duration.ofSeconds(30));
        String next = Totp.code(secret, Totp.step(clock.instant()));
        visitor.get("/app/login");
        assertThat(visitor.post("/app/login", Map.of("email", owner, "password", PASSWORD, "code", next)).body())
                .contains("id=\"shop-name\"");
        StaffSession replay = StaffSession.anonymous(port);
        replay.get("/app/login");
        assertThat(replay.post("/app/login", Map.of("email", owner, "password", PASSWORD, "code", next)).body())
                .as("a code signs in once").contains("id=\"app-login-failed\"");

        clock.advance(Duration.ofSeconds(30));
        shop.get("/app/security");
        assertThat(shop.post("/app/security/two-factor/disable", Map.of("code",
                Totp.code(secret, Totp.step(clock.instant())))).body()).contains("ist jetzt ausgeschaltet");
        assertThat(signsIn(owner, PASSWORD)).isTrue();
        assertThat(audited("creditor-user.two-factor-on", owner)).isEqualTo(1);
        assertThat(audited("creditor-user.two-factor-off", owner)).isEqualTo(1);
    }

    private String storedSecret(String email) {
        return jdbc.queryForObject("select totp_secret from creditor_user where email = ?", String.class, email);
    }

    @Test
    void anAuthenticatorSecretAnEarlierVersionStoredInPlainIsSealedAndStillChecksCodes() throws Exception {
        String owner = confirmedShop("Alt Laden");
        StaffSession shop = signedIn(owner, PASSWORD);
        shop.get("/app/security");
        Matcher shown = Pattern.compile("id=\"totp-secret\">([A-Z2-7]{32})<")
                .matcher(shop.post("/app/security/two-factor", Map.of()).body());
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1);
        assertThat(shop.post("/app/security/two-factor/confirm", Map.of("code",
                Totp.code(secret, Totp.step(clock.instant())))).body()).contains("ist jetzt eingeschaltet");
        // as the version before stored it
        jdbc.update("update creditor_user set totp_secret = ? where email = ?", secret, owner);

        assertThat(twoFactor.sealPlainSecrets()).isPositive();

        assertThat(storedSecret(owner)).startsWith("v1:").doesNotContain(secret);
        assertThat(twoFactor.sealPlainSecrets()).as("nothing plain is left").isZero();
        clock.advance(Duration.ofSeconds(30));
        StaffSession visitor = StaffSession.anonymous(port);
        visitor.get("/app/login");
        assertThat(visitor.post("/app/login", Map.of("email", owner, "password", PASSWORD, "code",
                Totp.code(secret, Totp.step(clock.instant())))).body()).contains("id=\"shop-name\"");
    }

    @Test
    void aUserChangesTheirOwnPasswordAfterConfirmingTheCurrentOneAndSignsInAgain() throws Exception {
        String owner = confirmedShop("Wechsel Laden");
        StaffSession shop = signedIn(owner, PASSWORD);
        StaffSession other = signedIn(owner, PASSWORD);
        clock.advance(Duration.ofMinutes(1));
        shop.get("/app/security");
        assertThat(shop.post("/app/security/password", Map.of("currentPassword", "falsch-falsch-falsch",
                "newPassword", "Schneeflocke-Rucksack-64", "repeatPassword", "Schneeflocke-Rucksack-64")).body())
                .contains("id=\"password-errors\"").contains("Das bisherige Passwort stimmt nicht");
        assertThat(shop.post("/app/security/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "Schneeflocke-Rucksack-64", "repeatPassword", "Schneeflocke-Rucksack-64")).body())
                .contains("id=\"password-set\"");
        assertThat(shop.get("/app").body()).as("signed out after the change").contains("id=\"app-login\"");
        assertThat(other.get("/app").body()).as("and every other session ends").contains("id=\"app-login\"");
        assertThat(signsIn(owner, PASSWORD)).isFalse();
        assertThat(signsIn(owner, "Schneeflocke-Rucksack-64")).isTrue();
        assertThat(audited("creditor-user.password-changed", owner)).isEqualTo(1);
    }
}
