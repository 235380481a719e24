export { readAspReturn, aspVerdict, ACCEPTED_LABEL, type AspReturn, type AspReturnRequest, type AspVerdict } from './read-asp-return.js';
export { resubmissionFile } from './resubmission.js';
export { simulatePortalReturn, SIMULATED_IMP_ID, SIMULATED_ACCEPTED_CODE, type SimulatedReturn } from './simulate-return.js';
