package vn.ktgs.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.ktgs.rest.api.Problem;
import vn.ktgs.rest.api.Versioned;

/**
 * Builds the OpenAPI 3.1 document from the resource classes themselves (their Jakarta REST annotations and the
 * records they take and return), so that it cannot drift from what is served. Schemas are JSON Schema 2020-12
 * as OpenAPI 3.1 has them: a nullable field is {@code "type": ["string", "null"]}.
 */
public final class OpenApiGenerator {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String PROBLEM = "application/problem+json";

    private final Map<String, ObjectNode> schemas = new TreeMap<>();

    private OpenApiGenerator() {
    }

    /** The document of the given resource classes. */
    public static ObjectNode generate(List<Class<?>> resources, String title, String version) {
        return new OpenApiGenerator().document(resources, title, version);
    }

    /** The path of a method, from its class's and its own {@code @Path}, without regular expressions. */
    public static String pathOf(Class<?> resource, Method m) {
        String base = resource.getAnnotation(Path.class).value();
        Path own = m.getAnnotation(Path.class);
        String full = "/" + base + (own == null ? "" : "/" + own.value());
        full = full.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return full.length() > 1 && full.endsWith("/") ? full.substring(0, full.length() - 1) : full;
    }

    /** The HTTP method of a resource method, or {@code null} when it is not one. */
    public static String httpMethodOf(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private ObjectNode document(List<Class<?>> resources, String title, String version) {
        ObjectNode doc = F.objectNode();
        doc.put("openapi", "3.1.0");
        doc.putObject("info").put("title", title).put("version", version)
                .put("description", "KTGS (kiểm tra, giám sát) over HTTP. Errors are RFC 9457 problem details; "
                        + "updates need If-Match; creating POSTs accept Idempotency-Key.");
        doc.put("jsonSchemaDialect", "https://spec.openapis.org/oas/3.1/dialect/base");
        ObjectNode paths = doc.putObject("paths");
        schemaOf(Problem.class);
        for (Class<?> r : resources) {
            Method[] methods = r.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method m : methods) {
                String http = httpMethodOf(m);
                if (http == null || producesDocuments(m)) {
                    continue;
                }
                ObjectNode item = paths.has(pathOf(r, m)) ? (ObjectNode) paths.get(pathOf(r, m))
                        : paths.putObject(pathOf(r, m));
                item.set(http.toLowerCase(java.util.Locale.ROOT), operation(r, m));
            }
        }
        // a method answering PDF or DOCX on the path of a JSON one is another content of the same operation
        for (Class<?> r : resources) {
            for (Method m : r.getMethods()) {
                String http = httpMethodOf(m);
                if (http != null && producesDocuments(m) && paths.has(pathOf(r, m))) {
                    JsonNode op = paths.get(pathOf(r, m)).get(http.toLowerCase(java.util.Locale.ROOT));
                    if (op instanceof ObjectNode o) {
                        documents(o, m);
                    }
                }
            }
        }
        ObjectNode components = doc.putObject("components");
        ObjectNode s = components.putObject("schemas");
        schemas.forEach(s::set);
        return doc;
    }

    /** Whether the method answers documents (PDF, DOCX) rather than JSON. */
    private static boolean producesDocuments(Method m) {
        jakarta.ws.rs.Produces p = m.getAnnotation(jakarta.ws.rs.Produces.class);
        return p != null && Arrays.stream(p.value()).noneMatch(v -> v.startsWith("application/json"));
    }

