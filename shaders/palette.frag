// The palette pass (colour_table.glsl is prepended): each pixel's country index from the ID
// raster (same size as the target; the globe's index is the country count, whose table entry is
// the ocean, and 0xFFFF the background) selects its colour, hatched when uncertain; border and
// frame coverage blend the border and frame colours on top. A date change runs only this pass.
uniform sampler2D u_ids;      // RGBA8: index low, index high, border coverage, frame coverage
uniform vec3 u_background;
uniform vec3 u_border;
uniform vec3 u_frame;
out vec4 o_colour;
void main() {
    vec4 t = texelFetch(u_ids, ivec2(gl_FragCoord.xy), 0);
    uint id = uint(t.r * 255.0 + 0.5) | (uint(t.g * 255.0 + 0.5) << 8);
    vec3 c = id == 0xFFFFu ? u_background : HatchIfUncertain(CountryColour(id));
    c = mix(c, u_border, t.b);
    c = mix(c, u_frame, t.a);
    o_colour = vec4(c, 1.0);
}
