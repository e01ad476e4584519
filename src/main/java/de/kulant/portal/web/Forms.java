package de.kulant.portal.web;

import de.kulant.collection.CaseFiles;
import de.kulant.platform.ConflictException;
import de.kulant.platform.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/** What the portal's forms share: running an action and keeping the debtor's input and the errors when it is refused. */
final class Forms {

    private Forms() {
    }

    /** Runs {@code action}; true when it went through, else the errors are on the model for the same page. */
    static boolean tried(Model model, Runnable action) {
        return result(model, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** What {@code action} gave, or empty with the errors on the model for the same page. */
    static <T> Optional<T> result(Model model, Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (ConflictException e) {
            model.addAttribute("errors", e.violationsOr(""));
        }
        return Optional.empty();
    }

    /** The uploaded files that hold anything; an empty file input sends one empty part, which is no file. */
    static List<CaseFiles.Upload> uploads(List<MultipartFile> files) {
        List<CaseFiles.Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank()))) {
                continue;
            }
            try {
                // larger than allowed: not read into memory, refused by its size
                uploads.add(file.getSize() > CaseFiles.MAX_BYTES
                        ? CaseFiles.Upload.tooLarge(file.getOriginalFilename(), file.getSize())
                        : new CaseFiles.Upload(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }
}
