// The suite's seeded random source: the app's own mulberry32 (renderer/src/dev/prng.ts, pure code).
// One seed replays one run's choices.
export { createRandom, type Random } from '../../renderer/src/dev/prng';
