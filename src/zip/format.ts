/**
 * The zip format's numbers (PKWARE APPNOTE 6.3.10): signatures, fixed header sizes, flags,
 * methods, and the fixed date written on every entry. Shared by the writer and the reader.
 *
 * @module
 */

/** Local file header signature `PK\x03\x04`. */
export const SIG_LOCAL = 0x04034b50;
/** Central directory file header signature `PK\x01\x02`. */
export const SIG_CENTRAL = 0x02014b50;
/** End of central directory signature `PK\x05\x06`. */
export const SIG_EOCD = 0x06054b50;
/** Zip64 end of central directory record signature `PK\x06\x06`. */
export const SIG_ZIP64_EOCD = 0x06064b50;
/** Zip64 end of central directory locator signature `PK\x06\x07`. */
export const SIG_ZIP64_LOCATOR = 0x07064b50;

/** Fixed part of a local file header. */
export const LOCAL_HEADER_SIZE = 30;
/** Fixed part of a central directory file header. */
export const CENTRAL_HEADER_SIZE = 46;
/** End of central directory record without comment. */
export const EOCD_SIZE = 22;
/** Zip64 end of central directory locator. */
export const ZIP64_LOCATOR_SIZE = 20;
/** Fixed part of the zip64 end of central directory record. */
export const ZIP64_EOCD_SIZE = 56;

/** Compression method 0: stored. */
export const METHOD_STORE = 0;
/** Compression method 8: deflated. */
export const METHOD_DEFLATE = 8;
/** Compression method 99: WinZip AES encryption. */
export const METHOD_AES = 99;

/** General purpose flag bit 0: the entry is encrypted. */
export const FLAG_ENCRYPTED = 0x0001;
/** General purpose flag bit 3: sizes and CRC follow the data in a data descriptor. */
export const FLAG_DATA_DESCRIPTOR = 0x0008;
/** General purpose flag bit 6: strong encryption. */
export const FLAG_STRONG_ENCRYPTION = 0x0040;
/** General purpose flag bit 11: the name is UTF-8. */
export const FLAG_UTF8 = 0x0800;

/** Largest value of a 16-bit field, also the zip64 marker of counts. */
export const MAX_UINT16 = 0xffff;
/** Largest value of a 32-bit field, also the zip64 marker of sizes and offsets. */
export const MAX_UINT32 = 0xffffffff;

/**
 * The date and time written on every entry, as the DOS fields hold it (no time zone):
 * 1 February 1980, 00:00:00. Fixed so that the same inputs give the same bytes; 1 February
 * rather than 1 January (the DOS epoch) so that no reader converting it to UTC falls
 * before 1980 (the same choice as Gradle's reproducible archives).
 *
 * @example
 * ```ts
 * import { PIECES_ZIP_ENTRY_DATE } from 'segur-sgl-solde/zip';
 * PIECES_ZIP_ENTRY_DATE; // '1980-02-01T00:00:00'
 * ```
 */
export const PIECES_ZIP_ENTRY_DATE = '1980-02-01T00:00:00';
/** {@link PIECES_ZIP_ENTRY_DATE} as a DOS date: (year − 1980) << 9 | month << 5 | day. */
export const ENTRY_DOS_DATE = (0 << 9) | (2 << 5) | 1;
/** {@link PIECES_ZIP_ENTRY_DATE} as a DOS time: hours << 11 | minutes << 5 | seconds / 2. */
export const ENTRY_DOS_TIME = 0;
