#version 330 core
// Screen-space thick lines: one instance per segment (start.xy, end.xy in projected units),
// expanded to a quad of u_halfWidth + 0.5 pixels on each side and past each end. The fragment
// shader computes coverage from the distance to the segment (round caps close the joints), so
// borders are anti-aliased without MSAA. Width is in pixels, independent of zoom.
layout(location = 0) in vec4 a_segment;
uniform vec4 u_transform;   // ndc = p * xy + zw
uniform vec2 u_viewport;    // pixels
uniform float u_halfWidth;  // pixels
out vec2 v_pixel;           // this fragment's position, pixels
flat out vec2 v_a;          // segment start, pixels
flat out vec2 v_b;          // segment end, pixels
// The quad's corners, drawn as two indexed triangles (0 1 2, 0 2 3): four vertices shaded, not six.
const vec2 kCorners[4] = vec2[4](vec2(0, -1), vec2(1, -1), vec2(1, 1), vec2(0, 1));
void main() {
    vec2 corner = kCorners[gl_VertexID];
    vec2 halfViewport = 0.5 * u_viewport;
    vec2 a = (a_segment.xy * u_transform.xy + u_transform.zw + 1.0) * halfViewport;
    vec2 b = (a_segment.zw * u_transform.xy + u_transform.zw + 1.0) * halfViewport;
    vec2 d = b - a;
    float len = length(d);
    vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
    vec2 normal = vec2(-dir.y, dir.x);
    float reach = u_halfWidth + 0.5;  // where coverage reaches 0
    vec2 p = mix(a, b, corner.x) + normal * (corner.y * reach) + dir * ((corner.x * 2.0 - 1.0) * reach);
    v_pixel = p;
    v_a = a;
    v_b = b;
    gl_Position = vec4(p / halfViewport - 1.0, 0.0, 1.0);
}
