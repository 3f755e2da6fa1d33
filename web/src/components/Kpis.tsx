import type { PreviewAggregates } from '../../../src/core/preview.js';
import { count, money, signedPct } from '../format.js';

/** Headline figures computed from the generated rows (see previewScenario). */
export function Kpis({ agg }: { agg: PreviewAggregates }) {
  const k = agg.kpis;
  const cur = agg.currency;
  const mom = k.monthOverMonthChange;
  const items: Array<{ label: string; value: string; sub?: string; tone?: string }> = [
    { label: 'Total cost', value: money(k.totalEffectiveCost, cur), sub: `Billed ${money(k.totalBilledCost, cur)}` },
    { label: 'Average daily cost', value: money(k.averageDailyCost, cur), sub: `over ${count(k.days)} days` },
    { label: 'Top service', value: k.topService?.name ?? '–', sub: k.topService ? money(k.topService.cost, cur) : undefined },
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
          <div className={`kpi-value ${i.tone ?? ''}`} title={i.value}>
            {i.value}
          </div>
          {i.sub && <div className="kpi-sub">{i.sub}</div>}
        </div>
      ))}
    </section>
  );
}
