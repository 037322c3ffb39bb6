// Lint gate: recommended rules for TypeScript everywhere; in src/, the
// architecture's arrows (docs: DESIGN.md's folder table) and type-aware rules
// for promises. `tests/unit/lint-config.test.ts` shows each boundary failing on
// a deliberately wrong import.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const NODE_IO = ["node:fs", "node:fs/promises", "fs", "fs/promises", "node:child_process", "child_process", "execa"];

// One `no-restricted-imports` entry per folder: the modules it must not import
// (`io`: files and processes) and the folders of ours it must not import at
// run time (`typesFrom`: folders whose types it may still name).
function boundary(folder, { io = false, never = [], typesOnly = [] }) {
  const patterns = [];
  if (never.length) {
    patterns.push({
      group: never.flatMap((f) => [`../${f}/*`, `../${f}.js`, `../../${f}/*`]),
      message: `${folder} must not import ${never.join(", ")} (see the folder table in DESIGN.md).`,
    });
  }
  if (typesOnly.length) {
    patterns.push({
      group: typesOnly.flatMap((f) => [`../${f}/*`, `../../${f}/*`]),
      allowTypeImports: true,
      message: `${folder} may name the types of ${typesOnly.join(", ")} but not run their code.`,
    });
  }
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: io ? NODE_IO.map((name) => ({ name, message: `${folder} never reads files or spawns processes: its callers do.` })) : [],
          patterns,
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", performance: "readonly", setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly", Buffer: "readonly", TextDecoder: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-control-regex": "off",
    },
  },
  // The entry is a CommonJS script (bin/package.json): it starts sooner than a module.
  {
    files: ["bin/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // Promises in the product's code are awaited, returned or explicitly let go
  // (`void`): a forgotten one loses an error or a write.
  {
    files: ["src/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false, attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/require-await": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
    },
  },
  // Nothing outside the CLI imports it: only its entry point turns errors into
  // exit codes and wording.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["../cli/*", "../../cli/*", "**/cli/*"], message: "Only the CLI imports the CLI; throw a domain error (src/errors.ts) instead." }] }],
    },
  },
  boundary("grade", { io: true, never: ["batch", "report", "workspace", "watch", "course", "import", "verify", "attempt", "context", "authoring", "gradebook"], typesOnly: ["runner", "python", "platform"] }),
  boundary("report", { io: true, never: ["workspace", "watch", "course", "import", "context", "authoring", "gradebook"], typesOnly: ["runner", "python", "platform", "verify", "attempt", "batch"] }),
  boundary("catalog", { never: ["runner", "platform", "grade", "report", "batch", "workspace", "watch", "verify", "attempt", "context", "gradebook"] }),
  boundary("python", { never: ["runner", "platform", "grade", "report", "batch", "catalog", "workspace", "watch", "verify", "attempt", "context", "gradebook"] }),
  boundary("platform", { never: ["runner", "grade", "report", "batch", "catalog", "workspace", "watch", "verify", "attempt", "context", "gradebook"], typesOnly: ["python"] }),
  boundary("runner", { never: ["grade", "report", "batch", "workspace", "watch", "verify", "attempt", "context", "gradebook"] }),
  boundary("util", { never: ["runner", "platform", "grade", "report", "batch", "catalog", "python", "workspace", "watch", "verify", "attempt", "context", "gradebook", "course", "import", "authoring"] }),
  boundary("i18n", { never: ["runner", "platform", "grade", "report", "batch", "catalog", "python", "workspace", "watch", "verify", "attempt", "context", "gradebook", "util"] }),
);