    /** Adds the method's document media types, its extra query parameters and Content-Disposition to {@code op}. */
    private static void documents(ObjectNode op, Method m) {
        ObjectNode ok = (ObjectNode) op.path("responses").path("200");
        ObjectNode content = ok.has("content") ? (ObjectNode) ok.get("content") : ok.putObject("content");
        for (String v : m.getAnnotation(jakarta.ws.rs.Produces.class).value()) {
            String type = v.split(";")[0].trim();
            content.putObject(type).putObject("schema").put("type", "string").put("contentMediaType", type);
        }
        ObjectNode headers = ok.has("headers") ? (ObjectNode) ok.get("headers") : ok.putObject("headers");
        headers.putObject("Content-Disposition").put("description", "for a PDF or DOCX: attachment; filename=…")
                .putObject("schema").put("type", "string");
        ArrayNode params = op.has("parameters") ? (ArrayNode) op.get("parameters") : op.putArray("parameters");
        java.util.Set<String> known = new java.util.HashSet<>();
        params.forEach(p -> known.add(p.path("name").asText()));
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(QueryParam.class) && known.add(p.getAnnotation(QueryParam.class).value())) {
                ObjectNode q = param(p.getAnnotation(QueryParam.class).value(), "query", false);
                q.put("description", "for a PDF or DOCX answer");
                params.add(q);
            }
        }
    }

    private ObjectNode operation(Class<?> r, Method m) {
        ObjectNode op = F.objectNode();
        String resource = r.getSimpleName().replace("Resource", "");
        op.put("operationId", Character.toLowerCase(resource.charAt(0)) + resource.substring(1)
                + Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1));
        op.putArray("tags").add(resource);
        ArrayNode params = F.arrayNode();
        JsonNode body = null;
        boolean ifMatch = false;
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(PathParam.class)) {
                params.add(param(p.getAnnotation(PathParam.class).value(), "path", true));
            } else if (p.isAnnotationPresent(QueryParam.class)) {
                params.add(param(p.getAnnotation(QueryParam.class).value(), "query", false));
            } else if (p.isAnnotationPresent(HeaderParam.class)) {
                String name = p.getAnnotation(HeaderParam.class).value();
                ifMatch |= name.equalsIgnoreCase("If-Match");
                params.add(param(name, "header", name.equalsIgnoreCase("If-Match")));
            } else if (!p.isAnnotationPresent(Context.class)) {
                body = schemaOf(p.getParameterizedType());
            }
        }
        boolean creates = m.isAnnotationPresent(Creates.class);
        if (creates) {
            params.add(param(IdempotencyFilter.HEADER, "header", false));
        }
        if (!params.isEmpty()) {
            op.set("parameters", params);
        }
        if (body != null) {
            ObjectNode rb = op.putObject("requestBody");
            rb.put("required", true);
            rb.putObject("content").putObject("application/json").set("schema", body);
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject(creates ? "201" : "200");
        ok.put("description", creates ? "Created" : "OK");
        ObjectNode headers = F.objectNode();
        Class<?> returned = m.getReturnType();
        if (Versioned.class.isAssignableFrom(returned)) {
            headers.putObject("ETag").put("description", "the version, for If-Match")
                    .putObject("schema").put("type", "string");
        }
        if (creates) {
            headers.putObject("Location").put("description", "the new resource")
                    .putObject("schema").put("type", "string");
        }
        if (!headers.isEmpty()) {
            ok.set("headers", headers);
        }
        ok.putObject("content").putObject("application/json").set("schema", schemaOf(m.getGenericReturnType()));
        if (ifMatch) {
            problem(responses, "412", "If-Match names another version");
            problem(responses, "428", "If-Match is missing");
        }
        if (body != null) {
            problem(responses, "400", "malformed JSON, invalid UTF-8 or parameter");
            problem(responses, "413", "body over the size limit");
            problem(responses, "415", "not UTF-8 application/json");
            problem(responses, "422", "invalid input, with every violation");
        }
        problem(responses, "default", "an error, as RFC 9457 problem details");
        return op;
    }

    private static void problem(ObjectNode responses, String status, String description) {
        ObjectNode r = responses.putObject(status);
        r.put("description", description);
        r.putObject("content").putObject(PROBLEM).putObject("schema").put("$ref", "#/components/schemas/Problem");
    }

    private static ObjectNode param(String name, String in, boolean required) {
        ObjectNode p = F.objectNode();
        p.put("name", name).put("in", in).put("required", required);
        p.putObject("schema").put("type", "string");
        return p;
    }

    private ObjectNode schemaOf(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        ObjectNode s = F.objectNode();
        if (raw == String.class) {
            return s.put("type", "string");
        }
        if (raw == UUID.class) {
            return s.put("type", "string").put("format", "uuid");
        }
        if (raw == LocalDate.class) {
            return s.put("type", "string").put("format", "date");
        }
        if (raw == int.class || raw == Integer.class) {
            return s.put("type", "integer").put("format", "int32");
        }
        if (raw == long.class || raw == Long.class) {
            return s.put("type", "integer").put("format", "int64");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return s.put("type", "boolean");
        }
        if (raw == java.math.BigDecimal.class) {
            return s.put("type", "number");
        }
        if (raw == Map.class) {
            s.put("type", "object");
            s.set("additionalProperties", schemaOf(((ParameterizedType) type).getActualTypeArguments()[1]));
            return s;
        }
        if (JsonNode.class.isAssignableFrom(raw)) {
            return s;
        }
        if (raw == List.class) {
            s.put("type", "array");
            s.set("items", schemaOf(((ParameterizedType) type).getActualTypeArguments()[0]));
            return s;
        }
        String name = raw.getSimpleName();
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                name += "Of" + ((Class<?>) arg).getSimpleName();
            }
        }
        if (!schemas.containsKey(name)) {
            ObjectNode def = F.objectNode();
            schemas.put(name, def);
            if (raw.isEnum()) {
                def.put("type", "string");
                ArrayNode values = def.putArray("enum");
                for (Object c : raw.getEnumConstants()) {
                    values.add(((Enum<?>) c).name());
                }
            } else if (raw.isRecord()) {
                record(def, raw, type);
            } else {
                throw new IllegalStateException("no schema for " + type);
            }
        }
        return s.put("$ref", "#/components/schemas/" + name);
    }

    private void record(ObjectNode def, Class<?> raw, Type type) {
        def.put("type", "object");
        def.put("additionalProperties", false);
        ObjectNode props = def.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (RecordComponent c : raw.getRecordComponents()) {
            Type t = c.getGenericType();
            if (type instanceof ParameterizedType p && t instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof java.lang.reflect.TypeVariable<?>) {
                t = new Parameterised(pt.getRawType(), p.getActualTypeArguments()[0]);
            }
            ObjectNode s = schemaOf(t);
            if (JsonBinder.isNullable(c)) {
                if (s.has("$ref")) {
                    ObjectNode any = F.objectNode();
                    any.putArray("oneOf").add(s).add(F.objectNode().put("type", "null"));
                    s = any;
                } else {
                    String single = s.get("type").asText();
                    s.putArray("type").add(single).add("null");
                }
            } else {
                required.add(c.getName());
            }
            props.set(c.getName(), s);
        }
        if (!required.isEmpty()) {
            def.set("required", required);
        }
    }

    /** {@code List<T>} with {@code T} bound, for generic records such as {@code Page<T>}. */
    private record Parameterised(Type raw, Type arg) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {arg};
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }
}
