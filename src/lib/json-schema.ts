/**
 * JSON Schema files for editors, made from the Zod schemas (the one source of truth), so that a
 * contributor's YAML gets autocompletion, hover help and red underlines while typing. The
 * validator stays the judge: JSON Schema cannot express the cross-field and cross-file rules.
 */
import { z } from 'zod';
import { ActivitySchema } from '../schemas/activity.ts';
import { EventSchema } from '../schemas/event.ts';
import { OrganisationSchema } from '../schemas/organisation.ts';
import { SiteSchema } from '../schemas/site.ts';
import { TermListSchema } from '../schemas/taxonomy.ts';

/** The schema files, by name: `public/schemas/<name>.schema.json`. */
export const EDITOR_SCHEMAS = {
  site: SiteSchema,
  organisation: OrganisationSchema,
  activity: ActivitySchema,
  event: EventSchema,
  // Every code list; the language list allows tags such as zh-Hant, so codes are not narrowed here.
  taxonomy: TermListSchema,
} as const;

export type EditorSchemaName = keyof typeof EDITOR_SCHEMAS;

/** Which content files each schema is for, as globs relative to the project root. */
export const SCHEMA_FILES: Record<EditorSchemaName, string[]> = {
  site: ['content/site.yaml'],
  organisation: ['content/organisations/*.yaml'],
  activity: ['content/activities/*/*.yaml'],
  event: ['content/events/*/*.yaml'],
  taxonomy: ['content/taxonomies/*.yaml'],
};

const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

/**
 * The JSON Schema of what a contributor writes: the input side of the schema. Draft 7, because
 * that is what the YAML extension of VS Code (yaml-language-server) fully supports; 2019-09 and
 * 2020-12 are not (https://github.com/redhat-developer/yaml-language-server/issues/856).
 */
export function editorSchema(name: EditorSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(EDITOR_SCHEMAS[name], {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      // z.int() bounds itself to the safe integers; in an editor that is noise, not help.
      if (jsonSchema.minimum === -SAFE_INTEGER) delete jsonSchema.minimum;
      if (jsonSchema.maximum === SAFE_INTEGER) delete jsonSchema.maximum;
    },
  });
  return schema as Record<string, unknown>;
}

/** Every schema file's name and exact text, as `npm run schemas` writes them. */
export function editorSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(EDITOR_SCHEMAS) as EditorSchemaName[]).map((name) => [`${name}.schema.json`, `${JSON.stringify(editorSchema(name), null, 2)}\n`]),
  );
}
