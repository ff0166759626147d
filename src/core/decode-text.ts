/**
 * Bytes of a data file as text. JSON is UTF-8, but a CSV saved by Excel is not always:
 * "CSV (Comma delimited)" on an Indonesian Windows writes windows-1252 (é, ’, a no-break space
 * after "Rp"), and "Unicode Text" writes UTF-16 with a byte-order mark. Decoding those as UTF-8
 * garbles names and makes "Rp 12.000.000" unreadable, so: a byte-order mark decides; else valid
 * UTF-8 is UTF-8; else windows-1252 (every byte is a character there, so nothing is lost).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function sniffEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The text of `bytes` in the encoding `sniffEncoding` finds; a leading byte-order mark is dropped. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(sniffEncoding(bytes)).decode(bytes);
}
