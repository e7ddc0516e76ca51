#version 330 core
// Screen-space thick lines: one instance per segment (start.xy, end.xy in projected units),
// expanded to a quad of u_halfWidth pixels on each side (and past each end, so joints close).
// Width is in pixels, independent of zoom, so borders stay crisp on any screen.
layout(location = 0) in vec4 a_segment;
uniform vec4 u_transform;   // ndc = p * xy + zw
uniform vec2 u_viewport;    // pixels
uniform float u_halfWidth;  // pixels
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
    vec2 p = mix(a, b, corner.x) + normal * (corner.y * u_halfWidth)
           + dir * ((corner.x * 2.0 - 1.0) * u_halfWidth);
    gl_Position = vec4(p / halfViewport, 0.0, 1.0);
}
