/**
 * windows-1252, the encoding of old German web and office text. Node 20's
 * TextDecoder('windows-1252') decodes as latin-1 instead (0x80 → U+0080, not
 * "€"), so the bytes 0x80–0x9F, where the two differ, are spelled out here.
 * The five bytes windows-1252 leaves undefined map to the C1 control of the
 * same number, as the WHATWG Encoding Standard says.
 */
const HIGH_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The character of one byte. */
export function windows1252Char(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? HIGH_C1[byte - 0x80]! : String.fromCharCode(byte);
}
