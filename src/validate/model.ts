/**
 * FOCUS requirements models (`model-<version>.json`, the files the FinOps Foundation validator
 * runs): locating, reading and indexing them. The project never vendors these files; they are
 * found at run time (see resolveModelPath).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ValidationInputError } from './errors.js';

/** A node of a Requirement or Condition tree: `{CheckFunction, ...args}`; `{}` means "none". */
export interface CheckExpr {
  CheckFunction?: string;
  Items?: CheckExpr[];
  [arg: string]: unknown;
}

export interface ModelRule {
  id: string;
  Function: string;
  Reference: string;
  EntityType: string;
  Type: 'Static' | 'Dynamic' | string;
  Status?: string;
  ApplicabilityCriteria: string[];
  ValidationCriteria: {
    MustSatisfy: string;
    Keyword: string;
    Requirement: CheckExpr;
    Condition: CheckExpr;
    Dependencies: string[];
  };
}

export interface RequirementsModel {
  /** FOCUS version the model describes, e.g. "1.2". */
  focusVersion: string;
  modelVersion: string;
  path: string;
  criteria: string[];
  /** dataset name -> root rule ids */
  datasets: Record<string, string[]>;
  rules: Map<string, ModelRule>;
  /** 1.4+: JSON Schemas for CheckJSONSchema, by SchemaId. */
  schemas: Record<string, object>;
}

/** FOCUS versions with an official requirements model. */
export const MODEL_VERSIONS = ['1.2', '1.3', '1.4'] as const;
export type ModelFocusVersion = (typeof MODEL_VERSIONS)[number];

const NO_MODEL_VERSIONS: Record<string, string> = {
  '1.0':
    'FOCUS 1.0 has no official requirements model (the FinOps Foundation validator 2.x starts at 1.2). ' +
    'Pass --model <file> with a model of your own, or validate 1.2 data.',
  '1.1':
    'FOCUS 1.1 has no official requirements model (the validator never had a 1.1 rule set), and the 1.2 ' +
    'model cannot stand in for it: 1.2 changed nullability and format rules of 1.1 columns (PricingUnit, ' +
    'ConsumedUnit, AvailabilityZone, BillingCurrency, ...). Pass --model <file> with a 1.1 model, or validate 1.2 data.',
};

/** Throws a clear error for versions without an official model (unless a model file is given). */
export function assertVersionHasModel(version: string, explicitModel?: string): void {
  if (explicitModel) return;
  if (NO_MODEL_VERSIONS[version]) throw new ValidationInputError(NO_MODEL_VERSIONS[version]);
  if (!(MODEL_VERSIONS as readonly string[]).includes(version)) {
    throw new ValidationInputError(`unknown FOCUS version "${version}"; allowed: 1.0, 1.1, 1.2, 1.3, 1.4`);
  }
}

function repoRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'focus-generator') return dir;
      } catch {
        /* not ours: keep walking */
      }
    }
    dir = dirname(dir);
  }
  return undefined;
}

/** Directories searched for `model-<version>.json`, in order. */
export function modelSearchDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs: string[] = [];
  if (env.FOCUS_MODELS_DIR) dirs.push(resolve(env.FOCUS_MODELS_DIR));
  const root = repoRoot();
  if (root) dirs.push(resolve(root, '..', 'shared', 'focus-models'));
  dirs.push(join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'focusgen', 'models'));
  return dirs;
}

/**
 * `explicit` if given, else the first `model-<version>.json` found in FOCUS_MODELS_DIR,
 * ../shared/focus-models next to the repository, or ~/.cache/focusgen/models.
 */
export function resolveModelPath(version: string, explicit?: string, dirs: string[] = modelSearchDirs()): string {
  if (explicit) {
    if (!existsSync(explicit)) throw new ValidationInputError(`model file not found: ${explicit}`);
    return resolve(explicit);
  }
  assertVersionHasModel(version);
  const name = `model-${version}.json`;
  for (const d of dirs) {
    if (existsSync(join(d, name))) return join(d, name);
  }
  throw new ValidationInputError(
    `no requirements model ${name} found (looked in: ${dirs.join(', ')}). Download ${name} from the ` +
      `FOCUS_Spec GitHub release assets (https://github.com/FinOps-Open-Cost-and-Usage-Spec/FOCUS_Spec/releases) ` +
      `into ~/.cache/focusgen/models/ or a directory named by FOCUS_MODELS_DIR, or pass --model <file>.`,
  );
}

const cache = new Map<string, RequirementsModel>();

export function loadModel(path: string): RequirementsModel {
  const hit = cache.get(path);
  if (hit) return hit;
  let raw: any;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ValidationInputError(`cannot read requirements model ${path}: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || !raw.ModelRules || !raw.ModelDatasets) {
    throw new ValidationInputError(`${path} is not a FOCUS requirements model (no ModelRules / ModelDatasets)`);
  }
  const rules = new Map<string, ModelRule>();
  for (const [id, r] of Object.entries<any>(raw.ModelRules)) {
    const vc = r.ValidationCriteria ?? {};
    rules.set(id, {
      id,
      Function: r.Function ?? '',
      Reference: r.Reference ?? '',
      EntityType: r.EntityType ?? '',
      Type: r.Type ?? 'Dynamic',
      Status: r.Status,
      ApplicabilityCriteria: Array.isArray(r.ApplicabilityCriteria) ? r.ApplicabilityCriteria : [],
      ValidationCriteria: {
        MustSatisfy: vc.MustSatisfy ?? '',
        Keyword: vc.Keyword ?? 'MUST',
        Requirement: vc.Requirement ?? {},
        Condition: vc.Condition ?? {},
        Dependencies: Array.isArray(vc.Dependencies) ? vc.Dependencies : [],
      },
    });
  }
  const datasets: Record<string, string[]> = {};
  for (const [name, d] of Object.entries<any>(raw.ModelDatasets)) datasets[name] = d.ModelRules ?? [];
  const schemas: Record<string, object> = {};
  for (const [id, s] of Object.entries<any>(raw.Schemas ?? {})) schemas[id] = s.Schema ?? s;
  const model: RequirementsModel = {
    focusVersion: String(raw.Details?.FOCUSVersion ?? ''),
    modelVersion: String(raw.Details?.ModelVersion ?? ''),
    path,
    criteria: Object.keys(raw.ApplicabilityCriteria ?? {}),
    datasets,
    rules,
    schemas,
  };
  cache.set(path, model);
  return model;
}

/** Column -> model data type ("Decimal" | "DateTime" | "String" | "JSON"), from the Type rules. */
export function columnTypes(model: RequirementsModel, ruleIds: Iterable<string>): Map<string, string> {
  const types = new Map<string, string>();
  const visit = (e: CheckExpr | undefined) => {
    if (!e || typeof e !== 'object') return;
    const fn = e.CheckFunction;
    const col = e.ColumnName as string | undefined;
    if (col && fn === 'TypeDecimal') types.set(col, 'Decimal');
    else if (col && fn === 'TypeDateTime') types.set(col, 'DateTime');
    else if (col && fn === 'TypeJSON') types.set(col, 'JSON');
    else if (col && fn === 'TypeString' && !types.has(col)) types.set(col, 'String');
    (e.Items ?? []).forEach(visit);
  };
  for (const id of ruleIds) {
    const r = model.rules.get(id);
    if (r && r.Function === 'Type') visit(r.ValidationCriteria.Requirement);
  }
  return types;
}
