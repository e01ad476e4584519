package de.kulant.reporting.web;

import de.kulant.creditors.Creditors;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.reporting.DatevExport;
import de.kulant.reporting.DatevSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A shop's bookings as a DATEV Buchungsstapel for its accountant, and the settings the file needs. */
@RestController
@Tag(name = "Exports")
class DatevController {

    private final DatevExport export;
    private final Creditors creditors;

    DatevController(DatevExport export, Creditors creditors) {
        this.export = export;
        this.creditors = creditors;
    }

    record SettingsJson(Integer consultantNumber, Integer clientNumber, String chart, Integer fiscalYearStart,
                        Map<String, Integer> accounts) {

        static SettingsJson of(DatevSettings s) {
            var a = s.accounts();
            return new SettingsJson(s.consultantNumber(), s.clientNumber(), s.chart().name(), s.fiscalYearStart(),
                    Map.of("debtors", a.debtors(), "bank", a.bank(), "clientMoney", a.clientMoney(),
                            "interest", a.interest(), "fees", a.fees(), "creditNotes", a.creditNotes(),
                            "writeOffs", a.writeOffs(), "commission", a.commission()));
        }
    }

    @GetMapping("/api/v1/exports/datev")
    @Operation(summary = "The shop's bookings from `from` to `to` (one fiscal year, not ahead) as a DATEV EXTF "
            + "Buchungsstapel (Windows-1252, semicolons); staff name the shop with creditorId")
    ResponseEntity<byte[]> datev(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) UUID creditorId, Caller caller) {
        byte[] file = export.export(scope(caller, creditorId), from, to);
        return PayoutController.file(file, new MediaType("text", "csv", DatevExport.ENCODING),
                "EXTF_Buchungsstapel_" + from + "_" + to + ".csv");
    }

    @GetMapping("/api/v1/exports/datev/settings")
    @Operation(summary = "The shop's DATEV settings: consultant and client number, chart, fiscal year start, accounts")
    SettingsJson settings(@RequestParam(required = false) UUID creditorId, Caller caller) {
        return export.settings(scope(caller, creditorId)).map(SettingsJson::of)
                .orElseThrow(() -> new NotFoundException("DATEV settings"));
    }

    @PutMapping("/api/v1/exports/datev/settings")
    @Operation(summary = "Set the DATEV settings: consultantNumber (1001–9999999), clientNumber (1–99999), chart "
            + "(SKR03 or SKR04), fiscalYearStart (month, default 1) and optionally accounts by name instead of the "
            + "chart's standard ones")
    SettingsJson save(@RequestBody SettingsJson request, @RequestParam(required = false) UUID creditorId,
                      Caller caller) {
        return SettingsJson.of(export.save(scope(caller, creditorId), request.consultantNumber(),
                request.clientNumber(), request.chart(), request.fiscalYearStart(), request.accounts(),
                caller.actor()));
    }

    private CreditorId scope(Caller caller, UUID creditorId) {
        if (caller.creditor().isPresent()) {
            if (creditorId != null && !caller.creditor().get().value().equals(creditorId)) {
                throw new NotFoundException("creditor");
            }
            return caller.creditor().get();
        }
        if (creditorId == null) {
            throw new InvalidInputException("creditorId", "staff name the shop whose export it is");
        }
        if (!creditors.exists(new CreditorId(creditorId))) {
            throw new NotFoundException("creditor");
        }
        return new CreditorId(creditorId);
    }
}
