/**
 * Reads SensorThings entities: one page of a collection (with $filter, $orderby, $select, $count,
 * $expand and `@iot.nextLink`), formatted with `@iot.id`, `@iot.selfLink` and navigation links.
 * Expansions run one query per navigation property for the whole page (window functions give
 * each parent its own $top/$skip), never one query per row.
 */
import { HttpError } from '../api/HttpError.ts';
import type { Queryable } from '../db/Database.ts';
import { ENTITIES, type EntityDef } from './entityModel.ts';
import { resolvePath, SqlParams, toSql } from './filterToSql.ts';
import type { ExpandItem, QueryOptions } from './parseQueryOptions.ts';

/** A SensorThings entity as JSON. */
export type StaEntity = Record<string, unknown>;

/** A page of a collection. */
export interface StaPage {
  '@iot.count'?: number;
  '@iot.nextLink'?: string;
  value: StaEntity[];
}

/** A condition on rows of an entity set: SQL given the row alias, with values bound into the params. */
export type Scope = (alias: string, params: SqlParams) => string;

/** Context for links: `base` is the service root URL, e.g. `http://host/api/sta/v1.1`. */
export interface LinkContext {
  base: string;
}

function selectedProperties(entity: EntityDef, options: QueryOptions): string[] {
  if (!options.select) return Object.keys(entity.properties);
  for (const name of options.select) {
    if (!entity.properties[name] && !entity.navigation[name]) {
      throw new HttpError(400, 'Bad request', `$select: ${entity.name} has no property "${name}"; known: ${[...Object.keys(entity.properties), ...Object.keys(entity.navigation)].join(', ')}`);
    }
  }
  return options.select.filter((n) => entity.properties[n]);
}

function orderSql(entity: EntityDef, alias: string, options: QueryOptions, params: SqlParams): string {
  const terms = options.orderby.map((t) => {
    const op = resolvePath(entity, alias, t.path, params, '$orderby');
    if (op.type === 'geometry') throw new HttpError(400, 'Bad request', `$orderby: cannot order by the geometry "${t.path.join('/')}"`);
    return `${op.sql} ${t.desc ? 'DESC' : 'ASC'} NULLS LAST`;
  });
  terms.push(`${alias}.id ASC`);
  return terms.join(', ');
}

function columns(entity: EntityDef, alias: string, props: string[]): string {
  return [`${alias}.id AS "@id"`, ...props.filter((p) => p !== 'id').map((p) => `${entity.properties[p].out(alias)} AS "${p}"`)].join(', ');
}

function format(entity: EntityDef, row: Record<string, unknown>, props: string[], options: QueryOptions, link: LinkContext): StaEntity {
  const id = Number(row['@id']);
  const self = `${link.base}/${entity.name}(${id})`;
  const out: StaEntity = { '@iot.id': id, '@iot.selfLink': self };
  for (const p of props) if (p !== 'id') out[p] = row[p] ?? null;
  if (options.select && !options.select.includes('id')) {
    delete out['@iot.id'];
    if (!options.select.includes('@iot.selfLink')) delete out['@iot.selfLink'];
  }
  const navs = options.select ? options.select.filter((n) => entity.navigation[n]) : Object.keys(entity.navigation);
  for (const nav of navs) out[`${nav}@iot.navigationLink`] = `${self}/${nav}`;
  return out;
}

function withQuery(url: string, options: QueryOptions, skip: number, raw: Record<string, string>): string {
  const q = new URLSearchParams({ ...raw, $top: String(options.top), $skip: String(skip) });
  return `${url}?${q.toString().replace(/%24/g, '$').replace(/%2C/g, ',').replace(/%2F/g, '/')}`;
}

