/**
 * Walks from noise vector `a` to `b` along the great circle between them (spherical
 * interpolation). Gaussian noise vectors lie near a sphere, so this path stays where the
 * generator was trained, where a straight line would pass through vectors shorter than any it
 * has seen. Falls back to a straight line when the two are (anti)parallel.
 *
 * @param t - 0 gives `a`, 1 gives `b`
 */
export function slerp(a: ArrayLike<number>, b: ArrayLike<number>, t: number): Float32Array {
  if (a.length !== b.length) throw new Error(`slerp of vectors of length ${a.length} and ${b.length}`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    normA += a[i] * a[i];
    normB += b[i] * b[i];
  }
  const cos = dot / Math.sqrt(normA * normB);
  const omega = Math.acos(Math.min(1, Math.max(-1, cos)));
  const sin = Math.sin(omega);
  const out = new Float32Array(a.length);
  const [wa, wb] =
    !Number.isFinite(cos) || sin < 1e-6
      ? [1 - t, t]
      : [Math.sin((1 - t) * omega) / sin, Math.sin(t * omega) / sin];
  for (let i = 0; i < a.length; i++) out[i] = wa * a[i] + wb * b[i];
  return out;
}

/** `count` vectors evenly spaced from `a` (first) to `b` (last) along {@link slerp}. */
export function latentWalk(a: ArrayLike<number>, b: ArrayLike<number>, count: number): Float32Array[] {
  if (count < 2) throw new Error(`a latent walk needs at least 2 points, got ${count}`);
  return Array.from({ length: count }, (_, i) => slerp(a, b, i / (count - 1)));
}
