package weft.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the open pages are told: the generation of the publication being served (a new one after every successful
 * rebuild) and, when the latest build failed, its diagnostics as the terminal prints them (the pages served are then
 * still those of the last good build).
 */
record PreviewState(long generation, List<String> diagnostics) {

    private static final ObjectMapper JSON = new ObjectMapper();

    PreviewState {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The state as the reload channel sends it, one line of JSON. */
    String toJson() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("generation", generation);
        state.put("diagnostics", diagnostics);
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
