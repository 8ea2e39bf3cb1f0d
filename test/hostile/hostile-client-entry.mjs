// Worker entry for hostile-client.ts: a worker thread does not inherit the TypeScript loader the
// test runner uses, so it registers tsx itself before importing the client.
import { register } from 'tsx/esm/api';

register();
await import('./hostile-client.ts');
