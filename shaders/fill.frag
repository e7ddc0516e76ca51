#version 330 core
// Colour table: RGBA8 texture, 256 entries per row; entry i is at (i % 256, i / 256).
uniform sampler2D u_colours;
flat in uint v_country;
out vec4 o_colour;
void main() {
    int id = int(v_country);
    o_colour = texelFetch(u_colours, ivec2(id & 255, id >> 8), 0);
}
