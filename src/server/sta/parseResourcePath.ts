/**
 * Resolves a SensorThings resource path (`Things(1)/Datastreams`, `Datastreams(4)/Observations(9)`,
 * `Things(1)/name`, `…/$value`) to the entity set it addresses and a SQL scope selecting its rows.
 */
import { HttpError } from '../api/HttpError.ts';
import { ENTITIES, isEntitySetName, type EntityDef } from './entityModel.ts';
import type { Scope } from './readEntities.ts';

/** What a resource path addresses. */
export interface ResourcePath {
  entity: EntityDef;
  scope: Scope;
  /** True when the path ends in `Set(id)` or a single-valued navigation property. */
  single: boolean;
  /** Human name of the target for 404 messages (e.g. "Things(3)"). */
  what: string;
  /** A property addressed after the entity (`Things(1)/name`), and whether `$value` follows. */
  property?: string;
  rawValue?: boolean;
  /** The parent entity when the path ends in `Parent(id)/Navigation` (POST links to it). */
  parent?: { entity: EntityDef; id: number; nav: string };
}

const SEGMENT = /^([A-Za-z]+)(?:\((\d+)\))?$/;

/** Parses `path` (relative to the service root, no query); throws HttpError 404/400. */
export function parseResourcePath(path: string): ResourcePath {
  const segments = path.split('/').filter((s) => s.length > 0);
  const notFound = () => new HttpError(404, 'Not found', `There is no SensorThings resource "${path}"; entity sets: ${Object.keys(ENTITIES).join(', ')}`);
  const first = SEGMENT.exec(segments[0] ?? '');
  if (!first || !isEntitySetName(first[1])) throw notFound();
  let entity = ENTITIES[first[1]];
  let scope: Scope = () => 'true';
  let single = false;
  let what: string = entity.name;
  let lastId: number | undefined;
  let parent: ResourcePath['parent'];
  const withId = (base: Scope, id: number): Scope => (a, p) => `${base(a, p)} AND ${a}.id = ${p.add(id)}::bigint`;
  if (first[2] !== undefined) {
    lastId = Number(first[2]);
    scope = withId(scope, lastId);
    single = true;
    what = `${entity.name}(${lastId})`;
  }
  for (let i = 1; i < segments.length; i++) {
    const seg = segments[i];
    if (seg === '$value') {
      throw new HttpError(400, 'Bad request', '$value must follow a property, e.g. Things(1)/name/$value');
    }
    const m = SEGMENT.exec(seg);
    if (!m) throw notFound();
    if (!single) throw new HttpError(400, 'Bad request', `"${segments.slice(0, i).join('/')}" is a collection; address one entity by id before "${seg}"`);
    const nav = entity.navigation[m[1]];
    if (!nav) {
      if (entity.properties[m[1]] && m[2] === undefined) {
        const rawValue = segments[i + 1] === '$value';
        if (segments.length > i + (rawValue ? 2 : 1)) throw notFound();
        return { entity, scope, single, what, property: m[1], rawValue };
      }
      throw new HttpError(404, 'Not found', `${entity.name} has no property or navigation "${m[1]}"; navigation: ${Object.keys(entity.navigation).join(', ')}`);
    }
    const source = entity;
    const prev = scope;
    const alias = `q${i}`;
    scope = (a, p) => {
      return `EXISTS (SELECT 1 FROM ${source.table} ${alias} WHERE ${prev(alias, p)} AND ${nav.join(a, alias)})`;
    };
    parent = lastId !== undefined && m[2] === undefined ? { entity: source, id: lastId, nav: m[1] } : undefined;
    entity = ENTITIES[nav.target];
    what = `${what}/${m[1]}`;
    single = !nav.many;
    lastId = undefined;
    if (m[2] !== undefined) {
      if (!nav.many) throw notFound();
      lastId = Number(m[2]);
      scope = withId(scope, lastId);
      single = true;
      what = `${what}(${lastId})`;
    }
  }
  return { entity, scope, single, what, parent };
}
