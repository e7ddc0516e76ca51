#version 330 core
// Shared by the passes that write the country-ID raster (prepended): an RGBA8 texel holds the
// country index in R (low byte) and G (high byte), border coverage in B and globe-outline
// (frame) coverage in A. Index 0xFFFF is the background outside the globe. One texel answers
// both "what colour" (through the palette) and "which country is here" (hover and click).
vec2 PackCountry(uint country) {
    return vec2(float(country & 255u), float((country >> 8) & 255u)) / 255.0;
}
