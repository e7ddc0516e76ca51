#version 330 core
// Arc coverage: full inside the half width, a one-pixel linear ramp at each edge (anti-aliased
// without relying on MSAA); dashed arcs (suspended dialogues) keep u_dashPx on, u_gapPx off.
in vec4 v_colour;
in float v_across;
in float v_along;
flat in float v_halfWidth;
flat in float v_dashed;
uniform float u_dashPx;
uniform float u_gapPx;
out vec4 o_colour;
void main() {
    float coverage = clamp(v_halfWidth + 0.5 - abs(v_across), 0.0, 1.0);
    if (v_dashed > 0.5) {
        float m = mod(v_along, u_dashPx + u_gapPx);
        coverage *= clamp(u_dashPx - m + 0.5, 0.0, 1.0) * clamp(m + 0.5, 0.0, 1.0);
    }
    if (coverage <= 0.0) discard;
    o_colour = vec4(v_colour.rgb, v_colour.a * coverage);
}
