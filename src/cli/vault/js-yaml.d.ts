/** The part of js-yaml 3 (gray-matter's own YAML engine) that the CLI reader uses. */
declare module 'js-yaml' {
  interface TypeOptions {
    kind: 'scalar';
    resolve: (data: string) => boolean;
    construct: (data: string) => unknown;
  }
  export class Type {
    constructor(tag: string, options: TypeOptions);
  }
  export class Schema {
    constructor(definition: { include?: Schema[]; implicit?: Type[] });
  }
  export const CORE_SCHEMA: Schema;
  export function load(text: string, options: { schema: Schema }): unknown;
}
