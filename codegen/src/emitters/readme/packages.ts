import { npmPackageName, readmePath, type PackageFolder } from "../../naming.ts";

/** A public package that gets a generated README, and what its reader installs first. */
export interface PublicPackage {
  folder: PackageFolder;
  /** The packages the README's first example imports, its own first. */
  install: PackageFolder[];
  /** Installed as a development dependency (test tooling). */
  dev: boolean;
  /**
   * Its README's handlebars template, from the repository root; partials only it uses sit in
   * `partials/` beside it. The mocks keep theirs in the package, beside the CLI, control API
   * and test helpers that most of its prose describes.
   */
  template: string;
}

/** A template kept with this emitter: `client` -> `codegen/src/emitters/readme/templates/client.md.hbs`. */
const emitterTemplate = (folder: PackageFolder) =>
  `codegen/src/emitters/readme/templates/${folder}.md.hbs`;

/** In the order of the repository README's package table. */
export const README_PACKAGES: readonly PublicPackage[] = [
  { folder: "types", install: ["types"], dev: false, template: emitterTemplate("types") },
  { folder: "client", install: ["client"], dev: false, template: emitterTemplate("client") },
  {
    folder: "server",
    install: ["server", "types"],
    dev: false,
    template: emitterTemplate("server"),
  },
  {
    folder: "mocks",
    install: ["mocks", "client"],
    dev: true,
    template: "packages/mocks/readme/README.md.hbs",
  },
  { folder: "docs", install: ["docs"], dev: false, template: emitterTemplate("docs") },
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
