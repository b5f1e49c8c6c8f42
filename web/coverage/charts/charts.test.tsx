import { describe, expect, it } from 'vitest';
import { BarChart, type BarRow } from './bar-chart.tsx';
import { LineChart, type LinePoint } from './line-chart.tsx';
import { OKABE_ITO, SERIES_COLOURS } from './palette.ts';

const html = async (node: unknown) => String(await (node as { toString(): string | Promise<string> }).toString());
const all = (text: string, re: RegExp) => [...text.matchAll(re)];
const series = [{ key: 'adopted', label: 'Adopted' }, { key: 'unadopted', label: 'No adopter' }];

describe('BarChart', () => {
  const rows: BarRow[] = [
    { key: 'CO', label: 'Colombia', values: { adopted: 6, unadopted: 2 } },
    { key: 'GT', label: 'Guatemala', values: { adopted: 0, unadopted: 4 } },
  ];
  it('is an image named by its title and description', async () => {
    const svg = await html(<BarChart id="by-country" title="Cases by country" desc="Colombia 8, Guatemala 4" series={series} rows={rows} />);
    expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="by-country-title by-country-desc"/);
    expect(svg).toContain('<title id="by-country-title">Cases by country</title>');
    expect(svg).toContain('<desc id="by-country-desc">Colombia 8, Guatemala 4</desc>');
  });
  it('draws one segment per non-zero value, widths proportional to the values, totals at the ends', async () => {
    const svg = await html(<BarChart id="c" title="t" desc="d" series={series} rows={rows} />);
    const bars = all(svg, /<rect class="bar" data-series="(\w+)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)
      .map((m) => ({ series: m[1], x: Number(m[2]), width: Number(m[3]) }));
    expect(bars.map((b) => b.series)).toEqual(['adopted', 'unadopted', 'unadopted']);
    // The longest total (8) spans the whole range; 6 of 8 is three quarters of it, and 4 half.
    const full = bars[0]!.width + bars[1]!.width;
    expect(bars[0]!.width / full).toBeCloseTo(0.75);
    expect(bars[2]!.width / full).toBeCloseTo(0.5);
    // The second segment starts where the first ends.
    expect(bars[1]!.x).toBeCloseTo(bars[0]!.x + bars[0]!.width);
    expect(all(svg, /<text class="bar-total"[^>]*>(\d+)<\/text>/g).map((m) => m[1])).toEqual(['8', '4']);
  });
  it('colours the series with Okabe–Ito colours, in order, and names them in a legend', async () => {
    const svg = await html(<BarChart id="c" title="t" desc="d" series={series} rows={rows} />);
    expect(svg).toMatch(new RegExp(`data-series="adopted"[^>]*fill="${OKABE_ITO.blue}"`));
    expect(svg).toMatch(new RegExp(`data-series="unadopted"[^>]*fill="${OKABE_ITO.vermillion}"`));
    expect(svg).toMatch(/<ul class="chart-legend"><li><svg[^>]*aria-hidden="true"[\s\S]*?<\/svg>Adopted<\/li><li>[\s\S]*?No adopter<\/li><\/ul>/);
  });
  it('escapes labels', async () => {
    const svg = await html(<BarChart id="c" title="<b>" desc="&" series={series} rows={[{ key: 'X', label: '<script>', values: { adopted: 1 } }]} />);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('LineChart', () => {
  const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
  const points: LinePoint[] = months.map((m, i) => ({ key: m, label: m.slice(5), values: { mp: i, mission: 11 - i } }));
  const lines = [{ key: 'mp', label: 'By MPs' }, { key: 'mission', label: 'By missions' }];

  it('is an image named by its title and description', async () => {
    const svg = await html(<LineChart id="per-month" title="Actions per month" desc="From 0 to 11" series={lines} points={points} />);
    expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="per-month-title per-month-desc"/);
    expect(svg).toContain('<title id="per-month-title">Actions per month</title>');
  });
  it('draws one path per series through every month, rising for one and falling for the other', async () => {
    const svg = await html(<LineChart id="l" title="t" desc="d" series={lines} points={points} />);
    const paths = all(svg, /<g class="series" data-series="(\w+)"><path d="([^"]+)"/g);
    expect(paths.map((m) => m[1])).toEqual(['mp', 'mission']);
    const ys = (d: string) => all(d, /[ML]([\d.]+),([\d.]+)/g).map((m) => Number(m[2]));
    const mp = ys(paths[0]![2]!);
    const mission = ys(paths[1]![2]!);
    expect(mp).toHaveLength(12);
    // SVG y grows downwards: a rising count draws a falling y.
    expect(mp[11]).toBeLessThan(mp[0]!);
    expect(mission[11]).toBeGreaterThan(mission[0]!);
    expect(mp[0]).toBeCloseTo(mission[11]!);
  });
  it('tells series apart without colour: a dash and a marker shape of their own', async () => {
    const svg = await html(<LineChart id="l" title="t" desc="d" series={lines} points={points} />);
    expect(svg).toMatch(new RegExp(`stroke="${SERIES_COLOURS[1]}" stroke-width="2.5" stroke-dasharray="6 3"`));
    expect(all(svg, /<circle /g)).toHaveLength(12);
    expect(all(svg, /<rect x=/g)).toHaveLength(12);
  });
  it('writes at most six month labels and whole-number ticks', async () => {
    const svg = await html(<LineChart id="l" title="t" desc="d" series={lines} points={points} />);
    expect(all(svg, /<text class="x-label"[^>]*>(\d+)<\/text>/g).map((m) => m[1])).toEqual(['01', '03', '05', '07', '09', '11']);
    const ticks = all(svg, /<g class="y-tick">[\s\S]*?<text[^>]*>([^<]+)<\/text>/g).map((m) => m[1]);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of ticks) expect(Number(tick)).toSatisfy(Number.isInteger);
  });
  it('draws a flat line at zero when every count is zero', async () => {
    const zero = months.map((m) => ({ key: m, label: m, values: {} }));
    const svg = await html(<LineChart id="l" title="t" desc="d" series={lines} points={zero} />);
    const d = /<path d="([^"]+)"/.exec(svg)![1]!;
    expect(new Set(all(d, /[ML][\d.]+,([\d.]+)/g).map((m) => m[1])).size).toBe(1);
  });
});
