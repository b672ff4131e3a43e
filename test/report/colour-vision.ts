/**
 * Colours as a reader with deuteranopia sees them, and how far apart two colours look.
 * Simulation: Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE TVCG 15(6), the deuteranopia matrix at severity
 * 1.0, applied to linear sRGB. Distance: CIE 1976 ΔE*ab in CIELAB (D65 white), where about 2.3
 * is just noticeable and 10 or more reads as clearly another colour.
 */
const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
] as const;

type Rgb = readonly [number, number, number];

/** "#d55e00" → linear sRGB in [0, 1] (IEC 61966-2-1 transfer function). */
export function linearRgb(hex: string): Rgb {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(0), channel(1), channel(2)];
}

export function deuteranopia(rgb: Rgb): Rgb {
  const row = (r: readonly number[]) =>
    Math.min(1, Math.max(0, (r[0] ?? 0) * rgb[0] + (r[1] ?? 0) * rgb[1] + (r[2] ?? 0) * rgb[2]));
  return [row(DEUTERANOPIA[0]), row(DEUTERANOPIA[1]), row(DEUTERANOPIA[2])];
}

/** Linear sRGB → CIELAB (sRGB matrix to XYZ, D65 white). */
export function lab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** ΔE*ab between two colours as a reader with deuteranopia sees them. */
export function deuteranopeDistance(a: string, b: string): number {
  const [l1, a1, b1] = lab(deuteranopia(linearRgb(a)));
  const [l2, a2, b2] = lab(deuteranopia(linearRgb(b)));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
