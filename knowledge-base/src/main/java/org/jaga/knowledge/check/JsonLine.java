package org.jaga.knowledge.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the string fields of one flat JSON object, such as a line of a JSON Lines file. Values
 * that are not strings (numbers, booleans, null, nested objects or arrays) are skipped.
 */
final class JsonLine {
    private final String json;
    private int at;

    private JsonLine(String json) {
        this.json = json;
    }

    /**
     * @return the object's string fields, in order
     * @throws IllegalArgumentException when the line is not a JSON object
     */
    static Map<String, String> strings(String line) {
        return new JsonLine(line).object();
    }

    private Map<String, String> object() {
        Map<String, String> fields = new LinkedHashMap<>();
        expect('{');
        while (peek() != '}') {
            String key = string();
            expect(':');
            if (peek() == '"') {
                fields.put(key, string());
            } else {
                skipValue();
            }
            if (peek() == ',') {
                at++;
            }
        }
        return fields;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            out.append(c == '\\' ? escape(next()) : c);
        }
    }

    private char escape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> unicode();
            default -> c;
        };
    }

    private char unicode() {
        if (at + 4 > json.length()) {
            throw new IllegalArgumentException("truncated \\u escape at " + at);
        }
        char c = (char) Integer.parseInt(json.substring(at, at + 4), 16);
        at += 4;
        return c;
    }

    private void skipValue() {
        int depth = 0;
        while (true) {
            char c = peek();
            if (c == '"') {
                string();
                continue;
            }
            if (depth == 0 && (c == ',' || c == '}')) {
                return;
            }
            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
            at++;
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + at);
        }
        at++;
    }

    private char peek() {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
        if (at >= json.length()) {
            throw new IllegalArgumentException("unexpected end of JSON");
        }
        return json.charAt(at);
    }

    private char next() {
        if (at >= json.length()) {
            throw new IllegalArgumentException("unterminated string");
        }
        return json.charAt(at++);
    }
}
