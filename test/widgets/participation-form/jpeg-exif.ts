// A camera-like JPEG made in the test: canvas pixels plus an APP1 Exif segment whose GPS IFD
// holds a latitude (7° 33' 12.34" S) and longitude, assembled byte by byte.

const LAT = [7, 1, 33, 1, 1234, 100];
const LNG = [110, 1, 24, 1, 5678, 100];

/** The APP1 segment: FFE1, length, "Exif\0\0", a big-endian TIFF with IFD0 → GPS IFD. */
export function exifApp1WithGps(): Uint8Array {
  const tiff = new DataView(new ArrayBuffer(128));
  let o = 0;
  const u16 = (v: number) => { tiff.setUint16(o, v); o += 2; };
  const u32 = (v: number) => { tiff.setUint32(o, v); o += 4; };
  const entry = (tag: number, type: number, count: number, value: number) => { u16(tag); u16(type); u32(count); u32(value); };
  u16(0x4d4d); u16(0x002a); u32(8); // "MM", 42, IFD0 at 8
  u16(1); entry(0x8825, 4, 1, 26); u32(0); // IFD0: GPSInfo → 26
  u16(4); // GPS IFD at 26, data at 80
  entry(0x0001, 2, 2, 0x53000000); // GPSLatitudeRef "S"
  entry(0x0002, 5, 3, 80); // GPSLatitude
  entry(0x0003, 2, 2, 0x45000000); // GPSLongitudeRef "E"
  entry(0x0004, 5, 3, 104); // GPSLongitude
  u32(0);
  for (const v of [...LAT, ...LNG]) u32(v);
  const body = new Uint8Array([0x45, 0x78, 0x69, 0x66, 0, 0, ...new Uint8Array(tiff.buffer)]);
  const len = body.length + 2;
  return new Uint8Array([0xff, 0xe1, len >> 8, len & 0xff, ...body]);
}

/** A real JPEG from a canvas with the Exif segment inserted after the JFIF APP0. */
export async function jpegWithGps(width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  // OffscreenCanvas encodes without waiting for a frame, so a background test tab does not stall.
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#2a7';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#c33';
  ctx.fillRect(0, 0, width / 2, height / 2);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  const jpeg = new Uint8Array(await blob.arrayBuffer());
  const at = jpeg[3] === 0xe0 ? 4 + ((jpeg[4]! << 8) | jpeg[5]!) : 2;
  return new Uint8Array([...jpeg.slice(0, at), ...exifApp1WithGps(), ...jpeg.slice(at)]);
}

/** Walks the JPEG's header segments (up to the scan) looking for APP1 "Exif\0\0". */
export function hasExifApp1(bytes: Uint8Array): boolean {
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    if (marker === 0xda) return false;
    const len = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    const id = String.fromCharCode(...bytes.slice(i + 4, i + 10));
    if (marker === 0xe1 && id === 'Exif\0\0') return true;
    i += 2 + len;
  }
  return false;
}

/** The latitude's seconds rational (1234/100) anywhere in the file. */
export function hasGpsLatitude(bytes: Uint8Array): boolean {
  const needle = [0, 0, 0x04, 0xd2, 0, 0, 0, 0x64];
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
