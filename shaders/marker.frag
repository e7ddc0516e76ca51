// Marker disc with a dark ring (colour_table.glsl is prepended).
flat in uint v_country;
in vec2 v_offset;
uniform vec4 u_ring;
out vec4 o_colour;
void main() {
    float r = length(v_offset);
    if (r > 1.0) discard;
    vec3 fill = HatchIfUncertain(CountryColour(v_country));
    o_colour = vec4(r > 0.7 ? u_ring.rgb : fill, 1.0);
}
