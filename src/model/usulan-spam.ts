/**
 * Anti-spam without a CAPTCHA: a minimum fill time and a per-device rate limit. Both answer
 * "how long until this is fine" so the form can say "tunggu sebentar" with a real number
 * instead of calling a fast person a robot.
 */

/** Milliseconds still to wait before a form started at `startedAt` may be sent; 0 when it may. */
export function fillTimeRemaining(startedAt: number, now: number, minMs: number): number {
  return Math.max(0, startedAt + minMs - now);
}

/** The send times still inside the window, oldest first. */
export function recentSends(times: readonly number[], now: number, windowMs: number): number[] {
  return times.filter((t) => t > now - windowMs && t <= now).sort((a, b) => a - b);
}

/** Milliseconds until one more send fits `max` per `windowMs`; 0 when it fits now. */
export function rateLimitRemaining(times: readonly number[], now: number, max: number, windowMs: number): number {
  const recent = recentSends(times, now, windowMs);
  if (recent.length < max) return 0;
  // The oldest send that must leave the window before one more fits.
  return recent[recent.length - max]! + windowMs - now;
}
