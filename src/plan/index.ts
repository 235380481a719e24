export { planDeposits } from './plan-deposits.js';
export { estimateZipBytes, DEFAULT_MAX_ZIP_BYTES, type ZipEntryEstimate } from './estimate-zip-bytes.js';
export type { PieceRef, PieceSizes, PlanDepositsOptions, PlannedDeposit, PlannedPiece } from './plan-types.js';
