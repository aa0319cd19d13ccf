import { describe, expect, it } from 'vitest';
import { facility, material } from '../../logic/testRecords';
import { STAGES } from '../../../../db/model/enums';
import {
  labelSizeAt,
  labelZoomStep,
  COUNTRY_COLORS,
  FLAG_COLOR,
  FLAG_OPACITY,
  EDGE_WIDTH,
  NODE_SIZE,
  countryColor,
  diagramStylesheet,
  edgeWidth,
  legendEntries,
  materialColor,
  nodeSize,
  stageShape,
} from './style';

describe('style mapping', () => {
  it('node sizes grow with capacity and are clamped', () => {
    const sizes = [0, 1, 10, 100, 1_000, 10_000].map((c) => nodeSize(c, 10_000));
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeGreaterThanOrEqual(sizes[i - 1]!);
    expect(nodeSize(null, 100)).toBe(NODE_SIZE.min);
    expect(nodeSize(-5, 100)).toBe(NODE_SIZE.min);
    expect(nodeSize(100, 100)).toBe(NODE_SIZE.max);
    expect(nodeSize(1e9, 100)).toBe(NODE_SIZE.max);
    expect(nodeSize(50, 0)).toBe(NODE_SIZE.min);
  });
  it('edge widths grow with volume and are clamped', () => {
    const widths = [0, 5, 50, 500, 5_000].map((v) => edgeWidth(v, 5_000));
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeGreaterThan(widths[i - 1]!);
    expect(edgeWidth(null, 10)).toBe(EDGE_WIDTH.min);
    expect(edgeWidth(Infinity, 10)).toBe(EDGE_WIDTH.min);
    expect(edgeWidth(20, 10)).toBe(EDGE_WIDTH.max);
  });
  it('country colours are fixed for the main countries, distinct, and stable for others', () => {
    expect(countryColor('CN')).toBe(COUNTRY_COLORS.CN);
    expect(countryColor('cn')).toBe(COUNTRY_COLORS.CN);
    const fixed = Object.values(COUNTRY_COLORS);
    expect(new Set(fixed).size).toBe(fixed.length);
    expect(countryColor('ZA')).toBe(countryColor('ZA'));
    expect(countryColor('ZA')).toMatch(/^#[0-9A-F]{6}$/);
    expect(countryColor('ZA')).not.toBe(countryColor('TZ'));
  });
  it('every stage has a shape, and the chain stages all differ', () => {
    const shapes = STAGES.map(stageShape);
    expect(new Set(shapes).size).toBe(STAGES.length);
    expect(stageShape('mine')).toBe('triangle');
  });
  it('material colours follow the form and are stable', () => {
    const mats = [
      material('a', { name: 'NdPr oxide', form: 'oxide', elements: ['Nd', 'Pr'] }),
      material('b', { name: 'NdFeB magnet', form: 'magnet', elements: ['Nd', 'Fe', 'B'] }),
    ];
    expect(materialColor('a', mats)).toBe(materialColor('a', new Map(mats.map((m) => [m.id, m]))));
    expect(materialColor('a', mats)).not.toBe(materialColor('b', mats));
    expect(materialColor('missing', mats)).toMatch(/^#/);
  });
  it('the stylesheet dashes planned flows, haloes flagged elements, fades dimmed ones and hides small labels', () => {
    const sheet = diagramStylesheet({ maxCapacity: 100, maxVolume: 100 });
    const rule = (selector: string) => sheet.find((b) => b.selector === selector) as unknown as { style: Record<string, unknown> } | undefined;
    expect(rule('edge.inactive')!.style['line-style']).toBe('dashed');
    expect(rule('node.inactive')!.style['border-style']).toBe('dashed');
    expect(Number(rule('.dimmed')!.style.opacity)).toBeLessThan(0.3);
    expect(rule('node')!.style['min-zoomed-font-size']).toBeGreaterThan(0);
    expect(rule('node')!.style['text-wrap']).toBe('ellipsis');
    expect(rule('node')!.style.width).toBe('data(size)');
    expect(rule('edge.highlighted')).toBeDefined();
    expect(rule('node.flagged')!.style).toMatchObject({ 'underlay-color': FLAG_COLOR, 'underlay-shape': 'ellipse' });
    expect(rule('edge.flagged')!.style['underlay-opacity']).toBe(FLAG_OPACITY);
    expect(Number(rule('.flagged.dimmed')!.style['underlay-opacity'])).toBeLessThan(0.1);
    const mapped = diagramStylesheet({ maxCapacity: 100, maxVolume: 100, precomputed: false });
    expect(String((mapped[0] as unknown as { style: Record<string, unknown> }).style.width)).toContain('mapData(capacity');
  });
  it('bulk stylesheet gives nodes their look without labels until they are `labelled`', () => {
    const sheet = diagramStylesheet({ maxCapacity: 100, maxVolume: 100, bulk: true }) as unknown as { selector: string; style: Record<string, unknown> }[];
    const node = sheet.find((r) => r.selector === 'node')!;
    expect(node.style['background-color']).toBe('data(color)');
    expect(node.style.label).toBeUndefined();
    expect(Object.keys(node.style)).toHaveLength(4); // every property costs per node at 5,000 nodes
    expect(sheet.find((r) => r.selector === 'node.labelled')!.style.label).toBe('data(label)');
    const plain = diagramStylesheet({ maxCapacity: 100, maxVolume: 100 }) as unknown as { selector: string; style: Record<string, unknown> }[];
    expect(plain.find((r) => r.selector === 'node')!.style.label).toBe('data(label)');
    expect(plain.some((r) => r.selector === 'node.labelled')).toBe(false);
  });
  it('labels keep their screen size when zoomed out to the hold zoom, and their width near a column', () => {
    expect(labelSizeAt(1)).toEqual({ fontSize: 11, maxWidth: 150, outline: 2, margin: 4 });
    expect(labelSizeAt(2)).toEqual(labelSizeAt(1)); // zoomed in, they grow with the drawing
    const half = labelSizeAt(0.5);
    expect(half.fontSize * 0.5).toBeCloseTo(11, 5);
    expect(half.maxWidth).toBe(250);
    expect(labelSizeAt(0.1)).toEqual(labelSizeAt(0.3)); // below the hold zoom they shrink on screen
    expect(labelSizeAt(Number.NaN)).toEqual(labelSizeAt(1));
  });
  it('label zoom steps are few and stable', () => {
    expect(labelZoomStep(1)).toBe(1);
    expect(labelZoomStep(3)).toBe(1);
    expect(labelZoomStep(0.05)).toBe(labelZoomStep(0.3));
    expect(labelZoomStep(0.5)).toBe(labelZoomStep(0.51));
    const steps = new Set(Array.from({ length: 200 }, (_, i) => labelZoomStep(0.3 + (i / 200) * 0.7)));
    expect(steps.size).toBeLessThanOrEqual(10);
  });
  it('legend lists the countries present and the stage shapes', () => {
    const legend = legendEntries([
      facility('1', { name: 'a', country: 'CN', stage: 'mine' }),
      facility('2', { name: 'b', country: 'CN', stage: 'metal' }),
      facility('3', { name: 'c', country: 'US', stage: 'mine' }),
    ]);
    expect(legend.countries.map((c) => [c.code, c.count, c.color])).toEqual([
      ['CN', 2, countryColor('CN')],
      ['US', 1, countryColor('US')],
    ]);
    expect(legend.countries[0]!.name).toBe('China');
    expect(legend.stages.map((s) => s.stage)).toEqual(['mine', 'metal']);
    expect(legend.stages[0]!.shape).toBe('triangle');
  });
});
