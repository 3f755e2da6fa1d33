/** Display formatting of exact decimal strings (the preview keeps money exact; only the screen rounds). */
export function money(value: string | number, currency: string, compact = false): string {
  const n = typeof value === 'number' ? value : Number(value);
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: compact ? 1 : 2,
    }).format(n);
  } catch {
    return `${n.toFixed(2)} ${currency}`;
  }
}

export function count(n: number): string {
  return new Intl.NumberFormat().format(n);
}

export function pct(x: number | null, digits = 1): string {
  return x === null || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(digits)}%`;
}

export function signedPct(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '–';
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}
