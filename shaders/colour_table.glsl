#version 330 core
// Prepended to palette.frag: per-country colour from the palette texture (RGBA8, 256 entries a
// row; entry i at (i % 256, i / 256)), uploaded by the renderer with any colour fade already
// blended in. Alpha below 0.75 marks "status known but date uncertain": drawn hatched, never
// as a confident colour.
uniform sampler2D u_palette;
uniform float u_hatchPx;         // stripe period in pixels

vec4 CountryColour(uint country) {
    int id = int(country);
    return texelFetch(u_palette, ivec2(id & 255, id >> 8), 0);
}

vec3 HatchIfUncertain(vec4 c) {
    if (c.a < 0.75 && mod(gl_FragCoord.x + gl_FragCoord.y, u_hatchPx) < 0.5 * u_hatchPx)
        return mix(c.rgb, vec3(1.0), 0.65);
    return c.rgb;
}
