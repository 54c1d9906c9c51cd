/**
 * A js-yaml schema that resolves plain scalars as the `yaml` package's YAML 1.2 core schema does
 * (same patterns as yaml/dist/schema/core), so the fast reader and the writer agree on every
 * value: js-yaml 3 would read `010` as 8, `1:30` as 90 and `1_000` as 1000, and keep `0o17`,
 * `08` and `+.5` as text. No timestamp type: dates stay strings, as Obsidian hands them over.
 */
import { CORE_SCHEMA, Schema, Type } from 'js-yaml';

const INT_DEC = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const int = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => INT_DEC.test(s) || INT_OCT.test(s) || INT_HEX.test(s),
  construct: (s: string) => (INT_OCT.test(s) ? parseInt(s.slice(2), 8) : INT_HEX.test(s) ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});

const float = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => FLOAT_SPECIAL.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s),
  construct: (s: string) => {
    if (!FLOAT_SPECIAL.test(s)) return parseFloat(s);
    if (s.slice(-3).toLowerCase() === 'nan') return NaN;
    return s.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  },
});

/** js-yaml's core null and bool (the same words as YAML 1.2 core), with the int and float above. */
export const YAML_CORE_SCHEMA = new Schema({ include: [CORE_SCHEMA], implicit: [int, float] });
