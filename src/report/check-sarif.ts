/**
 * `attrib check --format sarif`: a SARIF 2.1.0 log (the OASIS Static Analysis
 * Results Interchange Format) for code-scanning dashboards such as GitHub's.
 * One run; the tool's rules are listed in `tool.driver.rules` and each result
 * points at its rule by id and index. Regions carry both line/column and the
 * character offset and length (UTF-16 code units, `columnKind`). Inputs that
 * could not be read are tool execution notifications of the invocation (with
 * its line for a JSONL line that is not a record).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { fileOf } from '../check/document.js';
import type { Report } from '../types.js';

export interface SarifRuleInfo {
  id: string;
  description: string;
  /** The rule's default level: off rules are listed as disabled by default. */
  defaultLevel: 'error' | 'warning' | 'off';
}

export interface CheckSarifOptions {
  /** Every rule the tool has, enabled or not, in a stable order. */
  rules: readonly SarifRuleInfo[];
  /** Where to point people for rule documentation. */
  helpUri?: string;
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function formatCheckSarif(report: Report, options: CheckSarifOptions): string {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const doc of report.documents) {
    const { file, positionsInFile } = fileOf(doc.path, doc.format);
    for (const f of doc.findings) {
      const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: { uri: uriOf(file) } };
      if (positionsInFile) {
        physicalLocation.region = { startLine: f.line, startColumn: f.column, charOffset: f.start, charLength: f.end - f.start };
      }
      const result: Sarif.Result = {
        ruleId: f.ruleId,
        level: f.severity,
        message: { text: positionsInFile ? f.message : `${f.message} (${doc.path}, line ${f.line}, column ${f.column} of the record's text)` },
        locations: [{ physicalLocation }],
      };
      const index = ruleIndex.get(f.ruleId);
      if (index !== undefined) result.ruleIndex = index;
      if (f.attributionId !== null) result.properties = { attributionId: f.attributionId };
      results.push(result);
    }
  }
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: report.tool.name,
          version: report.tool.version,
          ...(options.helpUri ? { informationUri: options.helpUri } : {}),
          rules: options.rules.map((r): Sarif.ReportingDescriptor => ({
            id: r.id,
            shortDescription: { text: r.description },
            defaultConfiguration: r.defaultLevel === 'off' ? { enabled: false, level: 'warning' } : { level: r.defaultLevel },
          })),
        },
      },
      invocations: [{
        executionSuccessful: report.errors.length === 0,
        toolExecutionNotifications: report.errors.map((e): Sarif.Notification => {
          const { file, line } = fileOf(e.path);
          const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: { uri: uriOf(file) } };
          if (line !== undefined) physicalLocation.region = { startLine: line };
          return { level: 'error', message: { text: `cannot check ${e.path}: ${e.message} (${e.code})` }, locations: [{ physicalLocation }] };
        }),
      }],
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A relative path stays a relative URI reference (code scanning resolves it against the repository); absolute paths become file: URIs. */
function uriOf(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).map(encodeURIComponent).join('/');
}
