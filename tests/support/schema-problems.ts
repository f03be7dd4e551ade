/**
 * What a contributor sees for a YAML snippet checked against one schema: each problem as
 * `line:column  field  message — hint`, as in `npm run validate` without the file name.
 */
import type { z } from 'zod';
import { renderMessage } from '../../src/lib/messages.ts';
import { formatFieldPath } from '../../src/lib/problems.ts';
import { parseYamlDocument } from '../../src/lib/yaml.ts';
import { issuesToProblems } from '../../src/lib/zod-issues.ts';

export function schemaProblems(schema: z.ZodType, yamlText: string): string[] {
  const { data, positions } = parseYamlDocument(yamlText);
  const checked = schema.safeParse(data);
  if (checked.success) return [];
  return issuesToProblems(checked.error.issues, { file: 'test.yaml', data, positions, schema }).map((problem) => {
    const { message, hint } = renderMessage(problem.code, problem.params);
    const field = formatFieldPath(problem.path);
    return `${problem.line}:${problem.column}${field ? `  ${field}` : ''}  ${message}${hint ? ` — ${hint}` : ''}`;
  });
}

/** The value a schema gives for a YAML snippet, or the problems. */
export function schemaOutput(schema: z.ZodType, yamlText: string): unknown {
  const { data } = parseYamlDocument(yamlText);
  const checked = schema.safeParse(data);
  return checked.success ? checked.data : schemaProblems(schema, yamlText);
}
