/**
 * Property tests run on a fixed seed, so a CI failure replays exactly; `FUZZ_SEED=<n> npm test`
 * explores other cases (tests that pass their own seed keep it).
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(process.env.FUZZ_SEED ?? 20261125) });
