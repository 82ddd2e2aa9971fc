/**
 * Derives a TypeScript type from a JSON Schema literal (`as const`), for the subset the scenario
 * schema uses: object/properties/required, array/items, string, number, integer, boolean, enum,
 * const, oneOf/anyOf. Keeps the schema the single source of the document's type.
 */

type Simplify<T> = { [K in keyof T]: T[K] } & unknown;

type ObjectOf<P, R> = Simplify<
  { -readonly [K in keyof P & R]: FromSchema<P[K]> } & { -readonly [K in Exclude<keyof P, R>]?: FromSchema<P[K]> }
>;

/** The TS type of values valid against schema `S`. */
export type FromSchema<S> = S extends { const: infer C }
  ? C
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { oneOf: readonly (infer U)[] }
      ? FromSchema<U>
      : S extends { anyOf: readonly (infer U)[] }
        ? FromSchema<U>
        : S extends { type: 'object'; properties: infer P }
          ? ObjectOf<P, S extends { required: readonly (infer R)[] } ? R : never>
          : S extends { type: 'array'; items: infer I }
            ? FromSchema<I>[]
            : S extends { type: 'string' }
              ? string
              : S extends { type: 'number' | 'integer' }
                ? number
                : S extends { type: 'boolean' }
                  ? boolean
                  : unknown;
