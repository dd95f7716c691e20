import { readFileSync, statSync } from "node:fs";

/** A process that holds a lock on a file, as far as the operating system tells. */
export interface LockHolder {
  pid: number;
  /** Its command line, when readable. */
  command?: string;
}

/**
 * Who holds a lock on `file`, read from Linux's /proc/locks: SQLite's locks
 * are POSIX record locks, listed there with the holder's pid and the file's
 * device and inode. `undefined` on other systems or when nothing matches.
 */
export function findLockHolder(file: string): LockHolder | undefined {
  let locks: string;
  let stat: { dev: bigint; ino: bigint };
  try {
    locks = readFileSync("/proc/locks", "utf8");
    stat = statSync(file, { bigint: true });
  } catch {
    return undefined;
  }
  const device = `${deviceMajor(stat.dev)}:${deviceMinor(stat.dev)}:${stat.ino}`;
  for (const line of locks.split("\n")) {
    // "1: POSIX  ADVISORY  WRITE 8650 fe:00:2147379 1073741824 1073742335"; waiters carry "->".
    const fields = line.split(/\s+/).filter((field) => field !== "->");
    if (fields.length < 6 || fields[1] !== "POSIX") continue;
    const [major, minor, inode] = fields[5].split(":");
    if (`${parseInt(major, 16)}:${parseInt(minor, 16)}:${inode}` !== device) continue;
    const pid = Number(fields[4]);
    return { pid, command: commandLine(pid) };
  }
  return undefined;
}

// Linux's dev_t layout (glibc's gnu_dev_major / gnu_dev_minor).
function deviceMajor(dev: bigint): bigint {
  return ((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn);
}

function deviceMinor(dev: bigint): bigint {
  return (dev & 0xffn) | ((dev >> 12n) & ~0xffn);
}

function commandLine(pid: number): string | undefined {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
    return command === "" ? undefined : command;
  } catch {
    return undefined;
  }
}
