#version 330 core
// Great-circle arcs of the bilateral view: one instance per projected segment, expanded to a
// screen-space quad of a_style.x pixels half-width plus one pixel for anti-aliasing (and past each
// end, so the segments of an arc join). v_across and v_along (pixels) feed the fragment shader's
// coverage and dash pattern; a_style.w is the arc length before this segment (projected units).
layout(location = 0) in vec4 a_segment;  // start.xy, end.xy (projected units)
layout(location = 1) in vec4 a_colour;   // RGBA 0..1
layout(location = 2) in vec4 a_style;    // half width (px at pixel scale 1), dashed (0/1), unused, length before
uniform vec4 u_transform;       // ndc = p * xy + zw
uniform vec2 u_viewport;        // pixels
uniform float u_pixelScale;     // line-width multiplier
uniform float u_pixelsPerUnit;  // current zoom
out vec4 v_colour;
out float v_across;
out float v_along;
flat out float v_halfWidth;
flat out float v_dashed;
const vec2 kCorners[6] = vec2[6](vec2(0, -1), vec2(1, -1), vec2(1, 1),
                                 vec2(0, -1), vec2(1, 1), vec2(0, 1));
void main() {
    vec2 corner = kCorners[gl_VertexID];
    vec2 halfViewport = 0.5 * u_viewport;
    vec2 a = (a_segment.xy * u_transform.xy + u_transform.zw) * halfViewport;
    vec2 b = (a_segment.zw * u_transform.xy + u_transform.zw) * halfViewport;
    vec2 d = b - a;
    float len = length(d);
    vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
    vec2 normal = vec2(-dir.y, dir.x);
    float halfWidth = max(0.5, a_style.x * u_pixelScale);
    float reach = halfWidth + 1.0;
    float beyond = (corner.x * 2.0 - 1.0) * halfWidth;
    vec2 p = mix(a, b, corner.x) + normal * (corner.y * reach) + dir * beyond;
    v_colour = a_colour;
    v_across = corner.y * reach;
    v_along = a_style.w * u_pixelsPerUnit + corner.x * len + beyond;
    v_halfWidth = halfWidth;
    v_dashed = a_style.y;
    gl_Position = vec4(p / halfViewport, 0.0, 1.0);
}
