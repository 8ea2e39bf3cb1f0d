// What the server's hooks hang on Fastify's request and route config.
import type { DeviceIdentity } from '../sync/rights';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on routes with `config.auth`. */
    device?: DeviceIdentity;
    /** The protocol the app speaks, set on routes with `config.protocol` (decision 015). */
    protocolVersion?: number;
  }
  interface FastifyContextConfig {
    /** Route speaks the sync protocol: the version header is required. */
    protocol?: boolean;
    /** Route needs a device token. */
    auth?: boolean;
  }
}

export {};
