// Sums vitest JSON reports into the one line CI reads: `tests: N passed, M failed`.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    // A test file that failed to load has no failed test in it: count it as one failure.
    if (!report.success && (report.numFailedTests ?? 0) === 0) failed += 1;
  } catch {
    process.stderr.write(`no test report at ${file}\n`);
    failed += 1;
  }
}
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
