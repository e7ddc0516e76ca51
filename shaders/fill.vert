#version 330 core
// Country fill: positions are already projected (projected units); the per-vertex country
// index is written to the ID raster, so recolouring never touches geometry.
layout(location = 0) in vec2 a_position;
layout(location = 1) in uint a_country;
uniform vec4 u_transform;  // ndc = a_position * xy + zw (see MapView::NdcTransform)
flat out uint v_country;
void main() {
    gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);
    v_country = a_country;
}
