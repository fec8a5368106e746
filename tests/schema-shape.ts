// Describes a database schema as a sorted list of plain lines (tables, columns
// with type and nullability, enums, indexes, foreign keys), once from
// schema.prisma (through Prisma's own schema parser, compiled to WebAssembly)
// and once from a live database, so the two can be compared line by line.
import fs from 'node:fs';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import pg from 'pg';

type DmmfField = {
  name: string; dbName?: string | null; kind: 'scalar' | 'enum' | 'object'; type: string;
  isRequired: boolean; isList: boolean; nativeType?: [string, string[]] | null;
  relationFromFields?: string[]; relationToFields?: string[]; relationOnDelete?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: 'id' | 'unique' | 'normal' | 'fulltext'; fields: { name: string }[] };
type Dmmf = { datamodel: { enums: { name: string; values: { name: string }[] }[]; models: DmmfModel[]; indexes: DmmfIndex[] } };

const SCALAR_TYPES: Record<string, string> = {
  Int: 'integer', BigInt: 'bigint', String: 'text', Boolean: 'boolean', DateTime: 'timestamp(3)', Decimal: 'numeric(65,30)', Json: 'jsonb', Float: 'double precision',
};
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  VarChar: (args) => `varchar(${args[0]})`, Char: (args) => `char(${args[0]})`, Text: () => 'text', Date: () => 'date',
  Timestamptz: (args) => `timestamptz(${args[0] ?? 6})`, Timestamp: (args) => `timestamp(${args[0] ?? 6})`,
  Decimal: (args) => `numeric(${args[0]},${args[1]})`, Integer: () => 'integer', BigInt: () => 'bigint', JsonB: () => 'jsonb',
};

export function shapeFromPrismaSchema(schemaPath: string): string[] {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: fs.readFileSync(schemaPath, 'utf8') }))) as Dmmf;
  const models = new Map(dmmf.datamodel.models.map((model) => [model.name, model]));
  const table = (model: DmmfModel) => model.dbName ?? model.name;
  const column = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName);
    return field?.dbName ?? fieldName;
  };
  const lines: string[] = [];
  for (const enumType of dmmf.datamodel.enums) lines.push(`enum ${enumType.name} (${enumType.values.map((value) => value.name).join(', ')})`);
  for (const model of dmmf.datamodel.models) {
    lines.push(`table ${table(model)}`);
    for (const field of model.fields) {
      if (field.kind === 'object') {
        if (field.relationFromFields?.length) {
          const target = models.get(field.type);
          if (!target) throw new Error(`unknown model ${field.type}`);
          lines.push(`fk ${table(model)}(${field.relationFromFields.map((name) => column(model, name)).join(',')}) -> ${table(target)}(${(field.relationToFields ?? []).map((name) => column(target, name)).join(',')}) on delete ${(field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull')).toLowerCase()}`);
        }
        continue;
      }
      let type = field.kind === 'enum' ? `enum ${field.type}` : field.nativeType ? NATIVE_TYPES[field.nativeType[0]]?.(field.nativeType[1]) : SCALAR_TYPES[field.type];
      if (!type) throw new Error(`no mapping for ${model.name}.${field.name}`);
      if (field.isList) type = `${type}[]`;
      // Prisma leaves scalar lists nullable in SQL.
      const nullable = field.isList || !field.isRequired;
      lines.push(`column ${table(model)}.${field.dbName ?? field.name} ${type}${nullable ? '' : ' not null'}`);
    }
  }
  for (const index of dmmf.datamodel.indexes) {
    const model = models.get(index.model);
    if (!model) throw new Error(`unknown model ${index.model}`);
    const kind = index.type === 'id' ? 'primary key' : index.type === 'unique' ? 'unique index' : 'index';
    lines.push(`${kind} ${table(model)}(${index.fields.map((field) => column(model, field.name)).join(',')})`);
  }
  return lines.sort();
}

const ON_DELETE: Record<string, string> = { a: 'noaction', r: 'restrict', c: 'cascade', n: 'setnull', d: 'setdefault' };

export async function shapeFromDatabase(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const lines: string[] = [];
    const enums = await client.query<{ name: string; labels: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    for (const row of enums.rows) lines.push(`enum ${row.name} (${row.labels.join(', ')})`);
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    for (const row of tables.rows) lines.push(`table ${row.table_name}`);
    const columns = await client.query<{ table_name: string; column_name: string; type: string; not_null: boolean }>(
      `SELECT c.relname AS table_name, a.attname AS column_name, a.attnotnull AS not_null,
              format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`,
    );
    for (const row of columns.rows) lines.push(`column ${row.table_name}.${row.column_name} ${normaliseType(row.type, enums.rows.map((e) => e.name))}${row.not_null ? ' not null' : ''}`);
    const indexes = await client.query<{ table_name: string; primary: boolean; unique: boolean; columns: string[] }>(
      `SELECT t.relname AS table_name, i.indisprimary AS primary, i.indisunique AS unique,
              array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    );
    for (const row of indexes.rows) lines.push(`${row.primary ? 'primary key' : row.unique ? 'unique index' : 'index'} ${row.table_name}(${row.columns.join(',')})`);
    const foreignKeys = await client.query<{ from_table: string; from_columns: string[]; to_table: string; to_columns: string[]; on_delete: string }>(
      `SELECT src.relname AS from_table, dst.relname AS to_table, c.confdeltype AS on_delete,
              array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS from_columns,
              array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS to_columns
       FROM pg_constraint c JOIN pg_class src ON src.oid = c.conrelid JOIN pg_class dst ON dst.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    for (const row of foreignKeys.rows) lines.push(`fk ${row.from_table}(${row.from_columns.join(',')}) -> ${row.to_table}(${row.to_columns.join(',')}) on delete ${ON_DELETE[row.on_delete] ?? row.on_delete}`);
    return lines.sort();
  } finally {
    await client.end();
  }
}

function normaliseType(type: string, enumNames: string[]): string {
  const isArray = type.endsWith('[]');
  const base = isArray ? type.slice(0, -2) : type;
  const unquoted = base.replace(/^"(.*)"$/, '$1');
  const mapped = enumNames.includes(unquoted)
    ? `enum ${unquoted}`
    : base
        .replace(/^character varying\((\d+)\)$/, 'varchar($1)')
        .replace(/^character\((\d+)\)$/, 'char($1)')
        .replace(/^timestamp\((\d)\) with time zone$/, 'timestamptz($1)')
        .replace(/^timestamp\((\d)\) without time zone$/, 'timestamp($1)');
  return isArray ? `${mapped}[]` : mapped;
}
