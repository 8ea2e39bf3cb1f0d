// Attachments: how records name files, what may be attached, and the file endpoints' protocol.
export * from './accept';
export * from './errors';
export * from './protocol';
export * from './refs';
