// Country fill (colour_table.glsl is prepended).
flat in uint v_country;
out vec4 o_colour;
void main() {
    o_colour = vec4(HatchIfUncertain(CountryColour(v_country)), 1.0);
}
