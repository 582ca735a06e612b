package vn.ktgs.common;

/** Run in a JVM of its own by {@link VietnameseOrderTest}: prints how CB-Đ compares with CB-E, or why it cannot. */
public final class VietnameseOrderProbe {

    private VietnameseOrderProbe() {
    }

    public static void main(String[] args) {
        try {
            System.out.println("compare " + Integer.signum(VietnameseOrder.compare("CB-D", "CB-E")));
        } catch (ExceptionInInitializerError e) {
            System.out.println("refused " + e.getCause().getMessage());
        }
    }
}
