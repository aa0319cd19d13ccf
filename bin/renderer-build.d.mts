// Types of renderer-build.mjs for the TypeScript that imports it (bench/diagram.ts).
export const repo: string;
export const builtIndex: string;
export const rendererEntry: string;
export function buildIsStale(): boolean;
export function buildRenderer(): boolean;
