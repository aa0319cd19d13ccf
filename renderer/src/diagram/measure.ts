// Performance entries the diagram leaves for the benchmark (bench/diagram.ts reads them with
// performance.getEntriesByName) and for anyone profiling in the browser's devtools.
export function measured<T>(name: string, body: () => T): T {
  const start = performance.now();
  try {
    return body();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
