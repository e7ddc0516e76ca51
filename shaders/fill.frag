// Country fill into the ID raster (id_raster.glsl is prepended): the country index, no coverage.
flat in uint v_country;
out vec4 o_id;
void main() {
    o_id = vec4(PackCountry(v_country), 0.0, 0.0);
}
