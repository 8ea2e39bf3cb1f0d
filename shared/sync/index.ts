// The sync protocol shared by the app's sync client and the county server.
export * from './case-number-provisional';
export * from './case-numbers';
export * from './checkpoint';
export * from './device-reports';
export * from './errors';
export * from './field-versions';
export * from './messages';
export * from './ownership';
export * from './protocol';
