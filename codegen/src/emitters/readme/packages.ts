import { npmPackageName, readmePath, type PackageFolder } from "../../naming.ts";

/** A public package that gets a generated README, and what its reader installs first. */
export interface PublicPackage {
  folder: PackageFolder;
  /** The packages the README's first example imports, its own first. */
  install: PackageFolder[];
  /** Installed as a development dependency (test tooling). */
  dev: boolean;
}

/** In the order of the repository README's package table. */
export const README_PACKAGES: readonly PublicPackage[] = [
  { folder: "types", install: ["types"], dev: false },
  { folder: "client", install: ["client"], dev: false },
  { folder: "server", install: ["server", "types"], dev: false },
  { folder: "mocks", install: ["mocks", "client"], dev: true },
  { folder: "docs", install: ["docs"], dev: false },
];

/** `npm install @chimekit/server @chimekit/types`. */
export function installCommand(pkg: PublicPackage): string {
  return [
    "npm install",
    ...(pkg.dev ? ["--save-dev"] : []),
    ...pkg.install.map(npmPackageName),
  ].join(" ");
}

export const README_PATHS: readonly string[] = README_PACKAGES.map((pkg) => readmePath(pkg.folder));
