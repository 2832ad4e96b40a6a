package org.jaga.hotline.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every desk of the deployment, one of them the general desk. */
public final class Desks {
    private final Map<String, Desk> byId = new LinkedHashMap<>();
    private final Desk general;

    public Desks(List<Desk> desks) {
        for (Desk desk : desks) {
            if (byId.put(desk.id(), desk) != null) {
                throw new IllegalArgumentException("two desks have the id " + desk.id());
            }
        }
        List<Desk> generals = desks.stream().filter(Desk::general).toList();
        if (generals.size() != 1) {
            throw new IllegalArgumentException("exactly one desk must be the general desk");
        }
        this.general = generals.get(0);
    }

    /** @return the desks shipped with Jaga */
    public static Desks standard() {
        try (InputStream in = Desks.class.getResourceAsStream("desks.json")) {
            return new Desks(DeskFile.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the desks in the file (the format of {@code desks.json} beside this class) */
    public static Desks fromFile(Path file) {
        try {
            return new Desks(DeskFile.read(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the desks file " + file, e);
        }
    }

    public List<Desk> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Desk> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Desk general() {
        return general;
    }
}
