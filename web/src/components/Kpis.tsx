import type { PreviewAggregates } from '../../../src/core/preview.js';
import { count, money, signedPct } from '../format.js';

/** Headline figures computed from the generated rows (see previewScenario). */
export function Kpis({ agg }: { agg: PreviewAggregates }) {
  const k = agg.kpis;
  const cur = agg.currency;
  const mom = k.monthOverMonthChange;
  // Large sums are shortened on the card ($1.7M); the exact figure stays in the tooltip.
  const big = (v: string) => money(v, cur, Math.abs(Number(v)) >= 1e6);
  const items: Array<{ label: string; value: string; exact?: string; sub?: string; tone?: string }> = [
    { label: 'Total cost', value: big(k.totalEffectiveCost), exact: money(k.totalEffectiveCost, cur), sub: `Billed ${big(k.totalBilledCost)}` },
    { label: 'Average daily cost', value: big(k.averageDailyCost), exact: money(k.averageDailyCost, cur), sub: `over ${count(k.days)} days` },
    { label: 'Top service', value: k.topService?.name ?? '–', sub: k.topService ? big(k.topService.cost) : undefined },
    { label: 'Resources', value: count(k.distinctResources), sub: agg.sample.estimated ? 'distinct in sample' : 'distinct ResourceId' },
    { label: 'Providers', value: count(k.providers), sub: agg.providers.map((p) => p.toUpperCase()).join(' · ') },
    {
      label: 'Month over month',
      value: signedPct(mom),
      sub: mom === null ? 'needs 2+ months' : 'last vs previous month',
      tone: mom === null ? undefined : mom > 0 ? 'up' : 'down',
    },
  ];
  return (
    <section className="kpis" aria-label="Key figures">
      {items.map((i) => (
        <div className="kpi panel" key={i.label}>
          <div className="kpi-label">{i.label}</div>
          <div className={`kpi-value ${i.tone ?? ''}`} title={i.exact ?? i.value}>
            {i.value}
          </div>
          {i.sub && <div className="kpi-sub">{i.sub}</div>}
        </div>
      ))}
    </section>
  );
}
