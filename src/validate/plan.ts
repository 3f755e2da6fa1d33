/**
 * The rule graph of one dataset: rules reachable from its root, the composites that reference each
 * rule, a dependency-first order (Kahn), the rules caught in cycles, and which rules apply under
 * the enabled criteria.
 */
import { ValidationInputError } from './errors.js';
import type { CheckExpr, ModelRule, RequirementsModel } from './model.js';
import type { Semantics } from './sql-context.js';

export interface RulePlan {
  order: ModelRule[];
  cycle: Set<string>;
  /** rule id -> composites that reference it through CheckModelRule */
  refParents: Map<string, string[]>;
  /** rule id -> rules it references through CheckModelRule */
  refs: Map<string, string[]>;
  applicable: Map<string, boolean>;
}

export function modelRefs(e: CheckExpr | undefined, out: string[] = []): string[] {
  if (!e || typeof e !== 'object') return out;
  if (e.CheckFunction === 'CheckModelRule' && typeof e.ModelRuleId === 'string') out.push(e.ModelRuleId);
  (e.Items ?? []).forEach((i) => modelRefs(i, out));
  return out;
}

export function buildPlan(model: RequirementsModel, dataset: string, criteria: string[], semantics: Semantics): RulePlan {
  const roots = model.datasets[dataset];
  if (!roots) {
    throw new ValidationInputError(
      `dataset ${dataset} is not defined by the FOCUS ${model.focusVersion} model; allowed: ${Object.keys(model.datasets).join(', ')}`,
    );
  }
  const refs = new Map<string, string[]>();
  const refParents = new Map<string, string[]>();
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    const rule = model.rules.get(id);
    if (!rule) continue;
    seen.add(id);
    const r = modelRefs(rule.ValidationCriteria.Requirement).filter((x) => model.rules.has(x));
    refs.set(id, r);
    for (const child of r) refParents.set(child, [...(refParents.get(child) ?? []), id]);
    queue.push(...r, ...rule.ValidationCriteria.Dependencies);
  }

  // Kahn: a rule runs after its dependencies and the rules it references
  const deps = new Map<string, Set<string>>();
  const dependants = new Map<string, string[]>();
  for (const id of seen) {
    const rule = model.rules.get(id)!;
    const d = new Set([...rule.ValidationCriteria.Dependencies, ...(refs.get(id) ?? [])].filter((x) => seen.has(x) && x !== id));
    deps.set(id, d);
    for (const x of d) dependants.set(x, [...(dependants.get(x) ?? []), id]);
  }
  const indeg = new Map([...deps].map(([k, v]) => [k, v.size]));
  const ready = [...seen].filter((id) => indeg.get(id) === 0).sort();
  const order: ModelRule[] = [];
  while (ready.length) {
    const id = ready.shift()!;
    order.push(model.rules.get(id)!);
    for (const x of dependants.get(id) ?? []) {
      indeg.set(x, indeg.get(x)! - 1);
      if (indeg.get(x) === 0) ready.push(x);
    }
  }
  // left over: rules on a cycle, and rules that merely depend on one (those still get an order)
  const left = new Set([...seen].filter((id) => indeg.get(id)! > 0));
  const reaches = (from: string, target: string): boolean => {
    const stack = [...deps.get(from)!].filter((x) => left.has(x));
    const visited = new Set<string>();
    while (stack.length) {
      const x = stack.pop()!;
      if (x === target) return true;
      if (visited.has(x)) continue;
      visited.add(x);
      for (const y of deps.get(x)!) if (left.has(y)) stack.push(y);
    }
    return false;
  };
  const cycle = new Set([...left].filter((id) => reaches(id, id)));
  const placed = new Set(order.map((r) => r.id));
  for (const id of [...cycle].sort()) {
    order.push(model.rules.get(id)!);
    placed.add(id);
  }
  let progress = true;
  while (progress) {
    progress = false;
    for (const id of [...left].sort()) {
      if (placed.has(id) || ![...deps.get(id)!].every((d) => placed.has(d))) continue;
      order.push(model.rules.get(id)!);
      placed.add(id);
      progress = true;
    }
  }

  // applicability: the official validator runs a rule when any of its criteria is enabled; the
  // model README (and the spec's "when the provider supports A and B") needs all of them. In spec
  // semantics a rule referenced only by non-applicable composites does not apply either.
  const enabled = new Set(criteria);
  const own = (r: ModelRule) =>
    !r.ApplicabilityCriteria.length ||
    (semantics === 'official' ? r.ApplicabilityCriteria.some((c) => enabled.has(c)) : r.ApplicabilityCriteria.every((c) => enabled.has(c)));
  const applicable = new Map<string, boolean>();
  const visiting = new Set<string>();
  const isApplicable = (id: string): boolean => {
    if (applicable.has(id)) return applicable.get(id)!;
    const rule = model.rules.get(id)!;
    let ok = own(rule);
    if (ok && semantics === 'spec' && !visiting.has(id)) {
      visiting.add(id);
      const parents = refParents.get(id) ?? [];
      if (parents.length && !parents.some(isApplicable)) ok = false;
      visiting.delete(id);
    }
    applicable.set(id, ok);
    return ok;
  };
  for (const id of seen) isApplicable(id);
  return { order, cycle, refParents, refs, applicable };
}
