/**
 * A piece to put in the zip, whatever holds it: bytes in memory, a `Blob`, a file on disk
 * (the Node entry). Its size is known without reading it, so that an oversized piece is
 * refused before a byte of it is read.
 *
 * @module
 */
import { SoldeUsageError } from '../issues/error.js';
import { isArrayBuffer, isBlob, isUint8Array, plainBytes } from './binary-input.js';

/**
 * What a piece that streams its bytes (a file on disk) says while it is written: that it
 * changed since it was planned, or that it could not be read. Said aside rather than as a
 * stream error, which jszip loses when the error comes while it is paused.
 */
export interface ContentWatch {
  changed(): void;
  failed(error: unknown): void;
}

/** A piece's content as jszip takes it: its bytes (`Promise`) or a Node stream. */
export type PieceContent = Promise<Uint8Array> | NodeJS.ReadableStream;

/** A piece's bytes, read on demand. */
export interface PieceSource {
  /** Size in bytes. */
  readonly size: number;
  /** The first `length` bytes (fewer if the piece is shorter). */
  head(length: number): Promise<Uint8Array>;
  /** All the bytes. */
  bytes(): Promise<Uint8Array>;
  /**
   * The content handed to jszip when the zip is written; a stream is read only when its turn
   * comes and checks again what was planned (its size, its first bytes of `format`), reporting
   * to `watch`. Default: {@link PieceSource.bytes}.
   */
  content?(planned: { size: number; format: string }, watch: ContentWatch): PieceContent;
}

/**
 * A piece in memory (no copy).
 *
 * @example
 * ```ts
 * memoryPiece(new Uint8Array([0x25, 0x50])).size; // 2
 * ```
 */
export function memoryPiece(data: Uint8Array): PieceSource {
  return { size: data.length, head: (n) => Promise.resolve(data.subarray(0, n)), bytes: () => Promise.resolve(data) };
}

/**
 * A piece held by a `Blob`: only the slices asked for are read.
 *
 * @example
 * ```ts
 * await blobPiece(new Blob(['%PDF-1.7'])).head(5);
 * ```
 */
export function blobPiece(blob: Blob): PieceSource {
  return {
    size: blob.size,
    head: async (n) => new Uint8Array(await blob.slice(0, n).arrayBuffer()),
    bytes: async () => new Uint8Array(await blob.arrayBuffer()),
  };
}

/**
 * The source of a value of `pieces`.
 *
 * @param value - a `Uint8Array`, `ArrayBuffer` or `Blob`
 * @param key - its key in `pieces`, for the error message
 * @param fn - the public function's name, for the error message
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` for any other value
 * @example
 * ```ts
 * toPieceSource(new ArrayBuffer(3), 'BIO-SGL-Va1-VA-00001.pdf').size; // 3
 * ```
 */
export function toPieceSource(value: unknown, key: string, fn = 'buildPiecesZip'): PieceSource {
  if (isUint8Array(value)) return memoryPiece(plainBytes(value));
  if (isArrayBuffer(value)) return memoryPiece(new Uint8Array(value));
  if (isBlob(value)) return blobPiece(value);
  throw new SoldeUsageError('ARGUMENT_INVALID', `${fn}: pieces[${JSON.stringify(key)}] doit être un Uint8Array, un ArrayBuffer ou un Blob`);
}

/**
 * The sources of the `pieces` argument, by name.
 *
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` when `pieces` is not an object of binary values
 * @example
 * ```ts
 * piecesByName({ 'BIO-SGL-Va1-VA-00001.pdf': new Uint8Array([0x25]) }).size; // 1
 * ```
 */
export function piecesByName(pieces: unknown): Map<string, PieceSource> {
  if (typeof pieces !== 'object' || pieces === null || Array.isArray(pieces) || isUint8Array(pieces) || isBlob(pieces)) {
    throw new SoldeUsageError('ARGUMENT_INVALID', 'buildPiecesZip: pieces doit être un objet { [nomFichier]: Uint8Array | ArrayBuffer | Blob }');
  }
  const out = new Map<string, PieceSource>();
  for (const [key, value] of Object.entries(pieces)) out.set(key, toPieceSource(value, key));
  return out;
}
