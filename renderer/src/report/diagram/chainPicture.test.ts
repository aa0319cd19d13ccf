import { describe, expect, inject, it } from 'vitest';
import type { DiagramData } from '../../diagram/model/elements';
import { labelSizeAt } from '../../diagram/model/style';
import { chainPicture, PRINT_WIDTH_PX } from './chainPicture';

// The sample workspace as the core lists it (db/test/sample-workspace.setup.ts).
const sample: DiagramData = inject('sampleWorkspace');

describe('the chain picture of the sample', () => {
  it('has every facility placed and every flow', () => {
    const picture = chainPicture(sample, false);
    const nodes = picture.elements.filter((e) => e.group === 'nodes');
    expect(nodes).toHaveLength(72);
    expect(nodes.every((n) => n.position && Number.isFinite(n.position.x) && Number.isFinite(n.position.y))).toBe(true);
    expect(picture.elements.filter((e) => e.group === 'edges')).toHaveLength(185);
  });

  it('in bulk (a big chain) labels nodes only on request, as the Diagram page does', () => {
    const rules = (bulk: boolean) => chainPicture(sample, bulk).stylesheet as { selector: string; style: Record<string, unknown> }[];
    expect(rules(false).find((r) => r.selector === 'node')!.style.label).toBe('data(label)');
    expect(rules(true).find((r) => r.selector === 'node')!.style.label).toBeUndefined();
    expect(chainPicture(sample, true).bulk).toBe(true);
  });

  it('has a header per column, mine to OEM left to right, side stages marked', () => {
    const { headers } = chainPicture(sample, false);
    const main = headers.filter((h) => !h.side).sort((a, b) => a.x - b.x).map((h) => h.text);
    expect(main).toEqual(['Mine', 'Concentrator', 'Separation', 'Metal', 'Alloy', 'Magnet', 'Component', 'OEM / prime']);
    expect(headers.filter((h) => h.side).map((h) => h.text)).toContain('Recycler');
  });

  it('sizes labels for the zoom the page shows the picture at', () => {
    const picture = chainPicture(sample, false);
    const xs = picture.elements.filter((e) => e.group === 'nodes').map((n) => n.position!.x);
    const width = Math.max(...xs) - Math.min(...xs);
    expect(picture.printZoom).toBeCloseTo(PRINT_WIDTH_PX / (width + 250), 6);
    const node = (picture.stylesheet as { selector: string; style: Record<string, unknown> }[]).find((r) => r.selector === 'node')!;
    expect(node.style['font-size']).toBe(labelSizeAt(picture.printZoom).fontSize);
    expect(node.style['font-size']).toBeGreaterThan(11);
  });

  it('leaves labels as the names in plain text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const facilities = [{ ...sample.facilities[0]!, name: hostile }];
    const picture = chainPicture({ facilities, flows: [], materials: sample.materials }, false);
    expect(picture.elements[0]!.data.label).toBe(hostile);
  });
});
