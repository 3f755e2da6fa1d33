/** Builders for Azure catalog entries: meters named as Azure writes them, ARM resource id templates. */
import type { SkuDef } from '../types.js';
import type { SkuOptions, UnitSpec } from '../shared.js';
import { U, sku } from '../shared.js';

/**
 * One Azure meter: SkuMeter is the MeterName ("D4s v5"); MeterCategory / MeterSubCategory feed
 * x_SkuMeterCategory / x_SkuMeterSubcategory; the description follows Azure's ProductName shape.
 */
export function meter(
  key: string,
  meterName: string,
  meterCategory: string,
  meterSubcategory: string,
  u: UnitSpec,
  listPrice: string,
  options: SkuOptions = {},
): SkuDef {
  const product = meterSubcategory ? `${meterCategory} ${meterSubcategory}` : meterCategory;
  return sku(key, meterName, u, listPrice, `${product} - ${meterName}`, {
    usageType: meterName,
    meterCategory,
    meterSubcategory,
    ...options,
  });
}

/** ARM resource id template for a resource type ("Microsoft.Compute/virtualMachines"). */
export function arm(type: string): string {
  return `/subscriptions/{accountNumber}/resourceGroups/{resourceGroup}/providers/${type}/{name}`;
}

export interface VmSpec {
  name: string;
  series: string;
  cores: number;
  memory: number;
  linux: string;
  windows?: string;
  gpus?: number;
  weight?: number;
}

/** VM size meters (Linux and, where listed, Windows) with reservation, savings plan and spot eligibility. */
export function vmMeters(prefix: string, sizes: VmSpec[], commit = true): SkuDef[] {
  const out: SkuDef[] = [];
  for (const v of sizes) {
    const meterName = v.name.replace(/^Standard_/, '').replace(/_/g, ' ');
    const details = {
      InstanceType: v.name,
      InstanceSeries: v.series,
      CoreCount: v.cores,
      MemorySize: v.memory,
      ...(v.gpus ? { GpuCount: v.gpus } : {}),
    };
    const programs = commit
      ? { commitmentPrograms: ['reservation', 'savings-plan'] as SkuDef['commitmentPrograms'], spot: true }
      : {};
    out.push(
      meter(
        `${prefix}-${v.name.toLowerCase()}-linux`,
        meterName,
        'Virtual Machines',
        `${v.series} Series`,
        U.hours,
        v.linux,
        {
          details: { ...details, OperatingSystem: 'Linux' },
          weight: v.weight ?? 1,
          ...programs,
        },
      ),
    );
    if (v.windows) {
      out.push(
        meter(
          `${prefix}-${v.name.toLowerCase()}-windows`,
          meterName,
          'Virtual Machines',
          `${v.series} Series Windows`,
          U.hours,
          v.windows,
          {
            details: { ...details, OperatingSystem: 'Windows' },
            weight: 1,
            ...programs,
          },
        ),
      );
    }
  }
  return out;
}
