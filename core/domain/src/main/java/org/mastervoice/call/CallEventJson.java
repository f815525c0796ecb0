package org.mastervoice.call;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON form of a {@link CallEvent} (written by hand: the domain takes no JSON library). */
public final class CallEventJson {

    private CallEventJson() {
    }

    public static String toJson(CallEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", CallEvent.SCHEMA_VERSION);
        m.put("type", e.getClass().getSimpleName());
        m.put("callId", e.callId());
        m.put("tenantId", e.tenant().value());
        m.put("sequence", e.sequence());
        m.put("at", e.at().toString());
        switch (e) {
            case CallEvent.CallStarted s -> {
                m.put("callerNumber", s.callerNumber());
                m.put("callerName", s.callerName());
                m.put("dialled", s.dialled());
                m.put("direction", s.direction());
            }
            case CallEvent.LegRinging r -> m.put("device", r.device());
            case CallEvent.LegAnswered a -> {
                m.put("device", a.device());
                m.put("extension", a.extension());
            }
            case CallEvent.CallEnded x -> {
                m.put("disposition", x.disposition());
                m.put("hangupSide", x.hangupSide());
                m.put("sipStatus", x.sipStatus());
                m.put("cause", x.cause());
            }
        }
        StringBuilder json = new StringBuilder("{");
        m.forEach((k, v) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(k).append("\":");
            if (v instanceof Number n) {
                json.append(n);
            } else if (v == null) {
                json.append("null");
            } else {
                quote(json, v.toString());
            }
        });
        return json.append('}').toString();
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
