/**
 * GLSL of the fleet layer (WebGL2). Trails: each segment's quad is cut on the GPU to the part
 * driven in the last `trailLength` seconds and widened in screen space; nothing outside the trail
 * reaches the rasteriser. Heads: one point sprite per segment, placed on the segment under way at
 * `currentTime` (every other segment is moved outside the clip volume).
 */
import type { ShaderModule } from '@luma.gl/shadertools';

/** Uniforms of the fleet shaders (colours 0–1, times in seconds of the trips' clock, sizes in CSS pixels). */
export interface FleetUniformProps {
  trailColor: [number, number, number, number];
  headColor: [number, number, number, number];
  currentTime: number;
  trailLength: number;
  trailWidthPx: number;
  headSizePx: number;
  /** 0: a round marker; 1: a truck on a dark disc. */
  headStyle: number;
}

const uniformBlock = /* glsl */ `\
layout(std140) uniform fleetUniforms {
  vec4 trailColor;
  vec4 headColor;
  float currentTime;
  float trailLength;
  float trailWidthPx;
  float headSizePx;
  float headStyle;
} fleet;
`;

/** The `fleet` uniform block as a shader module. */
export const fleetUniforms = {
  name: 'fleet',
  vs: uniformBlock,
  fs: uniformBlock,
  uniformTypes: {
    trailColor: 'vec4<f32>',
    headColor: 'vec4<f32>',
    currentTime: 'f32',
    trailLength: 'f32',
    trailWidthPx: 'f32',
    headSizePx: 'f32',
    headStyle: 'f32',
  },
} as const satisfies ShaderModule<FleetUniformProps>;

/**
 * Trail vertex shader: 4 vertices per segment (corner from gl_VertexID), one projection per vertex
 * — the quad's direction comes from the lon/lat difference scaled by cos(latitude), which Web
 * Mercator (conformal) keeps on screen.
 */
export const TRAILS_VS = /* glsl */ `\
#version 300 es
#define SHADER_NAME fleet-trails-vertex-shader
in vec4 ends;
in vec2 times;
out float vAlpha;
void main(void) {
  float now = fleet.currentTime;
  int corner = gl_VertexID % 4;
  bool atHead = corner == 1 || corner == 3;
  float t = atHead ? min(times.y, now) : max(times.x, now - fleet.trailLength);
  if (min(times.y, now) <= max(times.x, now - fleet.trailLength)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    vAlpha = 0.0;
    return;
  }
  vec2 lonLat = mix(ends.xy, ends.zw, (t - times.x) / (times.y - times.x));
  vec2 d = vec2((ends.z - ends.x) * cos(radians(ends.y)), ends.w - ends.y);
  vec2 normal = vec2(-d.y, d.x) / max(length(d), 1e-12);
  vec3 p = project_position(vec3(lonLat, 0.0));
  p.xy += normal * (corner < 2 ? -1.0 : 1.0) * project_pixel_size(fleet.trailWidthPx * 0.5);
  gl_Position = project_common_position_to_clipspace(vec4(p, 1.0));
  vAlpha = 1.0 - (now - t) / fleet.trailLength;
}
`;

/** Trail fragment shader: the fleet colour fading towards the trail's end. */
export const TRAILS_FS = /* glsl */ `\
#version 300 es
#define SHADER_NAME fleet-trails-fragment-shader
precision highp float;
in float vAlpha;
out vec4 fragColor;
void main(void) {
  fragColor = vec4(fleet.trailColor.rgb, fleet.trailColor.a * clamp(vAlpha, 0.0, 1.0));
}
`;

/** Head vertex shader: one point per segment, drawn only while its segment is under way. */
export const HEADS_VS = /* glsl */ `\
#version 300 es
#define SHADER_NAME fleet-heads-vertex-shader
in vec4 ends;
in vec2 times;
in float tripIndex;
void main(void) {
  float now = fleet.currentTime;
  if (now < times.x || now >= times.y) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 1.0;
    return;
  }
  vec2 lonLat = mix(ends.xy, ends.zw, (now - times.x) / (times.y - times.x));
  gl_Position = project_common_position_to_clipspace(vec4(project_position(vec3(lonLat, 0.0)), 1.0));
  gl_PointSize = fleet.headSizePx * project.devicePixelRatio;
  picking_setPickingColor(picking_getPickingColorFromIndex(tripIndex));
}
`;

/** Head fragment shader: a round marker with a dark ring, or a truck glyph on a dark disc. */
export const HEADS_FS = /* glsl */ `\
#version 300 es
#define SHADER_NAME fleet-heads-fragment-shader
precision highp float;
out vec4 fragColor;
float inBox(vec2 p, vec2 lo, vec2 hi) {
  return step(lo.x, p.x) * step(p.x, hi.x) * step(lo.y, p.y) * step(p.y, hi.y);
}
void main(void) {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float r = length(c);
  if (r > 1.0) discard;
  vec4 color;
  if (fleet.headStyle < 0.5) {
    color = r > 0.68 ? vec4(0.08, 0.08, 0.08, 1.0) : fleet.headColor;
  } else {
    float truck = max(
      max(inBox(c, vec2(-0.62, -0.4), vec2(0.16, 0.28)), inBox(c, vec2(0.16, -0.14), vec2(0.62, 0.28))),
      max(step(length(c - vec2(-0.34, 0.42)), 0.17), step(length(c - vec2(0.38, 0.42)), 0.17))
    );
    color = truck > 0.5 ? fleet.headColor : vec4(0.08, 0.08, 0.08, 0.9);
  }
  fragColor = picking_filterPickingColor(color);
}
`;
