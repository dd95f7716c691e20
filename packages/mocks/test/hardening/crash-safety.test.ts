import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { killLeftovers, startCli, stateArgs } from "../support/cli-process.js";
import { SQLITE_DRIVERS } from "../support/sqlite-drivers.js";

const dir = mkdtempSync(join(tmpdir(), "chimekit-crash-"));
afterAll(() => {
  killLeftovers();
  rmSync(dir, { recursive: true, force: true });
});

/** Set CRASH_SEED to replay a failure: it decides when the process is killed. */
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);

function killDelayMs(seed: number): number {
  const x = Math.sin(seed) * 10_000;
  return 300 + Math.floor((x - Math.floor(x)) * 1200);
}

async function call(url: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : {}) as Record<string, any> };
}

async function listAll<T>(url: string, path: string, member: string): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const page = await call(
      url,
      "GET",
      `${path}${sep}max-results=50${token ? `&next-token=${encodeURIComponent(token)}` : ""}`,
    );
    expect(page.status, `GET ${path}`).toBe(200);
    all.push(...(page.json[member] as T[]));
    token = page.json.NextToken;
  } while (token);
  return all;
}

/** What the writers were told succeeded before the kill. */
interface Acknowledged {
  users: Set<string>;
  memberships: { roomId: string; userId: string }[];
  numbers: Map<string, string>;
  deletedRooms: Set<string>;
  /** Rooms a delete was sent for: one the kill cut short may or may not have happened. */
  deleteSent: Set<string>;
}

describe("crash safety (SIGKILL under load, SQLite state)", { timeout: 60_000 }, () => {
  it.each(SQLITE_DRIVERS)(`keeps every acknowledged write on %s (seed ${SEED})`, async (driver) => {
    const file = join(dir, `state-${driver.replace(":", "-")}.db`);
    const first = await startCli(stateArgs(file, driver, "--call-history", "0"));
    const accountId = (await call(first.url, "POST", "/accounts", { Name: "crash" })).json.Account
      .AccountId as string;
    const acked: Acknowledged = {
      users: new Set(),
      memberships: [],
      numbers: new Map(),
      deletedRooms: new Set(),
      deleteSent: new Set(),
    };
    let killed = false;
    const writer = async (worker: number) => {
      for (let i = 0; !killed; i += 1) {
        try {
          const user = await call(
            first.url,
            "POST",
            `/accounts/${accountId}/users?operation=create`,
            {
              Email: `w${worker}-${i}@example.com`,
            },
          );
          if (user.status !== 201) continue;
          const userId = user.json.User.UserId as string;
          if (!killed) acked.users.add(userId);
          const room = await call(first.url, "POST", `/accounts/${accountId}/rooms`, {
            Name: `r${worker}-${i}`,
          });
          const roomId = room.json.Room.RoomId as string;
          const member = await call(
            first.url,
            "POST",
            `/accounts/${accountId}/rooms/${roomId}/memberships`,
            {
              MemberId: userId,
            },
          );
          if (member.status === 201 && !killed) acked.memberships.push({ roomId, userId });
          const number = `+1206${String(worker * 100_000 + i).padStart(7, "0")}`;
          const order = await call(first.url, "POST", "/phone-number-orders", {
            ProductType: "BusinessCalling",
            E164PhoneNumbers: [number],
          });
          if (order.status < 300) {
            const associated = await call(
              first.url,
              "POST",
              `/accounts/${accountId}/users/${userId}?operation=associate-phone-number`,
              { E164PhoneNumber: number },
            );
            if (associated.status === 200 && !killed) acked.numbers.set(userId, number);
          }
          if (i % 3 === 0) {
            acked.deleteSent.add(roomId);
            const deleted = await call(
              first.url,
              "DELETE",
              `/accounts/${accountId}/rooms/${roomId}`,
            );
            if (deleted.status === 204 && !killed) acked.deletedRooms.add(roomId);
          }
        } catch {
          return;
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, worker) => writer(worker));
    await new Promise((resolve) => setTimeout(resolve, killDelayMs(SEED)));
    first.child.kill("SIGKILL");
    killed = true;
    expect(await first.exited).toBeNull();
    await Promise.all(writers);
    expect(acked.users.size, "writes acknowledged before the kill").toBeGreaterThan(0);

    const second = await startCli(stateArgs(file, driver));
    try {
      const users = await listAll<{ UserId: string; PrimaryProvisionedNumber?: string }>(
        second.url,
        `/accounts/${accountId}/users`,
        "Users",
      );
      const userIds = new Set(users.map((u) => u.UserId));
      expect(
        [...acked.users].filter((id) => !userIds.has(id)),
        "lost users",
      ).toEqual([]);

      for (const [userId, number] of acked.numbers) {
        expect(users.find((u) => u.UserId === userId)?.PrimaryProvisionedNumber, userId).toBe(
          number,
        );
      }
      for (const user of users.filter((u) => u.PrimaryProvisionedNumber)) {
        const phone = await call(
          second.url,
          "GET",
          `/phone-numbers/${encodeURIComponent(user.PrimaryProvisionedNumber!)}`,
        );
        expect(phone.status, `user ${user.UserId} points to ${user.PrimaryProvisionedNumber}`).toBe(
          200,
        );
      }

      const rooms = await listAll<{ RoomId: string }>(
        second.url,
        `/accounts/${accountId}/rooms`,
        "Rooms",
      );
      const roomIds = new Set(rooms.map((r) => r.RoomId));
      for (const roomId of acked.deletedRooms)
        expect(roomIds.has(roomId), `deleted room ${roomId}`).toBe(false);
      for (const { roomId, userId } of acked.memberships) {
        if (acked.deleteSent.has(roomId)) continue;
        const members = await listAll<{ Member: { MemberId: string } }>(
          second.url,
          `/accounts/${accountId}/rooms/${roomId}/memberships`,
          "RoomMemberships",
        );
        expect(
          members.map((m) => m.Member.MemberId),
          `membership of ${userId} in ${roomId}`,
        ).toContain(userId);
      }
      for (const room of rooms) {
        const members = await listAll<{ Member: { MemberId: string } }>(
          second.url,
          `/accounts/${accountId}/rooms/${room.RoomId}/memberships`,
          "RoomMemberships",
        );
        const dangling = members.map((m) => m.Member.MemberId).filter((id) => !userIds.has(id));
        expect(dangling, `dangling memberships in room ${room.RoomId}`).toEqual([]);
      }
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  });
});
