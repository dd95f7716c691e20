import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, type StoreConfig } from "../../src/store/open-store.js";
import type { CollectionRef, Store } from "../../src/store/store.js";
import { SQLITE_DRIVERS } from "../support/sqlite-drivers.js";

const dir = mkdtempSync(join(tmpdir(), "chimekit-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCounter = 0;
const configs: Record<string, () => StoreConfig> = {
  memory: () => ({ kind: "memory" }),
  ...Object.fromEntries(
    SQLITE_DRIVERS.map((driver) => [
      `sqlite (${driver})`,
      (): StoreConfig => ({
        kind: "sqlite",
        file: join(dir, `state-${(fileCounter += 1)}.db`),
        driver,
      }),
    ]),
  ),
};

const users: CollectionRef = { partition: "111122223333", collection: "users", scope: "acct-1" };

async function allIds(store: Store, ref: CollectionRef, pageSize = 2): Promise<string[]> {
  return store.transaction(async (tx) => {
    const ids: string[] = [];
    let after = 0;
    for (;;) {
      const page = await tx.page(ref, after, pageSize);
      if (page.length === 0) return ids;
      ids.push(...page.map((record) => record.id));
      after = page[page.length - 1].seq;
    }
  });
}

describe.each(Object.keys(configs))("%s store", (name) => {
  const open = () => openStore(configs[name]());

  it("reads back what it wrote, in creation order, and a replace keeps the position", async () => {
    const store = await open();
    await store.transaction(async (tx) => {
      await tx.put(users, "a", { n: 1 });
      await tx.put(users, "b", { n: 2 });
      await tx.put(users, "c", { n: 3 });
      await tx.put(users, "a", { n: 10 });
    });
    expect(await allIds(store, users)).toEqual(["a", "b", "c"]);
    expect(await store.transaction((tx) => tx.get(users, "a"))).toEqual({ n: 10 });
    expect(await store.transaction((tx) => tx.count(users))).toBe(3);
    await store.close();
  });

  it("pages from a cursor that stays valid while records before and after it change", async () => {
    const store = await open();
    await store.transaction(async (tx) => {
      for (const id of ["a", "b", "c", "d"]) await tx.put(users, id, { id });
    });
    const first = await store.transaction((tx) => tx.page(users, 0, 2));
    expect(first.map((r) => r.id)).toEqual(["a", "b"]);
    await store.transaction(async (tx) => {
      await tx.delete(users, "a");
      await tx.delete(users, "c");
      await tx.put(users, "e", { id: "e" });
    });
    const rest = await store.transaction((tx) => tx.page(users, first[1].seq, 10));
    expect(rest.map((r) => r.id)).toEqual(["d", "e"]);
    await store.close();
  });

  it("undoes every write of a transaction that throws", async () => {
    const store = await open();
    await store.transaction(async (tx) => {
      await tx.put(users, "a", { n: 1 });
      await tx.put(users, "b", { n: 2 });
    });
    await expect(
      store.transaction(async (tx) => {
        await tx.put(users, "a", { n: 100 });
        await tx.delete(users, "b");
        await tx.put(users, "c", { n: 3 });
        await tx.deleteScope(users.partition, "acct-1");
        throw new Error("rule broken");
      }),
    ).rejects.toThrow("rule broken");
    expect(await allIds(store, users)).toEqual(["a", "b"]);
    expect(await store.transaction((tx) => tx.get(users, "a"))).toEqual({ n: 1 });
    expect(await store.transaction((tx) => tx.get(users, "c"))).toBeUndefined();
    await store.close();
  });

  it("never interleaves two transactions", async () => {
    const store = await open();
    const log: string[] = [];
    const slow = store.transaction(async (tx) => {
      log.push("slow:start");
      await new Promise((resolve) => setTimeout(resolve, 20));
      await tx.put(users, "x", { by: "slow" });
      log.push("slow:end");
    });
    const fast = store.transaction(async (tx) => {
      log.push("fast:start");
      await tx.put(users, "x", { by: "fast" });
      log.push("fast:end");
    });
    await Promise.all([slow, fast]);
    expect(log).toEqual(["slow:start", "slow:end", "fast:start", "fast:end"]);
    expect(await store.transaction((tx) => tx.get(users, "x"))).toEqual({ by: "fast" });
    await store.close();
  });

  it("deletes a scope and everything under it, and nothing else", async () => {
    const store = await open();
    const ref = (collection: string, scope: string) => ({ partition: "p", collection, scope });
    await store.transaction(async (tx) => {
      await tx.put(ref("users", "acct-1"), "u1", {});
      await tx.put(ref("memberships", "acct-1/room-1"), "m1", {});
      await tx.put(ref("users", "acct-10"), "u2", {});
      await tx.put(ref("users", "acct-1x"), "u3", {});
      await tx.put({ partition: "q", collection: "users", scope: "acct-1" }, "u4", {});
    });
    expect(await store.transaction((tx) => tx.deleteScope("p", "acct-1"))).toBe(2);
    const exported = await store.exportPartition("p");
    expect(exported.records.map((r) => r.id)).toEqual(["u2", "u3"]);
    expect((await store.exportPartition("q")).records.map((r) => r.id)).toEqual(["u4"]);
    await store.close();
  });

  it("exports partitions independently, and a snapshot replaces another partition", async () => {
    const store = await open();
    await store.transaction(async (tx) => {
      await tx.put(users, "a", { n: 1 });
      await tx.put({ ...users, partition: "other" }, "b", { n: 2 });
    });
    expect((await store.partitions()).sort()).toEqual(["111122223333", "other"]);
    const snapshot = await store.exportPartition(users.partition);
    await store.replacePartitions({ [users.partition]: { records: [] } });
    expect(await store.partitions()).toEqual(["other"]);
    await store.replacePartitions({ copy: snapshot });
    expect(await store.transaction((tx) => tx.get({ ...users, partition: "copy" }, "a"))).toEqual({
      n: 1,
    });
    await store.replacePartitions({}, { clearAll: true });
    expect(await store.partitions()).toEqual([]);
    await store.close();
  });

  it("replaces partitions all or nothing: listed ones, or everything with clearAll", async () => {
    const store = await open();
    const other: CollectionRef = { ...users, partition: "444455556666" };
    await store.transaction(async (tx) => {
      await tx.put(users, "a", { n: 1 });
      await tx.put(other, "b", { n: 2 });
    });
    const record = (id: string, n: number) => ({
      collection: "users",
      scope: "acct-1",
      id,
      value: { n },
    });
    await store.replacePartitions({
      [users.partition]: { records: [record("c", 3), record("d", 4)] },
    });
    expect(await allIds(store, users)).toEqual(["c", "d"]);
    expect(await allIds(store, other)).toEqual(["b"]);

    // A snapshot that cannot be stored (neither JSON nor cloneable) fails the whole replacement.
    const broken = {
      collection: "users",
      scope: "acct-1",
      id: "x",
      value: { n: 1n, f: () => 1 },
    };
    await expect(
      store.replacePartitions(
        { [users.partition]: { records: [record("e", 5)] }, "777788889999": { records: [broken] } },
        { clearAll: true },
      ),
    ).rejects.toThrow();
    expect(await allIds(store, users)).toEqual(["c", "d"]);
    expect(await allIds(store, other)).toEqual(["b"]);
    expect((await store.partitions()).sort()).toEqual([users.partition, other.partition].sort());

    await store.replacePartitions(
      { [other.partition]: { records: [record("f", 6)] } },
      { clearAll: true },
    );
    expect(await store.partitions()).toEqual([other.partition]);
    expect(await allIds(store, { ...users, partition: other.partition })).toEqual(["f"]);
    // Sequence numbers keep growing: a later write still lists after the replaced records.
    await store.transaction((tx) =>
      tx.put({ ...users, partition: other.partition }, "g", { n: 7 }),
    );
    expect(await allIds(store, { ...users, partition: other.partition })).toEqual(["f", "g"]);
    await store.close();
  });

  it("does not let a caller change stored state by mutating values", async () => {
    const store = await open();
    const value = { nested: { n: 1 } };
    await store.transaction((tx) => tx.put(users, "a", value));
    value.nested.n = 2;
    const read = await store.transaction((tx) => tx.get<typeof value>(users, "a"));
    expect(read).toEqual({ nested: { n: 1 } });
    try {
      read!.nested.n = 3;
    } catch (error) {
      // The in-memory store hands out frozen values; changing one is a TypeError.
      expect(error).toBeInstanceOf(TypeError);
    }
    expect(await store.transaction((tx) => tx.get(users, "a"))).toEqual({ nested: { n: 1 } });
    await store.close();
  });

  it("agrees with a plain map over any sequence of puts, deletes and failed transactions", async () => {
    const command = fc.oneof(
      fc.record({
        op: fc.constant("put" as const),
        id: fc.constantFrom("a", "b", "c", "d", "e"),
        n: fc.integer(),
      }),
      fc.record({
        op: fc.constant("delete" as const),
        id: fc.constantFrom("a", "b", "c", "d", "e"),
      }),
      fc.record({
        op: fc.constant("fail" as const),
        id: fc.constantFrom("a", "b", "c", "d", "e"),
        n: fc.integer(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 30 }), async (commands) => {
        const store = await open();
        const model = new Map<string, number>();
        for (const c of commands) {
          if (c.op === "put") {
            await store.transaction((tx) => tx.put(users, c.id, { n: c.n }));
            model.set(c.id, c.n);
          } else if (c.op === "delete") {
            await store.transaction((tx) => tx.delete(users, c.id));
            model.delete(c.id);
          } else {
            await store
              .transaction(async (tx) => {
                await tx.put(users, c.id, { n: c.n });
                throw new Error("abort");
              })
              .catch(() => undefined);
          }
        }
        expect(await allIds(store, users, 2)).toEqual([...model.keys()]);
        for (const [id, n] of model) {
          expect(await store.transaction((tx) => tx.get(users, id))).toEqual({ n });
        }
        await store.close();
      }),
      { numRuns: name.startsWith("sqlite") ? 25 : 100 },
    );
  });
});
