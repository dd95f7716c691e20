import { resourceTable, type ResourceName } from "../../generated/resources.js";
import type { CollectionRef } from "../../store/store.js";
import { conflict } from "./errors.js";
import type { OperationContext } from "./operation-context.js";
import type { ListOperationName } from "../../generated/list-operations.js";
import {
  decodeToken,
  encodeToken,
  invalidToken,
  pageSize,
  type Page,
  type PageRequest,
} from "./pagination.js";
import { scopeKey } from "./scope.js";

/** A secondary key that must be unique within a scope (a user's email in an account). */
export interface UniqueIndex<T> {
  key(value: T): string | undefined;
  /** The clash, in words, for the ConflictException: `a user with email a@example.com`. */
  describe(key: string): string;
}

interface IndexEntry {
  id: string;
}

const SCAN_BATCH = 256;

/**
 * Create, read, update, delete and list for one resource of the model (or
 * one emulator-only record kind), on top of the store. The scope of a
 * record is its ancestors' identifiers, in the order the resource table
 * gives; unique indexes are kept in sibling collections of the same scope, so
 * a cascade that removes the scope removes them too.
 */
export class ResourceCollection<T extends object> {
  readonly scopeMembers: readonly string[];

  constructor(
    readonly name: string,
    readonly idOf: (value: T) => string,
    private readonly indexes: Readonly<Record<string, UniqueIndex<T>>> = {},
    scopeMembers?: readonly string[],
  ) {
    this.scopeMembers = scopeMembers ?? [];
  }

  /** A collection for a resource of the model: its name and scope come from the resource table. */
  static forResource<T extends object>(
    resource: ResourceName,
    idOf: (value: T) => string,
    indexes: Readonly<Record<string, UniqueIndex<T>>> = {},
  ): ResourceCollection<T> {
    return new ResourceCollection(resource, idOf, indexes, resourceTable[resource].scope);
  }

  ref(op: OperationContext, scope: readonly string[]): CollectionRef {
    return { partition: op.awsAccountId, collection: this.name, scope: scopeKey(scope) };
  }

  get(op: OperationContext, scope: readonly string[], id: string): Promise<T | undefined> {
    return op.tx.get<T>(this.ref(op, scope), id);
  }

  async findBy(
    op: OperationContext,
    scope: readonly string[],
    index: string,
    key: string,
  ): Promise<T | undefined> {
    const entry = await op.tx.get<IndexEntry>(this.indexRef(op, scope, index), key);
    return entry ? this.get(op, scope, entry.id) : undefined;
  }

  /** Adds a record; an existing ID or a clash on a unique index is a ConflictException naming it. */
  async insert(op: OperationContext, scope: readonly string[], value: T): Promise<T> {
    if (await op.tx.get(this.ref(op, scope), this.idOf(value))) {
      throw conflict(`${op.operation}: ${this.name} ${this.idOf(value)} already exists`);
    }
    await this.claimIndexes(op, scope, value, undefined);
    await op.tx.put(this.ref(op, scope), this.idOf(value), value);
    return value;
  }

  /** Replaces a record, moving its unique index entries when their keys change. */
  async update(op: OperationContext, scope: readonly string[], previous: T, next: T): Promise<T> {
    await this.releaseIndexes(op, scope, previous, next);
    await this.claimIndexes(op, scope, next, previous);
    await op.tx.put(this.ref(op, scope), this.idOf(next), next);
    return next;
  }

  async remove(op: OperationContext, scope: readonly string[], value: T): Promise<void> {
    await this.releaseIndexes(op, scope, value, undefined);
    await op.tx.delete(this.ref(op, scope), this.idOf(value));
  }

  count(op: OperationContext, scope: readonly string[]): Promise<number> {
    return op.tx.count(this.ref(op, scope));
  }

  /** Every record of a scope in creation order, read in batches. */
  async *all(op: OperationContext, scope: readonly string[]): AsyncGenerator<T> {
    const ref = this.ref(op, scope);
    for (let after = 0; ;) {
      const batch = await op.tx.page<T>(ref, after, SCAN_BATCH);
      if (batch.length === 0) return;
      for (const record of batch) yield record.value;
      after = batch[batch.length - 1].seq;
    }
  }

