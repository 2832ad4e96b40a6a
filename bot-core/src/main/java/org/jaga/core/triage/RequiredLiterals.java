package org.jaga.core.triage;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a regular expression and finds literal strings one of which every match must contain, so
 * that a pattern can be skipped when none of them occurs in a text. Understands the subset of Java
 * regex the cues use; whatever it does not understand it treats as "matches anything", which only
 * makes the answer weaker, never wrong.
 */
final class RequiredLiterals {
    private static final int MAX_SET = 256;

    private final String source;
    private int pos;

    private RequiredLiterals(String source) {
        this.source = source;
    }

    /**
     * @return literals one of which every match of {@code regex} contains; empty when there is no
     *     such set (the pattern may match the empty string, or only classes of characters)
     */
    static Optional<Set<String>> of(String regex) {
        return parse(regex).map(Info::required).filter(r -> !r.contains("")).map(Set::copyOf);
    }

    /**
     * @return literals one of which every match of {@code regex} begins with, so that a match can
     *     only start where one of them occurs; empty when there is no such set
     */
    static Optional<Set<String>> prefixes(String regex) {
        return parse(regex).map(Info::prefix).filter(r -> !r.contains("")).map(Set::copyOf);
    }

    private static Optional<Info> parse(String regex) {
        try {
            RequiredLiterals parser = new RequiredLiterals(regex);
            Info info = parser.alternation();
            return parser.pos == regex.length() ? Optional.of(info) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What a piece of pattern matches.
     *
     * @param exact every string it can match, when few and all literal; else null
     * @param required literals one of which each of its matches contains; null when none
     * @param prefix literals one of which each of its matches begins with; null when none
     */
    private record Info(Set<String> exact, Set<String> required, Set<String> prefix) {
        static final Info ANY = new Info(null, null, null);
        static final Info EMPTY = new Info(Set.of(""), null, null);

        static Info literal(Set<String> strings) {
            Set<String> literals = strings.contains("") ? null : strings;
            return new Info(strings, literals, literals);
        }
    }

    private Info alternation() {
        Info first = concatenation();
        Set<String> exact = first.exact == null ? null : new HashSet<>(first.exact);
        Set<String> required = first.required == null ? null : new HashSet<>(first.required);
        Set<String> prefix = first.prefix == null ? null : new HashSet<>(first.prefix);
        while (pos < source.length() && source.charAt(pos) == '|') {
            pos++;
            Info next = concatenation();
            exact = union(exact, next.exact);
            required = shortened(union(required, next.required, Integer.MAX_VALUE));
            prefix = shortened(union(prefix, next.prefix, Integer.MAX_VALUE));
        }
        return new Info(exact, required, prefix);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return union(a, b, MAX_SET);
    }

    private static Set<String> union(Set<String> a, Set<String> b, int most) {
        if (a == null || b == null || a.size() + b.size() > most) {
            return null;
        }
        a.addAll(b);
        return a;
    }

    /**
     * Cuts literals that every match contains (or begins with) to their first characters until
     * at most {@value #MAX_SET} remain: the start of such a literal is one too, only found more
     * often. Keeps a cue with many alternatives behind the keyword pre-filter.
     */
    private static Set<String> shortened(Set<String> literals) {
        if (literals == null || literals.size() <= MAX_SET) {
            return literals;
        }
        int longest = literals.stream().mapToInt(String::length).max().orElse(0);
        for (int length = longest - 1; length >= 1; length--) {
            Set<String> cut = new HashSet<>();
            for (String literal : literals) {
                cut.add(literal.length() > length ? literal.substring(0, length) : literal);
            }
            if (cut.size() <= MAX_SET) {
                return cut;
            }
        }
        return null;
    }

    private static Set<String> withEmpty(Set<String> strings) {
        Set<String> out = new HashSet<>(strings);
        out.add("");
        return out;
    }

    private Info concatenation() {
        Set<String> run = Set.of("");
        Set<String> best = null;
        boolean exact = true;
        Set<String> prefix = null;
        boolean leading = true;
        while (pos < source.length() && source.charAt(pos) != '|' && source.charAt(pos) != ')') {
            Info piece = quantified(atom());
            Set<String> joined = piece.exact == null ? null : product(run, piece.exact);
            if (joined == null) {
                if (leading) {
                    prefix = run.equals(Set.of("")) ? piece.prefix : literalsOf(run);
                    leading = false;
                }
                exact = false;
                best = better(better(best, literalsOf(run)), piece.required);
                run = piece.exact == null ? Set.of("") : piece.exact;
            } else {
                best = better(best, piece.required);
                run = joined;
            }
        }
        best = better(best, literalsOf(run));
        return new Info(exact ? run : null, best, leading ? literalsOf(run) : prefix);
    }

    private static Set<String> literalsOf(Set<String> run) {
        return run.contains("") ? null : run;
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_SET) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    /** The set whose shortest literal is longest, so that it is found least often. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int la = shortest(a);
        int lb = shortest(b);
        return la != lb ? (la > lb ? a : b) : (a.size() <= b.size() ? a : b);
    }

    private static int shortest(Set<String> set) {
        return set.stream().mapToInt(String::length).min().orElse(0);
    }

    private Info quantified(Info atom) {
        if (pos >= source.length()) {
            return atom;
        }
        char c = source.charAt(pos);
        Info result;
        if (c == '?') {
            pos++;
            result = atom.exact == null ? Info.ANY : Info.literal(withEmpty(atom.exact));
        } else if (c == '*') {
            pos++;
            result = Info.ANY;
        } else if (c == '+') {
            pos++;
            result = new Info(null, atom.required, atom.prefix);
        } else if (c == '{') {
            result = bounded(atom);
        } else {
            return atom;
        }
        if (pos < source.length() && (source.charAt(pos) == '?' || source.charAt(pos) == '+')) {
            pos++;
        }
        return result;
    }

    private Info bounded(Info atom) {
        int close = source.indexOf('}', pos);
        String[] bounds = source.substring(pos + 1, close).split(",", -1);
        pos = close + 1;
        int min = Integer.parseInt(bounds[0].strip());
        if (min == 0) {
            return Info.ANY;
        }
        boolean once = min == 1 && (bounds.length == 1 || bounds[1].strip().equals("1"));
        return once ? atom : new Info(null, atom.required, atom.prefix);
    }

    private Info atom() {
        char c = source.charAt(pos++);
        return switch (c) {
            case '(' -> group();
            case '[' -> characterClass();
            case '\\' -> escape();
            case '.' -> Info.ANY;
            case '^', '$' -> Info.EMPTY;
            default -> Info.literal(Set.of(String.valueOf(c)));
        };
    }

    private Info group() {
        boolean lookaround = false;
        if (source.startsWith("?:", pos)) {
            pos += 2;
        } else if (source.startsWith("?=", pos) || source.startsWith("?!", pos)) {
            pos += 2;
            lookaround = true;
        } else if (source.startsWith("?<=", pos) || source.startsWith("?<!", pos)) {
            pos += 3;
            lookaround = true;
        } else if (source.charAt(pos) == '?') {
            throw new IllegalArgumentException("unsupported group");
        }
        Info inner = alternation();
        if (source.charAt(pos++) != ')') {
            throw new IllegalArgumentException("unbalanced group");
        }
        return lookaround ? Info.EMPTY : inner;
    }

    private Info characterClass() {
        Set<String> chars = new HashSet<>();
        boolean simple = source.charAt(pos) != '^';
        while (source.charAt(pos) != ']') {
            char c = source.charAt(pos++);
            if (c == '\\') {
                char e = source.charAt(pos++);
                simple &= !Character.isLetterOrDigit(e);
                chars.add(String.valueOf(e));
            } else if (c == '[' || source.charAt(pos) == '-' && source.charAt(pos + 1) != ']') {
                simple = false;
            } else {
                chars.add(String.valueOf(c));
            }
        }
        pos++;
        return simple && !chars.isEmpty() ? Info.literal(chars) : Info.ANY;
    }

    private Info escape() {
        char e = source.charAt(pos++);
        if (e == 'b' || e == 'B') {
            return Info.EMPTY;
        }
        if (e == 's') {
            return Info.literal(Set.of(" "));
        }
        if (e == 'p' || e == 'P') {
            pos = source.indexOf('}', pos) + 1;
            return Info.ANY;
        }
        if (Character.isLetterOrDigit(e)) {
            return Info.ANY;
        }
        return Info.literal(Set.of(String.valueOf(e)));
    }
}
