package weft.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns view records into plain maps and lists, the only things the templates' object wrapper accepts:
 * a template can read a view's fields and nothing else (no methods, no classes).
 */
final class ViewModel {

    /** The components of each view record, read once per class: asking the class each time costs more than the rest. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Html html) {
            try {
                return HTMLOutputFormat.INSTANCE.fromMarkup(html.value());
            } catch (TemplateModelException e) {
                throw new IllegalStateException(e);
            }
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(ViewModel::of).orElse(null);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>();
            collection.forEach(item -> list.add(of(item)));
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
            return out;
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value.getClass().isRecord()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent c : COMPONENTS.get(value.getClass())) {
                try {
                    out.put(c.getName(), of(c.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read view field " + c.getName(), e);
                }
            }
            return out;
        }
        throw new IllegalArgumentException("not a view value: " + value.getClass().getName());
    }

    private ViewModel() {
    }
}
