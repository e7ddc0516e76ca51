#version 330 core
// One triangle covering the viewport (the palette pass).
const vec2 kCorners[3] = vec2[3](vec2(-1, -1), vec2(3, -1), vec2(-1, 3));
void main() { gl_Position = vec4(kCorners[gl_VertexID], 0.0, 1.0); }
