#version 330 core
// Shared by fill.frag and marker.frag (prepended): per-country colour from the colour tables.
// Tables are RGBA8 textures, 256 entries per row; entry i is at (i % 256, i / 256). Each
// country fades from u_from to u_to starting at u_fadeStart (seconds) over u_fadeSeconds, so
// status changes animate without touching geometry. Alpha below 0.75 marks "status known but
// date uncertain": drawn hatched, never as a confident colour.
uniform sampler2D u_to;
uniform sampler2D u_from;
uniform sampler2D u_fadeStart;   // R32F, seconds on the same clock as u_time
uniform float u_time;            // seconds
uniform float u_fadeSeconds;     // > 0
uniform float u_hatchPx;         // stripe period in pixels

vec4 CountryColour(uint country) {
    int id = int(country);
    ivec2 at = ivec2(id & 255, id >> 8);
    float t = clamp((u_time - texelFetch(u_fadeStart, at, 0).r) / u_fadeSeconds, 0.0, 1.0);
    return mix(texelFetch(u_from, at, 0), texelFetch(u_to, at, 0), smoothstep(0.0, 1.0, t));
}

vec3 HatchIfUncertain(vec4 c) {
    if (c.a < 0.75 && mod(gl_FragCoord.x + gl_FragCoord.y, u_hatchPx) < 0.5 * u_hatchPx)
        return mix(c.rgb, vec3(1.0), 0.65);
    return c.rgb;
}
