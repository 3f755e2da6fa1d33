/** Report formatters: console summary, JSON, and JUnit XML for CI systems. */
import type { RuleResult, SampleRow, ValidationReport } from './types.js';

const isProblem = (r: RuleResult) => !r.composite && (r.status === 'failed' || r.status === 'warning');

function sampleLines(samples: SampleRow[] | undefined, indent: string): string[] {
  return (samples ?? []).map((s) => indent + Object.entries(s).map(([k, v]) => `${k}=${v === null ? 'null' : String(v)}`).join(' | '));
}

export function formatConsole(report: ValidationReport, options: { verbose?: boolean } = {}): string {
  const s = report.summary;
  const out: string[] = [];
  out.push(
    `FOCUS ${report.focusVersion} ${report.dataset} (model ${report.modelVersion}, ${report.semantics} semantics): ` +
      `${report.input.rows} rows, ${report.input.columns.length} columns, ${report.input.files.length} file(s), ${(report.durationMs / 1000).toFixed(1)} s`,
  );
  out.push(`criteria: ${report.criteria.length ? report.criteria.join(', ') : '(none: universally applicable rules only)'}`);
  out.push(
    `rules: ${s.rules}  passed ${s.passed}  failed ${s.failed}  warnings ${s.warnings}  skipped ${s.skipped}  ` +
      `not-applicable ${s.notApplicable}  not-executable ${s.notExecutable}  model-defect ${s.modelDefect}`,
  );
  out.push(`extra checks: passed ${s.extraPassed}  failed ${s.extraFailed}  not-checkable ${s.extraNotCheckable}`);
  const problems = report.rules.filter(isProblem);
  if (problems.length) out.push('', 'Failing rules:');
  for (const r of problems) {
    out.push(`  ${r.status === 'failed' ? 'FAIL' : 'WARN'} ${r.ruleId} [${r.keyword}] ${r.requirement}`);
    if (r.violations !== undefined) out.push(`       ${r.violations} violating row(s)${r.reason ? `; ${r.reason}` : ''}`);
    else if (r.reason) out.push(`       ${r.reason}`);
    out.push(...sampleLines(r.samples, '       '));
  }
  const extraBad = report.extraChecks.filter((e) => e.status === 'failed' || e.status === 'not-checkable');
  if (extraBad.length) out.push('', 'Extra checks:');
  for (const e of extraBad) {
    out.push(`  ${e.status === 'failed' ? 'FAIL' : 'N/A '} ${e.id}: ${e.title}`);
    if (e.status === 'failed') out.push(`       ${e.violations} violation(s)${e.detail ? `; ${e.detail}` : ''}`);
    else if (e.detail) out.push(`       ${e.detail}`);
    out.push(...sampleLines(e.samples, '       '));
  }
  if (options.verbose) {
    const defects = report.rules.filter((r) => r.status === 'model-defect');
    if (defects.length) out.push('', 'Model defects (not failures):');
    for (const r of defects) out.push(`  ${r.ruleId}: ${r.defect?.why ?? r.reason} (${r.defect?.upstream ?? ''})`);
  }
  out.push('', report.ok ? 'RESULT: PASS' : 'RESULT: FAIL');
  return out.join('\n') + '\n';
}

export function formatJson(report: ValidationReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

// XML 1.0 cannot carry these control characters, even escaped
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const xml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!).replace(CONTROL_CHARS, '');

/** JUnit XML: one testcase per rule and per extra check; failures for failed, skipped for the rest. */
export function formatJunit(report: ValidationReport): string {
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  const suite = `focus-${report.focusVersion}-${report.dataset}`;
  for (const r of report.rules.filter((x) => !x.composite)) {
    const name = xml(`${r.ruleId}: ${r.requirement}`);
    let body = '';
    if (r.status === 'failed') {
      failures++;
      const detail = [`${r.violations ?? 0} violating row(s)`, r.reason, ...sampleLines(r.samples, '')].filter(Boolean).join('\n');
      body = `<failure message="${xml(`${r.keyword}: ${r.requirement}`)}">${xml(detail)}</failure>`;
    } else if (r.status !== 'passed') {
      skipped++;
      const why = r.status === 'warning' ? `warning (${r.keyword}): ${r.violations ?? 0} violating row(s)` : `${r.status}${r.reason ? `: ${r.reason}` : ''}`;
      body = `<skipped message="${xml(why)}"/>`;
    }
    cases.push(`    <testcase classname="${xml(`${suite}.${r.reference || 'dataset'}`)}" name="${name}">${body}</testcase>`);
  }
  for (const e of report.extraChecks) {
    let body = '';
    if (e.status === 'failed') {
      failures++;
      body = `<failure message="${xml(e.title)}">${xml([`${e.violations} violation(s)`, e.detail, ...sampleLines(e.samples, '')].filter(Boolean).join('\n'))}</failure>`;
    } else if (e.status !== 'passed') {
      skipped++;
      body = `<skipped message="${xml(`${e.status}${e.detail ? `: ${e.detail}` : ''}`)}"/>`;
    }
    cases.push(`    <testcase classname="${xml(`${suite}.extra`)}" name="${xml(`${e.id}: ${e.title}`)}">${body}</testcase>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="focusgen validate" tests="${cases.length}" failures="${failures}" skipped="${skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${xml(suite)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
