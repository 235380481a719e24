export * from './fields.js';
export * from './layout.js';
