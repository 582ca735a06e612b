package vn.ktgs.documents;

/**
 * Thể thức trình bày: the page and type of a document, by default the facts of Guidance 36-HD/VPTW (03/04/2018):
 * A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; body text 13–14 pt. The header sizes
 * (15 pt for "ĐẢNG CỘNG SẢN VIỆT NAM", 14 pt for the bodies and the number, 15 pt for the document type) are the
 * Guidance's and are not settings. A layout outside the Guidance's ranges is rejected.
 *
 * @param marginTop millimetres, 20 to 25
 * @param marginBottom millimetres, 20 to 25
 * @param marginLeft millimetres, 30 to 35
 * @param marginRight millimetres, 15 to 20
 * @param bodySize points, 13 or 14
 */
public record Layout(double marginTop, double marginBottom, double marginLeft, double marginRight, int bodySize) {

    /** A4 width in millimetres. */
    public static final double A4_WIDTH = 210;
    /** A4 height in millimetres. */
    public static final double A4_HEIGHT = 297;

    public Layout {
        check("marginTop", marginTop, 20, 25);
        check("marginBottom", marginBottom, 20, 25);
        check("marginLeft", marginLeft, 30, 35);
        check("marginRight", marginRight, 15, 20);
        check("bodySize", bodySize, 13, 14);
    }

    /** Top and bottom 20 mm, left 30 mm, right 15 mm, body 14 pt. */
    public static Layout defaults() {
        return new Layout(20, 20, 30, 15, 14);
    }

    private static void check(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be within " + min + " to " + max
                    + " (Guidance 36-HD/VPTW): " + value);
        }
    }
}
