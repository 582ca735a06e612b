package vn.ktgs.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Violation;

/**
 * Binds a JSON tree to a request record of {@code vn.ktgs.rest.api}, reporting every broken rule at once with its
 * path: unknown fields, missing or null required fields (a component without {@code @Nullable}), wrong JSON
 * types, values outside an enum, invalid UUIDs and dates. No coercion: {@code "2025"} is not an integer.
 */
public final class JsonBinder {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private JsonBinder() {
    }

    /** The record, or a {@link ProblemException} of type validation with every violation. */
    public static <T> T bind(JsonNode root, Class<T> type) {
        List<Violation> v = new ArrayList<>();
        Object value = read(root, type, "", v);
        if (!v.isEmpty() || value == null) {
            throw new ProblemException(ProblemType.VALIDATION, v.isEmpty()
                    ? List.of(Violation.of("", "ktgs.rest.json.expected.object")) : v);
        }
        return type.cast(value);
    }

    private static @Nullable Object read(JsonNode node, Type type, String path, List<Violation> v) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return node.isTextual() ? node.textValue() : fail(path, "string", v);
        }
        if (raw == UUID.class) {
            if (node.isTextual()) {
                Optional<UUID> id = vn.ktgs.common.Uuids.parse(node.textValue());
                if (id.isPresent()) {
                    return id.get();
                }
            }
            return fail(path, "uuid", v);
        }
        if (raw == LocalDate.class) {
            if (node.isTextual() && ISO_DATE.matcher(node.textValue()).matches()) {
                try {
                    return LocalDate.parse(node.textValue());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            return fail(path, "date", v);
        }
        if (raw == int.class || raw == Integer.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : fail(path, "integer", v);
        }
        if (raw == long.class || raw == Long.class) {
            return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : fail(path, "integer", v);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.isBoolean() ? node.booleanValue() : fail(path, "boolean", v);
        }
        if (raw.isEnum()) {
            return readEnum(node, raw, path, v);
        }
        if (raw == List.class) {
            if (!node.isArray()) {
                return fail(path, "array", v);
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode e = node.get(i);
                String p = path + "[" + i + "]";
                if (e.isNull()) {
                    v.add(Violation.of(p, "ktgs.rest.json.required"));
                } else {
                    out.add(read(e, element, p, v));
                }
            }
            return out;
        }
        if (raw.isRecord()) {
            return readRecord(node, raw, path, v);
        }
        throw new IllegalStateException("no JSON binding for " + type);
    }

    private static @Nullable Object readEnum(JsonNode node, Class<?> raw, String path, List<Violation> v) {
        Object[] constants = raw.getEnumConstants();
        if (node.isTextual()) {
            for (Object c : constants) {
                if (((Enum<?>) c).name().equals(node.textValue())) {
                    return c;
                }
            }
        }
        String allowed = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        v.add(Violation.of(path, "ktgs.json.unknownValue", "value", node.toString(), "allowed", allowed));
        return null;
    }

    private static @Nullable Object readRecord(JsonNode node, Class<?> raw, String path, List<Violation> v) {
        if (!node.isObject()) {
            return fail(path, "object", v);
        }
        RecordComponent[] components = raw.getRecordComponents();
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent c : components) {
            known.add(c.getName());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!known.contains(name)) {
                v.add(Violation.of(join(path, name), "ktgs.rest.json.unknownField"));
            }
        }
        Object[] args = new Object[components.length];
        int before = v.size();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            JsonNode value = node.get(c.getName());
            String p = join(path, c.getName());
            if (value == null || value.isNull()) {
                if (!isNullable(c)) {
                    v.add(Violation.of(p, "ktgs.rest.json.required"));
                }
                args[i] = defaultOf(c.getType());
            } else {
                Object read = read(value, c.getGenericType(), p, v);
                args[i] = read == null ? defaultOf(c.getType()) : read;
            }
        }
        if (v.size() > before) {
            return null;
        }
        try {
            Constructor<?> ctor = raw.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ProblemException p) {
                v.addAll(p.violations().stream().map(x -> x.under(path)).toList());
                return null;
            }
            throw new IllegalStateException("cannot build " + raw.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + raw.getSimpleName(), e);
        }
    }

    /** Whether a record component may be absent or null: it carries JSpecify's {@code @Nullable}. */
    public static boolean isNullable(RecordComponent c) {
        AnnotatedType t = c.getAnnotatedType();
        return t.isAnnotationPresent(Nullable.class) || c.isAnnotationPresent(Nullable.class);
    }

    private static @Nullable Object defaultOf(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    private static @Nullable Object fail(String path, String expected, List<Violation> v) {
        v.add(Violation.of(path, "ktgs.rest.json.expected." + expected));
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("no JSON binding for " + type);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
