// Lints the browser code geomap inlines into its pages (npm ci && npm run lint).
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["geomap/outputs/assets/**/*.js"],
    languageOptions: {
      ecmaVersion: 2017,
      sourceType: "script",
      globals: { ...globals.browser },
    },
    rules: {
      "no-unused-vars": ["error", { vars: "local", args: "none" }],
      eqeqeq: "error",
      "no-var": "off",
      strict: "off",
    },
  },
];