/** Reads one page of `entity` rows matching `scope`; `collectionUrl` + `rawQuery` build the nextLink. */
export async function readCollection(
  db: Queryable,
  entity: EntityDef,
  scope: Scope,
  options: QueryOptions,
  link: LinkContext & { collectionUrl: string; rawQuery: Record<string, string> },
): Promise<StaPage> {
  const params = new SqlParams();
  const where = [scope('e', params)];
  if (options.filter) where.push(toSql(options.filter, entity, 'e', params));
  const props = selectedProperties(entity, options);
  const whereSql = where.join(' AND ');
  const limit = params.add(options.top + 1);
  const offset = params.add(options.skip);
  const rows = await db.query<Record<string, unknown>>(
    `SELECT ${columns(entity, 'e', props)} FROM ${entity.table} e WHERE ${whereSql} ORDER BY ${orderSql(entity, 'e', options, params)} LIMIT ${limit} OFFSET ${offset}`,
    params.values,
  );
  const more = rows.length > options.top;
  const pageRows = more ? rows.slice(0, options.top) : rows;
  const page: StaPage = { value: [] };
  if (options.count) {
    const countParams = new SqlParams();
    const countWhere = [scope('e', countParams)];
    if (options.filter) countWhere.push(toSql(options.filter, entity, 'e', countParams));
    const [c] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${entity.table} e WHERE ${countWhere.join(' AND ')}`, countParams.values);
    page['@iot.count'] = c.n;
  }
  if (more) page['@iot.nextLink'] = withQuery(link.collectionUrl, options, options.skip + options.top, link.rawQuery);
  page.value = pageRows.map((r) => format(entity, r, props, options, link));
  await expandAll(db, entity, pageRows, page.value, options.expand, link);
  return page;
}

/** Reads the single entity matching `scope` (404 when none). */
export async function readOne(db: Queryable, entity: EntityDef, scope: Scope, options: QueryOptions, link: LinkContext, what: string): Promise<StaEntity> {
  const params = new SqlParams();
  const props = selectedProperties(entity, options);
  const rows = await db.query<Record<string, unknown>>(`SELECT ${columns(entity, 'e', props)} FROM ${entity.table} e WHERE ${scope('e', params)} LIMIT 1`, params.values);
  if (rows.length === 0) throw new HttpError(404, 'Not found', `There is no ${what}`);
  const value = [format(entity, rows[0], props, options, link)];
  await expandAll(db, entity, rows, value, options.expand, link);
  return value[0];
}

function mergeExpands(items: ExpandItem[]): ExpandItem[] {
  const byNav = new Map<string, ExpandItem>();
  for (const item of items) {
    const seen = byNav.get(item.nav);
    if (seen) seen.options = { ...seen.options, expand: mergeExpands([...seen.options.expand, ...item.options.expand]) };
    else byNav.set(item.nav, { nav: item.nav, options: { ...item.options } });
  }
  return [...byNav.values()];
}

async function expandAll(db: Queryable, entity: EntityDef, rows: Record<string, unknown>[], out: StaEntity[], expand: ExpandItem[], link: LinkContext): Promise<void> {
  if (rows.length === 0) return;
  for (const item of mergeExpands(expand)) {
    const nav = entity.navigation[item.nav];
    if (!nav) throw new HttpError(400, 'Bad request', `$expand: ${entity.name} has no navigation property "${item.nav}"; known: ${Object.keys(entity.navigation).join(', ')}`);
    const target = ENTITIES[nav.target];
    const options = item.options;
    const params = new SqlParams();
    const ids = params.add(JSON.stringify(rows.map((r) => Number(r['@id']))));
    const where = [`p.id IN (SELECT (jsonb_array_elements_text(${ids}::jsonb))::bigint)`, nav.join('c', 'p')];
    if (options.filter) where.push(toSql(options.filter, target, 'c', params));
    const props = selectedProperties(target, options);
    const order = orderSql(target, 'c', options, params);
    const from = params.add(options.skip);
    const to = params.add(nav.many ? options.skip + options.top + 1 : 1);
    const child = await db.query<Record<string, unknown>>(
      `SELECT * FROM (SELECT ${columns(target, 'c', props)}, p.id AS "@parent", row_number() OVER (PARTITION BY p.id ORDER BY ${order}) AS "@rn"${options.count ? ', count(*) OVER (PARTITION BY p.id) AS "@count"' : ''}
         FROM ${target.table} c JOIN ${entity.table} p ON ${where.join(' AND ')}) x
       WHERE "@rn" > ${from} AND "@rn" <= ${to} ORDER BY "@parent", "@rn"`,
      params.values,
    );
    const byParent = new Map<number, Record<string, unknown>[]>();
    for (const r of child) {
      const key = Number(r['@parent']);
      if (!byParent.has(key)) byParent.set(key, []);
      byParent.get(key)!.push(r);
    }
    const allChildRows: Record<string, unknown>[] = [];
    const allChildOut: StaEntity[] = [];
    rows.forEach((row, i) => {
      const parentId = Number(row['@id']);
      let list = byParent.get(parentId) ?? [];
      const more = nav.many && list.length > options.top;
      if (more) list = list.slice(0, options.top);
      const formatted = list.map((r) => format(target, r, props, options, link));
      allChildRows.push(...list);
      allChildOut.push(...formatted);
      if (nav.many) {
        out[i][item.nav] = formatted;
        if (options.count) out[i][`${item.nav}@iot.count`] = list.length ? Number(list[0]['@count']) : 0;
        if (more) out[i][`${item.nav}@iot.nextLink`] = `${link.base}/${entity.name}(${parentId})/${item.nav}?$top=${options.top}&$skip=${options.skip + options.top}`;
      } else {
        out[i][item.nav] = formatted[0] ?? null;
      }
    });
    await expandAll(db, target, allChildRows, allChildOut, options.expand, link);
  }
}
