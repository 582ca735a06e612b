package vn.ktgs.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Messages;
import vn.ktgs.document.DocumentNumber;

/**
 * Ban hành: what the issuing office adds to a document — its number ({@link DocumentNumber}, for example
 * {@code 12-BC/CB}), the day it is signed, the recipients, and the language.
 *
 * @param recipients the recipients after "Nơi nhận:", one a line; "- Lưu." is added at the end
 * @param signer the signer's name; {@code null} for the organisation's secretary on the day
 */
public record Issuance(DocumentNumber number, LocalDate issuedOn, List<String> recipients, @Nullable String signer,
                       Locale locale) {

    public Issuance {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(locale, "locale");
    }

    /** Number and day, no recipients listed, the secretary signs, in Vietnamese. */
    public static Issuance of(DocumentNumber number, LocalDate issuedOn) {
        return new Issuance(number, issuedOn, List.of(), null, Messages.VIETNAMESE);
    }

    public Issuance withRecipients(List<String> to) {
        return new Issuance(number, issuedOn, to, signer, locale);
    }

    public Issuance signedBy(String name) {
        return new Issuance(number, issuedOn, recipients, name, locale);
    }

    /** The same issuance with labels in the language of {@code language} (English for {@code en}). */
    public Issuance in(Locale language) {
        return new Issuance(number, issuedOn, recipients, signer, language);
    }

    public Optional<String> signerName() {
        return Optional.ofNullable(signer);
    }
}
