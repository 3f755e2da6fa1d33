/** GCP SKU builder: the SKU description names the location, the meter is the description without it. */
import type { SkuDef } from '../types.js';
import type { SkuOptions, UnitSpec } from '../shared.js';
import { sku } from '../shared.js';

const LOCATION = / running in \{region\}| in \{region\}| \(\{region\}\)| from \{region\}| \{region\}/;

export function gsku(
  key: string,
  description: string,
  u: UnitSpec,
  listPrice: string,
  options: SkuOptions = {},
): SkuDef {
  return sku(key, description.replace(LOCATION, ''), u, listPrice, description, {
    usageType: description,
    ...options,
  });
}
