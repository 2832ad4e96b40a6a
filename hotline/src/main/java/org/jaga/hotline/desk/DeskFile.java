package org.jaga.hotline.desk;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads desks from JSON: {@code {"desks": [{"id", "name", "nationalities", "languages", "hours", "hotline"}]}}. */
final class DeskFile {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeskFile() {}

    static List<Desk> read(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the desks file is not valid JSON");
        }
        List<Desk> desks = new ArrayList<>();
        for (JsonNode node : root.path("desks")) {
            desks.add(desk(node));
        }
        return desks;
    }

    private static Desk desk(JsonNode node) {
        JsonNode hotline = node.path("hotline");
        return new Desk(
                node.path("id").asString(null),
                node.path("name").asString(null),
                strings(node.path("nationalities"), true),
                strings(node.path("languages"), false),
                hours(node.path("hours")),
                hotline.isObject()
                        ? new PublicHotline(
                                hotline.path("name").asString(null),
                                hotline.path("number").asString(null),
                                hotline.path("source").asString(null))
                        : null,
                node.path("general").asBoolean(false));
    }

    private static OpeningHours hours(JsonNode node) {
        if (!node.isObject() || node.path("always").asBoolean(false)) {
            return OpeningHours.always();
        }
        List<OpeningHours.Interval> intervals = new ArrayList<>();
        for (JsonNode open : node.path("open")) {
            intervals.add(new OpeningHours.Interval(
                    days(open.path("days").asString("")),
                    LocalTime.parse(open.path("from").asString("")),
                    LocalTime.parse(open.path("to").asString(""))));
        }
        return new OpeningHours(ZoneId.of(node.path("zone").asString("UTC")), intervals);
    }

    /** "MON-FRI", "SAT", or "MON,WED,FRI". */
    private static Set<DayOfWeek> days(String spec) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : spec.split(",")) {
            String[] range = part.trim().split("-");
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length > 1 ? day(range[1]) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String abbreviation) {
        String a = abbreviation.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(a) && a.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a day of the week: " + abbreviation);
    }

    private static Set<String> strings(JsonNode array, boolean upper) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode value : array) {
            String v = value.asString("").trim();
            values.add(upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT));
        }
        return values;
    }
}
