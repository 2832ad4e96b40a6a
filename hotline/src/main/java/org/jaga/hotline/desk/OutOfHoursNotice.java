package org.jaga.hotline.desk;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What a person is told when their desk is closed: when a person will write, and a public number
 * to call meanwhile. Short and neutral: it names neither the desk nor what the hotline is for, as
 * someone else may read the phone.
 */
public final class OutOfHoursNotice {
    private static final String BUNDLE = "org.jaga.hotline.desk.notices";

    /** @return empty when the desk is open at {@code at} */
    public Optional<String> text(Desk desk, String language, Instant at) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return desk.hours().nextOpening(at).map(opening -> {
            String when = opening.format(DateTimeFormatter.ofPattern("EEE HH:mm (O)", locale));
            StringBuilder text = new StringBuilder(MessageFormat.format(bundle.getString("notice.later"), when));
            desk.publicHotline().flatMap(PublicHotline::callable).ifPresent(number -> text.append(' ')
                    .append(MessageFormat.format(bundle.getString("notice.call"), number)));
            return text.toString();
        });
    }
}
