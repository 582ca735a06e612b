package vn.ktgs.testing.contract;

import java.time.LocalDate;
import java.util.List;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationKind;
import org.jspecify.annotations.Nullable;

/** Test data with Vietnamese text: names with every diacritic, SQL metacharacters, long strings. */
public final class TestData {

    /**
     * Every Vietnamese letter with its diacritics, lower and upper case, in Unicode NFC: the 12 vowels with the
     * five tone marks, and đ/Đ.
     */
    public static final String VIETNAMESE_LETTERS =
            "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ "
            + "AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ Đ";

    /** Text a careless store would execute or mangle: quotes, comment markers, a statement separator. */
    public static final String SQL_METACHARACTERS =
            "Chi bộ '; DROP TABLE ktgs_organisation; -- \" /* */ % _ \\ $1 ? :name ${schema} ;";

    private TestData() {
    }

    /** {@code n} characters of Vietnamese text (with diacritics, all in the Basic Multilingual Plane). */
    public static String longText(int n) {
        StringBuilder out = new StringBuilder(n);
        String source = "Nguyễn Thị Ưng, Tôn Thất Ấn, Đảng ủy. ";
        while (out.length() < n) {
            out.append(source);
        }
        out.setLength(n);
        return out.toString();
    }

    public static Organisation organisation(String code, String name, OrganisationKind kind,
                                            @Nullable OrganisationId parent) {
        return new Organisation(OrganisationId.random(), code, name, kind, parent, LocalDate.of(2020, 1, 1),
                List.of(), 1);
    }

    /** A full member of {@code cell} since 2015. */
    public static Member member(String code, String fullName, OrganisationId cell) {
        return new Member(MemberId.random(), code, fullName,
                List.of(new Member.Membership(cell, DateRange.from(LocalDate.of(2015, 3, 2)), MembershipStatus.FULL)),
                List.of(), 1);
    }
}
