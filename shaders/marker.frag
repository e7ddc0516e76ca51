// Marker disc into the ID raster (id_raster.glsl is prepended). u_rim 0: the disc (radius <= 1)
// takes the country's index and its ring (outer 30 %) border coverage, replacing what is below;
// u_rim 1: the anti-aliased fringe just outside the disc, MAX-blended into border coverage only.
flat in uint v_country;
in vec2 v_offset;
uniform float u_radiusPx;
uniform int u_rim;
out vec4 o_id;
void main() {
    float r = length(v_offset);
    if (u_rim == 0) {
        if (r > 1.0) discard;
        float ring = clamp((r - 0.7) * u_radiusPx + 0.5, 0.0, 1.0);
        o_id = vec4(PackCountry(v_country), ring, 0.0);
    } else {
        float coverage = clamp((1.0 - r) * u_radiusPx + 0.5, 0.0, 1.0);
        if (r <= 1.0 || coverage <= 0.0) discard;
        o_id = vec4(coverage);
    }
}
