package org.jaga.core.redis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.handover.MessageForResponder;
import org.jaga.core.privacy.ForgetRequested;
import org.jaga.core.privacy.WipeRequested;
import org.jaga.core.report.ReportFiled;
import org.jaga.core.triage.DistressDetected;

/** Names event types in the log, so that a reader knows which record each entry holds. */
public final class EventCodec {
    private final Map<String, Class<? extends DomainEvent>> types = new ConcurrentHashMap<>();

    public EventCodec() {
        register(DistressDetected.class);
        register(ReportFiled.class);
        register(ForgetRequested.class);
        register(MessageForResponder.class);
        register(WipeRequested.class);
    }

    /** Lets other modules put their own event types into the log. */
    public EventCodec register(Class<? extends DomainEvent> type) {
        types.put(type.getSimpleName(), type);
        return this;
    }

    String typeOf(DomainEvent event) {
        String name = event.getClass().getSimpleName();
        if (!types.containsKey(name)) {
            throw new IllegalArgumentException("event type not registered: " + name);
        }
        return name;
    }

    /** Reads an entry written as "type\njson". */
    DomainEvent decode(String typed) {
        int newline = typed.indexOf('\n');
        Class<? extends DomainEvent> type = types.get(typed.substring(0, Math.max(newline, 0)));
        if (type == null) {
            throw new IllegalArgumentException("unknown event type");
        }
        return Json.read(typed.substring(newline + 1), type);
    }
}
