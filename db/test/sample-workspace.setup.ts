// Vitest global setup: loads the rare-earth sample into a temporary workspace once per run
// and provides the core's lists and analyses of it (vitest-provided.d.ts), for tests that
// check renderer logic against real figures without opening a database themselves.
import type { TestProject } from 'vitest/node';
import { defaultSampleDir, loadSample } from '../sample';
import { tempWorkspace } from './helpers';

/** The F-35 final assembly (Lockheed Martin, Fort Worth) in the sample. */
export const SAMPLE_F35_ID = 'fac-lockheed-fort-worth';

export default function setup(project: TestProject): void {
  const t = tempWorkspace();
  try {
    loadSample(t.ws, defaultSampleDir());
    const { service } = t;
    project.provide('sampleWorkspace', {
      facilities: service.run('facilities.list', {}),
      flows: service.run('flows.list', {}),
      materials: service.run('materials.list', {}),
      sources: service.run('sources.list', {}),
      links: service.run('sources.links', {}),
      concentration: service.run('analysis.concentrationAll', {}),
      f35Provenance: service.run('analysis.provenance', { facility: SAMPLE_F35_ID, max_routes: 3 }),
    });
  } finally {
    t.cleanup();
  }
}
