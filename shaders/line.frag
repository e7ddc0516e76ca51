#version 330 core
// Line coverage into the ID raster: full within u_halfWidth of the segment, a one-pixel ramp at
// the edge. Blended with MAX into the channel the colour mask leaves writable (B borders, A frame).
in vec2 v_pixel;
flat in vec2 v_a;
flat in vec2 v_b;
uniform float u_halfWidth;  // pixels
out vec4 o_coverage;
void main() {
    vec2 ab = v_b - v_a;
    float len2 = dot(ab, ab);
    float t = len2 > 1e-12 ? clamp(dot(v_pixel - v_a, ab) / len2, 0.0, 1.0) : 0.0;
    float dist = length(v_pixel - (v_a + t * ab));
    float coverage = clamp(u_halfWidth + 0.5 - dist, 0.0, 1.0);
    if (coverage <= 0.0) discard;
    o_coverage = vec4(coverage);
}
