// Preloaded by scripts/bench.mjs (node --require) into each measured process:
// on exit, writes the process's peak RSS and CPU time (all threads) as JSON to
// the file named by ATTRIB_BENCH_USAGE.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.ATTRIB_BENCH_USAGE, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
});
