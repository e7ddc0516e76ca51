#version 330 core
// Markers for countries too small to see at the current zoom (microstates, island states):
// one instance per country at its label point, shown only while the country's projected
// extent is below u_minExtentPx pixels; a disc of u_radiusPx pixels, its quad half a pixel larger
// for the anti-aliased rim.
layout(location = 0) in vec2 a_centre;   // projected units
layout(location = 1) in float a_extent;  // larger side of the country's projected bounding box
layout(location = 2) in uint a_country;
uniform vec4 u_transform;      // ndc = p * xy + zw
uniform vec2 u_viewport;       // pixels
uniform float u_radiusPx;
uniform float u_minExtentPx;
uniform float u_pixelsPerUnit; // current zoom
flat out uint v_country;
out vec2 v_offset;             // position across the disc, in radii (1 = the rim)
// The quad's corners, drawn as two indexed triangles (0 1 2, 0 2 3).
const vec2 kCorners[4] = vec2[4](vec2(-1, -1), vec2(1, -1), vec2(1, 1), vec2(-1, 1));
void main() {
    v_country = a_country;
    v_offset = kCorners[gl_VertexID] * (1.0 + 0.5 / u_radiusPx);
    if (a_extent * u_pixelsPerUnit >= u_minExtentPx) {
        gl_Position = vec4(2.0, 2.0, 2.0, 1.0);  // visible as a polygon: no marker (clipped)
        return;
    }
    vec2 ndc = a_centre * u_transform.xy + u_transform.zw;
    gl_Position = vec4(ndc + v_offset * u_radiusPx / (0.5 * u_viewport), 0.0, 1.0);
}
