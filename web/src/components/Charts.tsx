/**
 * Charts of the preview aggregates (ECharts, tree-shaken). Each chart has a text alternative
 * (role="img" + aria-label) summarising what it shows, for screen readers.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, MarkAreaComponent, MarkPointComponent, DataZoomComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { PreviewAggregates, CostPoint } from '../../../src/core/preview.js';
import type { Theme } from '../useTheme.js';
import { money, pct } from '../format.js';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkAreaComponent, MarkPointComponent, DataZoomComponent, CanvasRenderer]);

const PROVIDER_COLORS: Record<string, string> = { aws: '#f59e0b', azure: '#3b82f6', gcp: '#10b981' };

function palette(theme: Theme) {
  return theme === 'dark'
    ? { text: '#cbd5e1', muted: '#94a3b8', grid: '#334155', bar: '#818cf8', anomaly: 'rgba(248,113,113,0.18)', anomalyLine: '#f87171' }
    : { text: '#334155', muted: '#64748b', grid: '#e2e8f0', bar: '#6366f1', anomaly: 'rgba(239,68,68,0.12)', anomalyLine: '#dc2626' };
}

function base(theme: Theme, currency: string) {
  const c = palette(theme);
  return {
    backgroundColor: 'transparent',
    textStyle: { color: c.text, fontFamily: 'inherit' },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => money(Number(v), currency) },
    legend: { top: 0, textStyle: { color: c.text } },
  };
}

function seriesByProvider(points: CostPoint[], providers: string[], kind: 'line' | 'bar') {
  return providers.map((p) => ({
    name: p.toUpperCase(),
    type: kind,
    stack: 'cost',
    ...(kind === 'line' ? { areaStyle: { opacity: 0.25 }, showSymbol: points.length <= 2, smooth: false } : { barMaxWidth: 48 }),
    itemStyle: { color: PROVIDER_COLORS[p] ?? undefined },
    lineStyle: { width: 1.5 },
    data: points.map((pt) => Number(pt.byProvider[p] ?? 0)),
  }));
}

function ChartCard({ title, label, children, wide }: { title: string; label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <section className={`panel chart ${wide ? 'wide' : ''}`} aria-labelledby={`chart-${title.replace(/\W+/g, '-')}`}>
      <h3 id={`chart-${title.replace(/\W+/g, '-')}`}>{title}</h3>
      <div role="img" aria-label={label}>
        {children}
      </div>
    </section>
  );
}

export function Charts({ agg, theme }: { agg: PreviewAggregates; theme: Theme }) {
  const c = palette(theme);
  const cur = agg.currency;
  const axisLabel = { color: c.muted, formatter: (v: number) => money(v, cur, true) };
  const splitLine = { lineStyle: { color: c.grid } };

  const anomalyAreas = agg.anomalies.map((a) => [
    { name: a.kind, xAxis: a.start.slice(0, 10), itemStyle: { color: c.anomaly } },
    { xAxis: a.end.slice(0, 10) },
  ]);
  const daily = {
    ...base(theme, cur),
    xAxis: { type: 'category', data: agg.daily.map((d) => d.key), axisLabel: { color: c.muted }, axisLine: { lineStyle: { color: c.grid } } },
    yAxis: { type: 'value', axisLabel, splitLine },
    dataZoom: agg.daily.length > 62 ? [{ type: 'inside' }] : [],
    series: seriesByProvider(agg.daily, agg.providers, 'line').map((s, i) =>
      i === 0 && anomalyAreas.length
        ? { ...s, markArea: { silent: false, label: { show: false }, data: anomalyAreas } }
        : s,
    ),
  };
  const monthly = {
    ...base(theme, cur),
    xAxis: { type: 'category', data: agg.monthly.map((d) => d.key), axisLabel: { color: c.muted } },
    yAxis: { type: 'value', axisLabel, splitLine },
    series: seriesByProvider(agg.monthly, agg.providers, 'bar'),
  };
  const cats = agg.byCategory.slice(0, 10).reverse();
  const byCategory = {
    ...base(theme, cur),
    legend: { show: false },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => money(Number(v), cur) },
    xAxis: { type: 'value', axisLabel, splitLine },
    yAxis: { type: 'category', data: cats.map((x) => x.name), axisLabel: { color: c.text } },
    series: [{ type: 'bar', name: 'EffectiveCost', data: cats.map((x) => Number(x.cost)), itemStyle: { color: c.bar, borderRadius: [0, 4, 4, 0] } }],
  };
  const top = agg.topServices.slice(0, 8).reverse();
  const topServices = {
    ...byCategory,
    yAxis: { type: 'category', data: top.map((x) => x.name), axisLabel: { color: c.text, width: 160, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: 'EffectiveCost',
        data: top.map((x) => ({ value: Number(x.cost), itemStyle: { color: PROVIDER_COLORS[x.provider] ?? c.bar, borderRadius: [0, 4, 4, 0] } })),
      },
    ],
  };

  const peakDay = agg.daily.reduce<CostPoint | null>((m, d) => (!m || Number(d.total) > Number(m.total) ? d : m), null);
  const opts = { renderer: 'canvas' as const };
  const cm = agg.commitment;
  return (
    <div className="charts">
      <ChartCard
        wide
        title="Daily cost by provider"
        label={`Daily EffectiveCost over ${agg.daily.length} days, stacked by provider. Peak ${peakDay ? `${money(peakDay.total, cur)} on ${peakDay.key}` : 'n/a'}. ${agg.anomalies.length} anomalies marked.`}
      >
        <ReactEChartsCore echarts={echarts} option={daily} notMerge opts={opts} style={{ height: 280 }} />
        {agg.anomalies.length > 0 && (
          <ul className="anomaly-list" aria-label="Planted anomalies">
            {agg.anomalies.map((a) => (
              <li key={a.id}>
                <span className="badge danger">{a.kind}</span> {a.serviceName} ({a.provider}) {a.start.slice(0, 10)} – {a.end.slice(0, 10)}: +{money(a.expectedExtraCost, cur)}
              </li>
            ))}
          </ul>
        )}
      </ChartCard>
      <ChartCard title="Monthly cost by provider" label={`Monthly EffectiveCost: ${agg.monthly.map((m) => `${m.key} ${money(m.total, cur)}`).join(', ')}`}>
        <ReactEChartsCore echarts={echarts} option={monthly} notMerge opts={opts} style={{ height: 260 }} />
      </ChartCard>
      <ChartCard title="Cost by service category" label={`Cost by ServiceCategory: ${agg.byCategory.slice(0, 5).map((x) => `${x.name} ${money(x.cost, cur)}`).join(', ')}`}>
        <ReactEChartsCore echarts={echarts} option={byCategory} notMerge opts={opts} style={{ height: 260 }} />
      </ChartCard>
      <ChartCard title="Top services" label={`Top services by EffectiveCost: ${agg.topServices.slice(0, 5).map((x) => `${x.name} ${money(x.cost, cur)}`).join(', ')}`}>
        <ReactEChartsCore echarts={echarts} option={topServices} notMerge opts={opts} style={{ height: 260 }} />
      </ChartCard>
      <section className="panel chart" aria-labelledby="chart-commitments">
        <h3 id="chart-commitments">Commitment discounts</h3>
        <Meter label="Coverage" value={cm.coverage} detail={`${money(cm.coveredListCost, cur)} of ${money(cm.eligibleListCost, cur)} eligible usage (list cost) ran under a commitment`} />
        <Meter label="Utilisation" value={cm.utilisation} detail={`${money(cm.usedCost, cur)} used, ${money(cm.unusedCost, cur)} unused (EffectiveCost)`} />
        {cm.coverage === null && cm.utilisation === null && <p className="hint">No commitment-discount usage in this preview.</p>}
      </section>
    </div>
  );
}

function Meter({ label, value, detail }: { label: string; value: number | null; detail: string }) {
  const v = value === null ? 0 : Math.max(0, Math.min(1, value));
  return (
    <div className="meter">
      <div className="meter-head">
        <span>{label}</span>
        <strong>{pct(value)}</strong>
      </div>
      <div className="meter-track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(v * 100)}>
        <div className="meter-fill" style={{ width: `${v * 100}%` }} />
      </div>
      <p className="hint">{detail}</p>
    </div>
  );
}
