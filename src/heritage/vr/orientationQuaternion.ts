/**
 * Device orientation ("magic window") → camera orientation, in plain math so it can be tested.
 * The W3C DeviceOrientationEvent gives alpha (about z), beta (about x), gamma (about y) in degrees,
 * intrinsic Z-X'-Y''; the screen may be turned by `screenDeg` (0, 90, -90, 180).
 */

/** A unit quaternion `[x, y, z, w]`. */
export type Quaternion = [number, number, number, number];

function multiply(a: Quaternion, b: Quaternion): Quaternion {
  const [ax, ay, az, aw] = a;
  const [bx, by, bz, bw] = b;
  return [
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
    aw * bw - ax * bx - ay * by - az * bz,
  ];
}

function axisAngle(x: number, y: number, z: number, rad: number): Quaternion {
  const s = Math.sin(rad / 2);
  return [x * s, y * s, z * s, Math.cos(rad / 2)];
}

const DEG = Math.PI / 180;

/**
 * The quaternion that turns a camera looking down -Z (three.js convention, y up) the way the phone
 * is held: device frame from alpha/beta/gamma (Euler 'YXZ' as three.js' DeviceOrientationControls
 * did), then -90° about X (the camera looks out of the back of the phone, not up from its screen),
 * then the screen rotation about Z.
 */
export function orientationQuaternion(alphaDeg: number, betaDeg: number, gammaDeg: number, screenDeg = 0): Quaternion {
  // Euler YXZ with (x = beta, y = alpha, z = -gamma).
  const qy = axisAngle(0, 1, 0, alphaDeg * DEG);
  const qx = axisAngle(1, 0, 0, betaDeg * DEG);
  const qz = axisAngle(0, 0, 1, -gammaDeg * DEG);
  let q = multiply(multiply(qy, qx), qz);
  q = multiply(q, [-Math.SQRT1_2, 0, 0, Math.SQRT1_2]);
  return multiply(q, axisAngle(0, 0, 1, -screenDeg * DEG));
}
