/**
 * Photos leave the device only as pixels: decoding and re-encoding through a canvas writes a
 * fresh JPEG with no EXIF, so the camera's GPS position, time and serial number stay behind.
 * Resizing on the device also keeps an upload small on a slow line.
 */
export const MAX_PHOTOS = 3;
const MAX_SIDE = 1600;
const QUALITY = 0.82;

export async function cleanPhoto(file: Blob, maxSide = MAX_SIDE): Promise<Blob> {
  // createImageBitmap applies the EXIF orientation, so the re-encoded photo is upright.
  const bitmap = await createImageBitmap(file);
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    // OffscreenCanvas where there is one (it encodes off the main thread's frame loop);
    // a plain canvas on older Safari.
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      ctx.drawImage(bitmap, 0, 0, width, height);
      return await canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('JPEG encoding failed'))), 'image/jpeg', QUALITY),
    );
  } finally {
    bitmap.close();
  }
}
