package de.kulant.platform.security;

import de.kulant.platform.Caller;
import de.kulant.platform.StaffLink;
import de.kulant.platform.StaffLinkMail;
import de.kulant.platform.web.SecretResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Staff user management for admins: list, create or invite, deactivate, reactivate, reset a password. */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Staff users")
class StaffUserController {

    private final StaffAccounts accounts;
    private final StaffLinkMail mail;

    private final StaffRoster roster;

    StaffUserController(StaffAccounts accounts, StaffLinkMail mail, StaffRoster roster) {
        this.accounts = accounts;
        this.mail = mail;
        this.roster = roster;
    }

    record UserRequest(String username, String name, String email, String role, String password) {
    }

    record UserJson(UUID id, String username, String name, String email, String role, boolean active,
                    boolean passwordSet, Instant createdAt) {
        static UserJson of(StaffAccount a) {
            return new UserJson(a.id(), a.username(), a.name(), a.email(), a.role().name(), a.active(),
                    a.passwordSet(), a.createdAt());
        }
    }

    /** A link to set a password, shown once; {@code mailed} says whether it also went out by e-mail. */
    record LinkJson(String purpose, String url, Instant expiresAt, boolean mailed) {
        static LinkJson of(StaffLink link, boolean mailed) {
            return new LinkJson(link.purpose().name(), link.url(), link.expiresAt(), mailed);
        }
    }

    record CreatedJson(UUID id, String username, String name, String email, String role, boolean active,
                       LinkJson invitation) {
    }

    @GetMapping
    @Operation(summary = "List staff users, active ones first")
    List<UserJson> list() {
        return accounts.list().stream().map(UserJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one staff user")
    UserJson get(@PathVariable UUID id) {
        return UserJson.of(accounts.find(id));
    }

    @PostMapping
    @Operation(summary = "Create a staff user (role ADMIN or AGENT); without a password the person gets an invitation "
            + "link, valid 7 days, shown only in this response and e-mailed; a password must have at least 12 "
            + "characters and not be a well-known one")
    ResponseEntity<CreatedJson> create(@RequestBody UserRequest request, Caller caller, HttpServletRequest http,
                                       Locale locale) {
        SecretResponses.mark(http);
        StaffAccounts.Created created = accounts.create(new StaffAccounts.NewStaffMember(request.username(),
                request.name(), request.email(), request.role(), request.password()), caller.actor(), baseUrl(), locale);
        StaffAccount a = created.account();
        LinkJson invitation = created.invitation().map(link -> LinkJson.of(link, mail.send(link))).orElse(null);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new CreatedJson(a.id(), a.username(), a.name(), a.email(), a.role().name(), a.active(),
                        invitation));
    }

    record SkillsRequest(List<String> languages, Boolean b2b, Integer capacity) {
    }

    @org.springframework.web.bind.annotation.PutMapping("/{id}/skills")
    @Operation(summary = "A case worker's skills: languages (de, en), whether they take business debtors (b2b), and "
            + "the most open cases (capacity, none: no limit); new cases are assigned within them")
    de.kulant.platform.StaffDirectory.Agent skills(@PathVariable UUID id, @RequestBody SkillsRequest request,
                                                   Caller caller) {
        return roster.changeSkills(id, request.languages(), request.b2b(), request.capacity(), caller.actor());
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate a staff user: sign-in is refused and open sessions end at their next request; "
            + "not oneself, not the last active admin")
    UserJson deactivate(@PathVariable UUID id, Caller caller) {
        return UserJson.of(accounts.deactivate(id, caller.actor()));
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated staff user")
    UserJson reactivate(@PathVariable UUID id, Caller caller) {
        return UserJson.of(accounts.reactivate(id, caller.actor()));
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Issue a link (valid 24 hours) with which the person sets a new password; shown only in "
            + "this response and e-mailed")
    ResponseEntity<LinkJson> reset(@PathVariable UUID id, Caller caller, HttpServletRequest http, Locale locale) {
        SecretResponses.mark(http);
        StaffLink link = accounts.issueReset(id, caller.actor(), baseUrl(), locale);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(LinkJson.of(link, mail.send(link)));
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
