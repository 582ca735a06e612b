package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.document.DocumentCommands.RegisterDocument;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.testing.OrgFixture;
import vn.ktgs.testing.TestValidation;

/** Registering governing documents and their chain (S1), on the tree of {@link OrgFixture}. */
class DocumentServiceTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The day the source news item appeared. */
    static final LocalDate TODAY = LocalDate.of(2024, 11, 30);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(HANOI).toInstant(), HANOI);
    /** The 2020–2025 term, simplified to whole calendar years. */
    static final Term TERM = Term.of("2020–2025", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
    /** The source does not date resolution 02-NQ/ĐU; any day of 2024 before the plan does. */
    static final LocalDate RESOLUTION_DAY = LocalDate.of(2024, 6, 20);
    static final LocalDate PLAN_DAY = LocalDate.of(2024, 10, 13);

    private final OrgFixture org = new OrgFixture();
    private final InMemoryDocuments documents = new InMemoryDocuments();
    private final DocumentService service = new DocumentService(documents, new InMemoryDisseminations(),
            org.service, DocumentTypes.defaults(), TestValidation.validator(), CLOCK);

    private Outcome<Document> register(String number, Organisation issuer, LocalDate day,
            @Nullable Document implemented) {
        return service.register(new RegisterDocument(number, issuer.id(), day, TERM, "Về nâng cao chất lượng công"
                + " tác kiểm tra, giám sát của chi bộ cơ sở", implemented == null ? null : implemented.id()));
    }

    private Document resolution() {
        return register("02-NQ/ĐU", org.bloc, RESOLUTION_DAY, null).orThrow();
    }

    private static void assertRejected(Outcome<?> outcome, String path, String rule) {
        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple(path, rule));
    }

    @Test
    void chainsTheOfficePlanToTheBlocResolution() {
        Document resolution = resolution();
        Document plan = register("65 -KH/ĐU", org.committee, PLAN_DAY, resolution).orThrow();

        assertThat(plan.number().format()).isEqualTo("65-KH/ĐU");
        assertThat(plan.version()).isEqualTo(1);
        assertThat(service.chain(plan.id())).extracting(d -> d.number().format())
                .containsExactly("65-KH/ĐU", "02-NQ/ĐU");
        assertThat(service.chain(resolution.id())).containsExactly(resolution);
        assertThat(service.implementing(resolution.id())).containsExactly(plan);
        assertThat(service.implementing(plan.id())).isEmpty();
        assertThat(service.findByNumber(org.committee.id(), DocumentNumber.parse("65-KH/ĐU"), TERM)).hasValue(plan);
        assertThat(service.findByNumber(org.bloc.id(), DocumentNumber.parse("65-KH/ĐU"), TERM)).isEmpty();
        assertThat(service.document(plan.id())).isEqualTo(plan);
    }

    @Test
    void allowsAnImplementingDocumentOfTheSameOrganisationOnTheSameDay() {
        Document resolution = resolution();

        Outcome<Document> plan = register("03-KH/ĐU", org.bloc, RESOLUTION_DAY, resolution);

        assertThat(plan.orThrow().implemented()).hasValue(resolution.id());
    }

    @Test
    void rejectsAMalformedNumber() {
        Outcome<Document> outcome = register("65-KH/đu", org.committee, PLAN_DAY, null);

        assertRejected(outcome, "number", "ktgs.document.number.malformed");
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void rejectsAStateDocumentNumber() {
        Outcome<Document> outcome = register("06/2024/QĐ-UBND", org.committee, PLAN_DAY, null);

        assertRejected(outcome, "number", "ktgs.document.number.stateDocument");
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void rejectsATypeOutsideTheCatalogue() {
        Outcome<Document> outcome = register("65-KHH/ĐU", org.committee, PLAN_DAY, null);

        assertRejected(outcome, "number", "ktgs.document.number.unknownType");
        assertThat(outcome.violations().get(0).args()).containsEntry("type", "KHH");
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void rejectsAnUnknownIssuer() {
        Outcome<Document> outcome = service.register(new RegisterDocument("65-KH/ĐU", OrganisationId.random(),
                PLAN_DAY, TERM, "Kế hoạch", null));

        assertRejected(outcome, "issuer", "ktgs.organisation.unknown");
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void rejectsTheSameNumberAndTypeTwiceFromOneIssuerInOneTerm() {
        register("65-KH/ĐU", org.committee, PLAN_DAY, null).orThrow();

        Outcome<Document> again = register("65 - KH / ĐUVP", org.committee, PLAN_DAY.plusDays(1), null);

        assertRejected(again, "number", "ktgs.document.number.duplicate");
        assertThat(documents.all()).hasSize(1);
    }

    @Test
    void acceptsTheSameNumberForAnotherTypeIssuerOrTerm() {
        register("65-KH/ĐU", org.committee, PLAN_DAY, null).orThrow();
        Term earlier = Term.of("2015–2020", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31));

        register("65-BC/ĐU", org.committee, PLAN_DAY, null).orThrow();
        register("65-KH/ĐU", org.bloc, PLAN_DAY, null).orThrow();
        service.register(new RegisterDocument("65-KH/ĐU", org.committee.id(), LocalDate.of(2019, 3, 1), earlier,
                "Kế hoạch", null)).orThrow();

        assertThat(documents.all()).hasSize(4);
        assertThat(documents.ofIssuer(org.committee.id())).hasSize(3);
    }

    @Test
    void rejectsAnIssueDayOutsideTheTerm() {
        Outcome<Document> outcome = service.register(new RegisterDocument("01-NQ/ĐU", org.committee.id(),
                LocalDate.of(2019, 12, 31), TERM, "Nghị quyết", null));

        assertRejected(outcome, "issuedOn", "ktgs.document.issuedOn.outsideTerm");
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void rejectsAnIssueDayInTheFuture() {
        Outcome<Document> outcome = register("70-KH/ĐU", org.committee, TODAY.plusDays(1), null);

        assertRejected(outcome, "issuedOn", "ktgs.document.issuedOn.future");
        assertThat(register("70-KH/ĐU", org.committee, TODAY, null).isAccepted()).isTrue();
    }

    @Test
    void rejectsImplementingAnUnknownDocument() {
        Outcome<Document> outcome = service.register(new RegisterDocument("65-KH/ĐU", org.committee.id(),
                PLAN_DAY, TERM, "Kế hoạch", DocumentId.random()));

        assertRejected(outcome, "implementsDocument", "ktgs.document.implements.unknown");
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void rejectsImplementingADocumentIssuedLater() {
        Document resolution = resolution();

        Outcome<Document> outcome = register("40-KH/ĐU", org.committee, RESOLUTION_DAY.minusDays(1), resolution);

        assertRejected(outcome, "implementsDocument", "ktgs.document.implements.issuedLater");
        assertThat(documents.all()).containsExactly(resolution);
    }

    @Test
    void rejectsImplementingADocumentOfALowerOrUnrelatedOrganisation() {
        Document plan = register("65-KH/ĐU", org.committee, PLAN_DAY, null).orThrow();
        Organisation cell = org.cell("CB1", "Chi bộ Phòng Tổng hợp");
        Organisation sibling = org.cell("CB2", "Chi bộ Phòng Hành chính");
        Document cellPlan = register("01-KH/CB", cell, PLAN_DAY, plan).orThrow();

        Outcome<Document> upward = register("70-KH/ĐU", org.bloc, TODAY, plan);
        Outcome<Document> sideways = register("02-KH/CB", sibling, TODAY, cellPlan);

        assertRejected(upward, "implementsDocument", "ktgs.document.implements.notAbove");
        assertRejected(sideways, "implementsDocument", "ktgs.document.implements.notAbove");
        assertThat(documents.all()).containsExactlyInAnyOrder(plan, cellPlan);
        assertThat(service.chain(cellPlan.id())).containsExactly(cellPlan, plan);
    }

    @Test
    void reportsEveryViolationAtOnce() {
        Outcome<Document> outcome = service.register(new RegisterDocument("06/2024/QĐ-UBND",
                OrganisationId.random(), TODAY.plusDays(1), TERM, "Quyết định", DocumentId.random()));

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple("number", "ktgs.document.number.stateDocument"),
                tuple("issuer", "ktgs.organisation.unknown"),
                tuple("issuedOn", "ktgs.document.issuedOn.future"),
                tuple("implementsDocument", "ktgs.document.implements.unknown"));
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void rejectsMissingAndInvalidFieldsAtTheBoundary() {
        Outcome<Document> outcome = service.register(new RegisterDocument(" ", null, null, null,
                "Kế hoạch\u0007", null));

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple("number", "jakarta.validation.constraints.NotBlank.message"),
                tuple("issuer", "jakarta.validation.constraints.NotNull.message"),
                tuple("issuedOn", "jakarta.validation.constraints.NotNull.message"),
                tuple("term", "jakarta.validation.constraints.NotNull.message"),
                tuple("title", "ktgs.text.invalid"));
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void checksTheBusinessRulesOfTheFieldsThatPassedBeanValidation() {
        Outcome<Document> outcome = service.register(new RegisterDocument("06/2024/QĐ-UBND", org.committee.id(),
                TODAY.plusDays(1), TERM, "", null));

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple("number", "ktgs.document.number.stateDocument"),
                tuple("issuedOn", "ktgs.document.issuedOn.future"),
                tuple("title", "jakarta.validation.constraints.NotBlank.message"));
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void storesTheTitleInNfc() {
        String nfd = Normalizer.normalize("  Kế hoạch thực hiện Nghị quyết  ", Normalizer.Form.NFD);

        Document plan = service.register(new RegisterDocument("65-KH/ĐU", org.committee.id(), PLAN_DAY, TERM, nfd,
                null)).orThrow();

        assertThat(plan.title()).isEqualTo("Kế hoạch thực hiện Nghị quyết");
    }

    @Test
    void rendersADuplicateNumberInBothLanguages() {
        register("65-KH/ĐU", org.committee, PLAN_DAY, null).orThrow();
        Violation v = register("65-KH/ĐU", org.committee, TODAY, null).violations().get(0);

        assertThat(v.message(Locale.forLanguageTag("vi")))
                .isEqualTo("số 65-KH/ĐU đã được dùng trong nhiệm kỳ 2020–2025 (văn bản ban hành ngày 2024-10-13)");
        assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("number 65-KH/ĐU is already used in the term 2020–2025 (document issued on 2024-10-13)");
    }

    @Test
    void throwsNotFoundForAnUnknownDocument() {
        DocumentId unknown = DocumentId.random();

        assertThatThrownBy(() -> service.document(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.chain(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.implementing(unknown)).isInstanceOf(NotFoundException.class);
    }
}
