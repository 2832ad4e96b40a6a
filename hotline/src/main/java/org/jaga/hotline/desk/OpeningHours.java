package org.jaga.hotline.desk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jaga.core.Require;

/**
 * When a desk has people at it: always, or weekly intervals in the desk's time zone.
 *
 * @param weekly empty when the desk is always open
 */
public record OpeningHours(ZoneId zone, List<Interval> weekly) {
    public OpeningHours {
        Require.present(zone, "zone");
        weekly = List.copyOf(weekly == null ? List.of() : weekly);
    }

    public static OpeningHours always() {
        return new OpeningHours(ZoneId.of("UTC"), List.of());
    }

    public boolean isAlways() {
        return weekly.isEmpty();
    }

    public boolean isOpenAt(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return isAlways() || weekly.stream().anyMatch(i -> i.contains(local.getDayOfWeek(), local.toLocalTime()));
    }

    /** @return when the desk opens next after {@code at}; empty when it is open now */
    public Optional<ZonedDateTime> nextOpening(Instant at) {
        if (isOpenAt(at)) {
            return Optional.empty();
        }
        ZonedDateTime local = at.atZone(zone);
        for (int day = 0; day <= 7; day++) {
            ZonedDateTime date = local.plusDays(day);
            Optional<ZonedDateTime> first = weekly.stream()
                    .filter(i -> i.days().contains(date.getDayOfWeek()))
                    .map(i -> date.with(i.from()).withSecond(0).withNano(0))
                    .filter(start -> start.isAfter(local))
                    .min(ZonedDateTime::compareTo);
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    /** Open on the days from {@code from} (inclusive) to {@code to} (exclusive). */
    public record Interval(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        public Interval {
            days = Set.copyOf(Require.present(days, "days"));
            Require.present(from, "from");
            Require.present(to, "to");
            if (days.isEmpty() || !from.isBefore(to)) {
                throw new IllegalArgumentException("an interval needs days and must open before it closes");
            }
        }

        boolean contains(DayOfWeek day, LocalTime time) {
            return days.contains(day) && !time.isBefore(from) && time.isBefore(to);
        }
    }
}
