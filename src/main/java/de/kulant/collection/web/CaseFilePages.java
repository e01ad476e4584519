package de.kulant.collection.web;

import de.kulant.collection.CaseFiles;
import de.kulant.collection.CaseId;
import de.kulant.collection.PortalAccess;
import de.kulant.platform.Caller;
import de.kulant.platform.NotFoundException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On the case page: the debtor's files as downloads, and a new portal access code. */
@Controller
class CaseFilePages {

    private final CaseFiles files;
    private final PortalAccess portal;
    private final MessageSource messages;

    CaseFilePages(CaseFiles files, PortalAccess portal, MessageSource messages) {
        this.files = files;
        this.portal = portal;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId) {
        return CaseFileController.attachment(files.open(null, new CaseId(id), fileId)
                .orElseThrow(() -> new NotFoundException("file")));
    }

    @PostMapping("/cases/{id}/portal-code")
    String rotate(@PathVariable UUID id, Caller caller, RedirectAttributes redirect, Locale locale) {
        String code = portal.rotate(new CaseId(id), caller.actor());
        redirect.addFlashAttribute("message", messages.getMessage("cases.codeRotated", new Object[] {code}, locale));
        return "redirect:/cases/" + id;
    }
}
