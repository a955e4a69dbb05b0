// The loopback metadata sources the autofill tests run against. See emulator.ts.

export { MetadataEmulator, UNMATCHED_STATUS } from './emulator.js';
export { readFixture, type RecordedRequest, type Reply, type Route } from './route-table.js';
export * from './source-routes.js';
export * from './attention-routes.js';