  /**
   * One page of the records that pass `filter`, in creation order. The next
   * token is issued only when another matching record exists, so the last
   * page never comes with a token that leads to an empty page.
   */
  async list(
    op: OperationContext,
    scope: readonly string[],
    request: PageRequest,
    filter?: (value: T) => boolean | Promise<boolean>,
  ): Promise<Page<T>> {
    const limit = pageSize(request);
    const ref = this.ref(op, scope);
    let after = request.nextToken ? cursorSeq(request.operation, request.nextToken) : 0;
    const items: T[] = [];
    let lastSeq = after;
    for (;;) {
      const batch = await op.tx.page<T>(ref, after, Math.max(SCAN_BATCH, limit + 1));
      if (batch.length === 0) return { items };
      for (const record of batch) {
        if (filter && !(await filter(record.value))) continue;
        if (items.length === limit) {
          return { items, nextToken: encodeToken(request.operation, String(lastSeq)) };
        }
        items.push(record.value);
        lastSeq = record.seq;
      }
      after = batch[batch.length - 1].seq;
    }
  }

  private indexRef(op: OperationContext, scope: readonly string[], index: string): CollectionRef {
    return {
      partition: op.awsAccountId,
      collection: `${this.name}#${index}`,
      scope: scopeKey(scope),
    };
  }

  private async claimIndexes(
    op: OperationContext,
    scope: readonly string[],
    value: T,
    previous: T | undefined,
  ) {
    for (const [name, index] of Object.entries(this.indexes)) {
      const key = index.key(value);
      if (key === undefined || (previous !== undefined && index.key(previous) === key)) continue;
      const ref = this.indexRef(op, scope, name);
      const holder = await op.tx.get<IndexEntry>(ref, key);
      if (holder && holder.id !== this.idOf(value)) {
        const where = scope.map((id, i) => ` ${this.scopeMembers[i] ?? "scope"} ${id}`).join(",");
        throw conflict(
          `${op.operation}: ${index.describe(key)} already exists${where ? ` in${where}` : ""}`,
        );
      }
      await op.tx.put<IndexEntry>(ref, key, { id: this.idOf(value) });
    }
  }

  private async releaseIndexes(
    op: OperationContext,
    scope: readonly string[],
    value: T,
    next: T | undefined,
  ) {
    for (const [name, index] of Object.entries(this.indexes)) {
      const key = index.key(value);
      if (key === undefined || (next !== undefined && index.key(next) === key)) continue;
      await op.tx.delete(this.indexRef(op, scope, name), key);
    }
  }
}

function cursorSeq(operation: ListOperationName, token: string): number {
  const seq = Number(decodeToken(operation, token));
  if (!Number.isSafeInteger(seq) || seq < 0) throw invalidToken(operation, token);
  return seq;
}

/** A resource with exactly one record per scope (an account's settings), with defaults until written. */
export class SingletonResource<T extends object> {
  private static readonly ID = "singleton";

  constructor(
    readonly name: string,
    private readonly defaults: (scope: readonly string[]) => T,
  ) {}

  static forResource<T extends object>(
    resource: ResourceName,
    defaults: (scope: readonly string[]) => T,
  ) {
    return new SingletonResource<T>(resource, defaults);
  }

  async get(op: OperationContext, scope: readonly string[]): Promise<T> {
    return (await op.tx.get<T>(this.ref(op, scope), SingletonResource.ID)) ?? this.defaults(scope);
  }

  /** The stored value, or `undefined` when it was never written (Get operations that 404 on absence). */
  stored(op: OperationContext, scope: readonly string[]): Promise<T | undefined> {
    return op.tx.get<T>(this.ref(op, scope), SingletonResource.ID);
  }

  async put(op: OperationContext, scope: readonly string[], value: T): Promise<T> {
    await op.tx.put(this.ref(op, scope), SingletonResource.ID, value);
    return value;
  }

  async remove(op: OperationContext, scope: readonly string[]): Promise<boolean> {
    return op.tx.delete(this.ref(op, scope), SingletonResource.ID);
  }

  private ref(op: OperationContext, scope: readonly string[]): CollectionRef {
    return { partition: op.awsAccountId, collection: this.name, scope: scopeKey(scope) };
  }
}
