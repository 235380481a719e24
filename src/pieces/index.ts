/**
 * segur-sgl-solde/pieces — what the pieces say: each piece read offline as the ASP's
 * instructor will, against the request it justifies (can it be opened, does the invoice
 * show the request's amount and date, do the pieces name its sites). pdf.js, the image
 * decoders and the XML validator load on first use only. Runs in browsers and Node.
 *
 * @module
 */
export { inspectPieceContent, type InspectPieceContentOptions, type PieceToInspect } from './inspect-piece-content.js';
export { inspectPieces, type PieceBytes } from './inspect-pieces.js';
export type { JustifiedRequest } from './reading-issues.js';
export { DEFAULT_PIECE_TIMEOUT_MS, MAX_IMAGE_PIXELS, MAX_TEXT_PAGES, type InspectContentOptions, type InspectProgress } from './options.js';
