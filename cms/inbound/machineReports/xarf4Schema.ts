import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import core from './schemas/xarf-v4/xarf-core.json';
import contentBase from './schemas/xarf-v4/types/content-base.json';
import contentFraud from './schemas/xarf-v4/types/content-fraud.json';
import contentMalware from './schemas/xarf-v4/types/content-malware.json';
import contentPhishing from './schemas/xarf-v4/types/content-phishing.json';
import copyright from './schemas/xarf-v4/types/copyright-copyright.json';
import botnet from './schemas/xarf-v4/types/infrastructure-botnet.json';
import spam from './schemas/xarf-v4/types/messaging-spam.json';

// X-ARF v4 is checked against its published JSON Schemas (vendored unchanged in
// ./schemas/xarf-v4, source and licence in SOURCE.md): the type's own schema
// where the desk keeps one, the core schema for every other type.
const typeSchemas = [contentBase, contentFraud, contentMalware, contentPhishing, copyright, botnet, spam];

const SCHEMA_BASE = 'https://xarf.org/schemas/v4/';

let compiled: Ajv2020 | undefined;
const ajv = (): Ajv2020 => {
  if (compiled) return compiled;
  // `x-recommended` is the specification's own annotation; every other keyword
  // must be standard 2020-12. The schemas require fields inside `then` and
  // `allOf` branches that are declared elsewhere, which is valid JSON Schema.
  const instance = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  instance.addKeyword('x-recommended');
  addFormats.default(instance);
  instance.addSchema(core);
  for (const schema of typeSchemas) instance.addSchema(schema);
  compiled = instance;
  return instance;
};

const validatorFor = (category: unknown, type: unknown): ValidateFunction => {
  const id = `${SCHEMA_BASE}types/${String(category)}-${String(type).replace(/_/g, '-')}.json`;
  const own = typeof category === 'string' && typeof type === 'string' ? ajv().getSchema(id) : undefined;
  return own ?? (ajv().getSchema(`${SCHEMA_BASE}xarf-core.json`) as ValidateFunction);
};

// Ajv's words, made readable: "/reporter/domain: must match format "hostname"".
const describe = (error: ErrorObject): string => {
  const where = error.instancePath || '(report)';
  const what =
    error.keyword === 'required'
      ? `is missing "${String((error.params as { missingProperty?: string }).missingProperty)}"`
      : (error.message ?? 'is not valid');
  return `${where} ${what}`;
};

export type SchemaVerdict = { valid: true } | { valid: false; reason: string };

export const checkXarf4 = (report: unknown): SchemaVerdict => {
  const value = report as { category?: unknown; type?: unknown };
  const validate = validatorFor(value?.category, value?.type);
  if (validate(report)) return { valid: true };
  // allOf/if-then repeat some errors; each is said once.
  const reasons = [...new Set((validate.errors ?? []).filter((e) => e.keyword !== 'if').map(describe))];
  return { valid: false, reason: `Not valid X-ARF v4: ${reasons.slice(0, 6).join('; ')}.` };
};
