package weft.render.evidence;

import java.util.Locale;
import java.util.regex.Pattern;

/** Which web addresses from the data may become links: http and https only (never javascript: or data:). */
final class SafeUrl {

    private static final Pattern WEB = Pattern.compile("https?://[^\\s\"<>]+");

    /** The address when it is a plain web address, else null (it is then shown as text only). */
    static String web(String url) {
        String u = url == null ? "" : url.strip();
        return WEB.matcher(u.toLowerCase(Locale.ROOT)).matches() ? u : null;
    }

    private SafeUrl() {
    }
}
